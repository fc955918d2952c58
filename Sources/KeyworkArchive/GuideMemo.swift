import KeyworkGuides
import KeyworkRecord

/// A guide lookup that finds each guide once: a push or a due list reads thousands of sessions of a few guides,
/// and finding a guide (reading and checking its file) costs far more than verifying a session.
final class GuideMemo {
    private let find: (JournalHeader.GuideReference) -> Guide?
    private var found: [String: Guide?] = [:]

    init(_ find: @escaping (JournalHeader.GuideReference) -> Guide?) {
        self.find = find
    }

    func guide(_ reference: JournalHeader.GuideReference) -> Guide? {
        // The hash names the exact guide; the rest keeps two guides of one hash but other origins apart.
        let key = [reference.hash, reference.id, reference.version, reference.origin, reference.language]
            .joined(separator: "\u{0}")
        if let guide = found[key] { return guide }
        let guide = find(reference)
        found[key] = guide
        return guide
    }
}

import KeyworkGuides

/// Guides already found, so that each is looked up once: a due list or a push reads thousands of sessions of a
/// few guides, and finding a guide (reading and checking its file) costs far more than verifying a session.
public struct GuideMemo {
    /// By the whole reference: the hash names the exact guide; the rest keeps two guides of one hash but other
    /// origins apart.
    private var found: [JournalHeader.GuideReference: Guide?] = [:]

    public init() {}

    /// The guide `reference` names, from `find` the first time it is asked for and remembered after.
    public mutating func guide(
        _ reference: JournalHeader.GuideReference, find: (JournalHeader.GuideReference) -> Guide?
    ) -> Guide? {
        if let known = found[reference] { return known }
        let guide = find(reference)
        found[reference] = guide
        return guide
    }

    /// A lookup of `find` that remembers what it found, for a type that keeps the lookup.
    public static func remembering(
        _ find: @escaping (JournalHeader.GuideReference) -> Guide?
    ) -> (JournalHeader.GuideReference) -> Guide? {
        var memo = GuideMemo()
        return { memo.guide($0, find: find) }
    }
}

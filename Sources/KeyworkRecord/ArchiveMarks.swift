import Foundation

/// The store's own note of which sealed sessions the agency archive holds, `archived.jsonl`: one line
/// `{"session":"<id>","journal_sha256":"<hex>"}` per session, appended (one write, then fsync) only after the
/// archive committed it. It is a hint that spares `due` and the home screen the network, never evidence: a line
/// lost to a crash only means the next `keywork archive push` asks the archive again and finds the session there.
public struct ArchiveMarks: Sendable {
    public let store: Store
    private let io: any FileIO

    public init(store: Store, io: any FileIO = POSIXFileIO()) {
        self.store = store
        self.io = io
    }

    public var path: String { store.root + "/archived.jsonl" }

    /// The sessions marked as archived, by id, with the journal hash each was archived with.
    public func read() throws(RecordError) -> [String: String] {
        guard Store.exists(path) else { return [:] }
        var marks: [String: String] = [:]
        // A torn last line (a crash mid-write) has no newline and is left out: that session is simply asked again.
        let bytes = try Store.readFile(path)
        let whole = bytes.lastIndex(of: UInt8(ascii: "\n")).map { bytes[...$0] } ?? []
        for line in whole.split(separator: UInt8(ascii: "\n")) {
            guard let value = try? JSONParser.parse(line), let session = value["session"]?.stringValue,
                let hash = value["journal_sha256"]?.stringValue
            else { continue }
            marks[session] = hash
        }
        return marks
    }

    /// Marks sessions as archived, all in one write, flushed to disk before returning.
    public func append(_ sessions: [(sessionID: String, journalSHA256: String)]) throws(RecordError) {
        guard !sessions.isEmpty else { return }
        var bytes: [UInt8] = []
        for session in sessions {
            bytes += JSONValue.object([
                ("session", .string(session.sessionID)), ("journal_sha256", .string(session.journalSHA256)),
            ]).encoded()
            bytes.append(UInt8(ascii: "\n"))
        }
        try io.appendDurably(bytes, to: path, naming: "the archive marks")
    }

    /// The sealed sessions of the store that are not marked as archived with their present journal, by id.
    /// Reads only the marks and the folder listing: no session is opened and nothing waits for the network.
    public func notArchived() throws(RecordError) -> [String] {
        try notArchived(among: store.listSessions())
    }
}

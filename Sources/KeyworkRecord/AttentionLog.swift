import Foundation

/// The store's append-only list of things a person must look at, `attention.jsonl`: one JSON object a
/// line, `{"time", "kind", "session", "client", "reason"}`. Keywork only ever adds lines; `keywork due`
/// lists them. Today the one kind is `revisit_refused`: an earlier agreement failed verification.
public struct AttentionLog: Sendable {
    /// One line of the log.
    public struct Entry: Sendable, Equatable {
        /// ISO 8601 UTC with milliseconds.
        public var time: String
        public var kind: String
        /// The session the entry is about.
        public var sessionID: String
        public var clientReference: String?
        public var reason: String

        public init(time: String, kind: String, sessionID: String, clientReference: String?, reason: String) {
            self.time = time
            self.kind = kind
            self.sessionID = sessionID
            self.clientReference = clientReference
            self.reason = reason
        }

        var json: JSONValue {
            .object([
                ("time", .string(time)), ("kind", .string(kind)), ("session", .string(sessionID)),
                ("client", clientReference.map(JSONValue.string) ?? .null), ("reason", .string(reason)),
            ])
        }
    }

    /// The kind of entry written when a revisit refuses to link to an agreement that does not verify.
    public static let revisitRefused = "revisit_refused"

    public let store: Store
    private let io: any FileIO

    public init(store: Store, io: any FileIO = POSIXFileIO()) {
        self.store = store
        self.io = io
    }

    public var path: String { store.root + "/attention.jsonl" }

    /// Adds one line and fsyncs it before returning; the file is created 0600 if it is missing.
    public func append(_ entry: Entry) throws(RecordError) {
        try store.prepare()
        var line = entry.json.encoded()
        line.append(UInt8(ascii: "\n"))
        try io.appendDurably(line, to: path, naming: "the attention log")
    }

    /// Every entry, oldest first, and a plain-words problem for each line that cannot be read.
    public func entries() throws(RecordError) -> (entries: [Entry], problems: [String]) {
        guard Store.exists(path) else { return ([], []) }
        let bytes = try Store.readFile(path)
        var entries: [Entry] = []
        var problems: [String] = []
        for (index, line) in bytes.split(separator: UInt8(ascii: "\n")).enumerated() {
            guard let value = try? JSONParser.parse(line), let time = value["time"]?.stringValue,
                let kind = value["kind"]?.stringValue, let session = value["session"]?.stringValue,
                let reason = value["reason"]?.stringValue
            else {
                problems.append("\(path): line \(index + 1) cannot be read")
                continue
            }
            entries.append(
                Entry(
                    time: time, kind: kind, sessionID: session, clientReference: value["client"]?.stringValue,
                    reason: reason))
        }
        return (entries, problems)
    }
}

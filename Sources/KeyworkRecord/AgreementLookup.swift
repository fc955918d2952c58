/// Finds a client's latest agreement in a store: the newest sealed session for that client reference in
/// which the client signed a consent screen.
///
/// It reads the journals line by line without trusting them, only to see whose they are, so that a
/// tampered latest agreement is still found (and then refused by verification), never skipped over.
public enum AgreementLookup {
    /// The id of the client's latest agreement, or nil when the store holds none.
    public static func latest(forClient reference: String, in store: Store) throws(RecordError) -> String? {
        for listing in try store.listSessions().reversed() where listing.isSealed {
            guard let bytes = try? Store.readFile(store.sessionFolder(listing.id) + "/journal.jsonl") else { continue }
            if isAgreement(bytes, forClient: reference) { return listing.id }
        }
        return nil
    }

    /// The client reference a session's header names, read without trusting the journal; nil if unreadable.
    public static func clientReference(ofSession sessionID: String, in store: Store) -> String? {
        guard let bytes = try? Store.readFile(store.sessionFolder(sessionID) + "/journal.jsonl"),
            let first = bytes.split(separator: UInt8(ascii: "\n")).first, let header = try? JSONParser.parse(first)
        else { return nil }
        return header["data"]?["client"]?.stringValue
    }

    /// Whether the journal's header names the client and some line is a client's signature.
    static func isAgreement(_ journal: [UInt8], forClient reference: String) -> Bool {
        var lines = journal.split(separator: UInt8(ascii: "\n"))[...]
        guard let first = lines.popFirst(), let header = try? JSONParser.parse(first),
            header["data"]?["client"]?.stringValue == reference
        else { return false }
        return lines.contains { line in
            guard let value = try? JSONParser.parse(line) else { return false }
            return value["event"]?.stringValue == "signed" && value["data"]?["role"]?.stringValue == "client"
        }
    }
}

extension AgreementLookup {
    /// Whether a verified journal holds a client's signature, which makes it an agreement.
    static func isSignedByClient(_ contents: JournalReader.Contents) -> Bool {
        contents.entries.contains { $0.event == "signed" && $0.data["role"]?.stringValue == "client" }
    }
}

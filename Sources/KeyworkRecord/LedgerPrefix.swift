import Crypto
import Foundation

/// What `keywork due` remembers of the store's ledger, `<store>/index-ledger` (transcript-format.md §14): the
/// whole lines it last checked in full (their length, SHA-256 and chain value, and what each line says), so that
/// the next `due` reads only the lines appended since.
///
/// It is a cache, never trusted over the ledger. It is used only when its MAC holds (a key derived from the device
/// key) and the ledger's first `length` bytes still have its SHA-256: then those lines are exactly the ones checked,
/// and only the lines after them are read and checked (shape, sequence, chain, and the signature of each key's last
/// line). Any other case reads and checks the whole ledger, as `keywork verify` always does.
struct LedgerPrefix: Equatable {
    static let format = "keywork-due-ledger/1"

    /// The checked lines: `contents.wholeLength` bytes, whose entries hold no line bytes.
    var contents: LedgerReader.Contents
    var sha256: [UInt8]

    var path: String { Self.path(store: store) }
    let store: Store

    static func path(store: Store) -> String { store.root + "/index-ledger" }

    /// The ledger as `LedgerView` needs it: from `known` and the lines after it when `known` still holds, else
    /// read whole; and the prefix to remember now, when the ledger verified, it differs from `known`, and `store` is
    /// given (`keywork verify` gives none: it remembers nothing).
    static func contents(of bytes: [UInt8], known: LedgerPrefix?, store: Store?) -> (
        contents: Result<LedgerReader.Contents, JournalReader.Damage>, checked: LedgerPrefix?
    ) {
        if let known, known.contents.wholeLength <= bytes.count {
            var hash = SHA256()
            hash.update(data: bytes[..<known.contents.wholeLength])
            if Array(hash.finalize()) == known.sha256, let store,
                let contents = try? LedgerReader.read(bytes, after: known.contents),
                LedgerReader.checkSignatures(contents, from: known.contents.entries.count) == nil
            {
                guard contents.wholeLength != known.contents.wholeLength else { return (.success(contents), nil) }
                hash.update(data: bytes[known.contents.wholeLength..<contents.wholeLength])
                return (.success(contents), remembered(contents, sha256: Array(hash.finalize()), store: store))
            }
        }
        let contents: LedgerReader.Contents
        do {
            contents = try LedgerReader.read(bytes)
        } catch {
            return (.failure(error), nil)
        }
        if let damage = LedgerReader.checkSignatures(contents) { return (.failure(damage), nil) }
        guard let store, !contents.entries.isEmpty else { return (.success(contents), nil) }
        let sha256 = Array(SHA256.hash(data: bytes[..<contents.wholeLength]))
        let checked = remembered(contents, sha256: sha256, store: store)
        return (.success(contents), checked == known ? nil : checked)
    }

    /// The prefix of `contents`, without the lines' bytes (what is remembered is what they say, not how).
    private static func remembered(_ contents: LedgerReader.Contents, sha256: [UInt8], store: Store) -> LedgerPrefix {
        var kept = contents
        kept.tornTailBytes = 0
        for index in kept.entries.indices { kept.entries[index].line = [] }
        return LedgerPrefix(contents: kept, sha256: sha256, store: store)
    }

    /// The remembered prefix of `store`; nil when there is none, or it does not read or its MAC fails.
    static func load(store: Store) -> LedgerPrefix? {
        guard let key = DueIndex.macKey(store: store, purpose: format),
            let bytes = try? Store.readFile(path(store: store)),
            let firstNewline = bytes.firstIndex(of: UInt8(ascii: "\n")), bytes.last == UInt8(ascii: "\n")
        else { return nil }
        let head = String(decoding: bytes[..<firstNewline], as: UTF8.self).split(separator: " ")
        let body = bytes[(firstNewline + 1)...]
        guard head.count == 2, head[0] == format, let mac = Hex.decode(String(head[1])),
            HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: body, using: key)
        else { return nil }
        return decode(body, store: store)
    }

    /// Writes the prefix whole (temporary file, fsync, rename): `format mac`, then `length sha256 chain`, then one
    /// line per ledger line: `started ts key`, `sealed ts session journal_sha256 receipt`, `key_replaced ts key old`.
    func write(io: any FileIO) throws(RecordError) {
        guard let key = DueIndex.macKey(store: store, purpose: Self.format) else { return }
        var body =
            "\(contents.wholeLength) \(Hex.encode(sha256)) \(Hex.encode(contents.chainHead))\n"
        for entry in contents.entries {
            switch entry.event {
            case .started(let key):
                body += "started \(entry.timestamp) \(Hex.encode(key))\n"
            case .sealed(let sessionID, let hash, let receipt):
                body += "sealed \(entry.timestamp) \(sessionID) \(hash) \(receipt)\n"
            case .keyReplaced(let newKey, let oldKey):
                body += "key_replaced \(entry.timestamp) \(Hex.encode(newKey)) \(Hex.encode(oldKey))\n"
            }
        }
        let bodyBytes = Array(body.utf8)
        let mac = HMAC<SHA256>.authenticationCode(for: bodyBytes, using: key)
        try Store.writeFileAtomically(path, Array("\(Self.format) \(Hex.encode(mac))\n".utf8) + bodyBytes, io: io)
    }

    private static func decode(_ body: ArraySlice<UInt8>, store: Store) -> LedgerPrefix? {
        let lines = body.dropLast().split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard let first = lines.first else { return nil }
        let head = words(first)
        guard head.count == 3, let length = Int(head[0]), let sha256 = Hex.decode(head[1]),
            let chain = Hex.decode(head[2])
        else { return nil }
        var entries: [LedgerEntry] = []
        var runs: [LedgerReader.KeyRun] = []
        entries.reserveCapacity(lines.count - 1)
        for line in lines.dropFirst() {
            let parts = words(line)
            let event: LedgerEntry.Event
            switch (parts.first, parts.count) {
            case ("started", 3):
                guard let key = Hex.decode(parts[2]) else { return nil }
                event = .started(key: key)
            case ("sealed", 5):
                event = .sealed(sessionID: parts[2], journalSHA256: parts[3], receiptCode: parts[4])
            case ("key_replaced", 4):
                guard let key = Hex.decode(parts[2]), let oldKey = Hex.decode(parts[3]) else { return nil }
                event = .keyReplaced(key: key, oldKey: oldKey)
            default:
                return nil
            }
            let entry = LedgerEntry(seq: Int64(entries.count), timestamp: parts[1], event: event, line: [])
            LedgerReader.add(entry, at: entries.count, to: &runs)
            entries.append(entry)
        }
        guard !entries.isEmpty else { return nil }
        return LedgerPrefix(
            contents: LedgerReader.Contents(
                entries: entries, keyRuns: runs, chainHead: chain, wholeLength: length, tornTailBytes: 0),
            sha256: sha256, store: store)
    }

    private static func words(_ line: ArraySlice<UInt8>) -> [String] {
        line.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
    }

    static func == (left: LedgerPrefix, right: LedgerPrefix) -> Bool {
        left.contents == right.contents && left.sha256 == right.sha256 && left.store.root == right.store.root
    }
}

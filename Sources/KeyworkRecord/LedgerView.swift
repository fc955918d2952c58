import Foundation

/// A store's ledger as verify reads it: checked once (lines, chain, keys, signatures), then asked about each
/// session (transcript-format.md §13). Its findings only ever make a session invalid or add a note.
struct LedgerView {
    let path: String
    /// Why the ledger itself cannot be trusted, if it cannot; then it says nothing about the sessions.
    let damage: String?
    let contents: LedgerReader.Contents
    let trust: VerificationTrust
    /// The `sealed` lines by session id, in the order written.
    private let sealedLines: [String: [LedgerEntry]]

    /// The ledger of `store`; nil when it has none yet (no file, or no whole line in it).
    static func load(store: Store, trust: VerificationTrust) -> LedgerView? {
        load(store: store, trust: trust, known: nil, remembering: false).view
    }

    /// A reading of the ledger's bytes: the view, and the prefix to remember of them (`reading`).
    struct Reading {
        var bytes: [UInt8]
        var view: LedgerView?
        var prefix: LedgerPrefix?
    }

    /// As `load(store:trust:)`, reading only the lines after `known` when the ledger still begins with exactly the
    /// lines it remembers (`LedgerPrefix`); also the prefix to remember now, when it verified and differs. An
    /// `earlier` reading stands when the file still holds its very bytes, and is read on from when lines were added.
    static func load(
        store: Store, trust: VerificationTrust, known: LedgerPrefix?, remembering: Bool = true, earlier: Reading? = nil
    ) -> (view: LedgerView?, checked: LedgerPrefix?) {
        let path = Ledger(store: store).path
        guard Store.exists(path) else { return (nil, nil) }
        let bytes: [UInt8]
        do {
            bytes = try Store.readFile(path)
        } catch {
            return (LedgerView(path: path, damage: "cannot be read: \(error)", contents: empty, trust: trust), nil)
        }
        var read = (view: earlier?.view, prefix: earlier?.prefix)
        if !(earlier.map { sameBytes($0.bytes, bytes) } ?? false) {
            read = reading(
                bytes, path: path, store: remembering ? store : nil, trust: trust, known: earlier?.prefix ?? known)
        }
        return (read.view, read.prefix == known ? nil : read.prefix)
    }

    /// The ledger at `path` from its bytes as read, and the prefix to remember of them when they verified (with a
    /// `store` to remember it for): `known` itself when that is all they hold.
    static func reading(
        _ bytes: [UInt8], path: String, store: Store?, trust: VerificationTrust, known: LedgerPrefix?
    ) -> (view: LedgerView?, prefix: LedgerPrefix?) {
        let read = LedgerPrefix.contents(of: bytes, known: known, store: store)
        switch read.contents {
        case .success(let contents):
            guard !contents.entries.isEmpty else { return (nil, nil) }
            let view = LedgerView(path: path, damage: nil, contents: contents, trust: trust)
            return (view, store == nil ? nil : read.checked ?? known)
        case .failure(let damage):
            // Damage in the lines' shape or chain leaves nothing to go by; a bad signature keeps what was read.
            let contents = (try? LedgerReader.read(bytes)) ?? empty
            return (LedgerView(path: path, damage: damage.description, contents: contents, trust: trust), nil)
        }
    }

    /// Whether two readings of the ledger hold the same bytes, compared as memory (tens of megabytes in a large
    /// store, which `==` on arrays compares a byte at a time).
    private static func sameBytes(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        guard left.count == right.count else { return false }
        return left.withUnsafeBytes { left in
            right.withUnsafeBytes { right in
                guard let leftStart = left.baseAddress, let rightStart = right.baseAddress else { return true }
                return memcmp(leftStart, rightStart, left.count) == 0
            }
        }
    }

    private static let empty = LedgerReader.Contents(
        entries: [], keyRuns: [], chainHead: [], wholeLength: 0, tornTailBytes: 0)

    /// The ledger of the store a session folder lies in (`<store>/sessions/<id>`); nil for a folder elsewhere.
    static func load(storeAround folder: String, trust: VerificationTrust) -> LedgerView? {
        let sessions = (folder as NSString).deletingLastPathComponent
        guard (sessions as NSString).lastPathComponent == "sessions" else { return nil }
        return load(store: Store(root: (sessions as NSString).deletingLastPathComponent), trust: trust)
    }

    private init(path: String, damage: String?, contents: LedgerReader.Contents, trust: VerificationTrust) {
        self.path = path
        self.contents = contents
        self.trust = trust
        var sealedLines: [String: [LedgerEntry]] = [:]
        for entry in contents.entries {
            if case .sealed(let sessionID, _, _) = entry.event { sealedLines[sessionID, default: []].append(entry) }
        }
        self.sealedLines = sealedLines
        var damage = damage
        if damage == nil, trust.requireTrusted,
            let unknown = contents.keyRuns.first(where: { !trust.knows($0.key) })
        {
            damage = "it is kept by key \(DeviceKey.keyID(unknown.key)), which is neither this device's nor trusted"
        }
        self.damage = damage
    }

    /// The ledger's own verdict, for the line `keywork verify` prints about it.
    func verification() -> LedgerVerification {
        var result = LedgerVerification(
            path: path, outcome: damage.map { .invalid(reason: $0) } ?? .valid,
            startedAt: contents.entries.first?.timestamp,
            sealCount: sealedLines.values.reduce(0) { $0 + $1.count },
            signerKeys: contents.keyRuns.map { trust.signerKey($0.key) },
            keyReplacedAt: contents.keyRuns.dropFirst().map(\.since), tornTailBytes: contents.tornTailBytes)
        for run in contents.keyRuns where !trust.knows(run.key) {
            result.warnings.append(
                "the ledger is kept by key \(DeviceKey.keyID(run.key)), which is neither this device's nor trusted")
        }
        return result
    }

    /// Applies what the ledger says to one session's own verdict: a listed session must still be sealed, with
    /// the journal listed; a session sealed by a key of the ledger since it kept the ledger must be listed.
    func adjust(_ verification: inout SessionVerification) {
        guard damage == nil else { return }
        let sessionID = verification.sessionID
        if let lines = sealedLines[sessionID], let first = lines.first {
            guard case .sealed(_, let hash, let receipt) = first.event else { return }
            let when = "on \(first.timestamp) (receipt \(receipt))"
            if lines.contains(where: { if case .sealed(_, hash, _) = $0.event { false } else { true } }) {
                verification.outcome = .invalid(reason: "the ledger lists two different journals sealed for it")
                return
            }
            switch verification.outcome {
            case .unfinished:
                verification.outcome = .invalid(
                    reason: "the ledger lists it as sealed \(when), but its seal.sig is missing; if its journal is "
                        + "unchanged, `keywork resume \(sessionID)` writes the seal again")
            case .valid where verification.journalSHA256 != hash:
                verification.outcome = .invalid(
                    reason: "its journal is not the one the ledger lists as sealed \(when)")
            case .valid, .invalid:
                break
            }
            return
        }
        guard verification.isValid, let key = verification.publicKey, let sealedAt = verification.sealedAt,
            let since = contents.keyRuns.filter({ $0.key == key }).map(\.since).min()
        else { return }
        if sealedAt >= since {
            verification.outcome = .invalid(
                reason: "it was sealed on \(sealedAt) by the key that has kept this store's ledger since \(since), "
                    + "but the ledger does not list it")
        } else {
            verification.ledgerNote = "before the ledger"
        }
    }

    /// Whether the ledger lists `sessionID` as sealed (and can be trusted to say so): what `missingSessions` asks of
    /// each session present.
    func lists(_ sessionID: String) -> Bool {
        damage == nil && sealedLines[sessionID] != nil
    }

    /// How many sessions the ledger lists as sealed, when it can be trusted: when as many of the sessions present
    /// are listed (`lists`), none is missing.
    var listedCount: Int {
        damage == nil ? sealedLines.count : 0
    }

    /// Every session the ledger lists whose folder is not among `present`: deleted or moved, and so invalid.
    func missingSessions(besides present: Set<String>, store: Store) -> [SessionVerification] {
        guard damage == nil else { return [] }
        return sealedLines.keys.filter { !present.contains($0) }.sorted().compactMap { sessionID in
            guard case .sealed(_, _, let receipt)? = sealedLines[sessionID]?.first?.event,
                let time = sealedLines[sessionID]?.first?.timestamp
            else { return nil }
            var missing = SessionVerification(
                folder: store.sessionFolder(sessionID), sessionID: sessionID,
                outcome: .invalid(
                    reason: "the ledger lists it as sealed on \(time) (receipt \(receipt)), but the session is "
                        + "missing from the store: it was deleted or moved"))
            missing.receiptCode = receipt
            return missing
        }
    }
}

extension VerificationTrust {
    /// Whether `publicKey` is this device's or a trusted one.
    func knows(_ publicKey: [UInt8]) -> Bool {
        if case .unknownKey = signerKey(publicKey) { return false }
        return true
    }
}

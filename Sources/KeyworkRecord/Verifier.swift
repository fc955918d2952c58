import Foundation

/// Checks sealed sessions from their stored bytes alone; it never re-encodes JSON and never writes.
///
/// A session's own checks come first (`SessionCheck`, steps 1–11 of transcript-format.md §8); then, when
/// asked, the store's ledger (`LedgerView`) and the chain of earlier agreements (`ChainCheck`, step 12).
/// Each session is read once per call, however many links point to it.
public enum Verifier {
    /// Verifies one session folder (`…/<id>/` holding `journal.jsonl` and `seal.sig`). With `checkingLinks`,
    /// every earlier session it links to must also be in the same `sessions/` folder and verify, with the
    /// journal hash of the link. With `checkingLedger`, the ledger of the store around the folder must agree.
    public static func verifySession(
        folder: String, trust: VerificationTrust, checkingLinks: Bool = false, checkingLedger: Bool = false
    ) -> SessionVerification {
        // Only the verdict is wanted, so the events' data is checked but not built.
        verifyOne(
            folder: folder, trust: trust, checkingLinks: checkingLinks, checkingLedger: checkingLedger,
            buildingData: false
        ).verification
    }

    /// Verifies one session folder and, when it is valid, hands back the journal lines exactly as checked,
    /// so that what is read from the record afterwards is what was verified, not a second reading of the file.
    public static func readVerified(
        folder: String, trust: VerificationTrust, checkingLinks: Bool = false, checkingLedger: Bool = false
    ) -> VerifiedSession {
        verifyOne(
            folder: folder, trust: trust, checkingLinks: checkingLinks, checkingLedger: checkingLedger,
            buildingData: true)
    }

    /// Verifies a session from the bytes of its two files, as if they lay in a folder named `folderName`.
    public static func verify(
        sealBytes: [UInt8], journalBytes: [UInt8], folderName: String, trust: VerificationTrust
    ) -> VerifiedSession {
        let result = SessionVerification(folder: folderName, sessionID: folderName, outcome: .unfinished)
        return SessionCheck.verify(
            sealBytes: sealBytes, journalBytes: journalBytes, folderName: folderName, result: result, trust: trust,
            buildingData: true)
    }

    /// Verifies every session in the store at `root` with `trust`, which says whose keys count: the checked
    /// store's own keys are trusted only when `trust` was read from it (`VerificationTrust.of(store:)`).
    /// A folder under `sessions/` whose name is not a session id is reported invalid, never skipped.
    ///
    /// With `concurrency` above 1 the sessions' own checks are shared among that many threads; the results are
    /// the same, in the same order, as with one.
    public static func verifyStore(
        root: String, trust: VerificationTrust, checkingLinks: Bool = false, checkingLedger: Bool = false,
        concurrency: Int = 1
    ) throws(RecordError) -> StoreVerification {
        let store = Store(root: root)
        // One listing of `sessions/` gives both the sessions and the misnamed folders.
        let folders = try store.sessionFolders()
        let own = ParallelMap.map(folders.ids.map(store.sessionFolder), concurrency: concurrency) {
            SessionCheck.verifyFolder($0, trust: trust, buildingData: false).verification
        }
        return try settle(
            store: store, own: own, trust: trust, checkingLinks: checkingLinks, checkingLedger: checkingLedger,
            misnamedFolders: folders.misnamed)
    }

    /// Completes a pass over a store from every session's own verdict, in id order: the ledger's findings,
    /// the misnamed folders, and each chain of earlier agreements followed once. `misnamedFolders` are the names
    /// from the listing the sessions came from, when the caller has it (else `sessions/` is listed again).
    /// `ledgerApplied` says that `own` already holds the findings of the ledger `view` (`LedgerView.adjust`, as
    /// `keywork due` applies them on every core, to a ledger it reads only partly when it can), and how many of the
    /// sessions present it lists; without it, the ledger is read here and applied.
    static func settle(
        store: Store, own: [SessionVerification], trust: VerificationTrust, checkingLinks: Bool,
        checkingLedger: Bool, misnamedFolders: [String]? = nil, ledgerApplied: (view: LedgerView?, listed: Int)? = nil
    ) throws(RecordError) -> StoreVerification {
        var sessions = own
        var ledger: LedgerVerification?
        var missing: [SessionVerification] = []
        var followedOutside = false
        let loaded: LedgerView?
        if let ledgerApplied {
            loaded = checkingLedger ? ledgerApplied.view : nil
        } else {
            loaded = checkingLedger ? LedgerView.load(store: store, trust: trust) : nil
        }
        if let view = loaded {
            if ledgerApplied == nil {
                for index in sessions.indices { view.adjust(&sessions[index]) }
            }
            // Every session the ledger lists is present when as many present are listed: no set of ids is needed.
            if ledgerApplied?.listed != view.listedCount {
                missing = view.missingSessions(besides: Set(sessions.map(\.sessionID)), store: store)
            }
            ledger = view.verification()
        }
        if checkingLinks {
            let byID = Dictionary(sessions.map { ($0.sessionID, $0) }, uniquingKeysWith: { first, _ in first })
            var cached: [String: SessionVerification?] = [:]
            var chain = ChainCheck { sessionID in
                if let own = byID[sessionID] { return own }
                if let known = cached[sessionID] { return known }
                followedOutside = true
                let verdict = cachedFolder(sessionID, sessionsFolder: store.sessionsFolder).map {
                    SessionCheck.verifyFolder($0, trust: trust, buildingData: false).verification
                }
                cached[sessionID] = verdict
                return verdict
            }
            // A session with no links has nothing to follow: its chain holds, and a link to it is followed anyway.
            for index in sessions.indices where sessions[index].isValid && !sessions[index].links.isEmpty {
                settleChain(of: &sessions[index], with: &chain)
            }
        }
        let misnamedNames: [String]
        if let misnamedFolders {
            misnamedNames = misnamedFolders
        } else {
            misnamedNames = try store.misnamedSessionFolders()
        }
        let misnamed = misnamedNames.map { name in
            misnamedFolder(store.sessionsFolder + "/" + name, trust: trust)
        }
        // The sessions come in id order; only what is added to them needs sorting in.
        var all = sessions
        if !missing.isEmpty || !misnamed.isEmpty || !isInIDOrder(all) {
            all = (sessions + missing + misnamed).sorted { $0.sessionID < $1.sessionID }
        }
        var verification = StoreVerification(sessions: all, ledger: ledger)
        verification.followedChainsOutsideSessions = followedOutside
        return verification
    }

    private static func isInIDOrder(_ sessions: [SessionVerification]) -> Bool {
        zip(sessions, sessions.dropFirst()).allSatisfy { $0.sessionID < $1.sessionID }
    }

    /// A folder under `sessions/` whose name is not a session id: nothing can find it by id, so it is invalid.
    private static func misnamedFolder(_ folder: String, trust: VerificationTrust) -> SessionVerification {
        var result = SessionCheck.verifyFolder(folder, trust: trust, buildingData: false).verification
        var reason = "the folder's name is not a session id, so no revisit or ledger can find it (was it renamed?)"
        switch result.outcome {
        case .invalid(let problem): reason += "; " + problem
        case .unfinished: reason += "; it holds an unfinished journal"
        case .valid: break
        }
        result.outcome = .invalid(reason: reason)
        result.chain = []
        return result
    }

    private static func verifyOne(
        folder: String, trust: VerificationTrust, checkingLinks: Bool, checkingLedger: Bool, buildingData: Bool
    ) -> VerifiedSession {
        var verified = SessionCheck.verifyFolder(folder, trust: trust, buildingData: buildingData)
        let ledger = checkingLedger ? LedgerView.load(storeAround: folder, trust: trust) : nil
        ledger?.adjust(&verified.verification)
        guard checkingLinks, verified.verification.isValid else {
            if !verified.verification.isValid { verified.journal = nil }
            return verified
        }
        let sessions = (folder as NSString).deletingLastPathComponent
        let root = verified.verification
        let own = OwnVerdicts { sessionID in
            if sessionID == root.sessionID { return root }
            var earlier = sessions + "/" + sessionID
            if !Store.exists(earlier) {
                // A revisit of an agreement fetched from the agency archive links into the store's archive cache.
                guard let cached = cachedFolder(sessionID, sessionsFolder: sessions) else { return nil }
                earlier = cached
            }
            var verdict = SessionCheck.verifyFolder(earlier, trust: trust, buildingData: false).verification
            ledger?.adjust(&verdict)
            return verdict
        }
        var chain = ChainCheck(ownVerdict: own.verdict)
        settleChain(of: &verified.verification, with: &chain)
        if !verified.verification.isValid { verified.journal = nil }
        return verified
    }

    /// The archive-cache folder of a session that a store's `sessions/` folder does not hold, when it is cached.
    private static func cachedFolder(_ sessionID: String, sessionsFolder: String) -> String? {
        guard lastPathComponent(sessionsFolder) == "sessions" else { return nil }
        let store = Store(root: (sessionsFolder as NSString).deletingLastPathComponent)
        let cache = ArchiveCache(store: store)
        return cache.contains(sessionID) ? cache.sessionFolder(sessionID) : nil
    }

    /// Makes a valid session invalid when its chain is broken, else lists its direct links as they held.
    private static func settleChain(of verification: inout SessionVerification, with chain: inout ChainCheck) {
        switch chain.verdict(for: verification) {
        case .broken(let found):
            verification.outcome = .invalid(reason: found.reason)
        case .holds:
            verification.chain = verification.links.map {
                ChainLink(
                    from: verification.sessionID, sessionID: $0.sessionID, journalSHA256: $0.journalSHA256,
                    agreementsBehind: chain.depth(of: $0.sessionID))
            }
        }
    }

    /// The folder's own name, as `NSString.lastPathComponent` gives it, without bridging for the usual plain path.
    static func lastPathComponent(_ path: String) -> String {
        let utf8 = path.utf8
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")), utf8.index(after: slash) != utf8.endIndex else {
            return (path as NSString).lastPathComponent
        }
        return String(path[path.index(after: slash)...])
    }

    /// A path as it can be pasted into a shell: as it is when plain, else in single quotes.
    static func shellWord(_ path: String) -> String {
        let plain = path.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || Array("/._-+,:@%".utf8).contains(byte)
        }
        return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Own verdicts read from the files on first asking and kept, so a session many links reach is read once.
private final class OwnVerdicts {
    private let read: (String) -> SessionVerification?
    private var known: [String: SessionVerification?] = [:]

    init(read: @escaping (String) -> SessionVerification?) {
        self.read = read
    }

    func verdict(_ sessionID: String) -> SessionVerification? {
        if let verdict = known[sessionID] { return verdict }
        let verdict = read(sessionID)
        known[sessionID] = verdict
        return verdict
    }
}

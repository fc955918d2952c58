import ArgumentParser
import Foundation
import KeyworkApp
import KeyworkRecord

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check sealed sessions: session ids or folders, or stores (default: this computer's store).",
        discussion: """
            Prints one line per session: valid or INVALID, why, and who sealed it (this device, a trusted \
            key by name, or an unknown key). A valid session whose client did not agree to a statement ends \
            its line with "not agreed:" and each such statement with the client's words, after "NO \
            AGREEMENT YET" when the session ended without an agreement. A single session that is a valid \
            agreement also shows its next revisit date, the date `keywork due` uses. A revisit links to the agreement it revisits: each earlier \
            agreement in the chain must be in the same store and verify with the journal hash of the link; \
            each link gets a line of its own ("<id> revisits <earlier id>: valid, ..."), and the chain behind \
            it is summed up there, never printed whole. A missing link, a loop of links, or an earlier \
            agreement that does not verify makes the revisit INVALID, with the path.

            A store is checked whole: every folder under sessions/ (one whose name is not a session id, or \
            that holds a seal without a journal, is INVALID), and its ledger, the signed list of every seal \
            the store made. A session the ledger lists that is gone, a seal deleted from a session the ledger \
            lists, a journal that is not the one the ledger lists, and a session this store's key sealed \
            that the ledger does not list are each INVALID; sessions sealed before the ledger began say so. \
            A session id or folder in a store is checked against that store's ledger too. Exit status 1 when \
            any session, or a ledger, is invalid.

            The keys trusted come only from this computer's store (--store, else KEYWORK_STORE, else the \
            config file's store, else the default): its keys/device.pub is this device and its trusted/ keys \
            are trusted. Keys inside a PATH are never trusted, so a store copied here for an audit is checked \
            against this computer's keys: trust the other device's key first with `keywork key trust`. \
            Verify creates no store and no key, and shows every control character from a record visibly, \
            never as a command to the terminal.

            Examples:
              keywork verify
              keywork verify 20261127-093000-c0ffee
              keywork verify --require-trusted /media/usb/keywork
            """)

    @Argument(
        help: ArgumentHelp(
            "Session ids (in --store), session folders or stores; none means this computer's store.",
            valueName: "PATH"))
    var paths: [String] = []

    @Flag(
        name: .long, help: "Treat a seal (or a ledger) by a key that is neither this device's nor trusted as invalid.")
    var requireTrusted = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try reporting {
            let ownRoot = try storeOptions.root
            var sessions: [SessionVerification] = []
            var ledgers: [LedgerVerification] = []
            for path in paths.isEmpty ? [ownRoot] : paths {
                let checked = try verify(path, ownRoot: ownRoot)
                sessions += checked.sessions
                ledgers += checked.ledger.map { [$0] } ?? []
                for result in checked.sessions {
                    Console.out(result.summary)
                    if let date = checked.nextRevisit { Console.out("  next revisit due \(date)") }
                    for warning in result.warnings { Console.out("  warning: \(warning)") }
                }
                if let ledger = checked.ledger {
                    Console.out(ledger.summary)
                    for warning in ledger.warnings { Console.out("  warning: \(warning)") }
                }
            }
            let all = StoreVerification(sessions: sessions)
            var counts = "\(all.validCount) valid, \(all.invalidCount) invalid, \(all.unfinishedCount) unfinished"
            let invalidLedgers = ledgers.filter { !$0.isValid }.count
            if !ledgers.isEmpty {
                counts += invalidLedgers == 0 ? "; the ledger holds" : "; \(invalidLedgers) ledger INVALID"
            }
            Console.error(counts)
            if all.invalidCount > 0 || invalidLedgers > 0 { throw ExitCode(ExitStatus.invalid.rawValue) }
        }
    }

    /// Trust comes from this computer's store alone, whatever store `path` is in (see `StoreOptions.trust`).
    /// A single session that is a valid agreement comes with its next revisit date, read as `due` reads it;
    /// a whole store is checked without reading its events, so it stays as fast as the seals allow.
    private func verify(_ path: String, ownRoot: String) throws -> (
        sessions: [SessionVerification], ledger: LedgerVerification?, nextRevisit: String?
    ) {
        if let session = SessionLocation.find(path, storeRoot: ownRoot) {
            let trust = try storeOptions.trust(requireTrusted: requireTrusted, naming: session.store)
            let verified = Verifier.readVerified(
                folder: session.folder, trust: trust, checkingLinks: true, checkingLedger: true)
            var nextRevisit: String?
            if verified.verification.isValid,
                case .success(let agreement) = AgreementRecord.read(verified, guide: RevisitSource.pinnedGuide)
            {
                nextRevisit = agreement.nextRevisitDate?.description
            }
            return ([verified.verification], nil, nextRevisit)
        }
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        if SessionLocation.exists(trimmed + "/sessions") || SessionLocation.exists(trimmed + "/keys") {
            let trust = try storeOptions.trust(requireTrusted: requireTrusted, naming: Store(root: trimmed))
            do throws(RecordError) {
                let store = try Verifier.verifyStore(
                    root: trimmed, trust: trust, checkingLinks: true, checkingLedger: true,
                    concurrency: ProcessInfo.processInfo.activeProcessorCount)
                return (store.sessions, store.ledger, nil)
            } catch {
                throw Failure(error, status: ExitStatus(readingKeys: error))
            }
        }
        throw Failure(
            "\(path): no session or store here",
            note: "give a session id, a session folder (it holds journal.jsonl) or a store (it holds sessions/)",
            status: .notFound)
    }
}

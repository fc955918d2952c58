import ArgumentParser
import Foundation
import KeyworkRecord

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check sealed sessions: a session id or folder, or a store, which checks every session in it.",
        discussion: """
            Prints one line per session: valid or INVALID, why, and who sealed it (this device, a trusted \
            key by name, or an unknown key). A valid session whose client did not agree to a statement ends \
            its line with "not agreed:" and each such statement with the client's words, after "NO \
            AGREEMENT YET" when the session ended without an agreement. A revisit links to the agreement it revisits: each earlier \
            agreement in the chain must be in the same store and verify with the journal hash of the link, \
            and is reported on a line of its own ("<id> revisits <earlier id>: valid, ..."); if one is missing \
            or does not verify, the revisit is INVALID. A single session that is a valid agreement also \
            shows its next revisit date, the date `keywork due` uses. Exit status 1 when any session is invalid.

            The keys trusted come only from this computer's store (--store, else KEYWORK_STORE, else the \
            default): its keys/device.pub is this device and its trusted/ keys are trusted. Keys inside a \
            PATH are never trusted, so a store copied here for an audit is checked against this computer's \
            keys: trust the other device's key first with `keywork key trust`. Verify creates no store and \
            no key.

            Examples:
              keywork verify 20261127-093000-c0ffee
              keywork verify ~/.local/share/keywork
              keywork verify --require-trusted /media/usb/keywork
            """)

    @Argument(help: ArgumentHelp("Session ids (in --store), session folders or stores.", valueName: "PATH"))
    var paths: [String]

    @Flag(name: .long, help: "Treat a seal by a key that is neither this device's nor trusted as invalid.")
    var requireTrusted = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try reporting {
            let ownRoot = try storeOptions.root
            var results: [SessionVerification] = []
            var nextRevisits: [String: String] = [:]
            for path in paths {
                let (verified, nextRevisit) = try verify(path, ownRoot: ownRoot)
                results += verified
                if let nextRevisit, let id = verified.first?.sessionID { nextRevisits[id] = nextRevisit }
            }
            for result in results {
                Console.out(result.summary)
                if let date = nextRevisits[result.sessionID] { Console.out("  next revisit due \(date)") }
                for warning in result.warnings { Console.out("  warning: \(warning)") }
            }
            let invalid = results.filter { if case .invalid = $0.outcome { true } else { false } }.count
            let valid = results.filter(\.isValid).count
            Console.error("\(valid) valid, \(invalid) invalid, \(results.count - valid - invalid) unfinished")
            if invalid > 0 { throw ExitCode(ExitStatus.invalid.rawValue) }
        }
    }

    /// Trust comes from this computer's store alone, whatever store `path` is in (see `StoreOptions.trust`).
    /// A single session that is a valid agreement comes with its next revisit date, read as `due` reads it;
    /// a whole store is checked without reading its events, so it stays as fast as the seals allow.
    private func verify(_ path: String, ownRoot: String) throws -> ([SessionVerification], String?) {
        if let session = SessionLocation.find(path, storeRoot: ownRoot) {
            let trust = try storeOptions.trust(requireTrusted: requireTrusted, naming: session.store)
            let verified = Verifier.readVerified(folder: session.folder, trust: trust, checkingLinks: true)
            var nextRevisit: String?
            if verified.verification.isValid,
                case .success(let agreement) = AgreementRecord.read(verified, guide: RevisitSource.pinnedGuide)
            {
                nextRevisit = agreement.nextRevisitDate?.description
            }
            return ([verified.verification], nextRevisit)
        }
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        if SessionLocation.exists(trimmed + "/sessions") || SessionLocation.exists(trimmed + "/keys") {
            let trust = try storeOptions.trust(requireTrusted: requireTrusted, naming: Store(root: trimmed))
            do throws(RecordError) {
                return (
                    try Verifier.verifyStore(
                        root: trimmed, trust: trust, checkingLinks: true,
                        concurrency: ProcessInfo.processInfo.activeProcessorCount), nil
                )
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

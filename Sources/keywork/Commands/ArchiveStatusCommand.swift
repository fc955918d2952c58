import ArgumentParser
import KeyworkApp
import KeyworkArchive
import KeyworkRecord
import KeyworkText

struct ArchiveStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Say which sealed sessions of this computer are not yet in the agency archive, and what it holds.",
        discussion: """
            First what this computer's store says (the note archived.jsonl that push keeps), which needs no \
            network; `keywork archive push` sends what is not there yet. Then, when an archive is set up, what \
            the archive holds: its sessions, those sealed on this computer, this computer's ledger head there, \
            and any session noted here as sent that it no longer holds. When the archive cannot be reached, \
            the store's part is still shown, nothing is changed, and the exit status is 74.
            """)

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try reporting {
            let store = Store(root: try storeOptions.root)
            let settings = try AgencyArchive.settings()
            let marks = ArchiveMarks(store: store)
            let waiting: [String]
            let noted: [String: String]
            do {
                waiting = try marks.notArchived()
                noted = try marks.read()
            } catch {
                throw Failure(error, status: .ioError)
            }
            if settings == nil {
                Console.out("no agency archive is set up on this computer (archive in the config, or KEYWORK_ARCHIVE)")
            }
            if waiting.isEmpty {
                Console.out("every sealed session in \(store.root) is in the agency archive")
            } else {
                Console.out(
                    "\(waiting.count) sealed session\(waiting.count == 1 ? " is" : "s are") not yet in the agency "
                        + "archive:")
                for sessionID in waiting { Console.out("  \(TerminalText.escaped(sessionID))") }
                Console.out("send them with: keywork archive push")
            }
            guard let settings else { return }
            try serverSide(settings: settings, store: store, noted: noted)
        }
    }

    /// What the archive holds, beside what this computer notes as sent.
    private func serverSide(settings: String, store: Store, noted: [String: String]) throws {
        let deviceKey = try storeOptions.trust().deviceKey
        let status: ArchiveStatus
        do {
            status = try ArchiveStatus.read(
                try ArchiveConnection(settings: settings), deviceKey: deviceKey, marks: noted)
        } catch {
            throw Failure(
                "cannot ask the agency archive what it holds: \(error.description)",
                note: "what is above is from this computer alone, and nothing was changed; "
                    + (error.note ?? "try again when the archive can be reached"),
                status: AgencyArchive.failure(error).status)
        }
        Console.out(
            "the agency archive holds \(status.sessionsInArchive) sealed session"
                + "\(status.sessionsInArchive == 1 ? "" : "s"), \(status.sessionsFromThisComputer) of them from this "
                + "computer; this computer notes \(noted.count) as sent")
        let localHead = ArchivePush.ledgerHead(of: store)?.seq
        if let localHead {
            let there = status.ledgerHeadInArchive.map { "line \($0 + 1)" } ?? "none yet"
            Console.out("this computer's ledger: line \(localHead + 1) here, \(there) in the agency archive")
        }
        if !status.notedButMissing.isEmpty {
            Console.out(
                "\(status.notedButMissing.count) session\(status.notedButMissing.count == 1 ? "" : "s") noted here "
                    + "as sent \(status.notedButMissing.count == 1 ? "is" : "are") not in the agency archive now "
                    + "(deleted under retention, or the archive was restored from an older backup):")
            for sessionID in status.notedButMissing { Console.out("  \(TerminalText.escaped(sessionID))") }
        }
    }
}

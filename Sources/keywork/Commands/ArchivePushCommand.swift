import ArgumentParser
import Foundation
import KeyworkApp
import KeyworkArchive
import KeyworkRecord
import KeyworkText

struct ArchivePushCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Send every sealed session that verifies and is not yet archived, with this computer's ledger head.",
        discussion: """
            Sessions go in batches, each in one transaction; stopped at any point, the next push carries on \
            with nothing lost or sent twice. A session that does not verify is never sent, and is listed. A \
            session whose id the archive already holds with other bytes is refused loudly: the archive keeps \
            its row, this computer keeps its session, and the other bytes are kept in keywork_conflicts for \
            the IT lead. Exit status 1 when any session was not sent for either reason.
            """)

    /// For tests only: sessions per transaction. Hidden.
    @Option(name: .long, help: .hidden)
    var batchSize = 200

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try reporting {
            let store = Store(root: try storeOptions.root)
            let connection = try AgencyArchive.connect()
            var push = ArchivePush(
                store: store, connection: connection, trust: try storeOptions.trust(),
                guide: RevisitSource.pinnedGuide)
            push.batchSize = max(1, batchSize)
            push.afterCommit = TestHooks.archiveAfterCommit
            let report: ArchivePush.Report
            do {
                report = try push.run { done, total in Console.error("archive: \(done) of \(total) sessions") }
            } catch {
                throw AgencyArchive.failure(error)
            }
            Console.out(
                "\(report.pushed.count) sent to the agency archive; \(report.alreadyArchived.count) were there already")
            if let head = report.ledgerHead { Console.out("this computer's ledger head (line \(head + 1)) sent") }
            for sessionID in report.conflicts {
                Console.error(
                    "keywork: error: session \(TerminalText.escaped(sessionID)) is in the agency archive with other "
                        + "bytes than this computer's: it was NOT sent. Both are kept; the other bytes are in "
                        + "keywork_conflicts. Check it with: keywork verify \(TerminalText.escaped(sessionID))")
            }
            for (sessionID, reason) in report.notVerified {
                Console.error(
                    "keywork: error: session \(TerminalText.escaped(sessionID)) does not verify, so it was not sent: "
                        + TerminalText.escaped(reason))
            }
            if !report.conflicts.isEmpty || !report.notVerified.isEmpty { throw ExitCode(ExitStatus.invalid.rawValue) }
        }
    }
}

import ArgumentParser
import KeyworkApp
import KeyworkArchive
import KeyworkGuides
import KeyworkText

struct ArchiveRetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "List the archived sessions sealed before a date; with --confirm, delete them.",
        discussion: """
            Without --confirm nothing is deleted: the sessions that would be are listed. With --confirm they are \
            deleted under the role keywork_retention (the login must be a member; the trigger refuses every \
            other deletion), in one transaction, each with a row in keywork_retention_audit saying what was \
            deleted, when and by whom. Sessions on each computer's own store are not touched.
            """)

    @ArgumentParser.Option(
        name: .long, help: ArgumentHelp("Sessions sealed before this day (UTC).", valueName: "YYYY-MM-DD"))
    var before: String

    @Flag(name: .long, help: "Delete them, writing an audit row for each.")
    var confirm = false

    func run() throws {
        try reporting {
            guard let date = KeyworkGuides.GuideDate(before) else {
                throw Failure("--before \(before): not a date", note: "write it as YYYY-MM-DD", status: .usage)
            }
            let retention = ArchiveRetention(connection: try AgencyArchive.connect())
            let entries: [ArchiveRetention.Entry]
            do {
                entries = confirm ? try retention.delete(before: date) : try retention.list(before: date)
            } catch {
                throw AgencyArchive.failure(error)
            }
            for entry in entries {
                let client = entry.clientReference.map { "client \(TerminalText.escaped($0))" } ?? "a group"
                Console.out("\(TerminalText.escaped(entry.sessionID))  sealed \(entry.sealedAt)  \(client)")
            }
            let count = "\(entries.count) session\(entries.count == 1 ? "" : "s") sealed before \(date)"
            Console.out(
                confirm
                    ? "\(count) deleted, each with an audit row"
                    : "\(count) would be deleted; nothing was deleted (add --confirm)")
        }
    }
}

import ArgumentParser
import Foundation
import KeyworkApp
import KeyworkArchive
import KeyworkGuides
import KeyworkRecord
import KeyworkText
import KeyworkWords

struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "List revisits due, waits past their estimate and unfinished sessions, most urgent first.",
        discussion: """
            Lists revisits whose date has passed or falls within 7 days (only each client's latest agreement), \
            waits whose estimated date has passed (with what the client is waiting for and how they were to \
            be told of delays), unfinished sessions older than a day, and sessions that ended as "no agreement \
            yet" (until a newer agreement for the client is signed). Clients are shown by reference only. \
            Only sessions that verify are read, checked as `keywork verify` checks the store (the chains of \
            agreements and the store's ledger included, so a session deleted from the store is listed too); \
            any that do not, a ledger that does not, and any revisit that was refused, are listed apart as \
            needing attention, and the exit status is then 1.
            """)

    @Flag(name: .long, help: "Print one JSON object, for scripts.")
    var json = false

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "The agency-wide list, from the agency archive: revisits and waits due for every client.",
            discussion:
                "Each listed session's bytes are verified with this computer's keys before it is shown; one that "
                + "does not verify is listed as needing attention (exit status 1)."))
    var archive = false

    @ArgumentParser.Option(
        name: .long, help: ArgumentHelp("With --archive: only this keyworker's clients.", valueName: "NAME"))
    var keyworker: String?

    @ArgumentParser.Option(
        name: .long,
        help: ArgumentHelp("With --archive: only the clients of this team's keyworkers.", valueName: "TEAM"))
    var team: String?

    /// For tests only: the date to take as today (noon UTC). Hidden, and never needed in normal use.
    @ArgumentParser.Option(name: .long, help: .hidden)
    var today: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try reporting {
            var now = Date()
            if let today {
                guard let date = KeyworkGuides.GuideDate(today) else {
                    throw Failure("--today \(today): not a date", note: "write it as YYYY-MM-DD", status: .usage)
                }
                now = Date(timeIntervalSince1970: TimeInterval(date.dayNumber * 86400 + 12 * 3600))
            }
            let list: DueList
            let store = Store(root: try storeOptions.root)
            if archive {
                list = try archiveList(now: now)
            } else {
                do {
                    list = try DueList.build(store: store, now: now, guide: RevisitSource.pinnedGuide)
                } catch {
                    throw Failure(error, status: .ioError)
                }
            }
            // The list is complete without the index; only a person looking after the computer needs to know.
            if let note = list.indexNote { Console.error("note: \(TerminalText.escaped(note))") }
            let notArchived = archive ? nil : AgencyArchive.notArchivedCount(store: store)
            Console.out(json ? DueReport.json(list) : DueReport.text(list, words: .english, notArchived: notArchived))
            let failing = ["does_not_verify", "ledger_does_not_verify", "archive_columns_differ"]
            if list.attention.contains(where: { failing.contains($0.kind) }) {
                throw ExitCode(ExitStatus.invalid.rawValue)
            }
        }
    }

    func validate() throws {
        if !archive && (keyworker != nil || team != nil) {
            throw ValidationError("--keyworker and --team go with --archive.")
        }
    }

    private func archiveList(now: Date) throws -> DueList {
        let connection = try AgencyArchive.connect()
        let today = GuideDate(iso8601: RecordTime.iso8601(now)) ?? GuideDate(year: 1970, month: 1, day: 1)
        let due = ArchiveDue(connection: connection, trust: try storeOptions.trust(), guide: RevisitSource.pinnedGuide)
        do {
            return try due.list(today: today, filter: ArchiveDue.Filter(keyworker: keyworker, team: team))
        } catch {
            throw AgencyArchive.failure(error)
        }
    }
}

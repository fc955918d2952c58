import ArgumentParser
import Foundation
import KeyworkApp
import KeyworkGuides
import KeyworkRecord
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
            do {
                list = try DueList.build(
                    store: Store(root: storeOptions.root), now: now, guide: RevisitSource.pinnedGuide)
            } catch {
                throw Failure(error, status: .ioError)
            }
            Console.out(json ? DueReport.json(list) : DueReport.text(list, words: .english))
            if list.attention.contains(where: { ["does_not_verify", "ledger_does_not_verify"].contains($0.kind) }) {
                throw ExitCode(ExitStatus.invalid.rawValue)
            }
        }
    }
}

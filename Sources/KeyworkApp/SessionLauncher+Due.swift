import KeyworkRecord
import KeyworkScreen
import KeyworkWords

extension SessionLauncher {
    /// What is due, most urgent first: choosing an item opens what it needs (a revisit for an agreement or a
    /// wait, the unfinished session, a new session for "no agreement yet"); Esc goes back. With nothing due
    /// it is a message to read.
    public func showDue() throws -> LaunchResult {
        let list: DueList
        do {
            list = try DueList.build(store: store, now: now(), guide: RevisitSource.pinnedGuide)
        } catch {
            throw Failure(error, status: .ioError)
        }
        let notArchived = AgencyArchive.notArchivedCount(store: store)
        guard !list.items.isEmpty else {
            let lines = DueReport.text(list, words: words, notArchived: notArchived).split(
                separator: "\n", omittingEmptySubsequences: false)
            try openFrontEnd().show(MessageView(title: words[.dueTitle], lines: lines.map(String.init)))
            return .closedQuietly
        }
        var menu = MenuView(
            title: words[.dueTitle], items: list.items.map { DueReport.describe($0, words: words) },
            description: [words(.dueHeading, ["date": .text(list.today.description)])]
                + DueReport.attention(list, words: words) + DueReport.notArchived(notArchived, words: words)
                + [words[.dueChoose]])
        menu.escapeGoesBack = true
        while true {
            guard let index = try openFrontEnd().choose(menu) else { return .closedQuietly }
            menu.highlight = index
            let item = list.items[index]
            switch item.kind {
            case .revisit:
                return try startRevisit(
                    client: item.clientReference, session: item.clientReference == nil ? item.sessionID : nil,
                    keyworker: nil)
            case .unfinished:
                guard let result = try chooseWhatToDo(withUnfinished: item.sessionID) else { continue }
                return result
            case .noAgreement, .review:
                // The follow-up of "no agreement yet", or the next review: a new session of the same guide.
                return try startSession(guideName: item.guideID, client: item.clientReference, keyworker: nil)
            case .wait:
                try openFrontEnd().show(
                    MessageView(
                        title: words[.dueTitle],
                        lines: [DueReport.describe(item, words: words), words[.dueWaitAdvice]]))
            }
        }
    }
}

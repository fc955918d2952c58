import KeyworkRecord
import KeyworkScreen
import KeyworkWords

extension SessionLauncher {
    /// What the home screen offers, in this order: `homeMenu` lists them and `runHome` does the one chosen.
    public enum HomeChoice: Int, CaseIterable, Sendable {
        case start, carryOn, revisit, group, due, leave
    }

    /// The home screen's menu; the carry-on item says how many sessions are unfinished, and the due item how many
    /// sealed sessions the agency archive does not hold yet. Counting needs only the folder listing (and the
    /// store's archive marks): the journals are read when one is chosen.
    public func homeMenu() -> MenuView {
        let unfinished = (try? store.listSessions().filter { !$0.isSealed }.count) ?? 0
        // From the store alone, and only when an agency archive is set up: the home screen never waits for it.
        let notArchived = AgencyArchive.notArchivedCount(store: store, settings: settings) ?? 0
        let items = HomeChoice.allCases.map { choice -> String in
            switch choice {
            case .start: words[.homeStart]
            case .carryOn:
                unfinished == 0 ? words[.homeCarryOnNone] : words(.homeCarryOnCount, ["count": .number(unfinished)])
            case .revisit: words[.homeRevisit]
            case .group: words[.homeGroup]
            case .due:
                notArchived == 0 ? words[.homeDue] : words(.homeDueNotArchived, ["count": .number(notArchived)])
            case .leave: words[.homeLeave]
            }
        }
        return MenuView(title: words[.appName], items: items, description: [words[.homeQuestion]])
    }

    /// The home screen, the hub every path comes back to: asks what to do, does it, and comes back here, until
    /// the keyworker leaves (Esc, F10 or "Leave") or the session is stopped from outside. A problem is shown on
    /// the screen and leads back here. The last session paused or sealed is what is reported on leaving.
    public func runHome() throws -> LaunchResult {
        startedFromHome = true
        defer { startedFromHome = false }
        var lastSession: LaunchResult = .leftBeforeStarting
        var notice: String?
        while true {
            var menu = homeMenu()
            menu.notice = notice
            notice = nil
            let chosen = try openFrontEnd().choose(menu).flatMap(HomeChoice.init(rawValue:))
            guard let chosen, chosen != .leave else { return lastSession }
            let result: LaunchResult
            do {
                result = try run(chosen)
            } catch let failure as Failure where failure.canBeShownAtHome {
                try showAtHome(failure)
                continue
            }
            switch result {
            case .interrupted:
                return result
            case .paused(let sessionID):
                lastSession = result
                notice = words(.homePaused, ["session": .text(sessionID)])
            case .sealed:
                lastSession = result
            case .closedNotUsed(let sessionID):
                notice = words(.notUsedDone, ["session": .text(sessionID)])
            case .leftBeforeStarting, .closedQuietly:
                break
            }
        }
    }

    private func run(_ choice: HomeChoice) throws -> LaunchResult {
        switch choice {
        case .start: try startSession(guideName: nil, client: nil, keyworker: nil)
        case .carryOn: try resumeSession(id: nil)
        case .revisit: try startRevisit(client: nil, session: nil, keyworker: nil)
        case .group: try startGroup(guideName: nil, facilitator: nil)
        case .due: try showDue()
        case .leave: .leftBeforeStarting
        }
    }

    /// A problem met on the way from the home screen, on the screen in the printed form, until Enter.
    func showAtHome(_ failure: Failure) throws {
        try openFrontEnd().show(
            MessageView(
                title: words[.homeProblemTitle],
                lines: failure.description.split(separator: "\n").map(String.init) + [words[.homeProblemBack]]))
    }
}

extension Failure {
    /// A problem the home screen can show and carry on from. One whose record could not be written or made
    /// is printed on the way out instead, with its exit status, for whoever looks after the computer.
    var canBeShownAtHome: Bool {
        switch status {
        case .ioError, .cannotCreate, .interrupted: false
        default: true
        }
    }
}

import KeyworkRecord
import KeyworkScreen
import KeyworkWords

extension SessionLauncher {
    /// What the home screen offers, in this order: `homeMenu` lists them and `runHome` does the one chosen.
    public enum HomeChoice: Int, CaseIterable, Sendable {
        case start, carryOn, revisit, group, due, leave
    }

    /// The home screen's menu with its counts: the carry-on item says how many sessions are unfinished, and the due
    /// item how many sealed sessions the agency archive does not hold yet (see `HomeCounts`).
    public func homeMenu() -> MenuView {
        homeMenu(counts: homeCounting())
    }

    /// The home screen's menu with `counts` in its items; without them (not counted yet) the items show no number.
    public func homeMenu(counts: HomeCounts?) -> MenuView {
        MenuView(
            title: words[.appName], items: Self.homeItems(counts: counts, words: words),
            description: [words[.homeQuestion]])
    }

    /// Counts for the home screen, from the store alone (the archive's only when one is set up), on any thread.
    private var homeCounting: @Sendable () -> HomeCounts {
        let store = store
        let archiveIsSetUp = AgencyArchive.isSetUp(in: settings)
        return { HomeCounts.count(store: store, archiveIsSetUp: archiveIsSetUp) }
    }

    private static func homeItems(counts: HomeCounts?, words: Words) -> [String] {
        HomeChoice.allCases.map { choice -> String in
            switch choice {
            case .start: words[.homeStart]
            case .carryOn:
                switch counts?.unfinished {
                case nil: words[.homeCarryOn]
                case 0: words[.homeCarryOnNone]
                case let count?: words(.homeCarryOnCount, ["count": .number(count)])
                }
            case .revisit: words[.homeRevisit]
            case .group: words[.homeGroup]
            case .due:
                switch counts?.notArchived {
                case nil, 0: words[.homeDue]
                case let count?: words(.homeDueNotArchived, ["count": .number(count)])
                }
            case .leave: words[.homeLeave]
            }
        }
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
            // Drawn at once, and counted behind the first frame: a large store takes a while to count.
            var menu = homeMenu(counts: nil)
            menu.notice = notice
            notice = nil
            let count = homeCounting
            let words = words
            let chosen = try openFrontEnd().choose(menu) { Self.homeItems(counts: count(), words: words) }
                .flatMap(HomeChoice.init(rawValue:))
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

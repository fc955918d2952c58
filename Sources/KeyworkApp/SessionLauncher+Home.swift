import KeyworkRecord
import KeyworkScreen
import KeyworkWords

extension SessionLauncher {
    /// What the home screen offers, in this order: `homeMenu` lists them and `runHome` does the one chosen.
    public enum HomeChoice: Int, CaseIterable, Sendable {
        case start, carryOn, revisit, group, due, leave
    }

    /// The home screen's menu; the carry-on item says how many sessions are unfinished. Counting needs only the
    /// folder listing: the journals are read when one is chosen.
    public func homeMenu() -> MenuView {
        let unfinished = (try? store.listSessions().filter { !$0.isSealed }.count) ?? 0
        let items = HomeChoice.allCases.map { choice -> String in
            switch choice {
            case .start: words[.homeStart]
            case .carryOn:
                unfinished == 0 ? words[.homeCarryOnNone] : words(.homeCarryOnCount, ["count": .number(unfinished)])
            case .revisit: words[.homeRevisit]
            case .group: words[.homeGroup]
            case .due: words[.homeDue]
            case .leave: words[.homeLeave]
            }
        }
        return MenuView(title: words[.appName], items: items, description: [words[.homeQuestion]])
    }

    /// The home screen: asks what to do, then does it to its end.
    public func runHome() throws -> LaunchResult {
        let chosen = try openFrontEnd().choose(homeMenu()).flatMap(HomeChoice.init(rawValue:))
        switch chosen {
        case .start?: return try startSession(guideName: nil, client: nil, keyworker: nil)
        case .carryOn?: return try resumeSession(id: nil)
        case .revisit?: return try startRevisit(client: nil, session: nil, keyworker: nil)
        case .group?: return try startGroup(guideName: nil, facilitator: nil)
        case .due?: return try showDue()
        case .leave?, nil: return .leftBeforeStarting
        }
    }
}

import ArgumentParser
import KeyworkRecord
import KeyworkScreen
import KeyworkTerminal
import KeyworkWords

struct HomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "home",
        abstract: "The home screen: start, carry on or revisit a session, run a group, or see what is due.",
        shouldDisplay: false)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var displayOptions: DisplayOptions

    func run() throws {
        try reporting {
            let store = Store(root: try storeOptions.root)
            try SessionLauncher.run(store: store, display: displayOptions) { launcher in
                // Counting needs only the folder listing; the journals are read when one is chosen.
                let unfinished = (try? store.listSessions().filter { !$0.isSealed }.count) ?? 0
                let words = launcher.words
                let menu = MenuView(
                    title: words[.appName],
                    items: [
                        words[.homeStart],
                        unfinished == 0
                            ? words[.homeCarryOnNone] : words(.homeCarryOnCount, ["count": .number(unfinished)]),
                        words[.homeRevisit],
                        words[.homeGroup],
                        words[.homeDue],
                        words[.homeLeave],
                    ],
                    description: [words[.homeQuestion]])
                switch try launcher.openFrontEnd().choose(menu) {
                case 0?: return try launcher.startSession(guideName: nil, client: nil, keyworker: nil)
                case 1?: return try launcher.resumeSession(id: nil)
                case 2?: return try launcher.startRevisit(client: nil, session: nil, keyworker: nil)
                case 3?: return try launcher.startGroup(guideName: nil, facilitator: nil)
                case 4?: return try launcher.showDue()
                default: return .leftBeforeStarting
                }
            }
        }
    }
}

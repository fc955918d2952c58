import ArgumentParser
import KeyworkApp
import KeyworkRecord

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
            try SessionLauncher.run(store: store, display: displayOptions) { try $0.runHome() }
        }
    }
}

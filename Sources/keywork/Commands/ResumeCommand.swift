import ArgumentParser
import KeyworkApp
import KeyworkRecord

struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Carry on an unfinished session exactly where it stopped.",
        discussion: """
            With no SESSION, lists the unfinished sessions to choose from (client reference, guide and the \
            screen it stopped on). The one chosen can be carried on, or closed as "not used" when it was \
            started by mistake: it is then recorded and sealed as not used, and never deleted.
            """)

    @Argument(help: ArgumentHelp("The session id, e.g. 20261127-093000-a1b2c3.", valueName: "SESSION"))
    var session: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var displayOptions: DisplayOptions

    func run() throws {
        try reporting {
            let store = Store(root: try storeOptions.root)
            try SessionLauncher.run(store: store, display: displayOptions) { launcher in
                try launcher.resumeSession(id: session)
            }
        }
    }
}

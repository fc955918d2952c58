import ArgumentParser
import KeyworkApp
import KeyworkRecord

struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Go through a guide together on the shared screen, and keep a sealed record.",
        discussion: """
            Asks for anything not given: the guide, the keyworker's name (once, then remembered) and \
            the client reference. Every answer is saved before the screen moves on. F10 pauses at any \
            time; `keywork resume` carries on. F1 shows every key. With --plain (or ACCESSIBLE=1) each \
            screen is printed as plain text and answered by typing a line; type help there for the commands.

            Examples:
              keywork session
              keywork session --guide first-appointment --client C-1042
              keywork session --guide ./our-guide.yaml --client C-1042 --theme high-contrast
            """)

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A guide's id (see `keywork guides`), or the path of a guide file.", valueName: "NAME|PATH"))
    var guide: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The agency's client reference (never the client's name).",
            discussion:
                "Other users of this computer can see it with ps while the session runs; leave it out to type it "
                + "at the prompt instead (Docs/security.md).",
            valueName: "REF"))
    var client: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The keyworker's name; else `keyworker_name` in the config file, else the name remembered.",
            valueName: "NAME"))
    var keyworker: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var displayOptions: DisplayOptions

    func run() throws {
        try reporting {
            let store = Store(root: try storeOptions.root)
            try SessionLauncher.run(store: store, display: displayOptions) { launcher in
                try launcher.startSession(guideName: guide, client: client, keyworker: keyworker)
            }
        }
    }
}

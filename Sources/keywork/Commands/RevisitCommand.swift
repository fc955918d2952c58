import ArgumentParser
import KeyworkApp
import KeyworkRecord

struct RevisitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revisit",
        abstract: "Look again at a client's latest agreement, statement by statement, and agree it afresh.",
        discussion: """
            Finds the client's latest sealed agreement (or the session named) and verifies it first. If it does \
            not verify, nothing is started or linked: the problem is printed, recorded in the store's \
            attention.jsonl for `keywork due`, and the exit status is 1. Otherwise each earlier statement is \
            shown in turn: still right, talk about it, or change it (new wording, then agreed or not agreed \
            with a reason). Then what is different is shown side by side, a new revisit date is chosen, and \
            both sign. The new record links to the earlier one by session id and journal SHA-256.
            """)

    @Option(
        name: .long, help: ArgumentHelp("The agency's client reference (never the client's name).", valueName: "REF"))
    var client: String?

    @Argument(help: ArgumentHelp("A session id or folder of the agreement to revisit.", valueName: "SESSION"))
    var session: String?

    @Option(name: .long, help: ArgumentHelp("The keyworker's name; remembered otherwise.", valueName: "NAME"))
    var keyworker: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var displayOptions: DisplayOptions

    func validate() throws {
        if client != nil && session != nil {
            throw ValidationError("Give either --client REF or a SESSION, not both.")
        }
    }

    func run() throws {
        try reporting {
            try SessionLauncher.run(store: Store(root: storeOptions.root), display: displayOptions) { launcher in
                try launcher.startRevisit(client: client, session: session, keyworker: keyworker)
            }
        }
    }
}

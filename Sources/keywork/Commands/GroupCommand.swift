import ArgumentParser
import KeyworkApp
import KeyworkRecord

struct GroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group",
        abstract: "Run a group walkthrough on the shared screen, and keep a sealed record.",
        discussion: """
            The facilitator gives how many are in the group (and initials, if the guide asks); no names \
            and no client reference. Questions from the group are kept without saying who asked, and \
            looked at together at the end. Agreements such as ground rules are kept as a count, for \
            example 7 of 8 agreed. The facilitator signs. `keywork export` then writes a group handout. \
            The default guide is induction-group.
            """)

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A group guide's id, or the path of a guide file (default: induction-group).",
            valueName: "NAME|PATH"))
    var guide: String?

    @Option(name: .long, help: ArgumentHelp("The facilitator's name; remembered otherwise.", valueName: "NAME"))
    var facilitator: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var displayOptions: DisplayOptions

    func run() throws {
        try reporting {
            try SessionLauncher.run(store: Store(root: storeOptions.root), display: displayOptions) { launcher in
                try launcher.startGroup(guideName: guide, facilitator: facilitator)
            }
        }
    }
}

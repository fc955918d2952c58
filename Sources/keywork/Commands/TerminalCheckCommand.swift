import ArgumentParser
import KeyworkApp
import KeyworkNcurses

struct TerminalCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terminal-check",
        abstract: "Show what this terminal can do and which keys arrive, for setting a computer up. q leaves.",
        shouldDisplay: false)

    @OptionGroup var displayOptions: DisplayOptions

    func run() throws {
        try reporting {
            let theme = try displayOptions.chosenTheme()
            let terminal: NcursesTerminal
            do {
                terminal = try NcursesTerminal(theme: theme, environment: displayOptions.environment)
            } catch {
                throw Failure("\(error)", status: .usage)
            }
            TerminalSelfCheck.run(on: terminal)
            terminal.shutdown()
        }
    }
}

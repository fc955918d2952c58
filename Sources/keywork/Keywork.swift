// The keywork command: parses options and calls into the layers. It holds no logic of its own
// beyond wiring: guides come from KeyworkGuides, the flow from KeyworkSession, files from
// KeyworkRecord, and the screen from KeyworkScreen, KeyworkTerminal and KeyworkNcurses.

import ArgumentParser

@main
struct Keywork: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywork",
        abstract: "Go through a treatment guide together on one shared screen, and keep a signed record.",
        discussion: """
            Run with no command to open the home screen. Every session ends in a sealed, tamper-evident \
            record in the store (--store DIR, KEYWORK_STORE or `store` in the config file; by default \
            ~/.local/share/keywork).

            Settings: $XDG_CONFIG_HOME/keywork/config.yaml (else ~/.config/keywork/config.yaml); see \
            `keywork config`. A command-line option beats an environment variable, which beats the \
            config file, which beats the default.

            Environment: KEYWORK_STORE (the store), KEYWORK_THEME (default, high-contrast or \
            monochrome), NO_COLOR (always the monochrome theme), ACCESSIBLE (line-by-line mode), \
            XDG_CONFIG_HOME and XDG_DATA_HOME.

            Exit status: 0 success; 1 a session failed verification; 64 usage error; 65 bad data, \
            such as a guide or config file with errors; 66 input not found; 73 cannot create output; \
            74 I/O error; 130 interrupted.

            Examples:
              keywork
              keywork session --guide tour --client C-1042
              keywork verify ~/.local/share/keywork
              keywork export 20261127-093000-c0ffee --format html -o copy.html
            """,
        subcommands: [
            HomeCommand.self, SessionCommand.self, GroupCommand.self, RevisitCommand.self, ResumeCommand.self,
            DueCommand.self, VerifyCommand.self, LintCommand.self, GuidesCommand.self, ExportCommand.self,
            KeyCommand.self, ConfigCommand.self, TerminalCheckCommand.self,
        ],
        defaultSubcommand: HomeCommand.self
    )

    /// Parses the command line and runs the command, as ArgumentParser's own `main` does, but tries the named
    /// command alone first (see `parsedAlone`).
    static func main() {
        do {
            var command = try parsedAlone() ?? parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
    }

    /// The command the first argument names (the home screen when there are no arguments), parsed by itself.
    ///
    /// Parsing from the root builds the parser's tree of every command first: about half a millisecond of the
    /// keyworker's wait for the first screen. Only a command without subcommands that parses cleanly into its
    /// own type is taken; help, completion scripts and every error return nil, and go through the full parse,
    /// so what is accepted, refused and printed is the same.
    static func parsedAlone() -> ParsableCommand? {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let type: ParsableCommand.Type
        if let name = arguments.first {
            guard let named = configuration.subcommands.first(where: { $0.configuration.commandName == name }) else {
                return nil
            }
            type = named
        } else {
            type = HomeCommand.self
        }
        guard type.configuration.subcommands.isEmpty,
            let command = try? type.parseAsRoot(Array(arguments.dropFirst())),
            ObjectIdentifier(Swift.type(of: command)) == ObjectIdentifier(type)
        else { return nil }
        return command
    }
}

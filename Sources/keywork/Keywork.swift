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
            Run with no command to open the home screen. Every session ends in a sealed, tamper-evident
            record in the store (--store DIR, or KEYWORK_STORE; by default ~/.local/share/keywork).

            Exit status: 0 success; 1 a session failed verification; 64 usage error; 65 bad data,
            such as a guide with errors; 66 input not found; 73 cannot create output; 74 I/O error;
            130 interrupted.
            """,
        subcommands: [
            HomeCommand.self, SessionCommand.self, RevisitCommand.self, ResumeCommand.self, DueCommand.self,
            VerifyCommand.self, LintCommand.self,
            GuidesCommand.self, ExportCommand.self, KeyCommand.self, TerminalCheckCommand.self,
        ],
        defaultSubcommand: HomeCommand.self
    )
}

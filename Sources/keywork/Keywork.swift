// The keywork command: parses options with swift-argument-parser's own entry point and calls into the layers.
// It holds no logic of its own beyond wiring: sessions, groups, revisits, resume and the home screen come from
// KeyworkApp; guides from KeyworkGuides and KeyworkBuiltinGuides, records from KeyworkRecord, settings from
// KeyworkConfig.
// It may import ArgumentParser, KeyworkApp and the layers below it that its commands report on.

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
            KEYWORK_ARCHIVE (the agency archive), XDG_CONFIG_HOME and XDG_DATA_HOME.

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
            KeyCommand.self, ConfigCommand.self, ArchiveCommand.self, TerminalCheckCommand.self,
        ],
        defaultSubcommand: HomeCommand.self
    )
}

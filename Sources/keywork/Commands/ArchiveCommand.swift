import ArgumentParser

struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "The agency archive on PostgreSQL: set it up, send sealed sessions to it, see what is not there yet.",
        discussion: """
            An agency with many computers keeps every sealed session, as its exact bytes, in one PostgreSQL \
            archive (Docs/archive.md). The store on each computer stays where sessions are recorded: a session \
            never waits for the network. Revisits find agreements made on other computers there, and \
            `keywork due --archive` lists what is due across the agency.

            Connection: `archive` in the config file (keywork config set archive URI) or KEYWORK_ARCHIVE, a \
            PostgreSQL connection URI or libpq key=value settings, and libpq's own environment variables. The \
            password goes in ~/.pgpass (mode 0600), never in the settings or on the command line. Use \
            sslmode=verify-full for an archive on another computer.
            """,
        subcommands: [
            ArchiveInitCommand.self, ArchivePushCommand.self, ArchiveStatusCommand.self, ArchiveRetentionCommand.self,
        ])
}

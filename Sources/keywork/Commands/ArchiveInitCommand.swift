import ArgumentParser
import KeyworkApp
import KeyworkArchive

struct ArchiveInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the archive's tables, or bring them up to this Keywork's version, in one transaction.",
        discussion: """
            Run once by the IT lead, as a login that may create tables and roles. Makes the roles \
            keywork_keyworker (insert and read), keywork_team_leader (read) and keywork_retention (delete old \
            sessions), and a trigger that refuses every change to an archived row and every deletion except \
            by keywork_retention. Running it again changes nothing.
            """)

    func run() throws {
        try reporting {
            let connection = try AgencyArchive.connect()
            do {
                let outcome = try ArchiveSchema.initialize(connection)
                Console.out(
                    outcome.from == outcome.to
                        ? "the agency archive's schema is already at version \(outcome.to)"
                        : "the agency archive's schema is now at version \(outcome.to) (it was at \(outcome.from))")
            } catch {
                throw AgencyArchive.failure(error)
            }
        }
    }
}

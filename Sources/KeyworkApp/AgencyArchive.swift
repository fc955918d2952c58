import KeyworkArchive
import KeyworkConfig
import KeyworkRecord

/// The agency archive as the application uses it: its settings (`archive:` in the config, or KEYWORK_ARCHIVE),
/// a connection, and its errors as the program's own failures. A session never waits for it: only the archive
/// commands, a revisit of an agreement that is not on this computer, and `due --archive` connect.
public enum AgencyArchive {
    /// The connection settings, or nil when this computer has no archive set up.
    public static func settings() throws -> String? {
        try RunSettings.load().setting(.archive).value
    }

    /// A connection to the archive; a failure that says how to set one up when there is none.
    public static func connect() throws -> ArchiveConnection {
        guard let settings = try settings() else { throw failure(ArchiveError.notConfigured) }
        do {
            return try ArchiveConnection(settings: settings)
        } catch {
            throw failure(error)
        }
    }

    /// An archive error as the program's failure: unreachable is an I/O error, bad settings a usage error.
    public static func failure(_ error: any Error) -> Failure {
        guard let error = error as? ArchiveError else { return Failure(error, status: .ioError) }
        let status: ExitStatus
        switch error {
        case .notConfigured, .badSettings, .passwordInSettings: status = .usage
        case .cannotConnect, .failed, .schema: status = .ioError
        }
        return Failure(error.description, note: error.note, status: status)
    }

    /// How many sealed sessions of the store are not yet archived, from the store alone (no network), when an
    /// archive is set up; nil otherwise.
    public static func notArchivedCount(store: Store) -> Int? {
        guard let settings = try? RunSettings.load(), isSetUp(in: settings) else { return nil }
        return try? ArchiveMarks(store: store).notArchived().count
    }

    /// Whether `settings` name an agency archive.
    public static func isSetUp(in settings: Settings) -> Bool {
        settings.setting(.archive).value != nil
    }
}

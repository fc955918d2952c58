/// What went wrong with the archive, in plain words, with how to fix it.
public enum ArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No `archive:` in the config and no KEYWORK_ARCHIVE.
    case notConfigured
    case badSettings(String)
    case passwordInSettings
    case cannotConnect(String)
    /// A statement failed; `code` is PostgreSQL's SQLSTATE.
    case failed(sql: String, message: String, code: String?)
    /// The archive's schema is older or newer than this Keywork knows.
    case schema(String)

    public var description: String {
        switch self {
        case .notConfigured: "no agency archive is set up on this computer"
        case .badSettings(let message): "the archive's connection settings cannot be read: \(message)"
        case .passwordInSettings: "the archive's connection settings hold a password"
        case .cannotConnect(let message): "cannot connect to the agency archive: \(message)"
        case .failed(_, let message, _): "the agency archive refused: \(message)"
        case .schema(let message): message
        }
    }

    /// How to fix it.
    public var note: String? {
        switch self {
        case .notConfigured:
            "set it with: keywork config set archive 'postgresql://archive.example.org/keywork?sslmode=verify-full' "
                + "(or KEYWORK_ARCHIVE); see Docs/archive.md"
        case .badSettings: "give a PostgreSQL connection URI or key=value settings, as libpq reads them"
        case .passwordInSettings:
            "take the password out and put it in ~/.pgpass (mode 0600), where libpq looks for it; see Docs/archive.md"
        case .cannotConnect:
            "the session records are safe on this computer; try again when the archive can be reached"
        case .failed(_, _, let code) where code == "42501":
            "this login lacks the archive role needed; ask the IT lead (Docs/archive.md, roles and grants)"
        case .failed(_, _, let code) where code == "42P01":
            "the archive has no Keywork schema yet; the IT lead runs: keywork archive init"
        case .failed: nil
        case .schema: "the IT lead runs: keywork archive init (with the newest Keywork)"
        }
    }

    /// PostgreSQL's SQLSTATE, when a statement failed.
    public var code: String? {
        if case .failed(_, _, let code) = self { return code }
        return nil
    }
}

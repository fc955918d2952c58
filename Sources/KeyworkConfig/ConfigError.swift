import KeyworkDiagnostics

/// A config file that cannot be used: what kind of problem, and the diagnostic that says where and how to fix it.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The file is not a valid config: bad YAML, an unknown key, a wrong type or a bad value.
        case invalid
        /// The file exists but cannot be read.
        case unreadable
        /// The file cannot be written.
        case cannotWrite
    }

    public var kind: Kind
    public var diagnostic: Diagnostic

    public init(kind: Kind, diagnostic: Diagnostic) {
        self.kind = kind
        self.diagnostic = diagnostic
    }

    /// An error at `location` (line 0: the whole file) with one note, how to fix it.
    public init(kind: Kind, location: SourceLocation, message: String, note: String) {
        self.init(kind: kind, diagnostic: .error(message, at: location, note: note))
    }

    public var description: String { diagnostic.formatted }
}

import KeyworkGuides

/// A config file that cannot be used, with where the problem is and how to fix it.
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
    /// Line 0 means the whole file.
    public var location: SourceLocation
    public var message: String
    public var note: String

    public init(kind: Kind, location: SourceLocation, message: String, note: String) {
        self.kind = kind
        self.location = location
        self.message = message
        self.note = note
    }

    /// `path:line:col: error: what is wrong`, then `path:line:col: note: how to fix it`.
    public var formatted: String {
        let place = location.line > 0 ? "\(location.file):\(location.line):\(location.column)" : location.file
        return "\(place): error: \(message)\n\(place): note: \(note)"
    }

    public var description: String { formatted }
}

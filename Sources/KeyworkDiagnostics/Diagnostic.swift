// KeyworkDiagnostics owns the one way Keywork tells a person about a problem: a `Diagnostic` (severity,
// where, what is wrong, how to fix it) and its printed form, `path:line:col: error: message` then `note:` lines.
// It imports nothing. It never prints, reads or writes anything itself: each layer makes diagnostics, the
// command line prints them.

/// One problem, told the way the Swift compiler tells its diagnostics: where, what is wrong, how to fix it.
public struct Diagnostic: Error, Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable, Hashable, CaseIterable {
        case error, warning
    }

    public var severity: Severity
    /// Where the problem is; nil when it is not in a file (a session id, an option on the command line).
    public var location: SourceLocation?
    /// What is wrong, in plain words.
    public var message: String
    /// How to fix it, in plain words; each is printed as a `note:` line.
    public var notes: [String]

    public init(severity: Severity, location: SourceLocation?, message: String, notes: [String] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }

    /// A diagnostic with at most one note: what most problems have.
    public init(severity: Severity, location: SourceLocation?, message: String, note: String?) {
        self.init(severity: severity, location: location, message: message, notes: note.map { [$0] } ?? [])
    }

    /// An error, with at most one note: what most problems have.
    public static func error(_ message: String, at location: SourceLocation? = nil, note: String? = nil) -> Diagnostic {
        Diagnostic(severity: .error, location: location, message: message, note: note)
    }

    /// A warning, with at most one note.
    public static func warning(_ message: String, at location: SourceLocation? = nil, note: String? = nil)
        -> Diagnostic
    {
        Diagnostic(severity: .warning, location: location, message: message, note: note)
    }

    /// The first note, the fix most problems have.
    public var note: String? { notes.first }

    /// `path:line:col: error: what is wrong`, then `path:line:col: note: how to fix it` for each note. A whole-file
    /// problem (line 0) prints as `path: error: ...`; one with no place as `error: ...` and `note: ...`.
    public var formatted: String {
        let place = location.map { $0.line > 0 ? "\($0.file):\($0.line):\($0.column): " : "\($0.file): " } ?? ""
        return ([place + severity.rawValue + ": " + message] + notes.map { place + "note: " + $0 })
            .joined(separator: "\n")
    }

    public var description: String { formatted }

    /// Orders diagnostics by file, then line, then column, so that a reader meets them top to bottom; those with no
    /// place come first, and two at the same place keep the order they were found in.
    public static func sortedByPosition(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            switch (lhs.element.location, rhs.element.location) {
            case (nil, nil): return lhs.offset < rhs.offset
            case (nil, _): return true
            case (_, nil): return false
            case (let l?, let r?):
                if l.file != r.file { return l.file < r.file }
                if l.line != r.line { return l.line < r.line }
                if l.column != r.column { return l.column < r.column }
                return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}

extension Array where Element == Diagnostic {
    /// Every diagnostic, printed, one after another.
    public var formatted: String { map(\.formatted).joined(separator: "\n") }
}

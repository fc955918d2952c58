/// One problem found in a guide, printed the way the Swift compiler prints its diagnostics.
public struct GuideDiagnostic: Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable, Hashable, CaseIterable {
        case error, warning
    }

    public var severity: Severity
    /// Where the problem is. Line 0 means the whole file (for example, a file that cannot be read).
    public var location: SourceLocation
    /// What is wrong, in plain words.
    public var message: String
    /// How to fix it, in plain words; printed as a `note:` line.
    public var note: String?

    public init(severity: Severity, location: SourceLocation, message: String, note: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.note = note
    }

    /// `path:line:col: error: what is wrong`, then `path:line:col: note: how to fix it` when there is a note.
    /// A whole-file diagnostic (line 0) prints as `path: error: ...`.
    public var formatted: String {
        let place =
            location.line > 0
            ? "\(location.file):\(location.line):\(location.column)" : location.file
        var text = "\(place): \(severity.rawValue): \(message)"
        if let note {
            text += "\n\(place): note: \(note)"
        }
        return text
    }

    public var description: String { formatted }

    /// Orders diagnostics by file, then line, then column, so that a reader meets them top to bottom.
    static func sortedByPosition(_ diagnostics: [GuideDiagnostic]) -> [GuideDiagnostic] {
        // Enumerated so that two problems at the same place keep the order they were found in.
        diagnostics.enumerated().sorted { lhs, rhs in
            let l = lhs.element.location
            let r = rhs.element.location
            if l.file != r.file { return l.file < r.file }
            if l.line != r.line { return l.line < r.line }
            if l.column != r.column { return l.column < r.column }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}

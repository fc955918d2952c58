/// Why a guide could not be loaded: every error found, sorted by line and column.

import KeyworkDiagnostics

public struct GuideLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// No such file, and no built-in guide of that name (the CLI exits 66).
        case notFound
        /// The file exists but could not be read, or is not UTF-8 text (the CLI exits 65 or 74).
        case unreadable
        /// The file was read but is not a valid guide (the CLI exits 65).
        case invalid
    }

    public var kind: Kind
    /// All the errors, sorted by position; never empty.
    public var diagnostics: [Diagnostic]

    public init(kind: Kind, diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = Diagnostic.sortedByPosition(diagnostics)
    }

    /// Every diagnostic, formatted, one after another.
    public var description: String {
        diagnostics.map(\.formatted).joined(separator: "\n")
    }
}

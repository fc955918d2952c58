// KeyworkApp is the application: it launches sessions, groups, revisits and resumes, builds the home menu, and
// says how each ended. The `keywork` executable parses the command line and calls into it; KeyworkAppTests drive
// its flows with an in-memory terminal or scripted lines.
// It may import KeyworkDiagnostics, KeyworkGuides, KeyworkBuiltinGuides, KeyworkSession, KeyworkRecord,
// KeyworkScreen, KeyworkFrontEnd, KeyworkTerminal, KeyworkNcurses, KeyworkPlain, KeyworkConfig, KeyworkWords and
// KeyworkText. It never imports
// ArgumentParser (options are the executable's) and never prints except through `Console`.

import Foundation
import KeyworkDiagnostics
import KeyworkGuides
import KeyworkRecord
import KeyworkText

/// A problem to tell the person at the keyboard, in the one printed form of `Diagnostic`, and the exit status.
public struct Failure: Error, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public var status: ExitStatus

    public init(_ diagnostics: [Diagnostic], status: ExitStatus) {
        self.diagnostics = diagnostics
        self.status = status
    }

    /// A problem with no place in a file: `error: message`, then `note: how to fix it`.
    public init(_ message: String, note: String? = nil, status: ExitStatus) {
        self.init([.error(message, note: note)], status: status)
    }

    public init(_ error: RecordError, status: ExitStatus) {
        self.init([error.diagnostic], status: status)
    }

    public init(_ error: GuideLoadError, status: ExitStatus) {
        self.init(error.diagnostics, status: status)
    }

    /// Any other error: a record or guide error keeps its own diagnostics, so nothing prints "error:" twice.
    public init(_ error: any Error, status: ExitStatus) {
        switch error {
        case let error as RecordError: self.init(error, status: status)
        case let error as GuideLoadError: self.init(error, status: status)
        case let failure as Failure: self = failure
        default: self.init("\(error)", status: status)
        }
    }

    /// The first problem's message, without its place or notes.
    public var message: String { diagnostics.first?.message ?? "" }

    public var description: String { diagnostics.formatted }
}

/// The exit statuses of DESIGN.md (sysexits).
public enum ExitStatus: Int32, Sendable {
    case success = 0
    case invalid = 1
    case usage = 64
    case badData = 65
    case notFound = 66
    case cannotCreate = 73
    case ioError = 74
    case interrupted = 130
}

extension ExitStatus {
    /// A guide that is missing is "input not found"; one that cannot be read or has errors is "bad data".
    public init(_ error: GuideLoadError) {
        switch error.kind {
        case .notFound: self = .notFound
        case .unreadable, .invalid: self = .badData
        }
    }

    /// A malformed or misnamed key file is bad data, a missing device key "not found"; anything else, a key open
    /// to others included, is an I/O error.
    public init(readingKeys error: RecordError) {
        switch error {
        case .malformedKey, .misnamedTrustedKey, .ledgerDamaged: self = .badData
        case .deviceKeyMissing: self = .notFound
        default: self = .ioError
        }
    }
}

/// Output that never goes through the full-screen terminal. Whatever a message holds (a path, a name or a
/// reason taken from a record), no character reaches the terminal that it would act on: each is shown as
/// `TerminalText` writes it, and only the message's own line breaks are kept.
public enum Console {
    public static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((TerminalText.escapedKeepingLineFeeds(text) + "\n").utf8))
    }

    public static func error(_ text: String) {
        FileHandle.standardError.write(Data((TerminalText.escapedKeepingLineFeeds(text) + "\n").utf8))
    }
}

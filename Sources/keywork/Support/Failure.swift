import ArgumentParser
import Foundation
import KeyworkGuides
import KeyworkRecord
import KeyworkText

/// A problem to tell the person at the keyboard: what is wrong, how to fix it, and the exit status.
struct Failure: Error, CustomStringConvertible {
    var message: String
    var note: String?
    var status: ExitStatus

    init(_ message: String, note: String? = nil, status: ExitStatus) {
        self.message = message
        self.note = note
        self.status = status
    }

    /// A problem already printed in the compiler's way (`path:line:col: error: ...` and its note).
    static func located(_ text: String, status: ExitStatus) -> Failure {
        var failure = Failure(text, status: status)
        failure.isLocated = true
        return failure
    }

    /// A record error, printed in its own words rather than wrapped in a second `error:`.
    init(_ error: RecordError, status: ExitStatus) {
        let text = "\(error)"
        self =
            text.prefix { $0 != "\n" }.contains("error: ")
            ? .located(text, status: status) : Failure(text, status: status)
    }

    private var isLocated = false

    var description: String {
        if isLocated { return message }
        return note.map { "error: \(message)\nnote: \($0)" } ?? "error: \(message)"
    }

    /// Prints the failure to standard error and ends the command with its exit status.
    func exit() -> ExitCode {
        Console.error(description)
        return ExitCode(status.rawValue)
    }
}

/// The exit statuses of DESIGN.md (sysexits).
enum ExitStatus: Int32 {
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
    init(_ error: GuideLoadError) {
        switch error.kind {
        case .notFound: self = .notFound
        case .unreadable, .invalid: self = .badData
        }
    }
}

extension ExitStatus {
    /// A malformed or misnamed key file is bad data, a missing device key "not found"; anything else, a key open
    /// to others included, is an I/O error.
    init(readingKeys error: RecordError) {
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
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((TerminalText.escapedKeepingLineFeeds(text) + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((TerminalText.escapedKeepingLineFeeds(text) + "\n").utf8))
    }
}

extension ParsableCommand {
    /// Runs the body; a `Failure` is printed plainly and becomes the exit status, never a stack trace.
    func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            throw failure.exit()
        }
    }
}

import KeyworkBuiltinGuides
import KeyworkGuides
import KeyworkRecord

/// The guide a session was recorded with: the same file or built-in, with exactly the same content.
///
/// Resume and export both need it; a guide that has changed would put other words to the recorded answers.
public enum PinnedGuide {
    /// What the guide is needed for, which sets the wording and the exit status of a failure.
    public enum Purpose {
        case resume, export

        var verb: String {
            switch self {
            case .resume: "resumed"
            case .export: "exported"
            }
        }

        var noun: String {
            switch self {
            case .resume: "resume"
            case .export: "export"
            }
        }
    }

    public static func load(_ reference: JournalHeader.GuideReference, for purpose: Purpose) throws -> Guide {
        let builtinPrefix = "builtin:"
        let name = reference.origin.hasPrefix(builtinPrefix) ? reference.id : reference.origin
        let needed =
            "\(purpose.noun) needs version \(reference.version) of the guide '\(reference.id)', "
            + "with content hash \(reference.hash)"
        let guide: Guide
        do {
            guide = try GuideLibrary.resolve(name)
        } catch {
            let diagnostics = error.diagnostics.map(\.formatted).joined(separator: "\n")
            // The session's data is fine; what is missing is the guide that gives it words.
            let status: ExitStatus = purpose == .export ? .badData : ExitStatus(error)
            throw Failure(
                "the guide '\(reference.id)' that this session used cannot be loaded from \(name)\n\(diagnostics)",
                note: needed, status: status)
        }
        guard guide.contentHash == reference.hash else {
            throw Failure(
                "the guide '\(reference.id)' has changed since this session began, so it cannot be "
                    + "\(purpose.verb) with it (it is now version \(guide.version))",
                note: needed, status: .badData)
        }
        return guide
    }
}

import Foundation
import KeyworkScreen
import KeyworkText
import KeyworkWords

/// One setting of the config file, with its name in the file and the check its value must pass.
public enum ConfigKey: String, Sendable, CaseIterable, Comparable {
    case keyworkerName = "keyworker_name"
    case keyworkerRole = "keyworker_role"
    case agencyName = "agency_name"
    /// The number a client can call, printed on the first page of the client's copy when the session gave none.
    case agencyPhone = "agency_phone"
    case store
    case theme
    case language
    case guideFolder = "guide_folder"
    /// `true` lets draft guides (not yet clinically reviewed) run without the warning before their first screen.
    case allowDraftGuides = "allow_draft_guides"
    /// The agency archive's PostgreSQL connection settings (a URI or libpq key=value settings; no password).
    case archive
    /// Where the end screen saves the client's copy: `$XDG_DOCUMENTS_DIR/keywork`, else `~/Documents/keywork`.
    case copyFolder = "copy_folder"

    /// The language codes Keywork has words for, from the string table (KeyworkWords).
    public static let knownLanguages = Language.allCases.map(\.code)

    /// The key names to choose from, for errors: "keyworker_name, keyworker_role, ...".
    public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// An example value, for notes on how to fix a bad one.
    var example: String {
        switch self {
        case .keyworkerName: "Sam Patel"
        case .keyworkerRole: "Keyworker"
        case .agencyName: "Riverside Recovery Service"
        case .agencyPhone: "0300 123 4567"
        case .store: "~/keywork-records"
        case .theme: "high-contrast"
        case .language: "en"
        case .guideFolder: "~/agency-guides"
        case .allowDraftGuides: "true"
        case .archive: "postgresql://archive.example.org/keywork?sslmode=verify-full"
        case .copyFolder: "~/Documents/keywork"
        }
    }

    /// The value as it will be used (a leading `~/` becomes the home folder), or why it is not allowed.
    public func validate(_ value: String, home: String?) -> Result<String, ConfigValueProblem> {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            return .failure(ConfigValueProblem(message: "\(rawValue) is empty", note: fixNote))
        }
        guard !trimmed.contains(where: \.isNewline) else {
            return .failure(ConfigValueProblem(message: "\(rawValue) must be on one line", note: fixNote))
        }
        // A name or path with ESC or a bidirectional override in it would reach the screen and the records.
        if let acting = TerminalText.firstActingScalar(in: trimmed) {
            return .failure(
                ConfigValueProblem(
                    message: "\(rawValue) holds \(TerminalText.visible(acting)), a control character", note: fixNote))
        }
        switch self {
        case .agencyPhone:
            guard trimmed.count <= 40, trimmed.contains(where: \.isNumber) else {
                return .failure(
                    ConfigValueProblem(
                        message: "agency_phone '\(trimmed)' is not a phone number",
                        note: "give the number clients call, up to 40 characters, for example: agency_phone: \(example)"
                    ))
            }
            return .success(trimmed)
        case .allowDraftGuides:
            guard trimmed == "true" || trimmed == "false" else {
                return .failure(
                    ConfigValueProblem(
                        message: "allow_draft_guides must be true or false, not '\(trimmed)'",
                        note: "write allow_draft_guides: true to run draft guides without a warning, or false"))
            }
            return .success(trimmed)
        case .archive:
            // libpq reads the settings themselves when it connects; a password in them is refused there.
            return .success(trimmed)
        case .keyworkerName, .keyworkerRole, .agencyName:
            guard trimmed.count <= 80 else {
                return .failure(
                    ConfigValueProblem(message: "\(rawValue) is longer than 80 characters", note: fixNote))
            }
            return .success(trimmed)
        case .theme:
            guard Theme(rawValue: trimmed) != nil else {
                return .failure(
                    ConfigValueProblem(message: "unknown theme '\(trimmed)'", note: "use one of: \(Theme.choices)"))
            }
            return .success(trimmed)
        case .language:
            guard Self.knownLanguages.contains(trimmed) else {
                return .failure(
                    ConfigValueProblem(
                        message: "unknown language '\(trimmed)'",
                        note: "use one of: \(Self.knownLanguages.joined(separator: ", "))"))
            }
            return .success(trimmed)
        case .store, .guideFolder, .copyFolder:
            if trimmed == "~" || trimmed.hasPrefix("~/") {
                guard let home, !home.isEmpty else {
                    return .failure(
                        ConfigValueProblem(message: "\(rawValue) starts with ~ but HOME is not set", note: fixNote))
                }
                return .success(home + trimmed.dropFirst())
            }
            guard trimmed.hasPrefix("/") else {
                return .failure(
                    ConfigValueProblem(
                        message: "\(rawValue) '\(trimmed)' is not a full path",
                        note: "give a path that starts with / or ~/, for example: \(rawValue): \(example)"))
            }
            return .success(trimmed)
        }
    }

    private var fixNote: String { "give one line of text, for example: \(rawValue): \(example)" }

    public static func < (lhs: ConfigKey, rhs: ConfigKey) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// Why a config value is not allowed, and how to fix it.
public struct ConfigValueProblem: Error, Sendable, Equatable {
    public var message: String
    public var note: String
}

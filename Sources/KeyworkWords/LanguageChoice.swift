/// Which language to speak, from the first place that names one: `--language`, then
/// `KEYWORK_LANGUAGE`, then the config, then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, in POSIX
/// order), else English. A code given on purpose must be known; a locale Keywork has no words for
/// quietly means English, because the locale is set for every program, not for Keywork.
public enum LanguageChoice {
    /// A language code Keywork has no words for, given with `--language`, `KEYWORK_LANGUAGE` or the config.
    public struct UnknownLanguage: Error, Sendable, Equatable, CustomStringConvertible {
        public var code: String
        /// Where the code came from: "--language", "KEYWORK_LANGUAGE" or "config".
        public var source: String

        public var description: String {
            "unknown language '\(code)' (from \(source)); available: \(LanguageChoice.available)"
        }
    }

    /// The codes Keywork has words for, with their names: "en (English), pl (polski)".
    public static var available: String {
        Language.allCases.map { "\($0.code) (\($0.nativeName))" }.joined(separator: ", ")
    }

    public static func choose(
        flag: String?, environment: [String: String], configured: String? = nil
    ) throws(UnknownLanguage) -> Language {
        let chosen: [(String?, String)] = [
            (flag, "--language"), (environment["KEYWORK_LANGUAGE"], "KEYWORK_LANGUAGE"), (configured, "config"),
        ]
        for case (let code?, let source) in chosen where !code.isEmpty {
            guard let language = Language(code: code) else { throw UnknownLanguage(code: code, source: source) }
            return language
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let locale = environment[name], !locale.isEmpty else { continue }
            // The first locale variable set decides, as in POSIX; "C" or an unknown one means English.
            return Language(code: locale) ?? .english
        }
        return .english
    }
}

/// Where a setting's value came from; the first that gives one wins, in the order of `Settings`.
public enum SettingSource: Sendable, Equatable, CustomStringConvertible {
    /// An option on the command line, e.g. `--theme`.
    case commandLine(option: String)
    /// An environment variable, e.g. `KEYWORK_STORE`.
    case environment(variable: String)
    /// The config file, at a line.
    case configFile(path: String, line: Int)
    /// Keywork's own default, with a word on what it is.
    case builtIn(String)
    /// Nothing sets it.
    case unset

    public var description: String {
        switch self {
        case .commandLine(let option): "command line (\(option))"
        case .environment(let variable): "environment (\(variable))"
        case .configFile(let path, let line): line > 0 ? "config file (\(path):\(line))" : "config file (\(path))"
        case .builtIn(let what): "default (\(what))"
        case .unset: "not set"
        }
    }
}

/// One setting's value and where it came from.
public struct Setting: Sendable, Equatable {
    public var key: ConfigKey
    public var value: String?
    public var source: SettingSource

    public init(key: ConfigKey, value: String?, source: SettingSource) {
        self.key = key
        self.value = value
        self.source = source
    }
}

/// The settings a command runs with: command-line option, then environment, then config file, then
/// default. NO_COLOR is the one exception: it forces the monochrome theme whatever else is chosen.
public struct Settings: Sendable {
    public var config: ConfigFile
    /// Values given as options, with the option's name.
    public var commandLine: [ConfigKey: (value: String, option: String)]
    public var environment: [String: String]
    /// Keywork's defaults, with a word on what each is.
    public var defaults: [ConfigKey: (value: String, what: String)]

    public init(
        config: ConfigFile, commandLine: [ConfigKey: (value: String, option: String)] = [:],
        environment: [String: String], defaults: [ConfigKey: (value: String, what: String)] = [:]
    ) {
        self.config = config
        self.commandLine = commandLine
        self.environment = environment
        self.defaults = defaults
    }

    /// The environment variables each setting reads, in order.
    public static func environmentVariables(for key: ConfigKey) -> [String] {
        switch key {
        case .store: ["KEYWORK_STORE"]
        case .theme: ["KEYWORK_THEME"]
        case .language: ["KEYWORK_LANGUAGE"]
        case .allowDraftGuides: ["KEYWORK_ALLOW_DRAFT_GUIDES"]
        case .archive: ["KEYWORK_ARCHIVE"]
        case .keyworkerName, .keyworkerRole, .agencyName, .agencyPhone, .guideFolder, .copyFolder: []
        }
    }

    /// Whether draft guides run without the warning before their first screen (`allow_draft_guides: true`).
    public var allowsDraftGuides: Bool { setting(.allowDraftGuides).value == "true" }

    public func setting(_ key: ConfigKey) -> Setting {
        if key == .theme, !(environment["NO_COLOR"] ?? "").isEmpty {
            return Setting(key: key, value: "monochrome", source: .environment(variable: "NO_COLOR"))
        }
        if let given = commandLine[key] {
            return Setting(key: key, value: given.value, source: .commandLine(option: given.option))
        }
        for variable in Self.environmentVariables(for: key) {
            if let value = environment[variable], !value.isEmpty {
                return Setting(key: key, value: value, source: .environment(variable: variable))
            }
        }
        if let value = config.value(key, home: environment["HOME"]) {
            let line = config.locations[key]?.line ?? 0
            return Setting(key: key, value: value, source: .configFile(path: config.path, line: line))
        }
        if let fallback = defaults[key] {
            return Setting(key: key, value: fallback.value, source: .builtIn(fallback.what))
        }
        return Setting(key: key, value: nil, source: .unset)
    }

    /// The folder the end screen saves the client's copy in: `copy_folder`, else `$XDG_DOCUMENTS_DIR/keywork`, else
    /// `~/Documents/keywork`; nil when none can be worked out (no HOME).
    public var copyFolder: String? {
        setting(.copyFolder).value ?? Self.defaultCopyFolder(environment: environment)
    }

    /// `$XDG_DOCUMENTS_DIR/keywork`, else `~/Documents/keywork`; nil without either.
    public static func defaultCopyFolder(environment: [String: String]) -> String? {
        if let documents = environment["XDG_DOCUMENTS_DIR"], documents.hasPrefix("/") { return documents + "/keywork" }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return home + "/Documents/keywork"
    }

    /// Every setting, in the order of `ConfigKey.allCases`.
    public var all: [Setting] { ConfigKey.allCases.map(setting) }
}

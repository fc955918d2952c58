import Foundation
import KeyworkConfig
import KeyworkRecord
import KeyworkWords

/// The settings a command runs with, from its options, the environment, the config file and the defaults.
public enum RunSettings {
    /// The environment, copied once per run: Keywork never changes it, and each copy costs about a microsecond a
    /// variable, asked for a dozen times on the way to the first frame.
    public static let environment: [String: String] = ProcessInfo.processInfo.environment

    /// The config file's path: `$XDG_CONFIG_HOME/keywork/config.yaml`, else `~/.config/keywork/config.yaml`.
    public static var configPath: String {
        ConfigFile.defaultPath(environment: environment) ?? NSHomeDirectory() + "/.config/keywork/config.yaml"
    }

    /// The config file as it is on disk; a bad file is a located error (exit 65), never the defaults.
    public static func configFile() throws -> ConfigFile {
        try configFileAtStart.get()
    }

    /// Read and parsed once per run, however many option groups ask for a setting (the store, the theme, the
    /// language and the launcher all do, on the way to the first frame).
    private static let configFileAtStart: Result<ConfigFile, Failure> = {
        do throws(ConfigError) {
            return .success(try ConfigFile.load(path: configPath, home: environment["HOME"]))
        } catch {
            return .failure(Failure([error.diagnostic], status: error.kind == .cannotWrite ? .cannotCreate : .badData))
        }
    }()

    /// Keywork's language: `flag` (`--language`), then KEYWORK_LANGUAGE, the config's `language`, the locale, else
    /// English. An unknown code given on purpose is a usage error that lists the known ones.
    public static func language(flag: String?) throws -> Language {
        // Only a language the config file names counts here: its built-in default must not hide the locale.
        let setting = try load().setting(.language)
        var configured: String?
        if case .configFile = setting.source { configured = setting.value }
        do {
            return try LanguageChoice.choose(flag: flag, environment: environment, configured: configured)
        } catch {
            throw Failure(
                "unknown language '\(error.code)' (from \(error.source))",
                note: "available languages: \(LanguageChoice.available)", status: .usage)
        }
    }

    /// Every setting, with `commandLine` holding the options this command was given.
    public static func load(commandLine: [ConfigKey: (value: String, option: String)] = [:]) throws -> Settings {
        var withoutStore = environment
        withoutStore["KEYWORK_STORE"] = nil
        var defaults: [ConfigKey: (value: String, what: String)] = [
            .store: (Store.defaultRoot(environment: withoutStore), "the XDG data folder"),
            .theme: ("default", "built in"),
            .language: ("en", "built in"),
        ]
        defaults[.copyFolder] = Settings.defaultCopyFolder(environment: environment).map {
            ($0, "the documents folder")
        }
        return Settings(
            config: try configFile(), commandLine: commandLine, environment: environment, defaults: defaults)
    }
}

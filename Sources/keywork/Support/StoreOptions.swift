import ArgumentParser
import Foundation
import KeyworkApp
import KeyworkConfig
import KeyworkRecord
import KeyworkScreen
import KeyworkWords

/// `--store DIR`, shared by every command that reads or writes records.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The folder that holds keys and sessions.",
            discussion:
                "Defaults to KEYWORK_STORE, else `store` in the config file, else $XDG_DATA_HOME/keywork, "
                + "else ~/.local/share/keywork.",
            valueName: "DIR"))
    var store: String?

    /// The store root this command uses; a bad config file is an error here, not a silent default.
    var root: String {
        get throws {
            let settings = try RunSettings.load(commandLine: store.map { [.store: ($0, "--store")] } ?? [:])
            return settings.setting(.store).value ?? Store.defaultRoot(environment: RunSettings.environment)
        }
    }

    /// The keys this computer trusts, read from its own store only (nothing is created when it has none yet).
    /// The keys of a `checked` store are never trusted; its device key is only named when it sealed something.
    func trust(requireTrusted: Bool = false, naming checked: Store? = nil) throws -> VerificationTrust {
        let own = Store(root: try root)
        do throws(RecordError) {
            let trust = try VerificationTrust.of(store: own, requireTrusted: requireTrusted)
            return checked.map { trust.naming(keyOf: $0) } ?? trust
        } catch {
            throw Failure(error, status: ExitStatus(readingKeys: error))
        }
    }
}

extension Theme: ExpressibleByArgument {}

/// `--plain`, `--speak`, `--theme`, `--no-color` and `--language`, shared by every command that draws the screen.
struct DisplayOptions: ParsableArguments {
    @Flag(name: .long, help: "Line-by-line mode for screen readers and dumb terminals (also ACCESSIBLE=1).")
    var plain = false

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "Read each new screen aloud with espeak-ng. F5 (or `read` with --plain) reads the screen on show.",
            discussion: "Does nothing but say so when espeak-ng is not installed."))
    var speak = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "How the screen looks.",
            discussion: "Defaults to KEYWORK_THEME, else `theme` in the config file, else default.",
            valueName: "THEME"))
    var theme: Theme?

    @Flag(name: .long, help: "No colour: the monochrome theme. NO_COLOR in the environment does the same.")
    var noColor = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The language of Keywork's own words on screen: en or pl.",
            discussion: """
                Defaults to KEYWORK_LANGUAGE, else `language` in the config file, else the locale (LC_ALL, \
                LC_MESSAGES, LANG; pl_PL.UTF-8 means pl), else en. Guides are shown in their own language.
                """,
            valueName: "CODE"))
    var language: String?

    var environment: [String: String] { RunSettings.environment }

    /// The program's own words in the chosen language; an unknown code is a usage error that lists the known ones.
    func words() throws -> Words {
        Words(try RunSettings.language(flag: language))
    }

    var wantsPlain: Bool { plain || !(environment["ACCESSIBLE"] ?? "").isEmpty }

    /// The theme to draw in: --no-color and NO_COLOR force monochrome; then --theme, KEYWORK_THEME,
    /// the config file, and the default theme.
    func chosenTheme() throws -> Theme {
        var commandLine: [ConfigKey: (value: String, option: String)] = [:]
        if let theme { commandLine[.theme] = (theme.rawValue, "--theme") }
        if noColor { commandLine[.theme] = (Theme.monochrome.rawValue, "--no-color") }
        let setting = try RunSettings.load(commandLine: commandLine).setting(.theme)
        guard let name = setting.value else { return .default }
        guard let theme = Theme(rawValue: name) else {
            throw Failure(
                "unknown theme '\(name)' (from \(setting.source))", note: "use one of: \(Theme.choices)",
                status: .usage)
        }
        return theme
    }
}

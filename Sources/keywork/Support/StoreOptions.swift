import ArgumentParser
import Foundation
import KeyworkRecord
import KeyworkWords

/// `--store DIR`, shared by every command that reads or writes records.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The folder that holds keys and sessions.",
            discussion: "Defaults to KEYWORK_STORE, else $XDG_DATA_HOME/keywork, else ~/.local/share/keywork.",
            valueName: "DIR"))
    var store: String?

    /// The store root this command uses.
    var root: String {
        store ?? Store.defaultRoot(environment: ProcessInfo.processInfo.environment)
    }
}

/// `--plain`, `--no-color` and `--language`, shared by every command that draws the screen.
struct DisplayOptions: ParsableArguments {
    @Flag(name: .long, help: "Line-by-line mode for screen readers and dumb terminals (also ACCESSIBLE=1).")
    var plain = false

    @Flag(name: .long, help: "No colour. NO_COLOR in the environment does the same.")
    var noColor = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The language of Keywork's own words on screen: en or pl.",
            discussion: """
                Defaults to KEYWORK_LANGUAGE, else the locale (LC_ALL, LC_MESSAGES, LANG; pl_PL.UTF-8 means pl), \
                else en. Guides are shown in their own language.
                """,
            valueName: "CODE"))
    var language: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The program's own words in the chosen language; an unknown code is a usage error that lists the known ones.
    func words() throws -> Words {
        do {
            return Words(try LanguageChoice.choose(flag: language, environment: environment))
        } catch {
            throw Failure(
                "unknown language '\(error.code)' (from \(error.source))",
                note: "available languages: \(LanguageChoice.available)", status: .usage)
        }
    }

    var wantsPlain: Bool { plain || !(environment["ACCESSIBLE"] ?? "").isEmpty }
    var wantsNoColor: Bool { noColor || !(environment["NO_COLOR"] ?? "").isEmpty }
}

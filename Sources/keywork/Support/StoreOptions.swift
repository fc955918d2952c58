import ArgumentParser
import Foundation
import KeyworkRecord

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

/// `--plain`, `--speak` and `--no-color`, shared by every command that draws the screen.
struct DisplayOptions: ParsableArguments {
    @Flag(name: .long, help: "Line-by-line mode for screen readers and dumb terminals (also ACCESSIBLE=1).")
    var plain = false

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "Read each new screen aloud with espeak-ng. F5 (or `read` with --plain) reads the screen on show.",
            discussion: "Does nothing but say so when espeak-ng is not installed."))
    var speak = false

    @Flag(name: .long, help: "No colour. NO_COLOR in the environment does the same.")
    var noColor = false

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var wantsPlain: Bool { plain || !(environment["ACCESSIBLE"] ?? "").isEmpty }
    var wantsNoColor: Bool { noColor || !(environment["NO_COLOR"] ?? "").isEmpty }
}

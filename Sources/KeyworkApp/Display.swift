import KeyworkRecord
import KeyworkScreen

/// How the screens are shown and what the launcher may read from around it: chosen by the command line, the
/// environment and the config file, and handed in by the `keywork` executable (or a test).
public struct Display {
    /// The line-by-line mode (`--plain`, `ACCESSIBLE=1`) rather than the full screen.
    public var plain: Bool
    /// Read each new screen aloud (`--speak`).
    public var speak: Bool
    /// The environment: the terminal's variables for ncurses, PATH for speech.
    public var environment: [String: String]
    /// The full screen's theme, asked for only when the full screen opens, so a bad theme never stops `--plain`.
    public var theme: () throws -> Theme
    /// Faults to inject in the journal's file operations; none outside tests (see `FileFaults`).
    public var faults: FileFaults

    public init(
        plain: Bool, speak: Bool = false, environment: [String: String],
        theme: @escaping () throws -> Theme = {
            .default
        }, faults: FileFaults = FileFaults()
    ) {
        self.plain = plain
        self.speak = speak
        self.environment = environment
        self.theme = theme
        self.faults = faults
    }
}

/// How the screen's style roles are shown: the name a keyworker picks with `--theme` or the config.
/// The screen layer only marks cells with a `StyleRole`; the terminal turns role and theme into
/// attributes and colours, so every theme shows the same words and marks (`>`, `!`, `[x]`).
public enum Theme: String, Sendable, Equatable, CaseIterable {
    /// Bold, reverse and underline, with a few colours where the terminal has them.
    case `default`
    /// Bright text on black, bold wherever there is meaning, and never dim.
    case highContrast = "high-contrast"
    /// Attributes only, no colour: chosen by NO_COLOR and `--no-color` too.
    case monochrome

    /// The names to choose from, for help and errors: "default, high-contrast, monochrome".
    public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The theme a terminal shows: monochrome whenever colour is off, whatever was chosen.
    public func shown(colorAvailable: Bool) -> Theme {
        colorAvailable ? self : .monochrome
    }
}

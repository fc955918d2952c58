/// How the screen's style roles are shown: the name a keyworker picks with `--theme` or the config.
/// The screen layer only marks cells with a `StyleRole`; the terminal turns role and theme into
/// attributes and colours, so every theme shows the same words and marks (`>`, `!`, `[x]`).
public enum Theme: String, Sendable, Equatable, CaseIterable {
    /// The terminal's own colours with bold, reverse and underline; cautions black on yellow.
    case `default`
    /// Bold and underline wherever there is meaning, reverse video and bold for the selection and the
    /// footer, cautions black on bright yellow (never bold, which many terminals draw as grey).
    case highContrast = "high-contrast"
    /// Attributes only, no colour (cautions are bold): chosen by NO_COLOR and `--no-color` too.
    case monochrome

    /// The names to choose from, for help and errors: "default, high-contrast, monochrome".
    public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The theme a terminal shows: monochrome whenever colour is off, whatever was chosen.
    public func shown(colorAvailable: Bool) -> Theme {
        colorAvailable ? self : .monochrome
    }
}

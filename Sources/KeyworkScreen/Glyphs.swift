import KeyworkWords

/// How a frame may draw: with Unicode box lines and arrows, or ASCII only for terminals without UTF-8,
/// and in which language the program's own words are said.
public struct RenderOptions: Sendable, Equatable {
    /// False draws every glyph of Keywork's own in ASCII; guide text is still shown as given.
    public var unicode: Bool
    /// The program's own words (footer, help, hints); guide text is shown as the guide gives it.
    public var words: Words
    /// How guide text's `{key:NAME}` actions are named; the full screen names the keys.
    public var actionNaming: ActionNaming
    /// The function keys (1–12) the terminal has: a key it lacks is not offered, or its other key is.
    public var functionKeys: Set<Int>

    public init(
        unicode: Bool = true, words: Words = .english, actionNaming: ActionNaming = .keys,
        functionKeys: Set<Int> = Set(1...12)
    ) {
        self.unicode = unicode
        self.words = words
        self.actionNaming = actionNaming
        self.functionKeys = functionKeys
    }
}

/// The glyphs Keywork draws itself, in Unicode or ASCII.
struct Glyphs {
    let horizontal: String
    let vertical: String
    let topLeft: String
    let topRight: String
    let bottomLeft: String
    let bottomRight: String
    let cross: String
    let teeDown: String
    let teeUp: String
    let bullet: String
    let up: String
    let down: String
    let upDown: String
    let leftRight: String
    let times: String
    let tick: String
    /// Marks where text was cut to fit.
    let ellipsis: String
    /// The up and down arrows as the help box names them; ASCII key names stay English, as ASCII.
    let arrowKeys: String
    /// The function keys the terminal has.
    let functionKeys: Set<Int>

    init(_ options: RenderOptions) {
        functionKeys = options.functionKeys
        if options.unicode {
            (horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight) = ("─", "│", "┌", "┐", "└", "┘")
            (cross, teeDown, teeUp, bullet) = ("┼", "┬", "┴", "•")
            (up, down, upDown, leftRight, times, tick) = ("↑", "↓", "↑↓", "← →", "×", "✓")
            arrowKeys = "↑ ↓"
            ellipsis = "…"
        } else {
            (horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight) = ("-", "|", "+", "+", "+", "+")
            (cross, teeDown, teeUp, bullet) = ("+", "+", "+", "*")
            (up, down, upDown, leftRight, times, tick) = ("^", "v", "Up/Down", "Left/Right", "x", "*")
            arrowKeys = "Up Down"
            ellipsis = "..."
        }
    }
}

extension Glyphs {
    /// `F2` when the terminal has that function key; nil when it has not, so nothing offers it.
    func functionKey(_ number: Int) -> String? {
        functionKeys.contains(number) ? "F\(number)" : nil
    }

    /// Help: F1, or `?` on a terminal without it.
    var helpKey: String { functionKey(1) ?? "?" }
    /// Privacy: F9, or Ctrl-P on a terminal without it.
    var privacyKey: String { functionKey(9) ?? "Ctrl-P" }
    /// Pause: F10, or Ctrl-Q on a terminal without it (vt100).
    var pauseKey: String { functionKey(10) ?? "Ctrl-Q" }
}

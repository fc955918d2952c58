import KeyworkScreen

/// How a style role looks in a theme: text attributes and, when the theme has colours, a colour pair.
/// Pure, so tests can check that meaning never rests on colour alone (every theme's selection is
/// reverse video, and the words and marks `>`, `!`, `[x]` are the same in all of them) and that every
/// role is readable on a light and on a dark terminal (ThemeContrastTests).
///
/// Text is drawn in the terminal's own foreground and background (`use_default_colors`), which the
/// person chose to read by; structure is bold, underline and reverse video. A colour pair always sets
/// both its foreground and its background, so it reads the same on any background, and is never bold:
/// many terminals (xterm among them) draw bold black as grey.
public struct StyleAttributes: Sendable, Equatable {
    /// Text attributes that every terminal with cursor addressing can show.
    public struct Attributes: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let bold = Attributes(rawValue: 1 << 0)
        public static let reverse = Attributes(rawValue: 1 << 1)
        public static let underline = Attributes(rawValue: 1 << 2)
        public static let dim = Attributes(rawValue: 1 << 3)
    }

    /// The colour pairs Keywork uses; the raw value is the ncurses pair number.
    public enum Color: Int16, Sendable, CaseIterable {
        /// Default theme: black on yellow, for cautions.
        case warning = 1
        /// High contrast: black on bright yellow, for cautions.
        case contrastWarning = 2

        /// The one letter a golden file uses for this colour.
        public var mark: Character {
            switch self {
            case .warning: "w"
            case .contrastWarning: "y"
            }
        }

        /// The foreground's colour number (0 black … 7 white, 8–15 their bright forms).
        public var foreground: Int16 { 0 }

        /// The background's colour number on a terminal with `colors` colours: bright yellow (11)
        /// needs 16, so an 8-colour terminal shows yellow (3).
        public func background(colors: Int) -> Int16 {
            switch self {
            case .warning: 3
            case .contrastWarning: colors >= 16 ? 11 : 3
            }
        }
    }

    public var attributes: Attributes
    /// nil: the terminal's default colour.
    public var color: Color?

    public init(_ attributes: Attributes, color: Color? = nil) {
        self.attributes = attributes
        self.color = color
    }

    /// The look of a role in a theme.
    public static func `for`(_ role: StyleRole, theme: Theme) -> StyleAttributes {
        switch theme {
        case .default: standard(role)
        case .monochrome: monochrome(role)
        case .highContrast: highContrast(role)
        }
    }

    /// The look of a role in the default theme, or in monochrome when `useColor` is false.
    public static func `for`(_ role: StyleRole, color useColor: Bool) -> StyleAttributes {
        self.for(role, theme: useColor ? .default : .monochrome)
    }

    // Dim text is hard to read with poor eyesight, and many terminals draw it as grey that fails
    // the contrast bar on white, so no theme dims: hints are plain text, set apart by their place.
    private static func standard(_ role: StyleRole) -> StyleAttributes {
        switch role {
        case .normal, .dim, .border: StyleAttributes([])
        case .title, .emphasis: StyleAttributes(.bold)
        case .selected, .footer: StyleAttributes(.reverse)
        case .warning: StyleAttributes([], color: .warning)
        case .input: StyleAttributes(.underline)
        }
    }

    /// The default theme without colour: cautions are bold instead of black on yellow.
    private static func monochrome(_ role: StyleRole) -> StyleAttributes {
        role == .warning ? StyleAttributes(.bold) : StyleAttributes(standard(role).attributes)
    }

    private static func highContrast(_ role: StyleRole) -> StyleAttributes {
        switch role {
        case .normal, .dim: StyleAttributes([])
        case .title: StyleAttributes([.bold, .underline])
        case .emphasis, .border: StyleAttributes(.bold)
        case .selected, .footer: StyleAttributes([.reverse, .bold])
        case .warning: StyleAttributes([], color: .contrastWarning)
        case .input: StyleAttributes([.underline, .bold])
        }
    }
}

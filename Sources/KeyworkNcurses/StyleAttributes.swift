import KeyworkScreen

/// How a style role looks in a theme: text attributes and, when the theme has colours, a colour pair.
/// Pure, so tests can check that meaning never rests on colour alone: every theme's selection is
/// reverse video, and the words and marks (`>`, `!`, `[x]`) are the same in all of them.
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
        /// Default theme: cyan titles, on the terminal's own background.
        case title = 1
        /// Default theme: yellow cautions, on the terminal's own background.
        case warning = 2
        /// Default theme: blue overlay frames, on the terminal's own background.
        case border = 3
        /// High contrast: white on black, for all text, whatever the terminal's own colours are.
        case contrastText = 4
        /// High contrast: black on yellow, for cautions.
        case contrastWarning = 5

        /// The one letter a golden file uses for this colour.
        public var mark: Character {
            switch self {
            case .title: "t"
            case .warning: "w"
            case .border: "b"
            case .contrastText: "h"
            case .contrastWarning: "y"
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
        case .monochrome: StyleAttributes(standard(role).attributes)
        case .highContrast: highContrast(role)
        }
    }

    /// The look of a role in the default theme, or in monochrome when `useColor` is false.
    public static func `for`(_ role: StyleRole, color useColor: Bool) -> StyleAttributes {
        self.for(role, theme: useColor ? .default : .monochrome)
    }

    private static func standard(_ role: StyleRole) -> StyleAttributes {
        switch role {
        case .normal: StyleAttributes([])
        case .title: StyleAttributes(.bold, color: .title)
        case .emphasis: StyleAttributes(.bold)
        case .selected: StyleAttributes(.reverse)
        case .footer: StyleAttributes(.reverse)
        case .dim: StyleAttributes(.dim)
        case .warning: StyleAttributes(.bold, color: .warning)
        case .input: StyleAttributes(.underline)
        case .border: StyleAttributes([], color: .border)
        }
    }

    // Dim text is hard to read for poor eyesight, so high contrast never dims; hints stay plain text.
    private static func highContrast(_ role: StyleRole) -> StyleAttributes {
        switch role {
        case .normal, .dim: StyleAttributes([], color: .contrastText)
        case .title: StyleAttributes([.bold, .underline], color: .contrastText)
        case .emphasis: StyleAttributes(.bold, color: .contrastText)
        case .selected, .footer: StyleAttributes([.reverse, .bold], color: .contrastText)
        case .warning: StyleAttributes(.bold, color: .contrastWarning)
        case .input: StyleAttributes([.underline, .bold], color: .contrastText)
        case .border: StyleAttributes(.bold, color: .contrastText)
        }
    }
}

import KeyworkScreen

/// How a style role looks: text attributes and, when colours are on, a colour. Pure, so tests can
/// check that the selection is reverse video with colour and without.
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

    /// The foreground colours Keywork uses, each an ncurses colour pair on the default background.
    public enum Color: Int16, Sendable, CaseIterable {
        case title = 1
        case warning = 2
        case border = 3
    }

    public var attributes: Attributes
    /// nil: the terminal's default colour.
    public var color: Color?

    public init(_ attributes: Attributes, color: Color? = nil) {
        self.attributes = attributes
        self.color = color
    }

    /// The look of a role; meaning never rests on colour alone (`selected` is always reverse).
    public static func `for`(_ role: StyleRole, color useColor: Bool) -> StyleAttributes {
        let look: StyleAttributes
        switch role {
        case .normal: look = StyleAttributes([])
        case .title: look = StyleAttributes(.bold, color: .title)
        case .emphasis: look = StyleAttributes(.bold)
        case .selected: look = StyleAttributes(.reverse)
        case .footer: look = StyleAttributes(.reverse)
        case .dim: look = StyleAttributes(.dim)
        case .warning: look = StyleAttributes(.bold, color: .warning)
        case .input: look = StyleAttributes(.underline)
        case .border: look = StyleAttributes([], color: .border)
        }
        return useColor ? look : StyleAttributes(look.attributes)
    }
}

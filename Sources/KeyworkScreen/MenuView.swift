import KeyworkWords

/// A list to choose from, such as the home screen: ↑↓ and Enter, or a digit; Esc or F10 leaves.
public struct MenuView: Sendable, Equatable {
    public enum Result: Sendable, Equatable {
        /// Nothing chosen yet; draw again.
        case none
        case chosen(Int)
        case cancelled
    }

    public var title: String
    public var items: [String]
    /// Lines shown above the items, such as what the program is for.
    public var description: [String]
    /// Lines shown large and plain under the description, such as a receipt code to copy by hand.
    public var featured: [String] = []
    public var highlight: Int
    /// Why the last choice did nothing, shown above the footer as a warning.
    public var notice: String?
    /// A calm line that the last choice was done, shown where a notice would be when there is none.
    public var confirmation: String?
    /// Esc goes back one step (a picker) rather than leaving (the home screen); the footer says which.
    public var escapeGoesBack = false

    public init(
        title: String, items: [String], description: [String] = [], highlight: Int = 0, notice: String? = nil
    ) {
        self.title = title
        self.items = items
        self.description = description
        self.highlight = highlight
        self.notice = notice
    }

    /// Puts in items worked out later (the home screen's counts) when they are as many as the menu's, so that each
    /// keeps its place and the highlight stays on the item seen; otherwise, or for nil, the menu keeps its own.
    public mutating func replaceItems(withLater later: [String]?) {
        guard let later, later.count == items.count else { return }
        items = later
    }

    public mutating func handle(_ key: Key) -> Result {
        guard !items.isEmpty else { return key == .escape || key == .function(10) ? .cancelled : .none }
        switch key {
        case .up: highlight = max(0, highlight - 1)
        case .down: highlight = min(items.count - 1, highlight + 1)
        case .home, .pageUp: highlight = 0
        case .end, .pageDown: highlight = items.count - 1
        case .enter: return .chosen(min(max(0, highlight), items.count - 1))
        case .escape, .function(10): return .cancelled
        case .control(let letter) where letter.lowercased() == "q": return .cancelled
        case .character(let character):
            if let number = character.wholeNumberValue, number >= 1, number <= min(9, items.count) {
                highlight = number - 1
                return .chosen(number - 1)
            }
        default:
            break
        }
        return .none
    }

    public func render(size: TerminalSize, options: RenderOptions) -> Frame {
        let glyphs = Glyphs(options)
        var body = Body(width: PageChrome.bodyWidth(size), options: options)
        for line in description { body.text(line) }
        if !featured.isEmpty {
            body.gap()
            for line in featured { body.text(line, role: .emphasis, indent: 2) }
        }
        body.gap()
        for (index, item) in items.enumerated() {
            let highlighted = index == highlight
            body.item(item, mark: index < 9 ? "\(index + 1)." : "  ", highlighted: highlighted)
        }
        let words = options.words
        let footer = [
            FooterKey(words[.keyEnter], words[.footerChoose], priority: 0),
            FooterKey(glyphs.upDown, words[.footerMove], priority: 1),
            FooterKey("1-\(min(9, max(1, items.count)))", words[.footerPick], priority: 3),
            FooterKey(words[.keyEscape], words[escapeGoesBack ? .footerBack : .footerLeave], priority: 2),
            DialogHelp.footerKey(options, priority: 2),
        ]
        let page = Page(
            title: title, position: nil, body: body, scroll: 0, footer: footer, notice: notice,
            confirmation: confirmation)
        return PageChrome.frame(page, size: size, options: options)
    }
}

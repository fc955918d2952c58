import KeyworkWords

/// One question and a typed answer, such as the keyworker's name on the first run.
public struct PromptView: Sendable, Equatable {
    public enum Result: Sendable, Equatable {
        /// Still typing; draw again.
        case none
        /// The typed text, with spaces at the ends removed; never empty.
        case submitted(String)
        case cancelled
    }

    public var title: String
    /// What is asked and why, e.g. "What is your name? It is remembered on this computer."
    public var explanation: [String]
    public var field: TextField
    public var notice: String?
    /// The program's own words for the footer and hints; the title and explanation come already said.
    public var words: Words
    /// Enter on an empty field submits "" instead of asking for something first.
    public var allowsEmpty = false

    public init(title: String, explanation: [String], text: String = "", words: Words = .english) {
        self.title = title
        self.explanation = explanation
        self.field = TextField(text)
        self.notice = nil
        self.words = words
    }

    public mutating func handle(_ key: Key) -> Result {
        notice = nil
        switch key {
        case .enter:
            let text = field.text.trimmingSpaces()
            guard !text.isEmpty || allowsEmpty else {
                notice = words[.typeSomethingFirst]
                return .none
            }
            return .submitted(text)
        case .escape:
            return .cancelled
        default:
            _ = field.edit(key)
            return .none
        }
    }

    public func render(size: TerminalSize, options: RenderOptions) -> Frame {
        var body = Body(width: PageChrome.bodyWidth(size), options: options)
        for line in explanation { body.text(line) }
        body.gap()
        body.field(field, active: true, indent: 0)
        let words = options.words
        let footer = [
            FooterKey(words[.keyEnter], words[.footerDone], priority: 0),
            FooterKey(words[.keyEscape], words[.footerCancel], priority: 1),
        ]
        let page = Page(title: title, position: nil, body: body, scroll: 0, footer: footer, notice: notice)
        return PageChrome.frame(page, size: size, options: options)
    }
}

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
    /// Enter on an empty field submits "" instead of asking for something first.
    public var allowsEmpty = false

    public init(title: String, explanation: [String], text: String = "") {
        self.title = title
        self.explanation = explanation
        self.field = TextField(text)
        self.notice = nil
    }

    public mutating func handle(_ key: Key) -> Result {
        notice = nil
        switch key {
        case .enter:
            let text = field.text.trimmingSpaces()
            guard !text.isEmpty || allowsEmpty else {
                notice = "Please type something first, or press Esc to go back."
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
        let footer = [FooterKey("Enter", "Done", priority: 0), FooterKey("Esc", "Cancel", priority: 1)]
        let page = Page(title: title, position: nil, body: body, scroll: 0, footer: footer, notice: notice)
        return PageChrome.frame(page, size: size, options: options)
    }
}

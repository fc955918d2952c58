import KeyworkWords

/// Words to read and then dismiss, such as the final screen with the receipt code.
public struct MessageView: Sendable, Equatable {
    public enum Result: Sendable, Equatable {
        case none
        case dismissed
    }

    public var title: String
    /// Paragraphs; each is wrapped to the width, with a blank line between them.
    public var lines: [String]
    public var scroll: Int

    public init(title: String, lines: [String]) {
        self.title = title
        self.lines = lines
        self.scroll = 0
    }

    public mutating func handle(_ key: Key) -> Result {
        switch key {
        case .enter, .escape: return .dismissed
        case .up: scroll = max(0, scroll - 1)
        case .down: scroll += 1
        case .pageUp: scroll = max(0, scroll - 10)
        case .pageDown: scroll += 10
        default: break
        }
        return .none
    }

    public func render(size: TerminalSize, options: RenderOptions) -> Frame {
        var body = Body(width: PageChrome.bodyWidth(size), options: options)
        for line in lines {
            body.add(GuideText.lines(line, width: body.width, options: options))
            body.add(StyledLine())
        }
        let height = PageChrome.bodyHeight(size)
        let words = options.words
        var footer = [FooterKey(words[.keyEnter], words[.footerContinue], priority: 0)]
        if body.count - 1 > height {
            footer.append(FooterKey(Glyphs(options).upDown, words[.footerScroll], priority: 1))
        }
        let page = Page(title: title, position: nil, body: body, scroll: scroll, footer: footer, notice: nil)
        return PageChrome.frame(page, size: size, options: options)
    }
}

import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// Draws a session: the screen on show, laid out for the terminal, with any overlay on top.
public enum SessionScreen {
    /// Below this size only "Please make the window larger" is shown.
    public static let minimumSize = PageChrome.minimumSize

    /// The whole frame for a session and its view. Pure: the same inputs always give the same frame.
    public static func render(
        _ session: SessionState, _ view: ViewState, size: TerminalSize, options: RenderOptions
    ) -> Frame {
        // Privacy comes first, at any size: someone walked in, and nothing of the client may show.
        if session.isPrivate { return PageChrome.privacy(size: size, words: options.words) }
        if PageChrome.isTooSmall(size) { return PageChrome.tooSmall(size: size, options: options) }
        let page = page(session, view, size: size, options: options)
        var canvas = PageChrome.draw(page, size: size, options: options)
        if let overlay = view.overlay {
            OverlayBox.draw(overlay, into: &canvas, options: options)
            PageChrome.drawFooter(OverlayBox.footer(overlay, words: options.words), into: &canvas)
        }
        return canvas.frame
    }

    static func page(_ session: SessionState, _ view: ViewState, size: TerminalSize, options: RenderOptions) -> Page {
        let width = PageChrome.bodyWidth(size)
        let progress = session.progress
        let words = options.words
        let counts: [String: WordArgument] = ["position": .number(progress.position), "total": .number(progress.total)]
        let position = progress.total > 0 ? words(.screenPosition, counts) : nil
        let shortPosition = progress.total > 0 ? words(.screenPositionShort, counts) : nil
        guard let screen = session.currentScreen else {
            var body = Body(width: width, options: options)
            body.text(words[session.status == .complete ? .sessionComplete : .nothingToShow])
            return Page(
                title: session.guide.title, position: position, shortPosition: shortPosition, body: body, scroll: 0,
                footer: [], notice: view.notice)
        }
        let body = ScreenLayout.body(for: screen, session: session, view: view, width: width, options: options)
        let noticeLines = PageChrome.noticeLines(view.notice, size: size).count
        let scrollable = body.count > PageChrome.bodyHeight(size, noticeLines: noticeLines)
        let narrow: Bool
        if case .compare(let compare) = screen.content {
            narrow = !CompareLayout.fitsSideBySide(compare, width: width, words: words) && compare.options.count > 1
        } else {
            narrow = false
        }
        let footer = SessionFooter.keys(
            for: screen, session: session, view: view, scrollable: scrollable, narrowCompare: narrow,
            glyphs: Glyphs(options), words: words)
        return Page(
            title: session.guide.title, position: position, shortPosition: shortPosition, body: body,
            scroll: view.scroll, footer: footer, notice: view.notice)
    }

    /// The furthest the body can scroll at the view's terminal size, so scrolling keys stop at the end.
    static func maximumScroll(_ session: SessionState, _ view: ViewState) -> Int {
        let size = view.terminalSize
        guard let screen = session.currentScreen, !PageChrome.isTooSmall(size) else { return 0 }
        let body = ScreenLayout.body(
            for: screen, session: session, view: view, width: PageChrome.bodyWidth(size),
            options: RenderOptions(words: view.words))
        return max(0, body.count - PageChrome.bodyHeight(size))
    }
}

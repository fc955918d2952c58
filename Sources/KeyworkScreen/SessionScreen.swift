import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// Draws a session: the screen on show, laid out for the terminal, with any overlay on top.
public enum SessionScreen {
    /// Below this size only "Please make the window larger" is shown.
    public static let minimumSize = PageChrome.minimumSize

    /// Whether a window of this size shows only "Please make the window larger".
    public static func isTooSmall(_ size: TerminalSize) -> Bool { PageChrome.isTooSmall(size) }

    /// The whole frame for a session and its view. Pure: the same inputs always give the same frame.
    public static func render(
        _ session: SessionState, _ view: ViewState, size: TerminalSize, options: RenderOptions
    ) -> Frame {
        // Privacy comes first, at any size: someone walked in, and nothing of the client may show.
        if session.isPrivate { return PageChrome.privacy(size: size, options: options) }
        if PageChrome.isTooSmall(size) { return PageChrome.tooSmall(size: size, options: options) }
        let page = page(session, view, size: size, options: options)
        var canvas = PageChrome.draw(page, size: size, options: options)
        if let overlay = view.overlay {
            OverlayBox.draw(overlay, into: &canvas, options: options)
            PageChrome.drawFooter(
                OverlayBox.footer(overlay, words: options.words, glyphs: Glyphs(options)), into: &canvas)
        }
        return canvas.frame
    }

    static func page(_ session: SessionState, _ view: ViewState, size: TerminalSize, options: RenderOptions) -> Page {
        let width = PageChrome.bodyWidth(size)
        let progress = session.progress
        let words = options.words
        let counts: [String: WordArgument] = ["position": .number(progress.position), "total": .number(progress.total)]
        let (long, short): (Phrase, Phrase) =
            progress.isEstimate
            ? (.screenPositionAbout, .screenPositionShortAbout) : (.screenPosition, .screenPositionShort)
        let position = progress.total > 0 ? words(long, counts) : nil
        let shortPosition = progress.total > 0 ? words(short, counts) : nil
        guard let screen = session.currentScreenAsShown else {
            var body = Body(width: width, options: options)
            body.text(words[session.status == .complete ? .sessionComplete : .nothingToShow])
            return Page(
                title: session.guide.title, position: position, shortPosition: shortPosition, body: body, scroll: 0,
                footer: [], notice: view.notice)
        }
        let body = ScreenLayout.body(
            for: screen, session: session, view: view, width: PageChrome.bodyWidth(size, for: screen), options: options)
        let noticeLines = PageChrome.noticeLines(view.notice, confirmation: view.confirmation, size: size).count
        let scrollable = body.count > PageChrome.bodyHeight(size, noticeLines: noticeLines)
        let narrow: Bool
        if case .compare(let compare) = screen.content {
            narrow = comparesOneAtATime(compare, size: size, words: words)
        } else {
            narrow = false
        }
        let height = PageChrome.bodyHeight(size, noticeLines: noticeLines)
        let viewport = Viewport(
            lineCount: body.count, pinned: body.pinned, height: height,
            top: PageChrome.scroll(body, requested: view.scroll, height: height))
        let footer = SessionFooter.keys(
            for: screen, session: session, view: view, scrollable: scrollable, moreBelow: viewport.hasMoreBelow,
            narrowCompare: narrow, glyphs: Glyphs(options), words: words)
        return Page(
            title: session.guide.title, position: position, shortPosition: shortPosition, body: body,
            scroll: view.scroll, footer: footer, notice: view.notice, confirmation: view.confirmation)
    }

    /// What a frame drawn now shows for the record: the compare options whose columns are drawn, and the
    /// page of an information, comparison or summary screen too long for the window. Nil when there is
    /// nothing new to record, or nothing of the screen shows (privacy, too small, a box over it, the
    /// question review).
    public static func shownAction(
        _ session: SessionState, _ view: ViewState, size: TerminalSize, options: RenderOptions
    ) -> SessionAction? {
        guard session.status == .inProgress, !session.isPrivate, !PageChrome.isTooSmall(size), view.overlay == nil,
            view.questionReview == nil, let screen = session.currentScreenAsShown
        else { return nil }
        var option: String?
        var drawnOptions: [String] = []
        switch screen.content {
        case .compare(let compare) where comparesOneAtATime(compare, size: size, words: options.words):
            let column = min(max(0, view.compareColumn), compare.options.count - 1)
            option = compare.options[column].id
            drawnOptions = [compare.options[column].id]
        case .compare(let compare):
            drawnOptions = compare.options.map(\.id)
        case .info, .summary:
            break
        default:
            return nil
        }
        let body = ScreenLayout.body(
            for: screen, session: session, view: view, width: PageChrome.bodyWidth(size, for: screen), options: options)
        let notice = PageChrome.noticeLines(view.notice, confirmation: view.confirmation, size: size)
        let height = PageChrome.bodyHeight(size, noticeLines: notice.count)
        let stops = Viewport.pageStops(lineCount: body.count, pinned: body.pinned, height: height)
        let top = PageChrome.scroll(body, requested: view.scroll, height: height)
        let number = stops.filter { $0 <= top }.count
        let page = ScreenPage(option: option, number: number, count: stops.count)
        let seenOptions = session.optionsShown[screen.id] ?? []
        let newOptions = drawnOptions.filter { !seenOptions.contains($0) }
        let newPage = stops.count > 1 && !(session.pagesShown[screen.id] ?? []).contains(page)
        guard !newOptions.isEmpty || newPage else { return nil }
        return .shown(options: newOptions, page: newPage ? page : nil)
    }

    /// Where Enter and the page keys stop on the screen on show at the view's terminal size, first to last;
    /// the last is the furthest the body can scroll, so scrolling keys stop at the end.
    static func pageStops(_ session: SessionState, _ view: ViewState) -> [Int] {
        let size = view.terminalSize
        guard let screen = session.currentScreenAsShown, !PageChrome.isTooSmall(size) else { return [0] }
        let body = ScreenLayout.body(
            for: screen, session: session, view: view, width: PageChrome.bodyWidth(size, for: screen),
            options: RenderOptions(words: view.words))
        return Viewport.pageStops(lineCount: body.count, pinned: body.pinned, height: PageChrome.bodyHeight(size))
    }

    /// Whether a comparison is shown one option at a time at this size.
    static func comparesOneAtATime(_ compare: CompareScreen, size: TerminalSize, words: Words) -> Bool {
        compare.options.count > 1
            && !CompareLayout.fitsSideBySide(compare, width: PageChrome.wholeWidth(size), words: words)
    }
}

import KeyworkWords

/// What one page shows, before it is fitted to the terminal: every full screen has this shape.
struct Page {
    /// The title line's left side.
    var title: String
    /// The title line's right side, such as "Screen 3 of 11".
    var position: String?
    /// The position the short way, such as "3/11", to leave a long title room on a narrow screen.
    var shortPosition: String? = nil
    var body: Body
    /// The first body line asked for; the page moves it to keep the focus in view.
    var scroll: Int
    var footer: [FooterKey]
    var notice: String?
    /// A calm line that something was heard, shown where a notice would be when there is none.
    var confirmation: String? = nil
}

/// The chrome shared by every full screen: the title line, the scrolling body with its "more" hints,
/// a notice above the footer, the footer, and the screens shown instead (too small, privacy).
enum PageChrome {
    /// Below this the session is not drawn at all.
    static let minimumSize = TerminalSize(columns: 60, rows: 16)
    static let margin = 2
    static let bodyTop = 2

    static func bodyWidth(_ size: TerminalSize) -> Int { max(1, size.columns - 2 * margin) }

    /// The body's rows when `noticeLines` lines of notice are shown.
    static func bodyHeight(_ size: TerminalSize, noticeLines: Int = 0) -> Int {
        max(1, size.rows - bodyTop - 2 - noticeLines)
    }

    static func isTooSmall(_ size: TerminalSize) -> Bool {
        size.columns < minimumSize.columns || size.rows < minimumSize.rows
    }

    /// The notice as it will be shown: at most two lines, with a `! ` marker; without a notice, the
    /// confirmation, calm, after a tick.
    static func noticeLines(
        _ notice: String?, confirmation: String? = nil, size: TerminalSize, glyphs: Glyphs = Glyphs(RenderOptions())
    ) -> [StyledLine] {
        let lines: [StyledLine]
        if let notice, !notice.isEmpty {
            lines = TextWrap.wrap(
                [StyledRun(notice, role: .warning)], width: bodyWidth(size), prefix: [StyledRun("! ", role: .warning)])
        } else if let confirmation, !confirmation.isEmpty {
            lines = TextWrap.wrap(
                [StyledRun(confirmation, role: .emphasis)], width: bodyWidth(size),
                prefix: [StyledRun(glyphs.tick + " ")])
        } else {
            lines = []
        }
        return Array(lines.prefix(2))
    }

    /// The scroll position that keeps the focus in view and never runs past the end.
    static func scroll(_ body: Body, requested: Int, height: Int) -> Int {
        let limit = Viewport.maximumTop(lineCount: body.count, pinned: body.pinned, height: height)
        var top = min(max(0, requested), limit)
        if let focus = body.focus {
            if focus.lowerBound < top { top = focus.lowerBound }
            if focus.upperBound > top + height { top = max(0, min(focus.lowerBound, focus.upperBound - height)) }
        }
        if let cursor = body.cursor {
            if cursor.line < top { top = cursor.line }
            if cursor.line >= top + height { top = cursor.line - height + 1 }
        }
        return max(0, top)
    }

    static func draw(_ page: Page, size: TerminalSize, options: RenderOptions) -> Canvas {
        let glyphs = Glyphs(options)
        var canvas = Canvas(size: size)
        let notice = noticeLines(page.notice, confirmation: page.confirmation, size: size, glyphs: glyphs)
        let height = bodyHeight(size, noticeLines: notice.count)
        let width = bodyWidth(size)

        canvas.clear(row: 0, role: .title)
        let header = TitleLine.fit(
            title: page.title, position: page.position, shortPosition: page.shortPosition, columns: size.columns,
            ellipsis: glyphs.ellipsis)
        let positionWidth = DisplayWidth.of(header.position)
        canvas.write(
            header.title, row: 0, column: TitleLine.titleColumn, role: .title,
            limit: TitleLine.room(size.columns, beside: header.position))
        canvas.write(
            header.position, row: 0, column: max(0, size.columns - positionWidth - TitleLine.rightMargin), role: .title)

        let viewport = Viewport(
            lineCount: page.body.count, pinned: page.body.pinned, height: height,
            top: scroll(page.body, requested: page.scroll, height: height))
        let shown = Array(viewport.pinned) + Array(viewport.lines)
        for (row, line) in shown.enumerated() {
            canvas.write(page.body.lines[line], row: bodyTop + row, column: margin, limit: width)
        }
        if viewport.top > 0 {
            let hint = options.words[.moreAbove] + " " + glyphs.up
            canvas.write(hint, row: 1, column: size.columns - margin - DisplayWidth.of(hint), role: .dim)
        }
        let hintRow = bodyTop + height
        if viewport.hasMoreBelow {
            let hint = options.words[.moreBelow] + " " + glyphs.down
            canvas.write(hint, row: hintRow, column: size.columns - margin - DisplayWidth.of(hint), role: .dim)
        }
        for (index, line) in notice.enumerated() {
            canvas.write(line, row: hintRow + 1 + index, column: margin, limit: width)
        }
        if let cursor = page.body.cursor, let row = shown.firstIndex(of: cursor.line) {
            canvas.setCursor(row: bodyTop + row, column: margin + cursor.column)
        }
        drawFooter(page.footer, into: &canvas)
        return canvas
    }

    static func drawFooter(_ keys: [FooterKey], into canvas: inout Canvas) {
        let row = canvas.rows - 1
        canvas.clear(row: row, role: .footer)
        let line = Footer.line(keys, width: canvas.columns)
        // The footer keeps a space at the left edge unless the keys need every column.
        let column = DisplayWidth.of(line) <= canvas.columns - 2 ? 1 : 0
        canvas.write(line, row: row, column: column, role: .footer)
    }

    /// The screen shown when the window is below the minimum: nothing of the session, only what to do.
    static func tooSmall(size: TerminalSize, options: RenderOptions) -> Frame {
        let times = Glyphs(options).times
        let words = options.words
        let messages = [
            words[.windowTooSmall],
            words(.windowIs, ["size": .text("\(size.columns)\(times)\(size.rows)")]),
            words(.windowNeeds, ["size": .text("\(minimumSize.columns)\(times)\(minimumSize.rows)")]),
        ]
        return centred(messages, size: size, roles: [.emphasis, .normal, .normal])
    }

    /// The privacy screen: blank but for a neutral word and the way back, by the key this terminal has.
    static func privacy(size: TerminalSize, options: RenderOptions) -> Frame {
        let words = options.words
        let wayBack = words(.privacyWayBack, ["key": .text(Glyphs(options).privacyKey)])
        return centred([words[.appName], "", wayBack], size: size, roles: [.normal, .normal, .dim])
    }

    private static func centred(_ messages: [String], size: TerminalSize, roles: [StyleRole]) -> Frame {
        var canvas = Canvas(size: size)
        var lines: [(String, StyleRole)] = []
        for (message, role) in zip(messages, roles) {
            let wrapped = message.isEmpty ? [""] : TextWrap.wrap(message, width: max(1, size.columns))
            lines += wrapped.map { ($0, role) }
        }
        let start = max(0, (size.rows - lines.count) / 2)
        for (index, line) in lines.enumerated() where start + index < size.rows {
            canvas.centre(line.0, row: start + index, role: line.1)
        }
        return canvas.frame
    }
}

extension PageChrome {
    /// A whole frame for a page outside a session, with the same too-small rule.
    static func frame(_ page: Page, size: TerminalSize, options: RenderOptions) -> Frame {
        if isTooSmall(size) { return tooSmall(size: size, options: options) }
        return draw(page, size: size, options: options).frame
    }
}

/// The privacy screen on its own, for the screens around a session (menus, prompts, messages).
public enum PrivacyScreen {
    public static func render(size: TerminalSize, options: RenderOptions) -> Frame {
        PageChrome.privacy(size: size, options: options)
    }
}

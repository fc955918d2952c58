/// The boxes drawn over a screen: help, the question box, the "not sure" box and the leave check.
enum OverlayBox {
    /// Every key in plain words, as the help box lists them.
    static func helpLines(_ glyphs: Glyphs) -> [(String, String)] {
        let arrows = glyphs.upDown == "↑↓" ? "↑ ↓" : "Up Down"
        return [
            ("Enter", "Go on, choose, or send what you typed"),
            // PgUp and PgDn share a line so the box, with F5, still fits a 60x16 window.
            (arrows, "Move, or read more; PgUp PgDn by a page"),
            ("Space", "Tick or untick"),
            ("1 to 9", "Pick an option by its number"),
            (glyphs.leftRight, "Other options, or choose"),
            ("F1 or ?", "This help"),
            ("F2", "Note a question to ask"),
            ("F3", "Say you are not sure, or disagree"),
            ("F4", "Go back a screen; answers are kept"),
            ("F5", "Read this screen aloud (needs espeak-ng)"),
            ("F9 Ctrl-P", "Hide the screen at once"),
            ("F10 Ctrl-Q", "Pause; everything is saved"),
            ("Ctrl-C", "Asks whether to pause and leave"),
        ]
    }

    /// The keys that work while a box is open.
    static func footer(_ overlay: Overlay) -> [FooterKey] {
        switch overlay {
        case .help:
            [FooterKey("Any key", "Close help", short: "Close", priority: 0)]
        case .question, .flag:
            [FooterKey("Enter", "Note it", priority: 0), FooterKey("Esc", "Cancel", priority: 1)]
        case .answer:
            [
                FooterKey("Enter", "Save the answer", short: "Save", priority: 0),
                FooterKey("Esc", "Cancel", priority: 1),
            ]
        case .confirmLeave:
            [FooterKey("Enter", "Pause and leave", priority: 0), FooterKey("Esc", "Stay", priority: 1)]
        }
    }

    static func draw(_ overlay: Overlay, into canvas: inout Canvas, options: RenderOptions) {
        let glyphs = Glyphs(options)
        let boxWidth = min(canvas.columns - 2, 64)
        let inner = max(1, boxWidth - 4)
        var lines: [StyledLine] = []
        var field: TextField?
        let title: String
        switch overlay {
        case .help:
            title = "Help: every key"
            let keyWidth = 11
            for (key, meaning) in helpLines(glyphs) {
                let pad = String(repeating: " ", count: max(1, keyWidth - DisplayWidth.of(key)))
                lines += TextWrap.wrap(
                    [StyledRun(meaning)], width: inner, prefix: [StyledRun(key, role: .emphasis), StyledRun(pad)])
            }
            lines.append(StyledLine("Press any key to close this help.", role: .dim))
        case .question(let text):
            title = "Note a question"
            lines += TextWrap.wrap(
                "Type your question. It is kept, and you will come back to it before the end.", width: inner
            ).map { StyledLine($0) }
            field = text
        case .flag(let text):
            title = "Not sure / I disagree"
            lines += TextWrap.wrap(
                "You can say a few words about it, or leave this empty. It is noted, and nothing stops.",
                width: inner
            ).map { StyledLine($0) }
            field = text
        case .answer(let number, let question, let text):
            title = "Answer question \(number)"
            lines += TextWrap.wrap([StyledRun(question, role: .emphasis)], width: inner)
            lines.append(StyledLine())
            lines += TextWrap.wrap("Type a short answer, then press Enter.", width: inner).map { StyledLine($0) }
            field = text
        case .confirmLeave:
            title = "Pause and leave?"
            lines.append(StyledLine("Everything is saved."))
            lines.append(StyledLine())
            lines += TextWrap.wrap("Enter = pause and leave, Esc = stay", width: inner).map { StyledLine($0) }
        }
        var cursor: (line: Int, column: Int)?
        if let field {
            lines.append(StyledLine())
            let layout = FieldLayout(field, width: inner)
            cursor = (lines.count + layout.cursor.line, layout.cursor.column)
            for line in layout.lines {
                let fill = String(repeating: "_", count: max(0, inner - DisplayWidth.of(line)))
                lines.append(StyledLine(line + fill, role: .input))
            }
        }
        if overlay == .help && lines.count + 2 > canvas.rows - 1 {
            // The footer already says any key closes help; the words give way to the keys.
            lines.removeLast()
        }
        let height = min(canvas.rows - 1, lines.count + 2)
        let top = max(0, (canvas.rows - 1 - height) / 2)
        let left = max(0, (canvas.columns - boxWidth) / 2)
        let horizontal = String(repeating: glyphs.horizontal, count: max(0, boxWidth - 2))
        canvas.write(glyphs.topLeft + horizontal + glyphs.topRight, row: top, column: left, role: .border)
        canvas.write(" " + title + " ", row: top, column: left + 2, role: .border, limit: max(0, boxWidth - 4))
        // A long field scrolls inside the box so the cursor line always shows.
        let room = height - 2
        let first = max(0, min(lines.count - room, (cursor?.line ?? 0) - room + 1))
        for index in 0..<max(0, room) {
            let row = top + 1 + index
            canvas.clear(row: row, from: left, width: boxWidth)
            canvas.write(glyphs.vertical, row: row, column: left, role: .border)
            canvas.write(glyphs.vertical, row: row, column: left + boxWidth - 1, role: .border)
            if first + index < lines.count {
                canvas.write(lines[first + index], row: row, column: left + 2, limit: inner)
            }
        }
        canvas.write(
            glyphs.bottomLeft + horizontal + glyphs.bottomRight, row: top + height - 1, column: left, role: .border)
        if let cursor {
            canvas.setCursor(row: top + 1 + cursor.line - first, column: left + 2 + cursor.column)
        } else {
            canvas.hideCursor()
        }
    }
}

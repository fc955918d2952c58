import KeyworkWords

/// The boxes drawn over a screen: help, the question box, the "not sure" box, the "not agreed" box and its
/// check before agreeing again, and the leave check.
enum OverlayBox {
    /// Every key in plain words, as the help box lists them.
    /// Only the function keys the terminal has are listed; privacy and pause always have their Ctrl keys.
    static func helpLines(_ glyphs: Glyphs, words: Words) -> [(String, String)] {
        func both(_ number: Int, _ control: String) -> String {
            glyphs.functionKey(number).map { "\($0) \(control)" } ?? control
        }
        let functionKeys: [(String?, String)] = [
            (glyphs.functionKey(1) != nil ? words[.keyHelp] : "?", words[.helpHelp]),
            (glyphs.functionKey(2), words[.helpQuestion]),
            (glyphs.functionKey(3), words[.helpNotSure]),
            (glyphs.functionKey(4), words[.helpBack]),
            (glyphs.functionKey(5), words[.helpReadAloud]),
            (both(9, "Ctrl-P"), words[.helpPrivacy]),
            (both(10, "Ctrl-Q"), words[.helpPause]),
        ]
        return [
            (words[.keyEnter], words[.helpEnter]),
            // PgUp and PgDn share a line so the box, with F5, still fits a 60x16 window.
            (glyphs.arrowKeys, words[.helpArrows]),
            (words[.keySpace], words[.helpSpace]),
            (words[.keyDigits], words[.helpDigits]),
            (glyphs.leftRight, words[.helpLeftRight]),
        ] + functionKeys.compactMap { key, meaning in key.map { ($0, meaning) } } + [("Ctrl-C", words[.helpLeave])]
    }

    /// The keys that work while a box is open.
    static func footer(_ overlay: Overlay, words: Words) -> [FooterKey] {
        let enter = words[.keyEnter]
        let escape = words[.keyEscape]
        switch overlay {
        case .help:
            return [FooterKey(words[.keyAny], words[.footerCloseHelp], short: words[.footerClose], priority: 0)]
        case .question, .flag, .notAgreed:
            return [
                FooterKey(enter, words[.footerNoteIt], priority: 0),
                FooterKey(escape, words[.footerCancel], priority: 1),
            ]
        case .agreeAgain:
            return [
                FooterKey(enter, words[.footerTickAsAgreed], priority: 0),
                FooterKey(escape, words[.footerKeepNotAgreed], priority: 1),
            ]
        case .answer:
            return [
                FooterKey(enter, words[.footerSaveAnswer], short: words[.footerSave], priority: 0),
                FooterKey(escape, words[.footerCancel], priority: 1),
            ]
        case .confirmLeave:
            return [
                FooterKey(enter, words[.footerPauseAndLeave], priority: 0),
                FooterKey(escape, words[.footerStay], priority: 1),
            ]
        }
    }

    static func draw(_ overlay: Overlay, into canvas: inout Canvas, options: RenderOptions) {
        let glyphs = Glyphs(options)
        let words = options.words
        let boxWidth = min(canvas.columns - 2, 64)
        let inner = max(1, boxWidth - 4)
        var lines: [StyledLine] = []
        var field: TextField?
        let title: String
        switch overlay {
        case .help:
            title = words[.helpTitle]
            let keyWidth = 11
            for (key, meaning) in helpLines(glyphs, words: words) {
                let pad = String(repeating: " ", count: max(1, keyWidth - DisplayWidth.of(key)))
                lines += TextWrap.wrap(
                    [StyledRun(meaning)], width: inner, prefix: [StyledRun(key, role: .emphasis), StyledRun(pad)])
            }
            lines.append(StyledLine(words[.helpClose], role: .dim))
        case .question(let text):
            title = words[.questionBoxTitle]
            lines += TextWrap.wrap(words[.questionBoxText], width: inner).map { StyledLine($0) }
            field = text
        case .flag(let text):
            title = words[.flagBoxTitle]
            lines += TextWrap.wrap(words[.flagBoxText], width: inner).map { StyledLine($0) }
            field = text
        case .notAgreed(_, let statement, let text):
            title = words[.notAgreedBoxTitle]
            lines += TextWrap.wrap([StyledRun(statement, role: .emphasis)], width: inner)
            lines.append(StyledLine())
            lines += TextWrap.wrap(words[.notAgreedBoxText], width: inner).map { StyledLine($0) }
            field = text
        case .agreeAgain(_, let statement):
            title = words[.agreeAgainBoxTitle]
            lines += TextWrap.wrap([StyledRun(statement, role: .emphasis)], width: inner)
            lines.append(StyledLine())
            lines += TextWrap.wrap(words[.agreeAgainBoxText], width: inner).map { StyledLine($0) }
        case .answer(let number, let question, let text):
            title = words(.answerBoxTitle, ["number": .number(number)])
            lines += TextWrap.wrap([StyledRun(question, role: .emphasis)], width: inner)
            lines.append(StyledLine())
            lines += TextWrap.wrap(words[.answerBoxText], width: inner).map { StyledLine($0) }
            field = text
        case .confirmLeave:
            title = words[.leaveBoxTitle]
            lines.append(StyledLine(words[.leaveBoxSaved]))
            lines.append(StyledLine())
            lines += TextWrap.wrap(words[.leaveBoxKeys], width: inner).map { StyledLine($0) }
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
            if let warning = TextField.notShownWarning(field, options: options) {
                lines += TextWrap.wrap([StyledRun(warning, role: .warning)], width: inner)
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

import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// Draws a weeks screen: the guide's text, a header of the four weeks, then one line per row with a cell for
/// each week and the total, and under a row that asks one, its amount with the unit. The active cell is
/// drawn selected, so it reads without colour; a row left empty says "not answered" in its total.
enum WeeksLayout {
    static func body(_ weeks: WeeksScreen, view: ViewState, into body: inout Body) {
        let words = body.words
        body.runs(GuideText.emphasis(weeks.text))
        body.gap()
        let headers = (1...WeeksScreen.weekCount).map { words(.weeksWeekShort, ["number": .number($0)]) }
        let cellWidth = max(5, (headers.map(DisplayWidth.of).max() ?? 4) + 1)
        let totalWidth = max(DisplayWidth.of(words[.weeksTotal]), DisplayWidth.of(words[.weeksNotAnswered])) + 2
        let grid = cellWidth * WeeksScreen.weekCount + totalWidth
        let longest = weeks.rows.map { DisplayWidth.of($0.label) + 1 }.max() ?? 0
        // Labels share the line with their cells when they fit; otherwise each label has a line of its own.
        let labelWidth = longest <= body.width - grid ? longest : 0
        let header = pad("", labelWidth) + headers.map { pad($0, cellWidth) }.joined() + " " + words[.weeksTotal]
        body.add(StyledLine(header, role: .dim))
        let cells = WeeksGrid.cells(weeks)
        let active = min(max(0, view.form.active), max(0, cells.count - 1))
        for (index, row) in weeks.rows.enumerated() {
            let start = body.count
            if labelWidth == 0 { body.text(row.label) }
            var runs = [StyledRun(pad(labelWidth == 0 ? "" : row.label, labelWidth))]
            for week in 0..<WeeksScreen.weekCount {
                let cell = WeeksGrid.Cell(row: index, week: week)
                let text = WeeksGrid.text(cell, in: weeks, form: view.form)
                let isActive = cells.indices.contains(active) && cells[active] == cell
                let inner = "[" + (text.isEmpty ? " " : text) + "]"
                let lead = String(repeating: " ", count: max(0, cellWidth - DisplayWidth.of(inner) - 1))
                runs.append(StyledRun(lead))
                runs.append(StyledRun(inner, role: isActive ? .selected : .input))
                runs.append(StyledRun(" "))
                if isActive { body.cursor = (body.count, DisplayWidth.of(runs.map(\.text).joined()) - 3) }
            }
            runs.append(StyledRun(" "))
            runs.append(total(ofRow: index, weeks, form: view.form, words: words))
            body.add(StyledLine(runs))
            if let unit = row.amount {
                let cell = WeeksGrid.Cell(row: index, week: nil)
                let isActive = cells.indices.contains(active) && cells[active] == cell
                let text = WeeksGrid.text(cell, in: weeks, form: view.form)
                let label = "  " + words[.weeksAmount] + " "
                let fill = String(repeating: "_", count: max(1, 8 - DisplayWidth.of(text)))
                body.add(
                    StyledLine([
                        StyledRun(label), StyledRun(text + fill, role: isActive ? .selected : .input),
                        StyledRun(" " + unit, role: .dim),
                    ]))
                if isActive { body.cursor = (body.count - 1, DisplayWidth.of(label + text)) }
            }
            if cells.indices.contains(active), cells[active].row == index { body.focus = start..<body.count }
        }
        body.gap()
        body.text(words[.weeksHint], role: .dim)
    }

    /// "= 12" when all four weeks are typed, "not answered" while the row is empty, and nothing in between.
    private static func total(ofRow row: Int, _ weeks: WeeksScreen, form: FormState, words: Words) -> StyledRun {
        if WeeksGrid.isEmpty(row: row, in: weeks, form: form) {
            return StyledRun(words[.weeksNotAnswered], role: .dim)
        }
        let days = WeeksGrid.days(ofRow: row, in: weeks, form: form)
        guard days.allSatisfy({ $0 != nil }) else { return StyledRun("") }
        return StyledRun("= \(days.compactMap { $0 }.reduce(0, +))", role: .emphasis)
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}

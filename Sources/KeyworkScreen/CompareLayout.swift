import KeyworkGuides
import KeyworkWords

/// The Option Grid: attributes are rows and options are columns, with good points and things to think
/// about as the last rows. When the columns do not fit, one option is shown at a time.
enum CompareLayout {
    /// The narrowest an option's column may be before the grid turns into one option at a time.
    static let minimumColumnWidth = 18

    static func labelWidth(_ compare: CompareScreen, words: Words) -> Int {
        let own = [words[.goodPoints], words[.thingsToThinkAbout]]
        let widest = (compare.attributes.map(\.label) + own).map(DisplayWidth.of).max() ?? 10
        return min(16, max(10, widest))
    }

    /// Whether every option gets a column of at least `minimumColumnWidth` cells.
    static func fitsSideBySide(_ compare: CompareScreen, width: Int, words: Words) -> Bool {
        let count = compare.options.count
        guard count > 0 else { return true }
        return (width - labelWidth(compare, words: words) - count * 3) / count >= minimumColumnWidth
    }

    static func body(_ compare: CompareScreen, column: Int, into body: inout Body) {
        if let prompt = compare.prompt {
            body.runs(GuideText.emphasis(prompt))
            body.gap()
        }
        guard !compare.options.isEmpty else { return }
        if fitsSideBySide(compare, width: body.width, words: body.words) {
            grid(compare, into: &body)
        } else {
            single(compare, column: min(max(0, column), compare.options.count - 1), into: &body)
        }
    }

    private static func rows(
        _ compare: CompareScreen, words: Words
    ) -> [(label: String, cells: [[String]], bullets: Bool)] {
        var rows = compare.attributes.map { attribute in
            (label: attribute.label, cells: compare.options.map { [$0.values[attribute.id] ?? ""] }, bullets: false)
        }
        if compare.options.contains(where: { !$0.pros.isEmpty }) {
            rows.append((words[.goodPoints], compare.options.map(\.pros), true))
        }
        if compare.options.contains(where: { !$0.cons.isEmpty }) {
            rows.append((words[.thingsToThinkAbout], compare.options.map(\.cons), true))
        }
        return rows
    }

    private static func grid(_ compare: CompareScreen, into body: inout Body) {
        let glyphs = body.glyphs
        let label = labelWidth(compare, words: body.words)
        let count = compare.options.count
        let column = (body.width - label - count * 3) / count
        let rule = StyledLine(
            String(repeating: glyphs.horizontal, count: label)
                + String(
                    repeating: glyphs.horizontal + glyphs.cross + glyphs.horizontal
                        + String(repeating: glyphs.horizontal, count: column), count: count),
            role: .dim)
        let header = compare.options.map { TextWrap.wrap([StyledRun($0.label, role: .emphasis)], width: column) }
        let headerStart = body.count
        addRow(label: [], cells: header, labelWidth: label, columnWidth: column, into: &body)
        // Scrolled down to the last rows, the reader still sees which column is which option.
        body.pinned = headerStart..<body.count
        for row in rows(compare, words: body.words) {
            body.add(rule)
            let labelLines = TextWrap.wrap([StyledRun(row.label, role: .emphasis)], width: label)
            let cells = row.cells.map { texts in
                texts.flatMap { text in
                    row.bullets
                        ? TextWrap.wrap([StyledRun(text)], width: column, prefix: [StyledRun(glyphs.bullet + " ")])
                        : TextWrap.wrap([StyledRun(text)], width: column)
                }
            }
            addRow(label: labelLines, cells: cells, labelWidth: label, columnWidth: column, into: &body)
        }
    }

    /// One row of the grid: the label and each option's cell side by side, as tall as the tallest.
    private static func addRow(
        label: [StyledLine], cells: [[StyledLine]], labelWidth: Int, columnWidth: Int, into body: inout Body
    ) {
        let height = max(label.count, cells.map(\.count).max() ?? 0, 1)
        for index in 0..<height {
            var runs = padded(index < label.count ? label[index] : StyledLine(), to: labelWidth).runs
            for cell in cells {
                runs.append(StyledRun(" " + body.glyphs.vertical + " ", role: .dim))
                runs += padded(index < cell.count ? cell[index] : StyledLine(), to: columnWidth).runs
            }
            body.add(StyledLine(runs))
        }
    }

    private static func padded(_ line: StyledLine, to width: Int) -> StyledLine {
        let gap = width - line.width
        return gap > 0 ? StyledLine(line.runs + [StyledRun(String(repeating: " ", count: gap))]) : line
    }

    private static func single(_ compare: CompareScreen, column: Int, into body: inout Body) {
        let option = compare.options[column]
        let headerStart = body.count
        body.runs([
            StyledRun(
                body.words(.optionPosition, ["position": .number(column + 1), "total": .number(compare.options.count)])),
            StyledRun(option.label, role: .emphasis),
            StyledRun("  (" + body.words(.seeOthers, ["keys": .text(body.glyphs.leftRight)]) + ")", role: .dim),
        ])
        // "Option 2 of 4" stays in view while the option's own text is scrolled.
        body.pinned = headerStart..<body.count
        body.gap()
        for attribute in compare.attributes {
            body.text(attribute.label, role: .emphasis)
            body.text(option.values[attribute.id] ?? "", indent: 2)
        }
        let sections = [(body.words[.goodPoints], option.pros), (body.words[.thingsToThinkAbout], option.cons)]
        for (title, points) in sections where !points.isEmpty {
            body.text(title, role: .emphasis)
            for point in points {
                body.add(
                    TextWrap.wrap(
                        [StyledRun(point)], width: body.width, prefix: [StyledRun("  \(body.glyphs.bullet) ")]))
            }
        }
    }
}

import KeyworkWords

/// The lines of a screen's body before scrolling, with the part that must stay in view (the
/// highlight or the field being typed in) and where the text cursor is.
package struct Body {
    let width: Int
    let glyphs: Glyphs
    let options: RenderOptions
    package private(set) var lines: [StyledLine] = []
    /// Lines kept visible when the body scrolls: the highlighted item or the active field.
    var focus: Range<Int>?
    /// The text cursor, as a body line and a column from the body's left edge.
    var cursor: (line: Int, column: Int)?
    /// Header lines that stay at the top once the body is scrolled past them (see `Viewport`).
    var pinned: Range<Int>?

    package init(width: Int, options: RenderOptions) {
        self.width = max(1, width)
        self.glyphs = Glyphs(options)
        self.options = options
    }

    var count: Int { lines.count }

    /// The program's own words, in the language being drawn.
    var words: Words { options.words }

    mutating func add(_ line: StyledLine) {
        lines.append(line)
    }

    mutating func add(_ newLines: [StyledLine]) {
        lines += newLines
    }

    /// One empty line, never two in a row and never at the top.
    mutating func gap() {
        if let last = lines.last, !last.runs.isEmpty { lines.append(StyledLine()) }
    }

    /// Wrapped text, with an optional hanging indent.
    mutating func text(_ text: String, role: StyleRole = .normal, indent: Int = 0) {
        let prefix = indent > 0 ? [StyledRun(String(repeating: " ", count: indent))] : []
        lines += TextWrap.wrap([StyledRun(text, role: role)], width: width, prefix: prefix)
    }

    /// Styled runs wrapped with a hanging indent.
    mutating func runs(_ runs: [StyledRun], indent: Int = 0) {
        let prefix = indent > 0 ? [StyledRun(String(repeating: " ", count: indent))] : []
        lines += TextWrap.wrap(runs, width: width, prefix: prefix)
    }

    /// A screen's heading.
    mutating func heading(_ title: String?) {
        guard let title, !title.isEmpty else { return }
        text(title, role: .emphasis)
        gap()
    }

    /// A list item: `> ` when highlighted, then a mark such as `(o)` or `[x]`, then the label
    /// wrapped under itself; highlighted items also take the selected role, so they read without colour.
    mutating func item(_ label: String, mark: String, highlighted: Bool, detail: String? = nil) {
        let start = lines.count
        let pointer = highlighted ? "> " : "  "
        let head = pointer + (mark.isEmpty ? "" : mark + " ")
        var itemLines = TextWrap.wrap([StyledRun(label)], width: width, prefix: [StyledRun(head)])
        if highlighted {
            itemLines = itemLines.map { $0.restyled(.selected) }
        }
        lines += itemLines
        if let detail, !detail.isEmpty {
            text(detail, role: .dim, indent: DisplayWidth.of(head))
        }
        if highlighted { focus = start..<lines.count }
    }

    /// A text field drawn as its text on an underlined space, so it shows without colour.
    mutating func field(_ field: TextField, active: Bool, indent: Int = 4) {
        let fieldWidth = max(2, width - indent)
        let layout = FieldLayout(field, width: fieldWidth)
        let start = lines.count
        let pad = String(repeating: " ", count: indent)
        for line in layout.lines {
            let fill = String(repeating: "_", count: max(0, fieldWidth - DisplayWidth.of(line)))
            lines.append(StyledLine([StyledRun(pad), StyledRun(line + fill, role: .input)]))
        }
        if active {
            cursor = (start + layout.cursor.line, indent + layout.cursor.column)
        }
        if let warning = TextField.notShownWarning(field, options: options) {
            text(warning, role: .warning, indent: indent)
        }
        if active { focus = start..<lines.count }
    }

    /// Marks the lines from `start` to the end as the part to keep in view.
    mutating func focusFrom(_ start: Int) {
        focus = start..<max(start + 1, lines.count)
    }
}

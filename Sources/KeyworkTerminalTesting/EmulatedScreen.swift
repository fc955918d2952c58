import KeyworkScreen

/// A terminal screen in memory that places what it is sent the way tmux 3.3a does: each character at the
/// cursor, as wide as glibc's `wcwidth` says; a zero-width one, and whatever follows a zero-width joiner,
/// onto the cell before; a character glibc does not know, nowhere. Frames reach it as a real terminal
/// gets them, only the cells that changed, so a cluster drawn wider or narrower than the frame counted
/// shows up as a cell that differs from the frame, or as a stale cell left from the frame before.
struct EmulatedScreen {
    private(set) var size = TerminalSize(columns: 0, rows: 0)
    /// Each cell's text; "" is the second cell of a wide character.
    private var cells: [[String]] = []
    private var previous: Frame?

    /// Sends what changed between the last frame and `frame`, then returns where the screen differs from
    /// `frame`, one line per cell.
    mutating func show(_ frame: Frame, unicode: Bool) -> [String] {
        if frame.size != size || previous == nil {
            size = frame.size
            cells = Array(repeating: Array(repeating: " ", count: max(0, size.columns)), count: max(0, size.rows))
            previous = nil
        }
        let columns = size.columns
        let new = frame.cells
        let old = previous?.cells
        var problems: [String] = []
        func expect(_ want: String, row: Int, column: Int) {
            guard cells[row][column] != want else { return }
            problems.append(
                "row \(row) column \(column): the terminal shows \(cells[row][column].debugDescription) "
                    + "where the frame has \(want.debugDescription)")
        }
        for row in 0..<max(0, size.rows) {
            let start = row * columns
            var column = 0
            while column < columns {
                let cell = new[start + column]
                if let byte = cell.singleASCII {
                    if old?[start + column] != cell { _ = send([Unicode.Scalar(byte)], row: row, column: column) }
                    expect(cell.text, row: row, column: column)
                    column += 1
                    continue
                }
                guard let glyphs = frame.glyphs(row: row, column: column, unicode: unicode) else {
                    expect("", row: row, column: column)
                    column += 1
                    continue
                }
                let width = glyphs.reduce(0) { $0 + $1.width }
                let changed = old.map { old in (column..<column + width).contains { old[start + $0] != new[start + $0] }
                }
                var at = column
                for glyph in glyphs {
                    if changed ?? true { _ = send(glyph.scalars, row: row, column: at) }
                    expect(glyph.text, row: row, column: at)
                    for index in at + 1..<at + glyph.width where index < columns { expect("", row: row, column: index) }
                    at += glyph.width
                }
                column += max(1, width)
            }
        }
        previous = frame
        return problems
    }

    /// The screen's text, one line per row, continuation cells left out.
    var text: String {
        cells.map { $0.joined() }.joined(separator: "\n")
    }

    /// Writes characters from `column` as tmux would; returns the cursor's column after them.
    private mutating func send(_ scalars: [Unicode.Scalar], row: Int, column: Int) -> Int {
        var cursor = column
        var joinNext = false
        for scalar in scalars {
            let width = DisplayWidth.of(scalar)
            if width == 0 || joinNext {
                joinNext = scalar == "\u{200D}"
                var head = cursor - 1
                while head > 0 && cells[row][head].isEmpty { head -= 1 }
                if head >= 0 { cells[row][head].unicodeScalars.append(scalar) }
                continue
            }
            guard width > 0, cursor + width <= size.columns else { continue }
            for index in cursor..<cursor + width { blankWideCharacter(row: row, covering: index) }
            cells[row][cursor] = String(scalar)
            for index in cursor + 1..<cursor + width { cells[row][index] = "" }
            cursor += width
        }
        return cursor
    }

    /// A terminal writing over half of a wide character blanks the other half.
    private mutating func blankWideCharacter(row: Int, covering column: Int) {
        if cells[row][column].isEmpty, column > 0 { cells[row][column - 1] = " " }
        if column + 1 < size.columns, cells[row][column + 1].isEmpty { cells[row][column + 1] = " " }
        cells[row][column] = " "
    }
}

import KeyworkScreen

/// A terminal screen in memory that places what it is sent the way tmux 3.3a does: each character at the
/// cursor, as wide as glibc's `wcwidth` says; a zero-width one, and whatever follows a zero-width joiner,
/// onto the cell before; a character glibc does not know, nowhere. Frames reach it as a real terminal
/// gets them, only the cells that changed, so a cluster drawn wider or narrower than the frame counted
/// shows up as a cell that differs from the frame, or as a stale cell left from the frame before. Each cell
/// keeps the role it was last sent in, as a terminal keeps its attributes (a wide character's cells both
/// take its first cell's role, as ncurses draws it), so a highlight left behind shows up too.
struct EmulatedScreen {
    private(set) var size = TerminalSize(columns: 0, rows: 0)
    /// Each cell's text; "" is the second cell of a wide character.
    private var cells: [[String]] = []
    private var roles: [[StyleRole]] = []
    private var previous: Frame?

    /// Sends what a terminal backend sends for `frame` (`Frame.changedClusters`: every cluster after a resize,
    /// else only those that changed), then returns where the screen differs from `frame`, one line per cell.
    mutating func show(_ frame: Frame, unicode: Bool) -> [String] {
        if frame.size != size || previous == nil {
            size = frame.size
            cells = Array(repeating: Array(repeating: " ", count: max(0, size.columns)), count: max(0, size.rows))
            roles = Array(repeating: Array(repeating: .normal, count: max(0, size.columns)), count: max(0, size.rows))
            previous = nil
        }
        for position in frame.changedClusters(since: previous) {
            guard let glyphs = frame.glyphs(row: position.row, column: position.column, unicode: unicode) else {
                continue
            }
            let role = frame[position.row, position.column].role
            var at = position.column
            for glyph in glyphs {
                _ = send(glyph.scalars, role: role, row: position.row, column: at)
                at += glyph.width
            }
        }
        previous = frame
        return problems(showing: frame, unicode: unicode)
    }

    /// Every cell where the screen differs from `frame`.
    private func problems(showing frame: Frame, unicode: Bool) -> [String] {
        var problems: [String] = []
        func expect(_ want: String, role: StyleRole?, row: Int, column: Int) {
            // Scalar by scalar: `==` would take `é` for `e` and a combining accent, which a terminal is sent differently.
            if !cells[row][column].unicodeScalars.elementsEqual(want.unicodeScalars) {
                problems.append(
                    "row \(row) column \(column): the terminal shows \(cells[row][column].debugDescription) "
                        + "where the frame has \(want.debugDescription)")
            } else if let role, roles[row][column] != role {
                problems.append(
                    "row \(row) column \(column): the terminal shows \(want.debugDescription) as \(roles[row][column]) "
                        + "where the frame has it as \(role)")
            }
        }
        for row in 0..<max(0, size.rows) {
            var column = 0
            while column < size.columns {
                let cell = frame[row, column]
                if cell.singleASCII != nil {
                    expect(cell.text, role: cell.role, row: row, column: column)
                    column += 1
                    continue
                }
                guard let glyphs = frame.glyphs(row: row, column: column, unicode: unicode) else {
                    expect("", role: nil, row: row, column: column)
                    column += 1
                    continue
                }
                var at = column
                for glyph in glyphs {
                    expect(glyph.text, role: cell.role, row: row, column: at)
                    for index in at + 1..<at + glyph.width where index < size.columns {
                        expect("", role: cell.role, row: row, column: index)
                    }
                    at += glyph.width
                }
                column = max(column + 1, at)
            }
        }
        return problems
    }

    /// The screen's text, one line per row, continuation cells left out.
    var text: String {
        cells.map { $0.joined() }.joined(separator: "\n")
    }

    /// Writes characters from `column` in `role` as tmux would; returns the cursor's column after them.
    private mutating func send(_ scalars: [Unicode.Scalar], role: StyleRole, row: Int, column: Int) -> Int {
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
            for index in cursor..<cursor + width { roles[row][index] = role }
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

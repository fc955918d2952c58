/// Draws into a frame cell by cell, keeping its one rule: a cluster wider than one cell is followed by a
/// continuation for each further cell, and nothing ever leaves part of a cluster behind.
struct Canvas {
    private(set) var frame: Frame

    init(size: TerminalSize) {
        frame = Frame(size: size)
    }

    var columns: Int { frame.size.columns }
    var rows: Int { frame.size.rows }

    /// Gives every cell of a row span a role, keeping the characters.
    mutating func paint(row: Int, from column: Int = 0, width: Int? = nil, role: StyleRole) {
        let end = min(columns, column + (width ?? columns))
        for index in max(0, column)..<max(max(0, column), end) {
            var cell = frame[row, index]
            cell.role = role
            frame[row, index] = cell
        }
    }

    /// Blanks a span of a row in a role.
    mutating func clear(row: Int, from column: Int = 0, width: Int? = nil, role: StyleRole = .normal) {
        let end = min(columns, column + (width ?? columns))
        for index in max(0, column)..<max(max(0, column), end) {
            put(" ", width: 1, row: row, column: index, role: role)
        }
    }

    /// Writes text from `column`, stopping before `limit` columns are used; returns the cells used.
    /// A cluster that would cross the limit is left out and the cells it would have taken show spaces.
    @discardableResult
    mutating func write(_ text: String, row: Int, column: Int, role: StyleRole = .normal, limit: Int? = nil) -> Int {
        let end = min(columns, column + (limit ?? columns))
        var at = column
        for character in text {
            let width = DisplayWidth.of(character)
            guard width > 0 else { continue }
            if at + width > end {
                for blank in at..<max(at, end) { put(" ", width: 1, row: row, column: blank, role: role) }
                return max(at, end) - column
            }
            put(String(character), width: width, row: row, column: at, role: role)
            at += width
        }
        return at - column
    }

    /// Writes a styled line; returns the cells used.
    @discardableResult
    mutating func write(_ line: StyledLine, row: Int, column: Int, limit: Int? = nil) -> Int {
        let end = min(columns, column + (limit ?? columns))
        var at = column
        for run in line.runs where at < end {
            at += write(run.text, row: row, column: at, role: run.role, limit: end - at)
        }
        return at - column
    }

    /// Writes text centred on a row.
    mutating func centre(_ text: String, row: Int, role: StyleRole = .normal) {
        let column = max(0, (columns - DisplayWidth.of(text)) / 2)
        write(text, row: row, column: column, role: role)
    }

    mutating func setCursor(row: Int, column: Int) {
        if frame.contains(row: row, column: column) { frame.cursor = (row, column) }
    }

    /// Puts a cluster `width` cells wide: its cell, then a continuation for each further cell. Any
    /// cluster it lands on part of is blanked whole first, so nothing is ever left half drawn.
    private mutating func put(_ text: String, width: Int, row: Int, column: Int, role: StyleRole) {
        guard frame.contains(row: row, column: column), column + width <= columns else { return }
        for index in column..<column + width { breakCluster(row: row, column: index) }
        frame[row, column] = Cell(text, role: role)
        for index in column + 1..<column + width { frame[row, index] = Cell("", role: role) }
    }

    /// Blanks the whole cluster that covers a cell, when it is wider than one cell.
    private mutating func breakCluster(row: Int, column: Int) {
        var head = column
        while head > 0 && frame[row, head].isContinuation { head -= 1 }
        guard frame[row, head].isContinuation || frame[row, head + 1].isContinuation else { return }
        var index = head
        repeat {
            var cell = frame[row, index]
            cell.text = " "
            frame[row, index] = cell
            index += 1
        } while index < columns && frame[row, index].isContinuation
    }
}

extension Canvas {
    mutating func hideCursor() {
        frame.cursor = nil
    }
}

/// Draws into a frame cell by cell, keeping its one rule: a wide character's second cell is a
/// continuation, and nothing ever leaves half of a wide character behind.
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
            set(row: row, column: index, Cell(" ", role: role))
        }
    }

    /// Writes text from `column`, stopping before `limit` columns are used; returns the cells used.
    /// A wide character that would cross the limit is left out and its cell shows a space.
    @discardableResult
    mutating func write(_ text: String, row: Int, column: Int, role: StyleRole = .normal, limit: Int? = nil) -> Int {
        let end = min(columns, column + (limit ?? columns))
        var at = column
        for character in text {
            let width = DisplayWidth.of(character)
            guard width > 0 else { continue }
            if at + width > end {
                if at < end { set(row: row, column: at, Cell(" ", role: role)) }
                return at - column + (at < end ? 1 : 0)
            }
            set(row: row, column: at, Cell(String(character), role: role))
            if width == 2 { set(row: row, column: at + 1, Cell("", role: role)) }
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

    /// Puts a cell, first repairing any wide character it cuts in half.
    private mutating func set(row: Int, column: Int, _ cell: Cell) {
        guard frame.contains(row: row, column: column) else { return }
        let old = frame[row, column]
        if old.isContinuation && !cell.isContinuation {
            var head = frame[row, column - 1]
            head.text = " "
            frame[row, column - 1] = head
        }
        if DisplayWidth.of(old.text) == 2 && DisplayWidth.of(cell.text) != 2 {
            var tail = frame[row, column + 1]
            if tail.isContinuation {
                tail.text = " "
                frame[row, column + 1] = tail
            }
        }
        if cell.isContinuation && column + 1 > columns { return }
        frame[row, column] = cell
    }
}

extension Canvas {
    mutating func hideCursor() {
        frame.cursor = nil
    }
}

/// A cell of a frame by its row and column.
public struct CellPosition: Sendable, Equatable, Hashable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

extension Frame {
    /// Where each cluster starts that a screen showing `previous` must be sent to show this frame, row by row,
    /// left to right: every cluster when there is no previous frame or it was of another size; otherwise each
    /// cluster any of whose cells (text or role) differs from `previous`. A cluster left out has the same cells in
    /// the same place in both frames, so no old wide character reaches into it and writing the others around it
    /// leaves it whole.
    public func changedClusters(since previous: Frame?) -> [CellPosition] {
        let columns = size.columns
        let old = previous.flatMap { $0.size == size ? $0.cells : nil }
        var changes: [CellPosition] = []
        for row in 0..<max(0, size.rows) {
            let start = row * columns
            // Most rows of a frame after a key are the rows before it: one pass over the row lets them by.
            if let old, (start..<start + columns).allSatisfy({ cells[$0].isSent(as: old[$0]) }) { continue }
            var column = 0
            while column < columns {
                var end = column + 1
                while end < columns && cells[start + end].isContinuation { end += 1 }
                if let old {
                    if (start + column..<start + end).contains(where: { !cells[$0].isSent(as: old[$0]) }) {
                        changes.append(CellPosition(row: row, column: column))
                    }
                } else {
                    changes.append(CellPosition(row: row, column: column))
                }
                column = end
            }
        }
        return changes
    }
}

extension Cell {
    /// Whether a terminal is sent the same for both: the same role and the same scalars. `==` on the text would
    /// take `é` and `e` with a combining accent for the same, which a terminal is sent differently.
    func isSent(as other: Cell) -> Bool {
        role == other.role && text.utf8.elementsEqual(other.text.utf8)
    }
}

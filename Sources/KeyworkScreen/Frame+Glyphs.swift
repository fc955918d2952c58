extension Frame {
    /// What a terminal is sent to show the cell at `row`, `column`: its cluster's glyphs, one after another
    /// from that column; nil for a continuation cell. Without `unicode` (a locale that is not UTF-8) each
    /// glyph beyond ASCII is a `?` padded with spaces to its width, so the cells still line up.
    public func glyphs(row: Int, column: Int, unicode: Bool) -> [CellGlyph]? {
        let cell = self[row, column]
        guard !cell.isContinuation else { return nil }
        if let byte = cell.singleASCII { return [CellGlyph([Unicode.Scalar(byte)], width: 1)] }
        let glyphs = cell.text.flatMap(CellGlyph.glyphs(of:))
        guard !glyphs.isEmpty else { return [CellGlyph([" "], width: 1)] }
        guard !unicode else { return glyphs }
        return glyphs.flatMap { glyph -> [CellGlyph] in
            if glyph.scalars.allSatisfy({ $0.isASCII }) { return [glyph] }
            return [CellGlyph(["?"], width: 1)] + Array(repeating: CellGlyph([" "], width: 1), count: glyph.width - 1)
        }
    }
}

/// Checks that a frame is whole, as tests of every screen ask: each row exactly as wide as the terminal,
/// each cluster followed by exactly the continuations its width needs, and the cursor on the screen.
public enum FrameCheck {
    /// What is wrong with `frame`, one line per problem; empty when it is whole.
    public static func problems(in frame: Frame) -> [String] {
        var problems: [String] = []
        let columns = frame.size.columns
        let cells = frame.cells
        for row in 0..<max(0, frame.size.rows) {
            let start = row * columns
            var column = 0
            while column < columns {
                let cell = cells[start + column]
                // Most cells are one printable ASCII character: nothing to check.
                if cell.singleASCII != nil {
                    column += 1
                    continue
                }
                if cell.isContinuation {
                    problems.append("row \(row) column \(column): a continuation with no cluster before it")
                    break
                }
                if cell.text.count != 1 {
                    problems.append("row \(row) column \(column) holds \(cell.text.count) clusters, not one")
                }
                let width = DisplayWidth.of(cell.text)
                guard width >= 1 else {
                    problems.append("row \(row) column \(column): \(cell.text.debugDescription) takes no cell")
                    break
                }
                guard column + width <= columns else {
                    problems.append("row \(row) column \(column): \(cell.text.debugDescription) crosses the edge")
                    break
                }
                if (column + 1..<column + width).contains(where: { !cells[start + $0].isContinuation }) {
                    problems.append("row \(row) column \(column): \(cell.text.debugDescription) is cut")
                    break
                }
                column += width
            }
        }
        if let cursor = frame.cursor, !frame.contains(row: cursor.row, column: cursor.column) {
            problems.append("the cursor \(cursor) is off the screen")
        }
        return problems
    }
}

extension Cell {
    /// The byte of a cell that holds one printable ASCII character, the commonest cell by far.
    public var singleASCII: UInt8? {
        guard text.utf8.count == 1, let scalar = text.unicodeScalars.first, scalar.value >= 0x20 && scalar.value < 0x7F
        else { return nil }
        return UInt8(scalar.value)
    }
}

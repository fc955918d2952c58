/// A text field laid out over lines of a fixed width, word-wrapped, keeping every typed character
/// so the cursor can be placed exactly.
struct FieldLayout {
    /// Each line's text.
    private(set) var lines: [String] = []
    /// Where the cursor is, as a line index and a column inside the field.
    private(set) var cursor: (line: Int, column: Int) = (0, 0)

    init(_ field: TextField, width: Int) {
        let width = max(2, width)
        var rows: [[(index: Int, character: Character, width: Int)]] = [[]]
        var rowWidth = 0
        for (index, character) in field.text.enumerated() {
            if character == "\n" {
                rows[rows.count - 1].append((index, character, 0))
                rows.append([])
                rowWidth = 0
                continue
            }
            let charWidth = DisplayWidth.of(character)
            if rowWidth + charWidth > width {
                // Carry the word being typed to the next line when the line has a space to break at.
                var carried: [(index: Int, character: Character, width: Int)] = []
                if character != " ", let space = rows[rows.count - 1].lastIndex(where: { $0.character == " " }) {
                    carried = Array(rows[rows.count - 1][(space + 1)...])
                    rows[rows.count - 1].removeSubrange((space + 1)...)
                }
                rows.append(carried)
                rowWidth = carried.reduce(0) { $0 + $1.width }
            }
            rows[rows.count - 1].append((index, character, charWidth))
            rowWidth += charWidth
        }
        lines = rows.map { String($0.filter { $0.character != "\n" }.map(\.character)) }
        cursor = (rows.count - 1, rowWidth)
        for (lineIndex, row) in rows.enumerated() {
            if let position = row.firstIndex(where: { $0.index == field.cursor }) {
                cursor = (lineIndex, row[..<position].reduce(0) { $0 + $1.width })
                break
            }
        }
        // A cursor after a full last line goes to the start of a fresh line, inside the field.
        if cursor.column >= width {
            lines.append("")
            cursor = (lines.count - 1, 0)
        }
    }
}

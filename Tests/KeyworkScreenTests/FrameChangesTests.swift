import KeyworkScreen
import Testing

/// `Frame.changedClusters` decides which cells a terminal backend sends after a key; a cell it leaves out stays as the
/// frame before had it.
@Suite struct FrameChangesTests {
    private static let size = TerminalSize(columns: 8, rows: 3)

    /// A frame with `rows` written from column 0, each cluster followed by a continuation for each further cell.
    static func frame(_ rows: [String], size: TerminalSize = size, role: StyleRole = .normal) -> Frame {
        var frame = Frame(size: size)
        for (row, text) in rows.enumerated() {
            var column = 0
            for character in text {
                let width = DisplayWidth.of(character)
                frame[row, column] = Cell(String(character), role: role)
                for next in column + 1..<column + width { frame[row, next] = Cell("", role: role) }
                column += width
            }
        }
        return frame
    }

    private static func at(_ row: Int, _ column: Int) -> CellPosition { CellPosition(row: row, column: column) }

    @Test func everyClusterIsSentWhenNothingWasDrawnBefore() {
        let frame = Self.frame(["ab", "漢x"])
        let changes = frame.changedClusters(since: nil)
        // Row 1 has the wide character at 0 (two cells), then x and five blanks.
        #expect(changes.count == 8 + 7 + 8)
        #expect(changes.contains(Self.at(1, 0)) && !changes.contains(Self.at(1, 1)))
        #expect(changes.contains(Self.at(1, 2)))
    }

    @Test func everyClusterIsSentAfterTheSizeChanged() {
        let before = Self.frame(["ab"])
        let after = Self.frame(["ab"], size: TerminalSize(columns: 9, rows: 3))
        #expect(after.changedClusters(since: before).count == 27)
    }

    @Test func theSameFrameSendsNothingAndAMovedCursorAloneSendsNoCell() {
        var before = Self.frame(["ab", "cd"])
        before.cursor = (row: 0, column: 1)
        var after = before
        after.cursor = (row: 1, column: 2)
        #expect(before.changedClusters(since: before).isEmpty)
        #expect(after.changedClusters(since: before).isEmpty)
        #expect(after != before, "the backend still draws it, and places the cursor on every draw")
    }

    @Test func aChangedCharacterOrRoleSendsThatCellOnly() {
        let before = Self.frame(["abc", "def"])
        var after = Self.frame(["abX", "def"])
        after[1, 0] = Cell("d", role: .selected)
        #expect(after.changedClusters(since: before) == [Self.at(0, 2), Self.at(1, 0)])
    }

    @Test func aWideCharacterIsSentFromItsFirstCellWhenOnlyItsSecondChanged() {
        let before = Self.frame(["a漢b"])
        var after = before
        after[0, 2] = Cell("", role: .selected)
        #expect(after.changedClusters(since: before) == [Self.at(0, 1)])
    }

    @Test func aRowThatBecomesShorterSendsTheBlanksThatReplaceItsEnd() {
        let before = Self.frame(["abcdef"])
        let after = Self.frame(["abc"])
        #expect(after.changedClusters(since: before) == [Self.at(0, 3), Self.at(0, 4), Self.at(0, 5)])
    }

    @Test func textMovedOneCellAcrossWideCharactersSendsEveryCellItCovers() {
        let before = Self.frame(["漢字ab"])
        let after = Self.frame([" 漢字ab"])
        #expect(after.changedClusters(since: before) == [0, 1, 3, 5, 6].map { Self.at(0, $0) })
    }
}

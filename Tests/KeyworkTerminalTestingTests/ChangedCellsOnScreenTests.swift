import KeyworkScreen
import KeyworkTerminal
import KeyworkTerminalTesting
import Testing

/// Frames reach `InMemoryTerminal`'s screen model as they reach a real terminal: after the first frame and after a
/// resize every cell, otherwise only `Frame.changedClusters`. The model places characters as tmux does, so a changed
/// cell left out, or a stale cell kept, shows up in `drawingProblems`.
@Suite struct ChangedCellsOnScreenTests {
    private static let size = TerminalSize(columns: 12, rows: 4)

    /// A frame of `rows`, each cluster followed by a continuation for each further cell.
    private static func frame(_ rows: [String], size: TerminalSize = size, cursor: (Int, Int)? = nil) -> Frame {
        var frame = Frame(size: size)
        for (row, text) in rows.enumerated() where row < size.rows {
            var column = 0
            for character in text {
                let width = DisplayWidth.of(character)
                guard column + width <= size.columns else { break }
                frame[row, column] = Cell(String(character))
                for next in column + 1..<column + width { frame[row, next] = Cell("") }
                column += width
            }
        }
        frame.cursor = cursor.map { (row: $0.0, column: $0.1) }
        return frame
    }

    private func drawn(_ frames: [Frame], unicode: Bool = true) -> InMemoryTerminal {
        let terminal = InMemoryTerminal(
            size: frames.first?.size ?? Self.size, capabilities: TerminalCapabilities(unicode: unicode, color: false))
        for frame in frames { terminal.draw(frame) }
        return terminal
    }

    @Test func aRowThatBecomesShorterLeavesNothingOfItsOldEnd() {
        let terminal = drawn([Self.frame(["a long line", "漢字漢字漢字"]), Self.frame(["a", "漢"])])
        #expect(terminal.drawingProblems == [])
    }

    @Test func wideCharactersMovedByOneCellAreRedrawnWhole() {
        let terminal = drawn([
            Self.frame(["漢字ab", "x漢字"]), Self.frame([" 漢字ab", "漢字x"]), Self.frame(["ab漢字", "xy字"]),
            Self.frame(["a漢b字", "x 漢"]),
        ])
        #expect(terminal.drawingProblems == [])
    }

    @Test func emojiFlagsAndMarksReplaceAndAreReplacedByPlainText() {
        let terminal = drawn([
            Self.frame(["👍🏽 ok", "🇬🇧🇵🇱 e\u{301}", "👩‍💻 x"]), Self.frame(["ok 👍🏽", "🇵🇱 e", "x 👩‍💻"]),
            Self.frame(["ok", "e\u{301}🇬🇧", ""]), Self.frame(["👍🏽👍🏽👍🏽", "", "👩‍💻👩‍💻"]),
        ])
        #expect(terminal.drawingProblems == [])
    }

    @Test func anAccentTypedApartReplacesTheSameLetterTypedWhole() {
        let whole = Self.frame(["caf\u{E9}"])
        let apart = Self.frame(["cafe\u{301}"])
        #expect(whole == apart, "Swift's == takes them for the same")
        #expect(apart.changedClusters(since: whole) == [CellPosition(row: 0, column: 3)])
        let terminal = drawn([whole, apart, whole])
        #expect(terminal.drawingProblems == [])
    }

    @Test func withoutUnicodeTheStandInsChangeWithTheirCharacters() {
        let terminal = drawn([Self.frame(["漢字 é"]), Self.frame(["字漢 e"]), Self.frame(["a漢"])], unicode: false)
        #expect(terminal.drawingProblems == [])
    }

    @Test func aHighlightThatMovesChangesOnlyTheRolesAndTheMarker() {
        var first = Self.frame(["> one", "  two"])
        for column in 0..<Self.size.columns { first[0, column].role = .selected }
        var second = Self.frame(["  one", "> two"])
        for column in 0..<Self.size.columns { second[1, column].role = .selected }
        let terminal = drawn([first, second, first])
        #expect(terminal.drawingProblems == [])
        #expect(second.changedClusters(since: first).allSatisfy { $0.row < 2 })
    }

    @Test func aResizeSendsTheWholeFrameAtTheNewSizeAndBack() {
        let small = TerminalSize(columns: 6, rows: 2)
        let terminal = drawn([
            Self.frame(["漢字 text", "more"]), Self.frame(["漢字", "mo"], size: small), Self.frame(["漢字 text", "more"]),
        ])
        #expect(terminal.drawingProblems == [])
    }

    @Test func theCursorMovesWithTheTextTypedAtIt() {
        let terminal = drawn([
            Self.frame(["Name: ", ""], cursor: (0, 6)), Self.frame(["Name: 漢", ""], cursor: (0, 8)),
            Self.frame(["Name: 漢a", ""], cursor: (0, 9)), Self.frame(["Name: ", ""], cursor: (0, 6)),
        ])
        #expect(terminal.drawingProblems == [])
        #expect(terminal.lastFrame?.cursor?.column == 6)
    }

    /// Seeded, so a failure is the same on every run: frames of random clusters and roles, each a few cells different
    /// from the one before, sometimes at another size.
    @Test func randomFramesOfMixedWidthsLeaveNoCellWrong() {
        var random = SplitMix(seed: 0x6B65_7973)
        let clusters = ["a", "b", " ", "漢", "字", "é", "e\u{301}", "👍🏽", "🇬🇧", "👩‍💻", "!", "ż"]
        let roles: [StyleRole] = [.normal, .selected, .dim, .input]
        let sizes = [Self.size, TerminalSize(columns: 9, rows: 3)]
        var size = Self.size
        var rows = Array(repeating: "", count: size.rows)
        var frames: [Frame] = []
        for step in 0..<400 {
            if step % 97 == 96 {
                size = sizes[random.below(sizes.count)]
                rows = Array(repeating: "", count: size.rows)
            }
            let row = random.below(size.rows)
            var text = Array(rows[row])
            let at = text.isEmpty ? 0 : random.below(text.count + 1)
            switch random.below(3) {
            case 0: text.insert(Character(clusters[random.below(clusters.count)]), at: at)
            case 1: if !text.isEmpty { text.remove(at: min(at, text.count - 1)) }
            default: text = Array(text.prefix(at))
            }
            rows[row] = String(text)
            var frame = Self.frame(rows, size: size)
            // A role on any cell, the second cell of a wide character included.
            for _ in 0..<2 {
                frame[random.below(size.rows), random.below(size.columns)].role = roles[random.below(roles.count)]
            }
            frames.append(frame)
        }
        let terminal = drawn(frames)
        #expect(terminal.drawingProblems == [])
        #expect(terminal.frames.count == 400)
    }

    /// A small seeded generator, so the frames are the same on every run.
    private struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }

        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }
}

import Testing

@testable import KeyworkScreen

/// Widths as glibc's wcwidth gives them in a UTF-8 locale, which is what ncursesw and tmux 3.3a place text
/// by: each was checked against the cursor column tmux reports after printing the text.
@Suite struct DisplayWidthTests {
    @Test(
        arguments: [
            ("a", 1), ("Z", 1), (" ", 1), ("é", 1), ("e\u{301}", 1), ("n\u{303}\u{323}", 1),
            ("日", 2), ("한", 2), ("あ", 2), ("Ａ", 2), ("。", 2), ("\u{1100}\u{1161}\u{11A8}", 2), ("䷀", 2),
            ("कि", 2), ("क्ष", 2), ("คำ", 2), ("ที่", 1), ("ש", 1), ("س", 1),
            ("👍", 2), ("👍🏽", 4), ("🇵🇱", 2), ("❤️", 1), ("☺️", 1), ("x\u{FE0F}", 1),
            ("\u{7}", 0), ("\u{1B}", 0), ("\u{9F}", 0), ("\u{200D}", 0), ("\u{FE0F}", 0), ("\u{200B}", 0),
            ("\u{301}", 1), ("\u{AD}", 1), ("☺", 1), ("→", 1), ("€", 1),
        ] as [(String, Int)])
    func eachClusterHasTheWidthTheTerminalGivesIt(_ text: String, _ width: Int) {
        #expect(text.count == 1, "one grapheme cluster")
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func aStringIsTheSumOfItsClusters() {
        #expect(DisplayWidth.of("Café 日本 👍🏽!") == 4 + 1 + 4 + 1 + 4 + 1)
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("Cafe\u{301}") == 4)
    }

    @Test func scalarWidthsAreGlibcsWhateverTheProgramsLocale() {
        #expect(DisplayWidth.of("\u{4DC0}" as Unicode.Scalar) == 2, "glibc draws Yijing hexagrams wide")
        #expect(DisplayWidth.of("\u{93F}" as Unicode.Scalar) == 1, "a Devanagari spacing vowel sign takes a cell")
        #expect(DisplayWidth.of("\u{E48}" as Unicode.Scalar) == 0, "a Thai tone mark takes none")
        #expect(
            DisplayWidth.of("\u{1FAE8}" as Unicode.Scalar) == -1, "Unicode 15's shaking face is unknown to glibc 2.36")
        #expect(DisplayWidth.of("\u{7}" as Unicode.Scalar) == -1)
    }

    @Test func aClusterIsDrawnAsTheGlyphsTheTerminalGivesCellsTo() {
        #expect(CellGlyph.glyphs(of: "कि") == [.init(["\u{915}"], width: 1), .init(["\u{93F}"], width: 1)])
        #expect(CellGlyph.glyphs(of: "ที่") == [.init(["\u{E17}", "\u{E35}", "\u{E48}"], width: 1)])
        #expect(CellGlyph.glyphs(of: "👍🏽") == [.init(["\u{1F44D}"], width: 2), .init(["\u{1F3FD}"], width: 2)])
        #expect(CellGlyph.glyphs(of: "❤️") == [.init(["\u{2764}", "\u{FE0F}"], width: 1)])
    }

    @Test func aZeroWidthJoinerIsNeverSentSoTmuxCannotJoinWhatComesNext() {
        let family = CellGlyph.glyphs(of: "👨‍👩‍👧")
        #expect(family.map(\.width) == [2, 2, 2])
        #expect(!family.contains { $0.scalars.contains("\u{200D}") })
    }

    @Test func whatCannotBeDrawnAsItIsStillTakesCertainCells() {
        #expect(CellGlyph.glyphs(of: "\u{1FAE8}") == [.init(["\u{FFFD}"], width: 1)])
        #expect(CellGlyph.glyphs(of: "\u{301}") == [.init(["\u{25CC}", "\u{301}"], width: 1)])
        #expect(CellGlyph.glyphs(of: "\u{200B}") == [])
        let manyMarks = Character("a" + String(repeating: "\u{301}", count: 8))
        #expect(CellGlyph.glyphs(of: manyMarks).first?.scalars.count == CellGlyph.maximumScalars)
    }
}

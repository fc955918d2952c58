import Testing

@testable import KeyworkScreen

/// Typing is kept exactly as typed, byte for byte, and no key can split a grapheme cluster or trap.
@Suite struct TextFieldTests {
    /// Types `text` the way a terminal delivers it: one key per Unicode scalar.
    static func typed(_ text: String, into field: TextField = TextField()) -> TextField {
        var field = field
        for scalar in text.unicodeScalars { _ = field.edit(.character(Character(scalar))) }
        return field
    }

    @Test(arguments: ["कि", "คำ", "🇵🇱", "👍🏽", "क्ष", "ที่", "❤️", "👨‍👩", "\u{1100}\u{1161}\u{11A8}"])
    func aClusterTypedAScalarAtATimeThenAnyKeyNeverTraps(_ cluster: String) {
        for key: Key in [.backspace, .delete, .left, .right, .home, .end, .character("x"), .paste("y\u{301}")] {
            var field = Self.typed(cluster)
            #expect(field.cursor == 1, "the cursor sits after the one cluster, never inside it")
            _ = field.edit(key)
            _ = field.edit(.character("z"))
            #expect(field.cursor >= 0 && field.cursor <= field.text.count)
        }
        #expect(Array(Self.typed(cluster).text.utf8) == Array(cluster.utf8))
    }

    @Test func anAccentTypedAsItsOwnKeyJoinsItsLetterAndIsKept() {
        let field = Self.typed("cafe\u{301}")
        #expect(Array(field.text.utf8) == Array("cafe\u{301}".utf8), "not normalised to é")
        #expect(field.text.count == 4)
        #expect(field.cursor == 4)
    }

    @Test func backspaceTakesAWholeClusterNeverPartOfOne() {
        var field = Self.typed("a👍🏽")
        field.backspace()
        #expect(field.text == "a")
        field = Self.typed("ab\u{301}c")
        field.moveLeft()
        field.backspace()
        #expect(Array(field.text.utf8) == Array("ac".utf8))
        #expect(field.cursor == 1)
    }

    @Test func typingBeforeAMarkJoinsItAndTheCursorGoesAfterTheWholeCluster() {
        var field = Self.typed("\u{301}x")
        field.moveHome()
        field.insert("e")
        #expect(Array(field.text.utf8) == Array("e\u{301}x".utf8))
        #expect(field.cursor == 1)
    }

    @Test func removingWhatStoodBetweenTwoRegionalIndicatorsLeavesTheCursorAfterTheFlagTheyMake() {
        var field = TextField("\u{1F1F5}x\u{1F1F1}")
        field.moveLeft()
        field.backspace()
        #expect(field.text == "🇵🇱")
        #expect(field.cursor == 1)
    }

    @Test func controlCharactersAreLeftOutAndEverythingElseKept() {
        var field = TextField()
        field.insert("a\u{7}b\u{1B}c\u{200B}d\u{200D}\u{FE0F}")
        #expect(Array(field.text.utf8) == Array("abc\u{200B}d\u{200D}\u{FE0F}".utf8))
        var lines = TextField(multiline: true)
        lines.insert("one\r\ntwo\tthree")
        #expect(lines.text == "one\ntwo three")
    }

    @Test func aFieldSaysSoWhenTheLocaleCannotShowWhatWasTyped() {
        let ascii = RenderOptions(unicode: false)
        #expect(TextField.notShownWarning(TextField("Zażółć"), options: ascii) != nil)
        #expect(TextField.notShownWarning(TextField("plain"), options: ascii) == nil)
        #expect(TextField.notShownWarning(TextField("Zażółć"), options: RenderOptions()) == nil)
        var prompt = PromptView(title: "Name", explanation: ["What is your name?"])
        _ = prompt.handle(.paste("Zażółć 中文 ok"))
        let frame = prompt.render(size: TerminalSize(columns: 60, rows: 16), options: ascii)
        let drawn = (0..<frame.size.rows).map { row in
            (0..<frame.size.columns).compactMap { frame.glyphs(row: row, column: $0, unicode: false) }
                .flatMap { $0 }.map(\.text).joined()
        }
        #expect(drawn.contains { $0.contains("Za???? ? ?  ok") }, "each cell it cannot show is a ? of its width")
        #expect(frame.text.contains("kept exactly as typed"))
        #expect(FrameCheck.problems(in: frame) == [])
    }
}

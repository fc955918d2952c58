import KeyworkTestSupport
import Testing

@testable import KeyworkScreen

@Suite struct TextWrapTests {
    @Test func linesBreakAtSpacesByDisplayWidth() {
        #expect(TextWrap.wrap("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(TextWrap.wrap("日本語 日本語", width: 6) == ["日本語", "日本語"])
        #expect(TextWrap.wrap("", width: 5) == [""])
        #expect(TextWrap.wrap("a\nb", width: 5) == ["a", "b"])
    }

    @Test func aWordLongerThanTheLineIsBrokenBetweenClusters() {
        #expect(TextWrap.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.wrap("Cafe\u{301}Cafe\u{301}", width: 4) == ["Cafe\u{301}", "Cafe\u{301}"])
    }

    @Test func aWideCharacterIsNeverSplitAtTheEdge() {
        #expect(TextWrap.wrap("a日本語", width: 4) == ["a日", "本語"])
        #expect(TextWrap.wrap("👍👍👍", width: 5) == ["👍👍", "👍"])
    }

    @Test func guideMarkupMakesParagraphsEmphasisAndHangingBullets() {
        let lines = GuideText.lines("One *two* three.\nStill one.\n\n- a bullet that wraps round\n- b", width: 14)
        #expect(
            lines.map(\.text) == [
                "One two three.", "Still one.", "", "• a bullet", "  that wraps", "  round", "• b",
            ])
        #expect(lines[0].runs == [StyledRun("One "), StyledRun("two", role: .emphasis), StyledRun(" three.")])
        let ascii = GuideText.lines("- item", width: 20, options: RenderOptions(unicode: false))
        #expect(ascii.map(\.text) == ["* item"])
        #expect(GuideText.lines("2 * 3 = 6", width: 20).map(\.text) == ["2 * 3 = 6"])
    }

    /// Random text mixing ASCII, CJK, emoji, flags and combining marks, from a fixed seed.
    @Test func wrappingNeverExceedsTheWidthNorLosesAVisibleCharacter() {
        var random = SeededRandom(seed: 20_261_127)
        let pieces = ["a", "bc", "word", " ", " ", "日", "本語", "한", "👍", "🇬🇧", "👨‍👩‍👧", "e\u{301}", "❤️", "Ｆ", "-"]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...40, using: &random)).map { _ in
                pieces.randomElement(using: &random) ?? ""
            }.joined()
            let width = Int.random(in: 2...30, using: &random)
            let lines = TextWrap.wrap(text, width: width)
            for line in lines {
                // Only a cluster wider than the whole line (a ZWJ family takes six cells) may stand alone past it.
                #expect(DisplayWidth.of(line) <= width || line.count == 1, "\(text.debugDescription) at \(width)")
            }
            let kept = lines.joined().filter { $0 != " " }
            #expect(kept == text.filter { $0 != " " }, "every cluster kept whole, in order")
        }
    }
}

@Suite struct LineBreakOpportunityTests {
    @Test func aSoftHyphenIsInvisibleUnlessTheLineBreaksThereThenItShowsAsAHyphen() {
        #expect(TextWrap.wrap("extra\u{AD}ordinary", width: 20) == ["extraordinary"])
        #expect(TextWrap.wrap("an extra\u{AD}ordinary day", width: 10) == ["an extra-", "ordinary", "day"])
    }

    @Test func aHyphenAlwaysHasRoomAtTheEndOfItsLine() {
        for line in TextWrap.wrap("abcd\u{AD}efgh\u{AD}ijkl", width: 5) {
            #expect(DisplayWidth.of(line) <= 5)
        }
        #expect(TextWrap.wrap("abcd\u{AD}efgh\u{AD}ijkl", width: 5) == ["abcd-", "efgh-", "ijkl"])
    }

    @Test func aZeroWidthSpaceLetsALongWordBreakWithoutAMark() {
        #expect(TextWrap.wrap("ภาษา\u{200B}ไทย\u{200B}สวยงาม", width: 8) == ["ภาษาไทย", "สวยงาม"])
        #expect(TextWrap.wrap("one\u{200B}two", width: 20) == ["onetwo"])
    }
}

import Testing

@testable import KeyworkScreen

@Suite struct DisplayWidthTests {
    @Test(
        arguments: [
            ("a", 1), ("Z", 1), (" ", 1), ("é", 1), ("e\u{301}", 1), ("n\u{303}\u{323}", 1),
            ("日", 2), ("한", 2), ("あ", 2), ("Ａ", 2), ("。", 2), ("\u{1100}\u{1161}\u{11A8}", 2),
            ("👍", 2), ("👍🏽", 2), ("🇬🇧", 2), ("👨‍👩‍👧", 2), ("❤️", 2), ("☺️", 2),
            ("\u{7}", 0), ("\u{1B}", 0), ("\u{9F}", 0), ("\u{200D}", 0), ("\u{FE0F}", 0), ("\u{301}", 0),
            ("☺", 1), ("→", 1), ("€", 1),
        ] as [(String, Int)])
    func eachClusterHasTheWidthATerminalGivesIt(_ text: String, _ width: Int) {
        #expect(text.count == 1, "one grapheme cluster")
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func aStringIsTheSumOfItsClusters() {
        #expect(DisplayWidth.of("Café 日本 👍🏽!") == 4 + 1 + 4 + 1 + 2 + 1)
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("Cafe\u{301}") == 4)
    }
}

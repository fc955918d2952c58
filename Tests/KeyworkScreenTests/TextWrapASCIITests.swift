import KeyworkTestSupport
import Testing

@testable import KeyworkScreen

/// Plain ASCII text is wrapped by bytes: it must give exactly the lines, runs and roles the general path gives,
/// cluster by cluster, at every width.
@Suite struct TextWrapASCIITests {
    static let pieces = [
        "a", "word", "longerword", "x", "1", ".", ",", "-", "'", " ", "  ", "   ", "\n", "\n\n", "~", "*", "(",
        "abcdefghijklmnop",
    ]

    @Test func asciiLinesAreTheGeneralPathsLines() {
        var random = SeededRandom(seed: 22_8)
        for _ in 0..<3_000 {
            let runs = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                StyledRun(
                    (0..<Int.random(in: 0...8, using: &random)).map { _ in
                        Self.pieces[Int.random(in: Self.pieces.indices, using: &random)]
                    }.joined(),
                    role: StyleRole.allCases[Int.random(in: StyleRole.allCases.indices, using: &random)])
            }
            let width = Int.random(in: 1...24, using: &random)
            #expect(TextWrap.isPlainASCII(runs))
            #expect(
                TextWrap.wrapASCII(runs, width: width) == TextWrap.wrapByCharacters(runs, width: width),
                "\(runs.map(\.text)) at width \(width)")
        }
    }

    @Test func textThatIsNotPlainASCIITakesTheGeneralPath() {
        for text in ["tab\there", "cr\r\nlf", "caf\u{E9}", "soft\u{AD}hyphen", "del\u{7F}", "bell\u{7}"] {
            #expect(!TextWrap.isPlainASCII([StyledRun(text)]), "\(text.debugDescription)")
        }
        #expect(TextWrap.wrap("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(TextWrap.wrap("abcdefgh", width: 4) == ["abcd", "efgh"])
        #expect(TextWrap.wrap("", width: 0) == [""])
    }
}

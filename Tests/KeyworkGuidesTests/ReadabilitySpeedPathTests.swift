import Testing

@testable import KeyworkGuides

/// The byte-wise word splitter for ASCII text must find exactly the words the character-wise one finds,
/// and the jargon matcher's shortcuts must not change what it finds.
@Suite struct ReadabilitySpeedPathTests {
    @Test(arguments: [
        "It's *day-to-day* help.", "--a--", "'tis the 3-4 o'clock -- dose", "x- -y - ' '' -'-", "a'b'c d-e-f",
        "", "   ", "Line one\nline two\r\nthree", "under_score and+plus 12abc abc12 (brackets) [x]",
        "end with dash-", "'quoted'", "mid-'quote'-mix",
    ])
    func asciiWordsMatchCharacterWords(text: String) {
        #expect(Readability.asciiWords(in: text) == Readability.characterWords(in: text))
    }

    @Test func nonASCIITextStillSplitsByCharacters() {
        #expect(Readability.words(in: "café’s naïve — plan") == ["café’s", "naïve", "plan"])
    }

    @Test func jargonMatchesWholeWordsAndPlurals() {
        #expect(JargonList.matches(in: "We titrate slowly.").map(\.term) == ["titrate"])
        #expect(JargonList.matches(in: "Two inductions").map(\.term) == ["induction"])
        #expect(JargonList.matches(in: "An opioid agonists list").map(\.term) == ["opioid agonist"])
        #expect(JargonList.matches(in: "agonist opioid").isEmpty)
        #expect(JargonList.matches(in: "Titration and ABSTINENCE").map(\.term) == ["titration", "abstinence"])
        #expect(JargonList.matches(in: "retitrate").isEmpty)
    }
}

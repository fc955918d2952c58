import Foundation
import KeyworkTestSupport
import Testing

@testable import KeyworkGuides

/// Loading and linting a large guide take quicker paths for the common case (ASCII text, no key names, no
/// escapes): each must give exactly what the general path, or the code it replaced, gives. Texts are drawn from
/// pieces chosen to meet every rule's edge: line breaks of each kind, sentence ends, bullets, combining marks.
@Suite struct LintSpeedPathTests {
    /// `count` texts of 1 to `length` pieces drawn with `seed`, after the `fixed` ones.
    static func texts(_ pieces: [String], seed: UInt64, count: Int = 4_000, length: Int = 12, fixed: [String] = [])
        -> [String]
    {
        var random = SeededRandom(seed: seed)
        return fixed
            + (0..<count).map { _ in
                (0..<Int.random(in: 1...length, using: &random)).map { _ in
                    pieces[Int.random(in: pieces.indices, using: &random)]
                }.joined()
            }
    }

    static let asciiPieces = [
        "a", "Word", "x1", "42", " ", "  ", "\t", "\u{0B}", "\u{0C}", "\u{1C}", "\n", "\n\n", "\n- ", "\n* ", "- ",
        "* ", "-", "*", ".", ". ", "!", "?", "?\n", "'", "'s", "day-to-day", ",", ":", "(", ")", "e.g.", "...",
    ]

    @Test func asciiSentencesAreTheCharacterPathsSentences() {
        let fixed = [
            "", " ", "One. Two! Three? Four", "- a\n- b\n\nc.\nd", "*  x", "-x. y", "end.", "a.b. c", "\n\n", "- ",
            "Is it?\n* Yes.\n  - No!",
        ]
        for text in Self.texts(Self.asciiPieces, seed: 22_1, fixed: fixed) {
            #expect(Readability.isASCIIWithoutCR(text))
            #expect(
                Readability.asciiSentences(in: text) == Readability.characterSentences(in: text),
                "\(text.debugDescription)")
        }
    }

    @Test func textWithACarriageReturnOrBeyondASCIITakesTheCharacterPath() {
        for text in ["a.\r\nb.", "a\rb", "café. Next", "naïve\n- x"] {
            #expect(!Readability.isASCIIWithoutCR(text))
            #expect(Readability.sentences(in: text) == Readability.characterSentences(in: text))
        }
        // A CR LF pair is one Character, not "\n", so the general path does not break the line there; the byte path
        // must not either, which is why text with a CR never takes it.
        #expect(Readability.sentences(in: "Line one.\r\n- Two") == ["Line one.", "- Two"])
    }

    @Test func asciiSyllablesAreTheCharacterPathsSyllables() {
        let fixed = [
            "table", "planned", "wanted", "added", "the", "be", "Bubble", "rhythm", "queue", "idea", "used", "42",
            "x1y", "e", "ed", "LED", "o'clock", "day-to-day", "",
        ]
        let letters = ["a", "e", "i", "o", "u", "y", "l", "t", "d", "b", "E", "D", "L", "Y", "7", "'", "-"]
        for word in Self.texts(letters, seed: 22_2, length: 8, fixed: fixed) {
            #expect(Readability.syllables(in: word) == Readability.characterSyllables(in: word), "\(word)")
        }
    }

    @Test func theReadingEaseOfSplitWordsIsThatOfTheSentences() {
        let sentences = ["We look at the same screen.", "Nothing moves on until you are ready to go on together."]
        #expect(
            Readability.fleschReadingEase(wordsBySentence: sentences.map { Readability.words(in: $0) })
                == Readability.fleschReadingEase(sentences: sentences))
        #expect(Readability.fleschReadingEase(wordsBySentence: []) == nil)
        #expect(Readability.fleschReadingEase(wordsBySentence: [[]]) == nil)
    }

    /// The jargon matcher as it was before its dictionary of first words: every entry checked against the text.
    static func jargonByEveryEntry(in text: String) -> [JargonList.Entry] {
        let words = Readability.words(in: text).map { $0.lowercased() }
        return JargonList.entries.filter { entry in
            let termWords = entry.term.lowercased().split(separator: " ").map(String.init)
            guard words.count >= termWords.count else { return false }
            for start in 0...(words.count - termWords.count) {
                let found = termWords.indices.allSatisfy { offset in
                    words[start + offset] == termWords[offset]
                        || (offset == termWords.count - 1 && words[start + offset] == termWords[offset] + "s")
                }
                if found { return true }
            }
            return false
        }
    }

    @Test func jargonMatchesAreThoseOfCheckingEveryEntry() {
        var pieces = JargonList.entries.flatMap { $0.term.split(separator: " ").map(String.init) }
        pieces += pieces.map { $0 + "s" } + pieces.map { $0.uppercased() }
        pieces += ["the", "dose", " ", " ", "  ", ".", "\n", "-", "'", "é"]
        let fixed = ["opioid", "Opioid agonists", "agonist opioid", "opioids agonist", "harm", "harm reduction."]
        let texts = Self.texts(pieces.map { $0 + " " } + [" ", ". "], seed: 22_3, length: 6, fixed: fixed)
        for text in texts {
            #expect(JargonList.matches(in: text) == Self.jargonByEveryEntry(in: text), "\(text.debugDescription)")
        }
    }

    @Test func keyNamesAreTheRegexsMatchesInTheWholeText() {
        let keyName = #/\bF(10|[1-9])\b/#
        let pieces = [
            "F", "F1", "F10", "F11", "F2", "F0", "1", "9", "0", " ", "_", "a", "é", "\u{301}", "Ф", ".", ",", ":", "'",
            "-", "🙂", "\n", "\r\n", "\r", "\n\u{301}", "\u{200D}", "\u{AD}", "Press ",
        ]
        let fixed = ["Press F2 to ask.\n- F3 not sure\n- F10, F4", "F1\r\nF2", "F2\n\u{301}F3", "xF2\nF2x\nF2"]
        for text in Self.texts(pieces, seed: 22_4, length: 10, fixed: fixed) {
            let whole = text.matches(of: keyName).map { String(text[$0.range]) }
            #expect(GuideLinter.keyNames(in: text) == whole, "\(text.debugDescription)")
        }
    }

    /// `ScreenText.escape` as it was before its shortcut: scalar by scalar, always.
    static func escapeEveryScalar(_ value: String) -> String {
        var result = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test func escapingGivesWhatEscapingEveryScalarGives() {
        let pieces = ["a", " ", "\\", "\n", "\r", "\r\n", "é", "e\u{301}", "🙂", "\u{0}", "\t", "n"]
        for text in Self.texts(pieces, seed: 22_5, fixed: [""]) {
            #expect(ScreenText.escape(text) == Self.escapeEveryScalar(text), "\(text.debugDescription)")
        }
    }

    @Test func noASCIICharacterIsABidiControl() {
        for value in UInt32(0)..<0x80 {
            #expect(Unicode.Scalar(value)?.properties.isBidiControl == false)
        }
        let yaml = "a: \u{202E}x\nb: \u{2066}"
        #expect(BidiControls.check(yaml, file: "t").map(\.location?.column) == [4, 4])
        #expect(BidiControls.check(yaml, file: "t").map(\.location?.line) == [1, 2])
    }

    @Test func blankIsWhatTrimmingLeavesEmpty() {
        let pieces = [
            " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{3000}",
            "\u{200B}", "\u{FEFF}", "\u{1680}", "\u{180E}", "\u{1C}", "a", "é", "🙂", "\u{301}",
        ]
        var blank = 0
        for text in Self.texts(pieces, seed: 22_6, length: 4, fixed: ["", " ", "\u{A0}\u{2003}"]) {
            let trimmedEmpty = text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            if trimmedEmpty { blank += 1 }
            #expect(MappingReader.isBlank(text) == trimmedEmpty, "\(text.debugDescription)")
        }
        #expect(blank > 100)
    }

    @Test func theOpeningsBytesAreFoundWhereverFoundationFindsIt() {
        let pieces = ["{", "key", ":", "{key:", "k", "e", "y", "K", "\u{212A}", "\u{301}", "é", "}", " ", "{ke"]
        var found = 0
        for text in Self.texts(pieces, seed: 22_7, length: 8, fixed: ["", "{key", "{key:"]) {
            let foundation = text.contains(ActionPlaceholder.opening)
            if foundation {
                found += 1
                #expect(ActionPlaceholder.containsOpeningBytes(text), "\(text.debugDescription)")
            }
            #expect(ActionPlaceholder.placeholders(in: text).isEmpty || foundation)
        }
        #expect(found > 100)
    }
}

/// Sentences, words, syllables and the Flesch Reading Ease score, for lint.
///
/// **Flesch Reading Ease** = 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words).
/// 60–70 is plain English (a reading age of about 11–13); lower is harder.
///
/// - Sentences end at `.`, `!` or `?` followed by a space or the end, at a blank line, and at each
///   "- " bullet line; one line break inside a paragraph is read as a space. Each text field ends a
///   sentence, so a label counts as one.
/// - Words are runs of letters, digits, apostrophes and inner dashes that hold a letter or digit.
/// - Syllables, a heuristic: count groups of vowels (a, e, i, o, u, y) in the lowercased word; take one
///   off for a silent final "e" (not after a consonant before "le", as in "table"); take one off for a
///   final "ed" not after "t" or "d" ("planned"); every word has at least one. A number counts as one.
public enum Readability {
    /// The sentences of a text, trimmed, empty ones dropped.
    public static func sentences(in text: String) -> [String] {
        // Lint splits every text of a guide; most are ASCII, where each byte is one character (a CR LF pair is
        // the one exception, so text with a CR takes the character path) and bytes give the same sentences.
        isASCIIWithoutCR(text) ? asciiSentences(in: text) : characterSentences(in: text)
    }

    /// `sentences(in:)` for any text, by characters.
    static func characterSentences(in text: String) -> [String] {
        var sentences: [String] = []
        for paragraph in paragraphs(of: text) {
            var current = ""
            let characters = Array(paragraph)
            for (index, character) in characters.enumerated() {
                current.append(character)
                let atEnd = index + 1 == characters.count
                if character == "." || character == "!" || character == "?", atEnd || characters[index + 1].isWhitespace
                {
                    sentences.append(current)
                    current = ""
                }
            }
            sentences.append(current)
        }
        return sentences.map { $0.trimmingWhitespace() }.filter { !words(in: $0).isEmpty }
    }

    /// Whether `text` is ASCII with no carriage return: one character per byte.
    static func isASCIIWithoutCR(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") }
    }

    /// `sentences(in:)` for ASCII text without a CR, by bytes, step for step as `characterSentences(in:)`.
    static func asciiSentences(in text: String) -> [String] {
        var sentences: [String] = []
        for paragraph in asciiParagraphs(of: Array(text.utf8)) {
            var start = 0
            for index in paragraph.indices {
                let byte = paragraph[index]
                let atEnd = index + 1 == paragraph.count
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"),
                    atEnd || isASCIIWhitespace(paragraph[index + 1])
                {
                    appendTrimmedSentence(paragraph[start...index], to: &sentences)
                    start = index + 1
                }
            }
            appendTrimmedSentence(paragraph[start...], to: &sentences)
        }
        return sentences
    }

    /// Appends `bytes` trimmed of whitespace, when they hold a word: a letter or a digit.
    private static func appendTrimmedSentence(_ bytes: ArraySlice<UInt8>, to sentences: inout [String]) {
        let trimmed = trimmingASCIIWhitespace(bytes)
        guard trimmed.contains(where: isLetterOrDigit) else { return }
        sentences.append(String(decoding: trimmed, as: UTF8.self))
    }

    /// `paragraphs(of:)` for ASCII text without a CR.
    private static func asciiParagraphs(of bytes: [UInt8]) -> [[UInt8]] {
        var paragraphs: [[UInt8]] = []
        var current: [ArraySlice<UInt8>] = []
        func flush() {
            guard !current.isEmpty else { return }
            paragraphs.append(Array(current.joined(separator: [UInt8(ascii: " ")])))
        }
        for rawLine in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let line = trimmingASCIIWhitespace(rawLine)
            let bullet =
                line.count >= 2 && line[line.startIndex + 1] == UInt8(ascii: " ")
                && (line.first == UInt8(ascii: "-") || line.first == UInt8(ascii: "*"))
            if line.isEmpty || bullet {
                flush()
                current = line.isEmpty ? [] : [line.dropFirst(2)]
            } else {
                current.append(line)
            }
        }
        flush()
        return paragraphs
    }

    /// The ASCII characters with Unicode's White_Space property, which `Character.isWhitespace` reads.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D)
    }

    private static func trimmingASCIIWhitespace(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let first = bytes.firstIndex(where: { !isASCIIWhitespace($0) }),
            let last = bytes.lastIndex(where: { !isASCIIWhitespace($0) })
        else { return [] }
        return bytes[first...last]
    }

    /// Splits at blank lines and bullet lines, and joins wrapped lines of one paragraph.
    private static func paragraphs(of text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("- ") || line.hasPrefix("* ") {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = line.isEmpty ? [] : [String(line.dropFirst(2))]
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs
    }

    /// The words of a text (emphasis marks and punctuation removed).
    public static func words(in text: String) -> [String] {
        // Lint asks for the words of every sentence several times; most guide text is ASCII, where
        // bytes give the same words as characters without the cost of grapheme breaking.
        text.utf8.allSatisfy { $0 < 0x80 } ? asciiWords(in: text) : characterWords(in: text)
    }

    /// `words(in:)` for ASCII text: letters, digits, `'` and `-` runs, trimmed of `'` and `-`, holding a letter or digit.
    static func asciiWords(in text: String) -> [String] {
        var words: [String] = []
        var text = text
        text.withUTF8 { bytes in
            func isWordByte(_ byte: UInt8) -> Bool {
                isLetterOrDigit(byte) || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")
            }
            var index = 0
            while index < bytes.count {
                guard isWordByte(bytes[index]) else {
                    index += 1
                    continue
                }
                var start = index
                while index < bytes.count && isWordByte(bytes[index]) { index += 1 }
                var end = index
                while start < end && !isLetterOrDigit(bytes[start]) { start += 1 }
                while end > start && !isLetterOrDigit(bytes[end - 1]) { end -= 1 }
                // Trimming stops at the first letter or digit from each side, so a non-empty rest holds one.
                if start < end {
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                }
            }
        }
        return words
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// `words(in:)` for any text, by characters.
    static func characterWords(in text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            let word = current.trimmingCharacters(inSet: "-'’")
            if word.contains(where: { $0.isLetter || $0.isNumber }) { words.append(word) }
            current = ""
        }
        for character in text {
            if character.isLetter || character.isNumber || character == "'" || character == "’" || character == "-" {
                current.append(character)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    public static func syllables(in word: String) -> Int {
        // For ASCII, lowercasing and `isLetter` are the byte rules, so bytes count the same syllables.
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return characterSyllables(in: word) }
        let letters: [UInt8] = word.utf8.compactMap { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): byte
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte | 0x20
            default: nil
            }
        }
        return countSyllables(
            letters, vowel: isASCIIVowel, e: UInt8(ascii: "e"), l: UInt8(ascii: "l"), t: UInt8(ascii: "t"),
            d: UInt8(ascii: "d"))
    }

    /// `syllables(in:)` for any word, by characters.
    static func characterSyllables(in word: String) -> Int {
        countSyllables(
            Array(word.lowercased().filter(\.isLetter)), vowel: vowels.contains, e: "e", l: "l", t: "t", d: "d")
    }

    /// The syllable rules over a word's lowercased letters, whatever they are stored as.
    private static func countSyllables<Letter: Equatable>(
        _ letters: [Letter], vowel isVowelLetter: (Letter) -> Bool, e: Letter, l: Letter, t: Letter, d: Letter
    ) -> Int {
        guard !letters.isEmpty else { return 1 }
        var count = 0
        var previousWasVowel = false
        for letter in letters {
            let isVowel = isVowelLetter(letter)
            if isVowel && !previousWasVowel { count += 1 }
            previousWasVowel = isVowel
        }
        let n = letters.count
        if n > 2, letters[n - 1] == e, !isVowelLetter(letters[n - 2]),
            !(letters[n - 2] == l && !isVowelLetter(letters[n - 3]))
        {
            count -= 1
        }
        if n > 3, letters[n - 2] == e, letters[n - 1] == d, letters[n - 3] != t, letters[n - 3] != d,
            !isVowelLetter(letters[n - 3])
        {
            count -= 1
        }
        return max(count, 1)
    }

    private static func isASCIIVowel(_ letter: UInt8) -> Bool {
        switch letter {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
            UInt8(ascii: "y"):
            true
        default: false
        }
    }

    /// Built once: syllables are counted for every word of every guide that is linted.
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    /// The Flesch Reading Ease score of some sentences; nil when there are no words.
    public static func fleschReadingEase(sentences: [String]) -> Double? {
        fleschReadingEase(wordsBySentence: sentences.map { words(in: $0) })
    }

    /// The Flesch Reading Ease score of sentences already split into words; nil when there are no words.
    public static func fleschReadingEase(wordsBySentence: [[String]]) -> Double? {
        let words = wordsBySentence.flatMap { $0 }
        guard !words.isEmpty, !wordsBySentence.isEmpty else { return nil }
        let syllables = words.reduce(0) { $0 + self.syllables(in: $1) }
        let wordsPerSentence = Double(words.count) / Double(wordsBySentence.count)
        let syllablesPerWord = Double(syllables) / Double(words.count)
        return 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord
    }
}

extension StringProtocol {
    fileprivate func trimmingWhitespace() -> String {
        let scalars = String(self).unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[start...end]))
    }

    fileprivate func trimmingCharacters(inSet set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}

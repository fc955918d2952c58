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
        let letters = Array(word.lowercased().filter(\.isLetter))
        guard !letters.isEmpty else { return 1 }
        var count = 0
        var previousWasVowel = false
        for letter in letters {
            let isVowel = vowels.contains(letter)
            if isVowel && !previousWasVowel { count += 1 }
            previousWasVowel = isVowel
        }
        let n = letters.count
        if n > 2, letters[n - 1] == "e", !vowels.contains(letters[n - 2]),
            !(letters[n - 2] == "l" && !vowels.contains(letters[n - 3]))
        {
            count -= 1
        }
        if n > 3, letters[n - 2] == "e", letters[n - 1] == "d", letters[n - 3] != "t", letters[n - 3] != "d",
            !vowels.contains(letters[n - 3])
        {
            count -= 1
        }
        return max(count, 1)
    }

    /// Built once: syllables are counted for every word of every guide that is linted.
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    /// The Flesch Reading Ease score of some sentences; nil when there are no words.
    public static func fleschReadingEase(sentences: [String]) -> Double? {
        let words = sentences.flatMap { self.words(in: $0) }
        guard !words.isEmpty, !sentences.isEmpty else { return nil }
        let syllables = words.reduce(0) { $0 + self.syllables(in: $1) }
        let wordsPerSentence = Double(words.count) / Double(sentences.count)
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

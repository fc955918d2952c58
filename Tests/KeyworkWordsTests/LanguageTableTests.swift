import Testing

@testable import KeyworkWords

/// The names in `{braces}` across every form of an entry.
private func placeholders(_ entry: PhraseEntry) -> Set<String> {
    var names: Set<String> = []
    for form in entry.forms {
        for match in form.matches(of: #/\{([a-zA-Z]+)\}/#) { names.insert(String(match.output.1)) }
    }
    return names
}

@Test func theEnglishTableHasEveryPhraseAndNoneIsEmpty() {
    for phrase in Phrase.allCases {
        let entry = Language.english.table[phrase]
        #expect(entry != nil, "English has no words for .\(phrase)")
        for form in entry?.forms ?? [] { #expect(!form.isEmpty, "English .\(phrase) is empty") }
    }
}

@Test(arguments: Language.allCases.filter { $0 != .english })
func everyOtherTableHasEveryEnglishPhraseWithTheSamePlaceholders(language: Language) {
    for phrase in Phrase.allCases {
        guard let english = Language.english.table[phrase] else { continue }
        guard let translated = language.table[phrase] else {
            Issue.record("\(language.code) has no words for .\(phrase)")
            continue
        }
        for form in translated.forms {
            let blank = form.allSatisfy { $0.isWhitespace }
            #expect(!blank, "\(language.code) .\(phrase) is empty")
        }
        #expect(
            placeholders(translated) == placeholders(english),
            "\(language.code) .\(phrase) has placeholders \(placeholders(translated).sorted()), English has \(placeholders(english).sorted())"
        )
        switch (english, translated) {
        case (.text, .text), (.plural, .plural): break
        default: Issue.record("\(language.code) .\(phrase) must be \(english) like English, not \(translated)")
        }
    }
}

@Test(arguments: Language.allCases)
func noTableHasWordsForAPhraseThatDoesNotExist(language: Language) {
    // Keys are the `Phrase` enum, so a stray key cannot compile; this checks the count as a guard on copies.
    #expect(language.table.count == Phrase.allCases.count)
}

@Test(arguments: Language.allCases)
func lookingUpAPhraseGivesTheJoinedTablesEntry(language: Language) {
    for phrase in Phrase.allCases {
        #expect(language.entry(phrase) == language.table[phrase], "\(language.code) .\(phrase)")
    }
}

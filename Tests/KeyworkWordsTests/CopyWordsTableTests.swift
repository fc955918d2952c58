import Testing

@testable import KeyworkWords

/// The words of the client's copy: every table has every phrase, with the same placeholders and kind of entry.

private func placeholders(_ entry: PhraseEntry) -> Set<String> {
    var names: Set<String> = []
    for form in entry.forms {
        for match in form.matches(of: #/\{([a-zA-Z]+)\}/#) { names.insert(String(match.output.1)) }
    }
    return names
}

@Test(arguments: Language.allCases)
func everyCopyTableHasEveryPhraseWithEnglishsPlaceholders(language: Language) {
    #expect(language.copyTable.count == CopyPhrase.allCases.count)
    for phrase in CopyPhrase.allCases {
        guard let english = Language.english.copyTable[phrase], let entry = language.copyTable[phrase] else {
            Issue.record("\(language.code) has no copy words for .\(phrase)")
            continue
        }
        for form in entry.forms {
            let blank = form.allSatisfy { $0.isWhitespace }
            #expect(!blank, "\(language.code) .\(phrase) is empty")
        }
        #expect(placeholders(entry) == placeholders(english), "\(language.code) .\(phrase)")
        switch (english, entry) {
        case (.text, .text), (.plural, .plural): break
        default: Issue.record("\(language.code) .\(phrase) must be \(english) like English")
        }
    }
}

@Test func copyPhrasesAreSaidInTheirLanguageWithPolishPlurals() {
    let polish = Words(.polish)
    #expect(polish(.aboutWeeks, ["count": 1]) == "około 1 tydzień")
    #expect(polish(.aboutWeeks, ["count": 3]) == "około 3 tygodnie")
    #expect(polish(.aboutWeeks, ["count": 12]) == "około 12 tygodni")
    #expect(Words.english(.aboutWeeks, ["count": 1]) == "about 1 week")
    #expect(Words.english(.copyTitle, ["guide": "Your plan"]) == "Your copy: Your plan")
    #expect(polish(.quoted, ["text": "tak"]) == "„tak”")
}

@Test func datesAreWrittenInTheLanguagesOwnWords() {
    #expect(CalendarWords(.english).day(weekday: 6, day: 26, month: 2, year: 2027) == "Friday 26 February 2027")
    #expect(CalendarWords(.polish).day(weekday: 6, day: 26, month: 2, year: 2027) == "piątek 26 lutego 2027")
    #expect(CalendarWords(.polish).day(weekday: 1, day: 7, month: 12, year: 2026) == "niedziela 7 grudnia 2026")
}

@Test func thePolishWordsDoNotAssumeAnyonesGenderAndQuoteThePolishWay() {
    let forms =
        Language.polish.copyTable.map { ("copy .\($0.key)", $0.value.forms) }
        + Language.polish.table.map { (".\($0.key)", $0.value.forms) }
    for (name, entryForms) in forms {
        for form in entryForms {
            // Past-tense verbs with a gendered ending, or "he/she" slashes, would say whether the reader is a man or
            // a woman; "oboje" and "obojgu" would say the two people are a man and a woman.
            #expect(form.firstMatch(of: #/\w+(łeś|łaś|łem|łam)\b/#) == nil, "\(name): \(form)")
            #expect(form.firstMatch(of: #/\w+(em|eś|y|a)\/(am|aś|a)\b/#) == nil, "\(name): \(form)")
            #expect(!form.contains(" lub gotowa") && !form.contains("Sam lub sama"), "\(name): \(form)")
            #expect(!form.contains("oboje") && !form.contains("obojgu"), "\(name): \(form)")
            #expect(!form.contains("\""), "\(name) uses English quotation marks: \(form)")
            // "Wątpię" reads as "I doubt it", a challenge, where the key means "I'm not sure".
            #expect(!form.contains("Wątpię"), "\(name): \(form)")
        }
    }
}

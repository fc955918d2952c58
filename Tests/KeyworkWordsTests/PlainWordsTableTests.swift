import Testing

@testable import KeyworkWords

@Test func polishPlainQuestionCountTakesAllThreeForms() {
    let words = Words(.polish)
    #expect(words(.plainGroupQuestionsSoFar, ["count": 1]) == "Na razie 1 pytanie")
    #expect(words(.plainGroupQuestionsSoFar, ["count": 3]) == "Na razie 3 pytania")
    #expect(words(.plainGroupQuestionsSoFar, ["count": 5]) == "Na razie 5 pytań")
    #expect(words(.plainGroupQuestionsSoFar, ["count": 22]) == "Na razie 22 pytania")
    #expect(words(.plainGroupQuestionNoted, ["count": 12]) == "Zapisano. Na razie 12 pytań.")
}

@Test func polishPlainHintsFillTheirPlaceholders() {
    let words = Words(.polish)
    #expect(words(.plainScaleHint, ["min": 1, "max": 5]) == "Wpisz liczbę od 1 do 5 i naciśnij Enter.")
    #expect(words[.plainReadAloudUnavailable].hasPrefix("Czytanie na głos jest niedostępne"))
    #expect(words[.plainCommandsShort].contains("pomoc"))
}

@Test func englishPlainQuestionCountKeepsItsOldWording() {
    #expect(Words.english(.plainGroupQuestionsSoFar, ["count": 1]) == "1 question so far")
    #expect(Words.english(.plainGroupQuestionNoted, ["count": 2]) == "Noted. 2 questions so far.")
}

/// A hint that tells people to type a word must name the very word the line mode takes.
@Test(arguments: Language.allCases)
func plainHintsNameTheWordsTheLineModeTakes(language: Language) {
    let words = Words(language)
    #expect(words[.plainTickHint].contains(words[.yes].lowercased()), "\(language.code): the tick hint")
    #expect(words[.plainMultiNone].contains(words[.plainAnswerNone]), "\(language.code): the multi-choice hint")
    #expect(words[.plainAnswerOrKeep].contains(words[.plainAnswerKeep]), "\(language.code): the review hint")
    #expect(words[.plainUnknownCommand].contains(words[.plainCommandHelp]), "\(language.code): the help word")
    #expect(words[.plainPrivacyOn].contains(words[.plainCommandPrivate]), "\(language.code): the privacy word")
    #expect(words[.plainMeaningPrivate].contains(words[.plainCommandPrivate]), "\(language.code): the privacy word")
    // Yes and no are also taken by their first letter, so the two must differ.
    #expect(words[.yes].lowercased().first != words[.no].lowercased().first, "\(language.code): yes and no")
}

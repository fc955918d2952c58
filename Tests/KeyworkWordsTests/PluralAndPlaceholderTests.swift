import Testing

@testable import KeyworkWords

@Test func englishHasOneFormForOneAndAnotherForEveryOtherCount() {
    #expect(Language.english.pluralCategory(1) == .one)
    for count in [0, 2, 3, 5, 11, 21, 22, 100] { #expect(Language.english.pluralCategory(count) == .many) }
    #expect(Words.english(.weeks, ["count": 1]) == "1 week")
    #expect(Words.english(.weeks, ["count": 0]) == "0 weeks")
    #expect(Words.english(.weeks, ["count": 3]) == "3 weeks")
}

@Test func polishUsesOneFewAndManyByTheLastDigits() {
    let polish = Language.polish
    #expect(polish.pluralCategory(1) == .one)
    for count in [2, 3, 4, 22, 23, 24, 32, 102, 104, 1002] { #expect(polish.pluralCategory(count) == .few, "\(count)") }
    for count in [0, 5, 6, 9, 10, 11, 12, 13, 14, 15, 20, 21, 25, 101, 111, 112, 114] {
        #expect(polish.pluralCategory(count) == .many, "\(count)")
    }
}

@Test func polishWeeksTakeTheRightForm() {
    let words = Words(.polish)
    #expect(words(.weeks, ["count": 1]) == "1 tydzień")
    #expect(words(.weeks, ["count": 2]) == "2 tygodnie")
    #expect(words(.weeks, ["count": 4]) == "4 tygodnie")
    #expect(words(.weeks, ["count": 5]) == "5 tygodni")
    #expect(words(.weeks, ["count": 12]) == "12 tygodni")
    #expect(words(.weeks, ["count": 22]) == "22 tygodnie")
    #expect(words(.refuseAtLeast, ["count": 1]) == "Wybierz co najmniej jedną opcję.")
    #expect(words(.refuseAtLeast, ["count": 3]) == "Wybierz co najmniej 3 opcje.")
    #expect(words(.refuseAtLeast, ["count": 7]) == "Wybierz co najmniej 7 opcji.")
}

@Test func placeholdersAreFilledByNameAndAPhraseArgumentIsSaidInTheSameLanguage() {
    #expect(Words.english(.multiRange, ["min": 1, "max": 3]) == "Choose 1 to 3.")
    #expect(Words(.polish)(.multiRange, ["min": 1, "max": 3]) == "Wybierz od 1 do 3.")
    #expect(Words.english(.refuseAlreadySigned, ["role": .phrase(.roleClient)]) == "The client has already signed.")
    #expect(Words(.polish)(.refuseAlreadySigned, ["role": .phrase(.roleClient)]) == "Jest już podpis: klient.")
    // Typed words are put in as they are, even with braces in them.
    #expect(Words.english(.answerPrefix, ["answer": "{min} is fine"]) == "Answer: {min} is fine")
}

@Test func aMissingArgumentLeavesItsPlaceholderShowingRatherThanFailing() {
    #expect(Words.english(.multiRange, ["min": 1]) == "Choose 1 to {max}.")
}

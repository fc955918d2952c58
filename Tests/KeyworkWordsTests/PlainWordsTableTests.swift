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

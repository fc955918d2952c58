import KeyworkFrontEnd
import Testing

@Suite struct SpokenCodesTests {
    @Test func aReceiptCodeIsSpelledInGroupsWithAPauseAtEachHyphen() {
        #expect(
            SpokenCodes.spelled("Receipt code: 83F2-K9QX-1T7M.")
                == "Receipt code: 8 3 F 2, K 9 Q X, 1 T 7 M.")
    }

    @Test func aSessionIdIsSpelledAndItsLettersAreSaidAsCapitals() {
        #expect(SpokenCodes.spelled("(20261127-024630-a1b2c3)") == "(2 0 2 6 1 1 2 7, 0 2 4 6 3 0, A 1 B 2 C 3)")
    }

    @Test func wordsNumbersAndDatesAreLeftAsTheyAre() {
        let text = "Come back in 28 days, on 2026-12-07. Press F1 for help; wait-list is long."
        #expect(SpokenCodes.spelled(text) == text)
    }

    @Test func textOutsideASCIIIsNeverTakenForACode() {
        let text = "Zadzwoń 0800 123 4567 — ok ąę1234"
        #expect(SpokenCodes.spelled(text) == "Zadzwoń 0800 123 4567 — ok ąę1234")
    }
}

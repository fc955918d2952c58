import KeyworkNcurses
import KeyworkScreen
import KeyworkTerminal
import Testing

@Suite struct InputDecoderTests {
    private func feed(_ text: String, into decoder: inout InputDecoder) -> [TerminalEvent] {
        text.unicodeScalars.flatMap { decoder.feed(.character($0.value)) }
    }

    @Test func aBracketedPasteBecomesOnePasteEventWithNewlinesKept() {
        var decoder = InputDecoder()
        let events = feed("\u{1B}[200~line one\rline two\r\nthree\u{1B}[201~", into: &decoder)
        #expect(events == [.key(.paste("line one\nline two\nthree"))])
        #expect(!decoder.isInsidePaste)
        #expect(!decoder.isAwaitingEscapeSequence)
    }

    @Test func keysBeforeAndAfterAPasteStayKeys() {
        var decoder = InputDecoder()
        let events = feed("a\u{1B}[200~中\u{1B}[201~\r", into: &decoder)
        #expect(events == [.key(.character("a")), .key(.paste("中")), .key(.enter)])
    }

    @Test func aPasteIsReportedOnlyOnceItsEndArrives() {
        var decoder = InputDecoder()
        #expect(feed("\u{1B}[200~half", into: &decoder) == [])
        #expect(decoder.isInsidePaste)
        #expect(feed(" and more\u{1B}[201", into: &decoder) == [])
        #expect(feed("~", into: &decoder) == [.key(.paste("half and more"))])
    }

    @Test func controlCharactersAndEscapeSequencesInsideAPasteAreDropped() {
        var decoder = InputDecoder()
        let events = feed("\u{1B}[200~a\u{3}b\u{1B}[31mc\td\u{1B}[201~", into: &decoder)
        #expect(events == [.key(.paste("ab[31mc\td"))])
    }

    @Test func aLoneEscapeIsHeldUntilFlushedThenReported() {
        var decoder = InputDecoder()
        #expect(feed("\u{1B}", into: &decoder) == [])
        #expect(decoder.isAwaitingEscapeSequence)
        #expect(decoder.flush() == [.key(.escape)])
        #expect(!decoder.isAwaitingEscapeSequence)
    }

    @Test func anEscapeFollowedByOtherTextIsEscapeThenThoseKeys() {
        var decoder = InputDecoder()
        #expect(feed("\u{1B}x", into: &decoder) == [.key(.escape), .key(.character("x"))])
        #expect(
            feed("\u{1B}[2x", into: &decoder) == [
                .key(.escape), .key(.character("[")), .key(.character("2")), .key(.character("x")),
            ])
    }

    @Test func twoEscapesInARowAreTwoEscapeKeys() {
        var decoder = InputDecoder()
        #expect(feed("\u{1B}\u{1B}", into: &decoder) == [.key(.escape)])
        #expect(decoder.flush() == [.key(.escape)])
    }

    @Test func aKeyCodeAfterAnEscapeReportsTheEscapeFirst() {
        var decoder = InputDecoder()
        #expect(feed("\u{1B}", into: &decoder) == [])
        #expect(decoder.feed(.keyCode(0o403)) == [.key(.escape), .key(.up)])
    }

    @Test func plainKeysPassStraightThrough() {
        var decoder = InputDecoder()
        #expect(
            feed("\u{10}\u{11}\u{3}1", into: &decoder) == [
                .key(.control("p")), .key(.control("q")), .key(.control("c")), .key(.character("1")),
            ])
        #expect(decoder.feed(.keyCode(0o410 + 10)) == [.key(.function(10))])
    }
}

import KeyworkNcurses
import KeyworkScreen
import KeyworkTerminal
import Testing

/// Bytes from the terminal into events, a read at a time, with tmux's `screen` key strings.
@Suite struct InputDecoderTests {
    private func feed(_ text: String, into decoder: inout InputDecoder) -> [TerminalEvent] {
        decoder.feed(Array(text.utf8))
    }

    @Test func aBracketedPasteInOneReadBecomesOnePasteEventWithNewlinesKept() {
        var decoder = InputDecoder()
        let events = feed("\u{1B}[200~line one\rline two\r\nthree\u{1B}[201~", into: &decoder)
        #expect(events == [.key(.paste("line one\nline two\nthree"))])
        #expect(!decoder.isInsidePaste)
        #expect(!decoder.isAwaitingMore)
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
        #expect(!decoder.isInsidePaste)
    }

    @Test func aCharacterOrALineEndSplitBetweenReadsArrivesWhole() {
        var decoder = InputDecoder()
        let bytes = Array("\u{1B}[200~a\r\n中".utf8)
        let cut = bytes.count - 2
        #expect(decoder.feed(Array(bytes[..<cut])) == [])
        #expect(decoder.feed(Array(bytes[cut...]) + Array("\u{1B}[201~".utf8)) == [.key(.paste("a\n中"))])
    }

    @Test func controlCharactersAndEscapeSequencesInsideAPasteAreDropped() {
        var decoder = InputDecoder()
        let events = feed("\u{1B}[200~a\u{3}b\u{1B}[31mc\td\u{1B}[201~", into: &decoder)
        #expect(events == [.key(.paste("ab[31mc\td"))])
    }

    @Test func aLoneEscapeIsHeldUntilFlushedThenReported() {
        var decoder = InputDecoder()
        #expect(feed("\u{1B}", into: &decoder) == [])
        #expect(decoder.isAwaitingMore)
        #expect(decoder.flush() == [.key(.escape)])
        #expect(!decoder.isAwaitingMore)
    }

    @Test func anEscapeFollowedByTextIsEscapeThenThoseKeys() {
        var decoder = InputDecoder()
        #expect(feed("\u{1B}x", into: &decoder) == [.key(.escape), .key(.character("x"))])
        #expect(feed("\u{1B}[", into: &decoder) == [])
        #expect(decoder.flush() == [.key(.escape), .key(.character("["))])
    }

    @Test func twoEscapesInARowAreTwoEscapeKeys() {
        var decoder = InputDecoder()
        #expect(feed("\u{1B}\u{1B}", into: &decoder) == [.key(.escape)])
        #expect(decoder.flush() == [.key(.escape)])
    }

    @Test func plainKeysPassStraightThrough() {
        var decoder = InputDecoder()
        #expect(
            feed("\u{10}\u{11}\u{3}1", into: &decoder) == [
                .key(.control("p")), .key(.control("q")), .key(.control("c")), .key(.character("1")),
            ])
        #expect(feed("\u{1B}[21~", into: &decoder) == [.key(.function(10))])
    }

    @Test func arrowsArriveInEitherCursorMode() {
        var decoder = InputDecoder()
        #expect(
            feed("\u{1B}[A\u{1B}OA\u{1B}[B\u{1B}[5~\u{1B}[Z", into: &decoder) == [
                .key(.up), .key(.up), .key(.down), .key(.pageUp), .key(.backTab),
            ])
    }

    @Test func aKeyWhoseSequenceArrivesOverTwoReadsIsOneKey() {
        var decoder = InputDecoder()
        #expect(feed("\u{1B}[2", into: &decoder) == [])
        #expect(decoder.isAwaitingMore)
        #expect(feed("0~", into: &decoder) == [.key(.function(9))])
    }

    @Test func aSequenceThisTerminalDoesNotKnowIsDroppedWholeNeverTyped() {
        var decoder = InputDecoder(keys: KeySequences(terminfo: KeySequencesTests.vt100))
        // tmux sends F10 as ESC [21~ whatever TERM says; vt100 has no such key, so it must not pick option 2 or 1.
        #expect(feed("\u{1B}[21~", into: &decoder) == [])
        #expect(feed("\u{1B}[1;5A\u{1B}Ox", into: &decoder) == [])
        #expect(feed("\u{1B}OP", into: &decoder) == [.key(.function(1))])
        #expect(!decoder.isAwaitingMore)
    }

    @Test func typedTextIsDecodedAsUTF8WhateverTheLocale() {
        var decoder = InputDecoder()
        let events = feed("Zażółć 中文 👍🏽", into: &decoder)
        let typed = events.compactMap { event -> Character? in
            if case .key(.character(let character)) = event { return character }
            return nil
        }
        #expect(String(typed).unicodeScalars.elementsEqual("Zażółć 中文 👍🏽".unicodeScalars))
        #expect(typed.count == "Zażółć 中文 👍🏽".unicodeScalars.count, "one key per scalar, as typed")
    }

    @Test func anInvalidByteBecomesOneReplacementAndTheRestOfTheInputIsKept() {
        var decoder = InputDecoder()
        let events = decoder.feed(Array("caf".utf8) + [0xE9] + Array(" ok".utf8))
        #expect(events == "caf\u{FFFD} ok".map { .key(.character($0)) })
        let pasted = decoder.feed(Array("\u{1B}[200~a".utf8) + [0xFF, 0xC3] + Array("b\u{1B}[201~".utf8))
        #expect(pasted == [.key(.paste("a\u{FFFD}\u{FFFD}b"))])
    }

    @Test func aCharacterCutShortByTheEndOfInputIsAReplacement() {
        var decoder = InputDecoder()
        #expect(decoder.feed([0xE4, 0xB8]) == [])
        #expect(decoder.isAwaitingMore)
        #expect(decoder.flush() == [.key(.character("\u{FFFD}"))])
    }
}

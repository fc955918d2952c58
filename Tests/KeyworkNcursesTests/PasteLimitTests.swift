import KeyworkNcurses
import KeyworkScreen
import KeyworkTerminal
import Testing

/// A paste whose end marker is late or never comes: it is capped in size, and ended on request.
@Suite struct PasteLimitTests {
    private func feed(_ text: String, into decoder: inout InputDecoder) -> [TerminalEvent] {
        decoder.feed(Array(text.utf8))
    }

    private let limit = InputDecoder.maximumPasteLength

    private let piece = InputDecoder.pastePieceLength

    /// The pieces of a paste joined, and the keys around them, as the run loop sees them.
    private func pasted(_ events: [TerminalEvent]) -> String {
        events.map { event in
            if case .key(.paste(let text)) = event { return text }
            return ""
        }.joined()
    }

    @Test func aPasteLongerThanTheLimitDeliversTheLimitAndDropsTheRestUpToItsEnd() {
        var decoder = InputDecoder()
        let long = String(repeating: "a", count: limit) + String(repeating: "b", count: 5000)
        let events = feed("\u{1B}[200~" + long + "\u{1B}[201~x", into: &decoder)
        #expect(pasted(events) == String(repeating: "a", count: limit))
        #expect(events.last == .key(.character("x")))
        #expect(!decoder.isInsidePaste)
    }

    @Test func aLongPasteComesInPiecesSoTheRunLoopDrawsAndReadsKeysBetweenThem() {
        var decoder = InputDecoder()
        let text = String(repeating: "z", count: limit)
        let events = feed("\u{1B}[200~" + text + "\u{1B}[201~", into: &decoder)
        #expect(events.count == limit / piece)
        #expect(events.allSatisfy { if case .key(.paste(let part)) = $0 { part.count == piece } else { false } })
        #expect(pasted(events) == text)
    }

    @Test func aPasteWithoutItsEndMarkerIsCappedAndKeepsNoMoreThanTheLimit() {
        var decoder = InputDecoder()
        var events = feed("\u{1B}[200~", into: &decoder)
        for _ in 0..<3 { events += decoder.feed(Array(repeating: UInt8(ascii: "q"), count: limit)) }
        #expect(pasted(events) == String(repeating: "q", count: limit))
        // Still dropping: Enter-like bytes inside the runaway paste never become keys.
        #expect(feed("\r\r\r", into: &decoder) == [])
        #expect(decoder.isInsidePaste)
        #expect(decoder.endUnfinishedPaste() == [])
        #expect(!decoder.isInsidePaste)
        #expect(feed("\r", into: &decoder) == [.key(.enter)])
    }

    @Test func anUnfinishedPasteDeliversWhatArrivedButNeverAPartEndMarker() {
        var decoder = InputDecoder()
        #expect(feed("\u{1B}[200~line one\rline two\u{1B}[20", into: &decoder) == [])
        #expect(decoder.isInsidePaste)
        #expect(decoder.endUnfinishedPaste() == [.key(.paste("line one\nline two"))])
        #expect(!decoder.isInsidePaste)
        #expect(feed("\r", into: &decoder) == [.key(.enter)], "keys are keys again")
    }

    @Test func endingWhenNoPasteIsOpenDoesNothing() {
        var decoder = InputDecoder()
        #expect(decoder.endUnfinishedPaste() == [])
        #expect(feed("a", into: &decoder) == [.key(.character("a"))])
    }

    @Test func anEmptyUnfinishedPasteEndsWithNoEvent() {
        var decoder = InputDecoder()
        #expect(feed("\u{1B}[200~", into: &decoder) == [])
        #expect(decoder.endUnfinishedPaste() == [])
        #expect(!decoder.isInsidePaste)
    }

    @Test func aPasteStillArrivingWhenTheScreenChangesIsDroppedWhole() {
        var decoder = InputDecoder()
        let start = decoder.feed(Array("\u{1B}[200~half".utf8))
        #expect(start.isEmpty)
        decoder.discardTypeAhead()
        let rest = decoder.feed(Array(" and more\u{1B}[201~x".utf8))
        #expect(rest == [.key(.character("x"))], "the paste's rest never becomes keys")
    }
}

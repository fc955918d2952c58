import Testing

@testable import KeyworkText

/// Text from records, guides and the command line reaches the terminal only as characters to show.
@Suite struct TerminalTextTests {
    @Test func plainTextInAnyScriptIsKeptExactly() {
        for text in ["Sam Keyworker", "café — naïve", "Zażółć gęślą jaźń", "สวัสดีครับ", "नमस्ते", "日本語", "👩‍👩‍👧", ""] {
            #expect(TerminalText.escaped(text) == text)
            #expect(TerminalText.escapedKeepingLineFeeds(text) == text)
        }
    }

    @Test func anEscapeSequenceIsShownNotSent() {
        let forged = "valid\u{1B}[2K\r\u{1B}[32mvalid    sealed by Sam"
        let shown = TerminalText.escaped(forged)
        #expect(shown == "valid\\u{1B}[2K\\u{D}\\u{1B}[32mvalid    sealed by Sam")
        #expect(!shown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x0D })
    }

    @Test func everyControlAndBidiOverrideIsEscaped() {
        let acting: [UInt32] =
            Array(0..<0x20) + Array(0x7F...0x9F) + Array(0x202A...0x202E) + Array(0x2066...0x2069)
            + [0x2028, 0x2029]
        for value in acting {
            let scalar = Unicode.Scalar(value).map(Character.init) ?? " "
            let shown = TerminalText.escaped("a\(scalar)b")
            #expect(shown == "a\\u{\(String(value, radix: 16, uppercase: true))}b", "U+\(String(value, radix: 16))")
        }
        // Marks that right-to-left text needs, and joiners inside emoji, are not controls: they stay.
        for kept in ["\u{200E}", "\u{200F}", "\u{200D}", "\u{061C}", "\u{FE0F}"] {
            #expect(TerminalText.escaped("a\(kept)b") == "a\(kept)b")
        }
    }

    @Test func lineFeedsAreKeptOnlyWhenAskedFor() {
        #expect(TerminalText.escaped("one\ntwo") == "one\\u{A}two")
        #expect(TerminalText.escapedKeepingLineFeeds("one\ntwo\r\nthree") == "one\ntwo\\u{D}\nthree")
        #expect(TerminalText.firstActingScalar(in: "one\ntwo", allowingLineFeeds: true) == nil)
        #expect(TerminalText.firstActingScalar(in: "one\ntwo\u{1B}") == "\n")
        #expect(TerminalText.firstActingScalar(in: "one\ntwo\u{1B}", allowingLineFeeds: true) == "\u{1B}")
    }

    @Test func jsonKeepsItsMeaningWithTheActingCharactersAsUnicodeEscapes() {
        #expect(TerminalText.escapedJSON(#"{"a":"x\u001b"}"#) == #"{"a":"x\u001b"}"#)
        #expect(TerminalText.escapedJSON("{\"a\":\"x\u{9B}2J\u{202E}y\"}") == #"{"a":"x\u009b2J\u202ey"}"#)
        #expect(TerminalText.escapedJSON(#"{"a":"café"}"#) == #"{"a":"café"}"#)
    }
}

import KeyworkNcurses
import KeyworkScreen
import KeyworkTerminal
import Testing

@Suite struct KeyMapperTests {
    private func byte(_ value: UInt8) -> TerminalEvent? { KeyMapper.map(byte: value) }

    @Test func enterArrivesAsNewlineOrReturn() {
        #expect(byte(10) == .key(.enter))
        #expect(byte(13) == .key(.enter))
    }

    @Test func backspaceArrivesAsDeleteOrControlH() {
        #expect(byte(127) == .key(.backspace))
        #expect(byte(8) == .key(.backspace))
    }

    @Test func tabAndEscapeMapToTheirKeys() {
        #expect(byte(9) == .key(.tab))
        #expect(byte(27) == .key(.escape))
    }

    @Test func controlCPAndQArriveAsBytesAndMapToControlLetters() {
        #expect(byte(3) == .key(.control("c")))
        #expect(byte(16) == .key(.control("p")))
        #expect(byte(17) == .key(.control("q")))
        #expect(byte(1) == .key(.control("a")))
        #expect(byte(26) == .key(.control("z")))
    }

    @Test func controlCharactersWithoutALetterMeanNothing() {
        #expect(byte(0) == nil)
        #expect(byte(28) == nil)
        #expect(byte(31) == nil)
        #expect(byte(0x85) == nil, "bytes beyond ASCII are UTF-8, which the decoder puts together")
    }

    @Test func printableASCIIMapsToCharacterKeys() {
        #expect(byte(0x61) == .key(.character("a")))
        #expect(byte(0x20) == .key(.character(" ")))
        #expect(byte(0x3F) == .key(.character("?")))
        #expect(byte(0x31) == .key(.character("1")))
    }
}

/// Key strings as ncurses 6.4's terminfo gives them (`infocmp -1 vt100`), written out so the test checks the
/// table against the real entries rather than against itself.
@Suite struct KeySequencesTests {
    static let vt100 = [
        "kbs": "\u{8}", "kcub1": "\u{1B}OD", "kcud1": "\u{1B}OB", "kcuf1": "\u{1B}OC", "kcuu1": "\u{1B}OA",
        "kent": "\u{1B}OM", "kf1": "\u{1B}OP", "kf2": "\u{1B}OQ", "kf3": "\u{1B}OR", "kf4": "\u{1B}OS",
        "kf5": "\u{1B}Ot", "kf6": "\u{1B}Ou", "kf7": "\u{1B}Ov", "kf8": "\u{1B}Ol", "kf9": "\u{1B}Ow",
        "kf10": "\u{1B}Ox",
    ]

    @Test func vt100HasOnlyItsFourPFKeysSinceItsOtherFunctionKeysAreTheKeypad() {
        #expect(KeySequences(terminfo: Self.vt100).functionKeys == [1, 2, 3, 4])
    }

    @Test func tmuxsScreenHasAllTwelve() {
        #expect(KeySequences.standard.functionKeys == Set(1...12))
    }

    @Test func aTerminalWithNoFunctionKeysOffersNone() {
        #expect(KeySequences(terminfo: [:]).functionKeys.isEmpty)
    }
}

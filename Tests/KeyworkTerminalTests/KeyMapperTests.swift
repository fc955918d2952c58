import KeyworkNcurses
import KeyworkScreen
import KeyworkTerminal
import Testing

/// Key codes as ncurses 6.4's curses.h defines them, written out so the test checks the mapping
/// against the header rather than against itself.
private enum CursesKeyCode {
    static let down: UInt32 = 0o402
    static let up: UInt32 = 0o403
    static let left: UInt32 = 0o404
    static let right: UInt32 = 0o405
    static let home: UInt32 = 0o406
    static let backspace: UInt32 = 0o407
    static let f0: UInt32 = 0o410
    static let deleteCharacter: UInt32 = 0o512
    static let nextPage: UInt32 = 0o522
    static let previousPage: UInt32 = 0o523
    static let enter: UInt32 = 0o527
    static let backTab: UInt32 = 0o541
    static let end: UInt32 = 0o550
    static let resize: UInt32 = 0o632
    static let mouse: UInt32 = 0o631
}

@Suite struct KeyMapperTests {
    private func key(_ value: UInt32) -> TerminalEvent? { KeyMapper.map(wideChar: value, isKeyCode: true) }
    private func character(_ value: UInt32) -> TerminalEvent? { KeyMapper.map(wideChar: value, isKeyCode: false) }

    @Test func enterArrivesAsNewlineReturnOrKeyEnter() {
        #expect(character(10) == .key(.enter))
        #expect(character(13) == .key(.enter))
        #expect(key(CursesKeyCode.enter) == .key(.enter))
    }

    @Test func arrowsPagesHomeAndEndMapToTheirKeys() {
        #expect(key(CursesKeyCode.up) == .key(.up))
        #expect(key(CursesKeyCode.down) == .key(.down))
        #expect(key(CursesKeyCode.left) == .key(.left))
        #expect(key(CursesKeyCode.right) == .key(.right))
        #expect(key(CursesKeyCode.previousPage) == .key(.pageUp))
        #expect(key(CursesKeyCode.nextPage) == .key(.pageDown))
        #expect(key(CursesKeyCode.home) == .key(.home))
        #expect(key(CursesKeyCode.end) == .key(.end))
    }

    @Test func backspaceArrivesAsKeyBackspaceDeleteOrControlH() {
        #expect(key(CursesKeyCode.backspace) == .key(.backspace))
        #expect(character(127) == .key(.backspace))
        #expect(character(8) == .key(.backspace))
        #expect(key(CursesKeyCode.deleteCharacter) == .key(.delete))
    }

    @Test func tabBackTabAndEscapeMapToTheirKeys() {
        #expect(character(9) == .key(.tab))
        #expect(key(CursesKeyCode.backTab) == .key(.backTab))
        #expect(character(27) == .key(.escape))
    }

    @Test(arguments: 1...12) func functionKeysOneToTwelveMapToTheirNumber(number: Int) {
        #expect(key(CursesKeyCode.f0 + UInt32(number)) == .key(.function(number)))
    }

    @Test func functionKeysBeyondTwelveAndUnknownKeyCodesMeanNothing() {
        #expect(key(CursesKeyCode.f0) == nil)
        #expect(key(CursesKeyCode.f0 + 13) == nil)
        #expect(key(CursesKeyCode.mouse) == nil)
    }

    @Test func controlCPAndQArriveAsCharactersAndMapToControlLetters() {
        #expect(character(3) == .key(.control("c")))
        #expect(character(16) == .key(.control("p")))
        #expect(character(17) == .key(.control("q")))
        #expect(character(1) == .key(.control("a")))
        #expect(character(26) == .key(.control("z")))
    }

    @Test func controlCharactersWithoutALetterMeanNothing() {
        #expect(character(0) == nil)
        #expect(character(28) == nil)
        #expect(character(31) == nil)
        #expect(character(0x85) == nil)
    }

    @Test func printableCharactersIncludingWideOnesMapToCharacterKeys() {
        #expect(character(0x61) == .key(.character("a")))
        #expect(character(0x20) == .key(.character(" ")))
        #expect(character(0x3F) == .key(.character("?")))
        #expect(character(0x31) == .key(.character("1")))
        #expect(character(0xE9) == .key(.character("é")))
        #expect(character(0x4E2D) == .key(.character("中")))
        #expect(character(0x1F600) == .key(.character("😀")))
    }

    @Test func invalidScalarsMeanNothing() {
        #expect(character(0xD800) == nil)
        #expect(character(0x11_0000) == nil)
    }

    @Test func keyResizeBecomesAResizeEvent() {
        #expect(key(CursesKeyCode.resize) == .resize)
    }
}

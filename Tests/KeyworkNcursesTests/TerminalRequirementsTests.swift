import Glibc
import KeyworkNcurses
import Testing

// Serialized: terminfo look-ups share ncurses' global current terminal, and one test swaps standard input.
@Suite(.serialized) struct TerminalRequirementsTests {
    private func check(
        _ environment: [String: String], input: Bool = true, output: Bool = true,
        lookUp: @escaping (String) -> TerminalRequirements.TerminfoEntry = { _ in .found(canAddressCursor: true) }
    ) -> NcursesTerminalError? {
        do {
            try TerminalRequirements.check(
                environment: environment, standardInputIsTerminal: input, standardOutputIsTerminal: output,
                lookUp: lookUp)
            return nil
        } catch {
            return error
        }
    }

    @Test func aDumbTerminalIsRefusedWithAMessageThatSuggestsPlain() {
        let error = check(["TERM": "dumb"])
        #expect(error == .cannotDrawFullScreen(terminalType: "dumb"))
        #expect(
            error?.description
                == "This terminal (TERM=dumb) cannot show Keywork's full screen. Run it with --plain for a line-by-line version."
        )
    }

    @Test func anUnsetOrEmptyTermIsRefused() {
        #expect(check([:]) == .terminalTypeNotSet)
        #expect(check(["TERM": ""]) == .terminalTypeNotSet)
        #expect(check([:])?.description.contains("--plain") == true)
    }

    @Test func aTerminalTypeUnknownToTerminfoIsRefusedByName() {
        let error = check(["TERM": "no-such-terminal"], lookUp: { _ in .notFound })
        #expect(error == .unknownTerminalType("no-such-terminal"))
        #expect(error?.description.contains("TERM=no-such-terminal") == true)
        #expect(error?.description.contains("--plain") == true)
    }

    @Test func aTerminalThatCannotMoveTheCursorIsRefused() {
        #expect(
            check(["TERM": "lpr"], lookUp: { _ in .found(canAddressCursor: false) })
                == .cannotDrawFullScreen(terminalType: "lpr"))
    }

    @Test func pipedInputOrOutputIsRefusedAfterTheTermCheck() {
        #expect(check(["TERM": "xterm"], input: false) == .notATerminal(stream: "input"))
        #expect(check(["TERM": "xterm"], output: false) == .notATerminal(stream: "output"))
        #expect(check(["TERM": "dumb"], input: false) == .cannotDrawFullScreen(terminalType: "dumb"))
        #expect(check(["TERM": "xterm"], input: false)?.description.contains("--plain") == true)
    }

    @Test func aKnownTerminalOnATtyIsAccepted() {
        #expect(check(["TERM": "xterm-256color"]) == nil)
    }

    @Test func theRealTerminfoDatabaseKnowsXtermAndVt100ButNotAMadeUpName() {
        #expect(TerminalRequirements.lookUpTerminfo("xterm-256color") == .found(canAddressCursor: true))
        #expect(TerminalRequirements.lookUpTerminfo("vt100") == .found(canAddressCursor: true))
        #expect(TerminalRequirements.lookUpTerminfo("dumb") == .found(canAddressCursor: false))
        #expect(TerminalRequirements.lookUpTerminfo("keywork-no-such-terminal") == .notFound)
    }

    @Test func theTerminalRefusesToStartOnADumbOrUnknownTerminal() {
        #expect(throws: NcursesTerminalError.cannotDrawFullScreen(terminalType: "dumb")) {
            _ = try NcursesTerminal(theme: .default, environment: ["TERM": "dumb"])
        }
        #expect(throws: NcursesTerminalError.unknownTerminalType("keywork-no-such-terminal")) {
            _ = try NcursesTerminal(theme: .default, environment: ["TERM": "keywork-no-such-terminal"])
        }
        #expect(throws: NcursesTerminalError.terminalTypeNotSet) {
            _ = try NcursesTerminal(theme: .default, environment: [:])
        }
    }

    @Test func theTerminalRefusesToStartWhenStandardInputIsNotATerminal() throws {
        // Standard input is swapped for /dev/null for the length of this test, whatever it was.
        let savedInput = dup(STDIN_FILENO)
        let nullDevice = open("/dev/null", O_RDONLY)
        try #require(savedInput >= 0 && nullDevice >= 0)
        dup2(nullDevice, STDIN_FILENO)
        defer {
            dup2(savedInput, STDIN_FILENO)
            close(savedInput)
            close(nullDevice)
        }
        let error = #expect(throws: NcursesTerminalError.self) {
            _ = try NcursesTerminal(theme: .default, environment: ["TERM": "xterm-256color"])
        }
        #expect(error == .notATerminal(stream: "input"))
        #expect(
            error?.description
                == "Keywork's full screen needs a terminal, but standard input is a pipe or a file. "
                + "Run it with --plain for a line-by-line version.")
    }

    @Test func utf8IsRecognisedInItsUsualSpellings() {
        #expect(TerminalRequirements.isUTF8(codeset: "UTF-8"))
        #expect(TerminalRequirements.isUTF8(codeset: "utf8"))
        #expect(!TerminalRequirements.isUTF8(codeset: "ANSI_X3.4-1968"))
        #expect(!TerminalRequirements.isUTF8(codeset: "ISO-8859-1"))
    }
}

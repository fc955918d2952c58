import Foundation
import Testing

/// Terminals that cannot show the full screen get a clear way forward, never a crash.
@Suite struct UnfriendlyTerminalTests {
    func sessionArguments(_ store: String) -> [String] {
        ["session", "--guide", "tour", "--client", "C-1042", "--keyworker", "Sam", "--store", store]
    }

    @Test(arguments: ["dumb", "no-such-terminal-xyz"])
    func aTerminalThatCannotDrawPointsToPlainMode(term: String) throws {
        let store = try KeyworkBinary.temporaryStore()
        let result = try KeyworkBinary.run(sessionArguments(store), environment: ["TERM": term])
        #expect(result.status == 64)
        #expect(result.errors.contains("--plain"))
        #expect(result.errors.contains("TERM=\(term)"))
        #expect(!result.errors.contains("Fatal error"))
        // Nothing was started, so there is no half-made session to resume.
        let sessions = (try? FileManager.default.contentsOfDirectory(atPath: store + "/sessions")) ?? []
        #expect(sessions.isEmpty)
    }

    @Test func withoutATerminalOnStandardInputItSaysSo() throws {
        let store = try KeyworkBinary.temporaryStore()
        let result = try KeyworkBinary.run(sessionArguments(store), environment: ["TERM": "xterm"])
        #expect(result.status == 64)
        #expect(result.errors.contains("--plain"))
    }

    @Test func aNonUTF8LocaleFallsBackToASCIIDrawing() throws {
        let store = try KeyworkBinary.temporaryStore()
        let tmux = try Tmux(
            command: "\(KeyworkBinary.path) \(sessionArguments(store).map(Tmux.quote).joined(separator: " "))",
            environment: ["LANG": "C", "LC_ALL": "C"])
        let screen = try tmux.waitFor("F2: note a question")
        #expect(screen.contains("* F2: note a question"))
        #expect(!screen.contains("•"))
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII })
        try tmux.send("F10")
        try tmux.waitFor("[exit 0]")
    }

    @Test func aMonochromeTerminalShowsTheSelectionInReverseVideoWithNoColour() throws {
        let store = try KeyworkBinary.temporaryStore()
        let tmux = try Tmux(
            command: "\(KeyworkBinary.path) \(sessionArguments(store).map(Tmux.quote).joined(separator: " "))",
            environment: ["TERM": "vt100"])
        try tmux.waitFor("F2: note a question")
        try tmux.send("Enter")
        try tmux.waitFor("> ( ) Someone to talk to")
        try tmux.send("Down")
        try tmux.waitFor("> ( ) Help with day to day things")
        try tmux.send("Space")
        try tmux.waitFor("> (o) Help with day to day things")
        let lines = try tmux.screenWithAttributes().split(separator: "\n").map(String.init)
        let selected = try #require(lines.first { $0.contains("Help with day to day things") })
        let other = try #require(lines.first { $0.contains("Someone to talk to") })
        #expect(Self.isReverse(before: "> (o) Help", in: selected), "the selected row is in reverse video: \(selected)")
        #expect(!Self.isReverse(before: "( ) Someone", in: other), "the other row is not: \(other)")
        #expect(lines.allSatisfy { $0.firstMatch(of: /\x1B\[[0-9;]*3[0-7][;m]/) == nil }, "no colour on a vt100")
        // A vt100 has no F10; Ctrl-Q pauses too.
        try tmux.send("C-q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// Whether the last SGR sequence before `text` on the line turns reverse video on.
    private static func isReverse(before text: String, in line: String) -> Bool {
        guard let end = line.range(of: text)?.lowerBound else { return false }
        let sequences = line[..<end].matches(of: /\x1B\[([0-9;]*)m/).map { String($0.1) }
        guard let last = sequences.last else { return false }
        return last.split(separator: ";").contains("7")
    }
}

/// The hidden terminal check that IT staff use to see which keys reach Keywork.
@Suite struct TerminalCheckTests {
    @Test func theTerminalCheckShowsTheKeysThatArriveAndLeavesOnQ() throws {
        let tmux = try Tmux(command: "\(Tmux.quote(KeyworkBinary.path)) terminal-check")
        try tmux.waitFor("Keywork terminal check")
        try tmux.send("F2")
        try tmux.waitFor("function(2)")
        try tmux.send("C-p")
        try tmux.waitFor("control(\"p\")")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}

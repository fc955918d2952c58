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
        let screen = try tmux.waitFor("Press F2 to note a question")
        #expect(screen.contains("* Press F2"))
        #expect(!screen.contains("•"))
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII })
        try tmux.send("F10")
        try tmux.waitFor("[exit 0]")
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

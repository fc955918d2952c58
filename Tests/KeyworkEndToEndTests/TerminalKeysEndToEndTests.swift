import Foundation
import Testing

/// The keys a terminal really has, the privacy key on every prompt, and a huge paste, in the real binary.
@Suite struct TerminalKeysEndToEndTests {
    @Test func onVT100TheFooterOffersCtrlQAndF10PicksNothing() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try TourWalk.start(store: storePath, environment: ["TERM": "vt100"])
        try walk.passWelcome()
        let focus = try walk.tmux.waitFor(TourWalk.focusText)
        let footer = focus.split(separator: "\n").last.map(String.init) ?? ""
        #expect(footer.contains("Ctrl-Q Pause"), "\(footer)")
        #expect(!footer.contains("F10"), "\(footer)")
        // tmux sends F10 as ESC [21~ whatever TERM says; vt100 has no such key, so nothing may happen.
        try walk.tmux.send("F10")
        try walk.tmux.send("F1")
        try walk.tmux.waitFor("Help")
        let help = try walk.tmux.screen()
        #expect(help.contains("Ctrl-Q"), "help names the pause key this terminal has")
        #expect(!help.contains("F5"), "no read-aloud key on a terminal without F5")
        try walk.tmux.send("Escape")
        try walk.tmux.waitFor("( ) Someone to talk to")
        #expect(!(try walk.tmux.screen()).contains("(o)"), "F10's bytes chose no option")
        try walk.tmux.send("C-q")
        #expect(try walk.tmux.waitForExit() == 0)
        let store = StoreContents(root: storePath)
        #expect(
            !(try store.events(try store.onlySessionID())).contains {
                $0.eventName == "answered" && $0.eventData["screen"] as? String == "focus"
            })
    }

    @Test func theClientReferencePromptBlanksOnF9AndTakesNoTypingBehindIt() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let command = [KeyworkBinary.path, "session", "--guide", "tour", "--keyworker", "Sam", "--store", storePath]
        let tmux = try Tmux(command: command.map(Tmux.quote).joined(separator: " "))
        try tmux.waitFor("Client reference")
        try tmux.type("C-")
        try tmux.send("F9")
        try tmux.waitFor("Press F9 to come back")
        #expect(!(try tmux.screen()).contains("Client reference"), "nothing of the prompt shows")
        try tmux.type("secret")
        try tmux.send("C-p")
        try tmux.waitFor("C-____")
        #expect(!(try tmux.screen()).contains("secret"), "nothing was typed behind the privacy screen")
        try tmux.type("77")
        try tmux.send("Enter")
        try tmux.waitFor(TourWalk.welcomeText)
        try tmux.send("F10")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func theResumeListBlanksOnF9() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let first = try TourWalk.start(store: storePath)
        try first.passWelcome()
        try first.tmux.waitFor(TourWalk.focusText)
        #expect(try first.pauseWithF10() == 0)
        let tmux = try Tmux(
            command: [KeyworkBinary.path, "resume", "--store", storePath].map(Tmux.quote).joined(separator: " "))
        try tmux.waitFor(TourWalk.clientReference)
        try tmux.send("F9")
        try tmux.waitFor("Press F9 to come back")
        #expect(!(try tmux.screen()).contains(TourWalk.clientReference))
        try tmux.send("Enter")
        try tmux.send("F9")
        try tmux.waitFor(TourWalk.clientReference)
        try tmux.send("Escape")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func f9AfterAOneMegabytePasteBlanksTheScreenAsSoonAsThePasteIsRead() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try TourWalk.start(store: storePath)
        try walk.passWelcome()
        try walk.chooseFocus(1)
        try walk.tmux.waitFor(TourWalk.inYourWordsText)
        let line = String(repeating: "a pasted line of words ", count: 4) + "\n"
        let paste = String(repeating: line, count: 1_048_576 / line.utf8.count + 1)
        try walk.tmux.paste(file: try Self.write(paste))
        let pressed = Date()
        try walk.tmux.send("F9")
        try walk.tmux.waitFor("Press F9 to come back", timeout: 60)
        let elapsed = Date().timeIntervalSince(pressed)
        // A figure for the log, not a threshold: timing belongs to the benchmark.
        print(
            "paste: F9 blanked the screen \(Int(elapsed * 1000)) ms after it was pressed behind a \(paste.utf8.count)-byte paste"
        )
        try walk.tmux.send("F9")
        try walk.tmux.waitFor("a pasted line of words")
        #expect(try walk.pauseWithF10AfterTyping() == 0)
    }

    /// `text` in a file of its own, for tmux to load: a megabyte is too long for its command line.
    static func write(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "keywork-paste-\(UUID().uuidString).txt"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }
}

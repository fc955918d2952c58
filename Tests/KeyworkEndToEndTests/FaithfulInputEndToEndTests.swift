import Foundation
import Testing

/// Nothing is recorded that a person did not choose on a screen they could see, and nothing typed is
/// changed: walked as a hurried keyworker would, in a real terminal.
@Suite struct FaithfulInputEndToEndTests {
    /// The journal events that record an answer to `screen`.
    static func answers(to screen: String, in events: [[String: Any]]) -> [[String: Any]] {
        events.filter {
            ($0.eventName == "answered" || $0.eventName == "answer_changed")
                && $0.eventData["screen"] as? String == screen
        }
    }

    @Test func aNumberKeyThenTwoEntersLeavesTheNextScreenUnanswered() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try TourWalk.start(store: storePath)
        try walk.passWelcome()
        try walk.tmux.waitFor(TourWalk.focusText)
        #expect(!(try walk.tmux.screen()).contains("(o)"), "no list starts with an answer chosen")
        // One burst, as a habitual double Enter: the number chooses, the first Enter confirms it, and the
        // second was typed before the next screen was drawn, so it is thrown away.
        try walk.tmux.send("1", "Enter", "Enter")
        try walk.tmux.waitFor(TourWalk.inYourWordsText)
        try walk.tmux.type("x")
        try walk.tmux.waitFor("x_")
        let events = try StoreContents(root: storePath).events(try StoreContents(root: storePath).onlySessionID())
        #expect(Self.answers(to: "focus", in: events).count == 1)
        #expect(Self.answers(to: "in-your-words", in: events).isEmpty, "the second screen is still unanswered")
        #expect(try walk.pauseWithF10AfterTyping() == 0)
    }

    @Test func keysPressedWhileTheWindowIsTooSmallRecordNothingButPauseStillWorks() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let store = StoreContents(root: storePath)
        let walk = try TourWalk.start(store: storePath)
        try walk.passWelcome()
        try walk.tmux.waitFor(TourWalk.focusText)
        let id = try store.onlySessionID()
        let before = try store.events(id).count

        try walk.tmux.resize(columns: 40, rows: 10)
        try walk.tmux.waitFor(words: "Please make the window larger")
        for key in ["1", "Enter", "Space", "Enter", "2", "Enter", "F4", "F3", "Enter", "F2", "Enter"] {
            try walk.tmux.send(key)
        }
        try walk.tmux.type("Sleeping")
        try walk.tmux.send("Enter")
        try walk.tmux.resize(columns: 80, rows: 24)
        let shown = try walk.tmux.waitFor(TourWalk.focusText)
        #expect(!shown.contains("(o)"), "nothing was chosen unseen:\n\(shown)")
        #expect(try store.events(id).count == before, "nothing was recorded while nothing could be seen")

        try walk.tmux.resize(columns: 30, rows: 8)
        try walk.tmux.waitFor(words: "Please make the window larger")
        try walk.tmux.send("F10")
        #expect(try walk.tmux.waitForExit() == 0, "pausing still works")
        let events = try store.events(id)
        #expect(events.count == before + 1)
        #expect(events.last?.eventName == "paused")
    }

    @Test func tenOnAScaleIsTenAndWordsInTheWaitFieldAreRefused() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let store = StoreContents(root: storePath)
        let walk = try TourWalk.start(store: storePath)
        let tmux = walk.tmux
        try walk.passWelcome()
        try walk.chooseFocus(1)
        try walk.sayInOwnWords("Mostly the rent.")
        try tmux.waitFor(TourWalk.hopeText)
        try tmux.send("1", "0")
        try tmux.waitFor("You chose 10.")
        try tmux.send("Enter")
        try walk.lookAtTheWays()
        try walk.decide(option: 2, label: "Phone call", why: "I can talk at home.")

        try tmux.waitFor("The choice: Phone call")
        try tmux.send("2")
        try tmux.waitFor("(o) No")
        try tmux.send("Enter")
        for words in ["A group on Tuesdays for now", "A call each week"] {
            try tmux.type(words)
            try tmux.waitFor(words)
            try tmux.send("Enter")
        }
        try tmux.send("y")
        try tmux.send("Enter")
        try tmux.waitFor("> Estimated wait, in weeks")
        try tmux.type("about 3 months")
        try tmux.waitFor("about 3 months")
        try tmux.send("Enter")
        let refused = try tmux.waitFor("Type the number of weeks, such as 12.")
        #expect(refused.contains("> Estimated wait, in weeks"), "the field stays as typed, to be put right")
        try tmux.send("Tab", "Tab")
        try tmux.waitFor("> A contact name or number")
        try tmux.type("Sam 01632")
        try tmux.waitFor("Sam 01632")
        try tmux.send("Enter")
        try tmux.waitFor("Type the number of weeks, such as 12.")
        #expect(try tmux.screen().contains("> Estimated wait, in weeks"), "the form goes back to the field")

        let id = try store.onlySessionID()
        let events = try store.events(id)
        let scale = Self.answers(to: "how-it-feels", in: events).last?.eventData["answer"] as? [String: Any]
        #expect(scale?["value"] as? Int == 10, "10 is recorded as ten: \(String(describing: scale))")
        #expect(Self.answers(to: "can-we", in: events).isEmpty, "nothing was recorded for the wait")
        #expect(try walk.pauseWithF10AfterTyping() == 0)
    }
}

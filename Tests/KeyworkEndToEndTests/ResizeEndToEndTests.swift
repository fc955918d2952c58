import Foundation
import Testing

/// Resizing the window in the middle of a session, down to 20×6 and back.
@Suite struct ResizeEndToEndTests {
    @Test func resizingDownToTwentyBySixAndBackKeepsTheScreenAndWhatWasTyped() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try TourWalk.start(store: storePath)
        let tmux = walk.tmux
        let typed = "Mostly the rent."
        try walk.passWelcome()
        try walk.chooseFocus(1)
        try tmux.waitFor(TourWalk.inYourWordsText)
        try tmux.type(typed)
        try tmux.waitFor(typed)

        try tmux.resize(columns: 120, rows: 40)
        try tmux.waitUntil("the screen drawn 120 wide") {
            $0.contains(TourWalk.inYourWordsText) && $0.contains(typed) && Self.widestLine($0) > 100
        }
        try tmux.resize(columns: 80, rows: 24)
        try tmux.waitUntil("the screen drawn 80 wide") {
            $0.contains(TourWalk.inYourWordsText) && $0.contains(typed) && (70...80).contains(Self.widestLine($0))
        }

        try tmux.resize(columns: 40, rows: 12)
        try tmux.waitFor(words: "Please make the window larger")
        try tmux.waitFor("It is 40×12.")
        try tmux.resize(columns: 20, rows: 6)
        try tmux.waitFor(words: "Please make the window larger")
        try tmux.waitFor("It is 20×6.")
        #expect(try tmux.programPID() != nil, "keywork still runs at 20×6")

        try tmux.resize(columns: 80, rows: 24)
        try tmux.waitFor(TourWalk.inYourWordsText)
        try tmux.waitFor(typed)
        #expect(!(try tmux.screen()).contains("Please make the window larger"))
        #expect(try tmux.programPID() != nil)

        try tmux.send("Enter")
        try tmux.waitFor(TourWalk.hopeText)
        #expect(try walk.pauseWithF10() == 0)
        try tmux.waitFor("Paused. Everything is saved.")

        let store = StoreContents(root: storePath)
        let events = try store.events(try store.onlySessionID())
        #expect(
            events.contains {
                $0.eventName == "answered" && $0.eventData["screen"] as? String == "in-your-words"
            }, "the typed answer was recorded after the resizes")
        #expect(events.last?.eventName == "paused")
    }

    /// The width of the longest line on the screen, in characters.
    private static func widestLine(_ screen: String) -> Int {
        screen.split(separator: "\n").map(\.count).max() ?? 0
    }
}

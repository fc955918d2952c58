import Foundation
import KeyworkTestSupport
import Testing

/// 200 rapid resizes between 20×6 and 200×60 in the middle of a session.
@Suite struct ResizeStormTests {
    static let seed: UInt64 = 2026
    static let typed = "Mostly the rent."

    @Test func twoHundredRapidResizesEndOnExactlyTheScreenAFreshWindowShows() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try Self.sessionWithAnAnswerTyped(store: storePath)
        let tmux = walk.tmux
        let pid = try #require(try tmux.programPID())

        var random = SeededRandom(seed: Self.seed)
        for index in 0..<200 {
            // The corners come up often, since the smallest and largest sizes are where drawing breaks.
            let columns = index % 10 == 0 ? 20 : index % 10 == 5 ? 200 : Int.random(in: 20...200, using: &random)
            let rows = index % 10 == 0 ? 6 : index % 10 == 5 ? 60 : Int.random(in: 6...60, using: &random)
            try tmux.resize(columns: columns, rows: rows)
        }
        try tmux.resize(columns: 100, rows: 30)
        #expect(try tmux.programPID() == pid, "the same process still runs")

        // The same screen, drawn once in a window that was never resized.
        let reference = try Self.sessionWithAnAnswerTyped(store: try KeyworkBinary.temporaryStore())
        try reference.tmux.resize(columns: 100, rows: 30)
        let expected = try reference.tmux.waitUntil("the reference drawn 100×30") {
            $0.contains(TourWalk.inYourWordsText) && Self.lines($0).contains { $0.count > 80 }
        }
        #expect(expected.contains(Self.typed))
        let shown = try tmux.waitUntil("the stormed window to match the reference exactly") { $0 == expected }
        #expect(shown == expected)

        // And it still takes keys: the typed answer is submitted and recorded.
        try tmux.send("Enter")
        try tmux.waitFor(TourWalk.hopeText)
        #expect(try walk.pauseWithF10() == 0)
        let store = StoreContents(root: storePath)
        let events = try store.events(try store.onlySessionID())
        #expect(
            events.contains {
                $0.eventName == "answered" && $0.eventData["screen"] as? String == "in-your-words"
                    && "\($0.eventData["answer"] ?? "")".contains(Self.typed)
            })
    }

    /// A tour at "In your own words" with an answer typed but not yet submitted.
    private static func sessionWithAnAnswerTyped(store: String) throws -> TourWalk {
        let walk = try TourWalk.start(store: store)
        try walk.passWelcome()
        try walk.chooseFocus(1)
        try walk.tmux.waitFor(TourWalk.inYourWordsText)
        try walk.tmux.type(typed)
        try walk.tmux.waitFor(typed)
        return walk
    }

    private static func lines(_ screen: String) -> [Substring] {
        screen.split(separator: "\n")
    }
}

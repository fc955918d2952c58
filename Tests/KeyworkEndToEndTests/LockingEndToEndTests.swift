import Foundation
import Testing

/// Two processes cannot write one session: the second is told who has it.
@Suite struct LockingEndToEndTests {
    @Test func aSecondProcessOnTheSameSessionIsRefusedWithTheFirstOnesProcessIDAndStartTime() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let store = StoreContents(root: storePath)
        let first = try TourWalk.start(store: storePath)
        try first.passWelcome()
        try first.tmux.waitFor(TourWalk.focusText)
        let id = try store.onlySessionID()
        let firstPID = try #require(try first.tmux.programPID())
        let journalPath = store.sessionFolder(id) + "/journal.jsonl"
        let journalBefore = try Data(contentsOf: URL(fileURLWithPath: journalPath))

        let second = try TourWalk.resume(id, store: storePath, columns: 120)
        #expect(try second.tmux.waitForExit() == 74)
        let shown = Tmux.collapsingWhitespace(try second.tmux.screen())
        #expect(shown.contains("session \(id) is open elsewhere: held by pid \(firstPID), user "), "\(shown)")
        #expect(shown.firstMatch(of: /since \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/) != nil, "when it started: \(shown)")
        #expect(shown.contains("close it there first"), "\(shown)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: journalPath)) == journalBefore, "the second wrote nothing")

        // The first goes on as if nothing happened, and its answers are recorded.
        try first.chooseFocus(1)
        try first.tmux.waitFor(TourWalk.inYourWordsText)
        #expect(try first.pauseWithF10() == 0)
        let events = try store.events(id)
        #expect(events.contains { $0.eventName == "answered" && $0.eventData["screen"] as? String == "focus" })
        #expect(!events.contains { $0.eventName == "resumed" })

        // Once the first has gone, the lock is free again.
        let third = try TourWalk.resume(id, store: storePath)
        try third.tmux.waitFor(TourWalk.inYourWordsText)
        #expect(try third.pauseWithF10() == 0)
    }
}

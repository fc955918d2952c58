import Foundation
import Testing

/// Pausing with F10 and carrying on later with `keywork resume`, in a new terminal.
@Suite struct PauseResumeEndToEndTests {
    @Test func resumeReturnsToTheSameScreenAndKeepsTheEarlierAnswers() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let store = StoreContents(root: storePath)
        let walk = try TourWalk.start(store: storePath)
        try walk.passWelcome()
        try walk.chooseFocus(3)
        try walk.sayInOwnWords("Mostly the rent.")
        try walk.tmux.waitFor(TourWalk.hopeText)
        #expect(try walk.pauseWithF10() == 0)
        let id = try store.onlySessionID()
        #expect(try walk.tmux.screen().contains("To carry on: keywork resume \(id)"))

        let resumed = try TourWalk.resume(id, store: storePath)
        let tmux = resumed.tmux
        try tmux.waitFor(TourWalk.hopeText)
        try tmux.send("F4")
        try tmux.waitFor(TourWalk.inYourWordsText)
        try tmux.waitFor("Mostly the rent.")
        try tmux.send("F4")
        try tmux.waitFor(TourWalk.focusText)
        let focus = try tmux.screen()
        #expect(focus.contains("(o) Help with my health"), "the earlier choice is marked:\n\(focus)")
        #expect(!focus.contains("(o) Someone to talk to"))

        #expect(try resumed.pauseWithF10() == 0)
        #expect(try store.events(id).contains { $0.eventName == "resumed" })
    }
}

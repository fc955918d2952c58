import Foundation
import Testing

/// Heard, every time, in a real terminal: what F2 noted is confirmed and counted, pausing keeps what was
/// typed but not confirmed, and a SURE "no" goes back to what the doubt is about.
@Suite struct HeardEndToEndTests {
    @Test func aNotedQuestionIsConfirmedAndWordsNotYetConfirmedSurviveAPause() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try TourWalk.start(store: storePath)
        try walk.passWelcome()
        try walk.chooseFocus(1)
        try walk.tmux.waitFor(TourWalk.inYourWordsText)
        try walk.tmux.send("F2")
        try walk.tmux.waitFor("Note a question")
        try walk.tmux.type("Can my partner come?")
        try walk.tmux.send("Enter")
        try walk.tmux.waitFor("Your question is noted. 1 so far.")
        try walk.tmux.type("Mostly the rent")
        let typed = try walk.tmux.waitFor("Mostly the rent")
        #expect(typed.contains("(1)"), "the count stays in view:\n\(typed)")
        #expect(try walk.pauseWithF10AfterTyping() == 0)

        let id = try StoreContents(root: storePath).onlySessionID()
        let resumed = try TourWalk.resume(id, store: storePath)
        try resumed.tmux.waitFor(TourWalk.inYourWordsText)
        try resumed.tmux.waitFor("Mostly the rent_")
        let events = try StoreContents(root: storePath).events(id)
        #expect(!events.contains { $0.eventName == "answered" && $0.eventData["screen"] as? String == "in-your-words" })
        #expect(events.contains { $0.eventName == "draft_kept" })
        #expect(try resumed.pauseWithF10AfterTyping() == 0)
    }

    @Test func aNoAboutTheOptionsGoesBackToTheComparisonAndSaysWhy() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try TourWalk.start(store: storePath, columns: 100, rows: 40)
        let tmux = walk.tmux
        try walk.walkToTheSureCheck()
        for answer in ["y", "n", "y", "y"] {
            try tmux.send(answer)
            try tmux.send("Enter")
        }
        try tmux.waitFor("> How would you like to go on?")
        try tmux.send("2")
        try tmux.waitFor("(o) Go back and talk it through")
        try tmux.send("Enter")
        let shown = try tmux.waitFor(words: "You came back here from the SURE check to talk it through.")
        #expect(shown.contains("Here are three ways to get support."), "back on the comparison:\n\(shown)")
        #expect(Tmux.collapsingWhitespace(shown).contains("Do you know the good points and the risks of each option?"))
        #expect(try walk.pauseWithF10() == 0)
    }
}

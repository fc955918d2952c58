import Foundation
import Testing

/// Questions, "not sure", privacy, pause and the client's copy, as people at a real screen use them.
@Suite struct InvolvementEndToEndTests {
    let question = "Can my partner come too?"
    let doubt = "Not sure I can phone every week"
    let words = "Sleeping badly since Monday"

    @Test func aQuestionAndAFlagSurvivePrivacyAndAPauseAndReachTheSummaryAndTheCopy() throws {
        let store = try KeyworkBinary.temporaryStore()
        let walk = try TourWalk.start(store: store, columns: 90, rows: 40)
        let tmux = walk.tmux
        try walk.passWelcome()

        // Screen 2: note a question; the box closes and the screen is as it was.
        try tmux.waitFor(TourWalk.focusText)
        try tmux.send("F2")
        try tmux.waitFor("Note a question")
        try tmux.type(question)
        try tmux.waitFor(question)
        try tmux.send("Enter")
        try tmux.waitForAbsence(of: "Note a question")
        try walk.chooseFocus(1)

        // Screen 3: raise a flag with a few words, then type an answer.
        try tmux.waitFor(TourWalk.inYourWordsText)
        try tmux.send("F3")
        try tmux.waitFor("Not sure / I disagree")
        try tmux.type(doubt)
        try tmux.waitFor(doubt)
        try tmux.send("Enter")
        try tmux.waitForAbsence(of: "Not sure / I disagree")
        try tmux.type(words)
        try tmux.waitFor(words)

        // Privacy: one key blanks everything; typing is ignored; the same key brings it back.
        try tmux.send("F9")
        let hidden = try tmux.waitFor("Press F9 to come back")
        for secret in [TourWalk.clientReference, words, "tour", TourWalk.inYourWordsText, "Sam"] {
            #expect(!hidden.contains(secret), "the privacy screen shows \(secret)")
        }
        try tmux.type("xyz")
        try tmux.send("C-p")
        let back = try tmux.waitFor(TourWalk.inYourWordsText)
        #expect(back.contains(words))
        #expect(!back.contains("xyz"))
        try tmux.send("Enter")
        try tmux.waitFor(TourWalk.hopeText)
        #expect(try walk.pauseWithF10() == 0)

        // Resume: the same screen, with the earlier answer kept.
        let sessionID = try StoreContents(root: store).onlySessionID()
        let resumed = try TourWalk.resume(sessionID, store: store)
        let again = resumed.tmux
        try again.waitFor(TourWalk.hopeText)
        try again.send("F4")
        try again.waitFor(words)
        try again.send("Enter")
        try resumed.rateHope(6)
        try resumed.lookAtTheWays()
        try resumed.decide(option: 2, label: "Phone call", why: "I can do it from home")
        try resumed.sayItCanStartNow("Phone call")
        try resumed.answerSureYes()

        // The question review comes before the summary; the keyworker answers it.
        try again.waitFor("Questions to look at")
        try again.waitFor(question)
        try again.send("Enter")
        try again.waitFor("Answer question 1")
        try again.type("Yes, if you both want that")
        try again.waitFor("Yes, if you both want that")
        try again.send("Enter")
        try again.waitFor("All questions are looked at.")
        try again.send("Enter")
        var summary = try again.waitFor("Here is what you chose and said today.")
        // The summary is long: page down through it, reading each page once it is on the screen. A capture
        // taken the moment the page changed may be half drawn, so each page is read again before paging on.
        for _ in 0..<6 {
            let page = try again.screen()
            summary += page
            if summary.contains(question) && summary.contains(doubt) { break }
            try again.send("NPage")
            _ = try again.waitUntil("the next page of the summary") { $0 != page }
        }
        #expect(summary.contains(question))
        #expect(summary.contains(doubt))
        #expect(summary.contains("Please talk about each of these before signing."))
        try again.send("Enter")
        try resumed.agreeAndSign(client: "J. B.")
        try resumed.readWhatHappensNext()
        _ = try resumed.leaveTheSealedMessage()
        #expect(try again.waitForExit() == 0)

        let verify = try KeyworkBinary.run(["verify", store])
        #expect(verify.status == 0)
        let copy = try KeyworkBinary.run(["export", sessionID, "--store", store])
        #expect(copy.status == 0)
        #expect(copy.output.contains(question))
        #expect(copy.output.contains("Yes, if you both want that"))
        #expect(copy.output.contains(doubt))
    }
}

import Foundation
import Testing

/// Bracketed paste from a real terminal: pasted line ends go into text fields as text and never act
/// as Enter, least of all on the consent and signature screens.
@Suite struct PasteEndToEndTests {
    @Test func pastedLinesGoIntoATextFieldWithoutSubmittingIt() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let store = StoreContents(root: storePath)
        let walk = try TourWalk.start(store: storePath)
        try walk.passWelcome()
        try walk.chooseFocus(1)
        try walk.tmux.waitFor(TourWalk.inYourWordsText)
        try walk.tmux.paste("line one\nline two\n")
        let shown = try walk.tmux.waitFor("line two")
        #expect(shown.contains("line one"))
        #expect(shown.contains(TourWalk.inYourWordsText), "still on the same screen")
        #expect(!shown.contains(TourWalk.hopeText))
        let id = try store.onlySessionID()
        #expect(
            !(try store.events(id)).contains {
                $0.eventData["screen"] as? String == "in-your-words" && $0.eventName == "answered"
            })

        try walk.tmux.send("Enter")
        try walk.tmux.waitFor(TourWalk.hopeText)
        #expect(try walk.pauseWithF10() == 0)
        let answer = try store.events(id).first {
            $0.eventName == "answered" && $0.eventData["screen"] as? String == "in-your-words"
        }
        #expect("\(answer?.eventData["answer"] ?? "")".contains("line one\\nline two"), "\(String(describing: answer))")
    }

    @Test func aPasteOnTheConsentScreenTicksNothingAndSignsNothing() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let store = StoreContents(root: storePath)
        let walk = try TourWalk.start(store: storePath, columns: 100, rows: 45)
        let tmux = walk.tmux
        try walk.walkToTheAgreement()
        let statements = [
            "I chose the support that suits me this week.", "My keyworker will do what we agreed today.",
            "We can look at this plan again at any time.",
        ]
        try tmux.waitFor(words: "> [ ] \(statements[0])")
        let id = try store.onlySessionID()

        // On the statements: a paste of spaces and line ends neither ticks nor moves on.
        try tmux.paste(" \n \n")
        try tmux.send("Down")
        try tmux.waitFor(words: "> [ ] \(statements[1])")
        #expect(!(try tmux.screen()).contains("[x]"))
        try tmux.send("Up")
        try tmux.tickEveryStatement(statements)
        try tmux.send("Enter")
        try tmux.waitFor(words: "> Client: I agree to this plan for the week.")

        // In the signature field: the pasted name and its line end are text, not a signature.
        try tmux.paste("Jo Client\n")
        let shown = try tmux.waitFor("Jo Client")
        #expect(!shown.contains("Signed by"))
        #expect(!(try store.events(id)).contains { $0.eventName == "signed" }, "the paste signed nothing")
        let ticked = try store.events(id).filter { $0.eventName == "statement_ticked" }
        #expect(ticked.count == statements.count, "only the three Space presses ticked")

        // Signing takes its own Enter, with the name as pasted.
        try tmux.send("Enter")
        try tmux.waitFor(words: "Signed by Jo Client")
        let signed = try store.events(id).filter { $0.eventName == "signed" }
        #expect(signed.count == 1)
        #expect((signed.first?.eventData["name"] as? String)?.hasPrefix("Jo Client") == true)
        #expect(try walk.pauseWithF10() == 0)
    }

    @Test func aPasteWhoseEndNeverArrivesIsEndedAfterASecondAndTheKeysWorkAgain() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try TourWalk.start(store: storePath)
        try walk.passWelcome()
        try walk.chooseFocus(1)
        try walk.tmux.waitFor(TourWalk.inYourWordsText)
        // Only the start marker: a terminal that lost the rest of the paste.
        try walk.tmux.type("\u{1B}[200~half a paste")
        try walk.tmux.waitFor("half a paste")
        try walk.tmux.type("!")
        try walk.tmux.waitFor("half a paste!")
        try walk.tmux.send("Enter")
        try walk.tmux.waitFor(TourWalk.hopeText)
        #expect(try walk.pauseWithF10() == 0)
    }
}

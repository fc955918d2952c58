import KeyworkScreen
import KeyworkTerminal
import KeyworkTerminalTesting
import Testing

/// A menu whose items take a while to work out (the home screen's counts) is drawn at once and takes keys at once;
/// the items come in behind the first frame, in the same places, so a key pressed before they came acts on the item
/// the person saw.
@Suite struct DialogLaterItemsTests {
    let size = TerminalSize(columns: 80, rows: 24)
    let menu = MenuView(title: "Keywork", items: ["Start", "Carry on", "Leave"], description: ["What now?"])
    let counted = ["Start", "Carry on (3)", "Leave"]

    /// Stands in for the counting: notes how many frames were on the screen each time it was asked, and gives `items`.
    /// The in-memory terminal runs background work on the test's own thread, so reading it from here is safe.
    final class CountingStandIn: @unchecked Sendable {
        let terminal: InMemoryTerminal
        let items: [String]?
        private(set) var framesDrawnWhenCalled: [Int] = []

        init(terminal: InMemoryTerminal, items: [String]?) {
            self.terminal = terminal
            self.items = items
        }

        func count() -> [String]? {
            framesDrawnWhenCalled.append(terminal.frames.count)
            return items
        }
    }

    func choose(_ script: [InMemoryTerminal.Step], items: [String]?) -> (Int?, InMemoryTerminal, CountingStandIn) {
        let terminal = InMemoryTerminal(size: size, script: script)
        let counting = CountingStandIn(terminal: terminal, items: items)
        let chosen = Dialog.choose(menu, on: terminal, laterItems: counting.count)
        return (chosen, terminal, counting)
    }

    @Test func theWholeMenuIsDrawnBeforeAnythingIsCountedAndTheCountsThenAppear() throws {
        let (chosen, terminal, counting) = choose([.backgroundWorkFinishes, .key(.escape)], items: counted)

        #expect(chosen == nil)
        #expect(terminal.framesDrawnWhenBackgroundWorkStarted == [1])
        #expect(counting.framesDrawnWhenCalled == [1])
        let first = try #require(terminal.frames.first).text
        #expect(first.contains("What now?") && first.contains("3. Leave") && first.contains("Esc"))
        #expect(!first.contains("(3)"))
        #expect(terminal.screenShows("2. Carry on (3)"))
        #expect(terminal.screenShows("> 1. Start"), "the highlight stayed where it was")
        #expect(terminal.drawingProblems.isEmpty, "\(terminal.drawingProblems)")
    }

    @Test func aKeyPressedBeforeTheCountsArriveActsOnTheItemThePersonSaw() {
        // Down, then the counts, then Enter: the highlight is still on "Carry on", now with its count.
        let (moved, movedTerminal, _) = choose(
            [.key(.down), .backgroundWorkFinishes, .key(.enter)], items: counted)
        #expect(moved == 1)
        #expect(movedTerminal.frames.last?.text.contains("> 2. Carry on (3)") == true)

        // A digit before the counts came chooses at once; the counting is not waited for.
        let (picked, pickedTerminal, counting) = choose([.type("2"), .backgroundWorkFinishes], items: counted)
        #expect(picked == 1)
        #expect(pickedTerminal.frames.count == 1)
        #expect(counting.framesDrawnWhenCalled.isEmpty, "the menu was left before the counting finished")
    }

    @Test func countsThatCannotBeMadeOrDoNotFitLeaveTheMenuAsDrawn() {
        for items: [String]? in [nil, ["Start", "Carry on (3)"], ["Start", "Carry on (3)", "Leave", "More"]] {
            let (chosen, terminal, counting) = choose(
                [.key(.down), .backgroundWorkFinishes, .key(.enter)], items: items)
            #expect(chosen == 1)
            #expect(counting.framesDrawnWhenCalled == [2], "counted once, after the first frame and the Down")
            #expect(terminal.screenShows("> 2. Carry on"), "\(String(describing: items))")
            #expect(!terminal.screenShows("(3)"), "\(String(describing: items))")
        }
    }

    @Test func aResizeWhileCountingRedrawsAtTheNewSizeWithTheCounts() {
        let small = TerminalSize(columns: 60, rows: 20)
        let (_, terminal, _) = choose([.resize(to: small), .backgroundWorkFinishes, .key(.escape)], items: counted)
        #expect(terminal.lastFrame?.size == small)
        #expect(terminal.screenShows("2. Carry on (3)"))
        #expect(terminal.drawingProblems.isEmpty, "\(terminal.drawingProblems)")
    }

    @Test func countsArrivingBehindThePrivacyScreenStayHiddenUntilItIsLifted() {
        let (_, terminal, _) = choose(
            [.key(.function(9)), .backgroundWorkFinishes, .key(.function(9)), .key(.escape)], items: counted)
        let behindPrivacy = terminal.frames[2].text
        #expect(!behindPrivacy.contains("Carry on"), "nothing of the menu shows behind the privacy screen")
        #expect(terminal.screenShows("2. Carry on (3)"))
    }

    @Test func workOfAnEarlierScreenFinishingChangesNothing() {
        // A menu without later items, told that some work finished (a home screen left before its counts came).
        let terminal = InMemoryTerminal(size: size, script: [.backgroundWorkFinishes, .key(.down), .key(.enter)])
        #expect(Dialog.choose(menu, on: terminal) == 1)
        #expect(terminal.frames[1] == terminal.frames[0])
    }
}

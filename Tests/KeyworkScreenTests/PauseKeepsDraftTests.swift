import KeyworkGuides
import KeyworkSession
import Testing

@testable import KeyworkScreen

/// Pausing keeps what was chosen or typed but not yet confirmed, and resume shows it again.
@Suite struct PauseKeepsDraftTests {
    /// Pauses with the keys `pause`, then resumes as a new process would: a fresh view of the replayed session.
    static func pauseAndResume(_ driver: inout KeyDriver, with pause: Key = .function(10)) -> ViewState {
        driver.press(pause)
        // With words typed, the first press asks; the second leaves.
        if driver.view.overlay == .confirmLeave { driver.press(pause) }
        #expect(driver.session.status == .paused)
        _ = try? Session.reduce(&driver.session, .resume(note: nil))
        return ViewState(for: driver.session)
    }

    @Test func aChoiceNotYetConfirmedIsChosenAgainOnResume() {
        var driver = ChoosingOnPurposeTests.driver(at: "goal")
        driver.type("2")
        let resumed = Self.pauseAndResume(&driver)
        #expect(driver.actions == [.keepDraft(ScreenDraft(options: ["stable"])), .pause])
        #expect(driver.session.answers["goal"] == nil, "a draft is never an answer")
        #expect(resumed.chosen == 1)
        let frame = SessionScreen.render(
            driver.session, resumed, size: TerminalSize(columns: 80, rows: 24), options: RenderOptions())
        #expect(frame.text.contains("> (o) Feel more stable"))
    }

    @Test func typedWordsTicksAndFormFieldsAreShownAgain() {
        var words = ChoosingOnPurposeTests.driver(at: "words")
        words.type("Up by nine")
        #expect(Self.pauseAndResume(&words, with: .control("q")).input.text == "Up by nine")

        var worries = ChoosingOnPurposeTests.driver(at: "worries")
        worries.press(.character(" "), .down, .down, .character(" "))
        #expect(Self.pauseAndResume(&worries).ticked == ["withdrawal", "family"])

        var wait = ChoosingOnPurposeTests.driver(at: "wait")
        wait.type("n")
        wait.press(.enter)
        wait.type("Groups for now")
        let form = Self.pauseAndResume(&wait).form
        #expect(form.picks["now"] == 1)
        #expect(form.texts["differs"]?.text == "Groups for now")

        var scale = ChoosingOnPurposeTests.driver(at: "confidence")
        scale.type("10")
        #expect(Self.pauseAndResume(&scale).scaleValue == 10)
    }

    @Test func daysTypedOnAWeeksScreenAreKeptOnPauseAndShownAgainOnResume() {
        var driver = KeyDriver(guide: WeeksScreenTests.guide)
        for (index, cell) in ["3", "2", "0", "7", "1.5"].enumerated() {
            if index > 0 { driver.press(.tab) }
            driver.type(cell)
        }
        driver.press(.down)
        driver.type("1")
        let resumed = Self.pauseAndResume(&driver)
        let kept = ["alcohol.1": "3", "alcohol.2": "2", "alcohol.3": "0", "alcohol.4": "7", "alcohol.amount": "1.5"]
        #expect(driver.actions == [.keepDraft(ScreenDraft(fields: kept.merging(["crack.4": "1"]) { $1 })), .pause])
        #expect(driver.session.answers["use"] == nil, "a draft is never an answer, and a part-filled row is kept too")
        #expect(resumed.form.texts.mapValues(\.text) == kept.merging(["crack.4": "1"]) { $1 })
        let frame = SessionScreen.render(
            driver.session, resumed, size: TerminalSize(columns: 80, rows: 24), options: RenderOptions())
        #expect(frame.text.contains("= 12"))
        #expect(frame.text.contains("1.5"))
    }

    @Test func aQuestionBeingTypedIsKeptInItsBox() {
        var driver = ChoosingOnPurposeTests.driver(at: "goal")
        driver.press(.function(2))
        driver.type("Can my partner")
        let resumed = Self.pauseAndResume(&driver)
        #expect(resumed.overlay == .question(TextField("Can my partner")), "F10 works in the box, and keeps its words")
        #expect(driver.session.questions.isEmpty, "not noted until Enter")
    }

    @Test func aDraftNeverHoldsAPickNobodyCanSee() {
        var session = ChoosingOnPurposeTests.driver(at: "decide").session
        // As a damaged or forged journal might say: a pick past the end of its list, and one for a field
        // that only a "has concerns" view would show.
        session.drafts["decide"] = ScreenDraft(picks: ["preferred": 1, "accepted": 7, "view": 0, "risks": 0])
        let view = ViewState(for: session)
        #expect(view.form.picks == ["preferred": 1, "view": 0])
        let frame = SessionScreen.render(
            session, view, size: TerminalSize(columns: 80, rows: 24), options: RenderOptions())
        #expect(frame.text.components(separatedBy: "(o)").count - 1 == 2, "every pick kept is one that shows")
    }

    @Test func withWordsTypedTheFirstPauseKeyAsksAndEnterGoesBackToTheWords() {
        var driver = ChoosingOnPurposeTests.driver(at: "words")
        driver.type("Up by nine")
        driver.press(.function(10))
        #expect(driver.view.overlay == .confirmLeave)
        #expect(driver.actions.isEmpty, "asking records nothing")
        driver.press(.enter)
        #expect(driver.view.overlay == nil)
        #expect(driver.view.input.text == "Up by nine", "going on keeps the words in the field")
        driver.press(.function(10), .function(10))
        #expect(driver.actions == [.keepDraft(ScreenDraft(text: "Up by nine")), .pause])
    }

    @Test func withNothingTypedThePauseKeyLeavesAtOnce() {
        var driver = ChoosingOnPurposeTests.driver(at: "goal")
        driver.type("2")
        driver.press(.function(10))
        #expect(driver.view.overlay == nil)
        #expect(
            driver.actions == [.keepDraft(ScreenDraft(options: ["stable"])), .pause], "a choice alone does not ask")
    }

    @Test func nothingUnconfirmedKeepsNothingAndPuttingItBackTakesTheDraftBack() {
        var driver = ChoosingOnPurposeTests.driver(at: "goal")
        driver.press(.down)
        driver.press(.function(10))
        #expect(driver.actions == [.pause], "a highlight is not a choice")

        var back = ChoosingOnPurposeTests.driver(at: "worries")
        back.session.answers["worries"] = .multi(options: ["housing"])
        back.session.drafts["worries"] = ScreenDraft(options: ["housing", "family"])
        back.view = ViewState(for: back.session)
        #expect(back.view.ticked == ["housing", "family"])
        back.press(.down, .down, .character(" "))
        back.press(.function(10))
        #expect(back.actions == [.keepDraft(ScreenDraft()), .pause], "back to the confirmed answer: nothing to keep")
        #expect(back.session.drafts["worries"] == nil)
    }
}

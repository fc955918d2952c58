import KeyworkGuides
import KeyworkSession
import Testing

@testable import KeyworkScreen

@Suite struct SessionKeysTests {
    @Test func aWholeGuideIsWalkedByKeysAloneToCompletion() {
        var driver = KeyDriver()
        #expect(driver.screen == "welcome")
        driver.press(.enter)
        #expect(driver.screen == "goal")
        driver.type("2")
        #expect(driver.screen == "goal", "a number chooses and never moves on by itself")
        driver.press(.enter)
        #expect(driver.screen == "worries")
        driver.press(.character(" "), .down, .down, .character(" "), .enter)
        #expect(driver.screen == "words")
        driver.type("A calm week? Yes.")
        driver.press(.enter)
        #expect(driver.screen == "confidence")
        driver.press(.enter)
        #expect(driver.view.notice == "Please choose a number from 0 to 10.")
        driver.type("7")
        #expect(driver.view.notice == nil, "a notice goes with the next key")
        driver.press(.enter)
        #expect(driver.screen == "options")
        driver.press(.enter)
        #expect(driver.screen == "decide")
        driver.fillDecision(option: 2)
        #expect(driver.screen == "wait")
        driver.type("y")
        driver.press(.enter)
        #expect(driver.screen == "sure")
        for _ in 0..<4 {
            driver.type("y")
            driver.press(.enter)
        }
        #expect(driver.screen == "review")
        driver.press(.enter, .enter)
        #expect(driver.screen == "agree", "Enter shows the rest of the summary, then goes on")
        driver.press(.character(" "), .enter, .character(" "), .enter)
        driver.type("J. B.")
        driver.press(.enter)
        #expect(driver.session.signatures["agree"]?.map(\.name) == ["J. B."])
        #expect(driver.view.input.text.isEmpty, "the next signer starts with an empty field")
        driver.type("Sam")
        driver.press(.enter, .enter)
        #expect(driver.session.status == .complete)
        #expect(driver.refusals.isEmpty)
        #expect(driver.session.answers["goal"] == .choice(option: "stable", other: nil))
        #expect(driver.session.answers["worries"] == .multi(options: ["withdrawal", "family"]))
        #expect(driver.session.answers["words"] == .text("A calm week? Yes."))
        #expect(driver.session.answers["confidence"] == .scale(7))
        #expect(driver.session.answers["decide"] == .decision(Decision(preferred: "one", reasons: "Quiet")))
        #expect(driver.session.answers["wait"] == .availability(Availability(availableNow: true)))
        #expect(driver.session.answers["sure"] == .sure(SureCheck(answers: [true, true, true, true])))
    }

    @Test func goingBackShowsWhatWasChosenOrTyped() {
        var driver = KeyDriver()
        driver.press(.enter)
        driver.press(.down, .down, .down)
        driver.type("My job")
        #expect(driver.view.chosen == 3, "typing the words chooses \"Something else\"")
        driver.press(.enter)
        #expect(driver.screen == "worries")
        driver.press(.function(4))
        #expect(driver.screen == "goal")
        #expect(driver.view.highlight == 3)
        #expect(driver.view.chosen == 3)
        #expect(driver.view.input.text == "My job")
        driver.press(.enter)
        driver.press(.character(" "), .enter)
        driver.type("Words")
        driver.press(.enter, .function(4))
        #expect(driver.screen == "words")
        #expect(driver.view.input.text == "Words")
        driver.press(.function(4))
        #expect(driver.view.ticked == ["withdrawal"])
    }

    @Test func whilePrivateEveryKeyButTheWayBackIsIgnored() {
        var driver = KeyDriver()
        driver.press(.function(9))
        #expect(driver.session.isPrivate)
        let before = driver.view
        let keys: [Key] = [
            .enter, .up, .down, .character("1"), .character("?"), .function(1), .function(2), .function(3),
            .function(4), .function(10), .control("q"), .control("c"), .paste("x"), .escape, .character(" "),
        ]
        for key in keys {
            var view = driver.view
            #expect(SessionKeys.handle(key, session: driver.session, view: &view).isEmpty, "\(key)")
            #expect(view == before)
        }
        driver.press(.control("p"))
        #expect(!driver.session.isPrivate)
        #expect(driver.screen == "welcome")
    }

    @Test func theKeysThatWorkEverywhereDoWhatTheKeyTableSays() {
        let session = KeyDriver().session
        func actions(_ key: Key, _ view: inout ViewState) -> [SessionAction] {
            SessionKeys.handle(key, session: session, view: &view)
        }
        var view = ViewState(for: session)
        #expect(actions(.function(10), &view) == [.pause])
        #expect(actions(.control("q"), &view) == [.pause])
        #expect(actions(.function(4), &view) == [.back])
        #expect(actions(.function(9), &view) == [.togglePrivacy])
        #expect(actions(.control("c"), &view).isEmpty)
        #expect(view.overlay == .confirmLeave)
        #expect(actions(.escape, &view).isEmpty)
        #expect(view.overlay == nil)
        _ = actions(.control("c"), &view)
        #expect(actions(.enter, &view).isEmpty, "Enter in the box goes on with the session")
        #expect(view.overlay == nil)
        _ = actions(.control("c"), &view)
        #expect(actions(.control("c"), &view) == [.pause], "a second Ctrl-C leaves")
        _ = actions(.control("c"), &view)
        #expect(actions(.function(10), &view) == [.pause], "as does the pause key")
        view.overlay = nil
        _ = actions(.character("?"), &view)
        #expect(view.overlay == .help)
        #expect(actions(.character("x"), &view).isEmpty)
        #expect(view.overlay == nil, "any key closes help")
        _ = actions(.function(2), &view)
        for character in "Is it free?" { _ = actions(.character(character), &view) }
        #expect(actions(.enter, &view) == [.noteQuestion("Is it free?")])
        _ = actions(.function(2), &view)
        _ = actions(.paste("never\nsent"), &view)
        #expect(view.overlay == .question(TextField("never sent")), "a paste never submits")
        #expect(actions(.escape, &view).isEmpty)
        _ = actions(.function(3), &view)
        #expect(actions(.enter, &view) == [.flag(words: nil)])
        _ = actions(.function(3), &view)
        _ = actions(.paste("too fast"), &view)
        #expect(actions(.enter, &view) == [.flag(words: "too fast")])
    }

    @Test func typingKeepsQuestionMarksAndDigitsAsText() {
        var driver = KeyDriver()
        driver.press(.enter, .character("1"), .enter)
        driver.press(.character(" "), .enter)
        #expect(driver.screen == "words")
        driver.type("1? 2")
        #expect(driver.view.overlay == nil)
        driver.press(.left, .left, .backspace, .home, .delete, .end, .paste("\nnext line"))
        #expect(driver.view.input.text == " 2\nnext line")
    }

    @Test func aSureAnswerOfNoOffersTheWaysOn() {
        var driver = KeyDriver()
        driver.session.path = ScreenGuide.guide.screens.prefix(9).map(\.id)
        driver.session.answers = ScreenGuide.allAnswers
        driver.session.answers["sure"] = nil
        driver.view = ViewState(for: driver.session)
        #expect(driver.screen == "sure")
        driver.type("y")
        driver.press(.enter)
        driver.type("n")
        driver.press(.enter)
        driver.press(.right)
        driver.press(.enter, .left, .enter, .enter)
        #expect(driver.screen == "sure")
        #expect(
            driver.view.notice == "Nothing is picked here yet. Use the arrow keys or a number to pick, then Enter.",
            "Enter on a pick with nothing picked says what to do and stays")
        driver.type("3")
        driver.press(.enter)
        #expect(
            driver.session.answers["sure"]
                == .sure(SureCheck(answers: [true, false, true, true], wayOn: .continueAnyway)))
        #expect(driver.screen == "review")
    }

    static func activeField(_ driver: KeyDriver) -> String? {
        guard let screen = driver.session.currentScreen,
            let fields = SessionForm.fields(
                for: screen, in: driver.session, form: driver.view.form, words: driver.view.words),
            fields.indices.contains(driver.view.form.active)
        else { return nil }
        return fields[driver.view.form.active].id
    }

    @Test func aDecisionWithConcernsAndAWaitAreFilledInFieldByField() {
        var driver = KeyDriver()
        driver.session.path = ScreenGuide.guide.screens.prefix(7).map(\.id)
        driver.view = ViewState(for: driver.session)
        #expect(driver.screen == "decide")
        driver.press(.right, .right, .enter)
        driver.type("Quiet")
        driver.press(.tab, .right, .right, .enter)
        driver.type("Risky")
        driver.press(.enter, .enter, .character("n"), .enter)
        driver.press(.enter, .enter)
        #expect(driver.view.notice == "Please choose what was agreed instead.")
        #expect(driver.screen == "decide")
        // The refused option is not offered again: only the other option, then "Something else".
        driver.type("2")
        driver.press(.enter)
        driver.type("Weekly calls")
        driver.press(.up)
        driver.type("1")
        #expect(driver.view.form.picks["instead"] == 0)
        driver.press(.enter)
        #expect(driver.refusals.last == "Please write down the steps you both agree to, to make it safer.")
        #expect(Self.activeField(driver) == "steps", "the refusal takes the focus to the first field still empty")
        driver.type("Call weekly")
        driver.press(.enter, .enter)
        #expect(Self.activeField(driver) == "whyNot")
        driver.type("No place")
        driver.press(.enter, .enter)
        #expect(
            driver.session.answers["decide"]
                == .decision(
                    Decision(
                        preferred: "one", reasons: "Quiet", keyworkerView: .concerns, risks: "Risky",
                        riskReductionSteps: "Call weekly", accepted: false, notAcceptedReason: "No place",
                        agreedOption: "group")))
        #expect(driver.screen == "wait")
        driver.type("n")
        driver.press(.enter)
        for words in ["Groups for now", "A call"] {
            driver.type(words)
            driver.press(.enter)
        }
        driver.type("y")
        driver.press(.enter)
        driver.type("6 weeks")
        #expect(driver.view.overlay == nil)
        driver.press(.enter)
        #expect(driver.view.notice == "Type the number of weeks, such as 12.", "words in a number field are refused")
        #expect(driver.view.form.texts["weeks"]?.text == "6 weeks", "and kept as typed, to be put right")
        driver.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .enter)
        for words in ["By text", "Sam 01632"] {
            driver.type(words)
            driver.press(.enter)
        }
        #expect(
            driver.session.answers["wait"]
                == .availability(
                    Availability(
                        availableNow: false, howPlanDiffers: "Groups for now", extraSupport: "A call",
                        transferLater: true, estimatedWaitWeeks: 6, howToldOfDelays: "By text", contact: "Sam 01632")))
        #expect(driver.screen == "sure")
    }

    @Test func aSignatureFieldTurnsPastedLinesIntoSpacesAndNeverSubmits() {
        var driver = KeyDriver()
        driver.session.path = ScreenGuide.guide.screens.map(\.id)
        driver.session.answers = ScreenGuide.allAnswers
        driver.view = ViewState(for: driver.session)
        driver.press(.enter)
        #expect(driver.view.highlight == 1)
        driver.press(.character(" "), .enter, .character("1"))
        #expect(driver.session.ticked["agree"] == ["s2"], "a digit ticks statement N")
        driver.press(.character("1"), .down, .down)
        driver.press(.paste("J.\nB."))
        #expect(driver.view.input.text == "J. B.")
        #expect(driver.session.signatures["agree"] == nil)
    }

    @Test func aComparisonMovesBetweenColumnsAndInformationScrollsToItsEndOnly() {
        var reader = KeyDriver()
        reader.session.path = ScreenGuide.guide.screens.prefix(10).map(\.id)
        reader.session.answers = ScreenGuide.allAnswers
        reader.view = ViewState(for: reader.session, terminalSize: TerminalSize(columns: 60, rows: 16))
        reader.press(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        let bottom = reader.view.scroll
        #expect(bottom > 0)
        reader.press(.down)
        #expect(reader.view.scroll == bottom, "scrolling stops at the end")
        reader.press(.up)
        #expect(reader.view.scroll == bottom - 1)
        var driver = KeyDriver(guide: ScreenGuide.wideGuide)
        driver.press(.enter, .right, .right, .right)
        #expect(driver.view.compareColumn == 2)
        driver.press(.left)
        #expect(driver.view.compareColumn == 1)
    }

    @Test func aRefusalIsShownUntilTheNextKey() {
        var driver = KeyDriver()
        driver.press(.function(4))
        #expect(driver.view.notice == "This is the first screen.")
        let frame = SessionScreen.render(
            driver.session, driver.view, size: .init(columns: 80, rows: 24), options: .init())
        #expect(frame.text.contains("! This is the first screen."))
        driver.press(.down)
        #expect(driver.view.notice == nil)
    }
}

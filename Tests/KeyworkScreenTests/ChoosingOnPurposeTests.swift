import KeyworkGuides
import KeyworkSession
import Testing

@testable import KeyworkScreen

/// No answer without a choice, and nothing typed changed: the highlight chooses nothing, Enter confirms
/// only what a person chose, and numbers are read whole.
@Suite struct ChoosingOnPurposeTests {
    /// A driver on `screenID` of the screen test guide, every screen before it answered, in a window of `size`.
    static func driver(
        at screenID: String, guide: Guide = ScreenGuide.guide, size: TerminalSize = TerminalSize(columns: 80, rows: 24)
    ) -> KeyDriver {
        var driver = KeyDriver(guide: guide)
        let index = guide.index(of: screenID) ?? 0
        driver.session.path = guide.screens[...index].map(\.id)
        driver.session.answers = ScreenGuide.allAnswers.filter { answered in
            guide.screens[..<index].contains { $0.id == answered.key }
        }
        driver.view = ViewState(for: driver.session, terminalSize: size)
        driver.recordWhatIsShown()
        return driver
    }

    @Test func theHighlightChoosesNothingAndEnterWithNothingChosenStays() {
        var driver = Self.driver(at: "goal")
        #expect(driver.view.chosen == nil, "no list starts with an answer chosen")
        driver.press(.down, .enter)
        #expect(driver.screen == "goal")
        #expect(driver.actions.isEmpty)
        #expect(
            driver.view.notice == "Nothing is chosen yet. Press Space or the option's number to choose, then Enter.")
        driver.press(.character(" "))
        #expect(driver.view.chosen == 1)
        driver.press(.down, .down)
        driver.press(.enter)
        #expect(
            driver.session.answers["goal"] == .choice(option: "stable", other: nil), "Enter confirms what was chosen")
        #expect(driver.screen == "worries")
    }

    @Test func aNumberChoosesWithoutMovingOnAndEnterConfirmsIt() {
        var driver = Self.driver(at: "goal")
        driver.type("3")
        #expect(driver.screen == "goal")
        #expect(driver.view.chosen == 2)
        #expect(driver.view.highlight == 2)
        driver.type("1")
        #expect(driver.view.chosen == 0, "another number changes the choice; nothing was recorded")
        #expect(driver.actions.isEmpty)
        driver.press(.enter)
        #expect(driver.actions == [.submit(.choice(option: "stop", other: nil))])
    }

    @Test func skippingIsChosenLikeAnyOtherItem() {
        var driver = Self.driver(at: "goal")
        driver.type("5")
        #expect(driver.view.chosen == 4)
        driver.press(.enter)
        #expect(driver.session.answers["goal"] == .skipped)
    }

    @Test func typingSomethingElseChoosesIt() {
        var driver = Self.driver(at: "goal")
        driver.type("4")
        #expect(driver.view.chosen == 3)
        #expect(driver.view.highlight == 3)
        driver.type(" 3 days?")
        #expect(driver.view.input.text == " 3 days?", "digits, spaces and ? are typed, not keys")
        #expect(driver.view.overlay == nil)
        driver.press(.enter)
        #expect(driver.session.answers["goal"] == .choice(option: "other", other: " 3 days?"))
    }

    @Test func tickingNothingOnAMultiIsSaidOnPurposeWithASecondEnter() throws {
        let multi = MultiScreen(prompt: "Anything?", options: [.init(id: "a", label: "A"), .init(id: "b", label: "B")])
        let guide = Guide(
            id: "multi", title: "Multi", version: "1",
            screens: [
                ScreenGuide.screen("any", "Any", .multi(multi)),
                ScreenGuide.screen("end", "End", .info(InfoScreen(body: "Done."))),
            ], origin: "test")
        var driver = KeyDriver(guide: guide)
        driver.press(.enter)
        #expect(driver.screen == "any")
        #expect(driver.view.notice?.hasPrefix("Nothing is ticked.") == true)
        driver.press(.down)
        #expect(driver.view.notice == nil)
        driver.press(.enter)
        #expect(driver.screen == "any", "another key in between asks again")
        driver.press(.enter)
        #expect(driver.session.answers["any"] == .multi(options: []))
        #expect(driver.screen == "end")
    }

    @Test func aScaleReadsDigitsTypedInARowAsOneNumber() throws {
        var driver = Self.driver(at: "confidence")
        driver.type("10")
        #expect(driver.view.scaleValue == 10, "10 is ten, not 1 then 0")
        driver.type("5")
        #expect(driver.view.scaleValue == nil, "105 is not on the scale, so nothing is chosen")
        #expect(driver.view.notice == "105 is not on this scale. Please choose a number from 0 to 10.")
        driver.type("1")
        driver.type("1")
        #expect(driver.view.scaleValue == nil)
        driver.type("9")
        driver.press(.backspace)
        #expect(driver.view.scaleValue == nil, "backspace takes the typed number back")
        driver.type("4")
        driver.press(.right)
        driver.type("0")
        #expect(driver.view.scaleValue == 0, "an arrow key ends the number being typed")
        driver.press(.enter)
        #expect(driver.session.answers["confidence"] == .scale(0))

        let twenty = ScaleScreen(prompt: "How much?", min: 0, max: 20)
        let guide = Guide(
            id: "scale", title: "Scale", version: "1", screens: [ScreenGuide.screen("much", "Much", .scale(twenty))],
            origin: "test")
        var wide = KeyDriver(guide: guide)
        wide.type("20")
        #expect(wide.view.scaleValue == 20)
        wide.press(.enter)
        #expect(wide.session.answers["much"] == .scale(20))
    }

    @Test func aNumberFieldKeepsWordsAsTypedAndRefusesThem() {
        var driver = Self.driver(at: "wait")
        driver.type("n")
        driver.press(.enter)
        driver.type("Groups")
        driver.press(.enter)
        driver.type("A call")
        driver.press(.enter, .character("y"), .enter)
        driver.press(.paste("about 3 months"))
        #expect(driver.view.form.texts["weeks"]?.text == "about 3 months", "no digits are taken out of a sentence")
        driver.press(.enter)
        #expect(driver.view.notice == "Type the number of weeks, such as 12.")
        driver.press(.tab, .tab)
        driver.type("Sam")
        driver.press(.enter)
        #expect(driver.view.notice == "Type the number of weeks, such as 12.")
        #expect(driver.view.form.active == 4, "back to the field that needs putting right")
        #expect(driver.actions.isEmpty, "nothing was sent to the session")
        #expect(WholeNumber.parse(" 12 ") == 12)
        #expect(WholeNumber.parse("१२") == 12, "digits of any script are digits")
        #expect(WholeNumber.parse("12 weeks") == nil)
        #expect(WholeNumber.parse("Ⅻ") == nil)
        #expect(WholeNumber.parse("99999999999999999999") == nil)
    }

    @Test func enterOnAPickWithNothingPickedSaysHowAndStays() {
        var driver = Self.driver(at: "decide")
        driver.press(.enter)
        #expect(driver.view.form.active == 0)
        #expect(driver.view.notice == "Nothing is picked here yet. Use the arrow keys or a number to pick, then Enter.")
        driver.type("2")
        driver.press(.enter)
        #expect(driver.view.form.active == 1)
    }

    @Test func whileTheWindowIsTooSmallOnlyPrivacyAndPausingWork() {
        var driver = Self.driver(at: "goal")
        driver.view.terminalSize = TerminalSize(columns: 20, rows: 5)
        let before = driver.view
        let keys: [Key] = [
            .enter, .character("1"), .character(" "), .down, .function(1), .function(2), .function(3), .function(4),
            .character("?"), .paste("x"), .escape, .tab,
        ]
        for key in keys {
            var view = driver.view
            #expect(SessionKeys.handle(key, session: driver.session, view: &view).isEmpty, "\(key)")
            #expect(view == before, "\(key) changes nothing that cannot be seen")
        }
        var view = driver.view
        #expect(SessionKeys.handle(.function(10), session: driver.session, view: &view) == [.pause])
        #expect(SessionKeys.handle(.control("q"), session: driver.session, view: &view) == [.pause])
        #expect(
            SessionKeys.handle(.control("c"), session: driver.session, view: &view) == [.pause],
            "the box that asks could not be seen, so Ctrl-C pauses at once")
        #expect(SessionKeys.handle(.function(9), session: driver.session, view: &view) == [.togglePrivacy])
    }
}

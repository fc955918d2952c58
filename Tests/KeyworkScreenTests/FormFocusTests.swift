import KeyworkGuides
import KeyworkSession
import Testing

@testable import KeyworkScreen

/// Forms teach their own keys: in a list of choices one under another ↑ ↓ choose, as a newcomer
/// first tries; Tab and Enter go to the next field; the footer keeps the focused field's keys; a
/// refused form goes to its first empty field; and back in a filled form the focus is on its last field.
@Suite struct FormFocusTests {
    static func atDecision() -> KeyDriver {
        var driver = KeyDriver()
        driver.session.path = ScreenGuide.guide.screens.prefix(7).map(\.id)
        driver.view = ViewState(for: driver.session)
        return driver
    }

    static func footer(_ driver: KeyDriver, columns: Int = 80) -> String {
        let frame = SessionScreen.render(
            driver.session, driver.view, size: TerminalSize(columns: columns, rows: 24), options: RenderOptions())
        return frame.text.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    }

    @Test func upAndDownChooseInAListOneUnderAnotherAndStayInIt() {
        var driver = Self.atDecision()
        #expect(driver.screen == "decide")
        #expect(SessionKeysTests.activeField(driver) == "preferred")
        driver.press(.down)
        #expect(driver.view.form.picks["preferred"] == 0, "↓ with nothing chosen chooses the first")
        driver.press(.down, .down, .down)
        #expect(driver.view.form.picks["preferred"] == 1, "and stops at the last, in the same field")
        #expect(SessionKeysTests.activeField(driver) == "preferred")
        driver.press(.up)
        #expect(driver.view.form.picks["preferred"] == 0)
        driver.type("2")
        #expect(driver.view.form.picks["preferred"] == 1, "numbers choose too")
        driver.press(.tab)
        #expect(SessionKeysTests.activeField(driver) == "reasons", "Tab goes to the next field")
        driver.press(.down)
        #expect(SessionKeysTests.activeField(driver) == "view", "in a typed field ↓ still moves on")
        driver.press(.backTab, .backTab)
        #expect(SessionKeysTests.activeField(driver) == "preferred")
        driver.press(.enter)
        #expect(SessionKeysTests.activeField(driver) == "reasons", "and so does Enter")
    }

    @Test func theFooterNamesTheFocusedFieldsKeysAndKeepsThemWhenNarrow() {
        var driver = Self.atDecision()
        #expect(Self.footer(driver).contains("↑↓ Choose"))
        #expect(!Self.footer(driver).contains("← →"), "the list is not chosen sideways")
        driver.press(.tab)
        #expect(!Self.footer(driver).contains("Choose"), "a typed field has nothing to choose")
        #expect(Self.footer(driver).contains("↑↓ Fields"))
        driver.press(.tab, .tab)
        #expect(SessionKeysTests.activeField(driver) == "accepted")
        #expect(Self.footer(driver).contains("← → Choose"), "two short choices side by side go sideways")
        let narrow = Self.footer(driver, columns: 60)
        #expect(narrow.contains("← → Choose"), "kept when narrow: \(narrow)")
        #expect(narrow.contains("F1") && narrow.contains("F10"), "as are help and pause: \(narrow)")
        #expect(!narrow.contains("F2"), "F2 goes first: \(narrow)")
    }

    @Test func aRefusedFormGoesToItsFirstEmptyField() {
        var driver = Self.atDecision()
        driver.type("1")
        driver.press(.enter, .enter)
        driver.type("1")
        driver.press(.enter)
        driver.type("y")
        #expect(SessionKeysTests.activeField(driver) == "accepted")
        driver.press(.enter)
        #expect(driver.refusals.last == "Please say, in your own words, why this option.")
        #expect(SessionKeysTests.activeField(driver) == "reasons", "not the last field, where Enter was pressed")
        driver.type("Quiet")
        driver.press(.enter, .enter, .enter)
        #expect(driver.screen == "wait")
    }

    @Test func backInAFilledFormTheFocusIsOnItsLastField() {
        var driver = Self.atDecision()
        driver.fillDecision(option: 1)
        #expect(driver.screen == "wait")
        driver.press(.function(4))
        #expect(driver.screen == "decide")
        #expect(SessionKeysTests.activeField(driver) == "accepted", "one Enter confirms it again")
        driver.press(.enter)
        #expect(driver.screen == "wait")
    }

    @Test func aFormEnteredForTheFirstTimeStartsAtTheTop() {
        let driver = Self.atDecision()
        #expect(driver.view.form.active == 0)
    }
}

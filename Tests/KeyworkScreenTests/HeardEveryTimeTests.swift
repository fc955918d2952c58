import KeyworkGuides
import KeyworkSession
import Testing

@testable import KeyworkScreen

/// What F2 and F3 noted is confirmed and counted on screen, a SURE check's doubts are marked on the
/// summary, and "go back and talk it through" says why the people are back.
@Suite struct HeardEveryTimeTests {
    static let size = TerminalSize(columns: 80, rows: 24)

    static func frame(_ driver: KeyDriver, size: TerminalSize = size) -> String {
        SessionScreen.render(driver.session, driver.view, size: size, options: RenderOptions()).text
    }

    @Test func aNotedQuestionIsConfirmedAndCountedUntilTheReview() {
        var driver = ChoosingOnPurposeTests.driver(at: "goal")
        driver.press(.function(2))
        driver.type("Can my partner come?")
        driver.press(.enter)
        var shown = Self.frame(driver)
        #expect(shown.contains("✓ Your question is noted. 1 so far."))
        #expect(shown.contains("F2 Ask (1)"), "\(shown)")
        driver.press(.function(2))
        driver.type("Is it free?")
        driver.press(.enter)
        #expect(Self.frame(driver).contains("Your question is noted. 2 so far."))
        driver.press(.down)
        shown = Self.frame(driver)
        #expect(!shown.contains("Your question is noted."), "the word goes with the next key")
        #expect(shown.contains("(2)"), "the count stays:\n\(shown)")
        driver.session.questions = driver.session.questions.map {
            var question = $0
            question.resolution = .carriedForward
            return question
        }
        #expect(!Self.frame(driver).contains("(2)"), "looked at, so no longer counted")
    }

    @Test func aFlagIsConfirmedAndCountedUntilTheSummary() {
        var driver = ChoosingOnPurposeTests.driver(at: "options")
        driver.press(.function(3))
        driver.type("Groups scare me")
        driver.press(.enter)
        let shown = Self.frame(driver)
        #expect(shown.contains("✓ Noted: not sure, or disagree. 1 so far."), "\(shown)")
        #expect(shown.contains("F3 Not sure (1)"), "\(shown)")
        GoldenFile.check(
            SessionScreen.render(driver.session, driver.view, size: Self.size, options: RenderOptions()),
            named: "flag-noted-80x24")
        var summary = ChoosingOnPurposeTests.driver(at: "review")
        summary.session.flags = driver.session.flags
        #expect(!Self.frame(summary).contains("(1)"), "the summary lists the flags instead")
    }

    @Test func theSummaryMarksEachSureNoAsADoubtToTalkAbout() {
        let driver = ChoosingOnPurposeTests.driver(at: "review")
        let tall = TerminalSize(columns: 80, rows: 44)
        let frame = SessionScreen.render(driver.session, driver.view, size: tall, options: RenderOptions())
        #expect(frame.text.contains("! No to: Are you clear about which good points and risks matter most to"))
        #expect(frame.text.contains("! Please talk about each of these before signing."), "even with no flags")
        GoldenFile.check(frame, named: "summary-sure-doubts-80x44")
    }

    @Test func goingBackToTalkItThroughSaysWhyYouAreHere() {
        var driver = ChoosingOnPurposeTests.driver(at: "sure")
        for answer in ["n", "y", "y", "n"] {
            driver.type(answer)
            driver.press(.enter)
        }
        driver.type("2")
        driver.press(.enter)
        #expect(driver.screen == "decide", "doubts about feeling sure and support lead to the decision")
        let frame = SessionScreen.render(driver.session, driver.view, size: Self.size, options: RenderOptions())
        #expect(frame.text.contains("You came back here from the SURE check to talk it through."))
        #expect(frame.text.contains("Do you feel sure about the best choice for you?"))
        #expect(frame.text.contains("Do you have enough support and advice to make a choice?"))
        GoldenFile.check(frame, named: "talk-it-through-80x24")
    }
}

import KeyworkGuides
import KeyworkSession
import KeyworkWords
import Testing

@testable import KeyworkScreen

/// A consent statement marked not agreed is shown as such, with the client's words, by a mark that needs
/// no colour; F3 brings back the list of flags; a required line not agreed leaves nothing to sign but the
/// way to end as "no agreement yet"; a refused preference asks what was agreed instead.
@Suite struct ConsentDissentScreenTests {
    static let size = TerminalSize(columns: 80, rows: 24)

    /// The sample guide with the second statement required.
    static let guide: Guide = {
        var guide = ScreenGuide.guide
        if let index = guide.index(of: "agree"), case .consent(var consent) = guide.screens[index].content {
            consent.statements[1].required = true
            guide.screens[index].content = .consent(consent)
        }
        return guide
    }()

    static func atConsent() -> KeyDriver {
        var driver = KeyDriver(guide: guide)
        driver.session = ScreenGuide.session(at: "agree", in: guide, answers: ScreenGuide.allAnswers)
        driver.session.answers["sure"] = .sure(SureCheck(answers: [true, true, true, true]))
        driver.view = ViewState(for: driver.session)
        return driver
    }

    static func render(_ driver: KeyDriver, _ size: TerminalSize = size) -> Frame {
        SessionScreen.render(driver.session, driver.view, size: size, options: RenderOptions())
    }

    @Test func f3OnAStatementMarksItNotAgreedWithTheClientsWordsAndBringsBackTheFlags() {
        var driver = Self.atConsent()
        driver.session.flags = [DissentFlag(screen: "options", words: "Not sure about groups")]
        driver.press(.function(3))
        #expect(driver.view.overlay == .notAgreed(statement: "s1", text: Self.statementText(0), TextField()))
        driver.type("It was the keyworker who suggested it really")
        GoldenFile.check(Self.render(driver), named: "consent-not-agreed-box-80x24")
        driver.press(.enter)
        #expect(
            driver.session.mark(of: "s1", on: "agree")
                == .notAgreed(
                    NotAgreed(text: Self.statementText(0), words: "It was the keyworker who suggested it really")))
        #expect(driver.view.dissentReview)
        let review = Self.render(driver)
        #expect(review.text.contains("Not sure about groups"))
        #expect(review.text.contains("It was the keyworker who suggested"))
        #expect(review.text.contains("Your options: \"Not sure about groups\""))
        GoldenFile.check(review, named: "consent-flags-review-80x24")
        driver.press(.enter)
        #expect(!driver.view.dissentReview)
        driver.press(.down)
        driver.type(" ")
        let marked = Self.render(driver)
        #expect(marked.text.contains("[-] I have talked about this plan"))
        #expect(marked.text.contains("Not agreed. In the client's words:"))
        #expect(marked.text.contains("1 line is not agreed. Signing records it, with the client's words."))
        GoldenFile.check(marked, named: "consent-one-not-agreed-80x24")
        GoldenFile.check(
            Self.render(driver, TerminalSize(columns: 60, rows: 16)), named: "consent-one-not-agreed-60x16")
    }

    @Test func spaceOnALineNotAgreedAsksBeforeTickingIt() {
        var driver = Self.atConsent()
        driver.press(.function(3))
        driver.press(.enter, .enter)
        #expect(
            driver.session.mark(of: "s1", on: "agree") == .notAgreed(NotAgreed(text: Self.statementText(0), words: nil))
        )
        driver.type(" ")
        #expect(driver.view.overlay == .agreeAgain(statement: "s1", text: Self.statementText(0)))
        GoldenFile.check(Self.render(driver), named: "consent-agree-again-80x24")
        driver.press(.escape)
        #expect(driver.session.mark(of: "s1", on: "agree") != .agreed)
        driver.type("1")
        driver.press(.enter)
        #expect(driver.session.mark(of: "s1", on: "agree") == .agreed)
    }

    @Test func theSummaryShowsTheLinesNotAgreedWithTheClientsWordsWhenGoneBackTo() {
        var driver = Self.atConsent()
        driver.press(.function(3))
        driver.type("Not yet")
        driver.press(.enter, .enter, .function(4))
        #expect(driver.screen == "review")
        let summary = SessionScreen.render(
            driver.session, driver.view, size: TerminalSize(columns: 80, rows: 60), options: RenderOptions())
        let text = summary.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Not agreed \(Self.statementText(0)): Not yet"))
        #expect(text.contains("! Please talk about each of these before signing."))
    }

    @Test func aRequiredLineNotAgreedLeavesOnlyTheWayToEndWithoutAnAgreement() {
        var driver = Self.atConsent()
        // The first line is left open: ending without an agreement does not wait for it.
        driver.press(.down, .function(3))
        driver.type("I cannot promise that")
        driver.press(.enter, .enter)
        let frame = Self.render(driver, TerminalSize(columns: 80, rows: 40))
        #expect(frame.text.contains("! No agreement yet"))
        #expect(!frame.text.contains("Mark every line"), "there is nothing to sign, so the signing hint is not shown")
        #expect(!frame.text.contains("Client: I agree"))
        #expect(driver.view.highlight == 1)
        driver.press(.down)
        driver.type("Sam")
        GoldenFile.check(Self.render(driver), named: "consent-no-agreement-yet-80x24")
        driver.press(.enter)
        #expect(driver.session.endedWithoutAgreement == "agree")
        #expect(driver.session.status == .complete)
    }

    @Test func aRefusedPreferenceAsksWhatWasAgreedInsteadAndTheWaitIsAboutThatPlan() {
        var (session, view) = SessionScreenGoldenTests.scene(.decision)
        view.form.picks = ["preferred": 1, "view": 0, "accepted": 1, "instead": 1]
        view.form.texts["whyNot"] = TextField("No one-to-one places this month")
        view.form.texts["insteadWords"] = TextField("Weekly phone calls")
        view.form.active = 5
        let decision = SessionScreen.render(session, view, size: Self.size, options: RenderOptions())
        #expect(decision.text.contains("What was agreed instead?"))
        #expect(!decision.text.contains("( ) One to one"))
        GoldenFile.check(decision, named: "decision-agreed-instead-80x24")

        (session, view) = SessionScreenGoldenTests.scene(.availability)
        session.answers["decide"] = .decision(
            Decision(
                preferred: "one", reasons: "Quiet", accepted: false, notAcceptedReason: "No places",
                agreedOption: "group"))
        let wait = SessionScreen.render(session, view, size: Self.size, options: RenderOptions())
        #expect(wait.text.contains("The plan agreed instead: Group sessions"))
        #expect(!wait.text.contains("One to one"))
    }

    static func statementText(_ index: Int) -> String {
        guard case .consent(let consent)? = guide.screen("agree")?.content else { return "" }
        return consent.statements[index].text
    }
}

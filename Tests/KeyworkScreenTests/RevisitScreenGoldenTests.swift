import KeyworkGuides
import KeyworkSession
import Testing

@testable import KeyworkScreen

/// The revisit's own screens, drawn at 80x24 and at the smallest size, 60x16, and compared with golden files.
@Suite struct RevisitScreenGoldenTests {
    static let sizes = [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 60, rows: 16)]
    static let earlier = EarlierAgreement(
        sessionID: "20261001-100000-abcdef", journalSHA256: String(repeating: "ab", count: 32),
        statements: [
            ConsentScreen.Statement(id: "meet", text: "I will come to the meetings I agree to."),
            ConsentScreen.Statement(id: "pickup", text: "I pick up my dose at the chemist every day."),
            ConsentScreen.Statement(id: "call", text: "My keyworker calls me each week."),
            ConsentScreen.Statement(id: "safe", text: "I keep any take-home doses safe."),
        ],
        notAgreed: ["call": NotAgreed(text: "My keyworker calls me each week.", words: "Weekly is too much")],
        clientWords: [.init(about: "What you want from treatment", words: "To keep my job and see my kids")])
    static let guide = RevisitGuide.build(from: earlier)
    /// Meet is still right; pickup changed and agreed; call, not agreed last time, is talked about and the talk
    /// decided something; safe's change was not agreed.
    static let answers: [String: Answer] = [
        "review-meet": .choice(option: "keep", other: nil),
        "review-pickup": .choice(option: "change", other: nil),
        "wording-pickup": .text("I pick up my dose at the chemist twice a week."),
        "agreed-pickup": .choice(option: "agreed", other: nil),
        "review-call": .choice(option: "talk", other: nil),
        "talked-call": .text("Calls every two weeks, on Mondays."),
        "review-safe": .choice(option: "change", other: nil),
        "wording-safe": .text("I do not need a lockbox."),
        "agreed-safe": .choice(option: "not-agreed", other: nil),
        "reason-safe": .text("A lockbox keeps children safe."),
        "next-revisit": .choice(option: "weeks-8", other: nil),
    ]

    static func session(at screenID: String) -> SessionState {
        var state = SessionState(
            guide: guide, context: SessionContext(keyworker: "Sam", clientReference: "C-1", revisiting: earlier))
        state.status = .inProgress
        let index = guide.index(of: screenID) ?? 0
        // The path is every screen up to this one whose condition the answers meet.
        state.answers = answers
        state.path = guide.screens[...index].filter { screen in
            guard let condition = screen.when, case .isOption(let option) = condition.test else { return true }
            return answers[condition.screen]?.chosenOptions.contains(option) ?? false
        }.map(\.id)
        for later in guide.screens[index...] where later.id != "differences" && later.id != "agree" {
            state.answers[later.id] = nil
        }
        return state
    }

    @Test(arguments: ["review-pickup", "review-call", "agreed-pickup", "differences", "agree"])
    func everyRevisitScreenMatchesItsGoldenFile(_ screenID: String) {
        var session = Self.session(at: screenID)
        var view = ViewState(for: session)
        if screenID == "agree" { session.ticked["agree"] = ["meet"] }
        if screenID == "agreed-pickup" { view.highlight = 0 }
        for size in Self.sizes {
            let frame = SessionScreen.render(session, view, size: size, options: RenderOptions())
            GoldenFile.check(frame, named: "revisit-\(screenID)-\(size.columns)x\(size.rows)")
        }
    }

    @Test func theDifferencesShowOldAndNewWordingSideBySide() {
        let session = Self.session(at: "differences")
        let frame = SessionScreen.render(
            session, ViewState(for: session), size: TerminalSize(columns: 80, rows: 24), options: RenderOptions())
        #expect(frame.text.contains("Last time"))
        #expect(frame.text.contains("│ Now"))
        #expect(frame.text.contains("│ Changed: I pick up my dose at the"))
        #expect(!frame.text.contains("I will come to the meetings"), "a statement still right is not a difference")
        #expect(frame.text.contains("Talked about. You decided:"))
    }

    @Test func theAgreementShowsTheWordingAsNowAgreed() {
        let session = Self.session(at: "agree")
        let frame = SessionScreen.render(
            session, ViewState(for: session), size: TerminalSize(columns: 80, rows: 24), options: RenderOptions())
        #expect(frame.text.contains("I pick up my dose at the chemist twice a week."))
        #expect(frame.text.contains("I keep any take-home doses safe."))
        #expect(!frame.text.contains("every day"))
    }
}

import KeyworkGuides
import KeyworkSession
import KeyworkWords
import Testing

@testable import KeyworkScreen

/// The program's own words in Polish: the same layouts, checked at the smallest size Keywork draws,
/// where longer Polish words are most likely to overflow the footer, the help box or a line.
@Suite struct PolishScreenTests {
    static let polish = RenderOptions(words: Words(.polish))
    static let small = TerminalSize(columns: 60, rows: 16)

    static func scene(_ type: ScreenType) -> (SessionState, ViewState) {
        let (session, english) = SessionScreenGoldenTests.scene(type)
        var view = english
        view.words = Words(.polish)
        return (session, view)
    }

    static func footer(of frame: Frame) -> String {
        String(frame.text.split(separator: "\n", omittingEmptySubsequences: false)[frame.size.rows - 1])
    }

    @Test(arguments: [ScreenType.info, .choice, .consent, .sure, .summary])
    func screensInPolishMatchTheirGoldenFiles(_ type: ScreenType) {
        let (session, view) = Self.scene(type)
        for size in [Self.small, TerminalSize(columns: 80, rows: 24)] {
            let frame = SessionScreen.render(session, view, size: size, options: Self.polish)
            GoldenFile.check(frame, named: "pl-\(type.rawValue)-\(size.columns)x\(size.rows)")
            #expect(Self.footer(of: frame).contains("F1 Pomoc"), "help is always offered: \(Self.footer(of: frame))")
            #expect(frame.text.contains("Ekran "), "the position is in Polish")
        }
    }

    @Test func theFooterAtTheSmallestSizeStillOffersHelpQuestionsAndDoubt() {
        let (session, view) = Self.scene(.info)
        let footer = Self.footer(of: SessionScreen.render(session, view, size: Self.small, options: Self.polish))
        for key in ["Enter", "F2", "F3", "F1 Pomoc"] { #expect(footer.contains(key), "\(key) missing: \(footer)") }
        #expect(DisplayWidth.of(footer) <= Self.small.columns)
    }

    @Test func theHelpBoxInPolishShowsEveryKeyAtTheSmallestSize() {
        let (session, polishView) = Self.scene(.choice)
        var view = polishView
        view.overlay = .help
        for size in [Self.small, TerminalSize(columns: 80, rows: 24)] {
            let frame = SessionScreen.render(session, view, size: size, options: Self.polish)
            GoldenFile.check(frame, named: "pl-overlay-help-\(size.columns)x\(size.rows)")
            for key in ["Spacja", "F1 lub ?", "F2", "F3", "F4", "F9 Ctrl-P", "F10 Ctrl-Q", "Ctrl-C"] {
                #expect(frame.text.contains(key), "\(key) is not in the help box at \(size)")
            }
            #expect(frame.text.contains("Pomoc: wszystkie klawisze"))
            #expect(Self.footer(of: frame).contains("Dowolny klawisz"))
        }
    }

    @Test func theQuestionReviewInPolishMatchesItsGoldenFile() {
        var (session, view) = QuestionReviewTests.scene()
        view.words = Words(.polish)
        for size in [Self.small, TerminalSize(columns: 80, rows: 24)] {
            let frame = SessionScreen.render(session, view, size: size, options: Self.polish)
            GoldenFile.check(frame, named: "pl-question-review-\(size.columns)x\(size.rows)")
            #expect(frame.text.contains("Pytania do omówienia"))
        }
        session.questions[2].resolution = .carriedForward
        let done = SessionScreen.render(session, view, size: Self.small, options: Self.polish)
        #expect(Self.footer(of: done).contains("Podsumowanie") || Self.footer(of: done).contains("Zobacz podsumowanie"))
    }

    @Test func aRefusalFromTheSessionIsShownInPolish() {
        var (session, view) = Self.scene(.consent)
        session.ticked["agree"] = []
        SessionKeys.refused(SessionRefusal(.refuseTickEveryStatement), view: &view)
        #expect(
            view.notice == "Najpierw oznacz każde zdanie: zaznacz je, jeśli się zgadzasz, albo oznacz jako bez zgody.")
        let frame = SessionScreen.render(session, view, size: Self.small, options: Self.polish)
        GoldenFile.check(frame, named: "pl-refusal-60x16")
    }

    @Test func theGroupScreensInPolishMatchTheirGoldenFiles() {
        let rules = GroupScreenTests.session(at: "rules")
        var view = ViewState(for: rules, words: Words(.polish))
        view.form.texts["agreed"] = TextField("7")
        let acknowledge = SessionScreen.render(rules, view, size: Self.small, options: Self.polish)
        GoldenFile.check(acknowledge, named: "pl-acknowledge-60x16")
        #expect(acknowledge.text.contains("Ile osób jest teraz obecnych?"))
        var cards = GroupScreenTests.session(at: "cards")
        cards.questions = [NotedQuestion(number: 1, screen: "cards", text: "Can I change chemist?")]
        let questions = SessionScreen.render(
            cards, ViewState(for: cards, words: Words(.polish)), size: Self.small, options: Self.polish)
        GoldenFile.check(questions, named: "pl-questions-60x16")
        #expect(questions.text.contains("Na razie 1 pytanie:"))
        #expect(Self.footer(of: questions).contains("Enter Gotowe"))
    }

    @Test func theTooSmallAndPrivacyScreensSpeakPolish() {
        let (session, view) = Self.scene(.info)
        let tooSmall = SessionScreen.render(session, view, size: .init(columns: 50, rows: 12), options: Self.polish)
        #expect(tooSmall.text.contains("Proszę powiększyć okno"))
        #expect(tooSmall.text.contains("Potrzeba 60×16."))
        var hidden = session
        hidden.isPrivate = true
        let privacy = SessionScreen.render(hidden, view, size: Self.small, options: Self.polish)
        #expect(privacy.text.contains("Naciśnij F9, aby wrócić"))
    }

    @Test func aMenuAndAPromptInPolishMatchTheirGoldenFiles() {
        let words = Words(.polish)
        let menu = MenuView(
            title: words[.appName], items: [words[.homeStart], words[.homeCarryOnNone], words[.homeLeave]],
            description: [words[.homeQuestion]])
        GoldenFile.check(menu.render(size: Self.small, options: Self.polish), named: "pl-menu-60x16")
        var prompt = PromptView(
            title: words[.welcomeTitle], explanation: [words[.keyworkerNameQuestion], words[.keyworkerNameWhy]],
            words: words)
        #expect(prompt.handle(.enter) == .none)
        #expect(prompt.notice == "Najpierw coś wpisz albo naciśnij Esc, aby wrócić.")
        GoldenFile.check(prompt.render(size: Self.small, options: Self.polish), named: "pl-prompt-60x16")
    }

    @Test func formKeysAcceptTheFirstLetterOfThePolishYesAndNo() {
        let (session, sureView) = Self.scene(.sure)
        var view = sureView
        view.form = FormState()
        _ = SessionKeys.handle(.character("t"), session: session, view: &view)
        #expect(view.form.picks["q0"] == 0, "t for tak picks yes")
        _ = SessionKeys.handle(.character("n"), session: session, view: &view)
        #expect(view.form.picks["q0"] == 1, "n for nie picks no")
    }

    @Test func aChoiceScreensOwnHintIsInPolish() {
        let (session, view) = Self.scene(.choice)
        let frame = SessionScreen.render(
            session, view, size: TerminalSize(columns: 80, rows: 24), options: Self.polish)
        #expect(frame.text.contains("Wybierz Spacją lub numerem"))
    }
}

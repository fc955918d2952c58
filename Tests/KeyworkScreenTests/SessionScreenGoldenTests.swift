import KeyworkGuides
import KeyworkSession
import KeyworkWords
import Testing

@testable import KeyworkScreen

/// Every screen type, overlay and special screen, drawn and compared with its golden file.
@Suite struct SessionScreenGoldenTests {
    static let sizes = [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 60, rows: 16)]

    /// A session on each screen, with a view that shows the screen in use rather than empty.
    static func scene(_ type: ScreenType) -> (SessionState, ViewState) {
        let guide = ScreenGuide.guide
        guard let screen = guide.screens.first(where: { $0.type == type }) else {
            return (ScreenGuide.session(at: "welcome"), ViewState())
        }
        var answers = ScreenGuide.allAnswers
        if type != .summary && type != .consent {
            // Screens at and after this one are not answered yet.
            let index = guide.index(of: screen.id) ?? 0
            for later in guide.screens[index...] { answers[later.id] = nil }
        }
        var session = ScreenGuide.session(at: screen.id, answers: answers)
        var view = ViewState(for: session)
        switch type {
        case .choice: view.highlight = 1
        case .multi:
            view.ticked = ["housing"]
            view.highlight = 2
        case .text: view.input = TextField("Up by nine, a walk, tea with my sister", multiline: true)
        case .scale: view.scaleValue = 7
        case .decision:
            view.form.picks = ["preferred": 1, "view": 1]
            view.form.texts["reasons"] = TextField("I talk better on my own")
            view.form.active = 3
            view.form.texts["risks"] = TextField("A wait")
        case .availability: view.form.picks = ["now": 0]
        case .sure: view.form.picks = ["q0": 0, "q1": 0]
        case .consent:
            session.ticked["agree"] = ["s1"]
            view.highlight = 1
        case .summary:
            session.questions = [
                NotedQuestion(
                    number: 1, screen: "goal", text: "Can I bring someone with me?", resolution: .answered("Yes")),
                NotedQuestion(number: 2, screen: "options", text: "What about my job?", resolution: .carriedForward),
            ]
            session.flags = [DissentFlag(screen: "options", words: "Not sure about groups")]
        default: break
        }
        return (session, view)
    }

    /// The group screens have their own scenes, in `GroupScreenTests`; the weeks and progress screens theirs, in
    /// `WeeksScreenTests`.
    @Test(arguments: ScreenType.allCases.filter { ![.acknowledge, .questions, .weeks, .progress].contains($0) })
    func everyScreenTypeMatchesItsGoldenFile(_ type: ScreenType) {
        let (session, view) = Self.scene(type)
        for size in Self.sizes {
            for unicode in [true, false] {
                let frame = SessionScreen.render(session, view, size: size, options: RenderOptions(unicode: unicode))
                GoldenFile.check(
                    frame, named: "\(type.rawValue)-\(size.columns)x\(size.rows)-\(unicode ? "unicode" : "ascii")")
            }
        }
    }

    @Test func aWindowBelowTheMinimumShowsOnlyTheSizes() {
        let (session, view) = Self.scene(.info)
        for size in [TerminalSize(columns: 59, rows: 15), TerminalSize(columns: 20, rows: 6)] {
            let frame = SessionScreen.render(session, view, size: size, options: RenderOptions())
            #expect(!frame.text.contains("Welcome"))
            GoldenFile.check(frame, named: "too-small-\(size.columns)x\(size.rows)")
        }
    }

    @Test func wideCharactersAndCombiningMarksAreDrawnWhole() {
        let session = ScreenGuide.session(at: "wide", in: ScreenGuide.wideGuide)
        for size in Self.sizes {
            let frame = SessionScreen.render(session, ViewState(for: session), size: size, options: RenderOptions())
            GoldenFile.check(frame, named: "wide-text-\(size.columns)x\(size.rows)")
        }
    }

    @Test func aComparisonThatDoesNotFitShowsOneOptionAtATime() {
        let session = ScreenGuide.session(at: "narrow", in: ScreenGuide.wideGuide)
        var view = ViewState(for: session)
        view.compareColumn = 1
        let frame = SessionScreen.render(
            session, view, size: TerminalSize(columns: 80, rows: 24), options: RenderOptions())
        #expect(frame.text.contains("Option 2 of 3: Buprenorphine"))
        GoldenFile.check(frame, named: "compare-narrow-80x24")
    }

    @Test(arguments: [
        ("help", Overlay.help), ("question", .question(TextField("Can I bring my partner?"))),
        ("flag", .flag(TextField())), ("confirm-leave", .confirmLeave),
    ])
    func everyOverlayIsABoxOverTheScreen(_ name: String, _ overlay: Overlay) {
        var (session, view) = Self.scene(.choice)
        session.path = ["welcome", "goal"]
        view.overlay = overlay
        for size in Self.sizes {
            let frame = SessionScreen.render(session, view, size: size, options: RenderOptions())
            GoldenFile.check(frame, named: "overlay-\(name)-\(size.columns)x\(size.rows)")
        }
    }

    @Test func thePrivacyScreenShowsNothingOfTheSession() {
        var (session, view) = Self.scene(.summary)
        session.isPrivate = true
        view.overlay = .question(TextField("my private question"))
        let frame = SessionScreen.render(
            session, view, size: TerminalSize(columns: 80, rows: 24), options: RenderOptions())
        for secret in ["Planning", "stable", "question", "Sam", "C-1", "Screen"] {
            #expect(!frame.text.contains(secret))
        }
        #expect(frame.cursor == nil)
        GoldenFile.check(frame, named: "privacy-80x24")
    }

    @Test func aRefusalShowsAboveTheFooterWithAMarker() {
        var (session, view) = Self.scene(.consent)
        session.ticked["agree"] = []
        SessionKeys.refused(
            SessionRefusal(.refuseTickEveryStatement), view: &view)
        for size in Self.sizes {
            let frame = SessionScreen.render(session, view, size: size, options: RenderOptions())
            GoldenFile.check(frame, named: "refusal-\(size.columns)x\(size.rows)")
        }
    }

    @Test func formsShowTheirExtraFieldsOnceTheAnswerAsksForThem() {
        var (session, view) = Self.scene(.sure)
        view.form.picks = ["q0": 0, "q1": 1, "q2": 0, "q3": 0]
        view.form.active = 4
        GoldenFile.check(
            SessionScreen.render(session, view, size: TerminalSize(columns: 80, rows: 24), options: RenderOptions()),
            named: "sure-not-sure-80x24")
        (session, view) = Self.scene(.availability)
        view.form = SessionForm.prefill(
            .availability(ScreenGuide.availability), for: session.currentScreen!, in: session)
        view.form.active = 4
        GoldenFile.check(
            SessionScreen.render(session, view, size: TerminalSize(columns: 80, rows: 24), options: RenderOptions()),
            named: "availability-not-now-80x24")
    }

    @Test func aChoiceMarksOnlyWhatWasChosenNotWhatIsHighlighted() {
        let (session, scene) = Self.scene(.choice)
        var view = scene
        let unchosen = SessionScreen.render(
            session, view, size: TerminalSize(columns: 80, rows: 24), options: RenderOptions())
        #expect(!unchosen.text.contains("(o)"), "no list starts with an answer chosen")
        view.chosen = 0
        view.highlight = 2
        let frame = SessionScreen.render(
            session, view, size: TerminalSize(columns: 80, rows: 24), options: RenderOptions())
        #expect(frame.text.contains("  (o) Stop using completely"))
        #expect(frame.text.contains("> ( ) Use more safely"))
        GoldenFile.check(frame, named: "choice-chosen-80x24")
    }

    @Test func aScrolledComparisonKeepsItsHeadingsInView() {
        let (session, scene) = Self.scene(.compare)
        var view = scene
        for (size, name) in [
            (TerminalSize(columns: 80, rows: 16), "grid"), (TerminalSize(columns: 60, rows: 16), "one"),
        ] {
            view.terminalSize = size
            view.scroll = SessionScreen.pageStops(session, view).last ?? 0
            #expect(view.scroll > 0, "the comparison is longer than the window")
            let frame = SessionScreen.render(session, view, size: size, options: RenderOptions())
            #expect(frame.text.contains("There may be a wait") || frame.text.contains("It can feel busy"), "its end")
            GoldenFile.check(frame, named: "compare-scrolled-\(name)-\(size.columns)x\(size.rows)")
            if name == "grid" {
                #expect(frame.text.contains("Group sessions") && frame.text.contains("One to one"))
            } else {
                #expect(frame.text.contains("Option 1 of 2: Group sessions"))
            }
        }
    }

    @Test func aChoiceWithSomethingElseShowsItsTextField() {
        let session = Self.scene(.choice).0
        var view = Self.scene(.choice).1
        view.highlight = 3
        view.chosen = 3
        view.input = TextField("Get my job back")
        GoldenFile.check(
            SessionScreen.render(session, view, size: TerminalSize(columns: 80, rows: 24), options: RenderOptions()),
            named: "choice-something-else-80x24")
    }

    @Test func aSignedConsentSaysWhoSignedAndHowToFinish() {
        var (session, view) = Self.scene(.consent)
        session.ticked["agree"] = ["s1", "s2"]
        session.signatures["agree"] = [
            Signature(role: .client, name: "J. B.", meaning: "I agree to this plan"),
            Signature(role: .keyworker, name: "Sam", meaning: "I explained this plan and answered the questions"),
        ]
        SessionKeys.sessionChanged(from: session, to: session, view: &view)
        GoldenFile.check(
            SessionScreen.render(session, view, size: TerminalSize(columns: 80, rows: 24), options: RenderOptions()),
            named: "consent-signed-80x24")
    }
}

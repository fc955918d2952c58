import KeyworkBuiltinGuides
import KeyworkGuides
import KeyworkSession
import KeyworkWords
import Testing

@testable import KeyworkScreen

/// Pause and help are the keys a frightened client or a rushed keyworker must always be able to find:
/// at the smallest size Keywork draws, in every language, every screen of every built-in guide keeps them.
@Suite struct FooterEssentialKeysTests {
    static let smallest = PageChrome.minimumSize

    /// Every built-in guide by id, and the revisit walk that is built from an earlier agreement.
    static let walks: [String] = BuiltinGuides.ids + ["revisit"]

    static func start(_ walk: String) throws -> SessionState {
        if walk == "revisit" {
            let earlier = RevisitScreenGoldenTests.earlier
            return SessionState(
                guide: RevisitGuide.build(from: earlier),
                context: SessionContext(keyworker: "Sam", clientReference: "C-1", revisiting: earlier))
        }
        let guide = try #require(BuiltinGuides.guide(id: walk), "\(walk) loads")
        switch guide.mode {
        case .group:
            return SessionState(
                guide: guide,
                context: SessionContext(
                    keyworker: "Fran", clientReference: nil, participants: Participants(headCount: 8, initials: ["AB"]))
            )
        case .session:
            return SessionState(guide: guide, context: SessionContext(keyworker: "Sam", clientReference: "C-1"))
        }
    }

    /// The session on each screen in turn, with every screen before it on the path (so F4 is offered)
    /// and one question answered and one still open (so the summary and consent offer their review).
    static func sessions(_ start: SessionState) -> [SessionState] {
        start.guide.screens.indices.map { index in
            var session = start
            session.status = .inProgress
            session.path = start.guide.screens[...index].map(\.id)
            session.questions = [
                NotedQuestion(
                    number: 1, screen: session.path[0], text: "Who will I see?", resolution: .answered("Sam")),
                NotedQuestion(number: 2, screen: session.path[0], text: "Can I bring my sister?"),
            ]
            return session
        }
    }

    /// Every view that changes which keys the footer offers on this screen: each highlight, each
    /// active form field with the picks that open more fields, typing, the question review, and signed.
    static func scenes(_ session: SessionState, words: Words) -> [(SessionState, ViewState)] {
        guard let screen = session.currentScreen else { return [] }
        var base = ViewState(for: session, terminalSize: smallest, words: words)
        base.questionReview = nil
        var views = [base]
        switch screen.content {
        case .choice(let choice):
            for highlight in ScreenLayout.choiceItems(choice, words: words).indices {
                var view = base
                view.highlight = highlight
                views.append(view)
            }
        case .consent(let consent):
            for highlight in ConsentLayout.items(consent, screen: screen, session: session).indices {
                var view = base
                view.highlight = highlight
                views.append(view)
            }
        case .questions:
            var view = base
            view.input = TextField("Will it hurt?")
            views.append(view)
        case .decision, .availability, .sure, .acknowledge:
            for pick in [0, 1] { views += formViews(base, pick: pick, screen: screen, session: session, words: words) }
        default:
            break
        }
        var scenes = views.map { (session, $0) }
        if QuestionReviewLayout.isOffered(on: session) {
            for highlight in session.questions.indices {
                var view = base
                view.questionReview = QuestionReview(highlight: highlight)
                scenes.append((session, view))
            }
        }
        if case .consent(let consent) = screen.content {
            var signed = session
            signed.signatures[screen.id] = consent.signers.map { Signature(role: $0, name: "AB", meaning: "agreed") }
            scenes.append((signed, base))
            // Every line not agreed: a required one swaps the signers for the way to end without an agreement.
            var dissent = session
            for statement in session.shownStatements(of: consent) {
                dissent.notAgreed[screen.id, default: [:]][statement.id] = NotAgreed(text: statement.text, words: "No")
            }
            for highlight in ConsentLayout.items(consent, screen: screen, session: dissent).indices {
                var view = base
                view.highlight = highlight
                scenes.append((dissent, view))
            }
            var review = base
            review.dissentReview = true
            scenes.append((dissent, review))
        }
        return scenes
    }

    /// A form with every pick set to `pick` (1 opens the fields that follow a "no"), once with each field active.
    static func formViews(
        _ base: ViewState, pick: Int, screen: Screen, session: SessionState, words: Words
    ) -> [ViewState] {
        var view = base
        // Picking can open more pick fields, so pick until nothing new opens.
        for _ in 0..<4 {
            for field in SessionForm.fields(for: screen, in: session, form: view.form, words: words) ?? [] {
                if case .pick(let choices) = field.kind { view.form.picks[field.id] = min(pick, choices.count - 1) }
            }
        }
        let fields = SessionForm.fields(for: screen, in: session, form: view.form, words: words) ?? []
        return fields.indices.map { active in
            var shown = view
            shown.form.active = active
            return shown
        }
    }

    static func footer(of frame: Frame) -> String {
        String(frame.text.split(separator: "\n", omittingEmptySubsequences: false)[frame.size.rows - 1])
    }

    @Test(arguments: walks)
    func everyScreenOfTheBuiltInGuidesOffersPauseAndHelpAtTheSmallestSizeInEveryLanguage(_ walk: String) throws {
        let start = try Self.start(walk)
        var types: Set<ScreenType> = []
        var checked = 0
        for session in Self.sessions(start) {
            for language in Language.allCases {
                let words = Words(language)
                let pause = "F10 " + words[.footerPause]
                let help = "F1 " + words[.footerHelp]
                for (scene, view) in Self.scenes(session, words: words) {
                    for unicode in [true, false] {
                        let frame = SessionScreen.render(
                            scene, view, size: Self.smallest, options: RenderOptions(unicode: unicode, words: words))
                        let footer = Self.footer(of: frame)
                        let place =
                            "\(walk)/\(scene.currentScreenID ?? "-") in \(language), highlight \(view.highlight), "
                            + "field \(view.form.active), review \(view.questionReview != nil): \(footer)"
                        #expect(footer.contains(pause), "pause is missing from the footer on \(place)")
                        #expect(footer.contains(help), "help is missing from the footer on \(place)")
                        Self.expectOneWordPerKeyInAFixedColumn(footer, words: words, place: place)
                        checked += 1
                    }
                }
            }
            if let type = session.currentScreen?.type { types.insert(type) }
        }
        #expect(types == Set(start.guide.screens.map(\.type)), "every screen type of \(walk) was drawn")
        #expect(checked >= start.guide.screens.count * Language.allCases.count * 2)
    }

    /// The footer starts one space in on every screen, and F2, F3 (apart from an agreement's "not agreed")
    /// and F4 say the same word everywhere, so that they are learnt once.
    static func expectOneWordPerKeyInAFixedColumn(_ footer: String, words: Words, place: String) {
        #expect(footer.hasPrefix(" ") && !footer.dropFirst().hasPrefix(" "), "the footer moved on \(place)")
        let keys = footer.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }
        for key in keys {
            if key.hasPrefix("F2 ") { #expect(key.hasPrefix("F2 " + words[.footerAsk]), "\(place)") }
            if key.hasPrefix("F3 ") {
                #expect(
                    key.hasPrefix("F3 " + words[.footerUnsure]) || key == "F3 " + words[.footerNotAgreed], "\(place)")
            }
            if key.hasPrefix("F4 ") { #expect(key == "F4 " + words[.footerBack], "\(place)") }
        }
    }

    @Test func thePolishQuestionReviewAndTheEnglishConsentKeepPauseAtTheSmallestSize() {
        var (review, reviewView) = QuestionReviewTests.scene()
        reviewView.words = Words(.polish)
        let polish = Self.footer(
            of: SessionScreen.render(review, reviewView, size: Self.smallest, options: .init(words: Words(.polish))))
        #expect(polish.contains("F10 Pauza") && polish.contains("F1 Pomoc"), "\(polish)")
        #expect(polish.contains("Enter Odpowiedz") && polish.contains("K Zostaw"), "the review's own keys stay too")
        let (consent, consentView) = SessionScreenGoldenTests.scene(.consent)
        let english = Self.footer(of: SessionScreen.render(consent, consentView, size: Self.smallest, options: .init()))
        #expect(english.contains("F10 Pause") && english.contains("F1 Help"), "\(english)")
        #expect(english.contains("Space Tick"))
    }

    /// Saying "not sure" is what a choice is for: its key outlasts back and asking at the smallest size,
    /// in every language (Polish once lost it to the longer "Nie wiem").
    @Test(arguments: Language.allCases)
    func aChoiceKeepsNotSureAtTheSmallestSize(_ language: Language) {
        let words = Words(language)
        var (choice, view) = SessionScreenGoldenTests.scene(.choice)
        view.words = words
        let footer = Self.footer(
            of: SessionScreen.render(choice, view, size: Self.smallest, options: .init(words: words)))
        #expect(footer.contains("F3 " + words[.footerUnsure]), "\(footer)")
        #expect(footer.contains("F10 " + words[.footerPause]) && footer.contains("F1 " + words[.footerHelp]))
    }

    @Test func theWalkCoversTheToursInBothLanguagesAndEveryBuiltInGuide() throws {
        #expect(Self.walks.contains("tour") && Self.walks.contains("tour-pl"))
        for id in BuiltinGuides.ids { _ = try Self.start(id) }
        #expect(BuiltinGuides.all.count == BuiltinGuides.ids.count, "every built-in guide loads")
    }
}

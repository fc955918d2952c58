import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// A fresh view for the current screen, filled in from the answer given there before, if any, and then from
/// what was chosen or typed but not yet confirmed when the session paused (`withDraft`).
enum ViewPrefill {
    static func fill(_ view: inout ViewState, from session: SessionState, withDraft: Bool = true) {
        view = ViewState(terminalSize: view.terminalSize, words: view.words)
        view.screenID = session.currentScreenID
        guard let screen = session.currentScreen else { return }
        let answer = session.answers[screen.id]
        if session.isQuestionReviewPoint, let first = session.questions.firstIndex(where: { $0.resolution == .open }) {
            view.questionReview = QuestionReview(highlight: first)
        }
        switch screen.content {
        case .choice(let choice):
            let items = ScreenLayout.choiceItems(choice, words: view.words)
            switch answer {
            case .choice(let option, let other)?:
                if let index = choice.options.firstIndex(where: { $0.id == option }) {
                    view.highlight = index
                    view.chosen = index
                } else if choice.allowOther {
                    view.highlight = choice.options.count
                    view.chosen = choice.options.count
                    view.input = TextField(other ?? "")
                }
            case .skipped? where choice.optional:
                view.highlight = items.count - 1
                view.chosen = items.count - 1
            default:
                break
            }
        case .multi:
            if case .multi(let options)? = answer { view.ticked = Set(options) }
        case .text:
            if case .text(let text)? = answer {
                view.input = TextField(text, multiline: true)
            } else {
                view.input = TextField(multiline: true)
            }
        case .scale:
            if case .scale(let value)? = answer { view.scaleValue = value }
        case .decision, .availability, .sure, .acknowledge:
            view.form = SessionForm.prefill(answer, for: screen, in: session)
        case .consent(let consent):
            view.highlight = firstConsentItem(consent, screen: screen, session: session)
        case .weeks(let weeks):
            if case .weeks(let given)? = answer { view.form = WeeksGrid.prefill(given, for: weeks) }
        case .info, .compare, .summary, .questions, .progress:
            break
        }
        if withDraft, let draft = session.drafts[screen.id] {
            ViewDraft.apply(draft, to: &view, screen: screen, session: session)
        }
    }

    /// Where the highlight starts on a consent screen: the first statement not yet marked, else the first
    /// person still to sign.
    static func firstConsentItem(_ consent: ConsentScreen, screen: Screen, session: SessionState) -> Int {
        let shown = session.shownStatements(of: consent)
        if let index = shown.firstIndex(where: { session.mark(of: $0.id, on: screen.id) == .open }) { return index }
        return shown.count
    }
}

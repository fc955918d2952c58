import KeyworkGuides
import KeyworkSession

/// What the view holds that is not yet confirmed, as a `ScreenDraft` the session can keep on pause, and
/// the way back: a draft put into a fresh view on resume, so the people see what they had chosen and typed.
enum ViewDraft {
    /// The draft to keep when pausing now: what the view holds beyond the screen's confirmed answer; an
    /// empty draft when that matches the answer again but a draft was kept before; nil when nothing is to be kept.
    static func toKeep(_ view: ViewState, session: SessionState) -> ScreenDraft? {
        guard let screen = session.currentScreen, view.screenID == screen.id else { return nil }
        var confirmed = ViewState(terminalSize: view.terminalSize, words: view.words)
        ViewPrefill.fill(&confirmed, from: session, withDraft: false)
        let draft = of(view, screen: screen, session: session)
        if draft == of(confirmed, screen: screen, session: session) {
            return session.drafts[screen.id] == nil ? nil : ScreenDraft()
        }
        return draft
    }

    /// Everything the view holds for `screen` that a draft can carry.
    static func of(_ view: ViewState, screen: Screen, session: SessionState) -> ScreenDraft {
        var draft = ScreenDraft()
        let typed = view.input.text.isEmpty ? nil : view.input.text
        switch screen.content {
        case .choice(let choice):
            if let chosen = view.chosen, chosen < choice.options.count {
                draft.options = [choice.options[chosen].id]
            } else if choice.allowOther, view.chosen == choice.options.count {
                draft.options = [otherOptionID]
            }
            if choice.allowOther { draft.text = typed }
        case .multi(let multi):
            draft.options = multi.options.map(\.id).filter(view.ticked.contains)
        case .text, .questions:
            draft.text = typed
        case .scale:
            draft.number = view.scaleValue
        case .decision, .availability, .sure, .acknowledge, .weeks:
            draft.fields = view.form.texts.compactMapValues { $0.text.isEmpty ? nil : $0.text }
            draft.picks = view.form.picks
        case .consent(let consent):
            let items = ConsentLayout.items(consent, screen: screen, session: session)
            if items.indices.contains(view.highlight), case .signer = items[view.highlight] { draft.text = typed }
        case .info, .compare, .summary, .progress:
            break
        }
        switch view.overlay {
        case .question(let field)?: draft.question = field.text.isEmpty ? nil : field.text
        case .flag(let field)?: draft.flagWords = field.text.isEmpty ? nil : field.text
        default: break
        }
        return draft
    }

    /// Puts a kept draft into a view just filled from the screen's answer.
    static func apply(_ draft: ScreenDraft, to view: inout ViewState, screen: Screen, session: SessionState) {
        switch screen.content {
        case .choice(let choice):
            if let option = draft.options.first {
                let index =
                    choice.options.firstIndex { $0.id == option }
                    ?? (option == otherOptionID ? choice.options.count : nil)
                if let index, choice.allowOther || index < choice.options.count {
                    view.chosen = index
                    view.highlight = index
                }
            }
            if choice.allowOther, let text = draft.text {
                view.input = TextField(text)
                if view.chosen == nil { view.highlight = choice.options.count }
            }
        case .multi(let multi):
            view.ticked = Set(draft.options).intersection(multi.options.map(\.id))
        case .text:
            if let text = draft.text { view.input = TextField(text, multiline: true) }
        case .questions:
            if let text = draft.text { view.input = TextField(text) }
        case .scale(let scale):
            if let number = draft.number, (scale.min...max(scale.min, scale.max)).contains(number) {
                view.scaleValue = number
            }
        case .decision, .availability, .sure, .acknowledge:
            for (id, text) in draft.fields { view.form.texts[id] = TextField(text) }
            for (id, pick) in draft.picks { view.form.picks[id] = pick }
            view.form = SessionForm.keepingShownPicks(view.form, for: screen, in: session, words: view.words)
        case .weeks:
            for (id, text) in draft.fields { view.form.texts[id] = TextField(text) }
        case .consent(let consent):
            let items = ConsentLayout.items(consent, screen: screen, session: session)
            if let text = draft.text,
                let signer = items.firstIndex(where: { if case .signer = $0 { true } else { false } })
            {
                view.highlight = signer
                view.input = TextField(text)
            }
        case .info, .compare, .summary, .progress:
            break
        }
        if let question = draft.question {
            view.overlay = .question(TextField(question))
        } else if let words = draft.flagWords {
            view.overlay = .flag(TextField(words))
        }
    }
}

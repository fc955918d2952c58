import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// What each key means, following DESIGN.md's key table: keys change the view, and some become
/// session actions for the run loop to send to `Session.reduce`.
public enum SessionKeys {
    /// Handles one key. The returned actions go to the session in order; a refusal goes to `refused`.
    public static func handle(_ key: Key, session: SessionState, view: inout ViewState) -> [SessionAction] {
        // While private, only the way back works: nothing else may change behind the blank screen.
        if session.isPrivate { return isPrivacyKey(key) ? [.togglePrivacy] : [] }
        if key == .resize { return [] }
        if isPrivacyKey(key) { return [.togglePrivacy] }
        if PageChrome.isTooSmall(view.terminalSize) { return whileTooSmall(key, session: session, view: view) }
        view.notice = nil
        view.confirmation = nil
        if view.screenID != session.currentScreenID { ViewPrefill.fill(&view, from: session) }
        // Pausing works in every box too, and keeps what is typed in it. With words typed on the screen and not
        // yet confirmed, the first press asks ("Pause and leave?"): a slip of the hand mid-sentence should not take
        // the session off the shared screen. What is typed is kept either way; a second press leaves.
        if isPauseKey(key) {
            if view.overlay == nil, hasTypingNotConfirmed(session: session, view: view) {
                view.overlay = .confirmLeave
                return []
            }
            return pause(session: session, view: view)
        }
        if let overlay = view.overlay { return handleOverlay(overlay, key, session: session, view: &view) }
        switch key {
        case .control(let letter) where letter.lowercased() == "c":
            view.overlay = .confirmLeave
            return []
        case .function(1):
            view.overlay = .help
            return []
        case .function(2):
            view.overlay = .question(TextField())
            return []
        case .function(3):
            // On a consent statement F3 means "I do not agree with this line"; elsewhere, "not sure".
            view.overlay = ConsentKeys.notAgreedBox(session: session, view: view) ?? .flag(TextField())
            return []
        case .function(4): return [.back]
        case .character("?") where !isTyping(session: session, view: view):
            view.overlay = .help
            return []
        default:
            break
        }
        guard session.status == .inProgress, let screen = session.currentScreen else { return [] }
        if let review = view.questionReview {
            return QuestionReviewKeys.handle(key, review: review, session: session, view: &view)
        }
        return ScreenKeys.handle(key, screen: screen, session: session, view: &view)
    }

    /// While the window is too small nothing of the session can be seen, so nothing may be answered:
    /// only pausing works, and Ctrl-C pauses at once, since the box that asks could not be seen either.
    private static func whileTooSmall(_ key: Key, session: SessionState, view: ViewState) -> [SessionAction] {
        isPauseKey(key) || key == .control("c") || key == .control("C") ? pause(session: session, view: view) : []
    }

    /// F10 or Ctrl-Q.
    static func isPauseKey(_ key: Key) -> Bool {
        switch key {
        case .function(10): true
        case .control(let letter): letter.lowercased() == "q"
        default: false
        }
    }

    /// Whether the screen holds words typed and not yet confirmed (a choice or a tick alone does not count).
    static func hasTypingNotConfirmed(session: SessionState, view: ViewState) -> Bool {
        guard let draft = ViewDraft.toKeep(view, session: session) else { return false }
        return !(draft.text ?? "").isEmpty || !draft.fields.isEmpty
    }

    /// Pausing: first what was chosen or typed and not yet confirmed is kept, so resume shows it again.
    public static func pause(session: SessionState, view: ViewState) -> [SessionAction] {
        (ViewDraft.toKeep(view, session: session).map { [.keepDraft($0)] } ?? []) + [.pause]
    }

    /// Keeps the view in step with the session after actions were applied: a new current screen gets a
    /// fresh view, filled in from any earlier answer (so going back shows what was chosen or typed).
    public static func sessionChanged(from old: SessionState, to new: SessionState, view: inout ViewState) {
        if old.currentScreenID != new.currentScreenID || view.screenID != new.currentScreenID {
            ViewPrefill.fill(&view, from: new)
            // Back (F4) in a form already filled in, the focus is on its last field, where it was left; led
            // back by a SURE check to talk it through, it starts at the top, where it says why.
            if new.path == old.path.dropLast(), new.doubtsToTalkThrough == nil, let screen = new.currentScreen,
                new.answers[screen.id] != nil,
                let fields = SessionForm.fields(for: screen, in: new, form: view.form, words: view.words)
            {
                view.form.active = max(0, fields.count - 1)
            }
            return
        }
        if new.questions.count > old.questions.count, new.currentScreen?.type != .questions {
            view.confirmation = view.words(.questionNotedSoFar, ["count": .number(new.questions.count)])
        } else if new.flags.count > old.flags.count {
            view.confirmation = view.words(.flagNotedSoFar, ["count": .number(new.flags.count)])
        }
        if new.questions.count > old.questions.count, QuestionReviewLayout.isOffered(on: new) {
            // A question noted at the end is looked at here and now, before going on.
            view.questionReview = QuestionReview(highlight: new.questions.count - 1)
            view.scroll = 0
        } else if var review = view.questionReview, new.questions != old.questions {
            // After one is answered or kept, the highlight goes on to the next still open.
            let open = new.questions.indices.filter { new.questions[$0].resolution == .open }
            review.highlight = open.first { $0 > review.highlight } ?? open.first ?? review.highlight
            view.questionReview = review
        }
        guard let screen = new.currentScreen, case .consent(let consent) = screen.content else { return }
        if (old.signatures[screen.id] ?? []).count != (new.signatures[screen.id] ?? []).count {
            // The name typed was signed with; the next signer starts with an empty field.
            view.input = TextField()
            view.highlight = ViewPrefill.firstConsentItem(consent, screen: screen, session: new)
        }
        // A required line marked not agreed, or agreed again, swaps the signers for the way to end, or back.
        let items = ConsentLayout.items(consent, screen: screen, session: new)
        if items != ConsentLayout.items(consent, screen: screen, session: old) {
            view.highlight = min(view.highlight, max(0, items.count - 1))
        }
    }

    /// Shows the session's refusal above the footer, until the next key.
    public static func refused(_ refusal: SessionRefusal, view: inout ViewState) {
        view.notice = refusal.message(in: view.words)
    }

    /// F9 or Ctrl-P.
    public static func isPrivacyKey(_ key: Key) -> Bool {
        switch key {
        case .function(9): true
        case .control(let letter): letter.lowercased() == "p"
        default: false
        }
    }

    /// Whether a character key would be typed into a field, rather than mean `?` for help or a digit pick.
    static func isTyping(session: SessionState, view: ViewState) -> Bool {
        guard let screen = session.currentScreen, view.questionReview == nil else { return false }
        switch screen.content {
        case .text, .questions:
            return true
        case .choice(let choice):
            return choice.allowOther && view.highlight == choice.options.count
        case .consent(let consent):
            let items = ConsentLayout.items(consent, screen: screen, session: session)
            guard items.indices.contains(view.highlight), !view.dissentReview else { return false }
            switch items[view.highlight] {
            case .signer, .endWithoutAgreement: return !session.isFullySigned(screen.id)
            case .statement: return false
            }
        case .decision, .availability, .sure, .acknowledge:
            let fields = SessionForm.fields(for: screen, in: session, form: view.form, words: view.words) ?? []
            guard fields.indices.contains(view.form.active) else { return false }
            switch fields[view.form.active].kind {
            case .text, .digits: return true
            case .pick: return false
            }
        default:
            return false
        }
    }

    private static func handleOverlay(
        _ overlay: Overlay, _ key: Key, session: SessionState, view: inout ViewState
    ) -> [SessionAction] {
        // After F3 on a consent screen, the list of flags comes back, as F2 there brings back the questions.
        let onConsent = if case .consent? = session.currentScreen?.content { true } else { false }
        switch overlay {
        case .help:
            view.overlay = nil
            return []
        case .confirmLeave:
            // Enter goes on with the session, the safe way for whoever presses it; leaving takes the
            // pause key (open to every box) or Ctrl-C a second time.
            switch key {
            case .enter, .escape:
                view.overlay = nil
            case .control(let letter) where letter.lowercased() == "c":
                view.overlay = nil
                return pause(session: session, view: view)
            default:
                break
            }
            return []
        case .question(var field), .flag(var field):
            let isQuestion = overlay == .question(field)
            switch key {
            case .escape:
                view.overlay = nil
                return []
            case .enter:
                view.overlay = nil
                let text = field.text
                if isQuestion {
                    guard !text.allSatisfy(\.isWhitespace) else {
                        view.notice = view.words[.questionWasEmpty]
                        return []
                    }
                    return [.noteQuestion(text)]
                }
                view.dissentReview = onConsent
                return [.flag(words: text.allSatisfy(\.isWhitespace) ? nil : text)]
            default:
                if field.edit(key) { view.overlay = isQuestion ? .question(field) : .flag(field) }
                return []
            }
        case .notAgreed(let statement, let text, var field):
            switch key {
            case .escape:
                view.overlay = nil
            case .enter:
                view.overlay = nil
                view.dissentReview = onConsent
                let words = field.text
                return [.markNotAgreed(statement: statement, words: words.allSatisfy(\.isWhitespace) ? nil : words)]
            default:
                if field.edit(key) { view.overlay = .notAgreed(statement: statement, text: text, field) }
            }
            return []
        case .agreeAgain(let statement, _):
            switch key {
            case .enter:
                view.overlay = nil
                return [.tick(statement: statement, ticked: true)]
            case .escape:
                view.overlay = nil
            default:
                break
            }
            return []
        case .answer(let number, let question, var field):
            switch key {
            case .escape:
                view.overlay = nil
            case .enter:
                guard !field.text.allSatisfy(\.isWhitespace) else {
                    view.notice = view.words[.typeShortAnswerOrKeep]
                    return []
                }
                view.overlay = nil
                return [.answerQuestion(number: number, answer: field.text)]
            default:
                if field.edit(key) { view.overlay = .answer(number: number, question: question, field) }
            }
            return []
        }
    }
}

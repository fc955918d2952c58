import KeyworkGuides
import KeyworkSession

/// The keys that work on each screen, for the footer: only those, never a key that does nothing here.
enum SessionFooter {
    static func keys(
        for screen: Screen, session: SessionState, view: ViewState, scrollable: Bool, narrowCompare: Bool,
        glyphs: Glyphs
    ) -> [FooterKey] {
        if let review = view.questionReview, QuestionReviewLayout.isOffered(on: session) {
            return QuestionReviewLayout.footer(review, session: session, glyphs: glyphs)
                + everywhere(on: screen, session: session)
        }
        var keys: [FooterKey] = []
        let move = FooterKey(glyphs.upDown, "Move", priority: 5)
        let scroll = FooterKey(glyphs.upDown, "Scroll", priority: 5)
        switch screen.content {
        case .info, .summary:
            keys.append(FooterKey("Enter", "Continue", short: "Next", priority: 0))
            if scrollable { keys.append(scroll) }
        case .compare:
            keys.append(FooterKey("Enter", "Continue", short: "Next", priority: 0))
            if narrowCompare {
                keys.append(FooterKey(glyphs.leftRight, "Other options", short: "Options", priority: 1))
            }
            if scrollable { keys.append(scroll) }
        case .choice(let choice):
            keys.append(FooterKey("Enter", "Choose", priority: 0))
            keys.append(move)
            let count = min(9, ScreenLayout.choiceItems(choice).count)
            if !(choice.allowOther && view.highlight == choice.options.count) {
                keys.append(FooterKey("1-\(count)", "Pick", priority: 6))
            }
        case .multi:
            keys.append(FooterKey("Space", "Tick", priority: 0))
            keys.append(FooterKey("Enter", "Done", priority: 0))
            keys.append(move)
        case .text:
            keys.append(FooterKey("Enter", "Done", priority: 0))
        case .questions:
            let empty = view.input.text.allSatisfy(\.isWhitespace)
            keys.append(
                FooterKey(
                    "Enter", empty ? "No more questions" : "Add question", short: empty ? "Done" : "Add", priority: 0))
        case .scale:
            keys.append(FooterKey(glyphs.leftRight, "Choose", priority: 1))
            keys.append(FooterKey("Enter", "Done", priority: 0))
        case .decision, .availability, .sure, .acknowledge:
            let fields = SessionForm.fields(for: screen, in: session, form: view.form) ?? []
            let active = min(max(0, view.form.active), max(0, fields.count - 1))
            let last = active == fields.count - 1
            keys.append(
                FooterKey("Enter", last ? "Confirm all" : "Next field", short: last ? "Done" : "Next", priority: 0))
            keys.append(FooterKey(glyphs.upDown, "Fields", priority: 5))
            if fields.indices.contains(active), case .pick = fields[active].kind {
                keys.append(FooterKey(glyphs.leftRight, "Choose", priority: 3))
            }
        case .consent(let consent):
            let items = ConsentLayout.items(consent, screen: screen, session: session)
            if session.isFullySigned(screen.id) {
                keys.append(FooterKey("Enter", "Finish", priority: 0))
            } else if items.indices.contains(view.highlight), case .signer = items[view.highlight] {
                keys.append(FooterKey("Enter", "Sign", priority: 0))
                keys.append(move)
            } else {
                keys.append(FooterKey("Space", "Tick", priority: 0))
                keys.append(FooterKey("Enter", "Next", priority: 1))
                keys.append(move)
            }
        }
        return keys + everywhere(on: screen, session: session)
    }

    /// The keys that work on every screen.
    private static func everywhere(on screen: Screen, session: SessionState) -> [FooterKey] {
        var keys: [FooterKey] = []
        // Asking and disagreeing are what the program is for, so they outlast the arrow keys (which
        // help lists) when the footer has to be thinned.
        // Once anyone has signed, the session refuses to go back, so F4 is not offered.
        let signed = !(session.signatures[screen.id] ?? []).isEmpty
        if session.path.count > 1 && !signed { keys.append(FooterKey("F4", "Back", priority: 4)) }
        keys.append(FooterKey("F2", "Question", short: "Ask", priority: 2))
        keys.append(FooterKey("F3", "Not sure", short: "Unsure", priority: 2))
        keys.append(FooterKey("F1", "Help", priority: 1))
        keys.append(FooterKey("F10", "Pause", priority: 3))
        return keys
    }
}

import KeyworkGuides
import KeyworkSession

/// The keys of a consent screen: Space (or a statement's number) ticks or unticks a statement as agreed,
/// asking first when it was marked not agreed; F3 on a statement marks it not agreed; Enter signs.
enum ConsentKeys {
    static func handle(
        _ key: Key, _ consent: ConsentScreen, screen: Screen, session: SessionState, view: inout ViewState
    ) -> [SessionAction] {
        if session.isFullySigned(screen.id) { return key == .enter ? [.proceed] : [] }
        if view.dissentReview {
            // The list of flags stands in for the statements until it has been read.
            if key == .enter || key == .escape { view.dissentReview = false }
            return []
        }
        let items = ConsentLayout.items(consent, screen: screen, session: session)
        let current = items.indices.contains(view.highlight) ? items[view.highlight] : nil
        func move(to index: Int) {
            let target = min(max(0, index), items.count - 1)
            if target != view.highlight { view.input = TextField() }
            view.highlight = target
        }
        switch (key, current) {
        case (.up, _), (.backTab, _):
            move(to: view.highlight - 1)
        case (.down, _), (.tab, _):
            move(to: view.highlight + 1)
        case (.enter, .signer(let role)?):
            return [.sign(role: role, name: view.input.text)]
        case (.enter, .endWithoutAgreement?):
            return [.endWithoutAgreement(name: view.input.text)]
        case (.enter, _):
            move(to: view.highlight + 1)
        case (_, .signer?), (_, .endWithoutAgreement?):
            _ = view.input.edit(key)
        case (.character(" "), .statement(let statement)?):
            return toggle(statement, on: screen, session: session, view: &view)
        case (.character(let character), _):
            let shown = session.shownStatements(of: consent)
            guard let number = character.wholeNumberValue, shown.indices.contains(number - 1) else { return [] }
            move(to: number - 1)
            return toggle(shown[number - 1], on: screen, session: session, view: &view)
        default:
            break
        }
        return []
    }

    /// F3 on a consent screen: on a statement that can still change, the box that marks it not agreed.
    static func notAgreedBox(session: SessionState, view: ViewState) -> Overlay? {
        guard let screen = session.currentScreen, case .consent(let consent) = screen.content,
            (session.signatures[screen.id] ?? []).isEmpty, !view.dissentReview, view.questionReview == nil
        else { return nil }
        let items = ConsentLayout.items(consent, screen: screen, session: session)
        guard items.indices.contains(view.highlight), case .statement(let statement) = items[view.highlight] else {
            return nil
        }
        var words = TextField()
        if case .notAgreed(let earlier) = session.mark(of: statement.id, on: screen.id) {
            words = TextField(earlier.words ?? "")
        }
        return .notAgreed(statement: statement.id, text: statement.text, words)
    }

    /// Space on a statement: ticks or unticks it; one marked not agreed is turned into agreed only after asking.
    private static func toggle(
        _ statement: ConsentScreen.Statement, on screen: Screen, session: SessionState, view: inout ViewState
    ) -> [SessionAction] {
        switch session.mark(of: statement.id, on: screen.id) {
        case .open: return [.tick(statement: statement.id, ticked: true)]
        case .agreed: return [.tick(statement: statement.id, ticked: false)]
        case .notAgreed:
            view.overlay = .agreeAgain(statement: statement.id, text: statement.text)
            return []
        }
    }
}

import KeyworkGuides
import KeyworkSession

/// The keys' meaning on each screen type, once the keys that work everywhere have been handled.
enum ScreenKeys {
    static func handle(_ key: Key, screen: Screen, session: SessionState, view: inout ViewState) -> [SessionAction] {
        switch screen.content {
        case .info, .summary:
            return scrolling(key, session: session, view: &view)
        case .compare(let compare):
            switch key {
            case .left:
                view.compareColumn = max(0, view.compareColumn - 1)
                view.scroll = 0
                return []
            case .right:
                view.compareColumn = min(max(0, compare.options.count - 1), view.compareColumn + 1)
                view.scroll = 0
                return []
            default:
                return scrolling(key, session: session, view: &view)
            }
        case .choice(let choice):
            return ChoiceKeys.choice(key, choice, view: &view)
        case .multi(let multi):
            return ChoiceKeys.multi(key, multi, view: &view)
        case .text(let text):
            if key == .enter {
                let words = view.input.text
                return text.optional && words.allSatisfy(\.isWhitespace) ? [.proceed] : [.submit(.text(words))]
            }
            _ = view.input.edit(key)
            return []
        case .scale(let scale):
            return ChoiceKeys.scale(key, scale, view: &view)
        case .questions:
            return GroupLayout.questionKeys(key, view: &view)
        case .decision, .availability, .sure, .acknowledge:
            return FormKeys.handle(key, screen: screen, session: session, view: &view)
        case .consent(let consent):
            return ConsentKeys.handle(key, consent, screen: screen, session: session, view: &view)
        }
    }

    /// Enter goes on; the arrows and page keys scroll, stopping at the end of the text.
    private static func scrolling(_ key: Key, session: SessionState, view: inout ViewState) -> [SessionAction] {
        let page = max(1, PageChrome.bodyHeight(view.terminalSize) - 1)
        let limit = SessionScreen.maximumScroll(session, view)
        switch key {
        case .enter: return [.proceed]
        case .up: view.scroll -= 1
        case .down: view.scroll += 1
        case .pageUp: view.scroll -= page
        case .pageDown: view.scroll += page
        case .home: view.scroll = 0
        case .end: view.scroll = limit
        default: return []
        }
        view.scroll = min(max(0, view.scroll), limit)
        return []
    }
}

import KeyworkGuides
import KeyworkSession

/// The keys' meaning on each screen type, once the keys that work everywhere have been handled.
enum ScreenKeys {
    static func handle(_ key: Key, screen: Screen, session: SessionState, view: inout ViewState) -> [SessionAction] {
        switch screen.content {
        case .info, .summary, .progress:
            return scrolling(key, session: session, view: &view) ?? [.proceed]
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
                if let actions = scrolling(key, session: session, view: &view) { return actions }
                guard let next = nextOption(compare, session: session, view: view) else { return [.proceed] }
                view.compareColumn = next
                view.scroll = 0
                return []
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
        case .weeks(let weeks):
            return WeeksKeys.handle(key, weeks, view: &view)
        }
    }

    /// The arrows and page keys scroll, stopping at the end of the text. Enter pages down while there is
    /// more below, as `less` does; at the end it returns nil, for the screen to go on (or to the next option).
    private static func scrolling(_ key: Key, session: SessionState, view: inout ViewState) -> [SessionAction]? {
        let stops = SessionScreen.pageStops(session, view)
        let limit = stops.last ?? 0
        let current = min(max(0, view.scroll), limit)
        switch key {
        case .enter, .pageDown:
            if let next = stops.first(where: { $0 > current }) {
                view.scroll = next
                return []
            }
            if key == .enter { return nil }
        case .pageUp: view.scroll = stops.last { $0 < current } ?? 0
        case .up: view.scroll = current - 1
        case .down: view.scroll = current + 1
        case .home: view.scroll = 0
        case .end: view.scroll = limit
        default: return []
        }
        view.scroll = min(max(0, view.scroll), limit)
        return []
    }

    /// On a comparison shown one option at a time, the option Enter shows next: the next one not yet shown,
    /// then any other not yet shown; nil once every option has been shown, so Enter goes on.
    static func nextOption(_ compare: CompareScreen, session: SessionState, view: ViewState) -> Int? {
        guard SessionScreen.comparesOneAtATime(compare, size: view.terminalSize, words: view.words),
            let screen = session.currentScreenID, compare.options.indices.contains(view.compareColumn)
        else { return nil }
        let shown = (session.optionsShown[screen] ?? []).union([compare.options[view.compareColumn].id])
        let unseen = compare.options.indices.filter { !shown.contains(compare.options[$0].id) }
        return unseen.first { $0 > view.compareColumn } ?? unseen.first
    }
}

import KeyworkScreen
import Synchronization

/// Small loops for the screens around a session: a menu, a question with a typed answer, a message.
/// Each returns nil when the person leaves (Esc, F10) or the terminal goes away. The privacy key works on
/// every one of them as in a session: F9 or Ctrl-P blanks the screen at once, and only it brings it back. F1 (or `?`
/// where nothing is typed) shows every key they take, until any key.
public enum Dialog {
    public static func choose(_ menu: MenuView, on backend: any TerminalBackend) -> Int? {
        choose(menu, on: backend, background: nil)
    }

    /// As `choose(_:on:)`, with items that take a while to work out (the home screen's counts): `menu` is drawn
    /// at once and takes keys at once, while `laterItems` works out the items in the background; they are shown
    /// when ready. They must be as many as the menu's and in the same order, so that the highlight stays on the
    /// item it was on and a key pressed before they came acts on the item the person saw. Nil (a count that
    /// could not be made) keeps the menu as drawn.
    public static func choose(
        _ menu: MenuView, on backend: any TerminalBackend, laterItems: @escaping @Sendable () -> [String]?
    ) -> Int? {
        let worked = LaterItems()
        return choose(
            menu, on: backend,
            background: Background(
                work: { worked.set(laterItems()) },
                take: { menu in menu.replaceItems(withLater: worked.take()) }))
    }

    /// Work the menu starts once its first frame is drawn, and how what it worked out goes into the menu.
    private struct Background {
        var work: @Sendable () -> Void
        var take: (inout MenuView) -> Void
    }

    private static func choose(_ menu: MenuView, on backend: any TerminalBackend, background: Background?) -> Int? {
        var menu = menu
        return loop(
            on: backend, questionMarkIsHelp: true, draw: { menu.render(size: $0, options: $1) },
            handle: { key in
                switch menu.handle(key) {
                case .none: .keepGoing
                case .chosen(let index): .finish(index)
                case .cancelled: .leave
                }
            }, backgroundWork: background?.work, backgroundWorkDone: { background?.take(&menu) })
    }

    public static func ask(_ prompt: PromptView, on backend: any TerminalBackend) -> String? {
        var prompt = prompt
        return loop(
            on: backend, questionMarkIsHelp: false, draw: { prompt.render(size: $0, options: $1) },
            handle: { key in
                switch prompt.handle(key) {
                case .none: .keepGoing
                case .submitted(let text): .finish(text)
                case .cancelled: .leave
                }
            })
    }

    /// Shows a message until it is dismissed; true when it was, false when the terminal went away.
    @discardableResult
    public static func show(_ message: MessageView, on backend: any TerminalBackend) -> Bool {
        var message = message
        let dismissed: Bool? = loop(
            on: backend, questionMarkIsHelp: true, draw: { message.render(size: $0, options: $1) },
            handle: { key in
                switch message.handle(key) {
                case .none: .keepGoing
                case .dismissed: .finish(true)
                }
            })
        return dismissed ?? false
    }

    /// The keys that still work while the window is too small: leaving, which loses nothing.
    private static func leavesWhileTooSmall(_ key: Key) -> Bool {
        switch key {
        case .escape, .function(10): true
        case .control(let letter): "qc".contains(letter.lowercased())
        default: false
        }
    }

    private enum Step<Value> {
        case keepGoing
        case finish(Value)
        case leave
    }

    private static func loop<Value>(
        on backend: any TerminalBackend, questionMarkIsHelp: Bool, draw: (TerminalSize, RenderOptions) -> Frame,
        handle: (Key) -> Step<Value>, backgroundWork: (@Sendable () -> Void)? = nil,
        backgroundWorkDone: () -> Void = {}
    ) -> Value? {
        // A key pressed before this screen was drawn (a second Enter on the one before) is not an answer to it.
        backend.discardTypeAhead()
        var isPrivate = false
        var isShowingHelp = false
        var workToStart = backgroundWork
        while true {
            let options = backend.renderOptions
            let frame =
                isPrivate
                ? PrivacyScreen.render(size: backend.size, options: options)
                : isShowingHelp
                    ? DialogHelp.message(options: options).render(size: backend.size, options: options)
                    : draw(backend.size, options)
            backend.draw(frame)
            // Only once the whole first frame is on the screen, so that nothing holds it up.
            if let work = workToStart {
                workToStart = nil
                backend.startBackgroundWork(work)
            }
            switch backend.nextEvent() {
            case .resize:
                continue
            case .backgroundWorkDone:
                // Perhaps work of a screen before this one (chosen before it finished): `backgroundWorkDone` finds
                // nothing new then, and the redraw changes nothing.
                backgroundWorkDone()
            case .key(let key) where SessionKeys.isPrivacyKey(key):
                isPrivate.toggle()
            case .key where isPrivate:
                // Behind the blank screen nothing may be chosen or typed.
                continue
            case .key where isShowingHelp:
                // Any key closes help and does nothing else, so a key pressed to close it never chooses.
                isShowingHelp = false
            case .key(let key)
            where !SessionScreen.isTooSmall(backend.size)
                && (key == .function(1) || (questionMarkIsHelp && key == .character("?"))):
                isShowingHelp = true
            case .key(let key) where SessionScreen.isTooSmall(backend.size) && !leavesWhileTooSmall(key):
                // Nothing shows but "make the window larger", so no key may choose or type unseen.
                continue
            case .key(let key):
                switch handle(key) {
                case .keepGoing: continue
                case .finish(let value): return value
                case .leave: return nil
                }
            case .hangup, .terminate, .endOfInput:
                return nil
            }
        }
    }
}

/// What background work handed back, kept for the screen's own thread to take.
private final class LaterItems: Sendable {
    private let items = Mutex<[String]?>(nil)

    func set(_ value: [String]?) {
        items.withLock { $0 = value }
    }

    /// The items, once; nil before the work has finished, after it found none, and after the first take.
    func take() -> [String]? {
        items.withLock { items in
            defer { items = nil }
            return items
        }
    }
}

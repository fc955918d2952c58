import KeyworkScreen

/// Small loops for the screens around a session: a menu, a question with a typed answer, a message.
/// Each returns nil when the person leaves (Esc, F10) or the terminal goes away. The privacy key works on
/// every one of them as in a session: F9 or Ctrl-P blanks the screen at once, and only it brings it back. F1 (or `?`
/// where nothing is typed) shows every key they take, until any key.
public enum Dialog {
    public static func choose(_ menu: MenuView, on backend: any TerminalBackend) -> Int? {
        var menu = menu
        return loop(
            on: backend, questionMarkIsHelp: true, draw: { menu.render(size: $0, options: $1) },
            handle: { key in
                switch menu.handle(key) {
                case .none: .keepGoing
                case .chosen(let index): .finish(index)
                case .cancelled: .leave
                }
            })
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
        handle: (Key) -> Step<Value>
    ) -> Value? {
        // A key pressed before this screen was drawn (a second Enter on the one before) is not an answer to it.
        backend.discardTypeAhead()
        var isPrivate = false
        var isShowingHelp = false
        while true {
            let options = backend.renderOptions
            let frame =
                isPrivate
                ? PrivacyScreen.render(size: backend.size, options: options)
                : isShowingHelp
                    ? DialogHelp.message(options: options).render(size: backend.size, options: options)
                    : draw(backend.size, options)
            backend.draw(frame)
            switch backend.nextEvent() {
            case .resize:
                continue
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

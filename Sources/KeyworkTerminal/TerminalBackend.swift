// KeyworkTerminal owns the run loop between a terminal and a session: it asks the screen layer for
// frames, hands them to a backend, and turns what the backend reads into session actions.
// It may import KeyworkFrontEnd, KeyworkScreen, KeyworkSession and KeyworkWords. It never imports ncurses (that is
// KeyworkNcurses) nor the line mode (KeyworkPlain), and never writes session files (it records through
// KeyworkFrontEnd's `SessionRecorder`). What it reads aloud comes in as a `SpokenScreen`.

import KeyworkScreen
import KeyworkWords

/// What a terminal can do, found out when it starts.
public struct TerminalCapabilities: Sendable, Equatable {
    /// The locale is UTF-8, so box drawing and wide characters can be shown; otherwise ASCII only.
    public var unicode: Bool
    /// Colours may be used: the terminal has them, NO_COLOR is unset and the theme is not monochrome.
    public var color: Bool
    /// The theme that was chosen; without colour the terminal shows it as monochrome (see `shownTheme`).
    public var theme: Theme

    /// The function keys (1–12) the terminal has; the footer and help offer no others.
    public var functionKeys: Set<Int>

    public init(unicode: Bool, color: Bool, theme: Theme = .default, functionKeys: Set<Int> = Set(1...12)) {
        self.unicode = unicode
        self.color = color
        self.theme = theme
        self.functionKeys = functionKeys
    }

    /// The theme the screen is drawn in: monochrome whenever colour is off.
    public var shownTheme: Theme { theme.shown(colorAvailable: color) }
}

/// Something that happened at the terminal.
public enum TerminalEvent: Sendable, Equatable {
    case key(Key)
    /// The window changed size; `TerminalBackend.size` has the new size.
    case resize
    /// SIGHUP: the terminal window was closed.
    case hangup
    /// SIGTERM or SIGINT from outside: leave, with everything saved.
    case terminate
    /// Standard input ended.
    case endOfInput
    /// Work handed to `TerminalBackend.startBackgroundWork` has finished: what it worked out can be drawn.
    case backgroundWorkDone
}

/// A screen that shows frames and reads keys: ncurses for people, in memory for tests.
public protocol TerminalBackend: AnyObject {
    var size: TerminalSize { get }
    var capabilities: TerminalCapabilities { get }
    /// The language the program's own words are drawn in.
    var words: Words { get }
    /// Puts a frame on screen, sending only what changed since the last one.
    func draw(_ frame: Frame)
    /// Waits, using no CPU, for the next key or signal.
    func nextEvent() -> TerminalEvent
    /// Throws away keys typed but not yet read (a paste still arriving included), keeping resizes and
    /// signals: called before a new screen is drawn, so a key pressed before anyone saw it never answers it.
    func discardTypeAhead()
    /// Runs `work` away from the screen, which goes on drawing and taking keys meanwhile; once it has finished,
    /// `nextEvent` reports `.backgroundWorkDone`. For what the first frame should not wait for, such as counts.
    func startBackgroundWork(_ work: @escaping @Sendable () -> Void)
}

extension TerminalBackend {
    /// How the screen layer should draw for this terminal: ASCII only when the locale is not UTF-8,
    /// in the terminal's language.
    public var renderOptions: RenderOptions {
        RenderOptions(unicode: capabilities.unicode, words: words, functionKeys: capabilities.functionKeys)
    }
}

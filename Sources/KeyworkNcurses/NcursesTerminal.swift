// KeyworkNcurses owns the real terminal: ncurses drawing, key reading, resize, signals and restoring
// the terminal on every way out. It may import CNcursesw, KeyworkTerminal, KeyworkScreen and KeyworkWords.
// It is the only code that imports ncurses, and it never writes to stdout except through ncurses.

import CNcursesw
import Glibc
import KeyworkScreen
import KeyworkTerminal
import KeyworkWords

/// The full-screen terminal for people: draws frames with ncurses and reads keys with `wget_wch`.
/// Create one, call `shutdown()` before printing anything else; `deinit`, `exit()` and crashes
/// restore the terminal too.
public final class NcursesTerminal: TerminalBackend {
    public private(set) var size: TerminalSize
    public let capabilities: TerminalCapabilities
    /// The language the program's own words are drawn in; the CLI sets it from `--language` and the locale.
    public var words: Words = .english

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let signalPipe: (read: Int32, write: Int32)
    /// Work started with `startBackgroundWork`; it reports on `signalPipe`.
    private let backgroundWork: BackgroundWork
    private var decoder: InputDecoder
    /// One read's worth of input; 64 KiB lets a 1 MB paste through in a few reads.
    private var inputBuffer = [UInt8](repeating: 0, count: 65_536)
    private var queuedEvents: [TerminalEvent] = []
    private var inputHasEnded = false
    private var isShutDown = false
    private var cursorIsVisible: Bool?
    private var needsRepaintAfterResize = false
    /// The frame the window holds, all of it; nil when it holds something else (nothing yet, a clipped frame).
    private var lastDrawn: Frame?
    /// The look `cellLook` worked out last.
    private var lastCellLook: CellLook?

    /// How long an ESC waits for the rest of a paste marker, in milliseconds.
    private static let escapeDelay: Int32 = 25
    /// How long a paste may go quiet before it is ended without its end marker, in milliseconds.
    private static let pasteTimeout: Int32 = 1000

    /// Starts the full screen. Throws `NcursesTerminalError` (with a message that suggests
    /// `--plain`) when TERM is unset, `dumb` or unknown, or stdin/stdout is not a terminal.
    /// TERM is read from `environment`; `NO_COLOR` there, a terminal without colours, or the
    /// monochrome `theme` turn colours off.
    public init(theme: Theme, environment: [String: String]) throws(NcursesTerminalError) {
        try TerminalRequirements.check(
            environment: environment,
            standardInputIsTerminal: isatty(STDIN_FILENO) == 1,
            standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1)
        let type = environment["TERM"] ?? ""

        setlocale(LC_ALL, "")
        let codeset = keywork_codeset().map { String(cString: $0) } ?? ""
        let unicode = TerminalRequirements.isUTF8(codeset: codeset)

        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else { throw .cannotStart(terminalType: type) }
        for end in pipeEnds {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }

        TerminalRestorer.saveTerminalModes()
        set_escdelay(Self.escapeDelay)
        guard let screen = type.withCString({ newterm($0, keywork_standard_output(), keywork_standard_input()) }) else {
            close(pipeEnds[0])
            close(pipeEnds[1])
            throw .cannotStart(terminalType: type)
        }
        set_term(screen)
        guard let window = keywork_stdscr() else {
            endwin()
            delscreen(screen)
            close(pipeEnds[0])
            close(pipeEnds[1])
            throw .cannotStart(terminalType: type)
        }
        self.screen = screen
        self.window = window
        self.signalPipe = (pipeEnds[0], pipeEnds[1])
        self.backgroundWork = BackgroundWork(pipe: pipeEnds[1])

        raw()
        noecho()
        nonl()
        // Keys are read as bytes and decoded by InputDecoder, from this terminal's terminfo strings: ncurses'
        // own decoding would drop the rest of the input after one byte that is not UTF-8, and turn a key
        // terminfo does not know into Esc and typed characters.
        keypad(window, false)
        let keys = KeySequences(terminfo: Self.keyStrings())
        decoder = InputDecoder(keys: keys)
        // Every read is non-blocking: waiting happens in ppoll, so that signals can wake it.
        wtimeout(window, 0)
        scrollok(window, false)
        idlok(window, false)

        let color = has_colors() && theme != .monochrome && (environment["NO_COLOR"] ?? "").isEmpty
        if color {
            start_color()
            use_default_colors()
            let colours = Int(keywork_colors())
            for pair in StyleAttributes.Color.allCases {
                _ = init_pair(pair.rawValue, pair.foreground, pair.background(colors: colours))
            }
        }
        capabilities = TerminalCapabilities(
            unicode: unicode, color: color, theme: theme, functionKeys: keys.functionKeys)
        size = TerminalSize(columns: Int(keywork_cols()), rows: Int(keywork_lines()))

        TerminalRestorer.install(signalPipe: signalPipe.write)
        setCursorVisible(false)
        wnoutrefresh(window)
        doupdate()
        writeToTerminal("\u{1B}[?2004h")
    }

    deinit {
        shutdown()
    }

    /// Leaves the full screen and puts the terminal back as it was. Safe to call more than once.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        writeToTerminal("\u{1B}[?2004l")
        curs_set(1)
        endwin()
        delscreen(screen)
        TerminalRestorer.uninstall()
        TerminalRestorer.restoreTerminalModes()
        backgroundWork.close()
        close(signalPipe.read)
        close(signalPipe.write)
    }

    /// Async-signal-safe last resort: tty modes back, paste off, normal screen, cursor on.
    public static func restoreAfterCrash() {
        TerminalRestorer.restoreTerminalModes()
    }

    // MARK: Drawing

    public func draw(_ frame: Frame) {
        guard !isShutDown else { return }
        // ncurses' window holds the last frame drawn until a resize changes it: only then is everything sent again.
        var previous = lastDrawn
        if needsRepaintAfterResize {
            // Terminals reflow their contents on resize, so ncurses' idea of the screen is stale once.
            needsRepaintAfterResize = false
            clearok(keywork_curscr(), true)
            previous = nil
        }
        if frame.size != size {
            werase(window)
            previous = nil
        }
        let rows = min(frame.size.rows, size.rows)
        let columns = min(frame.size.columns, size.columns)
        for position in frame.changedClusters(since: previous) where position.row < rows {
            drawCluster(of: frame, row: position.row, column: position.column, columns: columns)
        }
        // A frame clipped to a smaller window is not what the window holds.
        lastDrawn = frame.size == size ? frame : nil
        if let cursor = frame.cursor, cursor.row >= 0, cursor.row < rows, cursor.column >= 0, cursor.column < columns {
            setCursorVisible(true)
            leaveok(window, false)
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            setCursorVisible(false)
            leaveok(window, true)
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// Writes the cluster that starts at `row`, `column` into the window, glyph by glyph, each in its own cell, so
    /// ncurses and the terminal count the same cells the frame does (CellGlyph). Nothing past `columns`.
    private func drawCluster(of frame: Frame, row: Int, column: Int, columns: Int) {
        guard column < columns else { return }
        let cell = frame[row, column]
        // Most cells hold one printable ASCII character: those need no arrays built, which was most of a full
        // frame's drawing (the first frame, a new screen).
        if let byte = cell.singleASCII {
            put(ascii: byte, role: cell.role, row: row, column: column)
            return
        }
        guard let glyphs = frame.glyphs(row: row, column: column, unicode: capabilities.unicode) else { return }
        var at = column
        for glyph in glyphs {
            // Only when the window shrank under a frame drawn for the old size: the edge gets spaces.
            guard at + glyph.width <= columns else {
                for blank in at..<columns { put(ascii: 0x20, role: cell.role, row: row, column: blank) }
                return
            }
            put(glyph.scalars, role: cell.role, row: row, column: at)
            at += glyph.width
        }
    }

    /// Writes one glyph (a character and the marks on it, already safe to send) with the wide-character API.
    private func put(_ scalars: [Unicode.Scalar], role: StyleRole, row: Int, column: Int) {
        var characters = scalars.prefix(CellGlyph.maximumScalars).map { wchar_t(bitPattern: $0.value) }
        if characters.isEmpty { characters.append(0x20) }
        characters.append(0)
        put(characters, role: role, row: row, column: column)
    }

    /// Writes one printable ASCII character, its wide string kept on the stack.
    private func put(ascii byte: UInt8, role: StyleRole, row: Int, column: Int) {
        var characters: (wchar_t, wchar_t) = (wchar_t(byte), 0)
        withUnsafePointer(to: &characters) { pair in
            pair.withMemoryRebound(to: wchar_t.self, capacity: 2) { put($0, role: role, row: row, column: column) }
        }
    }

    /// Writes the zero-terminated wide string `characters` as one cell in the look of `role`.
    private func put(_ characters: UnsafePointer<wchar_t>, role: StyleRole, row: Int, column: Int) {
        let look = cellLook(role)
        var cell = cchar_t()
        guard setcchar(&cell, characters, look.attributes, look.pair, nil) == OK else { return }
        // At the bottom-right cell this returns ERR (the cursor cannot move on) but the cell is
        // written; with scrollok off nothing scrolls.
        _ = mvwadd_wch(window, Int32(row), Int32(column), &cell)
    }

    /// A role's ncurses attributes and colour pair in the theme shown. Cells side by side mostly share a role, so
    /// the last one is kept (a dictionary keyed by role would hash its name for every cell).
    private func cellLook(_ role: StyleRole) -> CellLook {
        if let last = lastCellLook, last.role == role { return last }
        let style = StyleAttributes.for(role, theme: capabilities.shownTheme)
        let look = CellLook(role: role, attributes: attributes(style.attributes), pair: style.color?.rawValue ?? 0)
        lastCellLook = look
        return look
    }

    private func attributes(_ attributes: StyleAttributes.Attributes) -> attr_t {
        var result = keywork_a_normal()
        if attributes.contains(.bold) { result |= keywork_a_bold() }
        if attributes.contains(.reverse) { result |= keywork_a_reverse() }
        if attributes.contains(.underline) { result |= keywork_a_underline() }
        if attributes.contains(.dim) { result |= keywork_a_dim() }
        return result
    }

    private func setCursorVisible(_ visible: Bool) {
        guard cursorIsVisible != visible else { return }
        cursorIsVisible = visible
        curs_set(visible ? 1 : 0)
    }

    /// For the few escape sequences terminfo has no name for; ncurses has flushed by now.
    private func writeToTerminal(_ sequence: String) {
        fflush(keywork_standard_output())
        var bytes = Array(sequence.utf8)
        _ = write(STDOUT_FILENO, &bytes, bytes.count)
    }

    // MARK: Reading

    public func nextEvent() -> TerminalEvent {
        guard !isShutDown else { return .endOfInput }
        // SIGWINCH stays blocked except inside ppoll, so a resize between "nothing to read" and
        // "wait" wakes the wait instead of being missed until the next key.
        var maskWhileWaiting = ResizeSignal.block()
        defer { pthread_sigmask(SIG_SETMASK, &maskWhileWaiting, nil) }
        sigdelset(&maskWhileWaiting, SIGWINCH)

        while true {
            if let signalEvent = takeSignal() { return signalEvent }
            if !queuedEvents.isEmpty {
                let event = queuedEvents.removeFirst()
                if event == .resize { updateSize() }
                return event
            }
            if inputHasEnded { return .endOfInput }
            let timeout: Int32 = decoder.isInsidePaste ? Self.pasteTimeout : decoder.isAwaitingMore ? 50 : -1
            switch waitForInput(timeoutMilliseconds: timeout, mask: &maskWhileWaiting) {
            case .ready:
                readInput()
            case .interrupted:
                takeResize()
            case .timedOut where decoder.isInsidePaste:
                queuedEvents += decoder.endUnfinishedPaste()
            case .timedOut:
                queuedEvents += decoder.flush()
            case .ended:
                endInput()
            }
        }
    }

    /// Reads what the terminal has sent, up to a buffer at a time, and turns it into events. A long paste
    /// therefore comes in pieces, each handed out (and drawn) before the next read.
    private func readInput() {
        let count = inputBuffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
        if count > 0 {
            queuedEvents += decoder.feed(Array(inputBuffer[0..<count]))
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            endInput()
        }
    }

    private func endInput() {
        queuedEvents += decoder.flush() + decoder.endUnfinishedPaste()
        inputHasEnded = true
    }

    /// A signal woke the wait. ncurses' own SIGWINCH handler has noted a resize, and `wgetch` reports it as
    /// KEY_RESIZE; with the keypad off it otherwise reads at most one byte, which goes to the decoder in turn.
    private func takeResize() {
        let value = wgetch(window)
        if value == keywork_key_resize() {
            queuedEvents.append(.resize)
        } else if (0..<256).contains(value) {
            queuedEvents += decoder.feed([UInt8(value)])
        }
    }

    public func discardTypeAhead() {
        guard !isShutDown else { return }
        flushinp()
        queuedEvents.removeAll { event in
            if case .key = event { return true }
            return false
        }
        decoder.discardTypeAhead()
    }

    public func startBackgroundWork(_ work: @escaping @Sendable () -> Void) {
        backgroundWork.start(work)
    }

    private enum WaitResult { case ready, interrupted, timedOut, ended }

    private func waitForInput(timeoutMilliseconds: Int32, mask: inout sigset_t) -> WaitResult {
        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signalPipe.read, events: Int16(POLLIN), revents: 0),
        ]
        let count = keywork_wait_for_input(&descriptors, 2, timeoutMilliseconds, &mask)
        if count < 0 { return errno == EINTR ? .interrupted : .ended }
        if count == 0 { return .timedOut }
        if descriptors[1].revents != 0 { return .interrupted }
        let input = descriptors[0].revents
        if input & Int16(POLLIN) != 0 {
            // Readable with nothing to read is end of file.
            var available: Int32 = 0
            if ioctl(STDIN_FILENO, UInt(FIONREAD), &available) == 0 && available == 0 { return .ended }
            return .ready
        }
        if input & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .ended }
        return .ready
    }

    /// This terminal's key strings from terminfo, by capability name.
    private static func keyStrings() -> [String: String] {
        var strings: [String: String] = [:]
        for (name, _) in KeySequences.capabilities {
            guard let value = name.withCString({ tigetstr($0) }), Int(bitPattern: value) != -1 else { continue }
            strings[name] = String(cString: value)
        }
        return strings
    }

    private func takeSignal() -> TerminalEvent? {
        var byte: UInt8 = 0
        guard read(signalPipe.read, &byte, 1) == 1 else { return nil }
        if byte == BackgroundWork.doneByte { return .backgroundWorkDone }
        return Int32(byte) == SIGHUP ? .hangup : .terminate
    }

    private func updateSize() {
        size = TerminalSize(columns: Int(keywork_cols()), rows: Int(keywork_lines()))
        needsRepaintAfterResize = true
    }
}

/// How ncurses is told to draw a cell of one role: its attributes and colour pair.
private struct CellLook {
    let role: StyleRole
    let attributes: attr_t
    let pair: Int16
}

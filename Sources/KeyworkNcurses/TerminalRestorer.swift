import CNcursesw
import Glibc

// Signal handlers cannot capture context, so the little state they need lives in globals that are
// written only while no handler is installed and read only by the handlers.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1
nonisolated(unsafe) private var savedTerminalModes = termios()
nonisolated(unsafe) private var hasSavedTerminalModes = false
nonisolated(unsafe) private var cursesIsActive = false
nonisolated(unsafe) private var exitHandlerIsRegistered = false
nonisolated(unsafe) private let previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

/// Bracketed paste off, leave the alternate screen, cursor on, attributes off: a StaticString so a
/// crash handler can write it without allocating.
private let resetSequence: StaticString = "\u{1B}[?2004l\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m\r\n"

/// Puts the terminal back on every way out: shutdown, `exit()`, SIGTERM/SIGINT/SIGHUP/SIGQUIT (through
/// the run loop) and crashes (directly, from the signal handler).
enum TerminalRestorer {
    static let terminationSignals: [Int32] = [SIGTERM, SIGINT, SIGHUP, SIGQUIT]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    /// Remembers the tty modes so a crash can put them back.
    static func saveTerminalModes() {
        hasSavedTerminalModes = tcgetattr(STDIN_FILENO, &savedTerminalModes) == 0
    }

    /// Installs the handlers: termination signals write their number to `pipe`, crashes restore
    /// the terminal and re-raise. Also makes a plain `exit()` restore the terminal.
    static func install(signalPipe: Int32) {
        signalPipeWriteEnd = signalPipe
        cursesIsActive = true
        for signal in terminationSignals {
            _ = keywork_install_signal_handler(
                signal, handleTerminationSignal, SA_RESTART, previousActions + Int(signal))
        }
        for signal in crashSignals {
            // On the runtime's alternate stack where there is one, so a stack overflow still restores.
            _ = keywork_install_signal_handler(
                signal, handleCrashSignal, SA_ONSTACK, previousActions + Int(signal))
        }
        if !exitHandlerIsRegistered {
            exitHandlerIsRegistered = true
            atexit(restoreAtExit)
        }
    }

    /// Puts back the handlers that were there before `install`.
    static func uninstall() {
        for signal in terminationSignals + crashSignals {
            _ = keywork_restore_signal_handler(signal, previousActions + Int(signal))
        }
        cursesIsActive = false
        signalPipeWriteEnd = -1
    }

    /// Async-signal-safe: tty modes back and the reset sequence written; no ncurses, no allocation.
    static func restoreTerminalModes() {
        if hasSavedTerminalModes { _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminalModes) }
        _ = write(STDOUT_FILENO, resetSequence.utf8Start, resetSequence.utf8CodeUnitCount)
    }
}

private func handleTerminationSignal(_ signal: Int32) {
    let savedErrno = errno
    var byte = UInt8(truncatingIfNeeded: signal)
    _ = write(signalPipeWriteEnd, &byte, 1)
    errno = savedErrno
}

private func handleCrashSignal(_ signal: Int32) {
    TerminalRestorer.restoreTerminalModes()
    // The previous action runs when the signal comes again: at once for raise(), or when the faulting
    // instruction runs again. In a session that is CrashNotice's handler (a calm notice, the report to a
    // file), else the default or Swift's backtracer.
    _ = keywork_restore_signal_handler(signal, previousActions + Int(signal))
    raise(signal)
}

private func restoreAtExit() {
    guard cursesIsActive else { return }
    cursesIsActive = false
    endwin()
    TerminalRestorer.restoreTerminalModes()
}

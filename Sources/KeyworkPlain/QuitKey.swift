#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-\ (SIGQUIT) in the line mode stops Keywork as Ctrl-C does: at once, with every answer already
/// saved. Left alone, Swift's runtime takes it for a crash: it prints a crash report on the shared
/// screen and waits for a key. (The full screen reads both signals itself and pauses.)
public enum QuitKey {
    public static func stopsLikeInterrupt() {
        _ = signal(SIGQUIT, stopAsInterrupt)
    }
}

/// Async-signal-safe: the default action for SIGINT, then SIGINT itself, which ends the process.
private func stopAsInterrupt(_ signalNumber: Int32) {
    _ = signal(SIGINT, SIG_DFL)
    _ = raise(SIGINT)
}

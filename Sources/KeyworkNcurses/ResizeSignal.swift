import Glibc

/// SIGWINCH, which ncurses and Keywork's own wait take as "the window changed size".
enum ResizeSignal {
    /// Blocks it on the calling thread, and hands back the mask from before, to put back with `SIG_SETMASK`.
    static func block() -> sigset_t {
        var resize = sigset_t()
        var previous = sigset_t()
        sigemptyset(&resize)
        sigaddset(&resize, SIGWINCH)
        pthread_sigmask(SIG_BLOCK, &resize, &previous)
        return previous
    }
}

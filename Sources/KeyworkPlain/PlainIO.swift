// KeyworkPlain owns the line-by-line mode (`--plain`, `ACCESSIBLE=1`) for screen readers, braille
// displays and dumb terminals: it prints each screen once as plain text and reads a line.
// It may import KeyworkTerminal, KeyworkScreen, KeyworkSession and KeyworkGuides. It never imports
// ncurses, never moves the cursor or sends an escape sequence, and never writes session files.

#if canImport(Glibc)
    import Glibc
#endif

/// Where the line mode reads and writes: standard input and output for people, a script in tests.
public protocol PlainIO: AnyObject {
    /// The next line typed, without its line ending; nil when input has ended.
    func readLine() -> String?
    /// Prints text as it is; the line mode adds its own newlines.
    func write(_ text: String)
}

/// Standard input and output.
public final class StandardPlainIO: PlainIO {
    public init() {}

    public func readLine() -> String? {
        guard var line = Swift.readLine(strippingNewline: true) else { return nil }
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }

    public func write(_ text: String) {
        // Straight to the file descriptor, unbuffered, so each prompt is out before the wait for a line.
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written > 0 {
                bytes = bytes.dropFirst(written)
            } else if errno != EINTR {
                return
            }
        }
    }
}

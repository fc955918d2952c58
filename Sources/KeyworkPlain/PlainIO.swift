// KeyworkPlain owns the line-by-line mode (`--plain`, `ACCESSIBLE=1`) for screen readers, braille
// displays and dumb terminals: it prints each screen once as plain text (`PlainScreen`, with `PlainWords` and
// `PlainForm`) and reads a line. `PlainScreen` is also what the full screen reads aloud, as its `SpokenScreen`.
// It may import KeyworkFrontEnd, KeyworkScreen, KeyworkSession, KeyworkGuides, KeyworkWords and KeyworkText. It
// never imports ncurses nor the full screen (KeyworkTerminal), never moves the cursor or sends an escape sequence
// (nor lets text pass one on), and never writes session files.

import KeyworkText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the line mode reads and writes: standard input and output for people, a script in tests.
public protocol PlainIO: AnyObject {
    /// The next line typed, without its line ending; nil when input has ended.
    func readLine() -> String?
    /// Prints text; the line mode adds its own newlines. The standard one shows any control character in it
    /// visibly (`TerminalText`) rather than send it to the terminal.
    func write(_ text: String)
}

extension PlainIO {
    /// The next line that is all text. Bytes that are not UTF-8 reach a line as U+FFFD (`Swift.readLine` repairs
    /// them), and would be recorded without the letters they stood for: such a line is shown back and asked
    /// again, never used. Nil when input has ended.
    func readText(_ plain: PlainWords) -> String? {
        while let line = readLine() {
            guard line.unicodeScalars.contains("\u{FFFD}") else { return line }
            write(plain.lineNotText(line) + "\n" + PlainWords.inputMarker)
        }
        return nil
    }
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
        // Guide text, typed answers and records read back may hold what a terminal acts on: it is shown, not sent.
        // Straight to the file descriptor, unbuffered, so each prompt is out before the wait for a line.
        var bytes = Array(TerminalText.escapedKeepingLineFeeds(text).utf8)[...]
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

import KeyworkScreen
import KeyworkTerminal

/// A hidden check of the real terminal for people and end-to-end tests: it shows the size, the
/// capabilities, a highlighted row and the last keys read, until `q`, a signal or end of input.
/// The CLI may expose it as a hidden command; it is not part of any session.
public enum TerminalSelfCheck {
    /// Runs the check on `terminal` and returns the event that ended it.
    @discardableResult
    public static func run(on terminal: any TerminalBackend) -> TerminalEvent {
        var lastEvents: [String] = []
        while true {
            terminal.draw(frame(size: terminal.size, capabilities: terminal.capabilities, lastEvents: lastEvents))
            let event = terminal.nextEvent()
            switch event {
            case .key(.character("q")), .terminate, .hangup, .endOfInput: return event
            default: break
            }
            lastEvents.append(String(describing: event))
            if lastEvents.count > 12 { lastEvents.removeFirst() }
        }
    }

    /// The check's screen; text that does not fit is cut off.
    public static func frame(size: TerminalSize, capabilities: TerminalCapabilities, lastEvents: [String]) -> Frame {
        var frame = Frame(size: size)
        var lines: [(String, StyleRole)] = [
            ("Keywork terminal check", .title),
            ("size \(size.columns)x\(size.rows)", .normal),
            (
                "unicode \(capabilities.unicode) color \(capabilities.color) theme \(capabilities.shownTheme.rawValue)",
                .dim
            ),
            ("> selected row", .selected),
            ("wide: 中文 ok", .normal),
        ]
        lines += lastEvents.map { ("key: \($0)", .emphasis) }
        for (row, line) in lines.enumerated() where row < size.rows - 1 {
            write(line.0, role: line.1, row: row, into: &frame)
        }
        write("q quit", role: .footer, row: size.rows - 1, into: &frame)
        return frame
    }

    private static func write(_ text: String, role: StyleRole, row: Int, into frame: inout Frame) {
        var column = 0
        for character in text {
            let isWide = character.unicodeScalars.first.map { (0x1100...0x9FFF).contains($0.value) } ?? false
            guard column + (isWide ? 2 : 1) <= frame.size.columns else { return }
            frame[row, column] = Cell(String(character), role: role)
            if isWide { frame[row, column + 1] = Cell("", role: role) }
            column += isWide ? 2 : 1
        }
    }
}

import CNcursesw
import KeyworkScreen
import KeyworkTerminal

/// Turns one value read by `wget_wch` into a terminal event: a pure function, so the whole key
/// table in DESIGN.md is tested without a terminal.
public enum KeyMapper {
    /// Maps a character (`isKeyCode` false) or an ncurses key code (`KEY_*`, `isKeyCode` true).
    /// Returns nil for what Keywork gives no meaning, such as unknown key codes or Ctrl-Space.
    public static func map(wideChar value: UInt32, isKeyCode: Bool) -> TerminalEvent? {
        isKeyCode ? mapKeyCode(Int32(truncatingIfNeeded: value)) : mapCharacter(value)
    }

    private static func mapKeyCode(_ code: Int32) -> TerminalEvent? {
        switch code {
        case KEY_ENTER: return .key(.enter)
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case keywork_key_resize(): return .resize
        default:
            let functionKey = Int(code) - Int(keywork_key_f(0))
            if (1...12).contains(functionKey) { return .key(.function(functionKey)) }
            return nil
        }
    }

    private static func mapCharacter(_ value: UInt32) -> TerminalEvent? {
        switch value {
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        case 27: return .key(.escape)
        case 1...26:
            // In raw() mode Ctrl-C, Ctrl-P and Ctrl-Q arrive as these characters, not as signals.
            guard let letter = Unicode.Scalar(UInt32(("a" as Unicode.Scalar).value) + value - 1) else { return nil }
            return .key(.control(Character(letter)))
        default:
            guard let scalar = Unicode.Scalar(value), isPrintable(scalar) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    /// Not a C0 or C1 control character and not DEL: safe to show and to store as typed text.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
    }
}

import KeyworkScreen
import KeyworkTerminal

/// Turns one byte below 0x80 that is not part of an escape sequence into a terminal event: a pure
/// function, so the key table in DESIGN.md is tested without a terminal.
public enum KeyMapper {
    /// Enter, Tab, Backspace, Esc and the control letters, and printable ASCII as typed characters. Returns
    /// nil for what Keywork gives no meaning, such as NUL (Ctrl-Space) or the controls without a letter.
    public static func map(byte: UInt8) -> TerminalEvent? {
        switch byte {
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        case 27: return .key(.escape)
        case 1...26:
            // In raw() mode Ctrl-C, Ctrl-P and Ctrl-Q arrive as these bytes, not as signals.
            return .key(.control(Character(Unicode.Scalar(UInt8(ascii: "a") + byte - 1))))
        case 0x20..<0x7F:
            return .key(.character(Character(Unicode.Scalar(byte))))
        default:
            return nil
        }
    }

    /// Not a C0 or C1 control character and not DEL: safe to show and to store as typed text.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
    }
}

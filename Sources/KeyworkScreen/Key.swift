/// A key press as the terminal layer reports it, before any screen gives it a meaning.
public enum Key: Sendable, Equatable, Hashable {
    /// A printable character, typed or part of a paste that arrived one key at a time.
    case character(Character)
    /// Enter arrives as `\n`, `\r` or KEY_ENTER; all three become this.
    case enter
    case up, down, left, right
    case pageUp, pageDown, home, end
    case backspace, delete
    case tab, backTab, escape
    /// F1 to F12.
    case function(Int)
    /// A control character, named by its letter: Ctrl-C is `.control("c")`.
    case control(Character)
    /// Bracketed paste: the whole pasted text at once, newlines included.
    case paste(String)
    /// The terminal changed size; ask the backend for the new size.
    case resize
}

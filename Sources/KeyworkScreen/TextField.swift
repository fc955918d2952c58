/// Text being typed, with a cursor counted in grapheme clusters.
public struct TextField: Sendable, Equatable {
    public private(set) var text: String
    /// Where the next character goes: 0 is before the first cluster, `text.count` after the last.
    public private(set) var cursor: Int
    /// Whether a pasted line break stays one; single-line fields (names, numbers) make it a space.
    public var multiline: Bool

    public init(_ text: String = "", multiline: Bool = false) {
        self.text = text
        self.cursor = text.count
        self.multiline = multiline
    }

    public mutating func insert(_ typed: String) {
        var clean = ""
        for character in typed {
            if character == "\n" || character == "\r" || character == "\r\n" {
                clean.append(multiline ? "\n" : " ")
            } else if character == "\t" {
                clean.append(" ")
            } else if DisplayWidth.of(character) > 0 {
                clean.append(character)
            }
        }
        let index = text.index(text.startIndex, offsetBy: cursor)
        text.insert(contentsOf: clean, at: index)
        cursor += clean.count
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
        cursor -= 1
    }

    public mutating func delete() {
        guard cursor < text.count else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor))
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = text.count }

    /// Applies an editing key; returns false when the key is not one a text field uses.
    mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .character(let character): insert(String(character))
        case .paste(let pasted): insert(pasted)
        case .backspace: backspace()
        case .delete: delete()
        case .left: moveLeft()
        case .right: moveRight()
        case .home: moveHome()
        case .end: moveEnd()
        default: return false
        }
        return true
    }
}

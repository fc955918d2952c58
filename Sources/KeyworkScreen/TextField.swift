/// Text being typed, edited a grapheme cluster at a time and kept exactly as typed.
///
/// Every character typed is kept, byte for byte, with no normalisation: an accent typed as its own key
/// joins the letter before it (`e` then U+0301 is `é`, stored as those two scalars), and a skin tone or a
/// second regional indicator joins its emoji. The cursor sits only between clusters, so no key can split
/// one, and every position is clamped to the text, so no sequence of keys can make an edit trap.
public struct TextField: Sendable, Equatable {
    public private(set) var text: String
    /// Where the next character goes, counted in grapheme clusters: 0 is before the first, `text.count`
    /// after the last.
    public private(set) var cursor: Int
    /// Whether a pasted line break stays one; single-line fields (names, numbers) make it a space.
    public var multiline: Bool

    public init(_ text: String = "", multiline: Bool = false) {
        self.text = text
        self.cursor = text.count
        self.multiline = multiline
    }

    /// Inserts typed or pasted text at the cursor and puts the cursor after the cluster that holds its
    /// last character. Line breaks and tabs become what the field takes; control characters, which a
    /// terminal sends for keys rather than text, are left out; everything else is kept as it came.
    public mutating func insert(_ typed: String) {
        var clean = ""
        for character in typed {
            if character == "\n" || character == "\r" || character == "\r\n" {
                clean.append(multiline ? "\n" : " ")
            } else if character == "\t" {
                clean.append(" ")
            } else if let first = character.unicodeScalars.first, !Self.isControl(first) {
                clean.append(character)
            }
        }
        guard !clean.isEmpty else { return }
        if cursor >= text.count {
            // Typing at the end, as almost all typing is: the cursor stays at the end, whatever joined what.
            text.append(contentsOf: clean)
            cursor = text.count
            return
        }
        let offset = utf8Offset(ofCluster: cursor)
        text.insert(contentsOf: clean, at: index(atUTF8Offset: offset))
        cursor = clusters(endingAfter: offset + clean.utf8.count)
    }

    /// Removes the whole cluster before the cursor.
    public mutating func backspace() {
        guard cursor > 0 else { return }
        removeCluster(at: cursor - 1)
    }

    /// Removes the whole cluster after the cursor.
    public mutating func delete() {
        guard cursor < text.count else { return }
        removeCluster(at: cursor)
    }

    public mutating func moveLeft() { cursor = max(0, min(cursor, text.count) - 1) }
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

    private mutating func removeCluster(at position: Int) {
        let start = clusterIndex(position)
        guard start < text.endIndex else { return }
        let offset = text.utf8.distance(from: text.startIndex, to: start)
        text.remove(at: start)
        // What was either side may now form one cluster (two regional indicators); the cursor goes after it.
        cursor = min(text.count, clusters(endingAfter: offset))
    }

    /// The index of cluster `position`, or the end of the text when there are fewer.
    private func clusterIndex(_ position: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: max(0, position), limitedBy: text.endIndex) ?? text.endIndex
    }

    private func utf8Offset(ofCluster position: Int) -> Int {
        text.utf8.distance(from: text.startIndex, to: clusterIndex(position))
    }

    /// The string index at a byte offset that is a cluster boundary.
    private func index(atUTF8Offset offset: Int) -> String.Index {
        text.utf8.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) ?? text.endIndex
    }

    /// How many clusters start before the byte `offset`: the cursor position just after the cluster that
    /// holds the byte before `offset`.
    private func clusters(endingAfter offset: Int) -> Int {
        var count = 0
        var walked = 0
        for character in text {
            if walked >= offset { break }
            count += 1
            walked += character.utf8.count
        }
        return count
    }

    /// When the terminal's locale cannot show some of what was typed (it draws `?` instead), the words
    /// that say so, under the field: what is typed is kept all the same, never dropped.
    static func notShownWarning(_ field: TextField, options: RenderOptions) -> String? {
        guard !options.unicode, field.text.unicodeScalars.contains(where: { !$0.isASCII }) else { return nil }
        return options.words[.typedTextNotShown]
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }
}

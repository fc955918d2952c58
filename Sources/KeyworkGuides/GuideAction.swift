/// An action that guide text names with `{key:NAME}` rather than by a key, so that each front end says it its own
/// way: the full screen as the key to press ("F2"), the line mode as the word to type ("type question").
public enum GuideAction: String, Sendable, Equatable, CaseIterable {
    case question
    case notSure = "not-sure"
    case back
    case pause
    case help
    case readAloud = "read-aloud"
    case privacy

    /// The key the full screen names for this action (the key table in DESIGN.md), also used on paper.
    public var keyCap: String {
        switch self {
        case .question: "F2"
        case .notSure: "F3"
        case .back: "F4"
        case .pause: "F10"
        case .help: "F1"
        case .readAloud: "F5"
        case .privacy: "F9"
        }
    }

    /// The action a key cap such as "F2" stands for, for lint's note on text that names a key.
    public static func named(byKeyCap keyCap: String) -> GuideAction? {
        allCases.first { $0.keyCap == keyCap }
    }

    /// The names `{key:NAME}` accepts, for errors: "question, not-sure, ...".
    public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// `{key:NAME}` in a guide's text: finding each one, and drawing the text with each action named.
public enum ActionPlaceholder {
    static let opening = "{key:"

    /// One `{key:...}` in a text: the name as written and the action it names (nil for an unknown name, or for
    /// an opening never closed, whose name is the rest of the line).
    public struct Found: Sendable, Equatable {
        public var name: String
        public var action: GuideAction?
        public var range: Range<String.Index>
    }

    /// Every `{key:...}` in `text`, in order.
    public static func placeholders(in text: String) -> [Found] {
        // Most text has no opening. Foundation's search finds only text canonically equivalent to it, and nothing
        // but its own ASCII bytes is: a byte search rules the rest out without Foundation's cost.
        guard containsOpeningBytes(text), text.contains(opening) else { return [] }
        var found: [Found] = []
        var rest = text.startIndex
        while let open = text[rest...].range(of: opening) {
            let lineEnd = text[open.upperBound...].firstIndex(of: "\n") ?? text.endIndex
            guard let close = text[open.upperBound..<lineEnd].firstIndex(of: "}") else {
                found.append(
                    Found(name: String(text[open.upperBound..<lineEnd]), action: nil, range: open.lowerBound..<lineEnd))
                rest = lineEnd
                continue
            }
            let name = String(text[open.upperBound..<close])
            let end = text.index(after: close)
            found.append(Found(name: name, action: GuideAction(rawValue: name), range: open.lowerBound..<end))
            rest = end
        }
        return found
    }

    /// Whether the UTF-8 of `text` holds the bytes of `{key:`.
    static func containsOpeningBytes(_ text: String) -> Bool {
        let opening = Array(opening.utf8)
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= opening.count else { return false }
            for start in 0...(bytes.count - opening.count) where bytes[start] == opening[0] {
                if opening.indices.allSatisfy({ bytes[start + $0] == opening[$0] }) { return true }
            }
            return false
        }
    }

    /// The text with each known `{key:...}` replaced by `naming(action)`. A name that starts a sentence (at the
    /// start of the text or a line, after a bullet's "- ", or after ".", "!" or "?") gets a capital first
    /// letter, so that "type question" reads "Type question" there. Unknown names are left as written; the
    /// loader refuses a guide that has one.
    public static func resolve(_ text: String, naming: (GuideAction) -> String) -> String {
        let found = placeholders(in: text)
        guard !found.isEmpty else { return text }
        var result = ""
        var rest = text.startIndex
        for placeholder in found {
            result += text[rest..<placeholder.range.lowerBound]
            rest = placeholder.range.upperBound
            guard let action = placeholder.action else {
                result += text[placeholder.range]
                continue
            }
            let name = naming(action)
            result += startsSentence(result) ? name.prefix(1).uppercased() + name.dropFirst() : name
        }
        return result + text[rest...]
    }

    /// The text with every action named by its key, as the full screen and the client's copy show it.
    public static func withKeyCaps(_ text: String) -> String {
        resolve(text) { $0.keyCap }
    }

    /// Whether text ending in `before` leaves the next word at the start of a sentence.
    static func startsSentence(_ before: String) -> Bool {
        var line = Substring(before)
        if let newline = line.lastIndex(of: "\n") { line = line[line.index(after: newline)...] }
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.isEmpty || trimmed == "-" || trimmed == "- " { return true }
        var end = trimmed
        while end.last == " " { end = end.dropLast() }
        guard let last = end.last, end.count < trimmed.count else { return false }
        return last == "." || last == "!" || last == "?"
    }
}

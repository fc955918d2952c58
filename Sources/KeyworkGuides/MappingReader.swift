import Foundation
import KeyworkDiagnostics
import KeyworkText
import Yams

/// Reads the keys of one YAML mapping, reporting each problem at the key or value it is about.
///
/// Decoding by hand from Yams' node tree, rather than through Codable, is what lets every error carry a
/// line and column.
struct MappingReader {
    struct Entry {
        var key: String
        var keyNode: Node
        var value: Node
    }

    let node: Node
    let entries: [Entry]
    /// How messages name this mapping, for example "screen 'goal'".
    var what: String
    let sink: DiagnosticCollector

    /// Nil (with an error reported) when `node` is not a mapping.
    init?(_ node: Node, what: String, sink: DiagnosticCollector, example: String) {
        self.node = node
        self.what = what
        self.sink = sink
        guard case .mapping(let mapping) = node else {
            sink.error(
                "\(what) must be a set of 'key: value' lines, but it is \(MappingReader.describe(node))",
                at: node, note: "write it like this: \(example)")
            return nil
        }
        var entries: [Entry] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                sink.error(
                    "a key in \(what) must be a plain word, but it is \(MappingReader.describe(keyNode))",
                    at: keyNode, note: "keys are words such as 'id' or 'title', followed by ':'")
                continue
            }
            entries.append(Entry(key: scalar.string, keyNode: keyNode, value: value))
        }
        self.entries = entries
    }

    var location: SourceLocation { sink.location(of: node) }

    subscript(key: String) -> Node? {
        entries.first { $0.key == key }?.value
    }

    func has(_ key: String) -> Bool { self[key] != nil }

    func keyLocation(_ key: String) -> SourceLocation? {
        entries.first { $0.key == key }.map { sink.location(of: $0.keyNode) }
    }

    func valueLocation(_ key: String) -> SourceLocation? {
        self[key].map { sink.location(of: $0) }
    }

    /// Reports every key not in `allowed`, suggesting the closest allowed key.
    func checkKeys(_ allowed: [String]) {
        for entry in entries where !allowed.contains(entry.key) {
            let suggestion = Suggestion.didYouMean(entry.key, in: allowed)
            sink.error(
                "unknown key '\(entry.key)' in \(what)", at: entry.keyNode,
                note: "\(suggestion)keys allowed here are: \(allowed.joined(separator: ", "))")
        }
    }

    func reportMissing(_ key: String, example: String) {
        sink.error("\(what) is missing '\(key)'", at: location, note: "add it, for example: \(example)")
    }

    // MARK: - Typed values

    /// Text from a scalar; numbers and dates written without quotes count as text too.
    func string(_ key: String, required: Bool = false, example: String = "") -> String? {
        guard let value = self[key] else {
            if required { reportMissing(key, example: example.isEmpty ? "\(key): ..." : example) }
            return nil
        }
        return MappingReader.text(value, name: "'\(key)' in \(what)", sink: sink, example: example)
    }

    /// Text from a scalar node, or nil with an error when the node is a list, a mapping or empty.
    static func text(_ node: Node, name: String, sink: DiagnosticCollector, example: String = "") -> String? {
        guard case .scalar(let scalar) = node else {
            sink.error(
                "\(name) must be text, but it is \(describe(node))", at: node,
                note: "write the text on one line after the ':', in double quotes if it contains ': ', '#', '{' or '['")
            return nil
        }
        if isNull(scalar) || isBlank(scalar.string) {
            sink.error(
                "\(name) is empty", at: node,
                note: example.isEmpty ? "write the text after the ':'" : "write the text, for example: \(example)")
            return nil
        }
        // A terminal acts on these instead of showing them: an escape code could change what the screen shows.
        if let acting = TerminalText.firstActingScalar(in: scalar.string, allowingLineFeeds: true) {
            sink.error(
                "\(name) holds the control character \(TerminalText.visible(acting)), which a terminal would act "
                    + "on instead of showing", at: node,
                note: acting == "\t"
                    ? "use spaces instead of a tab" : "take it out; write only characters that are meant to be read")
            return nil
        }
        return scalar.string
    }

    func bool(_ key: String) -> Bool? {
        guard let value = self[key] else { return nil }
        if case .scalar(let scalar) = value, scalar.style == .plain {
            if scalar.string == "true" { return true }
            if scalar.string == "false" { return false }
        }
        sink.error(
            "'\(key)' in \(what) must be true or false, not \(MappingReader.describe(value))", at: value,
            note: "write '\(key): true' or '\(key): false'")
        return nil
    }

    func int(_ key: String, required: Bool = false, example: String = "") -> Int? {
        guard let value = self[key] else {
            if required { reportMissing(key, example: example) }
            return nil
        }
        if case .scalar(let scalar) = value, let number = Int(scalar.string) {
            return number
        }
        sink.error(
            "'\(key)' in \(what) must be a whole number, not \(MappingReader.describe(value))", at: value,
            note: "write a number without quotes, for example: \(example.isEmpty ? "\(key): 1" : example)")
        return nil
    }

    /// A number of days of at least 1, such as `revisit_after_days`; nil with an error for anything else.
    func days(_ key: String, example: String) -> Int? {
        guard let days = int(key, example: example) else { return nil }
        guard days >= 1 else {
            sink.error(
                "'\(key)' in \(what) is \(days), but it must be a positive number of days",
                at: valueLocation(key) ?? location,
                note: "write a number of days of at least 1, for example: \(example)")
            return nil
        }
        return days
    }

    func date(_ key: String) -> GuideDate? {
        guard let value = self[key] else { return nil }
        if case .scalar(let scalar) = value, let date = GuideDate(scalar.string) {
            return date
        }
        sink.error(
            "'\(key)' in \(what) must be a real date written YYYY-MM-DD, not \(MappingReader.describe(value))",
            at: value, note: "write it like this: \(key): 2026-11-01")
        return nil
    }

    /// The items of a list; nil with an error when the value is not a list.
    func list(_ key: String, required: Bool = false, example: String) -> [Node]? {
        guard let value = self[key] else {
            if required { reportMissing(key, example: example) }
            return nil
        }
        guard case .sequence(let sequence) = value else {
            sink.error(
                "'\(key)' in \(what) must be a list, but it is \(MappingReader.describe(value))", at: value,
                note: "write a list, one '- item' per line, or [a, b]; for example: \(example)")
            return nil
        }
        return Array(sequence)
    }

    /// A list whose items are all text.
    func stringList(_ key: String, example: String) -> [String]? {
        guard let items = list(key, example: example) else { return nil }
        var strings: [String] = []
        for (index, item) in items.enumerated() {
            if let text = MappingReader.text(item, name: "item \(index + 1) of '\(key)' in \(what)", sink: sink) {
                strings.append(text)
            }
        }
        return strings.count == items.count ? strings : nil
    }

    /// An id: non-empty, lowercase letters, digits and dashes.
    func id(_ key: String = "id", required: Bool = true, example: String = "id: my-screen") -> String? {
        guard let value = self[key] else {
            if required { reportMissing(key, example: example) }
            return nil
        }
        return MappingReader.id(value, name: "'\(key)' in \(what)", sink: sink)
    }

    static func id(_ node: Node, name: String, sink: DiagnosticCollector) -> String? {
        guard let text = text(node, name: name, sink: sink) else { return nil }
        guard isValidID(text) else {
            sink.error(
                "\(name) is '\(text)', but ids may use only lowercase letters, digits and dashes", at: node,
                note: "write it as '\(suggestedID(for: text))'")
            return nil
        }
        return text
    }

    static func isValidID(_ text: String) -> Bool {
        !text.isEmpty
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func suggestedID(for text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("-") {
                result += "-"
            }
        }
        let trimmed = result.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "my-id" : trimmed
    }

    /// Whether `text` holds only whitespace and line breaks (or nothing): what trimming them would leave empty. Asked
    /// scalar by scalar, it stops at the first letter, where trimming copied the whole text through NSString.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { CharacterSet.whitespacesAndNewlines.contains($0) }
    }

    static func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// How a node looks, for messages: "a list", "a set of keys", or the text itself.
    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a set of 'key: value' lines"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if isNull(scalar) { return "empty" }
            let text = scalar.string
            let short = text.count > 30 ? String(text.prefix(30)) + "…" : text
            return "'\(short.replacingOccurrences(of: "\n", with: " "))'"
        }
    }
}

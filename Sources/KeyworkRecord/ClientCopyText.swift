/// The client's copy as plain text, wrapped at 72 columns, for any printer or email.
public enum ClientCopyText {
    public static let width = 72

    public static func render(_ document: ClientCopyDocument) -> String {
        var lines: [String] = [
            document.title.uppercased(), String(repeating: "=", count: min(width, document.title.count)),
        ]
        for section in document.sections {
            lines += ["", section.heading, String(repeating: "-", count: min(width, section.heading.count))]
            for (index, block) in section.blocks.enumerated() {
                if index > 0 { lines.append("") }
                lines += render(block)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func render(_ block: ClientCopyDocument.Block) -> [String] {
        switch block {
        case .paragraph(let text):
            return wrap(text, firstPrefix: "", restPrefix: "")
        case .fields(let fields):
            return fields.flatMap { field in
                wrap(field.label + ": " + field.value, firstPrefix: "", restPrefix: "    ")
            }
        case .list(let items):
            return items.flatMap { wrap($0, firstPrefix: "  - ", restPrefix: "    ") }
        }
    }

    /// Words wrapped to `width`; typed line breaks are kept, and a word longer than a line is cut.
    static func wrap(_ text: String, firstPrefix: String, restPrefix: String) -> [String] {
        var lines: [String] = []
        var current = firstPrefix
        var currentIsEmpty = true
        func finishLine() {
            lines.append(current)
            current = restPrefix
            currentIsEmpty = true
        }
        for (paragraphIndex, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if paragraphIndex > 0 { finishLine() }
            for word in paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                var word = Substring(word)
                let needed = (currentIsEmpty ? 0 : 1) + word.count
                if current.count + needed > width && !currentIsEmpty { finishLine() }
                while current.count + word.count > width {
                    let room = max(1, width - current.count)
                    current += word.prefix(room)
                    word = word.dropFirst(room)
                    finishLine()
                }
                if word.isEmpty { continue }
                current += (currentIsEmpty ? "" : " ") + word
                currentIsEmpty = false
            }
        }
        lines.append(current)
        return lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed.removeLast() }
            return String(trimmed)
        }
    }
}

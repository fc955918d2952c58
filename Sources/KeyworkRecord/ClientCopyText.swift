import KeyworkText

/// The client's copy as plain text, wrapped at 72 columns, for any printer or email.
public enum ClientCopyText {
    public static let width = 72

    public static func render(_ document: ClientCopyDocument) -> String {
        let title = TerminalText.escaped(document.title)
        var lines: [String] = [title.uppercased(), String(repeating: "=", count: min(width, title.count))]
        for section in document.sections {
            let heading = TerminalText.escaped(section.heading)
            lines += ["", heading, String(repeating: "-", count: min(width, heading.count))]
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
        case .chart(let chart):
            return wrap(chart.title, firstPrefix: "", restPrefix: "")
                + chart.lines().map { "  " + TerminalText.escaped($0) }
        }
    }

    /// Words wrapped to `width`; typed line breaks are kept, a word longer than a line is cut, and any other
    /// control character is shown as `TerminalText` writes it.
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
            // A tab is only a space here, as it was to the eye.
            let shown = TerminalText.escaped(paragraph.replacingOccurrences(of: "\t", with: " "))
            for word in shown.split(separator: " ") {
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

import KeyworkText

/// The client's copy as Markdown, for services that keep notes in Markdown or paste into email.
///
/// Everything typed at the screen is escaped, so a client's `*` or `<script>` shows as typed.
public enum ClientCopyMarkdown {
    public static func render(_ document: ClientCopyDocument) -> String {
        var lines: [String] = ["# " + escape(document.title)]
        for section in document.sections {
            lines += ["", "## " + escape(section.heading)]
            for block in section.blocks {
                lines.append("")
                lines += render(block)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func render(_ block: ClientCopyDocument.Block) -> [String] {
        switch block {
        case .paragraph(let text):
            return [escape(text)]
        case .fields(let fields):
            // A trailing backslash is a hard line break, so each field keeps its own line.
            return fields.enumerated().map { index, field in
                "**\(escape(field.label)):** \(escape(field.value))" + (index < fields.count - 1 ? "\\" : "")
            }
        case .list(let items):
            return items.map { "- " + escape($0) }
        case .chart(let chart):
            // A code block keeps the bars and the numbers lined up.
            return [escape(chart.title), "", "```"] + chart.lines().map(TerminalText.escaped) + ["```"]
        }
    }

    /// Backslash-escapes Markdown's punctuation and turns typed line breaks into hard breaks; any other control
    /// character is shown as `TerminalText` writes it, so the file is safe to print on a terminal.
    static func escape(_ text: String) -> String {
        let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&"]
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var output = ""
            var atLineStart = true
            for character in TerminalText.escaped(String(line)) {
                // A line may not start a list, a numbered list or a heading underline by accident.
                let startsBlock =
                    atLineStart && (character == "-" || character == "+" || character == "=")
                    || (character == "." || character == ")") && !output.isEmpty && output.allSatisfy(\.isNumber)
                if special.contains(character) || startsBlock { output += "\\" }
                output.append(character)
                if !character.isWhitespace { atLineStart = false }
            }
            return output
        }.joined(separator: "\\\n")
    }
}

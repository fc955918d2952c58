import KeyworkText

/// The client's copy as one self-contained HTML5 file that prints cleanly on A4.
///
/// No scripts, no images, no links to fetch: inline CSS only. Every piece of text is escaped.
public enum ClientCopyHTML {
    static let style = """
        @page { size: A4; margin: 18mm; }
        html { color: #000; background: #fff; }
        body { font-family: Georgia, "Times New Roman", serif; font-size: 12pt; line-height: 1.45;
          max-width: 42em; margin: 0 auto; padding: 1em; }
        h1 { font-family: Helvetica, Arial, sans-serif; font-size: 18pt; margin: 0 0 0.5em; }
        h2 { font-family: Helvetica, Arial, sans-serif; font-size: 14pt; margin: 1.2em 0 0.4em;
          border-bottom: 1px solid #000; page-break-after: avoid; break-after: avoid; }
        section { page-break-inside: avoid; break-inside: avoid; }
        section.page-end { page-break-after: always; break-after: page; }
        dl { margin: 0.5em 0; page-break-inside: avoid; break-inside: avoid; }
        dt { font-weight: bold; }
        dd { margin: 0 0 0.3em 1.5em; }
        p, li { margin: 0.4em 0; }
        .receipt { font-family: "Courier New", monospace; font-size: 14pt; font-weight: bold; letter-spacing: 0.1em; }
        @media print { body { max-width: none; padding: 0; } }
        """

    public static func render(_ document: ClientCopyDocument) -> String {
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"\(escape(document.languageCode))\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(escape(document.title))</title>",
            "<style>",
            style,
            "</style>",
            "</head>",
            "<body>",
            "<h1>\(escape(document.title))</h1>",
        ]
        for (index, section) in document.sections.enumerated() {
            // Page one (what happens next, who to call, the receipt code) prints on a page of its own.
            lines.append(index + 1 == document.firstPageSections ? "<section class=\"page-end\">" : "<section>")
            lines.append("<h2>\(escape(section.heading))</h2>")
            for block in section.blocks { lines += render(block) }
            lines.append("</section>")
        }
        lines += ["</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func render(_ block: ClientCopyDocument.Block) -> [String] {
        switch block {
        case .paragraph(let text):
            return ["<p>\(escape(text))</p>"]
        case .fields(let fields):
            return ["<dl>"]
                + fields.flatMap { field in
                    let valueClass = field.isCode ? " class=\"receipt\"" : ""
                    return ["<dt>\(escape(field.label))</dt>", "<dd\(valueClass)>\(escape(field.value))</dd>"]
                } + ["</dl>"]
        case .list(let items):
            return ["<ul>"] + items.map { "<li>\(escape($0))</li>" } + ["</ul>"]
        case .chart(let chart):
            return ClientCopyChartSVG.figure(chart)
        }
    }

    /// Escapes text for HTML content and attributes; typed line breaks become `<br>`, and any other control
    /// character is shown as `TerminalText` writes it, as in the text and Markdown copies.
    static func escape(_ text: String) -> String {
        var output = ""
        for character in TerminalText.escapedKeepingLineFeeds(text) {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\n": output += "<br>"
            default: output.append(character)
            }
        }
        return output
    }
}

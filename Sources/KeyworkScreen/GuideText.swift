/// The markup of a guide's body text: paragraphs split by blank lines, `*emphasis*`, and lines
/// starting `- ` as bullets with a hanging indent.
public enum GuideText {
    /// The body laid out in lines at most `width` cells wide.
    public static func lines(_ body: String, width: Int, options: RenderOptions = RenderOptions()) -> [StyledLine] {
        let bullet = Glyphs(options).bullet + " "
        var output: [StyledLine] = []
        for block in blocks(body) {
            switch block {
            case .blank:
                if !(output.last?.runs.isEmpty ?? true) { output.append(StyledLine()) }
            case .paragraph(let text):
                output += TextWrap.wrap(emphasis(text), width: width)
            case .bullet(let text):
                output += TextWrap.wrap(emphasis(text), width: width, prefix: [StyledRun(bullet)])
            }
        }
        while output.last?.runs.isEmpty == true { output.removeLast() }
        return output
    }

    package enum Block: Equatable {
        case blank
        case paragraph(String)
        case bullet(String)
    }

    /// Groups the source lines into paragraphs and bullets; a line of a paragraph joins the one before
    /// it, and an indented line under a bullet continues that bullet.
    package static func blocks(_ body: String) -> [Block] {
        var blocks: [Block] = []
        for rawLine in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingSpaces()
            let indented = rawLine.first == " " || rawLine.first == "\t"
            if line.isEmpty {
                if blocks.last != .blank { blocks.append(.blank) }
            } else if line.hasPrefix("- ") {
                blocks.append(.bullet(String(line.dropFirst(2)).trimmingSpaces()))
            } else if case .bullet(let text)? = blocks.last, indented {
                blocks[blocks.count - 1] = .bullet(text + " " + line)
            } else if case .paragraph(let text)? = blocks.last {
                blocks[blocks.count - 1] = .paragraph(text + " " + line)
            } else {
                blocks.append(.paragraph(line))
            }
        }
        return blocks
    }

    /// Splits text at paired asterisks into normal and emphasis runs; a lone asterisk stays as written.
    package static func emphasis(_ text: String) -> [StyledRun] {
        let pairs = text.filter { $0 == "*" }.count / 2 * 2
        var runs: [StyledRun] = [StyledRun("")]
        var used = 0
        var inside = false
        for character in text {
            if character == "*" && used < pairs {
                used += 1
                inside.toggle()
                runs.append(StyledRun("", role: inside ? .emphasis : .normal))
            } else {
                runs[runs.count - 1].text.append(character)
            }
        }
        return runs.filter { !$0.text.isEmpty }
    }
}

extension StringProtocol {
    /// The text without leading or trailing spaces and tabs.
    package func trimmingSpaces() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
        return String(text)
    }
}

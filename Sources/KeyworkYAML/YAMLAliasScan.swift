/// Finds the first YAML alias (`*name`) in a text without building anything from it, by following the token
/// rules of libyaml, the scanner Yams is built on: where a token may start, and where comments, quoted, plain and
/// block scalars (in which a `*` is only text) begin and end.
///
/// An alias repeats a whole part of the file, and aliases of aliases grow exponentially (the "billion laughs");
/// Yams would build, and hash as a mapping key, the whole expansion. Keywork's files have no use for them, so one
/// is refused before Yams reads the text. A text that is not valid YAML may be scanned past its first error: Yams
/// then reports that error, and stops there.
public enum YAMLAliasScan {
    /// The 1-based line and column of the first alias, as libyaml counts them (characters, not bytes); nil when
    /// there is none.
    public static func firstAlias(in yaml: String) -> (line: Int, column: Int)? {
        var scanner = Scanner(Array(yaml.unicodeScalars))
        return scanner.firstAlias()
    }
}

/// The scanner's state: the position, the block indentation levels and flow depth, and where a simple key
/// (`key:` on one line) could begin.
private struct Scanner {
    private let text: [Unicode.Scalar]
    private var index = 0
    private var line = 0
    private var column = 0
    /// The columns of the open block collections, innermost last; libyaml's `indent` is the last, or -1.
    private var indents: [Int] = []
    private var flowLevel = 0
    /// A simple key may start at the next token (libyaml's `simple_key_allowed`).
    private var simpleKeyAllowed = true
    /// Where the possible simple key of the block context began, if one did on this line.
    private var simpleKey: (line: Int, column: Int)?

    init(_ text: [Unicode.Scalar]) {
        self.text = text
    }

    private var indent: Int { indents.last ?? -1 }

    private func at(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < text.count ? text[index + offset] : nil
    }

    private func isBlank(_ offset: Int = 0) -> Bool { at(offset) == " " || at(offset) == "\t" }

    private func isBreak(_ offset: Int = 0) -> Bool {
        switch at(offset) {
        case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": return true
        default: return false
        }
    }

    /// Blank, a line break or the end of the text.
    private func isBlankOrEnd(_ offset: Int = 0) -> Bool { at(offset) == nil || isBlank(offset) || isBreak(offset) }

    private func isFlowIndicator(_ offset: Int = 0) -> Bool {
        switch at(offset) {
        case ",", "[", "]", "{", "}": return true
        default: return false
        }
    }

    /// Moves past one character, or past one line break (`\r\n` counts as one).
    private mutating func advance() {
        guard let scalar = at() else { return }
        if isBreak() {
            index += scalar == "\r" && at(1) == "\n" ? 2 : 1
            line += 1
            column = 0
        } else {
            index += 1
            column += 1
        }
    }

    mutating func firstAlias() -> (line: Int, column: Int)? {
        while true {
            skipToNextToken()
            guard let scalar = at() else { return nil }
            if let key = simpleKey, key.line != line { simpleKey = nil }
            if flowLevel == 0 { unrollIndent(to: column) }
            if column == 0 && scalar == "%" {
                startDocumentPart()
                skipRestOfLine()
            } else if column == 0 && isDocumentMarker() {
                startDocumentPart()
                for _ in 0..<3 { advance() }
            } else if scalar == "[" || scalar == "{" {
                saveSimpleKey()
                flowLevel += 1
                simpleKeyAllowed = true
                advance()
            } else if scalar == "]" || scalar == "}" {
                flowLevel = max(0, flowLevel - 1)
                simpleKeyAllowed = false
                advance()
            } else if scalar == "," {
                simpleKeyAllowed = true
                advance()
            } else if scalar == "-" && isBlankOrEnd(1) {
                if flowLevel == 0 { rollIndent(to: column) }
                simpleKey = nil
                simpleKeyAllowed = true
                advance()
            } else if scalar == "?" && (flowLevel > 0 || isBlankOrEnd(1)) {
                if flowLevel == 0 { rollIndent(to: column) }
                simpleKey = nil
                simpleKeyAllowed = flowLevel == 0
                advance()
            } else if scalar == ":" && (flowLevel > 0 || isBlankOrEnd(1)) {
                value()
                advance()
            } else if scalar == "*" {
                return (line + 1, column + 1)
            } else if scalar == "&" {
                // An anchor: a property of the node that follows, named in letters, digits, '_' and '-'.
                saveSimpleKey()
                simpleKeyAllowed = false
                advance()
                while let name = at(), name.isASCII,
                    name.properties.isAlphabetic || ("0"..."9").contains(name)
                        || name == "_" || name == "-"
                {
                    advance()
                }
            } else if scalar == "!" {
                // A tag: a property of the node that follows, ended by a blank (or a ',' in a flow collection).
                saveSimpleKey()
                simpleKeyAllowed = false
                while !isBlankOrEnd() && !(flowLevel > 0 && at() == ",") { advance() }
            } else if (scalar == "|" || scalar == ">") && flowLevel == 0 {
                simpleKey = nil
                simpleKeyAllowed = true
                skipBlockScalar()
            } else if scalar == "'" || scalar == "\"" {
                saveSimpleKey()
                simpleKeyAllowed = false
                skipQuotedScalar(single: scalar == "'")
            } else if startsPlainScalar(scalar) {
                saveSimpleKey()
                simpleKeyAllowed = skipPlainScalar()
            } else {
                // No token starts with this character: Yams stops here with its own error.
                return nil
            }
        }
    }

    private func isDocumentMarker() -> Bool {
        guard let first = at(), first == "-" || first == "." else { return false }
        return at(1) == first && at(2) == first && isBlankOrEnd(3)
    }

    private mutating func startDocumentPart() {
        indents = []
        simpleKey = nil
        simpleKeyAllowed = false
    }

    /// Spaces (and tabs where libyaml allows them), comments and line breaks.
    private mutating func skipToNextToken() {
        while true {
            if column == 0 && at() == "\u{FEFF}" { advance() }
            while at() == " " || (at() == "\t" && (flowLevel > 0 || !simpleKeyAllowed)) { advance() }
            if at() == "#" { skipRestOfLine() }
            guard isBreak() else { return }
            advance()
            if flowLevel == 0 { simpleKeyAllowed = true }
        }
    }

    private mutating func skipRestOfLine() {
        while at() != nil && !isBreak() { advance() }
    }

    private mutating func saveSimpleKey() {
        if simpleKeyAllowed && flowLevel == 0 { simpleKey = (line, column) }
    }

    /// `:`: a simple key before it on this line opens a block mapping at the key's column.
    private mutating func value() {
        if flowLevel > 0 {
            simpleKeyAllowed = false
        } else if let key = simpleKey {
            rollIndent(to: key.column)
            simpleKey = nil
            simpleKeyAllowed = false
        } else {
            rollIndent(to: column)
            simpleKeyAllowed = true
        }
    }

    private mutating func rollIndent(to column: Int) {
        if indent < column { indents.append(column) }
    }

    private mutating func unrollIndent(to column: Int) {
        while indent > column { indents.removeLast() }
    }

    /// The characters that start a token other than a plain scalar. Built once: this is asked at every token.
    private static let indicators: Set<Unicode.Scalar> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`",
    ]

    private func startsPlainScalar(_ scalar: Unicode.Scalar) -> Bool {
        if isBlankOrEnd() { return false }
        if !Self.indicators.contains(scalar) { return true }
        if scalar == "-" { return !isBlank(1) }
        return flowLevel == 0 && (scalar == "?" || scalar == ":") && !isBlankOrEnd(1)
    }

    /// Skips a plain scalar, which may go on over lines indented further than its block; returns whether a simple
    /// key may follow it (it ended at the start of a line).
    private mutating func skipPlainScalar() -> Bool {
        var leadingBreak = false
        while true {
            if column == 0 && isDocumentMarker() { break }
            if at() == "#" { break }
            while !isBlankOrEnd() {
                if at() == ":" && isBlankOrEnd(1) { return leadingBreak }
                if flowLevel > 0 && (isFlowIndicator() || (at() == ":" && (isFlowIndicator(1) || at(1) == "?"))) {
                    return leadingBreak
                }
                leadingBreak = false
                advance()
            }
            guard isBlank() || isBreak() else { break }
            while isBlank() || isBreak() {
                if isBreak() { leadingBreak = true }
                advance()
            }
            if flowLevel == 0 && column < indent + 1 { break }
        }
        return leadingBreak
    }

    private mutating func skipQuotedScalar(single: Bool) {
        advance()
        while let scalar = at() {
            if single && scalar == "'" {
                if at(1) == "'" {
                    advance()
                    advance()
                    continue
                }
                advance()
                return
            }
            if !single && scalar == "\\" {
                advance()
                advance()
                continue
            }
            if !single && scalar == "\"" {
                advance()
                return
            }
            advance()
        }
    }

    /// A `|` or `>` scalar: its header line, then every line indented at least as far as its content, which is
    /// the indentation given in the header or that of its first line, and always deeper than its block.
    private mutating func skipBlockScalar() {
        advance()
        var increment = 0
        while let scalar = at(), ["+", "-", "1", "2", "3", "4", "5", "6", "7", "8", "9"].contains(scalar) {
            if let digit = Int(String(scalar)) { increment = digit }
            advance()
        }
        skipRestOfLine()
        guard isBreak() else { return }
        advance()
        var contentIndent = increment > 0 ? (indent >= 0 ? indent + increment : increment) : 0
        if contentIndent == 0 {
            // The deepest of the leading blank lines and the first line of text sets it.
            var deepest = 0
            while true {
                while at() == " " { advance() }
                deepest = max(deepest, column)
                guard isBreak() else { break }
                advance()
            }
            contentIndent = max(deepest, indent + 1, 1)
        } else {
            skipLines(shallowerThan: contentIndent)
        }
        while column == contentIndent && at() != nil {
            skipRestOfLine()
            guard isBreak() else { return }
            advance()
            skipLines(shallowerThan: contentIndent)
        }
    }

    /// Moves past the indentation of lines, and past blank lines, until a line with text; stops within a line's
    /// indentation once `contentIndent` spaces are passed.
    private mutating func skipLines(shallowerThan contentIndent: Int) {
        while true {
            while column < contentIndent && at() == " " { advance() }
            guard isBreak() else { return }
            advance()
        }
    }
}

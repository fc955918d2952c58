/// Word wrapping by display width: lines break at spaces, a word longer than the line breaks at a
/// grapheme cluster boundary, and a double-width character is never split.
public enum TextWrap {
    /// Plain text wrapped to `width` cells; `\n` starts a new line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        wrap([StyledRun(text)], width: width).map(\.text)
    }

    /// Styled text wrapped to `width` cells, keeping each character's role.
    public static func wrap(_ runs: [StyledRun], width: Int) -> [StyledLine] {
        let width = max(1, width)
        var lines: [[Glyph]] = []
        for segment in split(runs) {
            var current: [Glyph] = []
            var currentWidth = 0
            for word in words(segment) {
                let wordWidth = word.reduce(0) { $0 + $1.width }
                if currentWidth > 0 && currentWidth + 1 + wordWidth <= width {
                    let role = current.last?.role == word.first?.role ? current.last?.role ?? .normal : .normal
                    current.append(Glyph(character: " ", role: role, width: 1))
                    current += word
                    currentWidth += 1 + wordWidth
                    continue
                }
                if currentWidth > 0 {
                    lines.append(current)
                    current = []
                    currentWidth = 0
                }
                if wordWidth <= width {
                    current = word
                    currentWidth = wordWidth
                    continue
                }
                // A word wider than the line is cut between clusters, so a wide character moves whole.
                for glyph in word {
                    if currentWidth > 0 && currentWidth + glyph.width > width {
                        lines.append(current)
                        current = []
                        currentWidth = 0
                    }
                    current.append(glyph)
                    currentWidth += glyph.width
                }
            }
            lines.append(current)
        }
        return lines.map(line(from:))
    }

    /// Wraps styled text with a first-line prefix (such as a bullet) and a hanging indent of the
    /// prefix's width on every later line.
    static func wrap(_ runs: [StyledRun], width: Int, prefix: [StyledRun]) -> [StyledLine] {
        let indent = prefix.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let body = wrap(runs, width: max(1, width - indent))
        let pad = StyledRun(String(repeating: " ", count: indent))
        return body.enumerated().map { index, line in line.prefixed(index == 0 ? prefix : [pad]) }
    }

    struct Glyph {
        var character: Character
        var role: StyleRole
        var width: Int
    }

    /// The text as lines of glyphs, split at each hard line break; tabs count as spaces.
    private static func split(_ runs: [StyledRun]) -> [[Glyph]] {
        var segments: [[Glyph]] = [[]]
        for run in runs {
            for character in run.text {
                if character == "\n" || character == "\r\n" || character == "\r" {
                    segments.append([])
                } else if character == "\t" {
                    segments[segments.count - 1].append(Glyph(character: " ", role: run.role, width: 1))
                } else {
                    let width = DisplayWidth.of(character)
                    // Zero-width clusters (stray controls) would take no cell, so they are dropped.
                    if width > 0 {
                        segments[segments.count - 1].append(Glyph(character: character, role: run.role, width: width))
                    }
                }
            }
        }
        return segments
    }

    private static func words(_ glyphs: [Glyph]) -> [[Glyph]] {
        glyphs.split(whereSeparator: { $0.character == " " }).map(Array.init)
    }

    private static func line(from glyphs: [Glyph]) -> StyledLine {
        var runs: [StyledRun] = []
        for glyph in glyphs {
            if let last = runs.last, last.role == glyph.role {
                runs[runs.count - 1].text.append(glyph.character)
            } else {
                runs.append(StyledRun(String(glyph.character), role: glyph.role))
            }
        }
        return StyledLine(runs)
    }
}

/// Word wrapping by display width: lines break at spaces, soft hyphens (shown as a hyphen then) and
/// zero-width spaces; a word longer than the line breaks at a grapheme cluster boundary, and a cluster
/// is never split.
public enum TextWrap {
    /// Plain text wrapped to `width` cells; `\n` starts a new line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        wrap([StyledRun(text)], width: width).map(\.text)
    }

    /// Styled text wrapped to `width` cells, keeping each character's role.
    public static func wrap(_ runs: [StyledRun], width: Int) -> [StyledLine] {
        let width = max(1, width)
        return isPlainASCII(runs) ? wrapASCII(runs, width: width) : wrapByCharacters(runs, width: width)
    }

    /// `wrap(_:width:)` for any text, cluster by cluster; `width` is at least 1.
    static func wrapByCharacters(_ runs: [StyledRun], width: Int) -> [StyledLine] {
        var lines: [[Glyph]] = []
        for segment in split(runs) {
            var current: [Glyph] = []
            var currentWidth = 0
            for piece in pieces(segment) {
                let space = currentWidth > 0 && piece.breakBefore == .space ? 1 : 0
                // A piece followed by a soft hyphen keeps a cell for the hyphen: if it ends the line, the
                // word breaks there, and the hyphen must show.
                let hyphenRoom = piece.endsAtSoftHyphen ? 1 : 0
                if currentWidth + space + piece.width + hyphenRoom <= width {
                    if space == 1 {
                        let role =
                            current.last?.role == piece.glyphs.first?.role ? current.last?.role ?? .normal : .normal
                        current.append(Glyph(character: " ", role: role, width: 1))
                    }
                    current += piece.glyphs
                    currentWidth += space + piece.width
                    continue
                }
                if currentWidth > 0 {
                    if piece.breakBefore == .softHyphen && currentWidth < width {
                        current.append(Glyph(character: "-", role: current.last?.role ?? .normal, width: 1))
                    }
                    lines.append(current)
                    current = []
                    currentWidth = 0
                }
                if piece.width + hyphenRoom <= width {
                    current = piece.glyphs
                    currentWidth = piece.width
                    continue
                }
                // A word wider than the line is cut between clusters, so a wide character moves whole.
                for glyph in piece.glyphs {
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

    /// Where a line may break inside the text, besides at a space.
    enum Break: Equatable {
        case space
        /// U+00AD: invisible, but shown as a hyphen when the line breaks there.
        case softHyphen
        /// U+200B: invisible, and the line may break there.
        case zeroWidthSpace
    }

    /// A run of clusters the line never breaks inside (unless it is wider than the line).
    struct Piece {
        var glyphs: [Glyph] = []
        var width = 0
        var breakBefore = Break.space
        var endsAtSoftHyphen = false
    }

    static let softHyphen: Character = "\u{AD}"
    static let zeroWidthSpace: Character = "\u{200B}"

    /// The text as lines of glyphs, split at each hard line break; tabs count as spaces. Soft hyphens and
    /// zero-width spaces stay in as break marks, taking no cell.
    private static func split(_ runs: [StyledRun]) -> [[Glyph]] {
        var segments: [[Glyph]] = [[]]
        for run in runs {
            for character in run.text {
                if character == "\n" || character == "\r\n" || character == "\r" {
                    segments.append([])
                } else if character == "\t" {
                    segments[segments.count - 1].append(Glyph(character: " ", role: run.role, width: 1))
                } else if character == softHyphen || character == zeroWidthSpace {
                    segments[segments.count - 1].append(Glyph(character: character, role: run.role, width: 0))
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

    /// Words split at spaces, and each word at its soft hyphens and zero-width spaces.
    private static func pieces(_ glyphs: [Glyph]) -> [Piece] {
        var pieces: [Piece] = []
        var current = Piece()
        var pending = Break.space
        func finish(endingAt mark: Break?) {
            if !current.glyphs.isEmpty {
                current.endsAtSoftHyphen = mark == .softHyphen
                pieces.append(current)
            }
            current = Piece()
        }
        for glyph in glyphs {
            switch glyph.character {
            case " ":
                finish(endingAt: .space)
                pending = .space
            case softHyphen, zeroWidthSpace:
                let mark: Break = glyph.character == softHyphen ? .softHyphen : .zeroWidthSpace
                let hadText = !current.glyphs.isEmpty
                finish(endingAt: mark)
                // A mark after a space (or another mark) breaks nothing the space does not already.
                if hadText { pending = mark }
            default:
                if current.glyphs.isEmpty { current.breakBefore = pending }
                current.glyphs.append(glyph)
                current.width += glyph.width
            }
        }
        finish(endingAt: nil)
        return pieces
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

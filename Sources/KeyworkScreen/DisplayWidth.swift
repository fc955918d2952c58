import CKeyworkWidth

/// How many terminal cells text takes, as the terminal will draw it: each character's width is glibc's
/// `wcwidth` in a UTF-8 locale, asked at run time (ncursesw and tmux place text by the same call), and
/// grapheme clusters are laid on top (`CellGlyph`), so a cluster is never cut and the cells line up.
public enum DisplayWidth {
    /// The width of a whole string, cluster by cluster.
    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The width of one grapheme cluster: the cells its glyphs take, 0 when nothing of it is drawn.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
        return CellGlyph.glyphs(of: character).reduce(0) { $0 + $1.width }
    }

    /// The terminal's width of one scalar on its own: 0, 1 or 2, or -1 for a control character or one the
    /// C library does not know (which is never sent to the terminal as it is).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return -1 }
        if value < 0x7F { return 1 }
        let width = keywork_wcwidth(value)
        // No UTF-8 locale on this machine: Keywork's own table, made to agree with glibc's.
        if width == -2 { return FallbackWidth.of(scalar) }
        return Int(width)
    }
}

/// What the terminal is sent for one cell (two when wide): a character that takes cells and the
/// zero-width marks drawn on it, at most `maximumScalars` of them in all, as one ncurses `cchar_t` holds.
public struct CellGlyph: Sendable, Equatable {
    public var scalars: [Unicode.Scalar]
    /// 1 or 2 cells.
    public var width: Int

    public init(_ scalars: [Unicode.Scalar], width: Int) {
        self.scalars = scalars
        self.width = width
    }

    /// ncurses' `CCHARW_MAX`: one cell carries a character and at most four marks.
    public static let maximumScalars = 5
    /// Drawn in place of a character the C library does not know, so its width is certain.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"
    /// Carries a mark that starts a cluster with nothing to sit on (an accent typed before its letter).
    public static let dottedCircle: Unicode.Scalar = "\u{25CC}"
    static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"

    /// The text of the glyph, as it goes to the terminal.
    public var text: String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    /// How a terminal draws `character`, glyph by glyph: every character that takes cells starts a glyph
    /// (so `कि`, a flag and `👍🏽` take the cells glibc gives each part), and zero-width marks sit on the
    /// glyph before them. Zero-width joiners are left out: tmux joins whatever follows one into the cell
    /// before it, which ncurses does not know, so a ZWJ sequence is drawn as its emoji side by side and the
    /// cells still line up. A character the C library does not know is drawn as U+FFFD; a mark that starts
    /// the cluster sits on a dotted circle; controls and lone invisible characters are not drawn at all.
    public static func glyphs(of character: Character) -> [CellGlyph] {
        var glyphs: [CellGlyph] = []
        for scalar in character.unicodeScalars where scalar != zeroWidthJoiner {
            let width = DisplayWidth.of(scalar)
            if width > 0 {
                glyphs.append(CellGlyph([scalar], width: width))
                continue
            }
            if isControl(scalar) { continue }
            if width < 0 {
                glyphs.append(CellGlyph([replacement], width: 1))
                continue
            }
            if let last = glyphs.indices.last {
                // Marks beyond what one cell carries are still stored; only the drawing leaves them out.
                if glyphs[last].scalars.count < maximumScalars { glyphs[last].scalars.append(scalar) }
                continue
            }
            if scalar.properties.isDefaultIgnorableCodePoint { continue }
            glyphs.append(CellGlyph([dottedCircle, scalar], width: 1))
        }
        return glyphs
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }
}

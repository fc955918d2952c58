// KeyworkScreen owns what the shared screen shows: a pure render from session state and terminal
// size to a frame of cells, display width and wrapping, the layouts, and the keys' meaning on each screen.
// It may import KeyworkSession, KeyworkGuides, KeyworkWords (its own words come from the table) and CKeyworkWidth
// (glibc's display width). It never imports ncurses and never does I/O. The line mode's text of a screen is
// KeyworkPlain's, built from the layouts here that it shares (`package` access); the full screen reads aloud
// through `SpokenScreen`, which the application fills with that text.

/// The size of the terminal, in cells.
public struct TerminalSize: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    public var description: String { "\(columns)×\(rows)" }
}

/// What a cell is for. The terminal layer turns roles into attributes and colours; every role that
/// carries meaning also has a visible marker in the text, so nothing relies on colour alone.
public enum StyleRole: String, Sendable, Equatable, Hashable, CaseIterable {
    case normal
    /// The title line.
    case title
    /// `*emphasis*` in guide text, and headings.
    case emphasis
    /// The highlighted option (drawn in reverse video).
    case selected
    /// The footer with the keys that work.
    case footer
    /// Hints and secondary text.
    case dim
    /// Refusals and cautions.
    case warning
    /// A text field the client types into.
    case input
    /// The frame around an overlay box.
    case border

    /// The one-letter mark a golden file uses for this role; normal cells are a space.
    public var mark: Character {
        switch self {
        case .normal: " "
        case .title: "T"
        case .emphasis: "E"
        case .selected: "R"
        case .footer: "F"
        case .dim: "D"
        case .warning: "W"
        case .input: "I"
        case .border: "B"
        }
    }
}

/// One terminal cell. A double-width character occupies its cell and the next, which holds
/// the empty string as a continuation, so a wide character is never split.
public struct Cell: Sendable, Equatable {
    /// A whole grapheme cluster, a space for blank, or "" for the second half of a wide character.
    public var text: String
    public var role: StyleRole

    public init(_ text: String = " ", role: StyleRole = .normal) {
        self.text = text
        self.role = role
    }

    public static let blank = Cell()
    public var isContinuation: Bool { text.isEmpty }
}

/// A whole screen of cells, row-major, plus where the text cursor should be (if it is shown).
public struct Frame: Sendable, Equatable {
    public let size: TerminalSize
    public private(set) var cells: [Cell]
    /// Row and column of the visible text cursor; nil hides the cursor.
    public var cursor: (row: Int, column: Int)?

    public init(size: TerminalSize) {
        self.size = size
        self.cells = Array(repeating: .blank, count: max(0, size.columns) * max(0, size.rows))
        self.cursor = nil
    }

    public subscript(row: Int, column: Int) -> Cell {
        get {
            guard contains(row: row, column: column) else { return .blank }
            return cells[row * size.columns + column]
        }
        set {
            guard contains(row: row, column: column) else { return }
            cells[row * size.columns + column] = newValue
        }
    }

    public func contains(row: Int, column: Int) -> Bool {
        row >= 0 && row < size.rows && column >= 0 && column < size.columns
    }

    /// The characters, one line per row, trailing spaces kept: the first layer of a golden file.
    public var text: String {
        rows { $0.text }
    }

    /// One mark per cell for its style role: the second layer of a golden file.
    public var styleMarks: String {
        rows { cell in cell.isContinuation ? "" : String(cell.role.mark) }
    }

    /// Rows of the frame as strings, built cell by cell.
    private func rows(_ render: (Cell) -> String) -> String {
        var lines: [String] = []
        lines.reserveCapacity(size.rows)
        for row in 0..<max(0, size.rows) {
            var line = ""
            for column in 0..<size.columns {
                line += render(self[row, column])
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    public static func == (lhs: Frame, rhs: Frame) -> Bool {
        lhs.size == rhs.size && lhs.cells == rhs.cells && lhs.cursor?.row == rhs.cursor?.row
            && lhs.cursor?.column == rhs.cursor?.column
    }
}

/// A piece of text drawn in one style role.
public struct StyledRun: Sendable, Equatable {
    public var text: String
    public var role: StyleRole

    public init(_ text: String, role: StyleRole = .normal) {
        self.text = text
        self.role = role
    }
}

/// One line on screen, made of styled runs; its display width never exceeds the width it was laid out for.
public struct StyledLine: Sendable, Equatable {
    public var runs: [StyledRun]

    public init(_ runs: [StyledRun] = []) {
        self.runs = runs
    }

    public init(_ text: String, role: StyleRole = .normal) {
        self.runs = text.isEmpty ? [] : [StyledRun(text, role: role)]
    }

    /// The characters without styles.
    public var text: String { runs.map(\.text).joined() }

    /// The number of cells the line takes.
    public var width: Int { runs.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    /// The line with every run drawn in one role, e.g. to show it highlighted.
    func restyled(_ role: StyleRole) -> StyledLine {
        StyledLine(runs.map { StyledRun($0.text, role: role) })
    }

    /// The line with `prefix` in front.
    func prefixed(_ prefix: [StyledRun]) -> StyledLine {
        StyledLine(prefix + runs)
    }
}

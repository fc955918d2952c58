/// Why the full screen cannot start. Each message says in plain words what is wrong and what to do;
/// the CLI prints it and suggests `--plain`.
public enum NcursesTerminalError: Error, Equatable, CustomStringConvertible {
    /// TERM is unset or empty.
    case terminalTypeNotSet
    /// TERM names a terminal that cannot move the cursor, such as `dumb`.
    case cannotDrawFullScreen(terminalType: String)
    /// TERM names a type the terminfo database does not know.
    case unknownTerminalType(String)
    /// Standard input or output is a pipe or a file, not a terminal.
    case notATerminal(stream: String)
    /// ncurses itself refused to start.
    case cannotStart(terminalType: String)

    private static let usePlain = "Run it with --plain for a line-by-line version."

    public var description: String {
        switch self {
        case .terminalTypeNotSet:
            "This terminal does not say what kind it is (TERM is not set), so it cannot show Keywork's full "
                + "screen. \(Self.usePlain)"
        case .cannotDrawFullScreen(let type):
            "This terminal (TERM=\(type)) cannot show Keywork's full screen. \(Self.usePlain)"
        case .unknownTerminalType(let type):
            "This terminal (TERM=\(type)) is not in this computer's terminal database, so it cannot show "
                + "Keywork's full screen. \(Self.usePlain) Or set TERM to a known type, such as xterm-256color."
        case .notATerminal(let stream):
            "Keywork's full screen needs a terminal, but standard \(stream) is a pipe or a file. \(Self.usePlain)"
        case .cannotStart(let type):
            "The terminal (TERM=\(type)) could not be set up for Keywork's full screen. \(Self.usePlain)"
        }
    }
}

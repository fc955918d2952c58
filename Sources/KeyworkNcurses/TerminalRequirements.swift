import CNcursesw
import Glibc

/// The checks made before ncurses starts, kept apart so they run in tests without a terminal:
/// `initscr` would end the process on a bad TERM, so nothing here may call it.
public enum TerminalRequirements {
    /// What the terminfo database says about a terminal type.
    public enum TerminfoEntry: Sendable, Equatable {
        case found(canAddressCursor: Bool)
        case notFound
    }

    /// Throws unless TERM names a terminal that can draw a full screen and both standard streams
    /// are terminals. TERM is checked first, so a `dumb` terminal gets the most useful message.
    public static func check(
        environment: [String: String],
        standardInputIsTerminal: Bool,
        standardOutputIsTerminal: Bool,
        lookUp: (String) -> TerminfoEntry = lookUpTerminfo
    ) throws(NcursesTerminalError) {
        guard let type = environment["TERM"], !type.isEmpty else { throw .terminalTypeNotSet }
        if type == "dumb" { throw .cannotDrawFullScreen(terminalType: type) }
        switch lookUp(type) {
        case .notFound: throw .unknownTerminalType(type)
        case .found(canAddressCursor: false): throw .cannotDrawFullScreen(terminalType: type)
        case .found(canAddressCursor: true): break
        }
        guard standardInputIsTerminal else { throw .notATerminal(stream: "input") }
        guard standardOutputIsTerminal else { throw .notATerminal(stream: "output") }
    }

    /// Reads a terminal type's terminfo entry without starting ncurses (`setupterm` reports
    /// errors instead of exiting) and puts back whatever terminal was current before.
    public static func lookUpTerminfo(_ type: String) -> TerminfoEntry {
        var status: Int32 = 0
        let previous = set_curterm(nil)
        defer {
            if let looked = set_curterm(previous), looked != previous { del_curterm(looked) }
        }
        let result = type.withCString { setupterm($0, STDOUT_FILENO, &status) }
        guard result == OK else { return .notFound }
        let cursorAddress = "cup".withCString { tigetstr($0) }
        let absent = UnsafeMutablePointer<CChar>(bitPattern: -1)
        return .found(canAddressCursor: cursorAddress != nil && cursorAddress != absent)
    }

    /// True when the locale's character set (`nl_langinfo(CODESET)`) is UTF-8.
    public static func isUTF8(codeset: String) -> Bool {
        let name = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return name == "utf8"
    }
}

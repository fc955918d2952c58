import KeyworkScreen

/// The escape sequences that mean keys on this terminal, from its terminfo entry, and which function
/// keys it really has.
///
/// Arrows, Home, End, the page keys, Delete and Shift-Tab are also known by the sequences every
/// ANSI terminal sends for them in either cursor mode. A function key counts only when terminfo gives
/// it a sequence of its own: vt100's F5 to F10 are the numeric keypad's keys (`ESC O t` is keypad 4),
/// so there F10 is not offered and its key does nothing, and pause is Ctrl-Q.
public struct KeySequences: Sendable {
    private var keys: [[UInt8]: Key] = [:]
    private var prefixes: Set<[UInt8]> = []
    /// The function keys (1–12) the terminal has.
    public private(set) var functionKeys: Set<Int> = []

    /// The terminfo capabilities Keywork reads, by name, with the key each one is.
    public static let capabilities: [(name: String, key: Key)] =
        [
            ("kcuu1", .up), ("kcud1", .down), ("kcub1", .left), ("kcuf1", .right), ("kpp", .pageUp),
            ("knp", .pageDown), ("khome", .home), ("kend", .end), ("kdch1", .delete), ("kcbt", .backTab),
            ("kent", .enter), ("kbs", .backspace),
        ] + (1...12).map { ("kf\($0)", .function($0)) }

    /// Builds the table from terminfo strings by capability name (`kf1` → `ESC O P`); a missing name is a
    /// key the terminal does not have.
    public init(terminfo: [String: String]) {
        for (name, character, key) in Self.ansiNavigation { add(Array("\u{1B}\(name)\(character)".utf8), key) }
        for (name, key) in Self.capabilities {
            guard let text = terminfo[name] else { continue }
            let bytes = Array(text.utf8)
            // Single bytes (kbs is ^H or DEL) are read as keys already; only escape sequences go in the table.
            guard bytes.count > 1, bytes.first == 0x1B else { continue }
            if case .function(let number) = key {
                guard !Self.isKeypadKey(bytes) else { continue }
                functionKeys.insert(number)
            }
            add(bytes, key)
        }
    }

    /// The sequences of the terminal tmux presents by default (`screen`), where F1 to F12 all exist.
    public static let standard = KeySequences(terminfo: [
        "kcuu1": "\u{1B}OA", "kcud1": "\u{1B}OB", "kcub1": "\u{1B}OD", "kcuf1": "\u{1B}OC", "kpp": "\u{1B}[5~",
        "knp": "\u{1B}[6~", "khome": "\u{1B}[1~", "kend": "\u{1B}[4~", "kdch1": "\u{1B}[3~", "kcbt": "\u{1B}[Z",
        "kbs": "\u{8}", "kf1": "\u{1B}OP", "kf2": "\u{1B}OQ", "kf3": "\u{1B}OR", "kf4": "\u{1B}OS",
        "kf5": "\u{1B}[15~", "kf6": "\u{1B}[17~", "kf7": "\u{1B}[18~", "kf8": "\u{1B}[19~", "kf9": "\u{1B}[20~",
        "kf10": "\u{1B}[21~", "kf11": "\u{1B}[23~", "kf12": "\u{1B}[24~",
    ])

    /// The key `bytes` is, when it is a whole sequence of one.
    func key(for bytes: [UInt8]) -> Key? { keys[bytes] }

    /// Whether `bytes` is the start of a longer known sequence.
    func isPrefix(_ bytes: [UInt8]) -> Bool { prefixes.contains(bytes) }

    private mutating func add(_ bytes: [UInt8], _ key: Key) {
        keys[bytes] = key
        for length in 1..<bytes.count { prefixes.insert(Array(bytes.prefix(length))) }
    }

    /// `ESC O` and a keypad key in application mode: digits `p`–`y`, `l` `m` `n` and Enter `M`.
    private static func isKeypadKey(_ bytes: [UInt8]) -> Bool {
        bytes.count == 3 && bytes[1] == UInt8(ascii: "O") && "lmnpqrstuvwxyM".utf8.contains(bytes[2])
    }

    /// What ANSI terminals send for the navigation keys, in normal (`ESC [`) and application (`ESC O`) mode.
    private static let ansiNavigation: [(String, String, Key)] = [
        ("[", "A", .up), ("[", "B", .down), ("[", "C", .right), ("[", "D", .left), ("[", "H", .home),
        ("[", "F", .end), ("O", "A", .up), ("O", "B", .down), ("O", "C", .right), ("O", "D", .left),
        ("O", "H", .home), ("O", "F", .end), ("[", "1~", .home), ("[", "4~", .end), ("[", "7~", .home),
        ("[", "8~", .end), ("[", "5~", .pageUp), ("[", "6~", .pageDown), ("[", "3~", .delete),
        ("[", "Z", .backTab),
    ]
}

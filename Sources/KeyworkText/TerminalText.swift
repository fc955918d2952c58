// KeyworkText owns how text from outside the program (a record, a guide, the command line) is shown on a
// terminal or in a text file: what a terminal would act on is written visibly instead of sent.
// It imports nothing, so every layer that prints may use it. It never decides wording or layout.

/// Text made safe to print: every character a terminal would act on rather than show is written visibly.
///
/// Those are the C0 controls (line breaks and ESC among them), DEL, the C1 controls (0x9B is a one-byte
/// CSI), the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that can make
/// text read in another order than it is stored, and the line and paragraph separators U+2028 and U+2029.
/// Each is written as Swift writes it, `\u{1B}`; everything else, in any script, is kept exactly.
public enum TerminalText {
    /// `text` with every acting character written visibly, line breaks included: one line, for one field.
    public static func escaped(_ text: String) -> String {
        escaped(text, keepingLineFeeds: false)
    }

    /// `text` with every acting character but the line feed written visibly: for text whose own lines
    /// are wanted, such as a message of several lines or a typed answer on a copy.
    public static func escapedKeepingLineFeeds(_ text: String) -> String {
        escaped(text, keepingLineFeeds: true)
    }

    /// Whether `scalar` is one that a terminal would act on rather than show.
    public static func actsOnTerminal(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || value == 0x2028 || value == 0x2029
    }

    /// The first scalar of `text` that a terminal would act on, other than a line feed when `allowingLineFeeds`.
    public static func firstActingScalar(in text: String, allowingLineFeeds: Bool = false) -> Unicode.Scalar? {
        text.unicodeScalars.first { actsOnTerminal($0) && !(allowingLineFeeds && $0 == "\n") }
    }

    /// How `scalar` is shown when it is escaped: `\u{1B}`.
    public static func visible(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// JSON text (as `JSONValue` writes it, with raw UTF-8) with the acting characters it may still hold
    /// written as JSON's own `\u` escapes, so that a JSON reader gets exactly the same strings back.
    public static func escapedJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: actsOnTerminal) else { return json }
        var output = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard actsOnTerminal(scalar) else {
                output.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16)
            output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(output)
    }

    private static func escaped(_ text: String, keepingLineFeeds: Bool) -> String {
        // Nearly everything printed is plain; it is returned as it is without building a copy.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F || (keepingLineFeeds && $0 == 0x0A) }) { return text }
        guard text.unicodeScalars.contains(where: { actsOnTerminal($0) && !(keepingLineFeeds && $0 == "\n") })
        else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if actsOnTerminal(scalar) && !(keepingLineFeeds && scalar == "\n") {
                output.append(contentsOf: visible(scalar).unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }
}

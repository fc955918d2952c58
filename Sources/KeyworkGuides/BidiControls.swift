import KeyworkDiagnostics

/// Bidirectional control characters make a terminal (or an editor) show text in a different order from the
/// order it is stored and read aloud in, so a reviewer could approve words the client never sees. Guides
/// may not contain them; right-to-left text is written without them and shown in the order it is written.
enum BidiControls {
    /// One error for each bidi control character in `yaml`, at its line and column.
    static func check(_ yaml: String, file: String) -> [Diagnostic] {
        // Every bidi control is outside ASCII (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), and
        // asking each scalar for its Unicode properties was a twentieth of loading a large guide.
        guard yaml.utf8.contains(where: { $0 >= 0x80 }) else { return [] }
        var diagnostics: [Diagnostic] = []
        var line = 1
        var column = 1
        for scalar in yaml.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            if scalar.value >= 0x80, scalar.properties.isBidiControl {
                let name = scalar.properties.name ?? "a bidirectional control"
                let hex = String(scalar.value, radix: 16, uppercase: true)
                let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                diagnostics.append(
                    Diagnostic(
                        severity: .error, location: SourceLocation(file: file, line: line, column: column),
                        message: "a bidirectional control character (\(code) \(name)) is not allowed in a guide",
                        note: "delete it: it can show the words in another order than they are stored and read "
                            + "aloud; right-to-left text needs none (Docs/terminal.md)"))
            }
            column += 1
        }
        return diagnostics
    }
}

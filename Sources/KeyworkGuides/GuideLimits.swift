import KeyworkDiagnostics

/// The check that keeps a guide file from using up memory or time before it is decoded (a YAML alias, the other
/// way to make a small file huge, is refused by `YAMLReader`).
enum GuideLimits {
    /// The largest guide file, in bytes: the built-in guides are about 12 KB.
    static let maximumBytes = 1_000_000

    /// The size limit as a located error when `yaml` breaks it; nil when it keeps to it.
    static func check(_ yaml: String, file: String) -> Diagnostic? {
        let size = yaml.utf8.count
        if size > maximumBytes {
            return Diagnostic(
                severity: .error, location: SourceLocation(file: file, line: 1, column: 1),
                message: "the guide is \(size) bytes long; the most Keywork reads is \(maximumBytes)",
                note: "a guide is a few thousand words; split it into several guides")
        }
        return nil
    }
}

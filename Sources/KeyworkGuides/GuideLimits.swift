// CYaml is the libyaml that Yams is built on; its event parser lets a guide be checked before Yams builds a tree.
import CYaml
import KeyworkDiagnostics

/// Checks that keep a guide file from using up memory or time before it is decoded.
///
/// A YAML alias (`*name`) repeats a whole part of the file, and aliases of aliases grow exponentially (the
/// "billion laughs"); Yams would build and hash the whole expansion. Guides have no use for them.
enum GuideLimits {
    /// The largest guide file, in bytes: the built-in guides are about 12 KB.
    static let maximumBytes = 1_000_000

    /// The first limit `yaml` breaks, as a located error; nil when it keeps to them. A syntax error is not
    /// reported here: the loader reports it, with Yams' words, when it reads the file properly.
    static func check(_ yaml: String, file: String) -> Diagnostic? {
        let size = yaml.utf8.count
        if size > maximumBytes {
            return Diagnostic(
                severity: .error, location: SourceLocation(file: file, line: 1, column: 1),
                message: "the guide is \(size) bytes long; the most Keywork reads is \(maximumBytes)",
                note: "a guide is a few thousand words; split it into several guides")
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(yaml.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_ALIAS_EVENT:
                    let mark = event.start_mark
                    return Diagnostic(
                        severity: .error,
                        location: SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1),
                        message: "a YAML alias ('*name') is not allowed in a guide",
                        note: "write the text out in full where it is needed; a text that starts with '*' goes in "
                            + "double quotes")
                case YAML_STREAM_END_EVENT, YAML_NO_EVENT:
                    return nil
                default:
                    continue
                }
            }
        }
    }
}

// KeyworkYAML owns reading YAML safely for every file Keywork reads (guides, the config file): an alias is refused
// before Yams reads anything, and what Yams cannot read is a located diagnostic with a plain-words fix.
// It may import Yams and KeyworkDiagnostics. It never reads or writes files itself and never touches the terminal.

import KeyworkDiagnostics
import Yams

/// Reads one YAML document into Yams's tree of nodes, or says at its file, line and column why it cannot.
public enum YAMLReader {
    /// The document's root (nil when it is empty). `file` names it in diagnostics, and `what` in the refusal of an
    /// alias ("a guide"). The `.basic` resolver leaves plain scalars untagged, for readers that read every scalar
    /// by its text: resolving each against Yams's regular expressions costs time for nothing.
    public static func compose(_ yaml: String, file: String, what: String, resolver: Resolver = .basic) -> Result<
        Node?, Diagnostic
    > {
        if let alias = YAMLAliasScan.firstAlias(in: yaml) {
            return .failure(
                .error(
                    "a YAML alias ('*name') is not allowed in \(what)",
                    at: SourceLocation(file: file, line: alias.line, column: alias.column),
                    note: "write the text out in full where it is needed; a text that starts with '*' goes in "
                        + "double quotes"))
        }
        do {
            return .success(try Yams.compose(yaml: yaml, resolver))
        } catch {
            return .failure(YAMLSyntaxError.diagnostic(for: error, yaml: yaml, file: file))
        }
    }
}

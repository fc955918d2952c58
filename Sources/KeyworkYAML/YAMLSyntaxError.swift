import KeyworkDiagnostics
import Yams

/// Turns a Yams parse error into a located diagnostic with a plain-words fix (guides and the config file).
public enum YAMLSyntaxError {
    /// The diagnostic for `error`, raised while reading `yaml` from `file`.
    public static func diagnostic(for error: any Error, yaml: String, file: String) -> Diagnostic {
        var problem = "the YAML cannot be read"
        var line = 1
        var column = 1
        if let error = error as? YamlError {
            switch error {
            case .scanner(let context, let text, let mark, _), .parser(let context, let text, let mark, _),
                .composer(let context, let text, let mark, _):
                problem = text + (context.map { " (\($0.text))" } ?? "")
                line = mark.line
                column = mark.column
            case .reader(let text, let offset, _, _):
                problem = text
                if let offset { (line, column) = position(ofCharacter: offset, in: yaml) }
            case .duplicatedKeysInMapping(let duplicates, let context):
                let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
                return Diagnostic(
                    severity: .error,
                    location: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                    message: "the key \(keys) appears twice in the same place",
                    note: "keep one of them and delete the other")
            default:
                problem = "\(error)"
            }
        }
        let location = SourceLocation(file: file, line: max(line, 1), column: max(column, 1))
        return Diagnostic(
            severity: .error, location: location, message: "the YAML is not valid here: \(problem)",
            note: note(problem: problem, lineText: lineText(line, in: yaml)))
    }

    private static func note(problem: String, lineText: String) -> String {
        if lineText.contains("\t") || problem.contains("tab") {
            return "indent with spaces: YAML does not allow tabs"
        }
        if problem.contains("quoted scalar") {
            return "a quote is not closed: check that every \" or ' on this line or above has its partner"
        }
        if problem.contains("mapping values are not allowed") {
            return "text that contains ': ' must be in double quotes, for example: title: \"Plan: this week\""
        }
        if problem.contains("nesting level") {
            return "lists and sets of keys are nested too deeply here (over 1000 levels); a guide needs a few"
        }
        if problem.contains("control characters") || problem.contains("invalid") {
            return "remove the unusual character; a guide is plain UTF-8 text"
        }
        return "check the indentation and the quotes on this line and the lines just above it"
    }

    private static func lineText(_ line: Int, in yaml: String) -> String {
        var current = 1
        for text in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == line { return String(text) }
            current += 1
        }
        return ""
    }

    /// 1-based line and column of the character at `offset` (counted in Characters, as Yams does).
    private static func position(ofCharacter offset: Int, in yaml: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for (index, character) in yaml.enumerated() {
            if index >= offset { break }
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}

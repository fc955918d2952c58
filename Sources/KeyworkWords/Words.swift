// KeyworkWords owns the program's own words on screen: one table per language, keyed by `Phrase`,
// with named placeholders and plural forms. It imports nothing, so every other target may use it.
// It never holds guide content (guides carry their own `language`) and never reads the environment
// except through `LanguageChoice`, which is given the environment by its caller.

/// The program's own words in one language: `words[.footerHelp]`, `words(.chooseRange, ["min": 1, "max": 5])`.
public struct Words: Sendable, Equatable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// English, the language every other table is checked against.
    public static let english = Words(.english)

    /// The entry for `phrase` in this language's table, falling back to English if a table lacks it.
    public func entry(_ phrase: Phrase) -> PhraseEntry {
        language.entry(phrase) ?? Language.english.entry(phrase) ?? .text(phrase.rawValue)
    }

    /// A phrase without placeholders.
    public subscript(_ phrase: Phrase) -> String {
        callAsFunction(phrase)
    }

    /// A phrase with its placeholders filled in; a plural phrase picks its form by the `count` argument.
    public func callAsFunction(_ phrase: Phrase, _ arguments: [String: WordArgument] = [:]) -> String {
        text(of: entry(phrase), arguments)
    }

    /// The entry for a phrase of the client's copy, falling back to English if a table lacks it.
    public func entry(_ phrase: CopyPhrase) -> PhraseEntry {
        language.copyTable[phrase] ?? Language.english.copyTable[phrase] ?? .text(phrase.rawValue)
    }

    /// A phrase of the client's copy without placeholders.
    public subscript(_ phrase: CopyPhrase) -> String {
        callAsFunction(phrase)
    }

    /// A phrase of the client's copy with its placeholders filled in, as for `Phrase`.
    public func callAsFunction(_ phrase: CopyPhrase, _ arguments: [String: WordArgument] = [:]) -> String {
        text(of: entry(phrase), arguments)
    }

    private func text(of entry: PhraseEntry, _ arguments: [String: WordArgument]) -> String {
        let template: String
        switch entry {
        case .text(let text):
            template = text
        case .plural(let forms):
            let count: Int
            if case .number(let number)? = arguments["count"] { count = number } else { count = 0 }
            template = forms.form(language.pluralCategory(count))
        }
        return fill(template, arguments)
    }

    private func fill(_ template: String, _ arguments: [String: WordArgument]) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let argument = arguments[name] {
                result += text(of: argument)
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private func text(of argument: WordArgument) -> String {
        switch argument {
        case .text(let text): text
        case .number(let number): String(number)
        case .phrase(let phrase): self[phrase]
        }
    }
}

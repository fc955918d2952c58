import KeyworkWords

/// Why the session did not accept an action, in plain words to show on the screen.
/// A refusal changes nothing and records nothing. It names a phrase, so the screen says it in the
/// people's language; `message` is the English, for logs and tests.
public struct SessionRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public var phrase: Phrase
    public var arguments: [String: WordArgument]

    public init(_ phrase: Phrase, _ arguments: [String: WordArgument] = [:]) {
        self.phrase = phrase
        self.arguments = arguments
    }

    /// The refusal in `words`' language.
    public func message(in words: Words) -> String {
        words(phrase, arguments)
    }

    /// The refusal in English.
    public var message: String { message(in: .english) }

    public var description: String { message }
}

import KeyworkScreen
import KeyworkWords

/// The screens around a session in the line mode: a numbered menu, a question with a typed answer, a
/// message, with the line mode's own words in the chosen language. Each returns nil when input ends, or on
/// `back`, which goes back one step as Esc does; `help` says how to answer.
public struct PlainDialog {
    private let io: any PlainIO
    private let plain: PlainWords
    private let words: Words

    public init(io: any PlainIO, words: Words) {
        self.io = io
        self.words = words
        plain = PlainWords(words)
    }

    /// Whether `line` is `back` (true) or `help` (said here, then false); nil when it is neither.
    private func goesBack(_ line: String) -> Bool? {
        switch PlainCommand(line: line, words: words) {
        case .back?: return true
        case .help?:
            io.write(words[.plainDialogHelp] + "\n")
            return false
        default: return nil
        }
    }

    public func choose(_ menu: MenuView) -> Int? {
        let items = menu.items.enumerated().map { "\($0.offset + 1). \($0.element)" }
        let notice = (menu.notice ?? menu.confirmation).map { ["", $0] } ?? []
        io.write(
            "\n" + ([menu.title, ""] + menu.description + menu.featured + items + notice).joined(separator: "\n")
                + "\n")
        while true {
            io.write(plain.chooseByNumber + "\n" + PlainWords.inputMarker)
            guard let line = io.readText(plain) else { return nil }
            if let back = goesBack(line) {
                if back { return nil }
                continue
            }
            if let number = Int(line.filter { !$0.isWhitespace }), menu.items.indices.contains(number - 1) {
                return number - 1
            }
            io.write(plain.notOnTheMenu + "\n")
        }
    }

    /// The prompt's notice (why the last answer was not taken) comes first; an empty line is an answer
    /// only when the prompt allows one.
    public func ask(_ prompt: PromptView) -> String? {
        if let notice = prompt.notice { io.write("\n" + notice + "\n") }
        io.write("\n" + ([prompt.title, ""] + prompt.explanation).joined(separator: "\n") + "\n")
        while true {
            io.write(plain.typeAnswer + "\n" + PlainWords.inputMarker)
            guard let line = io.readText(plain) else { return nil }
            if let back = goesBack(line) {
                if back { return nil }
                continue
            }
            let trimmed = String(line.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
            if !trimmed.isEmpty || prompt.allowsEmpty { return trimmed }
        }
    }

    public func show(_ message: MessageView) {
        io.write("\n" + ([message.title, ""] + message.lines).joined(separator: "\n") + "\n")
    }
}

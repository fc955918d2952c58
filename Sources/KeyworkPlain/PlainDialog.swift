import KeyworkScreen

/// The screens around a session in the line mode: a numbered menu, a question with a typed answer, a
/// message. Each returns nil when input ends.
public enum PlainDialog {
    public static func choose(_ menu: MenuView, on io: any PlainIO) -> Int? {
        let items = menu.items.enumerated().map { "\($0.offset + 1). \($0.element)" }
        io.write("\n" + ([menu.title, ""] + menu.description + items).joined(separator: "\n") + "\n")
        while true {
            io.write(PlainWords.chooseByNumber + "\n" + PlainWords.inputMarker)
            guard let line = io.readLine() else { return nil }
            if let number = Int(line.filter { !$0.isWhitespace }), menu.items.indices.contains(number - 1) {
                return number - 1
            }
            io.write(PlainWords.unknownCommand + "\n")
        }
    }

    /// The prompt's notice (why the last answer was not taken) comes first; an empty line is an answer
    /// only when the prompt allows one.
    public static func ask(_ prompt: PromptView, on io: any PlainIO) -> String? {
        if let notice = prompt.notice { io.write("\n" + notice + "\n") }
        io.write("\n" + ([prompt.title, ""] + prompt.explanation).joined(separator: "\n") + "\n")
        while true {
            io.write(PlainWords.typeAnswer + "\n" + PlainWords.inputMarker)
            guard let line = io.readLine() else { return nil }
            let trimmed = String(line.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
            if !trimmed.isEmpty || prompt.allowsEmpty { return trimmed }
        }
    }

    public static func show(_ message: MessageView, on io: any PlainIO) {
        io.write("\n" + ([message.title, ""] + message.lines).joined(separator: "\n") + "\n")
    }
}

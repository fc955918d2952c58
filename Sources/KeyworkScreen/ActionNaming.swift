import KeyworkGuides
import KeyworkWords

/// How a front end names the actions that guide text refers to with `{key:NAME}` (see `GuideAction`).
public enum ActionNaming: Sendable, Equatable {
    /// The full screen, and read-aloud there: the key to press, "F2".
    case keys
    /// The line mode: the word to type, "type question", in the language of these words.
    case typedCommands(Words)

    /// What this front end calls `action`.
    public func name(_ action: GuideAction) -> String {
        switch self {
        case .keys:
            action.keyCap
        case .typedCommands(let words):
            words(.plainTypeCommand, ["command": .text(words[action.commandPhrase])])
        }
    }

    /// Guide text with each action named this way.
    public func text(_ text: String) -> String {
        ActionPlaceholder.resolve(text, naming: name)
    }

    /// The screen with each action in its text named this way; its text hash stays the guide's own.
    public func screen(_ screen: Screen) -> Screen {
        screen.namesActions ? screen.withText(transformedBy: text) : screen
    }
}

extension GuideAction {
    /// The line mode's command word for this action (`PlainCommand`).
    var commandPhrase: Phrase {
        switch self {
        case .question: .plainCommandQuestion
        case .notSure: .plainCommandNotSure
        case .back: .plainCommandBack
        case .pause: .plainCommandPause
        case .help: .plainCommandHelp
        case .readAloud: .plainCommandRead
        case .privacy: .plainCommandPrivate
        }
    }
}

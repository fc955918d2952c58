import KeyworkWords

/// Every fixed word the line-by-line mode (`--plain`) and read-aloud add to a guide's own text, in the
/// language chosen for the program's words, read from the `KeyworkWords` table.
public struct PlainWords: Sendable, Equatable {
    /// The program's words in the chosen language, for phrases the line mode shares with the full screen.
    public let words: Words

    public init(_ words: Words) {
        self.words = words
    }

    public var pressEnter: String { words[.plainPressEnter] }
    public static let inputMarker = "> "
    public var chooseByNumber: String { words[.plainChooseByNumber] }
    public var somethingElse: String { words[.plainSomethingElse] }
    public var skipHint: String { words[.plainSkipHint] }
    public var keepEarlier: String { words[.plainKeepEarlier] }
    public var typeAnswer: String { words[.plainTypeAnswer] }
    public var typeOther: String { words[.plainTypeOther] }
    public var multiHint: String { words[.plainMultiHint] }
    public var multiNone: String { words[.plainMultiNone] }
    public var goodPoints: String { words[.plainGoodPoints] }
    public var thingsToThinkAbout: String { words[.plainThingsToThinkAbout] }
    public var earlierAnswer: String { words[.plainEarlierAnswer] }
    public var statementsHeading: String { words[.plainStatementsHeading] }
    public var tickHint: String { words[.plainTickHint] }
    public var ticked: String { words[.plainTicked] }
    public var notTicked: String { words[.plainNotTicked] }
    public var signHint: String { words[.plainSignHint] }
    public var signedBy: String { words[.plainSignedBy] }
    public var questionsHeading: String { words[.plainQuestionsHeading] }
    public var questionsIntro: String { words[.plainQuestionsIntro] }
    public var answerOrKeep: String { words[.plainAnswerOrKeep] }
    public var askedOn: String { words[.plainAskedOn] }
    public var privacyOn: String { words[.plainPrivacyOn] }
    public var formFieldHint: String { words[.plainFormFieldHint] }
    public var pickHint: String { words[.plainPickHint] }
    public var numberHint: String { words[.plainNumberHint] }
    public var readAloudUnavailable: String { words[.plainReadAloudUnavailable] }
    public var readingAloud: String { words[.plainReadingAloud] }
    public var noteQuestionPrompt: String { words[.plainNoteQuestionPrompt] }
    public var flagPrompt: String { words[.plainFlagPrompt] }
    /// "Your question is noted. 2 so far."
    public func questionNoted(_ count: Int) -> String { words(.questionNotedSoFar, ["count": .number(count)]) }
    public var questionCancelled: String { words[.plainQuestionCancelled] }
    public func flagNoted(_ count: Int) -> String { words(.flagNotedSoFar, ["count": .number(count)]) }
    public var notAgreedPrompt: String { words[.plainNotAgreedPrompt] }
    public var notAgreedNoted: String { words[.plainNotAgreedNoted] }
    public var notAgreed: String { words[.plainNotAgreed] }
    public var endWithoutAgreement: String { words[.plainEndWithoutAgreement] }
    public var answerAgain: String { words[.plainAnswerAgain] }
    public var unknownCommand: String { words[.plainUnknownCommand] }
    /// Said when a menu line is not one of its numbers; the menu has no commands, so help is not offered.
    public var notOnTheMenu: String { words[.plainNotOnTheMenu] }
    public var endOfInput: String { words[.plainEndOfInput] }
    public func lineNotText(_ line: String) -> String { words(.plainLineNotText, ["line": .text(line)]) }
    public var statementsReadOut: String { words[.plainStatementsReadOut] }
    public var headCountGiven: String { words[.plainHeadCountGiven] }
    public var keepHeadCount: String { words[.plainKeepHeadCount] }
    public var noGroupQuestionsYet: String { words[.plainNoGroupQuestionsYet] }
    public var groupQuestionHint: String { words[.plainGroupQuestionHint] }
    public var nextGroupQuestion: String { words[.plainNextGroupQuestion] }

    /// The commands that work at every prompt, with what they do, as `help` lists them.
    public var commands: [(command: String, meaning: String)] {
        let help = words(.plainCommandHelpListed, ["command": .phrase(.plainCommandHelp)])
        let others: [(command: Phrase, meaning: Phrase)] = [
            (.plainCommandAgain, .plainMeaningAgain), (.plainCommandQuestion, .plainMeaningQuestion),
            (.plainCommandNotSure, .plainMeaningNotSure), (.plainCommandBack, .plainMeaningBack),
            (.plainCommandRead, .plainMeaningRead), (.plainCommandPrivate, .plainMeaningPrivate),
            (.plainCommandPause, .plainMeaningPause),
        ]
        return [(help, words[.plainMeaningHelp])] + others.map { (words[$0.command], words[$0.meaning]) }
    }

    /// Whether a typed line means yes: the language's word for yes or its first letter ("tak", "t"),
    /// or the English "yes" or "y", which always work, so a keyworker who types English is never stuck.
    public func isYes(_ line: String) -> Bool {
        spellings(of: .yes).contains(line.lowercased())
    }
    /// Whether a typed line means no, in the same way as `isYes`.
    public func isNo(_ line: String) -> Bool {
        spellings(of: .no).contains(line.lowercased())
    }

    /// The word in this language and in English, each also by its first letter.
    private func spellings(of phrase: Phrase) -> Set<String> {
        let mine = words[phrase].lowercased()
        let english = Words.english[phrase].lowercased()
        return [mine, String(mine.prefix(1)), english, String(english.prefix(1))]
    }
    /// Whether a typed line means "none of these" on a multi-choice.
    public func isNone(_ line: String) -> Bool {
        [Words.english[.plainAnswerNone], answerNone].map { $0.lowercased() }.contains(line.lowercased())
    }
    /// Whether a typed line means "keep this question for next time".
    public func isKeep(_ line: String) -> Bool {
        [Words.english[.plainAnswerKeep], answerKeep].map { $0.lowercased() }.contains(line.lowercased())
    }

    /// The word typed for "none of these" on a multi-choice, and for keeping a question for next time.
    public var answerNone: String { words[.plainAnswerNone] }
    public var answerKeep: String { words[.plainAnswerKeep] }

    /// The short reminder under each prompt.
    public var commandsShort: String { words[.plainCommandsShort] }

    public func screenPosition(_ position: Int, _ total: Int, isEstimate: Bool = false) -> String {
        let counts: [String: WordArgument] = ["position": .number(position), "total": .number(total)]
        return words(isEstimate ? .screenPositionAbout : .screenPosition, counts)
    }
    public func optionHeading(_ number: Int, of total: Int, label: String) -> String {
        words(.plainOptionHeading, ["number": .number(number), "total": .number(total), "label": .text(label)])
    }
    /// What one end of a scale means, such as "0 means Not hopeful."
    public func scaleEnd(_ value: Int, means label: String) -> String {
        words(.plainScaleEnd, ["value": .number(value), "label": .text(label)])
    }
    public func scaleHint(min: Int, max: Int) -> String {
        words(.plainScaleHint, ["min": .number(min), "max": .number(max)])
    }
    public func statementOf(_ number: Int, _ total: Int) -> String {
        words(.plainStatementOf, ["number": .number(number), "total": .number(total)])
    }
    public func signAs(_ role: String, meaning: String) -> String {
        words(.plainSignAs, ["role": .text(role), "meaning": .text(sentence(meaning))])
    }
    /// The text as a sentence: a full stop added unless it already ends with one, or with ? or !.
    public func sentence(_ text: String) -> String {
        text.last.map { $0.isPunctuation && $0 != "," } == true ? text : text + "."
    }

    public func questionLine(_ number: Int, _ text: String) -> String {
        words(.plainQuestionLine, ["number": .number(number), "text": .text(text)])
    }
    /// How many questions the question step holds, such as "2 questions so far".
    public func groupQuestionsSoFar(_ count: Int) -> String {
        words(.plainGroupQuestionsSoFar, ["count": .number(count)])
    }
    /// Said after each question typed on the question step, so a screen reader hears it was kept.
    public func groupQuestionNoted(_ count: Int) -> String {
        words(.plainGroupQuestionNoted, ["count": .number(count)])
    }
}

import KeyworkWords

/// Every fixed word the line-by-line mode (`--plain`) and read-aloud add to a guide's own text, read
/// from the `KeyworkWords` table. Still English only: passing the chosen `Words` through the plain
/// front end is the unfinished part of issue 9 item 6.
public enum PlainWords {
    private static let words = Words.english

    public static var pressEnter: String { words[.plainPressEnter] }
    public static let inputMarker = "> "
    public static var chooseByNumber: String { words[.plainChooseByNumber] }
    public static var somethingElse: String { words[.plainSomethingElse] }
    public static var skipHint: String { words[.plainSkipHint] }
    public static var keepEarlier: String { words[.plainKeepEarlier] }
    public static var typeAnswer: String { words[.plainTypeAnswer] }
    public static var typeOther: String { words[.plainTypeOther] }
    public static var multiHint: String { words[.plainMultiHint] }
    public static var multiNone: String { words[.plainMultiNone] }
    public static var optionWord: String { words[.plainOptionWord] }
    public static var goodPoints: String { words[.plainGoodPoints] }
    public static var thingsToThinkAbout: String { words[.plainThingsToThinkAbout] }
    public static var earlierAnswer: String { words[.plainEarlierAnswer] }
    public static var statementsHeading: String { words[.plainStatementsHeading] }
    public static var tickHint: String { words[.plainTickHint] }
    public static var ticked: String { words[.plainTicked] }
    public static var notTicked: String { words[.plainNotTicked] }
    public static var signHint: String { words[.plainSignHint] }
    public static var signedBy: String { words[.plainSignedBy] }
    public static var questionsHeading: String { words[.plainQuestionsHeading] }
    public static var questionsIntro: String { words[.plainQuestionsIntro] }
    public static var answerOrKeep: String { words[.plainAnswerOrKeep] }
    public static var askedOn: String { words[.plainAskedOn] }
    public static var privacyOn: String { words[.plainPrivacyOn] }
    public static var formFieldHint: String { words[.plainFormFieldHint] }
    public static var pickHint: String { words[.plainPickHint] }
    public static var numberHint: String { words[.plainNumberHint] }
    public static var readAloudUnavailable: String { words[.plainReadAloudUnavailable] }
    public static var noteQuestionPrompt: String { words[.plainNoteQuestionPrompt] }
    public static var flagPrompt: String { words[.plainFlagPrompt] }
    public static var questionNoted: String { words[.plainQuestionNoted] }
    public static var questionCancelled: String { words[.plainQuestionCancelled] }
    public static var flagNoted: String { words[.plainFlagNoted] }
    public static var unknownCommand: String { words[.plainUnknownCommand] }
    public static var endOfInput: String { words[.plainEndOfInput] }
    public static var statementsReadOut: String { words[.plainStatementsReadOut] }
    public static var headCountGiven: String { words[.plainHeadCountGiven] }
    public static var keepHeadCount: String { words[.plainKeepHeadCount] }
    public static var noGroupQuestionsYet: String { words[.plainNoGroupQuestionsYet] }
    public static var groupQuestionHint: String { words[.plainGroupQuestionHint] }
    public static var nextGroupQuestion: String { words[.plainNextGroupQuestion] }

    /// The commands that work at every prompt, with what they do, as `help` lists them.
    public static var commands: [(command: String, meaning: String)] {
        [
            (.plainCommandHelp, .plainMeaningHelp), (.plainCommandAgain, .plainMeaningAgain),
            (.plainCommandQuestion, .plainMeaningQuestion), (.plainCommandNotSure, .plainMeaningNotSure),
            (.plainCommandBack, .plainMeaningBack), (.plainCommandRead, .plainMeaningRead),
            (.plainCommandPrivate, .plainMeaningPrivate), (.plainCommandPause, .plainMeaningPause),
        ].map { (command: Phrase, meaning: Phrase) in (words[command], words[meaning]) }
    }

    /// The short reminder under each prompt.
    public static var commandsShort: String { words[.plainCommandsShort] }

    public static func screenPosition(_ position: Int, _ total: Int) -> String {
        words(.screenPosition, ["position": .number(position), "total": .number(total)])
    }
    public static func scaleHint(min: Int, max: Int) -> String {
        words(.plainScaleHint, ["min": .number(min), "max": .number(max)])
    }
    public static func statementOf(_ number: Int, _ total: Int) -> String {
        words(.plainStatementOf, ["number": .number(number), "total": .number(total)])
    }
    public static func signAs(_ role: String, meaning: String) -> String {
        words(.plainSignAs, ["role": .text(role), "meaning": .text(sentence(meaning))])
    }
    /// The text as a sentence: a full stop added unless it already ends with one, or with ? or !.
    public static func sentence(_ text: String) -> String {
        text.last.map { $0.isPunctuation && $0 != "," } == true ? text : text + "."
    }

    public static func questionLine(_ number: Int, _ text: String) -> String {
        words(.plainQuestionLine, ["number": .number(number), "text": .text(text)])
    }
    /// How many questions the question step holds, such as "2 questions so far".
    public static func groupQuestionsSoFar(_ count: Int) -> String {
        words(.plainGroupQuestionsSoFar, ["count": .number(count)])
    }
    /// Said after each question typed on the question step, so a screen reader hears it was kept.
    public static func groupQuestionNoted(_ count: Int) -> String {
        words(.plainGroupQuestionNoted, ["count": .number(count)])
    }
}

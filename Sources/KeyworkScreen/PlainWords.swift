/// Every fixed word the line-by-line mode (`--plain`) and read-aloud add to a guide's own text, in one
/// place so they can move into the string table with the rest of the program's words.
public enum PlainWords {
    public static let pressEnter = "Press Enter to go on."
    public static let inputMarker = "> "
    public static let chooseByNumber = "Type the number of your choice, then press Enter."
    public static let somethingElse = "Something else (type your own words)"
    public static let skipHint = "Press Enter on its own to skip this question."
    public static let keepEarlier = "Press Enter on its own to keep the earlier answer."
    public static let typeAnswer = "Type your answer, then press Enter."
    public static let typeOther = "Type what else you mean, then press Enter:"
    public static let multiHint = "Type the numbers of all your choices, with spaces between, then press Enter."
    public static let multiNone = "Type none to choose none."
    public static let optionWord = "Option"
    public static let goodPoints = "Good points"
    public static let thingsToThinkAbout = "Things to think about"
    public static let earlierAnswer = "Earlier answer"
    public static let statementsHeading = "Statements to agree to"
    public static let tickHint = "Type yes to tick it, or talk about it first."
    public static let ticked = "Ticked"
    public static let notTicked = "Not ticked yet"
    public static let signHint = "Type your name or initials to sign, then press Enter."
    public static let signedBy = "Signed by"
    public static let questionsHeading = "Questions to look at"
    public static let questionsIntro = "Before you go on, look at each question together."
    public static let answerOrKeep = "Type a short answer, or type keep to keep it for next time."
    public static let askedOn = "Asked on"
    public static let privacyOn = "The privacy screen is on. Type private to come back."
    public static let formFieldHint = "Type your answer, then press Enter."
    public static let pickHint = "Type the number of your choice."
    public static let numberHint = "Type a whole number."
    public static let readAloudUnavailable = "Read aloud is not available: espeak-ng is not installed."
    public static let noteQuestionPrompt =
        "Type your question. It is kept, and you will come back to it before the end. Or press Enter to cancel."
    public static let flagPrompt = "Not sure, or disagree? Say why in a few words, or just press Enter."
    public static let questionNoted = "Your question is noted."
    public static let questionCancelled = "No question was noted."
    public static let flagNoted = "Noted: not sure, or disagree."
    public static let unknownCommand = "That does not fit here. Type help for commands."
    public static let endOfInput = "Input ended."
    public static let statementsReadOut = "Read each one out to the group"
    public static let headCountGiven = "Head count at the start"
    public static let keepHeadCount = "Press Enter on its own to keep it."
    public static let noGroupQuestionsYet = "No questions yet. Nobody's name is kept with a question."
    public static let groupQuestionHint =
        "Type one question and press Enter. Add as many as you like. Press Enter on an empty line when there are no more."
    public static let nextGroupQuestion =
        "Type the next question, or press Enter on an empty line when there are no more."

    /// The commands that work at every prompt, with what they do, as `help` lists them.
    public static let commands: [(command: String, meaning: String)] = [
        ("help or ?", "This list of commands"),
        ("again", "Show this screen again"),
        ("question", "Note a question to ask; it is kept and looked at before the end"),
        ("not sure", "Say you are not sure, or disagree"),
        ("back", "Go back a screen; answers are kept"),
        ("read", "Read this screen aloud (needs espeak-ng)"),
        ("private", "Hide the session until you type private again"),
        ("pause", "Pause; everything is saved. Carry on later with keywork resume"),
    ]

    /// The short reminder under each prompt.
    public static let commandsShort = "Also: help, question, not sure, back, read, pause."

    public static func screenPosition(_ position: Int, _ total: Int) -> String { "Screen \(position) of \(total)" }
    public static func scaleHint(min: Int, max: Int) -> String {
        "Type a number from \(min) to \(max), then press Enter."
    }
    public static func statementOf(_ number: Int, _ total: Int) -> String { "Statement \(number) of \(total)" }
    public static func signAs(_ role: String, meaning: String) -> String {
        "\(role) signs. This means: \(sentence(meaning))"
    }
    /// The text as a sentence: a full stop added unless it already ends with one, or with ? or !.
    public static func sentence(_ text: String) -> String {
        text.last.map { $0.isPunctuation && $0 != "," } == true ? text : text + "."
    }

    public static func questionLine(_ number: Int, _ text: String) -> String { "Question \(number): \(text)" }
    /// How many questions the question step holds, such as "2 questions so far".
    public static func groupQuestionsSoFar(_ count: Int) -> String {
        count == 1 ? "1 question so far" : "\(count) questions so far"
    }
    /// Said after each question typed on the question step, so a screen reader hears it was kept.
    public static func groupQuestionNoted(_ count: Int) -> String { "Noted. \(groupQuestionsSoFar(count))." }
}

import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// A box drawn over the screen; the screen under it keeps its place.
public enum Overlay: Sendable, Equatable {
    /// Every key in plain words; any key closes it.
    case help
    /// F2: a question to note.
    case question(TextField)
    /// F3: "not sure / I disagree", with optional words.
    case flag(TextField)
    /// F3 on a consent statement: it is marked not agreed, with the client's words (`text` is the statement's).
    case notAgreed(statement: String, text: String, TextField)
    /// Space on a statement marked not agreed: asks before ticking it as agreed.
    case agreeAgain(statement: String, text: String)
    /// Ctrl-C: pause and leave, or stay.
    case confirmLeave
    /// The question review: a short answer to noted question `number`, shown with its words.
    case answer(number: Int, question: String, TextField)
}

/// The question review page, shown in place of a summary (or first consent) body while noted
/// questions are looked at together.
public struct QuestionReview: Sendable, Equatable {
    /// The highlighted question's index in `SessionState.questions`.
    public var highlight: Int

    public init(highlight: Int = 0) {
        self.highlight = highlight
    }
}

/// The fields of a form screen (decision, availability, SURE) while they are filled in.
public struct FormState: Sendable, Equatable {
    /// The index of the active field among the fields now shown.
    public var active: Int = 0
    /// Typed fields, by field id.
    public var texts: [String: TextField] = [:]
    /// Pick fields (yes/no and lists), by field id: the index of the picked choice.
    public var picks: [String: Int] = [:]

    public init() {}
}

/// What the screen shows beyond the session itself: the highlight, typing in progress, scrolling,
/// an open overlay and the last refusal. The session never sees it; keys turn it into actions.
public struct ViewState: Sendable, Equatable {
    /// The screen this view belongs to; a different current screen resets it.
    public var screenID: String?
    /// The highlighted item: an option, a statement or signature line, or a scale value's offset.
    /// Highlighting chooses nothing: on a choice screen only Space or a number chooses (`chosen`).
    public var highlight: Int
    /// The item chosen on a choice screen, if a person has chosen one yet; Enter confirms it.
    public var chosen: Int?
    /// Typing on a text screen, for "Something else", or a signature.
    public var input: TextField
    /// Ticked options on a multi screen, by option id.
    public var ticked: Set<String>
    /// The picked number on a scale screen, if any yet.
    public var scaleValue: Int?
    /// The digits typed in a row on a scale screen, so `10` is read as ten and never as 1 then 0.
    public var typedNumber: String
    /// Enter was pressed on a multi screen with nothing ticked; the next Enter means "none of these".
    public var isConfirmingNone: Bool
    public var form: FormState
    /// The first body line shown, on screens that scroll.
    public var scroll: Int
    /// Which option a narrow comparison shows.
    public var compareColumn: Int
    public var overlay: Overlay?
    /// The question review page, while it is shown in place of the screen's body.
    public var questionReview: QuestionReview?
    /// On a consent screen after F3: every "not sure" and "not agreed" so far, in place of the body.
    public var dissentReview: Bool
    /// A refusal or hint to show above the footer; cleared by the next key.
    public var notice: String?
    /// A calm word that something was heard, such as "Your question is noted. 2 so far."; cleared by the next key.
    public var confirmation: String?
    /// The size last drawn at; the run loop sets it on resize so scrolling stops at the end of the text.
    public var terminalSize: TerminalSize
    /// The language of hints and refusals set by keys; the run loop sets it from the terminal's.
    public var words: Words

    public init(terminalSize: TerminalSize = TerminalSize(columns: 80, rows: 24), words: Words = .english) {
        screenID = nil
        highlight = 0
        chosen = nil
        input = TextField()
        ticked = []
        scaleValue = nil
        typedNumber = ""
        isConfirmingNone = false
        form = FormState()
        scroll = 0
        compareColumn = 0
        overlay = nil
        questionReview = nil
        dissentReview = false
        notice = nil
        confirmation = nil
        self.terminalSize = terminalSize
        self.words = words
    }

    /// A fresh view for the session's current screen, filled in from any earlier answer, so going back
    /// shows what was chosen or typed.
    public init(
        for session: SessionState, terminalSize: TerminalSize = TerminalSize(columns: 80, rows: 24),
        words: Words = .english
    ) {
        self.init(terminalSize: terminalSize, words: words)
        ViewPrefill.fill(&self, from: session)
    }
}

// KeyworkSession owns the flow of a session: the order of screens, `when`, back, answers, questions,
// flags, privacy, pause, consent and the SURE gate. It may import KeyworkGuides, KeyworkWords (refusals name a phrase)
// and KeyworkDiagnostics (the guide's places).
// It never does I/O, never reads the clock and never touches the terminal: it runs whole in tests.

import KeyworkGuides

/// Who is in the session; fixed when it starts and recorded in the journal header.
public struct SessionContext: Sendable, Equatable {
    public var keyworker: String
    /// The agency's own client reference; nil in a group walkthrough.
    public var clientReference: String?
    /// Who came to a group walkthrough; nil in a one-to-one session.
    public var participants: Participants?
    /// The agreement this session revisits; nil unless it is a revisit.
    public var revisiting: EarlierAgreement?
    /// This client's earlier sessions of the same guide, for a progress screen; empty when there are none.
    public var earlier: EarlierResults

    public init(
        keyworker: String, clientReference: String?, participants: Participants? = nil,
        revisiting: EarlierAgreement? = nil, earlier: EarlierResults = EarlierResults()
    ) {
        self.keyworker = keyworker
        self.clientReference = clientReference
        self.participants = participants
        self.revisiting = revisiting
        self.earlier = earlier
    }
}

/// A question noted with F2, kept until the keyworker answers it or carries it forward.
public struct NotedQuestion: Sendable, Equatable {
    public enum Resolution: Sendable, Equatable {
        case open
        case answered(String)
        case carriedForward
    }

    public var number: Int
    /// The screen the question was asked on.
    public var screen: String
    public var text: String
    public var resolution: Resolution

    public init(number: Int, screen: String, text: String, resolution: Resolution = .open) {
        self.number = number
        self.screen = screen
        self.text = text
        self.resolution = resolution
    }
}

/// A "not sure / I disagree" flag raised with F3.
public struct DissentFlag: Sendable, Equatable {
    public var screen: String
    public var words: String?

    public init(screen: String, words: String?) {
        self.screen = screen
        self.words = words
    }
}

/// A consent statement the client did not agree to: its words as shown, and the client's own words about it.
public struct NotAgreed: Sendable, Equatable {
    public var text: String
    public var words: String?

    public init(text: String, words: String?) {
        self.text = text
        self.words = words
    }
}

/// A signature as recorded: printed name, role and meaning. Its time is the journal line's time.
public struct Signature: Sendable, Equatable {
    public var role: SignerRole
    public var name: String
    public var meaning: String

    public init(role: SignerRole, name: String, meaning: String) {
        self.role = role
        self.name = name
        self.meaning = meaning
    }
}

/// Everything the session knows. It changes only by applying events.
public struct SessionState: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        case notStarted
        case inProgress
        case paused
        case complete
    }

    public let guide: Guide
    public let context: SessionContext
    public var status: Status
    /// The screens shown on the way to the current one, current last. Back walks this.
    public var path: [String]
    /// Every answer ever given, by screen; kept even when a screen drops off the path.
    public var answers: [String: Answer]
    public var questions: [NotedQuestion]
    public var flags: [DissentFlag]
    /// Ticked (agreed) consent statements, by consent screen.
    public var ticked: [String: Set<String>]
    /// Consent statements marked not agreed, by consent screen and then statement id.
    public var notAgreed: [String: [String: NotAgreed]] = [:]
    /// The consent screen where the session ended as "no agreement yet", if it did.
    public var endedWithoutAgreement: String?
    /// The session was closed as "not used": started by mistake, sealed as such.
    public var closedNotUsed = false
    /// Signatures given, by consent screen, in signing order.
    public var signatures: [String: [Signature]]
    /// The privacy screen is up: nothing of the session may be drawn.
    public var isPrivate: Bool
    /// Compare options whose columns have been drawn, by compare screen.
    public var optionsShown: [String: Set<String>]
    /// Pages drawn of screens too long for the window, by screen.
    public var pagesShown: [String: Set<ScreenPage>]
    /// What was chosen or typed but not confirmed on the screen on show when the session paused, by screen.
    /// It lasts until that screen is answered or left.
    public var drafts: [String: ScreenDraft]
    /// What each progress screen showed of the earlier sessions, as recorded when it was shown.
    public var progressShown: [String: ProgressShown] = [:]

    public init(guide: Guide, context: SessionContext) {
        self.guide = guide
        self.context = context
        self.status = .notStarted
        self.path = []
        self.answers = [:]
        self.questions = []
        self.flags = []
        self.ticked = [:]
        self.signatures = [:]
        self.isPrivate = false
        self.optionsShown = [:]
        self.pagesShown = [:]
        self.drafts = [:]
    }

    /// The id of the screen on show, if any.
    public var currentScreenID: String? { path.last }

    /// The screen on show, if any.
    public var currentScreen: Screen? {
        currentScreenID.flatMap { guide.screen($0) }
    }

    /// The answer to a screen, but only while that screen is on the current path.
    public func answerOnPath(_ screen: String) -> Answer? {
        path.contains(screen) ? answers[screen] : nil
    }

    /// The screens on the path with their answers, in the order shown: what the summary lists.
    public var answersOnPath: [(screen: Screen, answer: Answer)] {
        path.compactMap { id in
            guard let screen = guide.screen(id), let answer = answers[id] else { return nil }
            return (screen, answer)
        }
    }

    /// Questions the keyworker has not yet answered or carried forward.
    public var openQuestions: [NotedQuestion] {
        questions.filter { $0.resolution == .open }
    }

    /// Whether the screen on show is where every open question must be looked at before going on: a
    /// summary, or, when no summary came before it, the first consent screen, so nothing is signed
    /// with a question still open. Questions noted after that point can be looked at but do not block.
    public var isQuestionReviewPoint: Bool {
        guard let screen = currentScreen else { return false }
        switch screen.content {
        case .summary:
            return true
        case .consent:
            return !path.dropLast().contains { id in
                switch guide.screen(id)?.content {
                case .summary?, .consent?: true
                default: false
                }
            }
        default:
            return false
        }
    }

    /// Whether every signer of this consent screen has signed.
    public func isFullySigned(_ consentScreen: String) -> Bool {
        guard case .consent(let consent)? = guide.screen(consentScreen)?.content else { return false }
        let signed = Set((signatures[consentScreen] ?? []).map(\.role))
        return consent.signers.allSatisfy { signed.contains($0) }
    }

    /// Where the session is: the screen number on the path, and how many screens the walk will have.
    public var progress: SessionProgress {
        let ahead = Navigation.screensAhead(of: self)
        return SessionProgress(position: path.count, total: path.count + ahead.count, isEstimate: ahead.undecided > 0)
    }
}

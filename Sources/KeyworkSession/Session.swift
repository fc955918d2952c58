import KeyworkGuides
import KeyworkWords

/// The session state machine: `state + action → new state + events to record`.
///
/// `reduce` decides which events an action causes and changes the state only by applying them,
/// so `replay` of the recorded events rebuilds exactly the state the live session had.
public enum Session {
    /// Applies an action. On refusal nothing changes and nothing is to be recorded.
    @discardableResult
    public static func reduce(_ state: inout SessionState, _ action: SessionAction) throws(SessionRefusal)
        -> [SessionEvent]
    {
        var draft = Draft(state: state)
        try draft.handle(action)
        state = draft.state
        return draft.events
    }

    /// Rebuilds a session from its recorded events.
    public static func replay(guide: Guide, context: SessionContext, events: [SessionEvent]) -> SessionState {
        var state = SessionState(guide: guide, context: context)
        for event in events {
            apply(event, to: &state)
        }
        return state
    }

    /// The one place state changes. It accepts any event, even one that no longer fits the guide,
    /// because a journal on disk must always replay without a crash.
    public static func apply(_ event: SessionEvent, to state: inout SessionState) {
        switch event {
        case .screenShown(let screen, _):
            if state.status == .notStarted { state.status = .inProgress }
            follow(event, along: &state.path)
            // A draft belongs to the screen it was typed on; once another is shown it is stale.
            state.drafts = state.drafts.filter { $0.key == screen }
        case .answered(let screen, let answer), .answerChanged(let screen, _, let answer):
            state.answers[screen] = answer
            state.drafts[screen] = nil
        case .wentBack:
            follow(event, along: &state.path)
        case .questionNoted(let number, let screen, let text):
            state.questions.append(NotedQuestion(number: number, screen: screen, text: text))
        case .questionAnswered(let number, let answer):
            resolveQuestion(number, as: .answered(answer), in: &state)
        case .questionCarriedForward(let number):
            resolveQuestion(number, as: .carriedForward, in: &state)
        case .flagRaised(let screen, let words):
            state.flags.append(DissentFlag(screen: screen, words: words))
        case .statementTicked(let screen, let statement):
            state.ticked[screen, default: []].insert(statement)
            clearNotAgreed(statement, on: screen, in: &state)
        case .statementUnticked(let screen, let statement):
            state.ticked[screen, default: []].remove(statement)
            clearNotAgreed(statement, on: screen, in: &state)
        case .statementNotAgreed(let screen, let statement, let text, let words):
            state.ticked[screen]?.remove(statement)
            state.notAgreed[screen, default: [:]][statement] = NotAgreed(text: text, words: words)
        case .noAgreementYet(let screen):
            state.endedWithoutAgreement = screen
        case .closedNotUsed:
            state.closedNotUsed = true
        case .signed(let screen, let role, let name, let meaning, _):
            state.signatures[screen, default: []].append(Signature(role: role, name: name, meaning: meaning))
        case .agreementWorded:
            // The wording follows from the answers; the event is there for readers of the journal.
            break
        case .privacyChanged(let on):
            state.isPrivate = on
        case .paused:
            state.status = .paused
        case .resumed:
            if state.status != .complete { state.status = state.path.isEmpty ? .notStarted : .inProgress }
        case .completed:
            state.status = .complete
        case .optionsShown(let screen, let options):
            state.optionsShown[screen, default: []].formUnion(options)
        case .pageShown(let screen, let page):
            state.pagesShown[screen, default: []].insert(page)
        case .draftKept(let screen, let draft):
            state.drafts[screen] = draft.isEmpty ? nil : draft
        case .earlierAgreementUntrusted:
            // A note for readers of the record; the walk is the same.
            break
        case .progressShown(let screen, let shown):
            state.progressShown[screen] = shown
        }
    }

    /// The screen on show after these events, without the guide: what a list of unfinished sessions shows.
    public static func currentScreen(after events: [SessionEvent]) -> String? {
        var path: [String] = []
        for event in events { follow(event, along: &path) }
        return path.last
    }

    /// How showing a screen and going back move along the path of shown screens.
    private static func follow(_ event: SessionEvent, along path: inout [String]) {
        switch event {
        case .screenShown(let screen, _):
            if path.last != screen { path.append(screen) }
        case .wentBack(_, let to):
            while let last = path.last, last != to, path.count > 1 { path.removeLast() }
        default:
            break
        }
    }

    private static func clearNotAgreed(_ statement: String, on screen: String, in state: inout SessionState) {
        guard state.notAgreed[screen]?[statement] != nil else { return }
        state.notAgreed[screen]?[statement] = nil
        if state.notAgreed[screen]?.isEmpty == true { state.notAgreed[screen] = nil }
    }

    private static func resolveQuestion(
        _ number: Int, as resolution: NotedQuestion.Resolution, in state: inout SessionState
    ) {
        guard let index = state.questions.firstIndex(where: { $0.number == number }) else { return }
        state.questions[index].resolution = resolution
    }
}

/// A working copy: each event is applied as it is emitted, so later decisions in the same action
/// (such as which screen comes next) see the earlier events' effect. Its consent actions are in
/// `Draft+Consent.swift`.
struct Draft {
    var state: SessionState
    var events: [SessionEvent] = []

    mutating func emit(_ event: SessionEvent) {
        Session.apply(event, to: &state)
        events.append(event)
        // A progress screen's earlier numbers are recorded as it is shown, and again only if they changed.
        if case .screenShown(let id, _) = event, case .progress(let progress)? = state.guide.screen(id)?.content {
            let shown = ProgressShown.of(progress, earlier: state.context.earlier)
            if state.progressShown[id] != shown { emit(.progressShown(screen: id, shown: shown)) }
        }
    }

    mutating func handle(_ action: SessionAction) throws(SessionRefusal) {
        if state.isPrivate && !action.worksBehindThePrivacyScreen {
            throw SessionRefusal(.refusePrivate)
        }
        switch action {
        case .start:
            guard state.status == .notStarted else { throw SessionRefusal(.refuseAlreadyStarted) }
            try GroupRules.checkStart(state)
            try showNext(after: nil)
        case .resume(let note):
            guard state.status != .complete else { throw SessionRefusal(.refuseComplete) }
            emit(.resumed(note: note))
            if state.isPrivate { emit(.privacyChanged(on: false)) }
            if let screen = state.currentScreen {
                emit(.screenShown(screen: screen.id, textHash: state.asShown(screen).textHash))
            } else {
                try showNext(after: nil)
            }
        case .submit(let answer):
            try submit(answer)
        case .proceed:
            try proceed()
        case .back:
            try back()
        case .tick(let statement, let isTicked):
            try tick(statement, isTicked)
        case .markNotAgreed(let statement, let words):
            try markNotAgreed(statement, words)
        case .endWithoutAgreement(let name):
            try endWithoutAgreement(name)
        case .closeAsNotUsed(let note):
            guard state.status != .complete else { throw SessionRefusal(.refuseComplete) }
            guard state.signatures.values.allSatisfy(\.isEmpty) else { throw SessionRefusal(.refuseNotUsedSigned) }
            // The privacy screen may be up; closing draws nothing, and the record says the screen came back.
            if state.isPrivate { emit(.privacyChanged(on: false)) }
            emit(.closedNotUsed(note: note))
            emit(.completed)
        case .sign(let role, let name):
            try sign(role, name)
        case .noteQuestion(let text):
            let screen = try activeScreen()
            guard !text.isBlank else { throw SessionRefusal(.refuseEmptyQuestion) }
            let number = (state.questions.map(\.number).max() ?? 0) + 1
            emit(.questionNoted(number: number, screen: screen.id, text: text.trimmed))
        case .answerQuestion(let number, let answer):
            // Any screen will do: a question noted after the summary is looked at where it was asked.
            _ = try activeScreen()
            try requireQuestion(number)
            guard !answer.isBlank else { throw SessionRefusal(.refuseEmptyAnswer) }
            emit(.questionAnswered(number: number, answer: answer.trimmed))
        case .carryForwardQuestion(let number):
            _ = try activeScreen()
            try requireQuestion(number)
            emit(.questionCarriedForward(number: number))
        case .flag(let words):
            let screen = try activeScreen()
            let trimmed = words?.trimmed
            emit(.flagRaised(screen: screen.id, words: (trimmed?.isEmpty ?? true) ? nil : trimmed))
        case .togglePrivacy:
            emit(.privacyChanged(on: !state.isPrivate))
        case .shown(let options, let page):
            let screen = try activeScreen()
            for event in state.newlyShown(options: options, page: page, on: screen) { emit(event) }
        case .keepDraft(let draft):
            let screen = try activeScreen()
            // Only a change is recorded: the same draft again, or nothing where nothing was kept, says nothing new.
            guard draft != state.drafts[screen.id] ?? ScreenDraft() else { return }
            emit(.draftKept(screen: screen.id, draft: draft))
        case .pause:
            let screen = try activeScreen()
            emit(.paused(screen: screen.id))
        }
    }

    // MARK: Moving through the guide

    private mutating func showNext(after screen: Screen?) throws(SessionRefusal) {
        let index = screen.flatMap { state.guide.index(of: $0.id) }
        if let next = Navigation.nextScreen(after: index, in: state) {
            emit(.screenShown(screen: next.id, textHash: state.asShown(next).textHash))
        } else if screen != nil {
            emit(.completed)
        } else {
            throw SessionRefusal(.refuseNoScreens)
        }
    }

    private mutating func submit(_ answer: Answer) throws(SessionRefusal) {
        let screen = try activeScreen()
        try AnswerValidation.check(answer, for: screen, in: state)
        if let earlier = state.answers[screen.id] {
            if earlier != answer { emit(.answerChanged(screen: screen.id, from: earlier, to: answer)) }
        } else {
            emit(.answered(screen: screen.id, answer: answer))
        }
        if case .sure(let check) = answer, !check.allYes {
            switch check.wayOn {
            case .pause?:
                emit(.paused(screen: screen.id))
                return
            case .goBack?:
                try talkItThrough(check, from: screen)
                return
            case .continueAnyway?, nil:
                break
            }
        }
        try showNext(after: screen)
    }

    private mutating func proceed() throws(SessionRefusal) {
        let screen = try activeScreen()
        switch screen.content {
        case .info, .compare, .questions, .progress:
            break
        case .summary:
            try requireQuestionsLookedAt()
        case .consent:
            guard state.isEveryStatementMarked(on: screen.id) else {
                throw SessionRefusal(.refuseTickEveryStatement)
            }
            guard state.isFullySigned(screen.id) else {
                throw SessionRefusal(.refuseSignFirst)
            }
        case .choice(let choice) where choice.optional:
            try submit(.skipped)
            return
        case .text(let text) where text.optional:
            try submit(.skipped)
            return
        default:
            if let answer = state.answers[screen.id] {
                try submit(answer)
                return
            }
            throw SessionRefusal(.refuseAnswerFirst)
        }
        try showNext(after: screen)
    }

    private mutating func back() throws(SessionRefusal) {
        let screen = try activeScreen()
        if case .consent = screen.content, !(state.signatures[screen.id] ?? []).isEmpty {
            throw SessionRefusal(.refuseSignedNoChange)
        }
        guard state.path.count > 1 else { throw SessionRefusal(.refuseFirstScreen) }
        let previousID = state.path[state.path.count - 2]
        guard let previous = state.guide.screen(previousID) else {
            throw SessionRefusal(.refuseScreenGone)
        }
        if case .consent = previous.content, state.isFullySigned(previous.id) {
            throw SessionRefusal(.refusePreviousSigned)
        }
        if state.context.revisiting != nil, case .consent = screen.content {
            // The wording may change on the way back, so a mark must not carry over to words not yet read.
            let marked = (state.ticked[screen.id] ?? []).union((state.notAgreed[screen.id] ?? [:]).keys)
            for statement in marked.sorted() {
                emit(.statementUnticked(screen: screen.id, statement: statement))
            }
        }
        emit(.wentBack(from: screen.id, to: previous.id))
        emit(.screenShown(screen: previous.id, textHash: state.asShown(previous).textHash))
    }

    /// "Go back and talk it through": back to the comparison or decision the doubts are about, or to the
    /// screen before when the guide has neither on the way.
    private mutating func talkItThrough(_ check: SureCheck, from screen: Screen) throws(SessionRefusal) {
        guard let target = state.talkThroughTarget(of: check, along: Array(state.path.dropLast())),
            let targetScreen = state.guide.screen(target)
        else {
            try back()
            return
        }
        emit(.wentBack(from: screen.id, to: target))
        emit(.screenShown(screen: target, textHash: state.asShown(targetScreen).textHash))
    }

    // MARK: Helpers

    private func activeScreen() throws(SessionRefusal) -> Screen {
        guard state.status == .inProgress, let screen = state.currentScreen else {
            switch state.status {
            case .paused: throw SessionRefusal(.refusePaused)
            case .complete: throw SessionRefusal(.refuseComplete)
            default: throw SessionRefusal(.refuseNotStarted)
            }
        }
        return screen
    }

    func activeConsent() throws(SessionRefusal) -> (Screen, ConsentScreen) {
        let screen = try activeScreen()
        guard case .consent(let consent) = screen.content else {
            throw SessionRefusal(.refuseNothingToSign)
        }
        return (screen, consent)
    }

    /// Refuses while any noted question is still open: the summary, or the first signature, waits for them.
    func requireQuestionsLookedAt() throws(SessionRefusal) {
        guard state.openQuestions.isEmpty else {
            throw SessionRefusal(.refuseLookAtQuestions)
        }
    }

    private func requireQuestion(_ number: Int) throws(SessionRefusal) {
        guard state.questions.contains(where: { $0.number == number }) else {
            throw SessionRefusal(.refuseNoSuchQuestion, ["number": .number(number)])
        }
    }
}

extension String {
    var trimmed: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}

extension SessionAction {
    /// Pausing and resuming stay possible behind the privacy screen: someone walked in and the
    /// keyworker wants to leave, or the session is reopened another day.
    fileprivate var worksBehindThePrivacyScreen: Bool {
        switch self {
        case .togglePrivacy, .pause, .resume, .keepDraft, .closeAsNotUsed: true
        default: false
        }
    }
}

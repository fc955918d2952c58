import KeyworkGuides

/// What a revisit did with one earlier statement, from the answers on the path.
public struct StatementOutcome: Sendable, Equatable {
    public enum Verdict: Sendable, Equatable {
        /// Not looked at yet.
        case notReviewed
        case stillRight
        case toTalkAbout
        /// Talked about, and what the talk decided, in the client's words; the wording stays.
        case talkedAbout(decided: String)
        /// A change was asked for but the new wording or the keyworker's mark is still to come.
        case changeUnfinished(proposed: String?)
        case changed(to: String)
        case changeNotAgreed(proposed: String, reason: String?)
    }

    /// The statement as agreed last time.
    public var earlier: ConsentScreen.Statement
    public var verdict: Verdict

    public init(earlier: ConsentScreen.Statement, verdict: Verdict) {
        self.earlier = earlier
        self.verdict = verdict
    }

    /// The wording that stands now: the new words only when the change was agreed.
    public var agreedText: String {
        if case .changed(let text) = verdict { return text }
        return earlier.text
    }

    /// Whether the wording now differs from last time.
    public var isChanged: Bool {
        if case .changed = verdict { return true }
        return false
    }
}

extension SessionState {
    /// What the revisit has done with each earlier statement so far; empty unless this is a revisit.
    public var statementOutcomes: [StatementOutcome] {
        guard let earlier = context.revisiting else { return [] }
        return earlier.statements.map { StatementOutcome(earlier: $0, verdict: verdict(for: $0.id)) }
    }

    /// The consent statements as they stand now: in a revisit, an agreed change replaces the old wording.
    public func agreedStatements(of consent: ConsentScreen) -> [ConsentScreen.Statement] {
        guard context.revisiting != nil else { return consent.statements }
        let outcomes = statementOutcomes
        return consent.statements.map { statement in
            var agreed = statement
            agreed.text = outcomes.first { $0.earlier.id == statement.id }?.agreedText ?? statement.text
            return agreed
        }
    }

    /// The screen exactly as shown: a consent carries only the statements whose `when` holds, and in a revisit
    /// the agreed wording; its text hash is then of those words, so a signature is linked to the words signed.
    /// A revisit's end screen says when the agreement will be looked at again, as chosen.
    public func asShown(_ screen: Screen) -> Screen {
        var shown = screen
        switch screen.content {
        case .consent(var consent):
            guard context.revisiting != nil || consent.statements.contains(where: { $0.when != nil }) else {
                return screen
            }
            consent.statements = shownStatements(of: consent)
            shown.content = .consent(consent)
        case .info where context.revisiting != nil && screen.id == RevisitGuide.endScreenID:
            guard let days = RevisitGuide.days(forNextRevisit: answers[RevisitGuide.nextRevisitScreenID]) else {
                return screen
            }
            shown.content = .info(InfoScreen(body: RevisitGuide.endBody(nextRevisitWeeks: days / 7)))
        default:
            return screen
        }
        shown.textHash = ContentHash.textHash(of: shown)
        return shown
    }

    /// The screen on show, exactly as shown (`asShown`).
    public var currentScreenAsShown: Screen? { currentScreen.map(asShown) }

    /// How many days after it is signed the agreement on `consent` is to be looked at again: in a revisit,
    /// the time chosen on its `next-revisit` screen; otherwise what the consent screen says. The one source
    /// of the next revisit date for the end screen, the client's copy, `due` and `verify`.
    public func revisitAfterDays(of consent: ConsentScreen) -> Int? {
        guard context.revisiting != nil else { return consent.revisitAfterDays }
        return RevisitGuide.days(forNextRevisit: answers[RevisitGuide.nextRevisitScreenID])
    }

    /// On a revisit's `agreed-<id>` screen: the earlier wording and the proposed new wording.
    public func proposedChange(on screenID: String) -> (earlier: String, proposed: String)? {
        guard let earlier = context.revisiting else { return nil }
        for statement in earlier.statements where RevisitGuide.agreedScreenID(statement.id) == screenID {
            guard case .text(let proposed)? = answerOnPath(RevisitGuide.wordingScreenID(statement.id)) else {
                return nil
            }
            return (statement.text, proposed)
        }
        return nil
    }

    private func verdict(for statement: String) -> StatementOutcome.Verdict {
        guard case .choice(let option, _)? = answerOnPath(RevisitGuide.reviewScreenID(statement)) else {
            return .notReviewed
        }
        switch RevisitGuide.Verdict(rawValue: option) {
        case .keep?: return .stillRight
        case .talk?:
            if case .text(let decided)? = answerOnPath(RevisitGuide.talkedScreenID(statement)) {
                return .talkedAbout(decided: decided)
            }
            return .toTalkAbout
        case .change?, nil: break
        }
        var proposed: String?
        if case .text(let words)? = answerOnPath(RevisitGuide.wordingScreenID(statement)) { proposed = words }
        guard let proposed, case .choice(let mark, _)? = answerOnPath(RevisitGuide.agreedScreenID(statement)) else {
            return .changeUnfinished(proposed: proposed)
        }
        if mark == "agreed" { return .changed(to: proposed) }
        var reason: String?
        if case .text(let words)? = answerOnPath(RevisitGuide.reasonScreenID(statement)) { reason = words }
        return .changeNotAgreed(proposed: proposed, reason: reason)
    }
}

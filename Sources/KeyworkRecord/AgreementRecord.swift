import KeyworkGuides
import KeyworkSession

/// A sealed, verified agreement as a revisit and `keywork due` need it: its statements exactly as
/// shown and signed, which of them the client did not agree to and why, what the client said in their own
/// words, and when it is to be looked at again.
///
/// The wording comes from the journal's own `agreement_worded` event when there is one (every revisit
/// records it), else from the guide the session used, but only while that guide's content hash still
/// matches the one in the header. When neither holds, the wording cannot be recovered and nothing is guessed.
public struct AgreementRecord: Sendable, Equatable {
    public var sessionID: String
    public var journalSHA256: String
    public var clientReference: String?
    public var guideID: String
    /// When the seal was made, ISO 8601 UTC.
    public var sealedAt: String
    public var statements: [ConsentScreen.Statement]
    /// How many days after sealing the agreement is to be revisited, if the agreement says.
    public var revisitAfterDays: Int?
    /// The statements the client did not agree to, by id, with their words.
    public var notAgreed: [String: NotAgreed] = [:]
    /// What the client said in their own words: aims and reasons, and what talks about statements decided.
    public var clientWords: [EarlierAgreement.ClientWords] = []

    /// The day the agreement is to be looked at again: `revisitAfterDays` after the UTC date of the seal.
    /// `due` lists it and `verify` shows it from here, so both give the same date.
    public var nextRevisitDate: GuideDate? {
        guard let days = revisitAfterDays, let sealed = GuideDate(iso8601: sealedAt) else { return nil }
        return sealed.adding(days: days)
    }

    /// The agreement a revisit of this one starts from.
    public var earlierAgreement: EarlierAgreement {
        EarlierAgreement(
            sessionID: sessionID, journalSHA256: journalSHA256, statements: statements, notAgreed: notAgreed,
            clientWords: clientWords)
    }

    /// Reads the agreement from a session that verified. `guide` finds a guide by its reference, or nil.
    public static func read(
        _ verified: VerifiedSession, guide: (JournalHeader.GuideReference) -> Guide?
    ) -> Result<AgreementRecord, ShapeError> {
        let verification = verified.verification
        let id = verification.sessionID
        guard verification.isValid, let contents = verified.journal, let hash = verification.journalSHA256,
            let sealedAt = verification.sealedAt
        else { return .failure(ShapeError("session \(id) has not been verified")) }
        let events: [SessionEvent]
        do {
            events = try SessionJournal.events(from: contents.entries)
        } catch {
            return .failure(ShapeError("session \(id) cannot be read: \(error)"))
        }
        let header = contents.header
        guard let signedScreen = lastClientSignature(in: events) else {
            return .failure(ShapeError("session \(id) has no agreement signed by the client"))
        }
        var record = AgreementRecord(
            sessionID: id, journalSHA256: hash, clientReference: header.clientReference, guideID: header.guide.id,
            sealedAt: sealedAt, statements: [], revisitAfterDays: nil)
        let worded = events.reversed().lazy.compactMap { event -> [ConsentScreen.Statement]? in
            if case .agreementWorded(let screen, let statements) = event, screen == signedScreen { return statements }
            return nil
        }.first
        let context = SessionContext(keyworker: header.keyworker, clientReference: header.clientReference)
        if let worded {
            // The path and answers need no guide; the revisit's own screens are named by convention.
            let state = Session.replay(
                guide: Guide(id: header.guide.id, title: "", version: "", screens: [], origin: ""), context: context,
                events: events)
            record.statements = worded
            record.revisitAfterDays = nextRevisitDays(in: events)
            record.notAgreed = state.notAgreed[signedScreen] ?? [:]
            record.clientWords = revisitWords(worded, in: state)
            return .success(record)
        }
        if header.guide.origin.hasPrefix(RevisitGuide.originPrefix) {
            return .failure(ShapeError("session \(id) is a revisit but its journal does not record the agreed wording"))
        }
        guard let loaded = guide(header.guide) else {
            return .failure(
                ShapeError(
                    "the guide '\(header.guide.id)' that session \(id) used cannot be loaded from \(header.guide.origin), "
                        + "so its agreed wording cannot be recovered"))
        }
        guard loaded.contentHash == header.guide.hash else {
            return .failure(
                ShapeError(
                    "the guide '\(header.guide.id)' has changed since session \(id) (its content hash no longer "
                        + "matches \(header.guide.hash)), so its agreed wording cannot be recovered exactly"))
        }
        guard case .consent(let consent)? = loaded.screen(signedScreen)?.content else {
            return .failure(ShapeError("the guide '\(header.guide.id)' has no consent screen '\(signedScreen)'"))
        }
        let state = Session.replay(guide: loaded, context: context, events: events)
        // A statement's `when` was about this session's screens; what matters later is that it was shown.
        record.statements = state.shownStatements(of: consent).map { statement in
            var shown = statement
            shown.when = nil
            return shown
        }
        record.revisitAfterDays = consent.revisitAfterDays
        record.notAgreed = state.notAgreed[signedScreen] ?? [:]
        record.clientWords = clientWords(in: state)
        return .success(record)
    }

    /// The client's own words on the session's path: typed answers, "something else", and their reasons.
    private static func clientWords(in state: SessionState) -> [EarlierAgreement.ClientWords] {
        state.answersOnPath.compactMap { screen, answer in
            switch (answer, screen.content) {
            case (.text(let words), _):
                return .init(about: screen.heading, words: words)
            case (.choice(_, let other?), _) where !other.isEmpty:
                return .init(about: screen.heading, words: other)
            case (.decision(let decision), .decision(let decisionScreen)):
                let label = state.guide.optionLabel(decision.preferred, onCompareScreen: decisionScreen.from)
                return .init(about: "Why you chose \(label)", words: decision.reasons)
            default:
                return nil
            }
        }
    }

    /// What a revisit's talks decided, and wording asked for but not agreed, each beside its statement.
    private static func revisitWords(
        _ statements: [ConsentScreen.Statement], in state: SessionState
    ) -> [EarlierAgreement.ClientWords] {
        statements.flatMap { statement -> [EarlierAgreement.ClientWords] in
            let id = statement.id
            guard case .choice(let verdict, _)? = state.answerOnPath(RevisitGuide.reviewScreenID(id)) else {
                return []
            }
            if verdict == RevisitGuide.Verdict.talk.rawValue,
                case .text(let decided)? = state.answerOnPath(RevisitGuide.talkedScreenID(id))
            {
                return [.init(about: "What you decided when you talked about it", words: decided, statement: id)]
            }
            if verdict == RevisitGuide.Verdict.change.rawValue,
                case .text(let proposed)? = state.answerOnPath(RevisitGuide.wordingScreenID(id)),
                case .choice("not-agreed", _)? = state.answerOnPath(RevisitGuide.agreedScreenID(id))
            {
                return [.init(about: "The new wording you asked for, not agreed then", words: proposed, statement: id)]
            }
            return []
        }
    }

    /// The consent screen of the last client signature: the agreement the session ended with.
    private static func lastClientSignature(in events: [SessionEvent]) -> String? {
        events.reversed().lazy.compactMap { event -> String? in
            if case .signed(let screen, .client, _, _, _) = event { return screen }
            return nil
        }.first
    }

    /// The days the revisit's last answer to `next-revisit` stands for, as `SessionState.revisitAfterDays` reads it.
    private static func nextRevisitDays(in events: [SessionEvent]) -> Int? {
        var answer: Answer?
        for event in events {
            switch event {
            case .answered(RevisitGuide.nextRevisitScreenID, let given),
                .answerChanged(RevisitGuide.nextRevisitScreenID, _, let given):
                answer = given
            default:
                break
            }
        }
        return RevisitGuide.days(forNextRevisit: answer)
    }
}

import KeyworkGuides
import KeyworkSession

/// A sealed, verified agreement as a revisit and `keywork due` need it: its statements exactly as
/// agreed, and when it is to be looked at again.
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

    /// The day the agreement is to be looked at again: `revisitAfterDays` after the UTC date of the seal.
    /// `due` lists it and `verify` shows it from here, so both give the same date.
    public var nextRevisitDate: GuideDate? {
        guard let days = revisitAfterDays, let sealed = GuideDate(iso8601: sealedAt) else { return nil }
        return sealed.adding(days: days)
    }

    /// The agreement a revisit of this one starts from.
    public var earlierAgreement: EarlierAgreement {
        EarlierAgreement(sessionID: sessionID, journalSHA256: journalSHA256, statements: statements)
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
        if let worded {
            record.statements = worded
            record.revisitAfterDays = nextRevisitDays(in: events)
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
        record.statements = consent.statements
        record.revisitAfterDays = consent.revisitAfterDays
        return .success(record)
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

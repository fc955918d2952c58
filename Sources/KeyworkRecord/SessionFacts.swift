import KeyworkGuides

/// What `keywork due` needs of one session: its own verdict (for the pass over the store that adds the ledger and
/// the chains) and, when it verified, what the list reads of it. Worked out in one place from a session just
/// verified, and kept as it is in the due index, so a list built from the index and one built from the files
/// cannot disagree. Dates are kept, not days overdue: those are counted from the day the list is for.
struct SessionFacts: Sendable, Equatable {
    /// The agreement a session holds, when the client signed in it.
    enum Agreement: Sendable, Equatable {
        /// Readable: when it is to be revisited, if it says.
        case signed(nextRevisit: GuideDate?)
        /// Its revisit date cannot be worked out, and why.
        case unreadable(reason: String)
    }

    /// A wait the session recorded: when it is estimated to end, what for, how the client hears of delays.
    struct Wait: Sendable, Equatable {
        var date: GuideDate
        var waitingFor: String?
        var howToldOfDelays: String?
    }

    var sessionID: String
    var outcome: SessionVerification.Outcome
    var sealedAt: String?
    var journalSHA256: String?
    var publicKey: [UInt8]?
    var links: [SessionLink] = []
    var clientReference: String?
    var guideID = ""
    var guideVersion = ""
    var closedNotUsed = false
    var agreement: Agreement?
    var wait: Wait?
    /// The day it was sealed, when it ended as "no agreement yet".
    var noAgreementSince: GuideDate?
    /// When the guide repeats (`repeat_after_days`): the day the next session of it is due.
    var nextReview: GuideDate?

    /// The facts of a session just checked on its own (steps 1–11), with the guide it was recorded with, or nil.
    init(_ verified: VerifiedSession, guide: Guide?) {
        self.init(verified, guide: guide, mayHoldWait: true)
    }

    /// The facts as `init(_:guide:)` works them out. `mayHoldWait` false says the journal holds no availability
    /// answer, so that it is not replayed for a wait; then `verified.journal` needs only the header and the lines of
    /// `JournalReader.keptForDue`, unless the client signed (`SessionFacts.read`).
    init(_ verified: VerifiedSession, guide: Guide?, mayHoldWait: Bool) {
        let verification = verified.verification
        sessionID = verification.sessionID
        outcome = verification.outcome
        sealedAt = verification.sealedAt
        journalSHA256 = verification.journalSHA256
        publicKey = verification.publicKey
        links = verification.links
        guard let contents = verified.journal else { return }
        let header = contents.header
        clientReference = header.clientReference
        guideID = header.guide.id
        guideVersion = header.guide.version
        closedNotUsed = contents.entries.contains(where: { $0.event == "closed_not_used" })
        // A session closed as not used was started by mistake: nothing in it is waited for or followed up.
        guard clientReference != nil, !closedNotUsed else { return }
        if AgreementLookup.isSignedByClient(contents) {
            switch AgreementRecord.read(verified, guide: { _ in guide }) {
            case .success(let record): agreement = .signed(nextRevisit: record.nextRevisitDate)
            case .failure(let problem): agreement = .unreadable(reason: problem.message)
            }
        }
        let sealedOn = sealedAt.flatMap(GuideDate.init(iso8601:)) ?? GuideDate(dayNumber: 0)
        if mayHoldWait, let found = DueWait.find(in: contents, guide: guide, today: sealedOn) {
            wait = Wait(date: found.date, waitingFor: found.waitingFor, howToldOfDelays: found.howToldOfDelays)
        }
        if let days = guide?.repeatAfterDays,
            let started = contents.entries.first.flatMap({ GuideDate(iso8601: $0.timestamp) })
        {
            nextReview = GuideDate(dayNumber: started.dayNumber + days)
        }
        if contents.entries.contains(where: { $0.event == "no_agreement_yet" }) {
            noAgreementSince = sealedAt.flatMap(GuideDate.init(iso8601:))
        }
    }

    init(sessionID: String, outcome: SessionVerification.Outcome) {
        self.sessionID = sessionID
        self.outcome = outcome
    }

    /// The session's own verdict as the pass over the store needs it (the ledger and the chains read no more).
    func verification(folder: String) -> SessionVerification {
        var verification = SessionVerification(folder: folder, sessionID: sessionID, outcome: outcome)
        verification.sealedAt = sealedAt
        verification.journalSHA256 = journalSHA256
        verification.publicKey = publicKey
        verification.links = links
        return verification
    }

    /// The items it adds to the list on `today`, when it verified and names a client.
    func items(today: GuideDate) -> (wait: DueList.Item?, noAgreement: DueList.Item?, review: DueList.Item?) {
        guard let client = clientReference else { return (nil, nil, nil) }
        func item(_ kind: DueList.Item.Kind, _ date: GuideDate) -> DueList.Item {
            DueList.Item(
                kind: kind, clientReference: client, sessionID: sessionID, guideID: guideID, date: date, today: today)
        }
        var waitItem = wait.map { item(.wait, $0.date) }
        waitItem?.waitingFor = wait?.waitingFor
        waitItem?.howToldOfDelays = wait?.howToldOfDelays
        return (waitItem, noAgreementSince.map { item(.noAgreement, $0) }, nextReview.map { item(.review, $0) })
    }
}

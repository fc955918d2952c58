import Foundation
import KeyworkGuides
import KeyworkSession

/// What is due in a store (`keywork due`): revisits due within a week or overdue, waits past their
/// estimate, unfinished sessions older than a day, and sessions that ended as "no agreement yet" (until a
/// newer agreement for the client is sealed), most urgent first; and, apart, whatever needs a person's
/// attention because it does not verify. Only sessions that verify are read for the list.
public struct DueList: Sendable, Equatable {
    /// One thing that is due.
    public struct Item: Sendable, Equatable {
        public enum Kind: String, Sendable, Equatable, CaseIterable {
            case revisit, wait, unfinished
            /// The next session of a guide with `repeat_after_days`, such as a six-monthly outcome review.
            case review
            /// A session that ended as "no agreement yet": the lines not agreed are to be followed up.
            case noAgreement = "no_agreement"
        }

        public var kind: Kind
        public var clientReference: String?
        public var sessionID: String
        public var guideID: String
        /// The revisit date, the estimated end of the wait, the day an unfinished session started, or the day a
        /// session ended without an agreement.
        public var date: GuideDate
        /// How many days past due it is (negative: not yet due); unfinished sessions count from a day old.
        public var daysOverdue: Int
        /// For a wait: what the client is waiting for, and how they were to be told of delays.
        public var waitingFor: String?
        public var howToldOfDelays: String?
    }

    /// Something a person must look at: a session that does not verify, or an attention-log entry.
    public struct Attention: Sendable, Equatable {
        public var kind: String
        public var sessionID: String
        public var clientReference: String?
        /// When it was recorded, for attention-log entries.
        public var time: String?
        public var reason: String
    }

    /// How far ahead a revisit is listed.
    public static let revisitWindowDays = 7

    public var today: GuideDate
    public var items: [Item]
    public var attention: [Attention]

    /// Builds the list for the store as it is at `now`. `guide` finds a guide by reference, or nil.
    ///
    /// Every session is verified as `keywork verify` does (its own checks, the ledger, the chain of earlier
    /// agreements), each read once; only what the list needs is kept of each journal while the pass goes on.
    public static func build(
        store: Store, now: Date, guide: (JournalHeader.GuideReference) -> Guide?
    ) throws(RecordError) -> DueList {
        let today = GuideDate(iso8601: RecordTime.iso8601(now)) ?? GuideDate(year: 1970, month: 1, day: 1)
        var list = DueList(today: today, items: [], attention: [])
        let trust = try VerificationTrust.of(store: store)
        var own: [SessionVerification] = []
        var readings: [String: SessionReading] = [:]
        for listing in try store.listSessions() {
            let verified = SessionCheck.verifyFolder(
                store.sessionFolder(listing.id), trust: trust, buildingData: true)
            own.append(verified.verification)
            if verified.journal != nil {
                readings[listing.id] = SessionReading(verified, guide: guide, today: today)
            }
        }
        let pass = try Verifier.settle(store: store, own: own, trust: trust, checkingLinks: true, checkingLedger: true)
        var agreements: [String: AgreementRecord] = [:]
        var waits: [String: Item] = [:]
        var withoutAgreement: [String: Item] = [:]
        var reviews: [String: Item] = [:]
        for session in pass.sessions {
            switch session.outcome {
            case .unfinished:
                list.addUnfinished(UnfinishedSession.read(store: store, sessionID: session.sessionID), now: now)
            case .invalid(let reason):
                list.attention.append(
                    Attention(
                        kind: "does_not_verify", sessionID: session.sessionID, clientReference: nil, time: nil,
                        reason: reason))
            case .valid:
                guard let reading = readings[session.sessionID], let client = reading.clientReference else { continue }
                // Sessions are settled oldest first, so a later agreement clears an earlier "no agreement yet".
                if let item = reading.noAgreement {
                    withoutAgreement[client] = item
                } else if reading.agreement != nil {
                    withoutAgreement[client] = nil
                }
                switch reading.agreement {
                case .success(let record)?:
                    agreements[client] = record
                case .failure(let problem)?:
                    agreements[client] = nil
                    list.attention.append(
                        Attention(
                            kind: "revisit_date_unknown", sessionID: session.sessionID, clientReference: client,
                            time: nil, reason: problem.message))
                case nil:
                    break
                }
                if let wait = reading.wait { waits[client] = wait }
                // The latest session of each repeating guide for the client sets when the next one is due.
                if let review = reading.nextReview { reviews[client + "\n" + review.guideID] = review }
            }
        }
        if let ledger = pass.ledger, case .invalid(let reason) = ledger.outcome {
            list.attention.append(
                Attention(
                    kind: "ledger_does_not_verify", sessionID: "", clientReference: nil, time: nil,
                    reason: "the store's ledger \(ledger.path) does not verify: \(reason)"))
        }
        for (client, record) in agreements {
            guard let date = record.nextRevisitDate else { continue }
            guard date.dayNumber <= today.dayNumber + revisitWindowDays else { continue }
            list.items.append(
                Item(
                    kind: .revisit, clientReference: client, sessionID: record.sessionID, guideID: record.guideID,
                    date: date, daysOverdue: today.dayNumber - date.dayNumber))
        }
        list.items += reviews.values.filter { $0.daysOverdue >= -revisitWindowDays }
        list.items += waits.values.filter { $0.daysOverdue > 0 }
        list.items += withoutAgreement.values
        list.items.sort(by: DueList.isMoreUrgent)
        let logged = try AttentionLog(store: store).entries()
        list.attention += logged.entries.map {
            Attention(
                kind: $0.kind, sessionID: $0.sessionID, clientReference: $0.clientReference, time: $0.time,
                reason: $0.reason)
        }
        list.attention += logged.problems.map {
            Attention(kind: "attention_log_unreadable", sessionID: "", clientReference: nil, time: nil, reason: $0)
        }
        return list
    }

    /// What the list needs of one session that passed its own checks, read while its journal is at hand.
    private struct SessionReading {
        var clientReference: String?
        /// The agreement it holds, when the client signed in it (or why its revisit date cannot be known).
        var agreement: Result<AgreementRecord, ShapeError>?
        var wait: Item?
        /// The follow-up it needs when it ended as "no agreement yet", counted from the day it was sealed.
        var noAgreement: Item?
        /// When the guide repeats (`repeat_after_days`): the next session of it, counted from this one's day.
        var nextReview: Item?

        init(_ verified: VerifiedSession, guide: (JournalHeader.GuideReference) -> Guide?, today: GuideDate) {
            guard let contents = verified.journal else { return }
            clientReference = contents.header.clientReference
            guard clientReference != nil else { return }
            // A session closed as not used was started by mistake: nothing in it is waited for or followed up.
            guard !contents.entries.contains(where: { $0.event == "closed_not_used" }) else { return }
            if AgreementLookup.isSignedByClient(contents) { agreement = AgreementRecord.read(verified, guide: guide) }
            let walked = guide(contents.header.guide)
            wait = DueWait.find(in: contents, guide: walked, today: today)
            if let days = walked?.repeatAfterDays, let client = clientReference,
                let started = contents.entries.first.flatMap({ GuideDate(iso8601: $0.timestamp) })
            {
                let due = GuideDate(dayNumber: started.dayNumber + days)
                nextReview = Item(
                    kind: .review, clientReference: client, sessionID: verified.verification.sessionID,
                    guideID: contents.header.guide.id, date: due, daysOverdue: today.dayNumber - due.dayNumber)
            }
            if contents.entries.contains(where: { $0.event == "no_agreement_yet" }),
                let client = clientReference,
                let sealed = verified.verification.sealedAt.flatMap(GuideDate.init(iso8601:))
            {
                noAgreement = Item(
                    kind: .noAgreement, clientReference: client, sessionID: verified.verification.sessionID,
                    guideID: contents.header.guide.id, date: sealed, daysOverdue: today.dayNumber - sealed.dayNumber)
            }
        }
    }

    private mutating func addUnfinished(_ session: UnfinishedSession, now: Date) {
        if let problem = session.problem {
            attention.append(
                Attention(
                    kind: "unfinished_unreadable", sessionID: session.id, clientReference: nil, time: nil,
                    reason: problem))
            return
        }
        guard let started = RecordTime.parse(session.startedAt), now.timeIntervalSince(started) > 24 * 60 * 60,
            let date = GuideDate(iso8601: session.startedAt)
        else { return }
        items.append(
            Item(
                kind: .unfinished, clientReference: session.clientReference, sessionID: session.id,
                guideID: session.guideID, date: date, daysOverdue: today.dayNumber - date.dayNumber - 1))
    }

    /// Most days overdue first; then revisits, waits, unfinished; then by session id, so the order is stable.
    static func isMoreUrgent(_ left: Item, _ right: Item) -> Bool {
        if left.daysOverdue != right.daysOverdue { return left.daysOverdue > right.daysOverdue }
        let order = Item.Kind.allCases
        let (leftKind, rightKind) = (order.firstIndex(of: left.kind) ?? 0, order.firstIndex(of: right.kind) ?? 0)
        if leftKind != rightKind { return leftKind < rightKind }
        return left.sessionID < right.sessionID
    }
}

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

    /// Why the store's due index could not be kept up to date, when it could not: the list is complete all the same.
    public var indexNote: String?

    /// Builds the list for the store as it is at `now`. `guide` finds a guide by reference, or nil.
    ///
    /// Every session is verified as `keywork verify` does (its own checks, the ledger, the chain of earlier
    /// agreements); a session whose files are unchanged since the last list is not read again: its own verdict and
    /// what the list needs of it come from the store's due index (`DueIndex`), and only new or changed ones are read.
    public static func build(
        store: Store, now: Date, guide: (JournalHeader.GuideReference) -> Guide?
    ) throws(RecordError) -> DueList {
        try build(store: store, now: now, guide: guide, settings: DueFacts.Settings()).list
    }

    /// As `build`, with the index used as `settings` say; also how many sessions were read and verified.
    static func build(
        store: Store, now: Date, guide: (JournalHeader.GuideReference) -> Guide?, settings: DueFacts.Settings
    ) throws(RecordError) -> (list: DueList, sessionsRead: Int) {
        let today = GuideDate(iso8601: RecordTime.iso8601(now)) ?? GuideDate(year: 1970, month: 1, day: 1)
        var list = DueList(today: today, items: [], attention: [])
        let trust = try VerificationTrust.of(store: store)
        let gathered = DueFacts.gather(
            store: store, sessionIDs: try store.sessionIDs(), trust: trust, guide: guide,
            settings: settings)
        list.indexNote = gathered.indexNote
        let own = gathered.facts.map { $0.verification(folder: store.sessionFolder($0.sessionID)) }
        var ledgerNote: String?
        let pass = try Verifier.settle(
            store: store, own: own, trust: trust, checkingLinks: true, checkingLedger: true
        ) {
            let known = settings.usesIndex ? LedgerPrefix.load(store: store) : nil
            let (view, checked) = LedgerView.load(store: store, trust: trust, known: known)
            if settings.usesIndex, let checked {
                do {
                    try checked.write(io: settings.io)
                } catch {
                    ledgerNote =
                        "the due index's ledger \(checked.path) cannot be written (\(error)); the list is complete "
                        + "all the same, but each `keywork due` checks the whole ledger again"
                }
            }
            return view
        }
        if list.indexNote == nil { list.indexNote = ledgerNote }
        var agreements: [String: (sessionID: String, guideID: String, nextRevisit: GuideDate?)] = [:]
        var waits: [String: Item] = [:]
        var withoutAgreement: [String: Item] = [:]
        var reviews: [String: Item] = [:]
        // The facts and the pass are both in id order (the pass adds only sessions with no facts), so each session's
        // facts are found by walking the two together.
        var factsAt = gathered.facts.startIndex
        for session in pass.sessions {
            while factsAt < gathered.facts.endIndex && gathered.facts[factsAt].sessionID < session.sessionID {
                factsAt += 1
            }
            switch session.outcome {
            case .unfinished:
                list.addUnfinished(UnfinishedSession.read(store: store, sessionID: session.sessionID), now: now)
            case .invalid(let reason):
                list.attention.append(
                    Attention(
                        kind: "does_not_verify", sessionID: session.sessionID, clientReference: nil, time: nil,
                        reason: reason))
            case .valid:
                guard factsAt < gathered.facts.endIndex, gathered.facts[factsAt].sessionID == session.sessionID
                else { continue }
                let reading = gathered.facts[factsAt]
                guard let client = reading.clientReference, !reading.closedNotUsed else { continue }
                let (wait, noAgreement, review) = reading.items(today: today)
                // Sessions are settled oldest first, so a later agreement clears an earlier "no agreement yet".
                if let noAgreement {
                    withoutAgreement[client] = noAgreement
                } else if reading.agreement != nil {
                    withoutAgreement[client] = nil
                }
                switch reading.agreement {
                case .signed(let nextRevisit)?:
                    agreements[client] = (session.sessionID, reading.guideID, nextRevisit)
                case .unreadable(let reason)?:
                    agreements[client] = nil
                    list.attention.append(
                        Attention(
                            kind: "revisit_date_unknown", sessionID: session.sessionID, clientReference: client,
                            time: nil, reason: reason))
                case nil:
                    break
                }
                if let wait { waits[client] = wait }
                // The latest session of each repeating guide for the client sets when the next one is due.
                if let review { reviews[client + "\n" + review.guideID] = review }
            }
        }
        if let ledger = pass.ledger, case .invalid(let reason) = ledger.outcome {
            list.attention.append(
                Attention(
                    kind: "ledger_does_not_verify", sessionID: "", clientReference: nil, time: nil,
                    reason: "the store's ledger \(ledger.path) does not verify: \(reason)"))
        }
        for (client, record) in agreements {
            guard let date = record.nextRevisit else { continue }
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
        return (list, gathered.sessionsRead)
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

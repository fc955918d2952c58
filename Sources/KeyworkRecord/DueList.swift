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
    /// When nothing at all changed, the last whole pass's summary (`DueSummary`) answers without that pass.
    public static func build(
        store: Store, now: Date, guide: (JournalHeader.GuideReference) -> Guide?
    ) throws(RecordError) -> DueList {
        try build(store: store, now: now, guide: guide, settings: DueFacts.Settings()).list
    }

    /// As `build`, with the index used as `settings` say; also how many sessions were read and verified, and
    /// whether the due summary answered.
    static func build(
        store: Store, now: Date, guide: (JournalHeader.GuideReference) -> Guide?, settings: DueFacts.Settings
    ) throws(RecordError) -> (list: DueList, sessionsRead: Int, fromSummary: Bool) {
        let trust = try VerificationTrust.of(store: store)
        let summary = settings.usesIndex ? DueSummary.load(store: store, trust: trust) : nil
        // Nothing changed since the last whole pass: its summary answers, after only the files' identities are taken.
        if let held = summary?.stillHolds(store: store, trust: trust, guide: guide, concurrency: settings.concurrency) {
            return (try held.settled.list(store: store, now: now), held.unfinishedChecked, true)
        }
        let pass = try DuePass.run(store: store, trust: trust, guide: guide, previous: summary, settings: settings)
        var list = try pass.settled.list(store: store, now: now)
        list.indexNote = pass.indexNote
        return (list, pass.sessionsRead, false)
    }

    mutating func addUnfinished(_ session: UnfinishedSession, now: Date) {
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

import KeyworkGuides
import KeyworkSession

/// A client's earlier sealed sessions of one guide, oldest first, each verified before anything is read from
/// it: what a progress screen charts and what `export --client --guide` lists. A session that does not verify
/// is kept as left out, by id, so it is named and never silently dropped; an unfinished one is not a result yet.
///
/// Whose and which guide a session is, is read from its header without trusting it, so a tampered session is
/// still found (and then left out), never skipped over.
public enum OutcomeHistory {
    /// One earlier session: its id, the day it started, and what it recorded, or that it did not verify.
    public struct Entry: Sendable {
        public var sessionID: String
        /// `YYYY-MM-DD` of the header's time, when it could be read.
        public var date: String?
        /// The answers on the session's path, by screen; nil when the session did not verify.
        public var answers: [String: Answer]?
        /// The verified journal; nil when the session did not verify.
        public var verified: VerifiedSession?
        /// The guide its answers were read with: the version it was recorded with when `pinned` finds it, or
        /// else the guide `gather` was given; nil when the session did not verify.
        public var guide: Guide?
        /// The version the session was recorded with, when `pinned` did not find it and its answers were read
        /// with the guide `gather` was given instead: answers to screens that changed may then be missing.
        public var recordedVersionNotFound: JournalHeader.GuideReference? = nil
    }

    /// The client's sealed sessions of guide `guideID` in `store`, oldest first, leaving out `excluding`. Each is
    /// read with the guide it was recorded with when `pinned` finds that version, and with `guide` otherwise.
    public static func gather(
        client: String, guideID: String, guide: Guide, store: Store, trust: VerificationTrust,
        excluding: String? = nil, pinned: (JournalHeader.GuideReference) -> Guide? = { _ in nil }
    ) throws(RecordError) -> [Entry] {
        var entries: [Entry] = []
        for listing in try store.listSessions() where listing.isSealed && listing.id != excluding {
            let folder = store.sessionFolder(listing.id)
            guard let header = unverifiedHeader(folder), header.client == client, header.guide == guideID else {
                continue
            }
            let verified = Verifier.readVerified(folder: folder, trust: trust, checkingLedger: true)
            guard verified.verification.isValid, let journal = verified.journal,
                let events = try? SessionJournal.events(from: journal.entries),
                journal.header.clientReference == client, journal.header.guide.id == guideID
            else {
                entries.append(Entry(sessionID: listing.id, date: header.date, answers: nil, verified: nil, guide: nil))
                continue
            }
            let pinnedVersion = pinned(journal.header.guide)
            let recordedWith = pinnedVersion ?? guide
            let state = Session.replay(
                guide: recordedWith,
                context: SessionContext(keyworker: journal.header.keyworker, clientReference: client), events: events)
            let answers = state.path.reduce(into: [String: Answer]()) { answers, id in answers[id] = state.answers[id] }
            entries.append(
                Entry(
                    sessionID: listing.id, date: journal.entries.first.map { String($0.timestamp.prefix(10)) },
                    answers: answers, verified: verified, guide: recordedWith,
                    recordedVersionNotFound: pinnedVersion == nil ? journal.header.guide : nil))
        }
        return entries
    }

    /// What a progress screen is handed: the sessions that verified, and those left out.
    public static func earlierResults(_ entries: [Entry]) -> EarlierResults {
        EarlierResults(
            sessions: entries.compactMap { entry in
                entry.answers.map {
                    EarlierResults.Session(sessionID: entry.sessionID, date: entry.date ?? "", answers: $0)
                }
            },
            leftOut: entries.filter { $0.answers == nil }.map {
                EarlierResults.LeftOut(sessionID: $0.sessionID, date: $0.date)
            })
    }

    /// The client, guide id and day of a journal's header, read without trusting it; nil if unreadable.
    private static func unverifiedHeader(_ folder: String) -> (client: String?, guide: String?, date: String?)? {
        guard let bytes = try? Store.readFile(folder + "/journal.jsonl"),
            let first = bytes.split(separator: UInt8(ascii: "\n")).first, let header = try? JSONParser.parse(first)
        else { return nil }
        let time = header["ts"]?.stringValue.flatMap { RecordTime.isValidTime($0) ? String($0.prefix(10)) : nil }
        return (header["data"]?["client"]?.stringValue, header["data"]?["guide"]?["id"]?.stringValue, time)
    }
}

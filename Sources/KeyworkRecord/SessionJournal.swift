import Foundation
import KeyworkGuides
import KeyworkSession

/// A session's journal spoken in session events: what a running session records, and what resume replays.
public final class SessionJournal {
    public let journal: Journal
    private let clock: () -> Date

    public init(journal: Journal, clock: @escaping () -> Date = Date.init) {
        self.journal = journal
        self.clock = clock
    }

    public var sessionID: String { journal.sessionID }

    /// Creates the session's folder and journal, with the header that names the guide and the people.
    public static func start(
        store: Store, guide: Guide, context: SessionContext, deviceKey: DeviceKey, links: [SessionLink] = [],
        clock: @escaping () -> Date = Date.init, io: any FileIO = POSIXFileIO()
    ) throws(RecordError) -> SessionJournal {
        try store.prepare()
        let now = clock()
        let header = JournalHeader(
            sessionID: Store.newSessionID(now: now), mode: guide.mode, guide: .init(guide),
            keyworker: context.keyworker, clientReference: context.clientReference,
            deviceKey: deviceKey.publicKeyBase64, links: links, participants: context.participants)
        return SessionJournal(journal: try Journal.create(store: store, header: header, now: now, io: io), clock: clock)
    }

    /// Writes the events and fsyncs them before returning: the screen moves on only afterwards.
    public func record(_ events: [SessionEvent]) throws(RecordError) {
        guard !events.isEmpty else { return }
        try journal.append(events.map(SessionEventCoding.encode), now: clock())
    }

    /// Seals the journal, signed by this device on the keyworker's (or a group's facilitator's) behalf: the role
    /// is the one the record's mode asks for (§6), and a job title the agency gives goes into the meaning.
    public func seal(keyworker: String, title: String? = nil, key: DeviceKey) throws(RecordError) -> Seal {
        try journal.seal(
            signer: Signer(name: keyworker, role: SessionCheck.sealRole(for: journal.header.mode)),
            meaning: SessionJournal.sealMeaning(title: title), key: key, now: clock())
    }

    /// What a keyworker's seal means, in the words written into it.
    public static func sealMeaning(title: String?) -> String {
        guard let title, !title.isEmpty else { return "I confirm this is the complete record of the session" }
        return "I confirm, as \(title), that this is the complete record of the session"
    }

    public func close() {
        journal.close()
    }

    /// The session events in journal entries, skipping the header.
    public static func events(from entries: [JournalEntry]) throws(EventDecodingError) -> [SessionEvent] {
        var events: [SessionEvent] = []
        for entry in entries where entry.seq > 0 {
            events.append(try SessionEventCoding.decode(name: entry.event, data: entry.data))
        }
        return events
    }
}

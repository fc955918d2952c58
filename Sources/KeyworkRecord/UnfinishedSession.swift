import Foundation
import KeyworkSession

/// A session that has a journal and no seal, as resume lists it: no names, only the client reference.
public struct UnfinishedSession: Sendable, Equatable {
    public var id: String
    public var clientReference: String?
    public var guideID: String
    /// The guide as the header names it, to find its title and its screens' titles; nil when unreadable.
    public var guide: JournalHeader.GuideReference?
    /// When the first line was written, and when the last one was (ISO 8601 UTC).
    public var startedAt: String
    public var lastActivity: String
    /// The screen that was on show when the session stopped.
    public var currentScreen: String?
    /// Why the journal cannot be read, if it cannot; such a session is listed, never hidden.
    public var problem: String?

    /// Every unfinished session in the store, newest first. Reading takes no lock and changes nothing.
    public static func all(in store: Store) throws(RecordError) -> [UnfinishedSession] {
        try store.listSessions().filter { !$0.isSealed }.map { listing in
            read(store: store, sessionID: listing.id)
        }.sorted { $0.lastActivity > $1.lastActivity }
    }

    /// One session, read as `all` reads each.
    public static func read(store: Store, sessionID: String) -> UnfinishedSession {
        var session = UnfinishedSession(
            id: sessionID, clientReference: nil, guideID: "?", startedAt: "", lastActivity: "", currentScreen: nil)
        do {
            let bytes = try Store.readFile(store.sessionFolder(sessionID) + "/journal.jsonl")
            guard !bytes.isEmpty else {
                session.problem = "nothing was saved: Keywork stopped while starting it; carrying on removes it"
                return session
            }
            let contents = try JournalReader.read(bytes, sessionID: sessionID)
            session.clientReference = contents.header.clientReference
            session.guideID = contents.header.guide.id
            session.guide = contents.header.guide
            session.startedAt = contents.entries.first?.timestamp ?? ""
            session.lastActivity = contents.entries.last?.timestamp ?? ""
            session.currentScreen = Session.currentScreen(after: try SessionJournal.events(from: contents.entries))
        } catch {
            session.problem = "\(error)"
        }
        return session
    }
}

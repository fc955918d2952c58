import Foundation

/// Sessions fetched from the agency archive, kept apart from this computer's own in `archive-cache/sessions/<id>/`
/// (0700, files 0600), never in `sessions/`: they were sealed elsewhere, and the ledger and `keywork resume` must
/// never take them for this store's own. A revisit links to them, and `verify` follows links into the cache.
public struct ArchiveCache: Sendable {
    public let store: Store

    public init(store: Store) {
        self.store = store
    }

    public var root: String { store.root + "/archive-cache" }
    public var sessionsFolder: String { root + "/sessions" }

    public func sessionFolder(_ sessionID: String) -> String { sessionsFolder + "/" + sessionID }

    /// Whether the cache holds a session with this id.
    public func contains(_ sessionID: String) -> Bool {
        Store.isValidSessionID(sessionID) && Store.exists(sessionFolder(sessionID) + "/journal.jsonl")
    }

    /// Keeps a fetched session's exact bytes. A session already cached with the same bytes is left as it is; one
    /// cached with other bytes is never overwritten (`RecordError.sessionExists`): the archive and the cache
    /// disagree, and a person must look at both.
    public func save(sessionID: String, journal: [UInt8], seal: [UInt8]) throws(RecordError) {
        guard Store.isValidSessionID(sessionID) else { throw RecordError.invalidSessionID(sessionID) }
        let folder = sessionFolder(sessionID)
        if Store.exists(folder + "/journal.jsonl") {
            guard (try? Store.readFile(folder + "/journal.jsonl")) == journal else {
                throw RecordError.sessionExists(sessionID: sessionID, path: folder)
            }
            if Store.exists(folder + "/seal.sig") {
                guard (try? Store.readFile(folder + "/seal.sig")) == seal else {
                    throw RecordError.sessionExists(sessionID: sessionID, path: folder)
                }
                return
            }
        } else {
            try store.prepare()
            try Store.makeFolder(root)
            try Store.makeFolder(sessionsFolder)
            try Store.makeFolder(folder)
            // The journal first: a crash between the two leaves a copy without its seal, which the next fetch completes.
            try Store.writeFileAtomically(folder + "/journal.jsonl", journal)
        }
        try Store.writeFileAtomically(folder + "/seal.sig", seal)
    }
}

extension Store {
    /// Where a session that a revisit links to lies: in `sessions/` when it is this store's own, else in the
    /// archive cache when it was fetched from the agency archive, else (missing) where it would be in `sessions/`.
    public func linkedSessionFolder(_ sessionID: String) -> String {
        let own = sessionFolder(sessionID)
        if Store.exists(own) { return own }
        let cache = ArchiveCache(store: self)
        return cache.contains(sessionID) ? cache.sessionFolder(sessionID) : own
    }
}

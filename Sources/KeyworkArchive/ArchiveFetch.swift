import Foundation
import KeyworkRecord

/// Fetches sealed sessions from the archive into the store's archive cache (never into `sessions/`), each verified
/// first from exactly the fetched bytes with this computer's own keys: a row changed in the database is caught
/// here and never cached. The earlier agreements a fetched revisit links to come with it, so that `verify`
/// can follow the whole chain.
public struct ArchiveFetch {
    /// Why a session could not be fetched.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case notInArchive(String)
        case doesNotVerify(String, reason: String)
        case cacheDisagrees(String, path: String)

        public var description: String {
            switch self {
            case .notInArchive(let id): "session \(id) is not in the agency archive"
            case .doesNotVerify(let id, let reason):
                "session \(id) as the agency archive holds it does not verify: \(reason)"
            case .cacheDisagrees(let id, let path):
                "session \(id) is already in \(path) with other bytes than the agency archive holds"
            }
        }
    }

    public let store: Store
    public let connection: ArchiveConnection
    public let trust: VerificationTrust

    public init(store: Store, connection: ArchiveConnection, trust: VerificationTrust) {
        self.store = store
        self.connection = connection
        self.trust = trust
    }

    /// The id of the client's latest agreement in the archive (the newest session in which the client signed).
    public func latestAgreement(forClient reference: String) throws(ArchiveError) -> String? {
        try ArchiveSchema.requireCurrent(connection)
        let rows = try connection.execute(
            """
            SELECT session_id FROM keywork_sessions WHERE client_reference = $1 AND is_agreement
            ORDER BY session_id DESC LIMIT 1
            """, [.text(reference)])
        return rows.rows.first?.first ?? nil
    }

    /// Fetches `sessionID` and every earlier session its links reach that this store lacks; returns the cached
    /// folder of `sessionID` and its verification.
    public func fetch(_ sessionID: String) throws -> (folder: String, verification: SessionVerification) {
        try ArchiveSchema.requireCurrent(connection)
        let cache = ArchiveCache(store: store)
        var first: SessionVerification?
        var worklist = [sessionID]
        var seen: Set<String> = []
        while let next = worklist.popLast() {
            guard seen.insert(next).inserted else { continue }
            // An earlier session this store already holds, as its own or cached, is verified where it lies.
            let held = FileManager.default.fileExists(atPath: store.sessionFolder(next)) || cache.contains(next)
            if next != sessionID && held { continue }
            let verification = try fetchOne(next, into: cache)
            if next == sessionID { first = verification }
            worklist += verification.links.map(\.sessionID)
        }
        guard let first else { throw Problem.notInArchive(sessionID) }
        return (cache.sessionFolder(sessionID), first)
    }

    private func fetchOne(_ sessionID: String, into cache: ArchiveCache) throws -> SessionVerification {
        let rows = try connection.execute(
            "SELECT journal, seal FROM keywork_sessions WHERE session_id = $1", [.text(sessionID)])
        guard let row = rows.rows.first, let journal = ArchiveRows.bytes(row[0]), let seal = ArchiveRows.bytes(row[1])
        else { throw Problem.notInArchive(sessionID) }
        let verified = Verifier.verify(sealBytes: seal, journalBytes: journal, folderName: sessionID, trust: trust)
        switch verified.verification.outcome {
        case .valid: break
        case .invalid(let reason): throw Problem.doesNotVerify(sessionID, reason: reason)
        case .unfinished: throw Problem.doesNotVerify(sessionID, reason: "it has no seal")
        }
        do {
            try cache.save(sessionID: sessionID, journal: journal, seal: seal)
        } catch RecordError.sessionExists(_, let path) {
            throw Problem.cacheDisagrees(sessionID, path: path)
        }
        return verified.verification
    }
}

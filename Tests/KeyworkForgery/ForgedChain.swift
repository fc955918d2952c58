import Crypto
import Foundation
import KeyworkRecord

/// A chain of sessions, each linking to the one before with that one's journal hash: what a client revisited
/// every week for a lifetime would leave, made directly and fast enough for a hundred thousand.
public enum ForgedChain {
    /// Writes `count` sealed sessions signed by `key` into `store`, session i linking to session i − 1, and
    /// returns their ids, oldest first. The journals are made in order (each needs the hash before it); the
    /// seals, which cost the signatures, are made on every core.
    @discardableResult
    public static func write(count: Int, key: DeviceKey, into store: Store, linksPerSession: Int = 1) throws -> [String]
    {
        try FileManager.default.createDirectory(atPath: store.sessionsFolder, withIntermediateDirectories: true)
        var sessions: [ForgedSession] = []
        var journals: [[UInt8]] = []
        var links: [SessionLink] = []
        for index in 0..<count {
            var session = ForgedSession(id: id(index), key: key)
            session.links = links
            let journal = session.journal()
            sessions.append(session)
            journals.append(journal)
            let link = SessionLink(sessionID: session.id, journalSHA256: ForgedSession.hex(SHA256.hash(data: journal)))
            links = Array(repeating: link, count: linksPerSession)
        }
        let failures = FailureCount()
        let (frozenSessions, frozenJournals) = (sessions, journals)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let folder = store.sessionFolder(frozenSessions[index].id)
            mkdir(folder, 0o700)
            do {
                try ForgedSession.writeFile(folder + "/journal.jsonl", frozenJournals[index])
                try ForgedSession.writeFile(
                    folder + "/seal.sig", frozenSessions[index].seal(for: frozenJournals[index]))
            } catch {
                failures.add()
            }
        }
        if failures.count > 0 { throw ForgeryError("\(failures.count) sessions of the chain could not be written") }
        return sessions.map(\.id)
    }

    /// The id of session `index` of a chain: in order by id, so a store lists them oldest first.
    public static func id(_ index: Int) -> String { String(format: "20261127-%06d-abcdef", index) }

    private final class FailureCount: @unchecked Sendable {
        private let lock = NSLock()
        private var failures = 0

        var count: Int { lock.withLock { failures } }
        func add() { lock.withLock { failures += 1 } }
    }
}

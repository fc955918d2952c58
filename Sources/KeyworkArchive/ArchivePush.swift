import Foundation
import KeyworkGuides
import KeyworkRecord

/// `keywork archive push`: every sealed session of the store that verifies and is not yet archived, as its exact
/// bytes with the columns the archive indexes, in batches of one transaction each, then the device's ledger head.
///
/// It can be stopped at any moment (kill -9 included) and run again: a batch is in the archive whole or not at
/// all, the store notes a batch as archived only after it committed, and a session the archive already holds
/// with the same bytes is simply noted. The same id with other bytes is never overwritten: the archive keeps its
/// row, the store keeps its session, the other bytes go into `keywork_conflicts`, and the push says so loudly.
public struct ArchivePush {
    public struct Report: Sendable, Equatable {
        /// Sessions sent and committed in this run.
        public var pushed: [String] = []
        /// Sessions the archive already held with the same bytes (a run stopped after a commit).
        public var alreadyArchived: [String] = []
        /// Sessions whose id the archive holds with other bytes.
        public var conflicts: [String] = []
        /// Sealed sessions that do not verify, with why: never sent.
        public var notVerified: [(sessionID: String, reason: String)] = []
        /// The ledger line pushed as this device's head, by its seq.
        public var ledgerHead: Int64?

        public static func == (left: Report, right: Report) -> Bool {
            left.pushed == right.pushed && left.alreadyArchived == right.alreadyArchived
                && left.conflicts == right.conflicts && left.ledgerHead == right.ledgerHead
                && left.notVerified.map(\.sessionID) == right.notVerified.map(\.sessionID)
        }
    }

    public let store: Store
    public let connection: ArchiveConnection
    /// This computer's keys: a session is sent only when it verifies with them.
    public let trust: VerificationTrust
    public let guide: (JournalHeader.GuideReference) -> Guide?
    public var batchSize = 200
    /// Called after each batch commits and before the store notes it, with the batch's number from 1: the tests'
    /// place to stop a push at its worst moment.
    public var afterCommit: (Int) -> Void = { _ in }

    public init(
        store: Store, connection: ArchiveConnection, trust: VerificationTrust,
        guide: @escaping (JournalHeader.GuideReference) -> Guide?
    ) {
        self.store = store
        self.connection = connection
        self.trust = trust
        self.guide = GuideMemo.remembering(guide)
    }

    /// Pushes what is not yet archived; `progress` hears after each batch (sessions done, sessions to do).
    public func run(progress: (Int, Int) -> Void = { _, _ in }) throws -> Report {
        try ArchiveSchema.requireCurrent(connection)
        let marks = ArchiveMarks(store: store)
        let waiting = try marks.notArchived()
        var report = Report()
        var done = 0
        // A batch is one INSERT, and PostgreSQL takes at most 65,535 parameters in a statement (14 a session).
        let batchSize = max(1, min(self.batchSize, 4_000))
        for start in stride(from: 0, to: waiting.count, by: batchSize) {
            let batch = Array(waiting[start..<min(start + batchSize, waiting.count)])
            var ready: [ReadySession] = []
            for sessionID in batch {
                switch read(sessionID) {
                case .success(let session): ready.append(session)
                case .failure(let problem): report.notVerified.append((sessionID, problem.message))
                }
            }
            let sent = try send(ready)
            afterCommit(start / batchSize + 1)
            report.pushed += sent.pushed
            report.alreadyArchived += sent.alreadyArchived
            report.conflicts += sent.conflicts
            let kept = Set(sent.pushed + sent.alreadyArchived)
            let archived = ready.filter { kept.contains($0.index.sessionID) }
            try marks.append(archived.map { ($0.index.sessionID, $0.index.journalSHA256) })
            done += batch.count
            progress(done, waiting.count)
        }
        report.ledgerHead = try pushLedgerHead()
        return report
    }

    /// A session read once, verified from exactly the bytes that will be sent, and indexed from them.
    struct ReadySession {
        var journal: [UInt8]
        var seal: [UInt8]
        var index: SessionIndex
    }

    private func read(_ sessionID: String) -> Result<ReadySession, ShapeError> {
        let folder = store.sessionFolder(sessionID)
        guard let journal = FileManager.default.contents(atPath: folder + "/journal.jsonl"),
            let seal = FileManager.default.contents(atPath: folder + "/seal.sig")
        else { return .failure(ShapeError("its files cannot be read")) }
        let verified = Verifier.verify(
            sealBytes: Array(seal), journalBytes: Array(journal), folderName: sessionID, trust: trust)
        if case .invalid(let reason) = verified.verification.outcome { return .failure(ShapeError(reason)) }
        guard let index = SessionIndex.of(verified, guide: guide) else {
            return .failure(ShapeError("it does not verify"))
        }
        return .success(ReadySession(journal: Array(journal), seal: Array(seal), index: index))
    }

    /// One batch in one transaction: the devices' keys, then each session, kept or set beside a conflicting row.
    private func send(_ sessions: [ReadySession]) throws(ArchiveError) -> (
        pushed: [String], alreadyArchived: [String], conflicts: [String]
    ) {
        guard !sessions.isEmpty else { return ([], [], []) }
        return try connection.transaction { () throws(ArchiveError) -> ([String], [String], [String]) in
            var pushed: [String] = []
            var already: [String] = []
            var conflicts: [String] = []
            var keys: [String: [UInt8]] = [:]
            for session in sessions { keys[session.index.deviceKeyID] = session.index.publicKey }
            for (keyID, publicKey) in keys.sorted(by: { $0.key < $1.key }) {
                try connection.execute(
                    "INSERT INTO keywork_devices (key_id, public_key) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                    [.text(keyID), .bytes(publicKey)])
            }
            // The whole batch in one statement: one round trip to the server, not one per session.
            let inserted = try connection.execute(Self.insertSQL(rows: sessions.count), sessions.flatMap(Self.row))
            let insertedIDs = Set(inserted.rows.compactMap { $0.first ?? nil })
            for session in sessions {
                let index = session.index
                if insertedIDs.contains(index.sessionID) {
                    pushed.append(index.sessionID)
                    continue
                }
                let existing = try connection.execute(
                    "SELECT journal, seal FROM keywork_sessions WHERE session_id = $1", [.text(index.sessionID)])
                let row = existing.rows.first
                if ArchiveRows.bytes(row?[0] ?? nil) == session.journal
                    && ArchiveRows.bytes(row?[1] ?? nil) == session.seal
                {
                    already.append(index.sessionID)
                    continue
                }
                conflicts.append(index.sessionID)
                try connection.execute(
                    """
                    INSERT INTO keywork_conflicts (session_id, journal, seal, journal_sha256, device_key_id)
                    SELECT $1, $2, $3, $4, $5 WHERE NOT EXISTS (
                        SELECT FROM keywork_conflicts WHERE session_id = $1 AND journal_sha256 = $4 AND seal = $3)
                    """,
                    [
                        .text(index.sessionID), .bytes(session.journal), .bytes(session.seal),
                        .text(index.journalSHA256), .text(index.deviceKeyID),
                    ])
            }
            return (pushed, already, conflicts)
        }
    }

    /// An INSERT of `rows` sessions, each with the 14 parameters `row` gives, keeping a row already there.
    static func insertSQL(rows: Int) -> String {
        let values = (0..<rows).map { row in
            let first = row * 14
            let casts = [
                "", "", "", "", "", "", "", "::timestamptz", "", "", "::boolean", "::date", "::date", "::text[]",
            ]
            return "(" + casts.enumerated().map { "$\(first + $0.offset + 1)\($0.element)" }.joined(separator: ", ")
                + ")"
        }
        return """
            INSERT INTO keywork_sessions (session_id, journal, seal, journal_sha256, client_reference, guide_id,
                guide_version, sealed_at, keyworker, device_key_id, is_agreement, next_revisit, wait_until, links)
            VALUES \(values.joined(separator: ",\n    "))
            ON CONFLICT (session_id) DO NOTHING RETURNING session_id
            """
    }

    /// A session's parameters for `insertSQL`, in its columns' order.
    static func row(_ session: ReadySession) -> [ArchiveValue] {
        let index = session.index
        return [
            .text(index.sessionID), .bytes(session.journal), .bytes(session.seal), .text(index.journalSHA256),
            .optional(index.clientReference), .text(index.guideID), .text(index.guideVersion), .text(index.sealedAt),
            .text(index.keyworker), .text(index.deviceKeyID), .text(index.isAgreement ? "true" : "false"),
            .optional(index.nextRevisit?.description), .optional(index.waitUntil?.description),
            .text(arrayLiteral(index.links)),
        ]
    }

    /// The last whole line of this store's ledger, as this device's head; nil when there is no ledger yet.
    private func pushLedgerHead() throws -> Int64? {
        guard let deviceKey = trust.deviceKey, let (seq, line) = Self.ledgerHead(of: store) else { return nil }
        let keyID = DeviceKey.keyID(deviceKey)
        try connection.transaction { () throws(ArchiveError) in
            try connection.execute(
                "INSERT INTO keywork_devices (key_id, public_key) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                [.text(keyID), .bytes(deviceKey)])
            try connection.execute(
                "INSERT INTO keywork_ledger_heads (device_key_id, seq, line) VALUES ($1, $2::bigint, $3) "
                    + "ON CONFLICT DO NOTHING",
                [.text(keyID), .text(String(seq)), .bytes(line)])
        }
        return seq
    }

    /// The last whole line of the store's ledger and its seq; nil when there is no ledger yet.
    public static func ledgerHead(of store: Store) -> (seq: Int64, line: [UInt8])? {
        guard let bytes = FileManager.default.contents(atPath: store.root + "/ledger.jsonl"),
            let end = bytes.lastIndex(of: UInt8(ascii: "\n"))
        else { return nil }
        let whole = bytes[..<end]
        let start = whole.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? whole.startIndex
        let line = Array(whole[start...])
        guard let value = try? JSONParser.parse(line), case .int(let seq)? = value["seq"] else { return nil }
        return (seq, line)
    }

    /// A PostgreSQL array literal of text values, each quoted so that no value can break out of it.
    static func arrayLiteral(_ values: [String]) -> String {
        "{"
            + values.map {
                "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                    + "\""
            }
            .joined(separator: ",") + "}"
    }
}

import KeyworkGuides

/// `keywork archive retention --before DATE`: the sessions sealed before a date, which the agency's retention
/// period says may go. Listing needs only read access; deleting is done under the retention role
/// (`SET LOCAL ROLE keywork_retention`, the one role the append-only trigger lets delete), in one transaction,
/// with an audit row for each session written before it is deleted.
public struct ArchiveRetention {
    /// A session that would be (or was) deleted.
    public struct Entry: Sendable, Equatable {
        public var sessionID: String
        public var clientReference: String?
        public var sealedAt: String
        public var journalSHA256: String
    }

    public let connection: ArchiveConnection

    public init(connection: ArchiveConnection) {
        self.connection = connection
    }

    /// The sessions sealed before the start (UTC) of `before`, oldest first.
    public func list(before: GuideDate) throws(ArchiveError) -> [Entry] {
        try ArchiveSchema.requireCurrent(connection)
        return try entries(before: before)
    }

    /// Deletes the sessions sealed before `before`, each with its audit row, and returns them.
    public func delete(before: GuideDate) throws(ArchiveError) -> [Entry] {
        try ArchiveSchema.requireCurrent(connection)
        return try connection.transaction { () throws(ArchiveError) -> [Entry] in
            try connection.execute("SET LOCAL ROLE keywork_retention")
            let rows = try connection.execute(
                "DELETE FROM keywork_sessions WHERE \(Self.sealedBefore) RETURNING \(Self.columns)",
                [.text(before.description)])
            let deleted = Self.entries(rows).sorted { ($0.sealedAt, $0.sessionID) < ($1.sealedAt, $1.sessionID) }
            // In the same transaction as the deletion: both are kept, or neither.
            for entry in deleted {
                try connection.execute(
                    """
                    INSERT INTO keywork_retention_audit (session_id, journal_sha256, client_reference, sealed_at,
                        deleted_before) VALUES ($1, $2, $3, $4::timestamptz, $5::date)
                    """,
                    [
                        .text(entry.sessionID), .text(entry.journalSHA256), .optional(entry.clientReference),
                        .text(entry.sealedAt), .text(before.description),
                    ])
            }
            return deleted
        }
    }

    private static let sealedBefore = "sealed_at < $1::date::timestamp AT TIME ZONE 'UTC'"
    private static let columns = """
        session_id, client_reference, to_char(sealed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        journal_sha256
        """

    private func entries(before: GuideDate) throws(ArchiveError) -> [Entry] {
        let rows = try connection.execute(
            "SELECT \(Self.columns) FROM keywork_sessions WHERE \(Self.sealedBefore) ORDER BY sealed_at, session_id",
            [.text(before.description)])
        return Self.entries(rows)
    }

    private static func entries(_ rows: ArchiveRows) -> [Entry] {
        rows.rows.map { row in
            Entry(sessionID: row[0] ?? "", clientReference: row[1], sealedAt: row[2] ?? "", journalSHA256: row[3] ?? "")
        }
    }
}

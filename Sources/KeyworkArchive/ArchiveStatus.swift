import KeyworkRecord

/// `keywork archive status`, the server's side: what the agency archive holds from this computer, set beside what
/// the store notes as sent. Only reads; the store's own list of what is not yet archived needs no network.
public struct ArchiveStatus: Sendable, Equatable {
    /// Sessions in the whole archive, from every computer.
    public var sessionsInArchive: Int
    /// Sessions in the archive sealed with this computer's key.
    public var sessionsFromThisComputer: Int
    /// This computer's ledger head as the archive last received it (a line's seq), if ever.
    public var ledgerHeadInArchive: Int64?
    /// Sessions the store notes as sent that the archive does not hold with the same journal: deleted under
    /// retention, or an archive restored from a backup older than the push.
    public var notedButMissing: [String]

    /// Asks the archive. `marks` is the store's note of what was sent (session id to its journal's SHA-256).
    public static func read(
        _ connection: ArchiveConnection, deviceKey: [UInt8]?, marks: [String: String]
    ) throws(ArchiveError) -> ArchiveStatus {
        try ArchiveSchema.requireCurrent(connection)
        let keyID = deviceKey.map(DeviceKey.keyID) ?? ""
        let counts = try connection.execute(
            "SELECT count(*), count(*) FILTER (WHERE device_key_id = $1) FROM keywork_sessions", [.text(keyID)])
        let head = try connection.execute(
            "SELECT max(seq) FROM keywork_ledger_heads WHERE device_key_id = $1", [.text(keyID)])
        let noted = marks.sorted { $0.key < $1.key }
        let missing = try connection.execute(
            """
            SELECT noted.session_id FROM unnest($1::text[], $2::text[]) AS noted (session_id, journal_sha256)
            WHERE NOT EXISTS (
                SELECT FROM keywork_sessions s
                WHERE s.session_id = noted.session_id AND s.journal_sha256 = noted.journal_sha256)
            ORDER BY noted.session_id
            """,
            [.text(ArchivePush.arrayLiteral(noted.map(\.key))), .text(ArchivePush.arrayLiteral(noted.map(\.value)))])
        let row = counts.rows.first
        return ArchiveStatus(
            sessionsInArchive: Int(row?[0] ?? "") ?? 0, sessionsFromThisComputer: Int(row?[1] ?? "") ?? 0,
            ledgerHeadInArchive: head.rows.first?.first.flatMap { $0.flatMap { Int64($0) } },
            notedButMissing: missing.rows.compactMap { $0.first ?? nil })
    }
}

import KeyworkGuides
import KeyworkRecord

/// `keywork due --archive`: the agency-wide list, chosen by SQL over the indexed columns (each client's latest
/// agreement and latest wait, which `keywork_client_latest` keeps, so that the query reads only what it lists),
/// then each listed session's bytes verified with this computer's keys before it is shown. What is shown comes from the verified bytes, never from the columns: a row that does not verify, or
/// whose columns say other than its bytes, is listed apart as needing attention.
public struct ArchiveDue {
    /// Whose sessions to list: everyone's, one keyworker's (by the name in their records), or one team's.
    public struct Filter: Sendable, Equatable {
        public var keyworker: String?
        public var team: String?

        public init(keyworker: String? = nil, team: String? = nil) {
            self.keyworker = keyworker
            self.team = team
        }
    }

    public let connection: ArchiveConnection
    public let trust: VerificationTrust
    public let guide: (JournalHeader.GuideReference) -> Guide?

    public init(
        connection: ArchiveConnection, trust: VerificationTrust,
        guide: @escaping (JournalHeader.GuideReference) -> Guide?
    ) {
        self.connection = connection
        self.trust = trust
        self.guide = GuideMemo.remembering(guide)
    }

    public func list(today: GuideDate, filter: Filter) throws(ArchiveError) -> DueList {
        try ArchiveSchema.requireCurrent(connection)
        let horizon = today.adding(days: DueList.revisitWindowDays)
        let rows = try connection.execute(
            """
            WITH listed AS (
                SELECT agreement_session_id AS session_id, agreement_keyworker AS keyworker, 'revisit' AS kind,
                    next_revisit AS due_on
                FROM keywork_client_latest WHERE next_revisit <= $1::date
                UNION ALL
                SELECT wait_session_id, wait_keyworker, 'wait', wait_until
                FROM keywork_client_latest WHERE wait_until < $2::date
            )
            SELECT listed.kind, s.session_id, s.journal, s.seal, s.next_revisit::text, s.wait_until::text,
                listed.due_on::text
            FROM listed JOIN keywork_sessions s USING (session_id)
            WHERE ($3::text IS NULL OR listed.keyworker = $3)
              AND ($4::text IS NULL OR listed.keyworker IN (SELECT keyworker FROM keywork_team_members WHERE team = $4))
            ORDER BY s.session_id
            """,
            [
                .text(horizon.description), .text(today.description), .optional(filter.keyworker),
                .optional(filter.team),
            ])
        var items: [DueList.Item] = []
        var attention: [DueList.Attention] = []
        for row in rows.rows {
            let kind = row[0] ?? ""
            let sessionID = row[1] ?? ""
            guard let journal = ArchiveRows.bytes(row[2]), let seal = ArchiveRows.bytes(row[3]) else {
                attention.append(
                    .init(
                        kind: "does_not_verify", sessionID: sessionID, clientReference: nil,
                        reason: "its bytes cannot be read from the archive"))
                continue
            }
            let verified = Verifier.verify(sealBytes: seal, journalBytes: journal, folderName: sessionID, trust: trust)
            if case .invalid(let reason) = verified.verification.outcome {
                attention.append(
                    .init(
                        kind: "does_not_verify", sessionID: sessionID, clientReference: nil,
                        reason: "as the agency archive holds it: " + reason))
                continue
            }
            guard let index = SessionIndex.of(verified, guide: guide) else {
                attention.append(
                    .init(
                        kind: "does_not_verify", sessionID: sessionID, clientReference: nil,
                        reason: "as the agency archive holds it, it is not sealed"))
                continue
            }
            // Both the session's own column and the per-client table that listed it must say what the bytes say.
            let sealedDate = kind == "revisit" ? index.nextRevisit?.description : index.waitUntil?.description
            let columnsAgree = (kind == "revisit" ? row[4] : row[5]) == sealedDate && row[6] == sealedDate
            guard columnsAgree else {
                attention.append(
                    .init(
                        kind: "archive_columns_differ", sessionID: sessionID, clientReference: index.clientReference,
                        reason: "the agency archive's \(kind == "revisit" ? "next_revisit" : "wait_until") column "
                            + "does not match what the sealed record says; the row was changed in the database"))
                continue
            }
            if kind == "revisit", let date = index.nextRevisit {
                items.append(
                    DueList.Item(
                        kind: .revisit, clientReference: index.clientReference, sessionID: sessionID,
                        guideID: index.guideID, date: date, today: today))
            } else if let wait = index.wait {
                items.append(
                    DueList.Item(
                        kind: .wait, clientReference: index.clientReference, sessionID: sessionID,
                        guideID: index.guideID, date: wait.date, today: today, waitingFor: wait.waitingFor,
                        howToldOfDelays: wait.howToldOfDelays))
            }
        }
        return DueList(today: today, unsorted: items, attention: attention)
    }
}

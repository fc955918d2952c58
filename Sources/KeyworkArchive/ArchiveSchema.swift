/// The archive's tables, created or brought up to date by `keywork archive init`, each version in order and all
/// of them in one transaction: an archive is at one version or the one before, never half-way.
///
/// Rows are append-only: a trigger refuses every UPDATE, and every DELETE except by the retention role
/// (`SET ROLE keywork_retention`, which `keywork archive retention --confirm` does), whoever asks, the owner
/// included. The roles `keywork_keyworker` (insert and read), `keywork_team_leader` (read) and
/// `keywork_retention` (read and delete sessions, write the audit) are made when missing; the agency grants them
/// to its logins (Docs/archive.md).
public enum ArchiveSchema {
    /// The newest version this Keywork knows.
    public static var currentVersion: Int { migrations.count }

    /// What `init` did: the version found, and the version now.
    public struct Outcome: Sendable, Equatable {
        public var from: Int
        public var to: Int

        public init(from: Int, to: Int) {
            self.from = from
            self.to = to
        }
    }

    /// Creates or migrates the schema in one transaction. A schema newer than this Keywork knows is refused.
    public static func initialize(_ connection: ArchiveConnection) throws(ArchiveError) -> Outcome {
        try connection.transaction { () throws(ArchiveError) -> Outcome in
            try connection.execute(
                """
                CREATE TABLE IF NOT EXISTS keywork_schema (
                    version integer PRIMARY KEY,
                    migrated_at timestamptz NOT NULL DEFAULT now()
                )
                """)
            // Two inits at once: the second waits here, then finds the work done.
            try connection.execute("LOCK TABLE keywork_schema IN EXCLUSIVE MODE")
            let found = try version(connection)
            guard found <= currentVersion else {
                throw ArchiveError.schema(
                    "the archive's schema is version \(found), newer than this Keywork knows (\(currentVersion))")
            }
            for (index, statements) in migrations.enumerated() where index + 1 > found {
                for statement in statements { try connection.execute(statement) }
                try connection.execute("INSERT INTO keywork_schema (version) VALUES ($1)", [.text(String(index + 1))])
            }
            return Outcome(from: found, to: currentVersion)
        }
    }

    /// The archive's schema version: 0 when it has none yet.
    public static func version(_ connection: ArchiveConnection) throws(ArchiveError) -> Int {
        let exists = try connection.execute("SELECT to_regclass('keywork_schema') IS NOT NULL")
        guard exists.rows.first?.first == "t" else { return 0 }
        let rows = try connection.execute("SELECT coalesce(max(version), 0) FROM keywork_schema")
        return rows.rows.first?.first.flatMap { $0.flatMap { Int($0) } } ?? 0
    }

    /// Refuses to work on an archive that is not at the version this Keywork knows.
    public static func requireCurrent(_ connection: ArchiveConnection) throws(ArchiveError) {
        let found = try version(connection)
        if found == 0 {
            throw ArchiveError.schema("the agency archive has no Keywork schema yet")
        }
        if found != currentVersion {
            throw ArchiveError.schema(
                "the agency archive's schema is version \(found), and this Keywork needs version \(currentVersion)")
        }
    }

    /// Each version's statements, in order; a released version is never edited, only followed by a new one.
    static let migrations: [[String]] = [
        [
            // Roles belong to the whole server, so another database's init may be making them at the same moment.
            """
            DO $$
            DECLARE
                role text;
            BEGIN
                FOREACH role IN ARRAY ARRAY['keywork_keyworker', 'keywork_team_leader', 'keywork_retention'] LOOP
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = role) THEN
                        BEGIN
                            EXECUTE format('CREATE ROLE %I NOLOGIN', role);
                        EXCEPTION WHEN duplicate_object OR unique_violation THEN
                            NULL;
                        END;
                    END IF;
                END LOOP;
            END $$
            """,
            """
            CREATE TABLE keywork_devices (
                key_id text PRIMARY KEY,
                public_key bytea NOT NULL UNIQUE CHECK (length(public_key) = 32),
                first_pushed timestamptz NOT NULL DEFAULT now()
            )
            """,
            """
            CREATE TABLE keywork_sessions (
                session_id text PRIMARY KEY,
                journal bytea NOT NULL,
                seal bytea NOT NULL,
                journal_sha256 text NOT NULL,
                client_reference text,
                guide_id text NOT NULL,
                guide_version text NOT NULL,
                sealed_at timestamptz NOT NULL,
                keyworker text NOT NULL,
                device_key_id text NOT NULL REFERENCES keywork_devices (key_id),
                is_agreement boolean NOT NULL,
                next_revisit date,
                wait_until date,
                links text[] NOT NULL DEFAULT '{}',
                archived_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            "CREATE INDEX keywork_sessions_client ON keywork_sessions (client_reference, session_id DESC)",
            """
            CREATE INDEX keywork_sessions_latest_agreement ON keywork_sessions (client_reference, session_id DESC)
                INCLUDE (next_revisit, keyworker) WHERE is_agreement
            """,
            "CREATE INDEX keywork_sessions_next_revisit ON keywork_sessions (next_revisit) WHERE is_agreement",
            "CREATE INDEX keywork_sessions_wait ON keywork_sessions (wait_until) WHERE wait_until IS NOT NULL",
            "CREATE INDEX keywork_sessions_keyworker ON keywork_sessions (keyworker)",
            "CREATE INDEX keywork_sessions_sealed_at ON keywork_sessions (sealed_at)",
            "CREATE INDEX keywork_sessions_device ON keywork_sessions (device_key_id)",
            // The same id pushed again with other bytes: both kept, the archived row unchanged, this one beside it.
            """
            CREATE TABLE keywork_conflicts (
                id bigserial PRIMARY KEY,
                session_id text NOT NULL,
                journal bytea NOT NULL,
                seal bytea NOT NULL,
                journal_sha256 text NOT NULL,
                device_key_id text NOT NULL,
                reported_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            // Each device's ledger head as pushed: the last line of its ledger.jsonl, exactly.
            """
            CREATE TABLE keywork_ledger_heads (
                device_key_id text NOT NULL REFERENCES keywork_devices (key_id),
                seq bigint NOT NULL,
                line bytea NOT NULL,
                pushed_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (device_key_id, seq)
            )
            """,
            // Teams, kept by the agency: which keyworker (by the name their records carry) is in which team.
            """
            CREATE TABLE keywork_team_members (
                team text NOT NULL,
                keyworker text NOT NULL,
                PRIMARY KEY (team, keyworker)
            )
            """,
            """
            CREATE TABLE keywork_retention_audit (
                id bigserial PRIMARY KEY,
                session_id text NOT NULL,
                journal_sha256 text NOT NULL,
                client_reference text,
                sealed_at timestamptz NOT NULL,
                deleted_before date NOT NULL,
                deleted_by text NOT NULL DEFAULT session_user,
                deleted_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            """
            CREATE FUNCTION keywork_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'keywork_sessions' AND current_user = 'keywork_retention' THEN
                    RETURN OLD;
                END IF;
                RAISE EXCEPTION 'keywork archive rows are append-only: % on % is refused', TG_OP, TG_TABLE_NAME
                    USING ERRCODE = 'insufficient_privilege',
                    HINT = 'only the retention role deletes sessions: keywork archive retention --confirm';
            END $$
            """,
            """
            CREATE TRIGGER keywork_sessions_append_only BEFORE UPDATE OR DELETE ON keywork_sessions
                FOR EACH ROW EXECUTE FUNCTION keywork_refuse_change()
            """,
            """
            CREATE TRIGGER keywork_sessions_no_truncate BEFORE TRUNCATE ON keywork_sessions
                FOR EACH STATEMENT EXECUTE FUNCTION keywork_refuse_change()
            """,
            """
            CREATE TRIGGER keywork_devices_append_only BEFORE UPDATE OR DELETE ON keywork_devices
                FOR EACH ROW EXECUTE FUNCTION keywork_refuse_change()
            """,
            """
            CREATE TRIGGER keywork_conflicts_append_only BEFORE UPDATE OR DELETE ON keywork_conflicts
                FOR EACH ROW EXECUTE FUNCTION keywork_refuse_change()
            """,
            """
            CREATE TRIGGER keywork_ledger_heads_append_only BEFORE UPDATE OR DELETE ON keywork_ledger_heads
                FOR EACH ROW EXECUTE FUNCTION keywork_refuse_change()
            """,
            """
            CREATE TRIGGER keywork_retention_audit_append_only BEFORE UPDATE OR DELETE ON keywork_retention_audit
                FOR EACH ROW EXECUTE FUNCTION keywork_refuse_change()
            """,
            "GRANT SELECT ON keywork_schema TO keywork_keyworker, keywork_team_leader, keywork_retention",
            """
            GRANT SELECT, INSERT ON keywork_devices, keywork_sessions, keywork_conflicts, keywork_ledger_heads
                TO keywork_keyworker
            """,
            "GRANT USAGE ON SEQUENCE keywork_conflicts_id_seq TO keywork_keyworker",
            "GRANT SELECT ON keywork_team_members TO keywork_keyworker, keywork_team_leader, keywork_retention",
            """
            GRANT SELECT ON keywork_devices, keywork_sessions, keywork_conflicts, keywork_ledger_heads
                TO keywork_team_leader
            """,
            "GRANT SELECT, DELETE ON keywork_sessions TO keywork_retention",
            "GRANT SELECT, INSERT ON keywork_retention_audit TO keywork_retention",
            "GRANT USAGE ON SEQUENCE keywork_retention_audit_id_seq TO keywork_retention",
        ],
        latestPerClient,
    ]

    /// Version 2: each client's latest agreement and latest wait, kept by triggers as sessions are inserted and
    /// deleted, so that `due --archive` reads an index over what is due (in proportion to what it lists) instead of
    /// every agreement ever archived. A derived table: only its triggers write it (as the schema's owner, through
    /// SECURITY DEFINER), and what it points to is verified from the session's bytes before it is shown.
    static let latestPerClient: [String] = [
        """
        CREATE TABLE keywork_client_latest (
            client_reference text PRIMARY KEY,
            agreement_session_id text,
            agreement_keyworker text,
            next_revisit date,
            wait_session_id text,
            wait_keyworker text,
            wait_until date
        )
        """,
        "CREATE INDEX keywork_client_latest_revisit ON keywork_client_latest (next_revisit)",
        "CREATE INDEX keywork_client_latest_wait ON keywork_client_latest (wait_until)",
        """
        INSERT INTO keywork_client_latest (client_reference, agreement_session_id, agreement_keyworker, next_revisit)
        SELECT DISTINCT ON (client_reference) client_reference, session_id, keyworker, next_revisit
        FROM keywork_sessions WHERE is_agreement AND client_reference IS NOT NULL
        ORDER BY client_reference, session_id DESC
        """,
        """
        INSERT INTO keywork_client_latest AS latest (client_reference, wait_session_id, wait_keyworker, wait_until)
        SELECT DISTINCT ON (client_reference) client_reference, session_id, keyworker, wait_until
        FROM keywork_sessions WHERE wait_until IS NOT NULL AND client_reference IS NOT NULL
        ORDER BY client_reference, session_id DESC
        ON CONFLICT (client_reference) DO UPDATE SET wait_session_id = excluded.wait_session_id,
            wait_keyworker = excluded.wait_keyworker, wait_until = excluded.wait_until
        """,
        // A later session id is a later session (ids begin with their UTC start time), as the store orders them.
        """
        CREATE FUNCTION keywork_note_latest() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path FROM CURRENT AS $$
        BEGIN
            IF NEW.client_reference IS NULL OR NOT (NEW.is_agreement OR NEW.wait_until IS NOT NULL) THEN
                RETURN NULL;
            END IF;
            INSERT INTO keywork_client_latest (client_reference) VALUES (NEW.client_reference)
                ON CONFLICT DO NOTHING;
            IF NEW.is_agreement THEN
                UPDATE keywork_client_latest SET agreement_session_id = NEW.session_id,
                    agreement_keyworker = NEW.keyworker, next_revisit = NEW.next_revisit
                WHERE client_reference = NEW.client_reference
                    AND (agreement_session_id IS NULL OR agreement_session_id < NEW.session_id);
            END IF;
            IF NEW.wait_until IS NOT NULL THEN
                UPDATE keywork_client_latest SET wait_session_id = NEW.session_id, wait_keyworker = NEW.keyworker,
                    wait_until = NEW.wait_until
                WHERE client_reference = NEW.client_reference
                    AND (wait_session_id IS NULL OR wait_session_id < NEW.session_id);
            END IF;
            RETURN NULL;
        END $$
        """,
        // Retention deleted a client's latest agreement or wait: the one before it, if any is left, is latest now.
        """
        CREATE FUNCTION keywork_forget_latest() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path FROM CURRENT AS $$
        BEGIN
            UPDATE keywork_client_latest SET (agreement_session_id, agreement_keyworker, next_revisit) = (
                SELECT s.session_id, s.keyworker, s.next_revisit FROM keywork_sessions s
                WHERE s.client_reference = OLD.client_reference AND s.is_agreement
                ORDER BY s.session_id DESC LIMIT 1)
            WHERE client_reference = OLD.client_reference AND agreement_session_id = OLD.session_id;
            UPDATE keywork_client_latest SET (wait_session_id, wait_keyworker, wait_until) = (
                SELECT s.session_id, s.keyworker, s.wait_until FROM keywork_sessions s
                WHERE s.client_reference = OLD.client_reference AND s.wait_until IS NOT NULL
                ORDER BY s.session_id DESC LIMIT 1)
            WHERE client_reference = OLD.client_reference AND wait_session_id = OLD.session_id;
            RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER keywork_sessions_note_latest AFTER INSERT ON keywork_sessions
            FOR EACH ROW EXECUTE FUNCTION keywork_note_latest()
        """,
        """
        CREATE TRIGGER keywork_sessions_forget_latest AFTER DELETE ON keywork_sessions
            FOR EACH ROW EXECUTE FUNCTION keywork_forget_latest()
        """,
        "REVOKE ALL ON FUNCTION keywork_note_latest(), keywork_forget_latest() FROM PUBLIC",
        "GRANT SELECT ON keywork_client_latest TO keywork_keyworker, keywork_team_leader, keywork_retention",
    ]
}

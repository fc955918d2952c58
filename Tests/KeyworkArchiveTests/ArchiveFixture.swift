import Foundation
import KeyworkArchive
import KeyworkForgery
import KeyworkPostgresCluster
import KeyworkRecord

/// One test's archive: its own database in the private cluster, with the schema made, and a store of its own.
struct ArchiveFixture {
    let cluster: PostgresCluster
    let database: String
    let settings: String
    let connection: ArchiveConnection
    let sessions: DueStore

    init() throws {
        cluster = try PostgresCluster.start()
        (database, settings) = try cluster.makeDatabase()
        connection = try ArchiveConnection(settings: settings)
        _ = try ArchiveSchema.initialize(connection)
        let folder = NSTemporaryDirectory() + "keywork-archive-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        sessions = try DueStore(root: folder + "/store")
    }

    var store: Store { sessions.store }

    func trust() throws -> VerificationTrust { try VerificationTrust.of(store: store) }

    func push(batchSize: Int = 200) throws -> ArchivePush.Report {
        let guide = sessions.guide
        var push = ArchivePush(store: store, connection: connection, trust: try trust(), guide: { _ in guide })
        push.batchSize = batchSize
        return try push.run()
    }

    /// SQL through psql, as the test's superuser.
    @discardableResult
    func psql(_ sql: String) throws -> String { try cluster.psql(database: database, sql) }

    /// Changes a row as someone with the database's owner rights could: the trigger turned off around an UPDATE.
    func changeInDatabase(_ sql: String) throws {
        try psql(
            """
            BEGIN;
            ALTER TABLE keywork_sessions DISABLE TRIGGER keywork_sessions_append_only;
            \(sql);
            ALTER TABLE keywork_sessions ENABLE TRIGGER keywork_sessions_append_only;
            COMMIT;
            """)
    }
}

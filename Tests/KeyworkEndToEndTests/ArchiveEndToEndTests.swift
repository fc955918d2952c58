import Foundation
import KeyworkForgery
import KeyworkRecord
import KeyworkTestSupport
import Testing

/// The agency archive through the real binary, against a database of the test's own in a private PostgreSQL
/// cluster: two computers (stores with their own device keys, each trusting the other), push, revisit through the
/// archive, a push killed with kill -9, a row changed in the database.
@Suite struct ArchiveEndToEndTests {
    /// A database with the schema made through `keywork archive init`, and the environment that points at it.
    struct Archive {
        let cluster: PostgresCluster
        let database: String
        let environment: [String: String]

        init() throws {
            cluster = try PostgresCluster.start()
            let made = try cluster.makeDatabase()
            database = made.name
            environment = ["KEYWORK_ARCHIVE": made.settings]
            let initialized = try KeyworkBinary.run(["archive", "init"], environment: environment)
            #expect(initialized.status == 0, "\(initialized.errors)")
            #expect(initialized.output == "the agency archive's schema is now at version 1 (it was at 0)\n")
        }

        func run(_ arguments: [String], store: Store, input: String? = nil) throws -> KeyworkBinary.Result {
            try KeyworkBinary.run(arguments + ["--store", store.root], environment: environment, input: input)
        }

        @discardableResult
        func psql(_ sql: String) throws -> String { try cluster.psql(database: database, sql) }
    }

    /// Two computers' stores, A with sessions sealed by its own key, B with a key of its own; each trusts the other.
    static func twoComputers() throws -> (a: DueStore, b: Store) {
        let a = try DueStore()
        let b = Store(root: try KeyworkBinary.temporaryStore() + "/store")
        try b.prepare()
        let bKey = try DeviceKey.loadOrCreate(store: b)
        #expect(bKey.publicKeyBytes != a.key.publicKeyBytes)
        for (from, to, name) in [(a.store, b, "laptop-a"), (b, a.store, "laptop-b")] {
            let trusted = try KeyworkBinary.run([
                "key", "trust", from.keysFolder + "/device.pub", "--name", name, "--store", to.root,
            ])
            #expect(trusted.status == 0, "\(trusted.errors)")
        }
        return (a, b)
    }

    @Test func anAgreementSealedOnOneComputerIsRevisitedOnAnotherThroughTheArchive() throws {
        let archive = try Archive()
        let (a, b) = try Self.twoComputers()
        let agreement = try a.session(client: "C-2001", on: "2026-11-02", DueStore.agreement(waitWeeks: nil))
        let pushed = try archive.run(["archive", "push"], store: a.store)
        #expect(pushed.status == 0, "\(pushed.errors)")
        #expect(pushed.output.hasPrefix("1 sent to the agency archive; 0 were there already\n"), "\(pushed.output)")
        #expect(
            try archive.psql("SELECT session_id, client_reference, is_agreement, next_revisit FROM keywork_sessions")
                == "\(agreement)|C-2001|t|2026-12-02")

        let revisit = try archive.run(
            ["revisit", "--client", "C-2001", "--keyworker", "Robin", "--plain"], store: b, input: Self.revisitInput)
        #expect(revisit.status == 0, "\(revisit.errors)")
        // Fetched into B's archive cache, never into its sessions/, and linked from B's own revisit.
        let cached = b.root + "/archive-cache/sessions/\(agreement)"
        #expect(FileManager.default.fileExists(atPath: cached + "/seal.sig"))
        #expect(!FileManager.default.fileExists(atPath: b.sessionFolder(agreement)))
        let own = try b.listSessions()
        #expect(own.count == 1 && own[0].isSealed, "\(own)")
        let verifiedB = try archive.run(["verify"], store: b)
        #expect(verifiedB.status == 0, "\(verifiedB.output)\(verifiedB.errors)")
        #expect(verifiedB.output.contains("\(own[0].id) revisits \(agreement): valid"), "\(verifiedB.output)")
        let verifiedA = try archive.run(["verify"], store: a.store)
        #expect(verifiedA.status == 0, "\(verifiedA.output)\(verifiedA.errors)")
        // B's revisit goes to the archive too, and the agreement's chain is whole there.
        let pushedB = try archive.run(["archive", "push"], store: b)
        #expect(pushedB.status == 0, "\(pushedB.errors)")
        #expect(try archive.psql("SELECT count(*) FROM keywork_sessions") == "2")
    }

    static let revisitInput = "\n1\n1\n\n3\nyes\nyes\nJ\nRobin\n\n\n\n"
}

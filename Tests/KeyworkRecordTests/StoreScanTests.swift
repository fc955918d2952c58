import Foundation
import KeyworkForgery
import Testing

@testable import KeyworkRecord

/// A store scan reports every folder under `sessions/`: renaming a record or deleting its journal never hides it.
@Suite struct StoreScanTests {
    private let folder = TemporaryFolder()
    private var store: Store { folder.store }
    static let id = "20261127-024630-a1b2c3"

    func verifyStore() throws -> [SessionVerification] {
        try Verifier.verifyStore(root: store.root, trust: Fixture.trust(Fixture.key()), checkingLinks: true).sessions
    }

    @Test func aRenamedFolderIsInvalidAndNamed() throws {
        try ForgedSession(id: Self.id, key: Fixture.key()).write(into: store)
        try FileManager.default.moveItem(
            atPath: store.sessionFolder(Self.id), toPath: store.sessionsFolder + "/old-one")
        let results = try verifyStore()
        #expect(results.map(\.sessionID) == ["old-one"])
        #expect(
            results.first?.outcome
                == .invalid(
                    reason: "the folder's name is not a session id, so no revisit or ledger can find it (was it "
                        + "renamed?); the seal is for session \(Self.id), not this folder old-one"))
    }

    @Test func aSealWithoutItsJournalIsInvalidWhetherScannedOrNamed() throws {
        try ForgedSession(id: Self.id, key: Fixture.key()).write(into: store)
        unlink(store.sessionFolder(Self.id) + "/journal.jsonl")
        let reason = "seal.sig is here but journal.jsonl is missing: the journal was deleted or moved"
        #expect(try verifyStore().map(\.outcome) == [.invalid(reason: reason)])
        #expect(
            Verifier.verifySession(folder: store.sessionFolder(Self.id), trust: Fixture.trust(Fixture.key())).outcome
                == .invalid(reason: reason))
    }

    @Test func plainFilesBesideTheSessionsAreLeftOut() throws {
        try ForgedSession(id: Self.id, key: Fixture.key()).write(into: store)
        writeBytes(store.sessionsFolder + "/.DS_Store", [0])
        #expect(try store.misnamedSessionFolders().isEmpty)
        #expect(try verifyStore().map(\.sessionID) == [Self.id])
    }

    @Test func anUnfinishedJournalInARenamedFolderIsInvalidToo() throws {
        let journal = try Fixture.openSession(store: store)
        journal.close()
        try FileManager.default.moveItem(atPath: journal.folder, toPath: store.sessionsFolder + "/hidden")
        #expect(try verifyStore().first?.outcome.isInvalidBecause("it holds an unfinished journal") == true)
    }
}

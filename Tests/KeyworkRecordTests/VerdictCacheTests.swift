import Foundation
import Testing

@testable import KeyworkRecord

/// One pass over a store checks each earlier agreement once, whatever links to it, and says exactly
/// what checking each session on its own says.
@Suite struct VerdictCacheTests {
    /// Every session of the store, oldest first, as `keywork due` reads them, sharing one cache.
    func pass(over store: Store, cache: VerdictCache) throws -> [SessionVerification] {
        try store.listSessions().map {
            Verifier.readVerified(folder: store.sessionFolder($0.id), trust: Fixture.trust(Fixture.key()), cache: cache)
                .verification
        }
    }

    func onTheirOwn(_ store: Store) throws -> [SessionVerification] {
        try store.listSessions().map {
            Verifier.verifySession(
                folder: store.sessionFolder($0.id), trust: Fixture.trust(Fixture.key()), checkingLinks: true)
        }
    }

    @Test func anEarlierAgreementIsCheckedOnceInAPass() throws {
        let folder = TemporaryFolder()
        let store = folder.store
        let (earlier, revisit) = try RevisitRecordTests.agreementAndRevisit(store: store)
        let cache = VerdictCache()
        let results = try pass(over: store, cache: cache)
        #expect(results.map(\.sessionID) == [earlier, revisit])
        #expect(results.allSatisfy { $0.isValid })
        // Without the cache: the agreement, the revisit, and the agreement again behind the revisit's link.
        #expect(cache.sessionsChecked == 2)
        let alone = try onTheirOwn(store)
        #expect(results == alone)
        #expect(results.last?.chain.map(\.sessionID) == [earlier])
    }

    @Test func aTamperedEarlierAgreementIsNotHiddenByTheCache() throws {
        let folder = TemporaryFolder()
        let store = folder.store
        let (earlier, _) = try RevisitRecordTests.agreementAndRevisit(store: store)
        try RevisitRecordTests.tamperWithJournal(of: earlier, in: store)
        let cache = VerdictCache()
        let results = try pass(over: store, cache: cache)
        #expect(results.allSatisfy { !$0.isValid })
        let alone = try onTheirOwn(store)
        #expect(results == alone)
        // An invalid verdict is not kept, so the link checks the agreement again.
        #expect(cache.sessionsChecked == 3)
    }

    @Test func aWholeStoreVerifiesTheSameWithTheCacheOnOneThreadOrTwo() throws {
        let folder = TemporaryFolder()
        let store = folder.store
        _ = try RevisitRecordTests.agreementAndRevisit(store: store)
        let expected = try onTheirOwn(store)
        for threads in [1, 2] {
            let results = try Verifier.verifyStore(
                root: store.root, trust: Fixture.trust(Fixture.key()), checkingLinks: true, concurrency: threads)
            #expect(results == expected, "\(threads) threads")
        }
    }
}

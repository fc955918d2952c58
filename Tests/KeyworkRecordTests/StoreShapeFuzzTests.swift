import Foundation
import KeyworkForgery
import KeyworkTestSupport
import KeyworkText
import Testing

@testable import KeyworkRecord

/// Stores planted with seeded shapes (self-links, loops, long chains, webs, forged keys and roles, renamed
/// folders, deleted seals and sessions, escape codes): verify reports exactly the planted sessions INVALID, prints
/// one line per session and link with nothing a terminal acts on, and `due` lists every one of them.
@Suite struct StoreShapeFuzzTests {
    static let seed: UInt64 = 15
    static let caseCount = 150

    @Test func everyPlantedShapeIsFoundAndNothingElse() throws {
        let folder = TemporaryFolder()
        let watchdog = FuzzWatchdog()
        defer { watchdog.stop() }
        let deviceKey = Fixture.key()
        var counts: [StoreShape: Int] = [:]
        var flagged = 0
        for index in 0..<Self.caseCount {
            var random = SeededRandom.forCase(index, seed: Self.seed)
            let replay = "store shape fuzz case \(index) (seed \(Self.seed))"
            let shaped = try ShapedStore.make(
                at: folder.path + "/case-\(index)", deviceKey: deviceKey, forger: Fixture.otherKey(), using: &random)
            for shape in shaped.shapes { counts[shape, default: 0] += 1 }
            watchdog.begin(replay)
            let results = try Verifier.verifyStore(
                root: shaped.store.root, trust: Fixture.trust(deviceKey), checkingLinks: true, checkingLedger: true)
            let due = try DueList.build(store: shaped.store, now: Fixture.start, guide: { _ in nil })
            watchdog.end()
            let invalid = Set(results.sessions.filter(\.isInvalid).map(\.sessionID))
            #expect(invalid == shaped.mustFail, "\(replay) \(shaped.shapes): \(results.sessions.map(\.summary))")
            #expect(results.ledger?.isValid == true, "\(replay)")
            flagged += invalid.count
            let lines = results.sessions.flatMap { $0.summary.split(separator: "\n", omittingEmptySubsequences: false) }
            #expect(
                lines.count <= results.sessions.count + shaped.linkCount, "\(replay): one line per session and link")
            for line in lines {
                #expect(TerminalText.firstActingScalar(in: String(line)) == nil, "\(replay): \(line)")
            }
            let attention = Set(due.attention.map(\.sessionID))
            #expect(shaped.mustFail.isSubset(of: attention), "\(replay): due lists \(attention)")
        }
        let summary = StoreShape.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        print(
            "store shape fuzz: \(Self.caseCount) stores, seed \(Self.seed), \(flagged) planted sessions found (\(summary))"
        )
        #expect(StoreShape.allCases.allSatisfy { (counts[$0] ?? 0) > 0 }, "every shape is tried")
    }
}

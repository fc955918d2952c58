import Foundation
import KeyworkTestSupport
import Testing

@testable import KeyworkRecord

/// A ledger damaged or forged any way never traps: verify reads it or says why it cannot, and a seal either
/// goes on from it or stops with the ledger named.
@Suite struct LedgerFuzzTests {
    static let seed: UInt64 = 13
    static let caseCount = 2_000

    private static let goldenLedger = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden").appendingPathComponent("ledger.jsonl").path

    @Test func everyDamagedLedgerIsReadOrRefusedAndNeverTraps() throws {
        let folder = TemporaryFolder()
        let store = folder.store
        let original = readBytes(Self.goldenLedger)
        try #require(!original.isEmpty)
        let mutator = SessionMutator(donors: [])
        let watchdog = FuzzWatchdog()
        defer { watchdog.stop() }
        var counts: [String: Int] = [:]
        for index in 0..<Self.caseCount {
            var random = SeededRandom.forCase(index, seed: Self.seed)
            let mutant = mutator.mutant(of: SessionFiles(journal: original, seal: []), using: &random).journal
            watchdog.begin("ledger fuzz case \(index) (seed \(Self.seed))")
            let outcome: String
            do {
                let contents = try LedgerReader.read(mutant)
                if LedgerReader.checkSignatures(contents) == nil && mutant != original {
                    // Only the original cut short at a line (and perhaps bytes of a line cut short) can still hold:
                    // a shorter ledger is caught by the sessions it no longer lists.
                    #expect(
                        original.starts(with: mutant[..<contents.wholeLength]),
                        "ledger fuzz case \(index): a changed ledger holds")
                    outcome = "cut short, still holds"
                } else {
                    outcome = "refused"
                }
            } catch {
                #expect(!error.problem.isEmpty)
                outcome = "refused"
            }
            // Sealing after it: a ledger line is added, or the seal stops naming the ledger.
            try store.prepare()
            writeBytes(Ledger(store: store).path, mutant)
            do {
                try Ledger(store: store).recordSeal(
                    sessionID: "20261128-000000-abcdef", journalSHA256: [UInt8](repeating: 7, count: 32),
                    time: "2026-11-28T00:00:00.000Z", key: Fixture.key())
                counts["sealed after", default: 0] += 1
            } catch {
                guard case .ledgerDamaged = error else {
                    Issue.record("ledger fuzz case \(index): \(error)")
                    continue
                }
                counts["seal stopped", default: 0] += 1
            }
            watchdog.end()
            counts[outcome, default: 0] += 1
        }
        let summary = counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        print("ledger fuzz: \(Self.caseCount) cases, seed \(Self.seed), \(summary)")
        #expect((counts["refused"] ?? 0) > Self.caseCount / 2)
    }
}

import Foundation
import Testing

@testable import KeyworkRecord

/// Sealing reads only the ledger's last bytes, not a ledger that grows with every session ever sealed. A window
/// a few bytes wide makes every append cross line boundaries, so each test checks that the lines written go on
/// from the right chain value, seq and key as if the whole ledger had been read.
@Suite struct LedgerTailWindowTests {
    private let folder = TemporaryFolder()
    private var store: Store { folder.store }
    private let key = Fixture.key()

    private func ledger(window: Int) -> Ledger { Ledger(store: store, io: POSIXFileIO(), tailWindow: window) }

    private func seal(_ number: Int, key: DeviceKey? = nil, window: Int = 7) throws {
        let hash = Array(repeating: UInt8(number % 256), count: 32)
        try ledger(window: window).recordSeal(
            sessionID: String(format: "20261127-0300%02d-abcdef", number), journalSHA256: hash,
            time: RecordTime.iso8601(Fixture.start.addingTimeInterval(Double(number) * 60)), key: key ?? self.key,
            mayBeListed: false)
    }

    /// The whole ledger as verify reads it: every line chained to the one before, every key run signed.
    private func wholeLedger() throws -> LedgerReader.Contents {
        let contents = try LedgerReader.read(readBytes(ledger(window: 1).path))
        #expect(LedgerReader.checkSignatures(contents) == nil)
        return contents
    }

    @Test func sealsAppendedThroughANarrowWindowChainAsThroughTheWholeLedger() throws {
        for number in 0..<12 { try seal(number) }
        let contents = try wholeLedger()
        #expect(contents.entries.count == 13)
        #expect(contents.entries.map(\.seq) == Array(0..<13).map(Int64.init))
        #expect(contents.keyRuns.count == 1)
    }

    @Test func aLineCutShortByACrashIsCutAtTheRightPlaceWhenOnlyTheTailIsRead() throws {
        for number in 0..<5 { try seal(number) }
        let path = ledger(window: 1).path
        let whole = readBytes(path)
        writeBytes(path, whole + Array(#"{"seq":6,"ts":"2026-11-27T03"#.utf8))
        try seal(5, window: 40)
        let contents = try wholeLedger()
        #expect(contents.tornTailBytes == 0)
        #expect(contents.entries.count == 7)
        #expect(Array(readBytes(path).prefix(whole.count)) == whole, "only the torn line is cut")
    }

    @Test func aKeyNamedFurtherBackThanTheWindowIsFoundFromTheWholeLedger() throws {
        let other = Fixture.otherKey()
        try seal(0)
        try seal(1, key: other)
        for number in 2..<6 { try seal(number, key: other) }
        // The last lines are signed by the other key: this key's seal must name itself again.
        try seal(6, window: 1)
        let contents = try wholeLedger()
        #expect(contents.keyRuns.map(\.key) == [key.publicKeyBytes, other.publicKeyBytes, key.publicKeyBytes])
        #expect(contents.entries.count == 10)
    }

    @Test func damageInTheWindowStopsTheSealAndChangesNothing() throws {
        for number in 0..<4 { try seal(number) }
        let path = ledger(window: 1).path
        var bytes = readBytes(path)
        bytes[bytes.count - 10] = UInt8(ascii: "!")
        writeBytes(path, bytes)
        #expect {
            try seal(4)
        } throws: { error in
            guard case .ledgerDamaged = error as? RecordError else { return false }
            return true
        }
        #expect(readBytes(path) == bytes)
    }
}

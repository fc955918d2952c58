import Foundation
import Testing

@testable import KeyworkRecord

/// Verifying a store on several threads must give exactly what verifying it on one gives.
@Suite struct ParallelVerifyTests {
    private let folder = TemporaryFolder()

    /// Eleven sessions: sealed ones, a tampered one, a foreign-key one and an unfinished one.
    private func mixedStore() throws -> Store {
        let store = folder.store
        let key = try DeviceKey.loadOrCreate(store: store)
        for index in 0..<8 {
            try Fixture.sealedSession(
                store: store, sessionID: String(format: "20261127-0500%02d-abcdef", index), key: key)
        }
        let tampered = try Fixture.sealedSession(store: store, sessionID: "20261127-060000-bad000", key: key)
        var bytes = readBytes(tampered + "/journal.jsonl")
        bytes[bytes.count / 2] ^= 0x01
        writeBytes(tampered + "/journal.jsonl", bytes)
        try Fixture.sealedSession(store: store, sessionID: "20261127-070000-0f0f0f", key: Fixture.otherKey())
        let open = try Fixture.openSession(store: store, sessionID: "20261127-080000-abcdef", key: key)
        open.close()
        return store
    }

    @Test(arguments: [2, 3, 16])
    func parallelResultsEqualSerialResults(concurrency: Int) throws {
        let store = try mixedStore()
        let serial = try Verifier.verifyStore(root: store.root, trust: VerificationTrust.of(store: store)).sessions
        let parallel = try Verifier.verifyStore(
            root: store.root, trust: VerificationTrust.of(store: store), concurrency: concurrency
        ).sessions
        #expect(serial.count == 11)
        #expect(parallel == serial)
        #expect(serial.filter(\.isValid).count == 9)
        #expect(serial.contains { !$0.isValid && $0.sessionID == "20261127-060000-bad000" })
        #expect(serial.last?.outcome == .unfinished)
    }

    @Test func parallelMapKeepsInputOrder() {
        let numbers = Array(0..<1000)
        #expect(ParallelMap.map(numbers, concurrency: 4) { $0 * 3 } == numbers.map { $0 * 3 })
        #expect(ParallelMap.map([Int](), concurrency: 4) { $0 }.isEmpty)
        #expect(ParallelMap.map([7], concurrency: 0) { $0 + 1 } == [8])
    }

    /// Results that own memory (strings, arrays) are written straight into the array returned: each in its place,
    /// whole, and freed as the array is.
    @Test(arguments: [2, 3])
    func parallelMapPlacesResultsThatOwnMemory(concurrency: Int) {
        let numbers = Array(0..<5_000)
        let mapped = ParallelMap.map(numbers, concurrency: concurrency) { Self.owningMemory($0) }
        let serial = numbers.map(Self.owningMemory)
        #expect(mapped.count == serial.count)
        #expect(zip(mapped, serial).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 })
    }

    private static func owningMemory(_ number: Int) -> (String, [Int]) {
        (String(repeating: "session ", count: number % 7) + String(number), Array(0..<(number % 13)))
    }

    /// The threads take elements as they are free: every element is still mapped exactly once, in its place, however
    /// unevenly the work falls and whatever the count against the share each thread takes.
    @Test(arguments: [2, 3, 7])
    func parallelMapMapsEachElementOnce(concurrency: Int) {
        for count in [2, 31, 1_000, 4_099] {
            let calls = CallCounter(count: count)
            let numbers = Array(0..<count)
            let mapped = ParallelMap.map(numbers, concurrency: concurrency) { number in
                // Every hundredth element is slow, so the threads finish their shares at different times.
                if number % 100 == 0 { usleep(200) }
                calls.count(number)
                return number * 3
            }
            #expect(mapped == numbers.map { $0 * 3 })
            #expect(calls.counts == Array(repeating: 1, count: count))
        }
    }
}

/// How many times each element was mapped, counted from several threads.
private final class CallCounter: @unchecked Sendable {
    private var calls: [Int]
    private let lock = NSLock()

    init(count: Int) {
        calls = Array(repeating: 0, count: count)
    }

    func count(_ element: Int) {
        lock.lock()
        defer { lock.unlock() }
        calls[element] += 1
    }

    var counts: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return calls
    }
}

import Crypto
import Foundation
import KeyworkGuides
import KeyworkRecord
import KeyworkSession

/// A generated store of sealed sessions, and the times to verify it against the bare crypto it needs.
struct VerifyBenchmark {
    struct Result {
        var sessions = 0
        var bytes = 0
        var serialSeconds = 0.0
        var referenceSeconds = 0.0
        /// CPU time of the one verifying thread: unlike wall time, not stretched by other programs on the machine.
        var serialCPUSeconds = 0.0
        var referenceCPUSeconds = 0.0
        var parallelSeconds = 0.0
        var parallelReferenceSeconds = 0.0
        var cores = 1
        var allValid = false
        var cliSeconds = 0.0
        var cliRSSKilobytes = 0
    }

    let root: String

    /// Writes `count` sealed sessions of `events` events each through `SessionJournal`, without fsync:
    /// the store is a fixture, and syncing 400,000 appends would measure the disk, not the verifier.
    func generate(count: Int, events: Int) throws -> Int {
        let store = Store(root: root)
        let key: DeviceKey
        do {
            key = try DeviceKey.loadOrCreate(store: store)
        } catch {
            throw BenchError("cannot make the store's key: \(error)")
        }
        let base = Date(timeIntervalSince1970: 1_795_000_000)
        var bytes = 0
        for index in 0..<count {
            let start = base.addingTimeInterval(Double(index) * 3600)
            let clock = StepClock(start: start)
            let header = JournalHeader(
                sessionID: Store.newSessionID(now: start), mode: .session,
                guide: .init(
                    id: "first-appointment", version: "2026-11", hash: String(repeating: "ab", count: 32),
                    origin: "builtin:first-appointment"),
                keyworker: "Sam Bench", clientReference: "C-\(10_000 + index)", deviceKey: key.publicKeyBase64)
            do {
                let journal = SessionJournal(
                    journal: try Journal.create(store: store, header: header, now: start, io: UnsyncedFileIO()),
                    clock: clock.next)
                for event in VerifyBenchmark.events(session: index, count: events) {
                    try journal.record([event])
                }
                _ = try journal.seal(keyworker: "Sam Bench", key: key)
                journal.close()
                bytes += Int(journal.journal.size)
            } catch {
                throw BenchError("cannot write session \(index): \(error)")
            }
        }
        return bytes
    }

    /// A realistic session's events: screens shown, typed answers in the client's words, questions and the end.
    static func events(session: Int, count: Int) -> [SessionEvent] {
        var events: [SessionEvent] = []
        var screen = 0
        while events.count < count - 1 {
            screen += 1
            let id = "screen-\(screen)"
            events.append(.screenShown(screen: id, textHash: hash(session: session, screen: screen)))
            guard events.count < count - 1 else { break }
            if screen % 9 == 0 {
                events.append(.questionNoted(number: screen / 9, screen: id, text: words(session + screen, count: 30)))
            } else {
                events.append(.answered(screen: id, answer: .text(words(session * 7 + screen, count: 140))))
            }
        }
        events.append(.completed)
        return events
    }

    private static func hash(session: Int, screen: Int) -> String {
        let digits = Array("0123456789abcdef".utf8)
        let digest = SHA256.hash(data: Array("\(session)/\(screen)".utf8))
        return String(decoding: digest.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }, as: UTF8.self)
    }

    private static let vocabulary = """
        I want to feel more stable before I think about stopping. The mornings are the hardest part, and my \
        sister says she can help with the children on Tuesdays. I am worried about the chemist opening times \
        because of work. Last time the dose felt too low and I ended up using on top. I would like to talk \
        about a slower reduction, maybe over twelve weeks, and to see the nurse about my leg. Money is tight \
        this month and the bus is expensive.
        """.split(separator: " ")

    private static func words(_ seed: Int, count: Int) -> String {
        (0..<count).map { String(vocabulary[(seed &* 31 &+ $0 &* 7) % vocabulary.count]) }.joined(separator: " ")
    }

    /// Times the verifier serially, the bare crypto reference, and both again on every core.
    func measure(sessions: Int) throws -> Result {
        var result = Result()
        result.sessions = sessions
        result.cores = ProcessInfo.processInfo.activeProcessorCount
        let store = Store(root: root)
        let publicKey: Curve25519.Signing.PublicKey
        let folders: [String]
        let trust: VerificationTrust
        do {
            publicKey = try Curve25519.Signing.PublicKey(
                rawRepresentation: DeviceKey.load(store: store).publicKeyBytes)
            folders = try store.listSessions().map { store.sessionFolder($0.id) }
            trust = try VerificationTrust.of(store: store)
        } catch {
            throw BenchError("cannot read the generated store: \(error)")
        }

        var start = PtyChild.now()
        var cpuStart = VerifyBenchmark.threadCPUNanoseconds()
        // What `keywork verify STORE` does: each session, the chain of agreements and the store's ledger.
        let serial = try Verifier.verifyStore(root: root, trust: trust, checkingLinks: true, checkingLedger: true)
        result.serialSeconds = PtyChild.seconds(since: start)
        result.serialCPUSeconds = Double(VerifyBenchmark.threadCPUNanoseconds() - cpuStart) / 1e9
        result.allValid =
            serial.sessions.count == sessions && serial.sessions.allSatisfy(\.isValid) && serial.ledger?.isValid == true

        start = PtyChild.now()
        cpuStart = VerifyBenchmark.threadCPUNanoseconds()
        var referenceBytes = 0
        for folder in folders { referenceBytes += VerifyBenchmark.bareCrypto(folder: folder, key: publicKey) }
        result.referenceSeconds = PtyChild.seconds(since: start)
        result.referenceCPUSeconds = Double(VerifyBenchmark.threadCPUNanoseconds() - cpuStart) / 1e9
        result.bytes = referenceBytes

        start = PtyChild.now()
        let parallel = try Verifier.verifyStore(
            root: root, trust: trust, checkingLinks: true, checkingLedger: true, concurrency: result.cores)
        result.parallelSeconds = PtyChild.seconds(since: start)
        result.allValid = result.allValid && parallel == serial

        // The key is only read, never changed, so sharing it among threads is safe.
        nonisolated(unsafe) let sharedKey = publicKey
        start = PtyChild.now()
        DispatchQueue.concurrentPerform(iterations: folders.count) { index in
            _ = VerifyBenchmark.bareCrypto(folder: folders[index], key: sharedKey)
        }
        result.parallelReferenceSeconds = PtyChild.seconds(since: start)
        return result
    }

    static func threadCPUNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// The least any verifier must do for one session: read both files, hash the journal, check one signature.
    /// Returns the journal's size, or 0 if the signature did not check (which would void the reference).
    static func bareCrypto(folder: String, key: Curve25519.Signing.PublicKey) -> Int {
        guard let journal = FileManager.default.contents(atPath: folder + "/journal.jsonl"),
            let seal = FileManager.default.contents(atPath: folder + "/seal.sig")
        else { return 0 }
        let digest = SHA256.hash(data: journal)
        let lines = seal.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.count == 4, let signature = Data(base64Encoded: Data(lines[2])) else { return 0 }
        let signed = Data("keywork-seal/1\0".utf8) + lines[1]
        guard key.isValidSignature(signature, for: signed) else { return 0 }
        // Keep the digest alive so the optimiser cannot drop the hashing.
        return digest.withUnsafeBytes { $0[0] } == 0 ? journal.count : journal.count
    }

    /// Runs `keywork verify STORE --store STORE` as a user checking their own store would, for its wall time and
    /// peak resident memory (trust comes from `--store`, so the generated store's own key is this device's).
    func measureCommand(keywork: String, into result: inout Result) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let words: [String] = [keywork, "verify", root, "--store", root]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = PtyChild.now()
        let status = posix_spawn(&pid, keywork, &actions, nil, argv, environ)
        guard status == 0 else { throw BenchError("cannot start keywork verify") }
        // Polled while it runs: VmHWM only rises, so the last reading before it exits is its peak.
        var exitStatus: Int32 = 0
        var peak = 0
        while true {
            peak = max(peak, PtyChild.peakResidentKilobytes(pid: pid) ?? 0)
            let reaped = waitpid(pid, &exitStatus, WNOHANG)
            if reaped == pid || (reaped < 0 && errno != EINTR) { break }
            usleep(2000)
        }
        result.cliSeconds = PtyChild.seconds(since: start)
        result.cliRSSKilobytes = peak
        if exitStatus != 0 { throw BenchError("keywork verify found problems in the generated store") }
    }
}

/// A clock that moves on a few seconds at every reading, as a session does between answers.
final class StepClock {
    private var current: Date

    init(start: Date) {
        current = start
    }

    func next() -> Date {
        current = current.addingTimeInterval(7.25)
        return current
    }
}

/// Real file operations except fsync, for writing the benchmark's fixture store quickly.
struct UnsyncedFileIO: FileIO {
    private let real = POSIXFileIO()

    func openFile(_ path: String, flags: Int32, mode: mode_t) throws(Errno) -> Int32 {
        try real.openFile(path, flags: flags, mode: mode)
    }

    func writeSome(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws(Errno) -> Int {
        try real.writeSome(descriptor, bytes)
    }

    func sync(_ descriptor: Int32) throws(Errno) {}

    func truncateFile(_ descriptor: Int32, length: Int64) throws(Errno) {
        try real.truncateFile(descriptor, length: length)
    }

    func renameFile(_ source: String, _ destination: String) throws(Errno) {
        try real.renameFile(source, destination)
    }

    func closeFile(_ descriptor: Int32) {
        real.closeFile(descriptor)
    }
}

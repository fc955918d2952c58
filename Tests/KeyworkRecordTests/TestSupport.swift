import Foundation
import KeyworkGuides
import KeyworkTestSupport
import Testing

@testable import KeyworkRecord

/// A fresh private folder for one test, removed when the test is done.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "/keywork-record-\(UUID().uuidString)"
        mkdir(path, 0o700)
        // A test elsewhere in this process may have the umask set to something strict just now.
        chmod(path, 0o700)
    }

    var store: Store { Store(root: path + "/store") }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Builds small sessions with fixed content.
enum Fixture {
    /// The client's copies and handouts under Golden/, recorded (and failed) with KEYWORK_UPDATE_GOLDEN=1.
    static let golden = GoldenFiles()
    /// The committed sessions and ledger of Docs/transcript-format.md, which old journals are checked
    /// against: recorded only with KEYWORK_RECORD_TRANSCRIPT_FIXTURES=1, never by a refresh of the goldens.
    static let transcriptFixtures = GoldenFiles(recordedBy: .transcriptFixtures)

    /// A fixed private key so the golden session is reproducible.
    static let rawPrivateKey: [UInt8] = Array(0..<32).map { UInt8($0 * 7 + 3) }
    static let otherRawPrivateKey: [UInt8] = Array(0..<32).map { UInt8(255 - $0 * 5) }
    static let sessionID = "20261127-024630-a1b2c3"
    static let start = Date(timeIntervalSince1970: 1_795_747_590.125)

    static func key() -> DeviceKey {
        // The fixed bytes are a valid Ed25519 seed; a failure here is a broken test, not input.
        (try? DeviceKey(rawPrivateKey: rawPrivateKey)) ?? DeviceKey(privateKey: .init())
    }

    static func otherKey() -> DeviceKey {
        (try? DeviceKey(rawPrivateKey: otherRawPrivateKey)) ?? DeviceKey(privateKey: .init())
    }

    /// An earlier agreement that some fixture sessions revisit; the golden session stands alone, so it verifies in any store.
    static let links = [
        SessionLink(sessionID: "20260527-101500-0c0ffe", journalSHA256: String(repeating: "5e", count: 32))
    ]

    static func header(sessionID: String = sessionID, key: DeviceKey, links: [SessionLink] = []) -> JournalHeader {
        JournalHeader(
            sessionID: sessionID, mode: .session,
            guide: .init(
                id: "first-appointment", version: "2026-11",
                hash: String(repeating: "ab", count: 32), origin: "builtin:first-appointment"),
            keyworker: "Sam Keyworker", clientReference: "AB-1234", deviceKey: key.publicKeyBase64, links: links)
    }

    static let events: [(name: String, data: JSONValue)] = [
        (
            "screen_shown",
            .object([("screen", .string("welcome")), ("text_sha256", .string(String(repeating: "0f", count: 32)))])
        ),
        ("answer", .object([("screen", .string("goal")), ("choice", .string("stable"))])),
        (
            "answer",
            .object([("screen", .string("in-your-words")), ("text", .string("I'd like to \"try\" —\tslowly\ncafé"))])
        ),
        (
            "not_sure",
            .object([("screen", .string("options")), ("note", .null), ("count", .int(2)), ("final", .bool(false))])
        ),
    ]

    static let signer = Signer(name: "Sam Keyworker", role: "keyworker")
    static let meaning = "I confirm this record is complete and accurate"

    /// Creates a session, appends `events` two calls apart, and leaves it open (unsealed).
    static func openSession(
        store: Store, sessionID: String = sessionID, key: DeviceKey = key(), io: any FileIO = POSIXFileIO()
    ) throws -> Journal {
        let journal = try Journal.create(
            store: store, header: header(sessionID: sessionID, key: key), now: start, io: io)
        try journal.append(Array(events.prefix(2)), now: start.addingTimeInterval(1))
        try journal.append(Array(events.dropFirst(2)), now: start.addingTimeInterval(2.5))
        return journal
    }

    /// A whole sealed session; returns its folder.
    @discardableResult
    static func sealedSession(store: Store, sessionID: String = sessionID, key: DeviceKey = key()) throws -> String {
        let journal = try openSession(store: store, sessionID: sessionID, key: key)
        try journal.seal(signer: signer, meaning: meaning, key: key, now: start.addingTimeInterval(60))
        return journal.folder
    }

    /// Checks the session folder `fresh`, written now, against the committed fixture `name`: the journal byte
    /// for byte; the seal is only recorded, as its signature may differ run to run; and, when the fixture keeps
    /// one, the public key.
    static func checkTranscriptFixture(
        _ fresh: String, named name: String, withPublicKey: Bool = true,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let fixtures = transcriptFixtures
        fixtures.check(
            bytes: readBytes(fresh + "/journal.jsonl"), named: name + "/journal.jsonl", sourceLocation: sourceLocation)
        fixtures.recordIfAsked(
            bytes: readBytes(fresh + "/seal.sig"), named: name + "/seal.sig", sourceLocation: sourceLocation)
        if withPublicKey {
            fixtures.check(
                bytes: key().publicKeyFileContent, named: name + "/device.pub", sourceLocation: sourceLocation)
        }
    }

    static func trust(_ key: DeviceKey, requireTrusted: Bool = false) -> VerificationTrust {
        VerificationTrust(deviceKey: key.publicKeyBytes, requireTrusted: requireTrusted)
    }
}

/// File operations that fail on demand, to show what a full or failing disk does to the journal.
final class FaultyFileIO: FileIO, @unchecked Sendable {
    private let real = POSIXFileIO()
    private let lock = NSLock()
    /// Writes allowed before every later write fails with `writeError`.
    var writesBeforeFailure = Int.max
    var writeError: Int32 = ENOSPC
    /// When a write fails, first write this many of its bytes (a torn line on disk).
    var bytesWrittenBeforeFailure = 0
    var syncsBeforeFailure = Int.max
    var syncError: Int32 = EIO
    /// Write at most a few bytes per call and interrupt every other call, as slow disks and signals do.
    var shortWritesAndInterrupts = false
    private var interruptNext = false

    func openFile(_ path: String, flags: Int32, mode: mode_t) throws(Errno) -> Int32 {
        try real.openFile(path, flags: flags, mode: mode)
    }

    func writeSome(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws(Errno) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if writesBeforeFailure == 0 {
            if bytesWrittenBeforeFailure > 0 {
                _ = try real.writeSome(
                    descriptor, UnsafeRawBufferPointer(rebasing: bytes.prefix(bytesWrittenBeforeFailure)))
            }
            throw Errno(writeError)
        }
        writesBeforeFailure -= 1
        if shortWritesAndInterrupts {
            interruptNext.toggle()
            if interruptNext { throw Errno(EINTR) }
            return try real.writeSome(descriptor, UnsafeRawBufferPointer(rebasing: bytes.prefix(7)))
        }
        return try real.writeSome(descriptor, bytes)
    }

    func sync(_ descriptor: Int32) throws(Errno) {
        lock.lock()
        defer { lock.unlock() }
        if syncsBeforeFailure == 0 { throw Errno(syncError) }
        syncsBeforeFailure -= 1
        try real.sync(descriptor)
    }

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

func readBytes(_ path: String) -> [UInt8] {
    (try? Store.readFile(path)) ?? []
}

/// Writes a test's file; a write that fails is a failure of the test, not a quiet empty file.
func writeBytes(_ path: String, _ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let written = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    #expect(written, "could not write \(path)", sourceLocation: sourceLocation)
}

func fileMode(_ path: String) -> UInt16 {
    var info = stat()
    guard stat(path, &info) == 0 else { return 0xFFFF }
    return UInt16(info.st_mode & 0o777)
}

import Foundation

/// Test-only faults in the journal's file operations, named by `KEYWORK_TEST_*` environment variables.
///
/// End-to-end tests use them to kill, crash or starve a real session at an exact point. Nothing
/// sets them in normal use; with none set, `fileIO()` is plain `POSIXFileIO`.
public struct FileFaults: Sendable, Equatable {
    /// After the Nth journal write (counted from 1 in this process) reaches the file, the process
    /// sends itself SIGKILL before the fsync.
    public var killAfterWrite: Int?
    /// The Nth journal write traps (a deliberate crash) before anything is written.
    public var trapOnWrite: Int?
    /// The Nth journal write stops half way and then fails with ENOSPC, as on a full disk.
    public var failWrite: Int?
    /// The Nth journal fsync fails with EIO.
    public var failSync: Int?
    /// Making a device key, the process sends itself SIGKILL once the key's temporary file is written and
    /// fsynced, before it is put in place.
    public var killAfterKeyWritten = false

    public static let killAfterWriteVariable = "KEYWORK_TEST_KILL_AFTER_WRITE"
    public static let trapOnWriteVariable = "KEYWORK_TEST_TRAP_ON_WRITE"
    public static let failWriteVariable = "KEYWORK_TEST_FAIL_WRITE"
    public static let failSyncVariable = "KEYWORK_TEST_FAIL_FSYNC"
    public static let killAfterKeyWrittenVariable = "KEYWORK_TEST_KILL_AFTER_KEY_WRITTEN"

    public init(killAfterWrite: Int? = nil, trapOnWrite: Int? = nil, failWrite: Int? = nil, failSync: Int? = nil) {
        self.killAfterWrite = killAfterWrite
        self.trapOnWrite = trapOnWrite
        self.failWrite = failWrite
        self.failSync = failSync
    }

    /// Reads the variables; a value that is not a whole number of at least 1 is ignored.
    public init(environment: [String: String]) {
        func count(_ name: String) -> Int? {
            environment[name].flatMap { Int($0) }.flatMap { $0 >= 1 ? $0 : nil }
        }
        self.init(
            killAfterWrite: count(Self.killAfterWriteVariable), trapOnWrite: count(Self.trapOnWriteVariable),
            failWrite: count(Self.failWriteVariable), failSync: count(Self.failSyncVariable))
        killAfterKeyWritten = count(Self.killAfterKeyWrittenVariable) != nil
    }

    /// Dies here, as a power cut would, when the key-writing fault is set.
    func stopAfterKeyWritten() {
        if killAfterKeyWritten { kill(getpid(), SIGKILL) }
    }

    public var isEmpty: Bool { self == FileFaults() }

    /// The file operations to give the journal: the real ones, with these faults when any is set.
    public func fileIO() -> any FileIO {
        isEmpty ? POSIXFileIO() : FaultInjectingFileIO(faults: self)
    }
}

/// `POSIXFileIO` that counts writes and fsyncs of `journal.jsonl` files and fails, traps or dies
/// on the ones `FileFaults` names. Other files (the seal, folders) pass straight through.
final class FaultInjectingFileIO: FileIO, @unchecked Sendable {
    private let faults: FileFaults
    private let real = POSIXFileIO()
    private let lock = NSLock()
    private var journalDescriptors: Set<Int32> = []
    private var failingDescriptors: Set<Int32> = []
    private var writes = 0
    private var syncs = 0

    init(faults: FileFaults) {
        self.faults = faults
    }

    func openFile(_ path: String, flags: Int32, mode: mode_t) throws(Errno) -> Int32 {
        let descriptor = try real.openFile(path, flags: flags, mode: mode)
        if path.hasSuffix("/journal.jsonl") { lock.withLock { _ = journalDescriptors.insert(descriptor) } }
        return descriptor
    }

    func writeSome(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws(Errno) -> Int {
        let (isJournal, isFailing, number) = lock.withLock {
            () -> (Bool, Bool, Int) in
            let isJournal = journalDescriptors.contains(descriptor)
            let isFailing = failingDescriptors.contains(descriptor)
            if isJournal && !isFailing { writes += 1 }
            return (isJournal, isFailing, writes)
        }
        guard isJournal else { return try real.writeSome(descriptor, bytes) }
        if isFailing { throw Errno(ENOSPC) }
        if number == faults.trapOnWrite {
            preconditionFailure("\(FileFaults.trapOnWriteVariable)=\(number): a deliberate crash for tests")
        }
        if number == faults.failWrite {
            lock.withLock { _ = failingDescriptors.insert(descriptor) }
            let half = max(1, bytes.count / 2)
            return try real.writeSome(descriptor, UnsafeRawBufferPointer(rebasing: bytes[..<half]))
        }
        let written = try real.writeSome(descriptor, bytes)
        if number == faults.killAfterWrite { kill(getpid(), SIGKILL) }
        return written
    }

    func sync(_ descriptor: Int32) throws(Errno) {
        let number: Int? = lock.withLock {
            guard journalDescriptors.contains(descriptor) else { return nil }
            syncs += 1
            return syncs
        }
        if let number, number == faults.failSync { throw Errno(EIO) }
        try real.sync(descriptor)
    }

    func truncateFile(_ descriptor: Int32, length: Int64) throws(Errno) {
        try real.truncateFile(descriptor, length: length)
    }

    func renameFile(_ source: String, _ destination: String) throws(Errno) {
        try real.renameFile(source, destination)
    }

    func closeFile(_ descriptor: Int32) {
        lock.withLock {
            _ = journalDescriptors.remove(descriptor)
            _ = failingDescriptors.remove(descriptor)
        }
        real.closeFile(descriptor)
    }
}

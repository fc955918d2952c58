import Crypto
import Foundation

/// An open session journal (`sessions/<id>/journal.jsonl`): append-only, hash-chained, fsynced per call.
///
/// While open it holds the session's lock: a `flock` on the journal file itself, through the descriptor it
/// appends with (`SessionLock`). After any failed write or fsync it is broken: it refuses
/// further appends and sealing, because what is on disk can no longer be known for sure.
public final class Journal {
    public let store: Store
    public let header: JournalHeader
    public var sessionID: String { header.sessionID }
    public var folder: String { store.sessionFolder(sessionID) }
    public var path: String { folder + "/journal.jsonl" }

    /// The seq of the last line written (0 when only the header is there).
    public private(set) var lastSeq: Int64
    /// The chain value after the last line written.
    public private(set) var chainHead: [UInt8]
    /// The journal's length in bytes.
    public private(set) var size: Int
    /// The `errno` of the failure that broke the journal, if one did.
    public private(set) var brokenCode: Int32?
    public var isBroken: Bool { brokenCode != nil }
    public internal(set) var isSealed = false
    /// Whether the store's ledger may list this session already: only for one resumed after its seal was lost.
    /// A session started in this process cannot be listed, so sealing it spares the ledger a search.
    private(set) var mayBeListedInLedger = false

    let io: any FileIO
    private var hasher: SHA256
    /// Open for appending, and holding the session's lock for as long as it is open.
    private var descriptor: Int32

    private init(
        store: Store, header: JournalHeader, io: any FileIO, descriptor: Int32, entries: [JournalEntry],
        chainHead: [UInt8]
    ) {
        self.store = store
        self.header = header
        self.io = io
        self.descriptor = descriptor
        self.lastSeq = entries.last?.seq ?? 0
        self.chainHead = chainHead
        var hasher = SHA256()
        var size = 0
        for entry in entries {
            hasher.update(data: entry.line)
            hasher.update(data: [UInt8(ascii: "\n")])
            size += entry.line.count + 1
        }
        self.hasher = hasher
        self.size = size
    }

    deinit {
        close()
    }

    /// Starts a new session: its folder (0700) and a journal (0600), locked, holding only the header line, fsynced.
    public static func create(store: Store, header: JournalHeader, now: Date, io: any FileIO = POSIXFileIO())
        throws(RecordError) -> Journal
    {
        guard Store.isValidSessionID(header.sessionID) else { throw RecordError.invalidSessionID(header.sessionID) }
        guard let rawKey = DeviceKey.decodeBase64(Array(header.deviceKey.utf8), byteCount: 32) else {
            throw RecordError.invalidHeader(problem: "device_key is not base64 of a 32-byte public key")
        }
        if let problem = PublicKeyCheck.problem(with: rawKey) {
            throw RecordError.invalidHeader(problem: "device_key is refused: \(problem)")
        }
        try store.prepare()
        let folder = store.sessionFolder(header.sessionID)
        if mkdir(folder, 0o700) != 0 {
            let code = errno
            if code == EEXIST { throw RecordError.sessionExists(sessionID: header.sessionID, path: folder) }
            throw RecordError.io(path: folder, operation: "create the session folder", code: code)
        }
        if chmod(folder, 0o700) != 0 {
            throw RecordError.io(path: folder, operation: "set the session folder's permissions", code: errno)
        }
        let path = folder + "/journal.jsonl"
        let chain = JournalChain.start(sessionID: header.sessionID)
        let line = JournalEntry.encodeLine(
            seq: 0, timestamp: RecordTime.iso8601(now), event: "header", data: header.json, prev: Hex.encode(chain))
        var step = "create the journal"
        do throws(Errno) {
            let descriptor = try io.openFile(path, flags: O_WRONLY | O_CREAT | O_EXCL | O_APPEND, mode: 0o600)
            do throws(Errno) {
                step = "lock the journal"
                if flock(descriptor, LOCK_EX | LOCK_NB) != 0 { throw Errno(errno) }
                step = "write the journal header"
                try io.writeAll(descriptor, line + [UInt8(ascii: "\n")])
                step = "flush the journal to disk"
                try io.sync(descriptor)
                try io.syncFolder(folder)
                try io.syncFolder(store.sessionsFolder)
            } catch {
                io.closeFile(descriptor)
                throw error
            }
            let entry = JournalEntry(
                seq: 0, timestamp: RecordTime.iso8601(now), event: "header", data: header.json, prev: Hex.encode(chain),
                line: line)
            return Journal(
                store: store, header: header, io: io, descriptor: descriptor, entries: [entry],
                chainHead: JournalChain.next(after: chain, line: line))
        } catch {
            // Nothing of this session was saved, so take away the half-made folder rather than leave a journal
            // that resume would have to quarantine.
            unlink(path)
            rmdir(folder)
            throw RecordError.io(path: path, operation: step, code: error.code)
        }
    }

    /// Reopens an unfinished session: checks the whole journal, cuts a torn last line, and returns every entry.
    ///
    /// Any damage other than a torn last line moves the session folder to `quarantine/` and throws `quarantined`.
    public static func resume(store: Store, sessionID: String, now: Date, io: any FileIO = POSIXFileIO())
        throws(RecordError) -> (Journal, [JournalEntry], ResumeReport)
    {
        guard Store.isValidSessionID(sessionID) else { throw RecordError.invalidSessionID(sessionID) }
        let folder = store.sessionFolder(sessionID)
        guard Store.exists(folder) else { throw RecordError.sessionNotFound(sessionID: sessionID, path: folder) }
        if Store.exists(folder + "/seal.sig") { throw RecordError.alreadySealed(sessionID: sessionID) }
        let path = folder + "/journal.jsonl"
        // The journal is opened, and locked, before a byte of it is read: a second writer stops here.
        let descriptor: Int32
        do throws(Errno) {
            descriptor = try io.openFile(path, flags: O_WRONLY | O_APPEND, mode: 0)
        } catch {
            guard error.code == ENOENT else {
                throw RecordError.io(path: path, operation: "open the journal", code: error.code)
            }
            let movedTo = try quarantine(store: store, sessionID: sessionID, now: now)
            throw RecordError.quarantined(
                sessionID: sessionID, line: nil, problem: "journal.jsonl is missing", movedTo: movedTo)
        }
        do {
            try SessionLock.take(descriptor, path: path, sessionID: sessionID)
        } catch {
            io.closeFile(descriptor)
            throw error
        }
        let contents: JournalReader.Contents
        var isListed = true
        do {
            let bytes = try Store.readFile(path)
            if bytes.isEmpty {
                // The header is the first write: an empty journal is a start cut short, with nothing in it to keep.
                try removeNeverStarted(folder: folder, descriptor: descriptor, io: io)
                throw RecordError.neverStarted(sessionID: sessionID)
            }
            contents = try JournalReader.read(bytes, sessionID: sessionID)
            isListed = try checkNotSealedBefore(store: store, sessionID: sessionID, journal: bytes)
        } catch let damage as JournalReader.Damage {
            io.closeFile(descriptor)
            let movedTo = try quarantine(store: store, sessionID: sessionID, now: now)
            throw RecordError.quarantined(
                sessionID: sessionID, line: damage.line, problem: damage.problem, movedTo: movedTo)
        } catch let error as RecordError {
            if case .neverStarted = error { throw error }
            io.closeFile(descriptor)
            throw error
        } catch {
            io.closeFile(descriptor)
            throw RecordError.io(path: path, operation: "read the journal", code: EIO)
        }
        if contents.tornTailBytes > 0 {
            do throws(Errno) {
                try io.truncateFile(descriptor, length: Int64(contents.wholeLength))
                try io.sync(descriptor)
            } catch {
                io.closeFile(descriptor)
                throw RecordError.io(path: path, operation: "cut the torn last line", code: error.code)
            }
        }
        let journal = Journal(
            store: store, header: contents.header, io: io, descriptor: descriptor, entries: contents.entries,
            chainHead: contents.chainHead)
        journal.mayBeListedInLedger = isListed
        let report: ResumeReport = contents.tornTailBytes > 0 ? .cutTornTail(bytes: contents.tornTailBytes) : .clean
        return (journal, contents.entries, report)
    }

    /// Refuses a journal that the store's ledger lists as sealed with other bytes: its seal was deleted and the
    /// journal changed, and resuming would seal the changed answers. Returns whether the ledger may list it (so
    /// sealing must look); a ledger that cannot be read does not stop a resume, and sealing reports it.
    private static func checkNotSealedBefore(store: Store, sessionID: String, journal: [UInt8]) throws(RecordError)
        -> Bool
    {
        let hash = Hex.encode(SHA256.hash(data: journal))
        switch try? Ledger(store: store).listing(of: sessionID, journalSHA256: hash) {
        case .notListed?:
            return false
        case .listedWithAnotherJournal(let sealedAt, _)?:
            throw RecordError.sealedWithAnotherJournal(
                sessionID: sessionID, sealedAt: sealedAt, ledger: Ledger(store: store).path)
        case .listedWithThisJournal?, nil:
            return true
        }
    }

    /// Takes away the folder of a session whose journal is empty, holding the lock until it is gone.
    private static func removeNeverStarted(folder: String, descriptor: Int32, io: any FileIO) throws(RecordError) {
        defer { io.closeFile(descriptor) }
        // `lock` is the lock file that earlier versions kept beside the journal.
        for file in ["journal.jsonl", "lock"] where unlink(folder + "/" + file) != 0 && errno != ENOENT {
            throw RecordError.io(path: folder + "/" + file, operation: "remove the empty session", code: errno)
        }
        if rmdir(folder) != 0 {
            throw RecordError.io(path: folder, operation: "remove the empty session folder", code: errno)
        }
    }

    /// Appends events as lines in one write(2) and one fsync, and returns them as written.
    ///
    /// Every event in the call gets the same `ts`. Data must be an object; names are 1–64 of `A-Z a-z 0-9 _ . -`.
    @discardableResult
    public func append(_ events: [(name: String, data: JSONValue)], now: Date) throws(RecordError) -> [JournalEntry] {
        try checkWritable()
        for event in events {
            guard JournalEntry.isValidEventName(event.name), event.name != "header" else {
                throw RecordError.invalidEvent(
                    name: event.name, problem: "names are 1–64 of A-Z a-z 0-9 _ . - and not \"header\"")
            }
            guard event.data.objectMembers != nil else {
                throw RecordError.invalidEvent(name: event.name, problem: "its data must be a JSON object")
            }
        }
        guard !events.isEmpty else { return [] }
        let timestamp = RecordTime.iso8601(now)
        var chain = chainHead
        var seq = lastSeq
        var bytes: [UInt8] = []
        var entries: [JournalEntry] = []
        for event in events {
            seq += 1
            let prev = Hex.encode(chain)
            let line = JournalEntry.encodeLine(
                seq: seq, timestamp: timestamp, event: event.name, data: event.data, prev: prev)
            entries.append(
                JournalEntry(
                    seq: seq, timestamp: timestamp, event: event.name, data: event.data, prev: prev, line: line))
            bytes += line
            bytes.append(UInt8(ascii: "\n"))
            chain = JournalChain.next(after: chain, line: line)
        }
        do throws(Errno) {
            try io.writeAll(descriptor, bytes)
            try io.sync(descriptor)
        } catch {
            brokenCode = error.code
            throw RecordError.journalBroken(path: path, code: error.code)
        }
        hasher.update(data: bytes)
        size += bytes.count
        lastSeq = seq
        chainHead = chain
        return entries
    }

    /// Closes the file, which releases the lock; the journal takes nothing more. Safe to call twice.
    public func close() {
        if descriptor >= 0 {
            io.closeFile(descriptor)
            descriptor = -1
        }
    }

    /// Throws unless appends and sealing are still allowed.
    func checkWritable() throws(RecordError) {
        if let brokenCode { throw RecordError.journalBroken(path: path, code: brokenCode) }
        if isSealed { throw RecordError.alreadySealed(sessionID: sessionID) }
        if descriptor < 0 { throw RecordError.journalClosed(sessionID: sessionID) }
    }

    /// SHA-256 of every byte written so far.
    var journalSHA256: [UInt8] { Array(hasher.finalize()) }

    /// Records a failure that leaves the session's files in doubt.
    func markBroken(_ code: Int32) {
        brokenCode = code
    }

    /// Moves a damaged session folder to `quarantine/<id>-<UTC time>/` and returns where it went.
    static func quarantine(store: Store, sessionID: String, now: Date) throws(RecordError) -> String {
        try Store.makeFolder(store.quarantineFolder)
        let base = store.quarantineFolder + "/" + sessionID + "-" + RecordTime.compact(now)
        var destination = base
        var attempt = 1
        while Store.exists(destination) {
            attempt += 1
            destination = base + "-\(attempt)"
        }
        let source = store.sessionFolder(sessionID)
        if rename(source, destination) != 0 {
            throw RecordError.io(path: source, operation: "move the damaged session to \(destination)", code: errno)
        }
        return destination
    }
}

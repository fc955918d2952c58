import Crypto
import Foundation

/// The store's signed ledger of seals, `<store>/ledger.jsonl` (transcript-format.md §13): every seal this
/// store makes is listed there first, hash-chained to the lines before it and signed by the device key.
///
/// `keywork verify STORE` checks the sessions against it (`LedgerView`), so a session deleted whole, a seal
/// deleted, or a sealed journal changed and resealed is noticed. It is appended to under an exclusive `flock`
/// on the file, each append one write and one fsync; a line cut short by a crash is cut off before the next
/// append, and damage in the lines an append reads stops sealing until a person has looked (nothing is ever
/// rewritten).
public struct Ledger: Sendable {
    /// What the ledger already says of a session about to be sealed.
    public enum Listing: Sendable, Equatable {
        /// Not listed: it may be sealed, and the seal is added.
        case notListed
        /// Listed with this very journal: the seal was written once and lost (a crash, or a deleted seal of an
        /// unchanged journal), so it may be written again without a new line.
        case listedWithThisJournal(time: String)
        /// Listed with another journal: the journal changed after it was sealed. It must not be sealed again.
        case listedWithAnotherJournal(time: String, receiptCode: String)
    }

    public let store: Store
    private let io: any FileIO
    /// How many bytes from the end an append reads first (tests make it small to cross line boundaries).
    let tailWindow: Int

    public init(store: Store, io: any FileIO = POSIXFileIO()) {
        self.init(store: store, io: io, tailWindow: 64 * 1024)
    }

    init(store: Store, io: any FileIO, tailWindow: Int) {
        self.store = store
        self.io = io
        self.tailWindow = max(tailWindow, 1)
    }

    public var path: String { store.root + "/ledger.jsonl" }

    /// What the ledger says of `sessionID`, given the SHA-256 (hex) of its journal now.
    public func listing(of sessionID: String, journalSHA256: String) throws(RecordError) -> Listing {
        guard Store.exists(path) else { return .notListed }
        let tail = try tail(of: Store.readFile(path), deviceKey: nil, listing: sessionID)
        return Ledger.listing(journalSHA256: journalSHA256, in: tail)
    }

    private func tail(of bytes: [UInt8], deviceKey: [UInt8]?, listing sessionID: String?) throws(RecordError)
        -> LedgerTail
    {
        do {
            return try LedgerTail.read(bytes, deviceKey: deviceKey, listing: sessionID)
        } catch {
            throw RecordError.ledgerDamaged(path: path, line: error.line, problem: error.problem)
        }
    }

    private static func listing(journalSHA256: String, in tail: LedgerTail) -> Listing {
        var found = Listing.notListed
        for entry in tail.sealedLines {
            guard case .sealed(_, let hash, let receiptCode) = entry.event else { continue }
            if hash != journalSHA256 {
                return .listedWithAnotherJournal(time: entry.timestamp, receiptCode: receiptCode)
            }
            found = .listedWithThisJournal(time: entry.timestamp)
        }
        return found
    }

    /// Lists a seal about to be written: first starting the ledger, or naming a new device key, when needed.
    /// Returns what the ledger said before; only `.notListed` adds a line. Throws, adding nothing, when the
    /// session is listed with another journal or the ledger is damaged. A session started in this process
    /// cannot be listed yet, so `mayBeListed` false spares the search for it.
    @discardableResult
    public func recordSeal(
        sessionID: String, journalSHA256: [UInt8], time: String, key: DeviceKey, mayBeListed: Bool = true
    ) throws(RecordError) -> Listing {
        let hash = Hex.encode(journalSHA256)
        return try appending(key: key, time: time, listing: mayBeListed ? sessionID : nil) { tail throws(RecordError) in
            let listing = Ledger.listing(journalSHA256: hash, in: tail)
            switch listing {
            case .notListed:
                let receipt = ReceiptCode.make(journalSHA256: journalSHA256) ?? ""
                return (listing, [.sealed(sessionID: sessionID, journalSHA256: hash, receiptCode: receipt)])
            case .listedWithThisJournal:
                return (listing, [])
            case .listedWithAnotherJournal(let sealedAt, _):
                throw RecordError.sealedWithAnotherJournal(sessionID: sessionID, sealedAt: sealedAt, ledger: path)
            }
        }
    }

    /// Notes that `key` now keeps the ledger (after `keywork key new --replace`); nothing when it already does
    /// or when there is no ledger yet.
    public func recordKeyReplacement(key: DeviceKey, time: String) throws(RecordError) {
        guard Store.exists(path) else { return }
        try appending(key: key, time: time, listing: nil) { _ throws(RecordError) in ((), []) }
    }

    /// Under the ledger's lock: reads its tail (what is said of `sessionID` included), asks `decide` what to add,
    /// and appends it in one write, after a `started` or `key_replaced` line when `key` does not keep the ledger
    /// yet, and after cutting a line a crash left cut short.
    private func appending<Answer>(
        key: DeviceKey, time: String, listing sessionID: String?,
        _ decide: (LedgerTail) throws(RecordError) -> (Answer, [LedgerEntry.Event])
    ) throws(RecordError) -> Answer {
        try store.prepare()
        var step = "open the ledger"
        let descriptor: Int32
        do throws(Errno) {
            descriptor = try io.openFile(path, flags: O_RDWR | O_CREAT | O_APPEND, mode: 0o600)
        } catch {
            throw RecordError.io(path: path, operation: step, code: error.code)
        }
        defer { io.closeFile(descriptor) }
        // Another Keywork sealing at the same moment waits here for a moment; a lock is never left behind.
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw RecordError.io(path: path, operation: "lock the ledger", code: errno) }
        }
        let tail =
            try sessionID == nil
            ? lastLines(of: descriptor, deviceKey: key.publicKeyBytes)
            : tail(of: Store.readFile(path), deviceKey: key.publicKeyBytes, listing: sessionID)
        let (answer, events) = try decide(tail)
        var toWrite: [LedgerEntry.Event] = []
        if tail.isEmpty {
            toWrite.append(.started(key: key.publicKeyBytes))
        } else if let current = tail.currentKey, current != key.publicKeyBytes {
            toWrite.append(.keyReplaced(key: key.publicKeyBytes, oldKey: current))
        }
        // A ledger is started only to list a seal; a new key alone is noted only in a ledger already begun.
        guard !events.isEmpty || (!toWrite.isEmpty && !tail.isEmpty) else { return answer }
        toWrite += events
        var chain = tail.isEmpty ? LedgerEntry.chainStart(key: key.publicKeyBytes) : tail.chainHead
        var seq = tail.nextSeq
        var output: [UInt8] = []
        for event in toWrite {
            let entry = try LedgerEntry.signedLine(
                seq: seq, timestamp: time, event: event, prev: chain, key: key,
                keyPath: store.keysFolder + "/device.key")
            output += entry.line + [UInt8(ascii: "\n")]
            chain = LedgerEntry.chainNext(after: chain, line: entry.line)
            seq += 1
        }
        do throws(Errno) {
            if tail.tornTailBytes > 0 {
                // A line cut short by a crash listed a seal that was never written: it is cut, as a journal's is.
                step = "cut the ledger's torn last line"
                try io.truncateFile(descriptor, length: Int64(tail.wholeLength))
            }
            step = "write to the ledger"
            try io.writeAll(descriptor, output)
            step = "flush the ledger to disk"
            try io.sync(descriptor)
            if tail.isEmpty { try io.syncFolder(store.root) }
        } catch {
            throw RecordError.io(path: path, operation: step, code: error.code)
        }
        return answer
    }

    /// The tail of the open ledger read from its last `tailWindow` bytes, growing the window until it holds a
    /// whole line, so that sealing does not read a ledger that grows with every session ever sealed. When
    /// those lines do not settle the tail (the key that keeps the ledger was named further back, or a line in
    /// the window is damaged), the whole ledger is read, and damage is reported from that.
    private func lastLines(of descriptor: Int32, deviceKey: [UInt8]) throws(RecordError) -> LedgerTail {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw RecordError.io(path: path, operation: "read the ledger's size", code: errno)
        }
        let size = Int(status.st_size)
        var window = tailWindow
        while window < size {
            let start = size - window
            let bytes = try readBytes(of: descriptor, from: start, count: window)
            // The window's first line may be cut at its start: lines are read from the first newline on.
            if let firstNewline = bytes.firstIndex(of: UInt8(ascii: "\n")),
                bytes[(firstNewline + 1)...].contains(UInt8(ascii: "\n"))
            {
                let lineStart = firstNewline + 1
                if var tail = try? LedgerTail.read(
                    Array(bytes[lineStart...]), deviceKey: deviceKey, listing: nil)
                {
                    tail.wholeLength += start + lineStart
                    return tail
                }
                break
            }
            window *= 4
        }
        return try tail(of: Store.readFile(path), deviceKey: deviceKey, listing: nil)
    }

    private func readBytes(of descriptor: Int32, from offset: Int, count: Int) throws(RecordError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = bytes.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress.map { $0 + filled }, count - filled, off_t(offset + filled))
            }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else {
                throw RecordError.io(path: path, operation: "read the ledger", code: got < 0 ? errno : EIO)
            }
            filled += got
        }
        return bytes
    }
}

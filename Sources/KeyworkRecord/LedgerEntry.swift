import Crypto
import Foundation

/// One line of the store's ledger (`ledger.jsonl`, transcript-format.md §13):
/// `{"seq","ts","event","data","prev","sig"}`, signed by the key that kept the ledger when it was written.
public struct LedgerEntry: Sendable, Equatable {
    public enum Event: Sendable, Equatable {
        /// Line 0: the ledger began, kept by `key` (raw public key).
        case started(key: [UInt8])
        /// A session was sealed: its id, its journal's SHA-256 (hex) and the receipt code made from it.
        case sealed(sessionID: String, journalSHA256: String, receiptCode: String)
        /// From this line on the ledger is kept by `key`, which replaced `oldKey`.
        case keyReplaced(key: [UInt8], oldKey: [UInt8])
    }

    public static let format = "keywork-ledger/1"
    /// The keys of every ledger line, in order.
    static let lineKeys = ["seq", "ts", "event", "data", "prev", "sig"]
    /// What every line ends with after its unsigned part: `,"sig":"` + 88 characters of base64 + `"}`.
    static let signatureSuffixLength = 98

    public var seq: Int64
    /// When it was written, ISO 8601 UTC; for `sealed`, exactly the seal statement's `time`.
    public var timestamp: String
    public var event: Event
    /// The line's bytes as stored, without the newline.
    public var line: [UInt8]

    /// The event's name in the file.
    var eventName: String {
        switch event {
        case .started: "started"
        case .sealed: "sealed"
        case .keyReplaced: "key_replaced"
        }
    }

    var data: JSONValue {
        func base64(_ key: [UInt8]) -> JSONValue { .string(Data(key).base64EncodedString()) }
        switch event {
        case .started(let key):
            return .object([("format", .string(LedgerEntry.format)), ("key", base64(key))])
        case .sealed(let sessionID, let journalSHA256, let receiptCode):
            return .object([
                ("session", .string(sessionID)), ("journal_sha256", .string(journalSHA256)),
                ("receipt", .string(receiptCode)),
            ])
        case .keyReplaced(let key, let oldKey):
            return .object([("key", base64(key)), ("old_key", base64(oldKey))])
        }
    }

    /// The key that keeps the ledger from this line on, when the line names one.
    var newKey: [UInt8]? {
        switch event {
        case .started(let key), .keyReplaced(let key, _): key
        case .sealed: nil
        }
    }

    /// Writes a line: its unsigned part (the five keys, as a journal line is written), then the signature over
    /// `"keywork-ledger/1" || 0x00 || unsigned part` as a sixth key.
    static func signedLine(
        seq: Int64, timestamp: String, event: Event, prev: [UInt8], key: DeviceKey, keyPath: String
    ) throws(RecordError) -> LedgerEntry {
        var entry = LedgerEntry(seq: seq, timestamp: timestamp, event: event, line: [])
        let unsigned = JournalEntry.encodeLine(
            seq: seq, timestamp: timestamp, event: entry.eventName, data: entry.data, prev: Hex.encode(prev))
        let signature: [UInt8]
        do {
            signature = try key.sign(signedBytes(unsigned: unsigned))
        } catch {
            throw RecordError.malformedKey(path: keyPath, problem: "signing the ledger failed: \(error)")
        }
        entry.line =
            unsigned.dropLast() + Array(#","sig":""#.utf8) + Array(Data(signature).base64EncodedString().utf8)
            + Array(#""}"#.utf8)
        return entry
    }

    /// The bytes a line's signature covers.
    static func signedBytes(unsigned: some Collection<UInt8>) -> [UInt8] {
        Array((format + "\0").utf8) + Array(unsigned)
    }

    /// The chain value before line 0, from the key that began the ledger.
    static func chainStart(key: [UInt8]) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(data: Array("keywork-ledger-start/1\0".utf8))
        hasher.update(data: key)
        return Array(hasher.finalize())
    }

    /// The chain value after `line` (all of it, signature included), given the value before it.
    static func chainNext(after previous: [UInt8], line: some Collection<UInt8>) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(data: Array("keywork-ledger/1\0".utf8))
        hasher.update(data: previous)
        hasher.update(data: Array(line))
        return Array(hasher.finalize())
    }
}

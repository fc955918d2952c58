import Crypto
import Foundation
import KeyworkText

/// Reads a ledger's bytes and checks every whole line, the sequence, the chain and the keys; never repairs.
///
/// The signatures are checked apart (`checkSignatures`): the chain makes the last line signed by each key
/// vouch for every line before it, so those are the ones a verifier must check (transcript-format.md §13).
enum LedgerReader {
    /// A run of lines kept by one key: from the line that names the key to the last line before the next one.
    struct KeyRun: Sendable, Equatable {
        var key: [UInt8]
        var firstLine: Int
        var lastLine: Int
        /// The `ts` of the line that named the key.
        var since: String
    }

    struct Contents: Sendable, Equatable {
        var entries: [LedgerEntry]
        var keyRuns: [KeyRun]
        /// The chain value after the last whole line.
        var chainHead: [UInt8]
        /// Bytes up to and including the last newline.
        var wholeLength: Int
        /// Bytes after the last newline: a line cut short when the computer stopped.
        var tornTailBytes: Int

        /// The key that keeps the ledger now.
        var currentKey: [UInt8]? { keyRuns.last?.key }
    }

    /// Checks `bytes` as a ledger. No whole line at all is an empty ledger, not damage: the first write of a
    /// new ledger holds its first two lines, so a crash in it leaves only a line cut short.
    ///
    /// With `prefix`, the contents of `bytes`' first `prefix.wholeLength` bytes as checked before, only the lines
    /// after them are read, from the chain value and keys the prefix ends with; the caller must have made sure
    /// that those bytes are still the ones checked (`LedgerPrefix`).
    static func read(_ bytes: [UInt8], after prefix: Contents? = nil) throws(JournalReader.Damage) -> Contents {
        let start = prefix?.wholeLength ?? 0
        var entries = prefix?.entries ?? []
        var runs = prefix?.keyRuns ?? []
        var chain = prefix?.chainHead ?? []
        guard let lastNewline = bytes.lastIndex(of: UInt8(ascii: "\n")), lastNewline >= start else {
            return Contents(
                entries: entries, keyRuns: runs, chainHead: chain, wholeLength: start,
                tornTailBytes: bytes.count - start)
        }
        for line in bytes[start...lastNewline].dropLast().split(
            separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        {
            let index = entries.count
            let entry = try readLine(Array(line), number: index, currentKey: runs.last?.key)
            if index == 0, case .started(let key) = entry.event { chain = LedgerEntry.chainStart(key: key) }
            guard Hex.spells(prevHex(of: line), chain) else {
                throw JournalReader.Damage(
                    line: index + 1,
                    problem: "prev does not match the chain (this line or one before it was changed, removed or "
                        + "reordered)")
            }
            add(entry, at: index, to: &runs)
            chain = LedgerEntry.chainNext(after: chain, line: line)
            entries.append(entry)
        }
        return Contents(
            entries: entries, keyRuns: runs, chainHead: chain, wholeLength: lastNewline + 1,
            tornTailBytes: bytes.count - lastNewline - 1)
    }

    /// Extends the key runs with line `index`: a line that names a key starts a run, any other ends the current one.
    static func add(_ entry: LedgerEntry, at index: Int, to runs: inout [KeyRun]) {
        if let key = entry.newKey {
            if !runs.isEmpty { runs[runs.count - 1].lastLine = index - 1 }
            runs.append(KeyRun(key: key, firstLine: index, lastLine: index, since: entry.timestamp))
        } else if !runs.isEmpty {
            runs[runs.count - 1].lastLine = index
        }
    }

    /// The first line whose signature does not verify, of the lines that must be checked: the last of each key's run.
    /// Runs that end before line `from` are not checked again: they were, when the lines before it were read.
    static func checkSignatures(_ contents: Contents, from firstLine: Int = 0) -> JournalReader.Damage? {
        for run in contents.keyRuns where run.lastLine >= firstLine {
            guard isSigned(contents.entries[run.lastLine].line, by: run.key) else {
                return JournalReader.Damage(
                    line: run.lastLine + 1,
                    problem: "its signature does not verify with the key that kept the ledger then (key "
                        + "\(DeviceKey.keyID(run.key))): the ledger was changed")
            }
        }
        return nil
    }

    /// Whether a line read by `readLine` (so with its signature in the written form) is signed by `publicKey`.
    static func isSigned(_ line: [UInt8], by publicKey: [UInt8]) -> Bool {
        let suffixStart = line.count - LedgerEntry.signatureSuffixLength
        guard suffixStart > 0 else { return false }
        let unsigned = line[..<suffixStart] + [UInt8(ascii: "}")]
        guard let signature = DeviceKey.decodeBase64(line[(suffixStart + 8)..<(line.count - 2)], byteCount: 64),
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey)
        else { return false }
        return key.isValidSignature(signature, for: LedgerEntry.signedBytes(unsigned: unsigned))
    }

    /// The bytes of `prev`'s value: the 64 characters before `","sig":"…"}` (checked to be there by `readLine`).
    private static func prevHex(of line: ArraySlice<UInt8>) -> String {
        let end = line.endIndex - LedgerEntry.signatureSuffixLength - 1
        return String(decoding: line[max(line.startIndex, end - 64)..<max(line.startIndex, end)], as: UTF8.self)
    }

    /// Reads one line as line `number` (counting from 0) of a ledger kept by `currentKey` until it.
    private static func readLine(_ line: [UInt8], number: Int, currentKey: [UInt8]?) throws(JournalReader.Damage)
        -> LedgerEntry
    {
        let read = try readLine(line, number: number, currentKey: currentKey, standingAlone: false)
        return read.entry
    }

    /// Reads one line without the lines around it: its shape, but not its place in the sequence or the chain.
    /// Appending uses it for the few lines it needs; its `seq` is taken as written.
    static func readLineAlone(_ line: [UInt8]) throws(JournalReader.Damage) -> (entry: LedgerEntry, prev: String) {
        try readLine(line, number: nil, currentKey: nil, standingAlone: true)
    }

    private static func readLine(_ line: [UInt8], number: Int?, currentKey: [UInt8]?, standingAlone: Bool)
        throws(JournalReader.Damage) -> (entry: LedgerEntry, prev: String)
    {
        func damage(_ problem: String) -> JournalReader.Damage {
            JournalReader.Damage(line: number.map { $0 + 1 }, problem: problem)
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            throw damage("the line is not valid JSON (\(error))")
        }
        guard value.objectKeys == LedgerEntry.lineKeys else {
            throw damage("the line must be an object with exactly the keys seq, ts, event, data, prev, sig")
        }
        guard let seq = value["seq"]?.intValue, seq >= 0, number.map({ seq == Int64($0) }) ?? true else {
            throw damage("seq should be \(number ?? 0) (lines are missing, added or out of order)")
        }
        guard let timestamp = value["ts"]?.stringValue, RecordTime.isValidTime(timestamp) else {
            throw damage("ts is not a UTC time like 2026-11-27T02:46:30.123Z")
        }
        guard let prev = value["prev"]?.stringValue, Hex.isLowercaseHex(prev, byteCount: 32) else {
            throw damage("prev is not 64 lowercase hex digits")
        }
        guard let signature = value["sig"]?.stringValue,
            DeviceKey.decodeBase64(Array(signature.utf8), byteCount: 64) != nil,
            line.count > LedgerEntry.signatureSuffixLength,
            line.suffix(LedgerEntry.signatureSuffixLength).elementsEqual(#","sig":"\#(signature)"}"#.utf8),
            line.dropLast(LedgerEntry.signatureSuffixLength).suffix(66).elementsEqual(#""\#(prev)""#.utf8)
        else {
            throw damage("sig must be base64 of a 64-byte signature, written last, right after prev")
        }
        guard let name = value["event"]?.stringValue, let data = value["data"] else {
            throw damage("event is not a string")
        }
        let event = try readEvent(
            name, data, number: number.map { Int64($0) } ?? seq, currentKey: currentKey, standingAlone: standingAlone)
        return (LedgerEntry(seq: seq, timestamp: timestamp, event: event, line: line), prev)
    }

    private static func readEvent(
        _ name: String, _ data: JSONValue, number: Int64, currentKey: [UInt8]?, standingAlone: Bool
    ) throws(JournalReader.Damage) -> LedgerEntry.Event {
        func damage(_ problem: String) -> JournalReader.Damage {
            JournalReader.Damage(line: standingAlone ? nil : Int(number) + 1, problem: problem)
        }
        func key(_ field: String) throws(JournalReader.Damage) -> [UInt8] {
            guard let text = data[field]?.stringValue, let raw = DeviceKey.decodeBase64(Array(text.utf8), byteCount: 32)
            else { throw damage("\(field) is not base64 of a 32-byte public key") }
            if let problem = PublicKeyCheck.problem(with: raw) { throw damage("\(field) is refused: \(problem)") }
            return raw
        }
        if (number == 0) != (name == "started") {
            throw damage(number == 0 ? "line 1 must be the ledger's start" : "only line 1 may start the ledger")
        }
        switch name {
        case "started":
            guard data.objectKeys == ["format", "key"], data["format"]?.stringValue == LedgerEntry.format else {
                throw damage("started must have exactly format \"\(LedgerEntry.format)\" and key")
            }
            return .started(key: try key("key"))
        case "sealed":
            guard data.objectKeys == ["session", "journal_sha256", "receipt"],
                let sessionID = data["session"]?.stringValue, Store.isValidSessionID(sessionID),
                let hash = data["journal_sha256"]?.stringValue, Hex.isLowercaseHex(hash, byteCount: 32),
                let receipt = data["receipt"]?.stringValue
            else { throw damage("sealed must have exactly a session id, a journal_sha256 and a receipt") }
            guard receipt == ReceiptCode.make(journalSHA256Hex: hash) else {
                throw damage("the receipt code is not the one made from journal_sha256")
            }
            return .sealed(sessionID: sessionID, journalSHA256: hash, receiptCode: receipt)
        case "key_replaced":
            guard data.objectKeys == ["key", "old_key"] else {
                throw damage("key_replaced must have exactly key and old_key")
            }
            let (newKey, oldKey) = (try key("key"), try key("old_key"))
            guard standingAlone || oldKey == currentKey, newKey != oldKey else {
                throw damage("key_replaced must name the key that kept the ledger until then as old_key, and a new key")
            }
            return .keyReplaced(key: newKey, oldKey: oldKey)
        default:
            throw damage(
                "\"\(TerminalText.escaped(name))\" is not an event a ledger has (started, sealed, key_replaced)")
        }
    }
}

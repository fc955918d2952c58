import Foundation
import KeyworkGuides

/// Reads a journal's bytes and checks every line, the sequence and the chain; never repairs, never traps.
///
/// Used by resume (which may cut a torn tail) and by verify (for which any torn tail is damage).
public enum JournalReader {
    /// A journal that read cleanly, up to the last newline.
    public struct Contents: Sendable {
        public var header: JournalHeader
        /// Every whole line, header included; when read for verify, only the header and the lines of the events
        /// kept (`keptForVerify`, which verify reports, or `keptForDue`).
        public var entries: [JournalEntry]
        /// How many whole lines were read and checked, header included.
        public var lineCount: Int
        /// The chain value after the last whole line.
        public var chainHead: [UInt8]
        /// Bytes up to and including the last newline.
        public var wholeLength: Int
        /// Bytes after the last newline: a line cut short by a crash.
        public var tornTailBytes: Int
    }

    /// Why a journal cannot be trusted, and on which line (counting from 1).
    public struct Damage: Error, Equatable, Sendable, CustomStringConvertible {
        public var line: Int?
        public var problem: String

        public var description: String { (line.map { "line \($0): " } ?? "") + problem }
    }

    /// The keys of every journal line, in their required order.
    static let lineKeys = ["seq", "ts", "event", "data", "prev"]

    /// Events whose lines a read that builds no data keeps (besides the header): their names, and in UTF-8.
    struct KeptEvents: Sendable {
        let names: Set<String>
        let utf8: [[UInt8]]

        init(_ names: Set<String>) {
            self.names = names
            utf8 = names.sorted().map { Array($0.utf8) }
        }
    }

    /// The events verify keeps, to say on a session's line which statements the client did not agree to.
    static let keptForVerify = KeptEvents(ConsentOutcome.events)
    /// The events `keywork due` keeps: verify's, which give "closed as not used" and "no agreement yet", and the
    /// signatures, which tell whether the client signed an agreement (`SessionFacts.read`).
    static let keptForDue = KeptEvents(ConsentOutcome.events.union(["signed"]))

    /// Checks `bytes` as the journal of `sessionID` and returns its lines.
    public static func read(_ bytes: [UInt8], sessionID: String) throws(Damage) -> Contents {
        try read(bytes, sessionID: sessionID, buildingData: true)
    }

    /// Checks `bytes` exactly as `read(_:sessionID:)` does. With `buildingData` false (for verify, which needs
    /// the verdict and not the events) only the header and the few lines of the events `keeping` names are kept
    /// in `entries`, and each later line is checked in place by `CanonicalLine`, falling back to the full check of
    /// a copy when it is not in the written form.
    static func read(
        _ bytes: [UInt8], sessionID: String, buildingData: Bool, keeping: KeptEvents = keptForVerify
    ) throws(Damage) -> Contents {
        guard let lastNewline = bytes.lastIndex(of: UInt8(ascii: "\n")) else {
            throw Damage(line: 1, problem: "the journal has no complete header line")
        }
        var entries: [JournalEntry] = []
        var lineCount = 0
        var chain = JournalChain.start(sessionID: sessionID)
        var header: JournalHeader?
        var start = 0
        while start <= lastNewline {
            let end = nextNewline(in: bytes, from: start, upTo: lastNewline)
            if buildingData || lineCount == 0
                || !CanonicalLine.isValid(bytes, from: start, to: end, number: lineCount, chain: chain)
            {
                let line = Array(bytes[start..<end])
                var entry = try readLine(
                    line, number: lineCount, chain: chain, buildingData: buildingData || lineCount == 0)
                if lineCount == 0 {
                    switch JournalHeader.decode(entry.data) {
                    case .success(let decoded): header = decoded
                    case .failure(let shape): throw Damage(line: 1, problem: shape.message)
                    }
                    if header?.sessionID != sessionID {
                        throw Damage(
                            line: 1, problem: "the header names session \(header?.sessionID ?? "?"), not \(sessionID)")
                    }
                }
                if let header, entry.event == "signed" {
                    try checkSignature(entry, mode: header.mode, lineNumber: lineCount + 1)
                }
                if buildingData || lineCount == 0 {
                    entries.append(entry)
                } else if keeping.names.contains(entry.event) {
                    // A signature's data was built already: its role is part of the check.
                    if entry.event != "signed" {
                        entry = try readLine(line, number: lineCount, chain: chain, buildingData: true)
                    }
                    entries.append(entry)
                }
            } else if CanonicalLine.hasEvent(in: keeping.utf8, bytes, from: start, number: lineCount) {
                entries.append(
                    try readLine(Array(bytes[start..<end]), number: lineCount, chain: chain, buildingData: true))
            }
            lineCount += 1
            JournalChain.advance(&chain, past: bytes, from: start, to: end)
            start = end + 1
        }
        guard let header else { throw Damage(line: 1, problem: "the journal has no complete header line") }
        return Contents(
            header: header, entries: entries, lineCount: lineCount, chainHead: chain, wholeLength: lastNewline + 1,
            tornTailBytes: bytes.count - lastNewline - 1)
    }

    /// The offset of the first newline at or after `start`; `lastNewline` is one, so there always is one.
    private static func nextNewline(in bytes: [UInt8], from start: Int, upTo lastNewline: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress,
                let found = memchr(base + start, Int32(UInt8(ascii: "\n")), lastNewline + 1 - start)
            else { return lastNewline }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
    }

    /// The roles a typed signature may have (§4); a group record is signed by its facilitator alone.
    static func checkSignature(_ entry: JournalEntry, mode: GuideMode, lineNumber: Int) throws(Damage) {
        let allowed = mode == .group ? ["facilitator"] : ["client", "keyworker", "facilitator"]
        guard let role = entry.data["role"]?.stringValue, allowed.contains(role) else {
            throw Damage(
                line: lineNumber,
                problem: mode == .group
                    ? "a signature in a group record must be the facilitator's"
                    : "a signature's role must be client, keyworker or facilitator")
        }
    }

    private static func readLine(_ line: [UInt8], number: Int, chain: [UInt8], buildingData: Bool) throws(Damage)
        -> JournalEntry
    {
        let lineNumber = number + 1
        var value: JSONValue
        do {
            value = try buildingData ? JSONParser.parse(line) : JSONParser.parse(line, checkingOnly: "data")
            // A signature's data is read even when checking only: its role is part of the check.
            if !buildingData, value["event"]?.stringValue == "signed" { value = try JSONParser.parse(line) }
        } catch {
            throw Damage(line: lineNumber, problem: "the line is not valid JSON (\(error))")
        }
        guard value.objectKeys == lineKeys else {
            throw Damage(
                line: lineNumber, problem: "the line must be an object with exactly the keys seq, ts, event, data, prev"
            )
        }
        guard let seq = value["seq"]?.intValue, seq == Int64(number) else {
            throw Damage(
                line: lineNumber, problem: "seq should be \(number) (lines are missing, added or out of order)")
        }
        guard let timestamp = value["ts"]?.stringValue, RecordTime.isValidTime(timestamp) else {
            throw Damage(line: lineNumber, problem: "ts is not a UTC time like 2026-11-27T02:46:30.123Z")
        }
        guard let event = value["event"]?.stringValue, JournalEntry.isValidEventName(event) else {
            throw Damage(line: lineNumber, problem: "event is not a valid event name")
        }
        if (number == 0) != (event == "header") {
            throw Damage(
                line: lineNumber, problem: number == 0 ? "line 1 must be the header" : "only line 1 may be a header")
        }
        guard let data = value["data"], data.objectMembers != nil else {
            throw Damage(line: lineNumber, problem: "data must be an object")
        }
        guard let prev = value["prev"]?.stringValue, Hex.isLowercaseHex(prev, byteCount: 32) else {
            throw Damage(line: lineNumber, problem: "prev is not 64 lowercase hex digits")
        }
        guard Hex.spells(prev, chain) else {
            throw Damage(
                line: lineNumber,
                problem: "prev does not match the chain (this line or one before it was changed, removed or reordered)")
        }
        return JournalEntry(seq: seq, timestamp: timestamp, event: event, data: data, prev: prev, line: line)
    }
}

extension JournalEntry {
    /// Event names are 1–64 ASCII letters, digits, `_`, `.` or `-`.
    public static func isValidEventName(_ name: String) -> Bool {
        let utf8 = name.utf8
        return (1...64).contains(utf8.count)
            && utf8.allSatisfy { byte in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                    || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
                    || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
            }
    }

    /// The bytes of one journal line (without the newline), keys in the fixed order.
    static func encodeLine(seq: Int64, timestamp: String, event: String, data: JSONValue, prev: String) -> [UInt8] {
        JSONValue.object([
            ("seq", .int(seq)), ("ts", .string(timestamp)), ("event", .string(event)), ("data", data),
            ("prev", .string(prev)),
        ]).encoded()
    }
}

import Crypto
import Foundation

/// What appending to a ledger needs, found without reading every line: the last line (to go on from its chain
/// value and seq), the key that keeps the ledger now, and, only when asked, the lines that list one session.
///
/// An append costs one line parsed and one signature checked, however long the ledger grows: when the last
/// line verifies under the device key, that key keeps the ledger. Only after a key was replaced are lines read
/// back to find the one that named the key. Checking every line is for verify (`LedgerReader`).
struct LedgerTail {
    /// No whole line yet: the ledger starts with the next append.
    var isEmpty: Bool
    var nextSeq: Int64
    /// The chain value after the last whole line.
    var chainHead: [UInt8]
    var currentKey: [UInt8]?
    /// The `sealed` lines of the session asked about, in order (none when none was asked about).
    var sealedLines: [LedgerEntry]
    var wholeLength: Int
    var tornTailBytes: Int

    /// Reads what an append needs of `bytes` by a device whose raw public key is `deviceKey` (nil: the key that
    /// keeps the ledger is not wanted), and the lines listing `sessionID` when one is given; damage to the
    /// lines it reads is thrown.
    static func read(_ bytes: [UInt8], deviceKey: [UInt8]?, listing sessionID: String?) throws(JournalReader.Damage)
        -> LedgerTail
    {
        guard let lastNewline = bytes.lastIndex(of: UInt8(ascii: "\n")) else {
            return LedgerTail(
                isEmpty: true, nextSeq: 0, chainHead: [], currentKey: nil, sealedLines: [], wholeLength: 0,
                tornTailBytes: bytes.count)
        }
        let lines = LineIndex(bytes: bytes, end: lastNewline)
        let lastLine = try lines.line(before: lastNewline)
        let last = try LedgerReader.readLineAlone(Array(bytes[lastLine]))
        guard let prev = Hex.decode(last.prev) else {
            throw JournalReader.Damage(line: nil, problem: "the last line's prev is not hex")
        }
        var currentKey: [UInt8]?
        if let deviceKey {
            currentKey =
                LedgerReader.isSigned(last.entry.line, by: deviceKey)
                ? deviceKey : try lines.keyNamedLast(from: lastLine)
        }
        var sealedLines: [LedgerEntry] = []
        if let sessionID {
            let needle = Array(#""session":"\#(sessionID)""#.utf8)
            for offset in ByteSearch.offsets(of: needle, in: bytes, before: lastNewline) {
                let entry = try LedgerReader.readLineAlone(Array(bytes[lines.line(around: offset)])).entry
                if case .sealed = entry.event { sealedLines.append(entry) }
            }
        }
        return LedgerTail(
            isEmpty: false, nextSeq: last.entry.seq + 1,
            chainHead: LedgerEntry.chainNext(after: prev, line: bytes[lastLine]), currentKey: currentKey,
            sealedLines: sealedLines, wholeLength: lastNewline + 1, tornTailBytes: bytes.count - lastNewline - 1)
    }

    /// Lines of a ledger's bytes found on demand, by their newlines, up to `end` (the last newline).
    private struct LineIndex {
        let bytes: [UInt8]
        let end: Int

        /// The line (without its newline) that ends at the newline at `newline`.
        func line(before newline: Int) throws(JournalReader.Damage) -> Range<Int> {
            guard newline > 0, bytes[newline - 1] != UInt8(ascii: "\n") else {
                throw JournalReader.Damage(line: nil, problem: "a line is empty")
            }
            return line(around: newline - 1)
        }

        /// The line (without its newline) holding the byte at `offset`, which is not a newline.
        func line(around offset: Int) -> Range<Int> {
            var start = offset
            while start > 0 && bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
            var stop = offset
            while stop < end && bytes[stop] != UInt8(ascii: "\n") { stop += 1 }
            return start..<stop
        }

        /// The key named by the last `started` or `key_replaced` line, reading lines back from `line`.
        func keyNamedLast(from line: Range<Int>) throws(JournalReader.Damage) -> [UInt8] {
            var current = line
            while true {
                if let key = try LedgerReader.readLineAlone(Array(bytes[current])).entry.newKey { return key }
                guard current.lowerBound > 0 else {
                    throw JournalReader.Damage(line: nil, problem: "no line names the key that keeps the ledger")
                }
                current = try self.line(before: current.lowerBound - 1)
            }
        }
    }
}

/// Finding bytes in bytes with `memchr` and `memcmp`.
enum ByteSearch {
    /// Every offset before `limit` where `needle` starts in `haystack`.
    static func offsets(of needle: [UInt8], in haystack: [UInt8], before limit: Int) -> [Int] {
        guard let first = needle.first, limit >= needle.count else { return [] }
        var found: [Int] = []
        haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                guard let base = hay.baseAddress, let pinBase = pin.baseAddress else { return }
                var position = 0
                let lastStart = min(limit, hay.count) - needle.count
                while position <= lastStart {
                    guard let hit = memchr(base + position, Int32(first), lastStart - position + 1) else { break }
                    let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + offset, pinBase, needle.count) == 0 { found.append(offset) }
                    position = offset + 1
                }
            }
        }
        return found
    }
}

import Foundation

/// What appending to a ledger needs, found without reading every line: the last line (to go on from its chain
/// value and seq), the line that named the key keeping the ledger now, and the lines that list one session.
///
/// A seal costs a search through the ledger's bytes and a few lines parsed, however long the ledger grows;
/// checking every line is for verify (`LedgerReader`).
struct LedgerTail {
    /// No whole line yet: the ledger starts with the next append.
    var isEmpty: Bool
    var nextSeq: Int64
    /// The chain value after the last whole line.
    var chainHead: [UInt8]
    var currentKey: [UInt8]?
    /// The `sealed` lines of the session asked about, in order.
    var sealedLines: [LedgerEntry]
    var wholeLength: Int
    var tornTailBytes: Int

    /// Reads what is needed of `bytes` for an append about `sessionID`; damage to the lines it reads is thrown.
    static func read(_ bytes: [UInt8], sessionID: String) throws(JournalReader.Damage) -> LedgerTail {
        guard let lastNewline = bytes.lastIndex(of: UInt8(ascii: "\n")) else {
            return LedgerTail(
                isEmpty: true, nextSeq: 0, chainHead: [], currentKey: nil, sealedLines: [], wholeLength: 0,
                tornTailBytes: bytes.count)
        }
        guard lastNewline > 0, bytes[lastNewline - 1] != UInt8(ascii: "\n") else {
            throw JournalReader.Damage(line: nil, problem: "the last line is empty")
        }
        let lastLine = lineRange(around: lastNewline - 1, in: bytes, end: lastNewline)
        let last = try LedgerReader.readLineAlone(Array(bytes[lastLine]))
        guard let prev = Hex.decode(last.prev) else {
            throw JournalReader.Damage(line: nil, problem: "the last line's prev is not hex")
        }
        let keyLines =
            ByteSearch.offsets(of: Array(#""event":"started""#.utf8), in: bytes, before: lastNewline + 1)
            + ByteSearch.offsets(of: Array(#""event":"key_replaced""#.utf8), in: bytes, before: lastNewline + 1)
        guard let keyLineOffset = keyLines.max() else {
            throw JournalReader.Damage(line: nil, problem: "no line names the key that keeps the ledger")
        }
        let keyLine = try LedgerReader.readLineAlone(
            Array(bytes[lineRange(around: keyLineOffset, in: bytes, end: lastNewline + 1)]))
        var sealedLines: [LedgerEntry] = []
        for offset in ByteSearch.offsets(of: Array(#""session":"\#(sessionID)""#.utf8), in: bytes, before: lastNewline)
        {
            let entry = try LedgerReader.readLineAlone(
                Array(bytes[lineRange(around: offset, in: bytes, end: lastNewline + 1)])
            ).entry
            if case .sealed = entry.event { sealedLines.append(entry) }
        }
        return LedgerTail(
            isEmpty: false, nextSeq: last.entry.seq + 1,
            chainHead: LedgerEntry.chainNext(after: prev, line: bytes[lastLine]), currentKey: keyLine.entry.newKey,
            sealedLines: sealedLines, wholeLength: lastNewline + 1, tornTailBytes: bytes.count - lastNewline - 1)
    }

    /// The line (without its newline) holding the byte at `offset`.
    private static func lineRange(around offset: Int, in bytes: [UInt8], end: Int) -> Range<Int> {
        var start = offset
        while start > 0 && bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        var stop = offset
        while stop < end && bytes[stop] != UInt8(ascii: "\n") { stop += 1 }
        return start..<stop
    }
}

/// Finding bytes in bytes with `memchr` and `memcmp`, fast on a ledger of any length.
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

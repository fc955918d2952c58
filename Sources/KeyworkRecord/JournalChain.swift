import Crypto

/// The hash chain that links every journal line to the one before it.
///
/// `c0 = SHA-256("keywork-chain-start/1\0" + session id)`, and after line i (without its newline)
/// `c(i+1) = SHA-256("keywork-chain/1\0" + c(i) + line)`. Line i stores hex(c(i)) as `prev`;
/// the chain head after the last line is what the seal signs.
public enum JournalChain {
    /// The chain value before line 0 of `sessionID`'s journal.
    public static func start(sessionID: String) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(data: Array("keywork-chain-start/1\0".utf8))
        hasher.update(data: Array(sessionID.utf8))
        return Array(hasher.finalize())
    }

    /// The chain value after `line` (its bytes without the newline), given the value before it.
    public static func next(after previous: [UInt8], line: some Collection<UInt8>) -> [UInt8] {
        // Hash the caller's bytes where they lie; copy only when the collection is not contiguous.
        let digest =
            line.withContiguousStorageIfAvailable { chainValue(after: previous, line: UnsafeRawBufferPointer($0)) }
            ?? Array(line).withUnsafeBytes { chainValue(after: previous, line: $0) }
        return Array(digest)
    }

    /// Moves `chain` on past `bytes[start..<end]` (a line without its newline), as `next(after:line:)` does,
    /// writing the new value over the old one instead of making an array per line.
    static func advance(_ chain: inout [UInt8], past bytes: [UInt8], from start: Int, to end: Int) {
        let digest = bytes.withUnsafeBytes {
            chainValue(after: chain, line: UnsafeRawBufferPointer(rebasing: $0[start..<end]))
        }
        chain.withUnsafeMutableBytes { target in
            digest.withUnsafeBytes { target.copyMemory(from: $0) }
        }
    }

    /// `c(i+1)` from `c(i)` and line i's bytes: the one place the formula is written.
    private static func chainValue(after previous: [UInt8], line: UnsafeRawBufferPointer) -> SHA256.Digest {
        var hasher = SHA256()
        linePrefix.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        previous.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        hasher.update(bufferPointer: line)
        return hasher.finalize()
    }

    private static let linePrefix = Array("keywork-chain/1\0".utf8)
}

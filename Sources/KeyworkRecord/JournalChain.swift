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
        var hasher = SHA256()
        hasher.update(data: linePrefix)
        hasher.update(data: previous)
        // Hash the caller's bytes where they lie; copy only when the collection is not contiguous.
        let hashedInPlace: Void? = line.withContiguousStorageIfAvailable {
            hasher.update(bufferPointer: UnsafeRawBufferPointer($0))
        }
        if hashedInPlace == nil { hasher.update(data: Array(line)) }
        return Array(hasher.finalize())
    }

    /// Moves `chain` on past `bytes[start..<end]` (a line without its newline), as `next(after:line:)` does,
    /// writing the new value over the old one instead of making an array per line.
    static func advance(_ chain: inout [UInt8], past bytes: [UInt8], from start: Int, to end: Int) {
        var hasher = SHA256()
        linePrefix.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        chain.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        bytes.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
        let digest = hasher.finalize()
        chain.withUnsafeMutableBytes { target in
            digest.withUnsafeBytes { target.copyMemory(from: $0) }
        }
    }

    private static let linePrefix = Array("keywork-chain/1\0".utf8)
}

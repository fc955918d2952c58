import Foundation

/// The floor under every saved answer: one append of a journal-sized line and one fsync, on the same disk.
enum FsyncReference {
    /// Times `count` appends of `bytes` bytes, each followed by fsync, to a new file in `folder`.
    static func measure(count: Int, bytes: Int, folder: String) throws -> Samples {
        let path = folder + "/fsync-reference"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw BenchError("cannot create \(path)") }
        defer {
            close(descriptor)
            unlink(path)
        }
        let line = [UInt8](repeating: UInt8(ascii: "x"), count: bytes - 1) + [UInt8(ascii: "\n")]
        var samples = Samples()
        for _ in 0..<count {
            let start = PtyChild.now()
            let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard written == line.count, fsync(descriptor) == 0 else { throw BenchError("cannot write \(path)") }
            samples.add(Double(PtyChild.now() - start))
        }
        return samples
    }
}

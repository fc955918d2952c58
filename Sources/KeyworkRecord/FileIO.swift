import Foundation

/// The file operations the journal and the seal use, so tests can make a write or an fsync fail.
///
/// Each call either succeeds or throws the `errno` that POSIX reported. `POSIXFileIO` is the real one.
public protocol FileIO: Sendable {
    /// Opens `path`; when `flags` has `O_CREAT` the file ends up with exactly `mode`, whatever the umask.
    func openFile(_ path: String, flags: Int32, mode: mode_t) throws(Errno) -> Int32
    /// Writes some of `bytes` (perhaps fewer than all) and returns how many.
    func writeSome(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws(Errno) -> Int
    /// Flushes the file (or folder) to stable storage.
    func sync(_ descriptor: Int32) throws(Errno)
    func truncateFile(_ descriptor: Int32, length: Int64) throws(Errno)
    func renameFile(_ source: String, _ destination: String) throws(Errno)
    func closeFile(_ descriptor: Int32)
}

/// An `errno` value from a failed system call.
public struct Errno: Error, Equatable, Sendable {
    public var code: Int32
    public init(_ code: Int32) { self.code = code }
}

/// The real file operations: plain POSIX calls.
public struct POSIXFileIO: FileIO {
    public init() {}

    public func openFile(_ path: String, flags: Int32, mode: mode_t) throws(Errno) -> Int32 {
        let descriptor = open(path, flags | O_CLOEXEC, mode)
        if descriptor < 0 { throw Errno(errno) }
        // The umask may have removed bits from `mode`; set them back so the file is exactly what was asked.
        if flags & O_CREAT != 0, fchmod(descriptor, mode) != 0 {
            let code = errno
            close(descriptor)
            throw Errno(code)
        }
        return descriptor
    }

    public func writeSome(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws(Errno) -> Int {
        let written = write(descriptor, bytes.baseAddress, bytes.count)
        if written < 0 { throw Errno(errno) }
        return written
    }

    public func sync(_ descriptor: Int32) throws(Errno) {
        if fsync(descriptor) != 0 { throw Errno(errno) }
    }

    public func truncateFile(_ descriptor: Int32, length: Int64) throws(Errno) {
        if ftruncate(descriptor, off_t(length)) != 0 { throw Errno(errno) }
    }

    public func renameFile(_ source: String, _ destination: String) throws(Errno) {
        if rename(source, destination) != 0 { throw Errno(errno) }
    }

    public func closeFile(_ descriptor: Int32) {
        close(descriptor)
    }
}

extension FileIO {
    /// Writes all of `bytes`, going on after short writes and retrying after `EINTR`.
    func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) throws(Errno) {
        var offset = 0
        while offset < bytes.count {
            let result: Result<Int, Errno> = bytes.withUnsafeBytes { buffer in
                let rest = UnsafeRawBufferPointer(rebasing: buffer[offset...])
                do throws(Errno) {
                    return .success(try writeSome(descriptor, rest))
                } catch {
                    return .failure(error)
                }
            }
            switch result {
            case .success(let count):
                // A write that makes no progress would loop for ever; treat it as the disk refusing.
                if count <= 0 { throw Errno(EIO) }
                offset += count
            case .failure(let error) where error.code == EINTR: continue
            case .failure(let error): throw error
            }
        }
    }

    /// Opens and fsyncs a folder, so a new or renamed entry in it survives a crash.
    func syncFolder(_ path: String) throws(Errno) {
        let descriptor = try openFile(path, flags: O_RDONLY | O_DIRECTORY, mode: 0)
        defer { closeFile(descriptor) }
        try sync(descriptor)
    }
}

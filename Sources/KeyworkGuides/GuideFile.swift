import Foundation
import KeyworkDiagnostics

/// Reading a guide file safely: one `open`, then `fstat` and `read` on that descriptor only.
enum GuideFile {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The bytes of the regular file at `path`, at most `GuideLimits.maximumBytes` of them.
    static func read(_ path: String) throws(GuideLoadError) -> [UInt8] {
        // O_NONBLOCK so that opening a named pipe returns at once, to be refused, instead of waiting for a writer.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR {
                throw failure(
                    .notFound, path, "no such file",
                    note: "check the path, or run 'keywork guides' to list the built-in guides")
            }
            throw failure(
                .unreadable, path, "cannot open this file: \(String(cString: strerror(code)))",
                note: "check its permissions")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw failure(.unreadable, path, "cannot read this file", note: "check its permissions")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            break
        case S_IFDIR:
            throw failure(.unreadable, path, "this is a folder, not a guide", note: "give the path of a .yaml file")
        default:
            throw failure(
                .unreadable, path, "this is not a regular file (a device, a pipe or a socket)",
                note: "give the path of a .yaml file saved by a text editor")
        }
        let size = Int(status.st_size)
        guard size <= GuideLimits.maximumBytes else { throw tooLong(path, size: size) }
        // Read one byte past the limit, so that a file that grew since fstat is still refused, never read whole.
        var bytes = [UInt8](repeating: 0, count: GuideLimits.maximumBytes + 1)
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else {
                throw failure(
                    .unreadable, path, "cannot read this file: \(String(cString: strerror(errno)))",
                    note: "check the disk")
            }
            if count == 0 { break }
            filled += count
        }
        guard filled <= GuideLimits.maximumBytes else { throw tooLong(path, size: filled) }
        return Array(bytes[..<filled])
    }

    /// `path` from the root: relative paths are taken from the working folder, and links are resolved.
    static func absolutePath(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        if path.hasPrefix("/") { return path }
        return FileManager.default.currentDirectoryPath + "/" + path
    }

    private static func tooLong(_ path: String, size: Int) -> GuideLoadError {
        GuideLoadError(
            kind: .invalid,
            diagnostics: [
                Diagnostic(
                    severity: .error, location: SourceLocation(file: path, line: 1, column: 1),
                    message: "the guide is \(size) bytes long; the most Keywork reads is \(GuideLimits.maximumBytes)",
                    note: "a guide is a few thousand words; split it into several guides")
            ])
    }

    private static func failure(_ kind: GuideLoadError.Kind, _ path: String, _ message: String, note: String)
        -> GuideLoadError
    {
        GuideLoadError(
            kind: kind,
            diagnostics: [
                Diagnostic(
                    severity: .error, location: SourceLocation(file: path, line: 0, column: 0), message: message,
                    note: note)
            ])
    }
}

#if canImport(Glibc)
    import Glibc
#endif

/// A shell script that stands in for an outside program in tests, such as `espeak-ng`.
public enum StandInProgram {
    /// Writes `script` to `path` as an executable file.
    ///
    /// The file is opened close-on-exec. Tests run in parallel, and a process another test starts
    /// while this file is still open would otherwise inherit a handle that writes to it; as long as any
    /// process holds one (a tmux server lives for the whole test), running the script fails with
    /// "text file busy" and the stand-in looks as if it were not installed.
    public static func write(_ script: String, to path: String) throws(StandInError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw StandInError(path: path, code: errno) }
        defer { close(descriptor) }
        var bytes = Array(script.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw StandInError(path: path, code: errno) }
            bytes = bytes.dropFirst(written)
        }
        // The mode given to open is cut by the umask; the script must be executable whatever it is.
        guard fchmod(descriptor, 0o755) == 0 else { throw StandInError(path: path, code: errno) }
    }
}

/// Why a stand-in program could not be written.
public struct StandInError: Error, CustomStringConvertible {
    public let path: String
    public let code: Int32

    public var description: String { "could not write \(path): \(String(cString: strerror(code)))" }
}

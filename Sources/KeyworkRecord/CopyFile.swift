import Foundation

/// Writes the client's copy to a file named on the command line (`keywork export -o FILE`) without ever
/// harming anything else: only a regular file is written or replaced, never a device, a link, a pipe or a
/// folder that is there already, and never anything inside a record store. The copy goes to a temporary
/// file beside it (0600, fsynced) and is renamed into place, so a reader sees the old copy or the new one.
public enum CopyFile {
    /// Why the copy was not written: what is wrong and how to fix it.
    public struct Refusal: Error, Equatable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var note: String

        public var description: String { "\(path): error: \(message)\nnote: \(note)" }
    }

    /// Writes `bytes` to `path`, refusing a path that is not a regular file or is inside one of `stores`.
    public static func write(_ bytes: [UInt8], to path: String, stores: [String]) throws(Refusal) {
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            throw Refusal(
                path: path, message: "this is not a regular file (a link, a device, a pipe or a folder)",
                note: "give the name of a new or ordinary file, or leave out -o to print the copy")
        }
        let name = (path as NSString).lastPathComponent
        let folder = (path as NSString).deletingLastPathComponent
        guard let realFolder = resolved(folder.isEmpty ? "." : folder) else {
            throw Refusal(
                path: path, message: "the folder for this file does not exist",
                note: "make the folder first, or give a file in a folder that exists")
        }
        for store in stores.compactMap(resolved) where realFolder == store || realFolder.hasPrefix(store + "/") {
            throw Refusal(
                path: path, message: "this is inside the record store \(store), where a copy could overwrite a record",
                note: "write the copy somewhere else, such as your home folder")
        }
        let temporary = realFolder + "/.\(name).keywork-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw cannotWrite(path, errno) }
        var failure: Int32?
        if fchmod(descriptor, 0o600) != 0 { failure = errno }
        do throws(Errno) {
            if failure == nil {
                try POSIXFileIO().writeAll(descriptor, bytes)
                try POSIXFileIO().sync(descriptor)
            }
        } catch {
            failure = error.code
        }
        close(descriptor)
        if failure == nil, rename(temporary, realFolder + "/" + name) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw cannotWrite(path, failure)
        }
    }

    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    private static func cannotWrite(_ path: String, _ code: Int32) -> Refusal {
        Refusal(
            path: path, message: "cannot write the file: \(String(cString: strerror(code)))",
            note: "check that you can write to its folder and that the disk has room")
    }
}

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

        public init(path: String, message: String, note: String) {
            self.path = path
            self.message = message
            self.note = note
        }

        public var description: String { "\(path): error: \(message)\nnote: \(note)" }
    }

    /// Writes `bytes` to `path`, refusing a path that is not a regular file or is inside one of `stores`. With
    /// `replacing` false, a file already at `path` is never touched: the copy is linked into place only if the name
    /// is free at that moment.
    public static func write(
        _ bytes: [UInt8], to path: String, stores: [String], replacing: Bool = true
    ) throws(Refusal) {
        var status = stat()
        if !replacing, lstat(path, &status) == 0 {
            throw Refusal(
                path: path, message: "a file of this name is there already, and it is never written over",
                note: "move or rename the file that is there, then save the copy again")
        }
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
        if failure == nil {
            // link() fails rather than replace a file that appeared meanwhile; rename() replaces on purpose.
            let placed =
                replacing ? rename(temporary, realFolder + "/" + name) : link(temporary, realFolder + "/" + name)
            if placed != 0 { failure = errno }
        }
        if failure != nil || !replacing { unlink(temporary) }
        if let failure {
            throw cannotWrite(path, failure)
        }
        if !replacing { syncFolder(realFolder) }
    }

    /// Makes sure `path` is a folder of this user's to save copies in: made (0700, with any missing parents) when
    /// it is not there, and refused when it is a link, not a folder, inside a store, or not writable. Returns the
    /// folder's real path.
    public static func prepareFolder(_ path: String, stores: [String]) throws(Refusal) -> String {
        var status = stat()
        if lstat(path, &status) != 0 {
            let parent = (path as NSString).deletingLastPathComponent
            if !parent.isEmpty, parent != path, lstat(parent, &status) != 0 {
                _ = try prepareFolder(parent, stores: [])
            }
            guard mkdir(path, 0o700) == 0 || errno == EEXIST else {
                throw Refusal(
                    path: path, message: "cannot make the folder: \(String(cString: strerror(errno)))",
                    note: "make the folder yourself, or set another with: keywork config set copy_folder PATH")
            }
        }
        guard lstat(path, &status) == 0 else { throw cannotWrite(path, errno) }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            break
        case S_IFLNK:
            throw Refusal(
                path: path, message: "the folder for copies is a link, and copies are never saved through a link",
                note: "give the real folder with: keywork config set copy_folder PATH")
        default:
            throw Refusal(
                path: path, message: "this is not a folder",
                note: "set a folder with: keywork config set copy_folder PATH")
        }
        guard let real = resolved(path) else { throw cannotWrite(path, errno) }
        for store in stores.compactMap(resolved) where real == store || real.hasPrefix(store + "/") {
            throw Refusal(
                path: path, message: "this is inside the record store \(store), where a copy could overwrite a record",
                note: "set a folder outside it with: keywork config set copy_folder PATH")
        }
        guard access(real, W_OK | X_OK) == 0 else {
            throw Refusal(
                path: path, message: "you cannot write in this folder",
                note: "ask whoever looks after the computer, or set another with: keywork config set copy_folder PATH")
        }
        return real
    }

    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
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

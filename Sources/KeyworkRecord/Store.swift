// KeyworkRecord owns what is kept on disk: the store layout, keys, the journal and its chain, the seal, the
// ledger and verify. It may import KeyworkSession, KeyworkGuides, KeyworkWords (the client's copy in its
// language), KeyworkText, KeyworkDiagnostics (its errors), Foundation and swift-crypto; it stores events as name + JSON data. It is the only code
// that writes session files, and it never repairs a damaged journal or ledger silently.

import Foundation

/// A store: the folder that holds the device key, trusted keys and every session.
///
/// Layout (all folders 0700, all files 0600, whatever the umask):
/// `keys/device.key`, `keys/device.pub`, `trusted/<name>.pub`,
/// `sessions/<id>/{journal.jsonl, seal.sig}`, `quarantine/<id>-<UTC time>/`, `ledger.jsonl`, `attention.jsonl`.
public struct Store: Sendable {
    /// A session in the store, named only by its id (no client data is ever in a name).
    public struct SessionListing: Sendable, Equatable {
        public var id: String
        public var isSealed: Bool
    }

    public let root: String

    public init(root: String) {
        self.root = root
    }

    /// Where the store is when no `--store` is given: `KEYWORK_STORE`, else `$XDG_DATA_HOME/keywork`,
    /// else `~/.local/share/keywork`.
    public static func defaultRoot(environment: [String: String]) -> String {
        if let explicit = environment["KEYWORK_STORE"], !explicit.isEmpty { return explicit }
        if let dataHome = environment["XDG_DATA_HOME"], !dataHome.isEmpty { return dataHome + "/keywork" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/keywork"
    }

    public var keysFolder: String { root + "/keys" }
    public var trustedFolder: String { root + "/trusted" }
    public var sessionsFolder: String { root + "/sessions" }
    public var quarantineFolder: String { root + "/quarantine" }
    /// Where a crash leaves its technical report for the developers (Docs/security.md).
    public var crashReportsFolder: String { root + "/crash-reports" }

    public func sessionFolder(_ sessionID: String) -> String { sessionsFolder + "/" + sessionID }

    /// Creates the store's folders (0700) that do not exist yet, and any missing folder above the store (a new
    /// user, or a container, may have no `~/.local/share`), each 0700 as the XDG base directory spec asks.
    public func prepare() throws(RecordError) {
        try Store.makeFolders(root)
        for folder in [keysFolder, trustedFolder, sessionsFolder, quarantineFolder] {
            try Store.makeFolder(folder)
        }
    }

    /// Every session folder under `sessions/`, sorted by id (which sorts by start time).
    public func listSessions() throws(RecordError) -> [SessionListing] {
        try sessionIDs().map { id in
            SessionListing(id: id, isSealed: Store.exists(sessionFolder(id) + "/seal.sig"))
        }
    }

    /// The id of every session folder under `sessions/`, sorted, without looking inside any of them.
    public func sessionIDs() throws(RecordError) -> [String] {
        try namesInSessionsFolder().filter(Store.isValidSessionID).sorted()
    }

    /// The folders under `sessions/` whose names are not session ids: renamed or put there by hand, and so out
    /// of reach of every lookup by id. Plain files there (a file manager's own, say) are not listed.
    public func misnamedSessionFolders() throws(RecordError) -> [String] {
        try sessionFolders().misnamed
    }

    /// `sessionIDs()` and `misnamedSessionFolders()` from one listing of `sessions/`.
    func sessionFolders() throws(RecordError) -> (ids: [String], misnamed: [String]) {
        var (ids, misnamed): ([String], [String]) = ([], [])
        for name in try namesInSessionsFolder() {
            if Store.isValidSessionID(name) {
                ids.append(name)
                continue
            }
            var info = stat()
            // A symbolic link counts too: it may lead to a session folder.
            guard lstat(sessionsFolder + "/" + name, &info) == 0 else { continue }
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR || kind == S_IFLNK { misnamed.append(name) }
        }
        return (ids.sorted(), misnamed.sorted())
    }

    /// Every name under `sessions/`, in no order; none when there is no such folder yet.
    private func namesInSessionsFolder() throws(RecordError) -> [String] {
        guard Store.exists(sessionsFolder) else { return [] }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: sessionsFolder)
        } catch {
            throw RecordError.io(path: sessionsFolder, operation: "list the sessions", code: EACCES)
        }
    }

    /// A fresh session id, `YYYYMMDD-HHMMSS-xxxxxx`: the UTC start time and six random lowercase hex digits.
    public static func newSessionID(now: Date) -> String {
        var generator = SystemRandomNumberGenerator()
        return newSessionID(now: now, using: &generator)
    }

    /// A session id drawing its random part from `generator` (for repeatable tests).
    public static func newSessionID(now: Date, using generator: inout some RandomNumberGenerator) -> String {
        let random = UInt32.random(in: 0..<(1 << 24), using: &generator)
        let hex = Hex.encode([UInt8(random >> 16), UInt8(random >> 8 & 0xFF), UInt8(random & 0xFF)])
        return RecordTime.compact(now) + "-" + hex
    }

    /// Whether `text` has the shape of a session id, which also makes it safe as a folder name.
    public static func isValidSessionID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 22 else { return false }
        for (index, byte) in bytes.enumerated() {
            switch index {
            case 8, 15: if byte != UInt8(ascii: "-") { return false }
            case 0..<15: if !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) { return false }
            default:
                let isHexDigit =
                    (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
                if !isHexDigit { return false }
            }
        }
        return true
    }

    // MARK: - Small file helpers shared by the record

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Makes a folder with mode 0700 if it is missing; chmod afterwards because the umask may have taken bits away.
    static func makeFolder(_ path: String) throws(RecordError) {
        if mkdir(path, 0o700) != 0 {
            let code = errno
            if code == EEXIST { return }
            throw RecordError.io(path: path, operation: "create the folder", code: code)
        }
        if chmod(path, 0o700) != 0 {
            throw RecordError.io(path: path, operation: "set the folder's permissions", code: errno)
        }
    }

    /// Makes `path` and every missing folder above it, each 0700; folders already there are left as they are.
    static func makeFolders(_ path: String) throws(RecordError) {
        var missing: [String] = []
        var folder = path
        while !folder.isEmpty && folder != "/" && !exists(folder) {
            missing.append(folder)
            folder = (folder as NSString).deletingLastPathComponent
        }
        for folder in missing.reversed() { try makeFolder(folder) }
    }

    /// The whole content of a file.
    static func readFile(_ path: String) throws(RecordError) -> [UInt8] {
        try readFile(path, relativeTo: AT_FDCWD, naming: path).bytes
    }

    /// The whole content of the file at `relativePath` within the open folder `folder` (errors name it `path`), and
    /// its identity, taken from the open file before its bytes are read (nil when it is not a regular file).
    static func readFile(_ relativePath: String, relativeTo folder: Int32, naming path: String) throws(RecordError)
        -> (bytes: [UInt8], identity: FileIdentity?)
    {
        let descriptor = openat(folder, relativePath, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 { throw RecordError.io(path: path, operation: "open the file", code: errno) }
        defer { close(descriptor) }
        // Read straight into a buffer of the file's size; the loop below also takes a file that grows meanwhile.
        var status = stat()
        let known = fstat(descriptor, &status) == 0
        let identity = known ? FileIdentity(status: status) : nil
        let expected = known ? max(Int(status.st_size), 0) : 0
        var output = [UInt8](repeating: 0, count: expected)
        var filled = 0
        while filled < expected {
            let count = output.withUnsafeMutableBytes {
                read(descriptor, $0.baseAddress.map { $0 + filled }, expected - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw RecordError.io(path: path, operation: "read the file", code: errno)
            }
            if count == 0 {
                output.removeLast(expected - filled)
                return (output, identity)
            }
            filled += count
        }
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw RecordError.io(path: path, operation: "read the file", code: errno)
            }
            if count == 0 { return (output, identity) }
            output.append(contentsOf: chunk[0..<count])
        }
    }

    /// Writes a small file whole: temporary file (0600), fsync, rename over `path`, fsync of the folder.
    static func writeFileAtomically(_ path: String, _ bytes: [UInt8], io: any FileIO = POSIXFileIO())
        throws(RecordError)
    {
        let temporary = path + ".tmp"
        unlink(temporary)
        var step = "create the file"
        do throws(Errno) {
            let descriptor = try io.openFile(temporary, flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o600)
            defer { io.closeFile(descriptor) }
            step = "write the file"
            try io.writeAll(descriptor, bytes)
            step = "flush the file to disk"
            try io.sync(descriptor)
            step = "rename the file into place"
            try io.renameFile(temporary, path)
            step = "flush the folder to disk"
            try io.syncFolder((path as NSString).deletingLastPathComponent)
        } catch {
            unlink(temporary)
            throw RecordError.io(path: path, operation: step, code: error.code)
        }
    }
}

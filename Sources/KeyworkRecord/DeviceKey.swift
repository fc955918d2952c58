import Crypto
import Foundation

/// This device's Ed25519 signing key, kept at `keys/device.key` (0600) with its public half at `keys/device.pub`.
///
/// File formats: `keywork-device-key/1\n` + base64 of the 32-byte raw private key + `\n`, and
/// `keywork-public-key/1\n` + base64 of the 32-byte raw public key + `\n`.
public struct DeviceKey: Sendable {
    static let privateKeyMagic = "keywork-device-key/1"
    static let publicKeyMagic = "keywork-public-key/1"

    // Raw bytes rather than swift-crypto's key type, which is not Sendable.
    private let rawPrivateKey: [UInt8]
    /// The raw 32-byte public key.
    public let publicKeyBytes: [UInt8]
    /// The raw public key in base64, as journal headers and seals name it.
    public var publicKeyBase64: String { Data(publicKeyBytes).base64EncodedString() }
    /// The first 16 hex digits of SHA-256 of the raw public key: short enough to read aloud.
    public var keyID: String { DeviceKey.keyID(publicKeyBytes) }

    /// A key from its 32 raw private bytes (tests use a fixed one).
    public init(rawPrivateKey: [UInt8]) throws {
        self.init(privateKey: try Curve25519.Signing.PrivateKey(rawRepresentation: rawPrivateKey))
    }

    init(privateKey: Curve25519.Signing.PrivateKey) {
        rawPrivateKey = Array(privateKey.rawRepresentation)
        publicKeyBytes = Array(privateKey.publicKey.rawRepresentation)
    }

    /// An Ed25519 signature over `bytes`.
    public func sign(_ bytes: [UInt8]) throws -> [UInt8] {
        Array(try Curve25519.Signing.PrivateKey(rawRepresentation: rawPrivateKey).signature(for: bytes))
    }

    /// The private key file's content.
    var privateKeyFileContent: [UInt8] {
        Array("\(DeviceKey.privateKeyMagic)\n\(Data(rawPrivateKey).base64EncodedString())\n".utf8)
    }

    /// The id of any raw public key: the first 16 hex digits of its SHA-256.
    public static func keyID(_ publicKey: [UInt8]) -> String {
        String(Hex.encode(SHA256.hash(data: publicKey)).prefix(16))
    }

    /// The public key file's content for this key.
    public var publicKeyFileContent: [UInt8] {
        Array("\(DeviceKey.publicKeyMagic)\n\(publicKeyBase64)\n".utf8)
    }

    /// Loads the device key, creating it (and the store's folders) on first use.
    ///
    /// A key is made only for a store that never had one: when `device.key` is missing but `device.pub` or the
    /// ledger shows there was one (a store restored without its key, say), that is an error naming both files,
    /// never a new key made in silence.
    public static func loadOrCreate(store: Store, faults: FileFaults = FileFaults()) throws(RecordError) -> DeviceKey {
        try store.prepare()
        let path = store.keysFolder + "/device.key"
        if Store.exists(path) {
            guard isEmptyLeftOfAnOldCrash(store: store) else { return try load(store: store) }
            // Earlier versions wrote the key in place, and a crash in that first write left it empty. Nothing was
            // ever signed with it (there is no device.pub and no ledger), so it is made again.
            unlink(path)
        }
        if let evidence = evidenceOfAnEarlierKey(store: store) {
            throw RecordError.deviceKeyMissing(keyPath: path, evidence: evidence)
        }
        let key = DeviceKey(privateKey: Curve25519.Signing.PrivateKey())
        switch try writeKeyFile(path, key.privateKeyFileContent, replacing: false, faults: faults) {
        case .written: break
        case .alreadyThere: return try load(store: store)
        }
        try Store.writeFileAtomically(store.keysFolder + "/device.pub", key.publicKeyFileContent)
        return key
    }

    /// Makes a new device key on purpose (`keywork key new --replace`). The old public key, when there is one,
    /// is kept in `trusted/` as retired first, so records it sealed still say who sealed them; the ledger notes
    /// the new key. Every step leaves the store usable if the computer stops there.
    public static func replace(store: Store, now: Date, faults: FileFaults = FileFaults()) throws(RecordError) -> (
        key: DeviceKey, retiredAs: String?
    ) {
        try store.prepare()
        let publicPath = store.keysFolder + "/device.pub"
        let oldPublicKey =
            (try? readPublicKeyFile(publicPath)) ?? (try? load(store: store))?.publicKeyBytes
        var retiredAs: String?
        if let oldPublicKey {
            var trusted = try TrustedKeys.load(store: store)
            retiredAs = try trusted.retire(oldPublicKey, on: now)
        }
        // Without device.pub the old key would be read as it is; with it gone, a stop before the new key is
        // written leaves the old key, whose public half is simply derived again.
        if unlink(publicPath) != 0 && errno != ENOENT {
            throw RecordError.io(path: publicPath, operation: "remove the old public key", code: errno)
        }
        let key = DeviceKey(privateKey: Curve25519.Signing.PrivateKey())
        _ = try writeKeyFile(
            store.keysFolder + "/device.key", key.privateKeyFileContent, replacing: true, faults: faults)
        try Store.writeFileAtomically(publicPath, key.publicKeyFileContent)
        try Ledger(store: store).recordKeyReplacement(key: key, time: RecordTime.iso8601(now))
        return (key, retiredAs)
    }

    /// Why the store must once have had a device key, in words, or nil for a store that never had one.
    private static func evidenceOfAnEarlierKey(store: Store) -> String? {
        let publicPath = store.keysFolder + "/device.pub"
        if Store.exists(publicPath) {
            let named = (try? readPublicKeyFile(publicPath)).map { " (key id \(DeviceKey.keyID($0)))" } ?? ""
            return "its public half \(publicPath)\(named) is still there"
        }
        let ledger = Ledger(store: store)
        if Store.exists(ledger.path) { return "the store's ledger \(ledger.path) shows it has sealed sessions" }
        return nil
    }

    /// Whether `device.key` is an empty file that a crash in an old first write left, with no sign of use.
    private static func isEmptyLeftOfAnOldCrash(store: Store) -> Bool {
        var info = stat()
        guard stat(store.keysFolder + "/device.key", &info) == 0, info.st_size == 0 else { return false }
        return evidenceOfAnEarlierKey(store: store) == nil
    }

    /// Takes away temporary key files a crash left before they were put in place: never used, but private.
    /// One less than a minute old may be another Keywork's, making its key right now, and is left alone.
    private static func removeLeftoverTemporaryFiles(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let prefix = (path as NSString).lastPathComponent + ".tmp-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(prefix) {
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)
            guard let modified = attributes?[.modificationDate] as? Date, Date().timeIntervalSince(modified) > 60 else {
                continue
            }
            unlink(folder + "/" + name)
        }
    }

    private enum KeyFileWrite {
        case written
        /// Another process made the key first (only when not replacing).
        case alreadyThere
    }

    /// Writes a private key file whole: a temporary file (0600) of its own, fsync, then into place, then fsync of
    /// the folder; a crash leaves either no key or a whole one. Without `replacing`, an existing key is kept.
    private static func writeKeyFile(_ path: String, _ content: [UInt8], replacing: Bool, faults: FileFaults)
        throws(RecordError) -> KeyFileWrite
    {
        removeLeftoverTemporaryFiles(of: path)
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let io = POSIXFileIO()
        var step = "create the device key"
        do throws(Errno) {
            let descriptor = try io.openFile(temporary, flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o600)
            defer { io.closeFile(descriptor) }
            step = "write the device key"
            try io.writeAll(descriptor, content)
            step = "flush the device key to disk"
            try io.sync(descriptor)
            faults.stopAfterKeyWritten()
            step = "put the device key in place"
            if replacing {
                try io.renameFile(temporary, path)
            } else if link(temporary, path) != 0 {
                // link(2) never replaces: if another process made a key meanwhile, theirs is used.
                let code = errno
                unlink(temporary)
                if code == EEXIST { return .alreadyThere }
                throw Errno(code)
            } else {
                unlink(temporary)
            }
            step = "flush the keys folder to disk"
            try io.syncFolder((path as NSString).deletingLastPathComponent)
        } catch {
            unlink(temporary)
            throw RecordError.io(path: path, operation: step, code: error.code)
        }
        return .written
    }

    /// Loads the existing device key; refuses one that group or others can access, or that is malformed.
    public static func load(store: Store) throws(RecordError) -> DeviceKey {
        let path = store.keysFolder + "/device.key"
        var info = stat()
        if stat(path, &info) != 0 { throw RecordError.io(path: path, operation: "read the device key", code: errno) }
        let mode = UInt16(info.st_mode & 0o777)
        if mode & 0o077 != 0 { throw RecordError.keyPermissions(path: path, mode: mode) }
        let raw = try decodeKeyFile(Store.readFile(path), magic: privateKeyMagic, path: path, what: "device key")
        let key: DeviceKey
        do {
            key = try DeviceKey(rawPrivateKey: raw)
        } catch {
            throw RecordError.malformedKey(path: path, problem: "the device key is not a valid Ed25519 key")
        }
        let publicPath = store.keysFolder + "/device.pub"
        if !Store.exists(publicPath) {
            // The public half can always be derived again, so a missing one is simply rewritten.
            try Store.writeFileAtomically(publicPath, key.publicKeyFileContent)
        } else {
            let stored = try decodeKeyFile(
                Store.readFile(publicPath), magic: publicKeyMagic, path: publicPath, what: "public key")
            if stored != key.publicKeyBytes {
                throw RecordError.malformedKey(path: publicPath, problem: "device.pub does not match device.key")
            }
        }
        return key
    }

    /// Reads a public key file (`keywork-public-key/1`) and returns the raw 32-byte key, which must be the
    /// canonical encoding of a curve point not of small order (`PublicKeyCheck`).
    public static func readPublicKeyFile(_ path: String) throws(RecordError) -> [UInt8] {
        let raw = try decodeKeyFile(Store.readFile(path), magic: publicKeyMagic, path: path, what: "public key")
        if let problem = PublicKeyCheck.problem(with: raw) {
            throw RecordError.malformedKey(path: path, problem: "the file does not hold a valid public key: \(problem)")
        }
        return raw
    }

    /// Decodes `magic\n<base64 of 32 bytes>\n` exactly.
    static func decodeKeyFile(_ bytes: [UInt8], magic: String, path: String, what: String) throws(RecordError)
        -> [UInt8]
    {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.count == 3, lines[2].isEmpty, lines[0].elementsEqual(magic.utf8) else {
            throw RecordError.malformedKey(
                path: path,
                problem: "this is not a \(what) file (expected a first line \"\(magic)\" and one line of base64)")
        }
        guard let raw = decodeBase64(lines[1], byteCount: 32) else {
            throw RecordError.malformedKey(path: path, problem: "the \(what) is not base64 of 32 bytes")
        }
        return raw
    }

    /// Decodes canonical base64 (padded, no whitespace) of exactly `byteCount` bytes; anything else is nil.
    static func decodeBase64(_ text: some Collection<UInt8>, byteCount: Int) -> [UInt8]? {
        let string = String(decoding: text, as: UTF8.self)
        guard let data = Data(base64Encoded: string), data.count == byteCount,
            data.base64EncodedString() == string
        else { return nil }
        return Array(data)
    }
}

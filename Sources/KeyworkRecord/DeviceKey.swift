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
    public static func loadOrCreate(store: Store) throws(RecordError) -> DeviceKey {
        try store.prepare()
        let path = store.keysFolder + "/device.key"
        if Store.exists(path) { return try load(store: store) }
        let key = DeviceKey(privateKey: Curve25519.Signing.PrivateKey())
        let content = key.privateKeyFileContent
        let io = POSIXFileIO()
        do throws(Errno) {
            // O_EXCL: if another process made a key in the meantime, use theirs rather than overwrite it.
            let descriptor = try io.openFile(path, flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o600)
            defer { io.closeFile(descriptor) }
            try io.writeAll(descriptor, content)
            try io.sync(descriptor)
        } catch  where error.code == EEXIST {
            return try load(store: store)
        } catch {
            throw RecordError.io(path: path, operation: "create the device key", code: error.code)
        }
        try Store.writeFileAtomically(store.keysFolder + "/device.pub", key.publicKeyFileContent)
        return key
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

    /// Reads a public key file (`keywork-public-key/1`) and returns the raw 32-byte key.
    public static func readPublicKeyFile(_ path: String) throws(RecordError) -> [UInt8] {
        let raw = try decodeKeyFile(Store.readFile(path), magic: publicKeyMagic, path: path, what: "public key")
        do {
            _ = try Curve25519.Signing.PublicKey(rawRepresentation: raw)
        } catch {
            throw RecordError.malformedKey(path: path, problem: "the file does not hold a valid Ed25519 public key")
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

import Foundation

/// Public keys of other devices whose seals this store trusts, each kept as `trusted/<name>.pub`.
public struct TrustedKeys: Sendable {
    public let store: Store
    /// Name and raw public key of every trusted key, sorted by name.
    public private(set) var entries: [(name: String, publicKey: [UInt8])]

    /// Reads every `trusted/*.pub`; a malformed file is an error naming it, never skipped in silence.
    public static func load(store: Store) throws(RecordError) -> TrustedKeys {
        var entries: [(name: String, publicKey: [UInt8])] = []
        if Store.exists(store.trustedFolder) {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: store.trustedFolder)
            } catch {
                throw RecordError.io(path: store.trustedFolder, operation: "list the trusted keys", code: EACCES)
            }
            for file in names.sorted() where file.hasSuffix(".pub") {
                let path = store.trustedFolder + "/" + file
                let name = String(file.dropLast(4))
                // The naming rule holds for files already there too: a name is shown by verify as trusted.
                do {
                    try validate(name: name)
                } catch {
                    guard case .invalidTrustName(_, let problem) = error else { throw error }
                    throw RecordError.misnamedTrustedKey(path: path, problem: problem)
                }
                entries.append((name, try DeviceKey.readPublicKeyFile(path)))
            }
        }
        return TrustedKeys(store: store, entries: entries)
    }

    /// The name a raw public key is trusted under, if any.
    public func lookup(_ publicKey: [UInt8]) -> String? {
        entries.first { $0.publicKey == publicKey }?.name
    }

    /// Copies the public key file at `publicKeyFile` into `trusted/<name>.pub` after checking both.
    public mutating func trust(publicKeyFile: String, name: String) throws(RecordError) {
        try TrustedKeys.validate(name: name)
        if let bytes = try? Store.readFile(publicKeyFile), bytes.starts(with: Array(DeviceKey.privateKeyMagic.utf8)) {
            throw RecordError.privateKeyOffered(path: publicKeyFile)
        }
        let key = try DeviceKey.readPublicKeyFile(publicKeyFile)
        let ownPath = store.keysFolder + "/device.pub"
        if Store.exists(ownPath), (try? DeviceKey.readPublicKeyFile(ownPath)) == key {
            throw RecordError.trustingOwnKey(path: publicKeyFile)
        }
        if let existing = lookup(key) {
            throw RecordError.alreadyTrusted(name: existing, path: store.trustedFolder + "/\(existing).pub")
        }
        let destination = store.trustedFolder + "/\(name).pub"
        if Store.exists(destination) { throw RecordError.alreadyTrusted(name: name, path: destination) }
        try store.prepare()
        let content = Array("\(DeviceKey.publicKeyMagic)\n\(Data(key).base64EncodedString())\n".utf8)
        try Store.writeFileAtomically(destination, content)
        entries.append((name, key))
        entries.sort { $0.name < $1.name }
    }

    /// Keeps a key this device used to seal with, under a name that says so ("retired 2027-01-05 key
    /// ba0a6041c97c6fae"), unless it is trusted already; returns the name it is trusted under.
    mutating func retire(_ publicKey: [UInt8], on date: Date) throws(RecordError) -> String {
        if let existing = lookup(publicKey) { return existing }
        let name = "retired \(RecordTime.iso8601(date).prefix(10)) key \(DeviceKey.keyID(publicKey))"
        try store.prepare()
        let content = Array("\(DeviceKey.publicKeyMagic)\n\(Data(publicKey).base64EncodedString())\n".utf8)
        try Store.writeFileAtomically(store.trustedFolder + "/\(name).pub", content)
        entries.append((name, publicKey))
        entries.sort { $0.name < $1.name }
        return name
    }

    /// A name is also a file name, so only letters, digits, spaces, `-` and `_` are allowed.
    static func validate(name: String) throws(RecordError) {
        if name.isEmpty { throw RecordError.invalidTrustName(name: name, problem: "the name is empty") }
        if name.count > 64 { throw RecordError.invalidTrustName(name: name, problem: "the name is longer than 64") }
        if name.first == " " || name.last == " " {
            throw RecordError.invalidTrustName(name: name, problem: "the name starts or ends with a space")
        }
        for character in name {
            let allowed =
                character.isLetter || ("0"..."9").contains(character) || character == "-" || character == "_"
                || character == " "
            if !allowed {
                throw RecordError.invalidTrustName(name: name, problem: "\"\(character)\" is not allowed in a name")
            }
        }
    }
}

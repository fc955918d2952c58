import Foundation

/// Which public keys a verification recognises: this device's and the trusted ones.
///
/// They come from this computer's own store only. Keys that travel with the records being checked (a copied
/// store's `keys/device.pub` and `trusted/`) prove nothing: whoever rewrote the records could have replaced them.
public struct VerificationTrust: Sendable {
    /// The raw public key of this device, if known.
    public var deviceKey: [UInt8]?
    public var trusted: [(name: String, publicKey: [UInt8])]
    /// When true, a seal by an unknown key is invalid rather than valid with a warning.
    public var requireTrusted: Bool
    /// The key a checked store keeps as its own (`keys/device.pub`), with that file's path: never trusted,
    /// only named when it is the unknown key that sealed a session, so the reader knows which key it is.
    public var checkedStoreKey: (path: String, publicKey: [UInt8])?

    public init(deviceKey: [UInt8]?, trusted: [(name: String, publicKey: [UInt8])] = [], requireTrusted: Bool = false) {
        self.deviceKey = deviceKey
        self.trusted = trusted
        self.requireTrusted = requireTrusted
    }

    /// The device key (`keys/device.pub`, if there is one) and `trusted/` of a store.
    public static func of(store: Store, requireTrusted: Bool = false) throws(RecordError) -> VerificationTrust {
        let publicPath = store.keysFolder + "/device.pub"
        let deviceKey = Store.exists(publicPath) ? try DeviceKey.readPublicKeyFile(publicPath) : nil
        return VerificationTrust(
            deviceKey: deviceKey, trusted: try TrustedKeys.load(store: store).entries, requireTrusted: requireTrusted)
    }

    /// The same trust, able to say when an unknown key that sealed a session is the one the `checked` store keeps
    /// in its `keys/device.pub`. That key is not trusted by this; a file that cannot be read is simply not named.
    public func naming(keyOf checked: Store) -> VerificationTrust {
        let path = checked.keysFolder + "/device.pub"
        var named = self
        if Store.exists(path), let publicKey = try? DeviceKey.readPublicKeyFile(path) {
            named.checkedStoreKey = (path, publicKey)
        }
        return named
    }

    func signerKey(_ publicKey: [UInt8]) -> SessionVerification.SignerKey {
        if publicKey == deviceKey { return .thisDevice }
        if let name = trusted.first(where: { $0.publicKey == publicKey })?.name { return .trusted(name: name) }
        return .unknownKey(keyID: DeviceKey.keyID(publicKey))
    }
}

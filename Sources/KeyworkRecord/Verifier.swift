import Crypto
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

/// Checks sealed sessions from their stored bytes alone; it never re-encodes JSON and never writes.
public enum Verifier {
    /// Verifies one session folder (`…/<id>/` holding `journal.jsonl` and `seal.sig`). With `checkingLinks`,
    /// every earlier session it links to must also be in the same `sessions/` folder and verify, with the
    /// journal hash of the link (the chain of agreements that `keywork verify` reports).
    public static func verifySession(
        folder: String, trust: VerificationTrust, checkingLinks: Bool = false
    ) -> SessionVerification {
        // Only the verdict is wanted, so the events' data is checked but not built.
        verify(folder: folder, trust: trust, depth: checkingLinks ? 0 : nil, buildingData: false, cache: nil)
            .verification
    }

    /// Verifies one session folder and, when it is valid, hands back the journal lines exactly as checked,
    /// so that what is read from the record afterwards is what was verified, not a second reading of the file.
    public static func readVerified(
        folder: String, trust: VerificationTrust, checkingLinks: Bool = false
    ) -> VerifiedSession {
        verify(folder: folder, trust: trust, depth: checkingLinks ? 0 : nil, buildingData: true, cache: nil)
    }

    /// `readVerified` for one session of a pass over a store, sharing `cache` with the rest of the pass.
    static func readVerified(folder: String, trust: VerificationTrust, cache: VerdictCache) -> VerifiedSession {
        verify(folder: folder, trust: trust, depth: 0, buildingData: true, cache: cache)
    }

    /// The folder's own name, as `NSString.lastPathComponent` gives it, without bridging for the usual plain path.
    static func lastPathComponent(_ path: String) -> String {
        let utf8 = path.utf8
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")), utf8.index(after: slash) != utf8.endIndex else {
            return (path as NSString).lastPathComponent
        }
        return String(path[path.index(after: slash)...])
    }

    /// A path as it can be pasted into a shell: as it is when plain, else in single quotes.
    static func shellWord(_ path: String) -> String {
        let plain = path.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || Array("/._-+,:@%".utf8).contains(byte)
        }
        return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// How many earlier agreements a chain may have; far more than any real client, and a stop for a loop.
    static let maximumChainLength = 1000

    /// `depth` is how far down a chain this session is, or nil when links are not to be followed. `cache`
    /// answers for a session already found valid in the same pass, unless its journal lines are wanted.
    private static func verify(
        folder: String, trust: VerificationTrust, depth: Int?, buildingData: Bool, cache: VerdictCache?
    ) -> VerifiedSession {
        let folderName = lastPathComponent(folder)
        if let cache, let depth, !buildingData, let known = cache.validVerdict(for: folderName, atDepth: depth) {
            return VerifiedSession(verification: known, journal: nil)
        }
        let verified = verifyFiles(
            folder: folder, folderName: folderName, trust: trust, depth: depth, buildingData: buildingData,
            cache: cache)
        if let cache, depth != nil { cache.remember(verified.verification) }
        return verified
    }

    private static func verifyFiles(
        folder: String, folderName: String, trust: VerificationTrust, depth: Int?, buildingData: Bool,
        cache: VerdictCache?
    ) -> VerifiedSession {
        var result = SessionVerification(folder: folder, sessionID: folderName, outcome: .unfinished)
        let sealPath = folder + "/seal.sig"
        let journalPath = folder + "/journal.jsonl"
        let sealBytes: [UInt8]
        let journalBytes: [UInt8]
        do {
            // Open the seal straight away rather than asking first whether it exists: one system call fewer.
            sealBytes = try Store.readFile(sealPath)
            journalBytes = try Store.readFile(journalPath)
        } catch {
            if case .io(let path, _, ENOENT) = error, path == sealPath, !Store.exists(sealPath) {
                result.outcome =
                    Store.exists(journalPath)
                    ? .unfinished : .invalid(reason: "no journal.jsonl or seal.sig in the folder")
            } else {
                result.outcome = .invalid(reason: "cannot read the session's files: \(error)")
            }
            return VerifiedSession(verification: result, journal: nil)
        }
        var verified = verify(
            sealBytes: sealBytes, journalBytes: journalBytes, folderName: folderName, result: result, trust: trust,
            buildingData: buildingData)
        if let depth, verified.verification.outcome == .valid,
            let problem = checkLinks(
                of: verified.verification, folder: folder, trust: trust, depth: depth, cache: cache,
                into: &verified.verification.chain)
        {
            verified.verification.outcome = .invalid(reason: problem)
            return VerifiedSession(verification: verified.verification, journal: nil)
        }
        return verified
    }

    /// Verifies a session from the bytes of its two files, as if they lay in a folder named `folderName`.
    public static func verify(
        sealBytes: [UInt8], journalBytes: [UInt8], folderName: String, trust: VerificationTrust
    ) -> VerifiedSession {
        let result = SessionVerification(folder: folderName, sessionID: folderName, outcome: .unfinished)
        return verify(
            sealBytes: sealBytes, journalBytes: journalBytes, folderName: folderName, result: result, trust: trust,
            buildingData: true)
    }

    private static func verify(
        sealBytes: [UInt8], journalBytes: [UInt8], folderName: String, result: SessionVerification,
        trust: VerificationTrust, buildingData: Bool
    ) -> VerifiedSession {
        var result = result
        switch check(
            folderName: folderName, sealBytes: sealBytes, journalBytes: journalBytes, trust: trust,
            buildingData: buildingData, into: &result)
        {
        case .success(let contents):
            result.outcome = .valid
            result.consentOutcome = ConsentOutcome(entries: contents.entries)
            return VerifiedSession(verification: result, journal: contents)
        case .failure(let problem):
            result.outcome = .invalid(reason: problem.message)
            return VerifiedSession(verification: result, journal: nil)
        }
    }

    /// Verifies every session in the store at `root` with `trust`, which says whose keys count: the checked
    /// store's own keys are trusted only when `trust` was read from it (`VerificationTrust.of(store:)`).
    ///
    /// With `concurrency` above 1 the sessions are shared among that many threads; the results are the
    /// same, in the same order, as with one.
    public static func verifyStore(
        root: String, trust: VerificationTrust, checkingLinks: Bool = false, concurrency: Int = 1
    ) throws(RecordError) -> [SessionVerification] {
        let store = Store(root: root)
        let folders = try store.listSessions().map { store.sessionFolder($0.id) }
        // Oldest first, so an earlier agreement is usually checked before the revisits that link to it.
        let cache = checkingLinks ? VerdictCache() : nil
        return ParallelMap.map(folders, concurrency: concurrency) {
            verify(folder: $0, trust: trust, depth: checkingLinks ? 0 : nil, buildingData: false, cache: cache)
                .verification
        }
    }

    /// Checks every earlier session a valid session links to: it must be in the same store, verify (with its
    /// own links), and have exactly the journal hash of the link. Nil when all hold; else the problem in words.
    private static func checkLinks(
        of result: SessionVerification, folder: String, trust: VerificationTrust, depth: Int, cache: VerdictCache?,
        into chain: inout [ChainLink]
    ) -> String? {
        let sessions = (folder as NSString).deletingLastPathComponent
        for link in result.links {
            let earlierFolder = sessions + "/" + link.sessionID
            guard depth < maximumChainLength else {
                return "the chain of earlier agreements is longer than \(maximumChainLength) sessions"
            }
            guard Store.exists(earlierFolder) else {
                return "the earlier agreement \(link.sessionID) that this session revisits is missing from the store"
            }
            let earlier = verify(
                folder: earlierFolder, trust: trust, depth: depth + 1, buildingData: false, cache: cache
            ).verification
            switch earlier.outcome {
            case .valid:
                break
            case .unfinished:
                return "the earlier agreement \(link.sessionID) that this session revisits is not sealed"
            case .invalid(let reason):
                return "the earlier agreement \(link.sessionID) that this session revisits does not verify: \(reason)"
            }
            guard earlier.journalSHA256 == link.journalSHA256 else {
                return "the earlier agreement \(link.sessionID) is not the one this session revisits: "
                    + "its journal's SHA-256 differs from the link's"
            }
            chain.append(
                ChainLink(from: result.sessionID, sessionID: link.sessionID, journalSHA256: link.journalSHA256))
            chain += earlier.chain
        }
        return nil
    }

    /// The checks in the documented order; the first failure is the reason given.
    private static func check(
        folderName: String, sealBytes: [UInt8], journalBytes: [UInt8], trust: VerificationTrust, buildingData: Bool,
        into result: inout SessionVerification
    ) -> Result<JournalReader.Contents, ShapeError> {
        let seal: Seal
        switch Seal.parse(sealBytes) {
        case .success(let parsed): seal = parsed
        case .failure(let problem): return .failure(problem)
        }
        let statement = seal.statement
        result.signer = statement.signer
        result.meaning = statement.meaning
        result.sealedAt = statement.time
        result.links = statement.links
        result.journalSHA256 = statement.journalSHA256
        guard let publicKeyBytes = DeviceKey.decodeBase64(Array(statement.key.utf8), byteCount: 32),
            let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKeyBytes)
        else { return .failure(ShapeError("the seal's key is not a valid Ed25519 public key")) }
        guard publicKey.isValidSignature(seal.signature, for: Seal.signedBytes(statement: seal.statementBytes)) else {
            return .failure(ShapeError("the seal's signature does not match its statement (the seal was altered)"))
        }
        result.signerKey = trust.signerKey(publicKeyBytes)
        guard Int64(journalBytes.count) == statement.journalSize else {
            return .failure(
                ShapeError("the journal is \(journalBytes.count) bytes but the seal says \(statement.journalSize)"))
        }
        let journalHash = Array(SHA256.hash(data: journalBytes))
        guard Hex.encode(journalHash) == statement.journalSHA256 else {
            return .failure(ShapeError("the journal's SHA-256 does not match the seal (the journal was changed)"))
        }
        result.receiptCode = ReceiptCode.make(journalSHA256: journalHash)
        guard statement.sessionID == folderName else {
            return .failure(ShapeError("the seal is for session \(statement.sessionID), not this folder \(folderName)"))
        }
        let contents: JournalReader.Contents
        do {
            contents = try JournalReader.read(journalBytes, sessionID: statement.sessionID, buildingData: buildingData)
        } catch {
            return .failure(ShapeError("journal.jsonl \(error)"))
        }
        guard contents.tornTailBytes == 0 else {
            return .failure(ShapeError("journal.jsonl does not end with a newline"))
        }
        guard contents.header.deviceKey == statement.key else {
            return .failure(ShapeError("the seal's key is not the device key named in the journal header"))
        }
        guard contents.header.links == statement.links else {
            return .failure(ShapeError("the seal's links differ from the journal header's links"))
        }
        guard Int64(contents.lineCount - 1) == statement.lastSeq else {
            return .failure(ShapeError("the journal's last seq does not match the seal's last_seq"))
        }
        guard Hex.encode(contents.chainHead) == statement.chainHead else {
            return .failure(ShapeError("the journal's chain head does not match the seal's chain_head"))
        }
        if case .unknownKey(let keyID) = result.signerKey {
            if let kept = trust.checkedStoreKey, kept.publicKey == publicKeyBytes {
                // Say which key it is, but never that it counts: it came with the records it vouches for.
                let reason = "sealed by key \(keyID), the one in \(kept.path), which this computer does not trust"
                if trust.requireTrusted { return .failure(ShapeError(reason)) }
                result.warnings.append(
                    reason + "; if \(keyID) is that device's key id on your list, trust it: "
                        + "keywork key trust \(shellWord(kept.path)) --name NAME")
                return .success(contents)
            }
            if trust.requireTrusted {
                return .failure(ShapeError("sealed by key \(keyID), which is neither this device's nor trusted"))
            }
            result.warnings.append(
                "sealed by key \(keyID), which is neither this device's nor trusted; `keywork key trust` adds it")
        }
        return .success(contents)
    }
}

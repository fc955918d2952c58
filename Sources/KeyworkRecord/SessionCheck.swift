import Crypto
import Foundation
import KeyworkGuides

/// A sealed session's own checks, steps 1–11 of transcript-format.md §8, from the bytes of its two files.
///
/// The first check that fails is the reason given. Nothing here follows a link or reads the ledger: those
/// come afterwards, from every session's own verdict (`ChainCheck`, `LedgerView`).
enum SessionCheck {
    /// The seal's signer role for each kind of record: a one-to-one session is sealed by its keyworker,
    /// a group walkthrough by its facilitator.
    static func sealRole(for mode: GuideMode) -> String {
        mode == .group ? "facilitator" : "keyworker"
    }

    /// Reads the folder's two files and checks them. A missing seal beside a journal is an unfinished session.
    static func verifyFolder(_ folder: String, trust: VerificationTrust, buildingData: Bool) -> VerifiedSession {
        checkFolder(folder, trust: trust, buildingData: buildingData).verified
    }

    /// A session folder checked, with the bytes of its two files when both could be read.
    struct CheckedFolder {
        var verified: VerifiedSession
        var sealBytes: [UInt8]?
        var journalBytes: [UInt8]?
    }

    /// Reads the folder's two files and checks them, as `verifyFolder` does; with `buildingData` false, the lines
    /// of the events `keeping` names are kept besides the header.
    static func checkFolder(
        _ folder: String, trust: VerificationTrust, buildingData: Bool,
        keeping: JournalReader.KeptEvents = JournalReader.keptForVerify
    ) -> CheckedFolder {
        switch readFolder(folder) {
        case .notRead(let verified, _):
            return CheckedFolder(verified: verified)
        case .read(let files):
            let verified = verify(
                sealBytes: files.seal, journalBytes: files.journal, folderName: files.folderName,
                result: files.unchecked, trust: trust, buildingData: buildingData, keeping: keeping)
            return CheckedFolder(verified: verified, sealBytes: files.seal, journalBytes: files.journal)
        }
    }

    /// A session folder's two files as read, each with its identity taken from the open file before its bytes.
    struct FolderFiles {
        var folderName: String
        /// The verdict before any check: what `verify` starts from.
        var unchecked: SessionVerification
        var seal: [UInt8]
        var journal: [UInt8]
        var sealIdentity: FileIdentity?
        var journalIdentity: FileIdentity?
    }

    /// What reading a session folder gives: both files, or the verdict when they could not both be read (with the
    /// journal's identity when it is there).
    enum FolderReading {
        case read(FolderFiles)
        case notRead(VerifiedSession, journalIdentity: FileIdentity?)
    }

    /// Reads the folder's two files. With `within`, an open folder and the folder's path relative to it, each file
    /// is opened from there (the kernel walks two names, not the whole path).
    static func readFolder(_ folder: String, within: (folder: Int32, path: String)? = nil) -> FolderReading {
        let folderName = Verifier.lastPathComponent(folder)
        var result = SessionVerification(folder: folder, sessionID: folderName, outcome: .unfinished)
        let sealPath = folder + "/seal.sig"
        let journalPath = folder + "/journal.jsonl"
        let base = within?.folder ?? AT_FDCWD
        let relative = within.map { $0.path + "/" } ?? folder + "/"
        let seal: (bytes: [UInt8], identity: FileIdentity?)
        let journal: (bytes: [UInt8], identity: FileIdentity?)
        do {
            // Open the seal straight away rather than asking first whether it exists: one system call fewer.
            seal = try Store.readFile(relative + "seal.sig", relativeTo: base, naming: sealPath)
            journal = try Store.readFile(relative + "journal.jsonl", relativeTo: base, naming: journalPath)
        } catch {
            if case .io(let path, _, ENOENT) = error, path == sealPath, Store.exists(journalPath) {
                result.outcome = .unfinished
            } else {
                result.outcome = .invalid(reason: problemReading(error, sealPath: sealPath, journalPath: journalPath))
            }
            let journalIdentity = FileIdentity(relative + "journal.jsonl", relativeTo: base)
            return .notRead(VerifiedSession(verification: result, journal: nil), journalIdentity: journalIdentity)
        }
        return .read(
            FolderFiles(
                folderName: folderName, unchecked: result, seal: seal.bytes, journal: journal.bytes,
                sealIdentity: seal.identity, journalIdentity: journal.identity))
    }

    private static func problemReading(_ error: RecordError, sealPath: String, journalPath: String) -> String {
        guard case .io(let path, _, ENOENT) = error else { return "cannot read the session's files: \(error)" }
        if path == sealPath { return "no journal.jsonl or seal.sig in the folder" }
        if path == journalPath {
            return "seal.sig is here but journal.jsonl is missing: the journal was deleted or moved"
        }
        return "cannot read the session's files: \(error)"
    }

    static func verify(
        sealBytes: [UInt8], journalBytes: [UInt8], folderName: String, result: SessionVerification,
        trust: VerificationTrust, buildingData: Bool, keeping: JournalReader.KeptEvents = JournalReader.keptForVerify
    ) -> VerifiedSession {
        var result = result
        switch check(
            folderName: folderName, sealBytes: sealBytes, journalBytes: journalBytes, trust: trust,
            buildingData: buildingData, keeping: keeping, into: &result)
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

    /// The checks in the documented order; the first failure is the reason given.
    private static func check(
        folderName: String, sealBytes: [UInt8], journalBytes: [UInt8], trust: VerificationTrust, buildingData: Bool,
        keeping: JournalReader.KeptEvents, into result: inout SessionVerification
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
        else { return .failure(ShapeError("the seal's key is not base64 of a 32-byte Ed25519 public key")) }
        if let problem = PublicKeyCheck.problem(with: publicKeyBytes) {
            return .failure(ShapeError("the seal's key is refused: \(problem)"))
        }
        guard publicKey.isValidSignature(seal.signature, for: Seal.signedBytes(statement: seal.statementBytes)) else {
            return .failure(ShapeError("the seal's signature does not match its statement (the seal was altered)"))
        }
        result.publicKey = publicKeyBytes
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
            contents = try JournalReader.read(
                journalBytes, sessionID: statement.sessionID, buildingData: buildingData, keeping: keeping)
        } catch {
            return .failure(ShapeError("journal.jsonl \(error)"))
        }
        guard contents.tornTailBytes == 0 else {
            return .failure(ShapeError("journal.jsonl does not end with a newline"))
        }
        guard contents.header.deviceKey == statement.key else {
            return .failure(ShapeError("the seal's key is not the device key named in the journal header"))
        }
        let role = sealRole(for: contents.header.mode)
        guard statement.signer.role == role else {
            return .failure(
                ShapeError(
                    "the seal's signer role is \"\(statement.signer.role)\", but a \(contents.header.mode.rawValue) "
                        + "record is sealed by its \(role)"))
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
                        + "keywork key trust \(Verifier.shellWord(kept.path)) --name NAME")
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

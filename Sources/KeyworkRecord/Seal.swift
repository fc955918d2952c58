import Crypto
import Foundation

/// A session's seal, `seal.sig`: three lines — `keywork-seal/1`, the statement JSON, base64 of the signature.
///
/// The Ed25519 signature is over `"keywork-seal/1\0"` followed by the statement bytes exactly as stored.
public struct Seal: Sendable, Equatable {
    public static let magic = "keywork-seal/1"

    public var statement: SealStatement
    /// The statement line exactly as stored (what was signed, after the domain prefix).
    public var statementBytes: [UInt8]
    /// The 64-byte Ed25519 signature.
    public var signature: [UInt8]

    /// The receipt code for the client's copy, from the journal's SHA-256.
    public var receiptCode: String { ReceiptCode.make(journalSHA256Hex: statement.journalSHA256) ?? "" }

    /// The whole `seal.sig` file.
    public var fileContent: [UInt8] {
        Array((Seal.magic + "\n").utf8) + statementBytes + [UInt8(ascii: "\n")]
            + Array((Data(signature).base64EncodedString() + "\n").utf8)
    }

    /// The bytes an Ed25519 signature covers.
    public static func signedBytes(statement: some Collection<UInt8>) -> [UInt8] {
        Array((magic + "\0").utf8) + Array(statement)
    }

    /// Signs a statement with `key`.
    public static func sign(_ statement: SealStatement, key: DeviceKey) throws -> Seal {
        let bytes = statement.json.encoded()
        let signature = try key.sign(signedBytes(statement: bytes))
        return Seal(statement: statement, statementBytes: bytes, signature: signature)
    }

    /// Splits a `seal.sig` file into its parts and reads the statement; does not check the signature.
    public static func parse(_ bytes: [UInt8]) -> Result<Seal, ShapeError> {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.count == 4, lines[3].isEmpty, lines[0].elementsEqual(magic.utf8) else {
            return .failure(
                ShapeError("seal.sig must be exactly three lines: \"\(magic)\", the statement, the signature"))
        }
        let statementValue: JSONValue
        do {
            statementValue = try JSONParser.parse(lines[1])
        } catch {
            return .failure(ShapeError("the seal's statement is not valid JSON (\(error))"))
        }
        let statement: SealStatement
        switch SealStatement.decode(statementValue) {
        case .success(let decoded): statement = decoded
        case .failure(let problem): return .failure(problem)
        }
        guard let signature = DeviceKey.decodeBase64(lines[2], byteCount: 64) else {
            return .failure(ShapeError("the seal's signature is not base64 of 64 bytes"))
        }
        return .success(Seal(statement: statement, statementBytes: Array(lines[1]), signature: signature))
    }
}

extension Journal {
    /// Seals the session: signs a statement of the journal as it now stands and writes `seal.sig`
    /// (temporary file, fsync, rename, fsync of the folder). Afterwards the journal takes no more events.
    @discardableResult
    public func seal(signer: Signer, meaning: String, key: DeviceKey, now: Date) throws(RecordError) -> Seal {
        try checkWritable()
        guard key.publicKeyBase64 == header.deviceKey else { throw RecordError.sealKeyMismatch(sessionID: sessionID) }
        let sealPath = folder + "/seal.sig"
        if Store.exists(sealPath) { throw RecordError.alreadySealed(sessionID: sessionID) }
        let statement = SealStatement(
            sessionID: sessionID, journalSHA256: Hex.encode(journalSHA256), journalSize: Int64(size), lastSeq: lastSeq,
            chainHead: Hex.encode(chainHead), signer: signer, meaning: meaning, time: RecordTime.iso8601(now),
            links: header.links, key: key.publicKeyBase64)
        let seal: Seal
        do {
            seal = try Seal.sign(statement, key: key)
        } catch {
            throw RecordError.malformedKey(path: store.keysFolder + "/device.key", problem: "signing failed: \(error)")
        }
        do throws(RecordError) {
            // The ledger lists the seal before it is written, so a crash between the two leaves a listed session
            // without its seal, which resume seals again from the same journal; never a seal the ledger lacks.
            try Ledger(store: store, io: io).recordSeal(
                sessionID: sessionID, journalSHA256: journalSHA256, time: statement.time, key: key,
                mayBeListed: mayBeListedInLedger)
            try Store.writeFileAtomically(sealPath, seal.fileContent, io: io)
        } catch {
            // Whether the seal (or its ledger line) reached the disk is unknown, so nothing more may be written or
            // sealed from here.
            if case .io(let path, _, let code) = error {
                markBroken(code)
                throw RecordError.journalBroken(path: path, code: code)
            }
            throw error
        }
        isSealed = true
        close()
        return seal
    }
}

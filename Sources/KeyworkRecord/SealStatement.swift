/// Who seals a session and in what capacity.
public struct Signer: Sendable, Equatable {
    /// The printed name, as the signer typed it.
    public var name: String
    /// The capacity they sign in, e.g. `keyworker` or `facilitator`.
    public var role: String

    public init(name: String, role: String) {
        self.name = name
        self.role = role
    }
}

/// What a seal signs: one line of JSON naming the exact journal (by hash, size, last seq and chain head).
///
/// Keys in order: `session, journal_sha256, journal_size, last_seq, chain_head, signer{name, role}, meaning,
/// time, links, key`.
public struct SealStatement: Sendable, Equatable {
    public var sessionID: String
    /// Lowercase hex SHA-256 of the whole `journal.jsonl`.
    public var journalSHA256: String
    public var journalSize: Int64
    public var lastSeq: Int64
    /// Lowercase hex of the chain value after the last line.
    public var chainHead: String
    public var signer: Signer
    /// What the signature means, in words, e.g. "I confirm this record is complete and accurate".
    public var meaning: String
    /// When it was sealed, ISO 8601 UTC with milliseconds.
    public var time: String
    public var links: [SessionLink]
    /// Base64 of the raw Ed25519 public key that signed.
    public var key: String

    public var json: JSONValue {
        .object([
            ("session", .string(sessionID)),
            ("journal_sha256", .string(journalSHA256)),
            ("journal_size", .int(journalSize)),
            ("last_seq", .int(lastSeq)),
            ("chain_head", .string(chainHead)),
            ("signer", .object([("name", .string(signer.name)), ("role", .string(signer.role))])),
            ("meaning", .string(meaning)),
            ("time", .string(time)),
            ("links", SessionLink.json(links)),
            ("key", .string(key)),
        ])
    }

    /// The roles a seal may be signed in (§6): the keyworker's, or a group's facilitator's.
    static let roles: Set<String> = ["keyworker", "facilitator"]

    static let keys = [
        "session", "journal_sha256", "journal_size", "last_seq", "chain_head", "signer", "meaning", "time", "links",
        "key",
    ]

    /// Reads a statement back; the problem in plain words if its shape is wrong.
    public static func decode(_ value: JSONValue) -> Result<SealStatement, ShapeError> {
        guard value.objectKeys == keys else {
            return .failure(ShapeError("the statement must have exactly the keys \(keys.joined(separator: ", "))"))
        }
        guard let sessionID = value["session"]?.stringValue, Store.isValidSessionID(sessionID) else {
            return .failure(ShapeError("the statement's session is not a session id"))
        }
        guard let hash = value["journal_sha256"]?.stringValue, Hex.isLowercaseHex(hash, byteCount: 32) else {
            return .failure(ShapeError("the statement's journal_sha256 is not 64 lowercase hex digits"))
        }
        guard let size = value["journal_size"]?.intValue, size >= 0 else {
            return .failure(ShapeError("the statement's journal_size is not a whole number of bytes"))
        }
        guard let lastSeq = value["last_seq"]?.intValue, lastSeq >= 0 else {
            return .failure(ShapeError("the statement's last_seq is not a whole number"))
        }
        guard let chainHead = value["chain_head"]?.stringValue, Hex.isLowercaseHex(chainHead, byteCount: 32) else {
            return .failure(ShapeError("the statement's chain_head is not 64 lowercase hex digits"))
        }
        guard let signer = value["signer"], signer.objectKeys == ["name", "role"],
            let name = signer["name"]?.stringValue, let role = signer["role"]?.stringValue
        else {
            return .failure(ShapeError("the statement's signer must be {name, role}"))
        }
        guard roles.contains(role) else {
            return .failure(ShapeError("the statement's signer role must be keyworker or facilitator"))
        }
        guard let meaning = value["meaning"]?.stringValue else {
            return .failure(ShapeError("the statement's meaning is not a string"))
        }
        guard let time = value["time"]?.stringValue, RecordTime.isValidTime(time) else {
            return .failure(ShapeError("the statement's time is not a UTC time like 2026-11-27T02:46:30.123Z"))
        }
        guard let linksValue = value["links"], let links = SessionLink.decode(linksValue) else {
            return .failure(ShapeError("the statement's links must be a list of {session, journal_sha256}"))
        }
        guard let key = value["key"]?.stringValue else {
            return .failure(ShapeError("the statement's key is not a string"))
        }
        return .success(
            SealStatement(
                sessionID: sessionID, journalSHA256: hash, journalSize: size, lastSeq: lastSeq, chainHead: chainHead,
                signer: Signer(name: name, role: role), meaning: meaning, time: time, links: links, key: key))
    }
}

import KeyworkGuides
import KeyworkSession

/// Line 0 of every journal: what the session is, which guide it walks and which device key will seal it.
///
/// Stored as the `data` of the `header` event with keys in exactly this order:
/// `format, session, mode, guide{id, version, hash, origin[, language]}, keyworker, client, device_key, links`; a group
/// walkthrough has `participants{head_count, initials}` between `client` and `device_key`.
/// The guide's `language` is written only when it is not "en", so English journals keep their old shape.
public struct JournalHeader: Sendable, Equatable {
    /// The only journal format there is.
    public static let format = "keywork-journal/1"

    /// The guide a session walks, pinned by version and content hash (see Docs/guide-authoring.md).
    public struct GuideReference: Sendable, Hashable {
        public var id: String
        public var version: String
        public var hash: String
        public var origin: String
        /// The guide's `language`, as the people at the screen read it: "en", "pl".
        public var language: String

        public init(id: String, version: String, hash: String, origin: String, language: String = "en") {
            self.id = id
            self.version = version
            self.hash = hash
            self.origin = origin
            self.language = language
        }

        /// The reference to a loaded guide.
        public init(_ guide: Guide) {
            self.init(
                id: guide.id, version: guide.version, hash: guide.contentHash, origin: guide.origin,
                language: guide.language)
        }

        var json: JSONValue {
            var fields: [(String, JSONValue)] = [
                ("id", .string(id)), ("version", .string(version)), ("hash", .string(hash)),
                ("origin", .string(origin)),
            ]
            if language != "en" { fields.append(("language", .string(language))) }
            return .object(fields)
        }
    }

    public var sessionID: String
    public var mode: GuideMode
    public var guide: GuideReference
    public var keyworker: String
    /// The agency's client reference; nil for group walkthroughs.
    public var clientReference: String?
    /// Who came to a group walkthrough: a head count and any initials; nil for one-to-one sessions.
    public var participants: Participants?
    /// Base64 of the raw Ed25519 public key that will seal the session.
    public var deviceKey: String
    /// Earlier sessions this one builds on (a revisit links to the agreement it revisits).
    public var links: [SessionLink]

    public init(
        sessionID: String, mode: GuideMode, guide: GuideReference, keyworker: String, clientReference: String?,
        deviceKey: String, links: [SessionLink] = [], participants: Participants? = nil
    ) {
        self.participants = participants
        self.sessionID = sessionID
        self.mode = mode
        self.guide = guide
        self.keyworker = keyworker
        self.clientReference = clientReference
        self.deviceKey = deviceKey
        self.links = links
    }

    /// The header as the `data` object of line 0.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("format", .string(JournalHeader.format)),
            ("session", .string(sessionID)),
            ("mode", .string(mode.rawValue)),
            ("guide", guide.json),
            ("keyworker", .string(keyworker)),
            ("client", clientReference.map(JSONValue.string) ?? .null),
        ]
        if let participants {
            pairs.append(
                (
                    "participants",
                    .object([
                        ("head_count", .int(Int64(participants.headCount))),
                        ("initials", .array(participants.initials.map(JSONValue.string))),
                    ])
                ))
        }
        pairs += [("device_key", .string(deviceKey)), ("links", SessionLink.json(links))]
        return .object(pairs)
    }

    /// The `participants` of a group header, or nil when the shape is wrong.
    private static func decodeParticipants(_ value: JSONValue) -> Participants? {
        guard value.objectKeys == ["head_count", "initials"], let count = value["head_count"]?.intValue,
            let headCount = Int(exactly: count), headCount >= 1,
            let list = value["initials"]?.arrayValue
        else { return nil }
        let initials = list.compactMap(\.stringValue)
        guard initials.count == list.count, initials.count <= headCount else { return nil }
        return Participants(headCount: headCount, initials: initials)
    }

    /// Reads a header back from line 0's `data`; the problem, in plain words, if the shape is wrong.
    public static func decode(_ value: JSONValue) -> Result<JournalHeader, ShapeError> {
        let isGroup = value["mode"]?.stringValue == GuideMode.group.rawValue
        let keys =
            ["format", "session", "mode", "guide", "keyworker", "client"] + (isGroup ? ["participants"] : [])
            + ["device_key", "links"]
        guard value.objectKeys == keys else {
            return .failure(ShapeError("the header's data must have exactly the keys \(keys.joined(separator: ", "))"))
        }
        guard value["format"]?.stringValue == format else {
            return .failure(ShapeError("the header's format is not \(format)"))
        }
        guard let sessionID = value["session"]?.stringValue, Store.isValidSessionID(sessionID) else {
            return .failure(ShapeError("the header's session is not a session id"))
        }
        guard let mode = value["mode"]?.stringValue.flatMap(GuideMode.init(rawValue:)) else {
            return .failure(ShapeError("the header's mode must be \"session\" or \"group\""))
        }
        let guideKeys = ["id", "version", "hash", "origin"]
        guard let guide = value["guide"],
            guide.objectKeys == guideKeys || guide.objectKeys == guideKeys + ["language"],
            let id = guide["id"]?.stringValue, let version = guide["version"]?.stringValue,
            let hash = guide["hash"]?.stringValue, let origin = guide["origin"]?.stringValue
        else {
            return .failure(
                ShapeError("the header's guide must have the strings id, version, hash, origin (and maybe language)"))
        }
        var language = "en"
        if let given = guide["language"] {
            guard let text = given.stringValue else {
                return .failure(ShapeError("the header's guide language is not a string"))
            }
            language = text
        }
        guard let keyworker = value["keyworker"]?.stringValue else {
            return .failure(ShapeError("the header's keyworker is not a string"))
        }
        let client = value["client"]
        guard client?.isNull == true || client?.stringValue != nil else {
            return .failure(ShapeError("the header's client must be a string or null"))
        }
        var participants: Participants?
        if isGroup {
            guard let decoded = value["participants"].flatMap(decodeParticipants) else {
                return .failure(ShapeError("the header's participants must be {head_count, initials} with at least 1"))
            }
            participants = decoded
        }
        guard let deviceKey = value["device_key"]?.stringValue,
            let rawKey = DeviceKey.decodeBase64(Array(deviceKey.utf8), byteCount: 32)
        else {
            return .failure(ShapeError("the header's device_key is not base64 of a 32-byte key"))
        }
        if let problem = PublicKeyCheck.problem(with: rawKey) {
            return .failure(ShapeError("the header's device_key is refused: \(problem)"))
        }
        guard let linksValue = value["links"], let links = SessionLink.decode(linksValue) else {
            return .failure(ShapeError("the header's links must be a list of {session, journal_sha256}"))
        }
        return .success(
            JournalHeader(
                sessionID: sessionID, mode: mode,
                guide: GuideReference(id: id, version: version, hash: hash, origin: origin, language: language),
                keyworker: keyworker, clientReference: client?.stringValue, deviceKey: deviceKey, links: links,
                participants: participants))
    }
}

/// A plain-words reason why a JSON value does not have the shape the record needs.
public struct ShapeError: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// A link from one session to an earlier one, by id and the SHA-256 of its journal.
public struct SessionLink: Sendable, Equatable {
    public var sessionID: String
    /// Lowercase hex SHA-256 of the linked session's `journal.jsonl`.
    public var journalSHA256: String

    public init(sessionID: String, journalSHA256: String) {
        self.sessionID = sessionID
        self.journalSHA256 = journalSHA256
    }

    static func json(_ links: [SessionLink]) -> JSONValue {
        .array(
            links.map {
                .object([("session", .string($0.sessionID)), ("journal_sha256", .string($0.journalSHA256))])
            })
    }

    static func decode(_ value: JSONValue) -> [SessionLink]? {
        guard let elements = value.arrayValue else { return nil }
        var links: [SessionLink] = []
        for element in elements {
            guard element.objectKeys == ["session", "journal_sha256"],
                let sessionID = element["session"]?.stringValue, Store.isValidSessionID(sessionID),
                let hash = element["journal_sha256"]?.stringValue, Hex.isLowercaseHex(hash, byteCount: 32)
            else { return nil }
            links.append(SessionLink(sessionID: sessionID, journalSHA256: hash))
        }
        return links
    }
}

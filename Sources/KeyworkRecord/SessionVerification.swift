/// The result of verifying one session folder.
public struct SessionVerification: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        /// Every check passed (an unknown signing key adds a warning, not a failure, unless trust is required).
        case valid
        /// The first check that failed, in plain words.
        case invalid(reason: String)
        /// A journal without a seal: a session still in progress, neither valid nor failed.
        case unfinished
    }

    /// Whose key signed the seal.
    public enum SignerKey: Sendable, Equatable {
        case thisDevice
        case trusted(name: String)
        case unknownKey(keyID: String)
    }

    public var folder: String
    /// The folder's name, which is the session id when all is well.
    public var sessionID: String
    public var outcome: Outcome
    public var signerKey: SignerKey?
    public var signer: Signer?
    public var meaning: String?
    public var sealedAt: String?
    public var receiptCode: String?
    public var links: [SessionLink] = []
    /// Lowercase hex SHA-256 of the journal as the seal names it (set once the seal is read).
    public var journalSHA256: String?
    /// The earlier agreements this one links to, nearest first, each checked in the same store.
    public var chain: [ChainLink] = []
    public var warnings: [String] = []
    /// Statements the client did not agree to, and "no agreement yet"; nil when there is nothing to say.
    public var consentOutcome: ConsentOutcome?

    public var isValid: Bool { outcome == .valid }

    /// One line for `keywork verify`, e.g.
    /// `20261127-024630-a1b2c3  valid    sealed by Sam Keyworker (keyworker), this device; receipt 7F3A-9C21-XK4M`.
    public var summary: String {
        switch outcome {
        case .unfinished:
            return "\(sessionID)  unfinished  not sealed yet; `keywork resume \(sessionID)` continues it"
        case .invalid(let reason):
            return "\(sessionID)  INVALID  \(reason)"
        case .valid:
            var text = "\(sessionID)  valid    sealed by "
            if let signer { text += "\(signer.name) (\(signer.role))" } else { text += "unknown signer" }
            switch signerKey {
            case .thisDevice: text += ", this device"
            case .trusted(let name): text += ", trusted key \"\(name)\""
            case .unknownKey(let keyID): text += ", unknown key \(keyID) (neither this device's nor trusted)"
            case nil: break
            }
            if let receiptCode { text += "; receipt \(receiptCode)" }
            text += consentOutcome?.summary ?? ""
            for link in chain { text += "\n  " + link.summary }
            return text
        }
    }
}

/// One earlier agreement in a chain of revisits, as `keywork verify` reports it.
public struct ChainLink: Sendable, Equatable {
    /// The later session that links to it.
    public var from: String
    public var sessionID: String
    public var journalSHA256: String

    public init(from: String, sessionID: String, journalSHA256: String) {
        self.from = from
        self.sessionID = sessionID
        self.journalSHA256 = journalSHA256
    }

    /// `revisits 20261127-…: valid, journal SHA-256 matches the link (a1b2c3d4e5f6…)`.
    public var summary: String {
        "\(from) revisits \(sessionID): valid, journal SHA-256 matches the link (\(journalSHA256.prefix(12))...)"
    }
}

/// A verification together with the journal it checked: `journal` is there only when the outcome is `.valid`.
public struct VerifiedSession: Sendable {
    public var verification: SessionVerification
    /// The journal's lines as read and checked during verification.
    public var journal: JournalReader.Contents?
}

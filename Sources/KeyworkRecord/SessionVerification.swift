import KeyworkText

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
    /// The raw public key whose signature on the seal checked out.
    public var publicKey: [UInt8]?
    public var signer: Signer?
    public var meaning: String?
    public var sealedAt: String?
    public var receiptCode: String?
    public var links: [SessionLink] = []
    /// Lowercase hex SHA-256 of the journal as the seal names it (set once the seal is read).
    public var journalSHA256: String?
    /// The earlier agreements this one links to directly, each checked in the same store with the chain behind it.
    public var chain: [ChainLink] = []
    /// What the store's ledger says of a valid session when it is worth saying, e.g. "before the ledger".
    public var ledgerNote: String?
    public var warnings: [String] = []
    /// Statements the client did not agree to, and "no agreement yet"; nil when there is nothing to say.
    public var consentOutcome: ConsentOutcome?

    public init(folder: String, sessionID: String, outcome: Outcome) {
        self.folder = folder
        self.sessionID = sessionID
        self.outcome = outcome
    }

    public var isValid: Bool { outcome == .valid }

    public var isInvalid: Bool {
        if case .invalid = outcome { return true }
        return false
    }

    /// The lines for `keywork verify`: the session's own, e.g.
    /// `20261127-024630-a1b2c3  valid    sealed by Sam Keyworker (keyworker), this device; receipt 7F3A-9C21-XK4M`,
    /// then one for each earlier agreement it links to. Everything taken from the record or the disk is escaped
    /// (`TerminalText`), so no line can carry a control character or be split in two by one.
    public var summary: String {
        let id = TerminalText.escaped(sessionID)
        switch outcome {
        case .unfinished:
            return "\(id)  unfinished  not sealed yet; `keywork resume \(id)` continues it"
        case .invalid(let reason):
            return "\(id)  INVALID  \(TerminalText.escaped(reason))"
        case .valid:
            var text = "\(id)  valid    sealed by "
            if let signer {
                text += "\(TerminalText.escaped(signer.name)) (\(TerminalText.escaped(signer.role)))"
            } else {
                text += "unknown signer"
            }
            switch signerKey {
            case .thisDevice: text += ", this device"
            case .trusted(let name): text += ", trusted key \"\(TerminalText.escaped(name))\""
            case .unknownKey(let keyID): text += ", unknown key \(keyID) (neither this device's nor trusted)"
            case nil: break
            }
            if let receiptCode { text += "; receipt \(receiptCode)" }
            text += consentOutcome?.summary ?? ""
            if let ledgerNote { text += "; \(TerminalText.escaped(ledgerNote))" }
            for link in chain { text += "\n  " + link.summary }
            return text
        }
    }
}

/// An earlier agreement that a revisit links to, as `keywork verify` reports it.
public struct ChainLink: Sendable, Equatable {
    /// The later session that links to it.
    public var from: String
    public var sessionID: String
    public var journalSHA256: String
    /// How long the chain of agreements behind the earlier one is (the longest, when they branch).
    public var agreementsBehind: Int

    public init(from: String, sessionID: String, journalSHA256: String, agreementsBehind: Int = 0) {
        self.from = from
        self.sessionID = sessionID
        self.journalSHA256 = journalSHA256
        self.agreementsBehind = agreementsBehind
    }

    /// `… revisits 20261127-…: valid, journal SHA-256 matches the link (a1b2c3d4e5f6...)`, and how far back the
    /// chain behind it was checked: a chain is summed up in one line, never printed whole.
    public var summary: String {
        var text =
            "\(from) revisits \(sessionID): valid, journal SHA-256 matches the link (\(journalSHA256.prefix(12))...)"
        if agreementsBehind > 0 {
            text +=
                "; the chain behind it verifies too (\(agreementsBehind) agreement\(agreementsBehind == 1 ? "" : "s") deep)"
        }
        return text
    }
}

/// A verification together with the journal it checked: `journal` is there only when the outcome is `.valid`.
public struct VerifiedSession: Sendable {
    public var verification: SessionVerification
    /// The journal's lines as read and checked during verification.
    public var journal: JournalReader.Contents?
}

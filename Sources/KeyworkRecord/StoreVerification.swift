import KeyworkText

/// The result of verifying a whole store: every session folder (and every session the ledger lists that is
/// gone), in id order, and the ledger's own verdict.
public struct StoreVerification: Sendable, Equatable {
    public var sessions: [SessionVerification]
    /// Nil when the ledger was not checked, or the store has none yet.
    public var ledger: LedgerVerification?
    /// Whether a chain was followed to a session outside `sessions/` (the archive cache, or one found nowhere): then
    /// the verdicts also depend on files that the store's due summary does not watch.
    var followedChainsOutsideSessions = false

    public init(sessions: [SessionVerification], ledger: LedgerVerification? = nil) {
        self.sessions = sessions
        self.ledger = ledger
    }

    public var validCount: Int { sessions.filter(\.isValid).count }
    public var invalidCount: Int { sessions.filter(\.isInvalid).count }
    public var unfinishedCount: Int { sessions.count - validCount - invalidCount }

    /// Whether nothing in the store failed: no invalid session and no invalid ledger.
    public var hasNoFailure: Bool {
        invalidCount == 0 && ledger?.isValid != false
    }
}

/// What the ledger of a store says of itself (transcript-format.md §13).
public struct LedgerVerification: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        case valid
        case invalid(reason: String)
    }

    public var path: String
    public var outcome: Outcome
    /// When the ledger began (its first line's `ts`).
    public var startedAt: String?
    /// How many seals it lists.
    public var sealCount: Int
    /// Whose keys signed it, oldest first: this device, a trusted key or an unknown one.
    public var signerKeys: [SessionVerification.SignerKey]
    /// When each later key took over (the `key_replaced` lines' `ts`).
    public var keyReplacedAt: [String]
    /// Bytes after the last newline: a line being written when the computer stopped, not counted.
    public var tornTailBytes: Int
    public var warnings: [String] = []

    public var isValid: Bool { outcome == .valid }

    /// The line for `keywork verify`, e.g.
    /// `ledger  valid    12 seals since 2026-11-27T02:47:30.125Z, signed by this device`.
    public var summary: String {
        switch outcome {
        case .invalid(let reason):
            return "ledger  INVALID  \(TerminalText.escaped(path)): \(TerminalText.escaped(reason))"
        case .valid:
            var text = "ledger  valid    \(sealCount) seal\(sealCount == 1 ? "" : "s") since \(startedAt ?? "?")"
            text += ", signed by " + signerKeys.map(Self.describe).joined(separator: ", then ")
            if !keyReplacedAt.isEmpty {
                text += " (key replaced \(keyReplacedAt.joined(separator: ", ")))"
            }
            if tornTailBytes > 0 {
                text += "; its last \(tornTailBytes) bytes are a line cut short, left for the next seal to cut"
            }
            return text
        }
    }

    private static func describe(_ key: SessionVerification.SignerKey) -> String {
        switch key {
        case .thisDevice: "this device"
        case .trusted(let name): "trusted key \"\(TerminalText.escaped(name))\""
        case .unknownKey(let keyID): "unknown key \(keyID)"
        }
    }
}

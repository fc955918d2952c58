import KeyworkGuides

/// The agreement a revisit looks at again: the earlier session, pinned by its journal hash, and the
/// statements exactly as they were agreed there.
public struct EarlierAgreement: Sendable, Equatable {
    /// The earlier session's id.
    public var sessionID: String
    /// Lowercase hex SHA-256 of the earlier session's `journal.jsonl`, as verified.
    public var journalSHA256: String
    /// The statements as agreed, in order, with the ids they have kept since the first agreement.
    public var statements: [ConsentScreen.Statement]

    public init(sessionID: String, journalSHA256: String, statements: [ConsentScreen.Statement]) {
        self.sessionID = sessionID
        self.journalSHA256 = journalSHA256
        self.statements = statements
    }
}

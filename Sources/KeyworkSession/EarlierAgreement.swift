import KeyworkGuides

/// The agreement a revisit looks at again: the earlier session, pinned by its journal hash, and the
/// statements exactly as they were agreed there, with what the client said about them.
public struct EarlierAgreement: Sendable, Equatable {
    /// Something the client said last time, in their own words, and what it answered.
    public struct ClientWords: Sendable, Equatable {
        /// What the words answered, such as a screen's title: "What you want from treatment".
        public var about: String
        public var words: String
        /// The statement the words are about; nil for words about the whole plan (aims, reasons).
        public var statement: String?

        public init(about: String, words: String, statement: String? = nil) {
            self.about = about
            self.words = words
            self.statement = statement
        }
    }

    /// The earlier session's id.
    public var sessionID: String
    /// Lowercase hex SHA-256 of the earlier session's `journal.jsonl`, as verified.
    public var journalSHA256: String
    /// The statements as shown and signed, in order, with the ids they have kept since the first agreement.
    public var statements: [ConsentScreen.Statement]
    /// The statements the client did not agree to last time, by id, with their words.
    public var notAgreed: [String: NotAgreed]
    /// What the client said last time in their own words: their aims and reasons, and about statements.
    public var clientWords: [ClientWords]

    public init(
        sessionID: String, journalSHA256: String, statements: [ConsentScreen.Statement],
        notAgreed: [String: NotAgreed] = [:], clientWords: [ClientWords] = []
    ) {
        self.sessionID = sessionID
        self.journalSHA256 = journalSHA256
        self.statements = statements
        self.notAgreed = notAgreed
        self.clientWords = clientWords
    }
}

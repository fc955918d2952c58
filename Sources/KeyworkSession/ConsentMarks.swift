import KeyworkGuides
import KeyworkWords

/// Where one consent statement stands: not yet looked at, agreed (ticked), or not agreed with the client's words.
public enum StatementMark: Sendable, Equatable {
    case open
    case agreed
    case notAgreed(NotAgreed)
}

extension SessionState {
    /// The statements of a consent screen as shown: only those whose `when` holds, in a revisit with the
    /// wording as now agreed.
    public func shownStatements(of consent: ConsentScreen) -> [ConsentScreen.Statement] {
        agreedStatements(of: consent).filter { Navigation.holds($0.when, in: self) }
    }

    /// The statements of the consent screen `screenID` as shown; empty for any other screen.
    public func shownStatements(on screenID: String) -> [ConsentScreen.Statement] {
        guard case .consent(let consent)? = guide.screen(screenID)?.content else { return [] }
        return shownStatements(of: consent)
    }

    public func mark(of statement: String, on screenID: String) -> StatementMark {
        if let notAgreed = notAgreed[screenID]?[statement] { return .notAgreed(notAgreed) }
        return ticked[screenID]?.contains(statement) == true ? .agreed : .open
    }

    /// The statements shown on a consent screen that the client did not agree to, in the order shown.
    public func notAgreedStatements(on screenID: String) -> [(statement: ConsentScreen.Statement, notAgreed: NotAgreed)]
    {
        shownStatements(on: screenID).compactMap { statement in
            notAgreed[screenID]?[statement.id].map { (statement, $0) }
        }
    }

    /// Whether every statement shown has been marked agreed or not agreed, so the signing can begin.
    public func isEveryStatementMarked(on screenID: String) -> Bool {
        shownStatements(on: screenID).allSatisfy { mark(of: $0.id, on: screenID) != .open }
    }

    /// The required statements shown and not agreed: while there is one, there is no agreement to sign.
    public func requiredNotAgreed(on screenID: String) -> [ConsentScreen.Statement] {
        notAgreedStatements(on: screenID).map(\.statement).filter(\.required)
    }

    /// The meaning a signature on this consent screen records: the guide's, and, when any statement is not
    /// agreed, words saying the record holds those lines. Said in the guide's language, as the guide's meaning is.
    public func signatureMeaning(for role: SignerRole, on screen: Screen) -> String {
        guard case .consent(let consent) = screen.content else { return role.defaultMeaning }
        let count = notAgreedStatements(on: screen.id).count
        guard count > 0 else { return consent.meaning(for: role) }
        let phrase: Phrase = role == .client ? .meaningNotAgreedByMe : .meaningNotAgreedByClient
        var meaning = consent.meaning(for: role)
        if let last = meaning.last, !last.isPunctuation { meaning += "." }
        return meaning + " " + guideWords(phrase, ["count": .number(count)])
    }

    /// What the keyworker's signature means when the session ends as "no agreement yet".
    public var noAgreementMeaning: String { guideWords(.meaningNoAgreementYet) }

    private func guideWords(_ phrase: Phrase, _ arguments: [String: WordArgument] = [:]) -> String {
        Words(Language(code: guide.language) ?? .english)(phrase, arguments)
    }
}

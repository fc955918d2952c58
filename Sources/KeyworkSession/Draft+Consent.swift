import KeyworkGuides

/// The consent actions: statements agreed or not agreed, signatures, and ending without an agreement.
extension Draft {
    mutating func tick(_ statement: String, _ isTicked: Bool) throws(SessionRefusal) {
        let (screen, _) = try activeConsent()
        _ = try shownStatement(statement, on: screen)
        let already = state.ticked[screen.id]?.contains(statement) ?? false
        guard already != isTicked else { return }
        emit(
            isTicked
                ? .statementTicked(screen: screen.id, statement: statement)
                : .statementUnticked(screen: screen.id, statement: statement))
    }

    mutating func markNotAgreed(_ statement: String, _ words: String?) throws(SessionRefusal) {
        let (screen, _) = try activeConsent()
        let shown = try shownStatement(statement, on: screen)
        let trimmed = words?.trimmed
        let given = (trimmed?.isEmpty ?? true) ? nil : trimmed
        let marked = NotAgreed(text: shown.text, words: given)
        guard state.notAgreed[screen.id]?[statement] != marked else { return }
        emit(.statementNotAgreed(screen: screen.id, statement: statement, text: shown.text, words: given))
    }

    /// A statement shown on this consent screen, while its marks can still change (nobody has signed).
    private func shownStatement(_ id: String, on screen: Screen) throws(SessionRefusal) -> ConsentScreen.Statement {
        guard let statement = state.shownStatements(on: screen.id).first(where: { $0.id == id }) else {
            throw SessionRefusal(.refuseNoSuchStatement)
        }
        guard (state.signatures[screen.id] ?? []).isEmpty else {
            throw SessionRefusal(.refuseSignedNoTicks)
        }
        return statement
    }

    mutating func sign(_ role: SignerRole, _ name: String) throws(SessionRefusal) {
        let (screen, consent) = try activeConsent()
        try GroupRules.checkSigner(role, in: state)
        guard consent.signers.contains(role) else {
            throw SessionRefusal(.refuseNoSuchSigner, ["role": .phrase(role.phrase)])
        }
        guard state.isEveryStatementMarked(on: screen.id) else {
            throw SessionRefusal(.refuseTickBeforeSigning)
        }
        guard state.requiredNotAgreed(on: screen.id).isEmpty else {
            throw SessionRefusal(.refuseNoAgreementToSign)
        }
        if consent.requiresSure {
            let sureAnswered = state.path.contains { id in
                state.guide.screen(id)?.type == .sure && state.answers[id] != nil
            }
            guard sureAnswered else {
                throw SessionRefusal(.refuseSureFirst)
            }
        }
        guard !(state.signatures[screen.id] ?? []).contains(where: { $0.role == role }) else {
            throw SessionRefusal(.refuseAlreadySigned, ["role": .phrase(role.phrase)])
        }
        if state.isQuestionReviewPoint { try requireQuestionsLookedAt() }
        guard !name.isBlank else { throw SessionRefusal(.refuseNameToSign) }
        if state.context.revisiting != nil && (state.signatures[screen.id] ?? []).isEmpty {
            emit(.agreementWorded(screen: screen.id, statements: state.shownStatements(of: consent)))
        }
        emit(
            .signed(
                screen: screen.id, role: role, name: name.trimmed,
                meaning: state.signatureMeaning(for: role, on: screen), textHash: state.asShown(screen).textHash))
    }

    /// A required statement is not agreed, so there is nothing to sign: the keyworker signs that the session
    /// ends as "no agreement yet", with the client's words in the record, and the session is complete.
    mutating func endWithoutAgreement(_ name: String) throws(SessionRefusal) {
        let (screen, consent) = try activeConsent()
        guard !state.requiredNotAgreed(on: screen.id).isEmpty else {
            throw SessionRefusal(.refuseAgreementCanBeSigned)
        }
        if state.isQuestionReviewPoint { try requireQuestionsLookedAt() }
        guard !name.isBlank else { throw SessionRefusal(.refuseNameToSign) }
        let role: SignerRole =
            consent.signers.contains(.keyworker) || state.guide.mode != .group ? .keyworker : .facilitator
        emit(
            .signed(
                screen: screen.id, role: role, name: name.trimmed, meaning: state.noAgreementMeaning,
                textHash: state.asShown(screen).textHash))
        emit(.noAgreementYet(screen: screen.id))
        emit(.completed)
    }
}

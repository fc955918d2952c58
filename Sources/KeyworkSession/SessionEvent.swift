import KeyworkGuides

/// Something that happened in a session. Events are what the journal records, and the only way
/// session state changes, so replaying them rebuilds the state exactly.
public enum SessionEvent: Sendable, Equatable {
    /// A screen was put in front of the client, with the hash of its exact text.
    case screenShown(screen: String, textHash: String)
    case answered(screen: String, answer: Answer)
    /// An answer given before was changed after going back; the old answer stays in the record.
    case answerChanged(screen: String, from: Answer, to: Answer)
    case wentBack(from: String, to: String)
    case questionNoted(number: Int, screen: String, text: String)
    case questionAnswered(number: Int, answer: String)
    case questionCarriedForward(number: Int)
    /// "Not sure / I disagree" on a screen, with the client's words if they gave any.
    case flagRaised(screen: String, words: String?)
    case statementTicked(screen: String, statement: String)
    case statementUnticked(screen: String, statement: String)
    /// A consent statement marked not agreed, with its text as shown and the client's words, if any.
    case statementNotAgreed(screen: String, statement: String, text: String, words: String?)
    /// The session ends on this consent screen without an agreement: a required statement was not agreed.
    case noAgreementYet(screen: String)
    /// The session was closed as "not used" (started by mistake): kept and sealed as such, never deleted. `note`
    /// says anything found on reopening it, e.g. that a torn last line was cut. `completed` follows.
    case closedNotUsed(note: String?)
    /// A typed signature: the printed name, the role and the meaning, linked to the consent text shown.
    case signed(screen: String, role: SignerRole, name: String, meaning: String, textHash: String)
    /// In a revisit, the exact wording of the agreement as it now stands, recorded just before the first
    /// signature, so a later revisit can recover it from this journal alone.
    case agreementWorded(screen: String, statements: [ConsentScreen.Statement])
    case privacyChanged(on: Bool)
    case paused(screen: String)
    /// The session was opened again; `note` says why, e.g. that a torn last line was cut.
    case resumed(note: String?)
    /// Every screen is done and every signature given; the record can be sealed.
    case completed
    /// Compare options whose columns were drawn for the first time: all at once side by side, or one
    /// at a time when the window is narrow. The record can then say every option was seen.
    case optionsShown(screen: String, options: [String])
    /// A page of a screen too long for the window was drawn for the first time (page `number` of `count`).
    case pageShown(screen: String, page: ScreenPage)
    /// What was chosen or typed on the screen but not yet confirmed, kept as the session paused; an empty
    /// draft takes back one kept before. Never an answer.
    case draftKept(screen: String, draft: ScreenDraft)
    /// A revisit of an agreement fetched from the agency archive that was sealed by a key this computer does not
    /// trust (by its key id): the keyworker confirmed going on. Recorded before the first screen.
    case earlierAgreementUntrusted(session: String, keyID: String)
    /// A progress screen was shown with these earlier sessions' numbers, and these sessions left out because
    /// they did not verify.
    case progressShown(screen: String, shown: ProgressShown)
}

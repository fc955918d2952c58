import KeyworkGuides

/// What the people at the screen asked for, in the session's own words rather than keys.
public enum SessionAction: Sendable, Equatable {
    /// Show the first screen.
    case start
    /// Answer the screen on show and move on.
    case submit(Answer)
    /// Move on from a screen that asks nothing (information, comparison, summary, a signed consent).
    case proceed
    /// Return to the screen shown before this one.
    case back
    case tick(statement: String, ticked: Bool)
    /// Mark a consent statement not agreed, with the client's words if they gave any.
    case markNotAgreed(statement: String, words: String?)
    /// End on this consent screen as "no agreement yet", the keyworker signing with `name`; only while a
    /// required statement is not agreed.
    case endWithoutAgreement(name: String)
    /// Close a session started by mistake as "not used": it is sealed as such and never deleted. Only while nobody
    /// has signed, since a signature is part of an agreement; `note` is recorded with it.
    case closeAsNotUsed(note: String?)
    case sign(role: SignerRole, name: String)
    case noteQuestion(String)
    case answerQuestion(number: Int, answer: String)
    case carryForwardQuestion(number: Int)
    case flag(words: String?)
    case togglePrivacy
    /// The front end drew part of the screen on show: these compare options' columns, or this page of a
    /// screen too long for the window. Only what was not recorded before is recorded.
    case shown(options: [String], page: ScreenPage?)
    /// Keep what was chosen or typed on the screen on show but not yet confirmed, before pausing.
    case keepDraft(ScreenDraft)
    case pause
    /// Continue a paused or reopened session; `note` is recorded with it.
    case resume(note: String?)
}

import KeyworkGuides
import KeyworkRecord
import KeyworkScreen
import KeyworkSession
import KeyworkWords

extension SessionLauncher {
    /// The built-in guide `keywork group` runs when none is named.
    public static let defaultGroupGuide = "induction-group"

    /// Asks for the head count (and initials, if the guide wants them), then runs a group walkthrough to
    /// its end or a pause. No client reference is asked for.
    public func startGroup(guideName: String?, facilitator: String?) throws -> LaunchResult {
        let facilitator = try recordable(facilitator, option: "--facilitator")
        let key = try deviceKey()
        let guide = try resolveGuide(guideName ?? Self.defaultGroupGuide)
        guard guide.mode == .group else {
            throw Failure(
                "the guide '\(guide.id)' is for one-to-one sessions, not groups",
                note: "run it with: keywork session --guide \(guide.id); a group guide has 'mode: group'",
                status: .usage)
        }
        guard try confirmDraftIfNeeded(guide) else { return .leftBeforeStarting }
        guard let facilitatorName = try keyworkerName(given: facilitator) else {
            return .leftBeforeStarting
        }
        guard let participants = try askParticipants(for: guide) else { return .leftBeforeStarting }
        let context = SessionContext(keyworker: facilitatorName, clientReference: nil, participants: participants)
        // The screen must work before anything is written, so a terminal that cannot draw leaves no session behind.
        _ = try openFrontEnd()
        let journal: SessionJournal
        do {
            journal = try SessionJournal.start(store: store, guide: guide, context: context, deviceKey: key, io: fileIO)
        } catch {
            throw Failure(error, status: .cannotCreate)
        }
        defer { journal.close() }
        return try run(SessionState(guide: guide, context: context), journal: journal, key: key, firstActions: [.start])
    }

    /// The head count, then initials when the guide's `participants` is `initials`; nil when left with Esc
    /// (or, line by line, when input ends).
    private func askParticipants(for guide: Guide) throws -> Participants? {
        let frontEnd = try openFrontEnd()
        var countPrompt = PromptView(
            title: words[.headCountTitle], explanation: [words[.headCountQuestion], words[.headCountWhy]],
            words: words)
        var headCount = ""
        while true {
            guard let typed = frontEnd.ask(countPrompt) else { return nil }
            do {
                _ = try Participants.parse(headCount: typed)
                headCount = typed
                break
            } catch {
                countPrompt = PromptView(
                    title: countPrompt.title, explanation: countPrompt.explanation, text: typed, words: words)
                countPrompt.notice = error.message(in: words)
            }
        }
        guard guide.participants == .initials else { return try? Participants.parse(headCount: headCount) }
        var initialsPrompt = PromptView(
            title: words[.initialsTitle], explanation: [words[.initialsQuestion], words[.initialsWhy]], words: words)
        initialsPrompt.allowsEmpty = true
        while true {
            guard let typed = frontEnd.ask(initialsPrompt) else { return nil }
            do {
                return try Participants.parse(headCount: headCount, initials: typed)
            } catch {
                initialsPrompt = PromptView(
                    title: initialsPrompt.title, explanation: initialsPrompt.explanation, text: typed, words: words)
                initialsPrompt.allowsEmpty = true
                initialsPrompt.notice = error.message(in: words)
            }
        }
    }
}

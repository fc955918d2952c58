import Foundation
import KeyworkGuides
import KeyworkRecord
import KeyworkScreen
import KeyworkSession
import KeyworkWords

extension SessionLauncher {
    /// Continues an unfinished session exactly where it stopped. With none named, lists the unfinished sessions;
    /// the one chosen can be carried on or closed as "not used", and Esc goes back one step.
    public func resumeSession(id: String?) throws -> LaunchResult {
        if let id { return try carryOn(id) }
        while true {
            guard let sessionID = try chooseUnfinishedSession() else { return .leftBeforeStarting }
            if let result = try chooseWhatToDo(withUnfinished: sessionID) { return result }
        }
    }

    /// Carry the session on, or close it as not used (after asking); nil when Esc went back.
    func chooseWhatToDo(withUnfinished sessionID: String) throws -> LaunchResult? {
        let listing = listing(UnfinishedSession.read(store: store, sessionID: sessionID))
        var menu = MenuView(
            title: words[.sessionChoiceTitle], items: [words[.sessionCarryOn], words[.sessionCloseNotUsed]],
            description: [listing])
        menu.escapeGoesBack = true
        while true {
            switch try openFrontEnd().choose(menu) {
            case 0?:
                return try carryOn(sessionID)
            case 1?:
                var confirm = MenuView(
                    title: words[.notUsedTitle], items: [words[.notUsedYes], words[.notUsedNo]],
                    description: [listing, words[.notUsedExplained]])
                confirm.escapeGoesBack = true
                guard try openFrontEnd().choose(confirm) == 0 else {
                    menu.highlight = 1
                    continue
                }
                return try closeAsNotUsed(sessionID)
            default:
                return nil
            }
        }
    }

    private func carryOn(_ sessionID: String) throws -> LaunchResult {
        let key = try deviceKey()
        _ = try openFrontEnd()
        let (journal, state, note) = try reopen(sessionID)
        defer { journal.close() }
        return try run(state, journal: journal, key: key, firstActions: [.resume(note: note)])
    }

    /// Records that the session was not used, then seals it: it is kept, never deleted, and says so.
    func closeAsNotUsed(_ sessionID: String) throws -> LaunchResult {
        let key = try deviceKey()
        var (journal, state, note) = try reopen(sessionID)
        defer { journal.close() }
        let events: [SessionEvent]
        do {
            events = try Session.reduce(&state, .closeAsNotUsed(note: note))
        } catch {
            throw Failure("session \(sessionID): \(error.message)", status: .usage)
        }
        do {
            try journal.record(events)
        } catch {
            throw Failure(
                "the record could not be saved: \(error)",
                note: "nothing was sealed; fix the problem, then close it again from: keywork resume", status: .ioError)
        }
        _ = try seal(journal, state, key: key)
        return .closedNotUsed(sessionID: sessionID)
    }

    /// Opens an unfinished session's journal (locked), checks its chain and replays it. `note` says what was found
    /// on opening it, such as a torn last line that was cut.
    private func reopen(_ sessionID: String) throws -> (SessionJournal, SessionState, note: String?) {
        let opened: (Journal, [JournalEntry], ResumeReport)
        do {
            opened = try Journal.resume(store: store, sessionID: sessionID, now: now(), io: fileIO)
        } catch {
            throw Failure(error, status: status(of: error))
        }
        let (rawJournal, entries, report) = opened
        let journal = SessionJournal(journal: rawJournal, clock: now)
        do {
            let header = rawJournal.header
            var revisiting: EarlierAgreement?
            let guide: Guide
            if header.guide.origin.hasPrefix(RevisitGuide.originPrefix) {
                (guide, revisiting) = try RevisitSource.rebuild(header, store: store)
            } else {
                guide = try PinnedGuide.load(header.guide, for: .resume)
            }
            let events: [SessionEvent]
            do {
                events = try SessionJournal.events(from: entries)
            } catch {
                throw Failure("session \(sessionID) cannot be resumed: \(error)", status: .badData)
            }
            let context = SessionContext(
                keyworker: header.keyworker, clientReference: header.clientReference,
                participants: header.participants, revisiting: revisiting,
                earlier: try earlierResults(for: guide, client: header.clientReference, excluding: sessionID))
            let state = Session.replay(guide: guide, context: context, events: events)
            var note: String?
            if case .cutTornTail(let bytes) = report {
                note = "The last line of the journal was torn (\(bytes) bytes, an answer in flight) and was cut."
            }
            return (journal, state, note)
        } catch {
            journal.close()
            throw error
        }
    }

    private func chooseUnfinishedSession() throws -> String? {
        let sessions: [UnfinishedSession]
        do {
            sessions = try UnfinishedSession.all(in: store)
        } catch {
            throw Failure(error, status: .ioError)
        }
        guard !sessions.isEmpty else {
            throw Failure(
                "there are no unfinished sessions in \(store.root)", note: "start one with: keywork session",
                status: .notFound)
        }
        var menu = MenuView(
            title: words[.carryOnTitle], items: sessions.map(listing), description: [words[.carryOnQuestion]])
        menu.escapeGoesBack = startedFromHome
        guard let index = try openFrontEnd().choose(menu) else { return nil }
        return sessions[index].id
    }

    /// One line for a list that the client may see: a reference, never a name; the guide and the screen by their
    /// titles when the guide can still be found, else by their ids.
    func listing(_ session: UnfinishedSession) -> String {
        let when = session.startedAt.prefix(16).replacingOccurrences(of: "T", with: " ")
        let guide = session.guide.flatMap(RevisitSource.pinnedGuide)
        var arguments: [String: WordArgument] = [
            "reference": .text(session.clientReference ?? words[.listingGroup]),
            "guide": .text(guide?.title ?? session.guideID), "when": .text(when),
        ]
        if let problem = session.problem {
            arguments["problem"] = .text(problem)
            return words(.listingUnreadable, arguments)
        }
        let screen = session.currentScreen.flatMap { guide?.screen($0) }
        arguments["screen"] = .text(screen.map(Self.title(of:)) ?? session.currentScreen ?? "?")
        return words(.listingStarted, arguments)
    }

    /// What a person would call a screen: its title, else its question, else its id.
    static func title(of screen: Screen) -> String {
        let fields = ScreenText.fields(of: screen)
        let named = screen.title ?? fields.first { $0.path == "prompt" }?.text ?? screen.id
        return named.split(whereSeparator: \.isNewline).first.map(String.init) ?? screen.id
    }
}

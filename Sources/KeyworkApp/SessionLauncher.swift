import Foundation
import KeyworkBuiltinGuides
import KeyworkConfig
import KeyworkFrontEnd
import KeyworkGuides
import KeyworkNcurses
import KeyworkPlain
import KeyworkRecord
import KeyworkScreen
import KeyworkSession
import KeyworkTerminal
import KeyworkWords

/// Runs sessions on the full screen or line by line: the steps around the state machine that need both a screen
/// and a store. Any failure closes the terminal before it is printed.
public final class SessionLauncher {
    public let store: Store
    public let display: Display
    /// The program's own words on screen, in the chosen language.
    public let words: Words
    /// The config file and environment: the keyworker's name and role, the guide folder.
    let settings: Settings
    private var terminal: NcursesTerminal?
    private var frontEnd: (any FrontEnd)?
    /// Opens the front end instead of the terminal or standard input: how tests run whole flows in memory.
    private let openGiven: (() throws -> any FrontEnd)?
    /// The journal's file operations, with the faults `display.faults` names (tests only).
    let fileIO: any FileIO
    /// When a session starts or is resumed: the clock, so that tests may fix it.
    let now: () -> Date
    /// The home screen is running: Esc on the first step goes back to it, and the end offers to go home.
    var startedFromHome = false

    /// `frontEnd`, when given, is used instead of the full screen or the line mode on standard input.
    public init(
        store: Store, display: Display, settings: Settings, words: Words, now: @escaping () -> Date = Date.init,
        frontEnd: (() throws -> any FrontEnd)? = nil
    ) {
        self.store = store
        self.display = display
        self.settings = settings
        self.words = words
        self.now = now
        self.openGiven = frontEnd
        self.fileIO = display.faults.fileIO()
    }

    /// The agency's own guides, listed beside the built-in ones; nil when the config names none.
    private var guideFolder: String? { settings.setting(.guideFolder).value }

    deinit {
        closeTerminal()
    }

    /// The way the screens are shown, started on first use: the line mode with --plain or
    /// ACCESSIBLE, the full screen otherwise.
    public func openFrontEnd() throws -> any FrontEnd {
        if let frontEnd { return frontEnd }
        if let openGiven {
            let opened = try openGiven()
            frontEnd = opened
            return opened
        }
        // Before the full screen starts, so that its handler puts the terminal back before the notice.
        CrashNotice.install(words: words, reportFolder: store.crashReportsFolder)
        let speaker = SpeechCommand(path: display.environment["PATH"], voice: words.language.code)
        let opened: any FrontEnd =
            display.plain
            ? PlainFrontEnd(io: StandardPlainIO(), words: words, speaker: speaker, speakEveryScreen: display.speak)
            : FullScreenFrontEnd(terminal: try openTerminal(), speaker: speaker, speakEveryScreen: display.speak)
        frontEnd = opened
        return opened
    }

    /// The full screen, started on first use.
    private func openTerminal() throws -> NcursesTerminal {
        if let terminal { return terminal }
        let theme = try display.theme()
        do {
            let terminal = try NcursesTerminal(theme: theme, environment: display.environment)
            terminal.words = words
            self.terminal = terminal
            return terminal
        } catch {
            throw Failure(error.description, status: .usage)
        }
    }

    public func closeTerminal() {
        frontEnd = nil
        terminal?.shutdown()
        terminal = nil
    }

    // MARK: Starting

    /// Asks for whatever was not given, then runs a new session to its end or a pause. Esc at a question goes
    /// back one step: from the client reference or the keyworker's name to the choice of guide, and from there
    /// to where it started.
    public func startSession(guideName: String?, client: String?, keyworker: String?) throws -> LaunchResult {
        let client = try recordable(client, option: "--client")
        let keyworker = try recordable(keyworker, option: "--keyworker")
        let key = try deviceKey()
        var guide: Guide
        var keyworkerName: String
        var clientReference: String
        repeat {
            guard let chosen = try guideName.map(resolveGuide) ?? chooseGuide() else { return .leftBeforeStarting }
            guide = chosen
            guard guide.mode == .session else {
                throw Failure(
                    "the guide '\(guide.id)' is for group walkthroughs",
                    note: "run it with: keywork group --guide \(guide.id)",
                    status: .usage)
            }
            let canGoBack = guideName == nil
            guard try confirmDraftIfNeeded(guide) else {
                if canGoBack { continue }
                return .leftBeforeStarting
            }
            guard let name = try self.keyworkerName(given: keyworker) else {
                if canGoBack { continue }
                return .leftBeforeStarting
            }
            keyworkerName = name
            guard let reference = try client ?? askClientReference() else {
                if canGoBack { continue }
                return .leftBeforeStarting
            }
            clientReference = reference
            break
        } while true

        let context = SessionContext(
            keyworker: keyworkerName, clientReference: clientReference,
            earlier: try earlierResults(for: guide, client: clientReference))
        // The screen must work before anything is written, so a terminal that cannot draw leaves no session behind.
        // The first screen is shown while the journal is created and fsynced; keys wait until it is safe.
        let state = SessionState(guide: guide, context: context)
        try openFrontEnd().drawPreview(of: state, after: [.start])
        let journal: SessionJournal
        do {
            journal = try SessionJournal.start(
                store: store, guide: guide, context: context, deviceKey: key, clock: now, io: fileIO)
        } catch {
            throw Failure(error, status: .cannotCreate)
        }
        defer { journal.close() }
        return try run(state, journal: journal, key: key, firstActions: [.start])
    }

    // MARK: Running

    func run(
        _ state: SessionState, journal: SessionJournal, key: DeviceKey, firstActions: [SessionAction]
    ) throws -> LaunchResult {
        let frontEnd = try openFrontEnd()
        // A crash between recording `completed` and writing the seal leaves a finished journal without a seal:
        // resuming it seals it, since nothing is left to ask.
        let outcome =
            state.status == .complete
            ? .completed(state)
            : frontEnd.runSession(state, recorder: JournalRecorder(journal), firstActions: firstActions)
        switch outcome {
        case .paused:
            return .paused(sessionID: journal.sessionID)
        case .interrupted:
            return .interrupted(sessionID: journal.sessionID)
        case .recordFailed(_, let error):
            throw Failure(
                "the record could not be saved: \(error)",
                note:
                    "everything before this was saved; fix the problem, then run: keywork resume \(journal.sessionID)",
                status: .ioError)
        case .completed(let final):
            let seal = try seal(journal, final, key: key)
            let folder = store.sessionFolder(journal.sessionID)
            // The end is said in the session's language, as its copy is: a Polish guide ends in Polish.
            let ending = Words(ClientCopy.language(ofGuide: final.guide.language, fallback: words.language))
            try showEnd(of: final, sessionID: journal.sessionID, receiptCode: seal.receiptCode, words: ending)
            return .sealed(sessionID: journal.sessionID, folder: folder, receiptCode: seal.receiptCode, words: ending)
        }
    }

    /// Seals a complete session. The role is the record's (keyworker, or a group's facilitator); the agency's job
    /// title is said in the seal's meaning.
    func seal(_ journal: SessionJournal, _ final: SessionState, key: DeviceKey) throws -> Seal {
        let title = final.guide.mode == .group ? nil : settings.setting(.keyworkerRole).value
        do {
            return try journal.seal(keyworker: final.context.keyworker, title: title, key: key)
        } catch {
            throw Failure(error, status: status(of: error))
        }
    }

    // MARK: Asking

    /// The guides to choose from, then the agency's files that cannot be used: choosing one of those says
    /// what is wrong with it and comes back here, so one bad file never stops a session.
    private func chooseGuide() throws -> Guide? {
        let catalogue = try availableGuides()
        let guides = catalogue.guides.filter { $0.mode == .session }
        let broken = catalogue.broken
        var menu = MenuView(
            title: words[.chooseGuideTitle],
            items: guides.map(listing) + broken.map { words(.brokenGuideItem, ["file": .text($0.path)]) },
            description: [words[.chooseGuideQuestion]])
        menu.escapeGoesBack = startedFromHome
        while true {
            guard let index = try openFrontEnd().choose(menu) else { return nil }
            if guides.indices.contains(index) { return guides[index] }
            let file = broken[index - guides.count]
            try openFrontEnd().show(
                MessageView(
                    title: words[.brokenGuideTitle],
                    lines: [words(.brokenGuideHow, ["file": .text(file.path)])]
                        + file.error.diagnostics.map(\.formatted)))
            menu.highlight = index
        }
    }

    // MARK: Store and guides

    func deviceKey() throws -> DeviceKey {
        do throws(RecordError) {
            try store.prepare()
            return try DeviceKey.loadOrCreate(store: store, faults: display.faults)
        } catch {
            throw Failure(error, status: ExitStatus(readingKeys: error))
        }
    }

    func resolveGuide(_ name: String) throws -> Guide {
        do {
            return try GuideLibrary.resolve(name, folder: guideFolder)
        } catch {
            throw Failure(error, status: ExitStatus(error))
        }
    }

    private func availableGuides() throws -> GuideCatalogue {
        do throws(GuideLoadError) {
            return try GuideLibrary.available(folder: guideFolder)
        } catch {
            throw Failure(error, status: ExitStatus(error))
        }
    }

    func status(of error: RecordError) -> ExitStatus {
        switch error {
        case .sessionNotFound, .invalidSessionID, .neverStarted: .notFound
        case .quarantined, .ledgerDamaged: .badData
        case .sealedWithAnotherJournal: .invalid
        default: .ioError
        }
    }
}

/// How a launched session ended.
public enum LaunchResult: Equatable, Sendable {
    /// Sealed; `words` are the session's language, which the end is said in.
    case sealed(sessionID: String, folder: String, receiptCode: String, words: Words)
    case paused(sessionID: String)
    case interrupted(sessionID: String)
    case leftBeforeStarting
    /// A session started by mistake was closed as "not used", and sealed as such.
    case closedNotUsed(sessionID: String)
    /// Something was only looked at, such as what is due; there is nothing to report.
    case closedQuietly

    /// What to print once the full screen is gone, and the exit status.
    public func report(_ words: Words, sealMessageShown: Bool) -> (text: String, status: ExitStatus) {
        switch self {
        case .sealed(_, let folder, let receiptCode, let ending):
            (
                sealMessageShown ? "" : ending(.endedSealed, ["folder": .text(folder), "code": .text(receiptCode)]),
                .success
            )
        case .paused(let id):
            (words(.endedPaused, ["session": .text(id)]), .success)
        case .interrupted(let id):
            (words(.endedInterrupted, ["session": .text(id)]), .interrupted)
        case .leftBeforeStarting:
            (words[.endedNothingStarted], .success)
        case .closedNotUsed(let id):
            (words(.notUsedDone, ["session": .text(id)]), .success)
        case .closedQuietly:
            ("", .success)
        }
    }
}

/// The run loop records through the session journal.
final class JournalRecorder: SessionRecorder {
    private let journal: SessionJournal

    init(_ journal: SessionJournal) {
        self.journal = journal
    }

    func record(_ events: [SessionEvent]) throws {
        try journal.record(events)
    }
}

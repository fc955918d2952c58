import Foundation
import KeyworkApp
import KeyworkBuiltinGuides
import KeyworkConfig
import KeyworkGuides
import KeyworkPlain
import KeyworkRecord
import KeyworkTerminalTesting
import KeyworkWords
import Testing

/// A store of its own in the temporary folder, and launchers on it that read scripted lines or keys instead of a
/// terminal: the whole application, with nothing but the screen replaced.
final class AppFixture {
    let store: Store
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "keywork-app-" + UUID().uuidString
        store = Store(root: root)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
        try? FileManager.default.removeItem(atPath: outside)
    }

    /// A folder of its own outside the store (where copies may be saved), removed with the store.
    var outside: String { root + "-outside" }

    /// The config most tests run with: draft guides allowed, so the built-in drafts start without the notice that
    /// asks; no keyworker name, no guide folder.
    static let draftsAllowed: [ConfigKey: String] = [.allowDraftGuides: "true"]

    /// The settings of a computer whose config file holds `config`.
    func settings(_ config: [ConfigKey: String] = draftsAllowed) -> Settings {
        Settings(config: ConfigFile(path: root + "/config.yaml", values: config), environment: [:])
    }

    /// A launcher whose line mode reads `io`, on a computer whose environment is `environment` (PATH, HOME), at
    /// `now`.
    func plainLauncher(
        _ io: ScriptedLines, config: [ConfigKey: String] = draftsAllowed, faults: FileFaults = FileFaults(),
        environment: [String: String] = [:], now: @escaping () -> Date = Date.init
    ) -> SessionLauncher {
        SessionLauncher(
            store: store, display: Display(plain: true, environment: environment, faults: faults),
            settings: Settings(
                config: ConfigFile(path: root + "/config.yaml", values: config), environment: environment),
            words: .english, now: now, frontEnd: { PlainFrontEnd(io: io, words: .english, speaker: nil) })
    }

    /// A launcher whose full screen is `terminal`.
    func fullScreenLauncher(
        _ terminal: InMemoryTerminal, config: [ConfigKey: String] = draftsAllowed
    ) -> SessionLauncher {
        SessionLauncher(
            store: store, display: Display(plain: false, environment: [:]), settings: settings(config), words: .english,
            frontEnd: { FullScreenFrontEnd(terminal: terminal, speaker: nil) })
    }

    /// A sealed tour for C-1042, signed by the client: an agreement to revisit. Its end screen is left at once.
    func sealedAgreement() throws -> String {
        let io = ScriptedLines(AppFixture.wholeTour)
        let result = try plainLauncher(io).startSession(guideName: "tour", client: "C-1042", keyworker: "Sam")
        guard case .sealed(let id, _, _, _) = result else {
            Issue.record("the agreement was not sealed: \(result)")
            throw CancellationError()
        }
        return id
    }

    /// An unfinished tour for C-1042, paused after its first screens.
    func pausedTour(client: String = "C-1042") throws -> String {
        let result = try plainLauncher(ScriptedLines(Array(AppFixture.wholeTour.prefix(3)))).startSession(
            guideName: "tour", client: client, keyworker: "Sam")
        guard case .paused(let id) = result else {
            Issue.record("the tour did not pause: \(result)")
            throw CancellationError()
        }
        return id
    }

    /// The one session folder's id in the store.
    func onlySessionID() throws -> String {
        let sessions = try store.listSessions()
        try #require(sessions.count == 1, "one session in the store, found \(sessions.count)")
        return sessions[0].id
    }

    func verify(_ sessionID: String) throws -> SessionVerification {
        Verifier.verifySession(folder: store.sessionFolder(sessionID), trust: try VerificationTrust.of(store: store))
    }

    /// The number the line mode gives the built-in guide `id` on the "choose a guide" menu.
    static func menuNumber(ofGuide id: String) throws -> String {
        let guides = BuiltinGuides.all.filter { $0.mode == .session }
        let index = try #require(guides.firstIndex { $0.id == id })
        return String(index + 1)
    }

    /// Every line of a whole walk through the tour, once it has started: the same walk as the line mode's own tests.
    static let wholeTour: [String] = [
        "",  // welcome
        "2",  // focus: day to day things
        "1 3",  // practical-help: forms and a safe place to live
        "",  // in-your-words: skipped
        "7",  // how-it-feels
        "",  // ways
        "2", "I can talk from home", "1", "yes",  // choose: phone call, agree, accepted
        "no", "A call each week for now", "A drop-in on Fridays", "yes", "2", "By text message", "Sam, 0123 456",
        "y", "y", "y", "y",  // how-sure
        "",  // check
        "yes", "yes", "yes",  // tick each statement
        "J.D.", "Sam Keyworker",  // signatures
        "",  // agree
        "",  // next
    ]
}

/// Lines typed in advance, and everything printed, for driving the line mode without a terminal.
final class ScriptedLines: PlainIO {
    private var lines: [String]
    private(set) var output = ""

    init(_ lines: [String]) {
        self.lines = lines
    }

    var linesLeft: Int { lines.count }

    func readLine() -> String? {
        guard !lines.isEmpty else { return nil }
        return lines.removeFirst()
    }

    func write(_ text: String) {
        output += text
    }
}

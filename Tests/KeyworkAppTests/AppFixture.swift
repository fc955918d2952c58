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
    }

    /// The config most tests run with: draft guides allowed, so the built-in drafts start without the notice that
    /// asks; no keyworker name, no guide folder.
    static let draftsAllowed: [ConfigKey: String] = [.allowDraftGuides: "true"]

    /// The settings of a computer whose config file holds `config`.
    func settings(_ config: [ConfigKey: String] = draftsAllowed) -> Settings {
        Settings(config: ConfigFile(path: root + "/config.yaml", values: config), environment: [:])
    }

    /// A launcher whose line mode reads `io`.
    func plainLauncher(
        _ io: ScriptedLines, config: [ConfigKey: String] = draftsAllowed, faults: FileFaults = FileFaults()
    ) -> SessionLauncher {
        SessionLauncher(
            store: store, display: Display(plain: true, environment: [:], faults: faults), settings: settings(config),
            words: .english, frontEnd: { PlainFrontEnd(io: io, words: .english, speaker: nil) })
    }

    /// A launcher whose full screen is `terminal`.
    func fullScreenLauncher(_ terminal: InMemoryTerminal) -> SessionLauncher {
        SessionLauncher(
            store: store, display: Display(plain: false, environment: [:]), settings: settings(), words: .english,
            frontEnd: { FullScreenFrontEnd(terminal: terminal, speaker: nil) })
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

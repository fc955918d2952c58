import Foundation
import Testing

/// The home screen as the hub, in a real terminal: a due revisit opened and paused back to home, a mistyped client
/// reference typed again, Esc back one step, a session closed as not used, and the client's copy saved from the end
/// screen.
@Suite struct HomeHubEndToEndTests {
    static let home = "What would you like to do?"

    /// A store, and a config that names the keyworker (so nothing asks for it) and a copy folder of its own.
    struct Computer {
        let store: String
        let config: String
        let copies: String

        init() throws {
            store = try KeyworkBinary.temporaryStore()
            config = store + "-config"
            copies = store + "-copies/keywork"
            try FileManager.default.createDirectory(atPath: config + "/keywork", withIntermediateDirectories: true)
            try "keyworker_name: Sam Keyworker\ncopy_folder: \(copies)\n".write(
                toFile: config + "/keywork/config.yaml", atomically: true, encoding: .utf8)
        }

        var environment: [String: String] { ["XDG_CONFIG_HOME": config] }

        /// The home screen on a new private tmux server.
        func openHome(columns: Int = 80, rows: Int = 24) throws -> Tmux {
            let command = [KeyworkBinary.path, "--store", store].map(Tmux.quote).joined(separator: " ")
            let tmux = try Tmux(command: command, columns: columns, rows: rows, environment: environment)
            try tmux.waitFor(HomeHubEndToEndTests.home)
            return tmux
        }

        /// Runs the tour line by line with `lines`, to a seal or (when they run out) a pause; the session's id.
        func tour(_ lines: [String]) throws -> String {
            let before = Set(sessions())
            let result = try KeyworkBinary.run(
                ["session", "--plain", "--guide", "tour", "--client", "C-1042", "--store", store],
                environment: environment.merging(["TERM": "dumb"]) { $1 },
                input: lines.joined(separator: "\n") + "\n")
            #expect(result.status == 0, "\(result.errors)")
            return try #require(Set(sessions()).subtracting(before).first)
        }

        func sessions() -> [String] {
            (try? FileManager.default.contentsOfDirectory(atPath: store + "/sessions")) ?? []
        }
    }

    @Test func aDueRevisitOpensFromWhatIsDueAndPausingItComesBackHome() throws {
        let computer = try Computer()
        _ = try computer.tour(PlainModeEndToEndTests.tourLines)
        let tmux = try computer.openHome()

        try tmux.send("5")
        try tmux.waitFor("Revisit for client C-1042")
        try tmux.send("1")
        try tmux.waitFor(words: "Last time you agreed to 3 things.")
        try tmux.send("F10")
        try tmux.waitFor("is paused. Everything is saved")
        try tmux.waitFor(Self.home)
        try tmux.send("Escape")

        #expect(try tmux.waitForExit() == 0)
        let shown = try tmux.screen()
        #expect(shown.contains("To carry on: keywork resume"), "the shell says how to carry on:\n\(shown)")
        #expect(computer.sessions().count == 2, "the agreement and the paused revisit")
    }

    @Test func aMistypedReferenceIsTypedAgainAndTheRevisitStarts() throws {
        let computer = try Computer()
        _ = try computer.tour(PlainModeEndToEndTests.tourLines)
        let tmux = try computer.openHome(columns: 60, rows: 16)

        try tmux.send("3")
        try tmux.waitFor("Client reference")
        try tmux.type("C-1O42")
        try tmux.send("Enter")
        try tmux.waitFor(words: "No signed agreement was found for client C-1O42.")
        // What was typed is there to put right.
        try tmux.waitFor("C-1O42")
        try tmux.send("BSpace", "BSpace", "BSpace")
        try tmux.type("042")
        try tmux.waitFor("C-1042")
        try tmux.send("Enter")
        try tmux.waitFor(words: "Last time you agreed to 3 things.")
        try tmux.send("F10")
        try tmux.waitFor(Self.home)
        try tmux.send("Escape")

        #expect(try tmux.waitForExit() == 0)
    }

    @Test func escapeGoesBackOneStepAndNeverLeavesFromAQuestion() throws {
        let computer = try Computer()
        let tmux = try computer.openHome(columns: 60, rows: 16)

        try tmux.send("1")
        try tmux.waitFor("Which guide would you like")
        try tmux.send("Escape")
        try tmux.waitFor(Self.home)
        try tmux.send("3")
        try tmux.waitFor("Client reference")
        try tmux.send("F1")
        try tmux.waitFor("Help: the keys")
        try tmux.send("Enter")
        try tmux.waitFor("Client reference")
        try tmux.send("Escape")
        try tmux.waitFor(Self.home)
        try tmux.send("F1")
        try tmux.waitFor("Help: the keys")
        try tmux.send("Escape")
        try tmux.waitFor(Self.home)
        try tmux.send("Escape")

        #expect(try tmux.waitForExit() == 0)
        #expect(computer.sessions().isEmpty, "nothing was started")
    }

    @Test func aSessionStartedByMistakeIsClosedAsNotUsedAndVerifySaysSo() throws {
        let computer = try Computer()
        let id = try computer.tour(Array(PlainModeEndToEndTests.tourLines.prefix(3)))
        let tmux = try computer.openHome()

        try tmux.send("2")
        try tmux.waitFor("Which session would you like to carry on?")
        try tmux.waitFor("· at “")
        try tmux.send("1")
        try tmux.waitFor("Close it as not used")
        try tmux.send("2")
        try tmux.waitFor("Close as not used?")
        try tmux.send("1")
        try tmux.waitFor(words: "Session \(id) is closed as not used and sealed. It is kept.")
        try tmux.waitFor("(none now)")
        try tmux.send("Escape")
        #expect(try tmux.waitForExit() == 0)

        let verify = try KeyworkBinary.run(["verify", "--store", computer.store], environment: computer.environment)
        #expect(verify.status == 0, "\(verify.output)\(verify.errors)")
        #expect(verify.output.contains("NOT USED"), "\(verify.output)")
        #expect(computer.sessions() == [id], "nothing was deleted")
    }

    @Test func theClientsCopyIsSavedFromTheEndScreenPrivatelyWithTheReceiptCode() throws {
        let computer = try Computer()
        // Everything but the last screen, line by line; the last is finished on the full screen.
        let id = try computer.tour(Array(PlainModeEndToEndTests.tourLines.dropLast()))
        let arguments = [KeyworkBinary.path, "resume", id, "--store", computer.store]
        let tmux = try Tmux(
            command: arguments.map(Tmux.quote).joined(separator: " "), columns: 60, rows: 16,
            environment: computer.environment)
        try tmux.waitFor("What happens next")
        try tmux.send("Enter")
        let end = try tmux.waitFor("Receipt code: ")
        #expect(end.contains("Session: \(id)"), "\(end)")
        try tmux.send("1")
        try tmux.waitFor("Saved as \(id).html and .txt")
        // Enter still goes on: saving did not move the highlight onto "Save" for a hurried second Enter.
        try tmux.send("Enter")
        #expect(try tmux.waitForExit() == 0)

        let code =
            try #require(end.split(separator: "\n").first { $0.contains("Receipt code: ") })
            .components(separatedBy: "Receipt code: ").last?.trimmingCharacters(in: .whitespaces) ?? ""
        for file in ["\(id).html", "\(id).txt"] {
            let path = computer.copies + "/" + file
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            #expect(attributes[.posixPermissions] as? Int == 0o600, "\(file)")
            #expect(try String(contentsOfFile: path, encoding: .utf8).contains(code), "\(file) holds \(code)")
        }
        let folder = try FileManager.default.attributesOfItem(atPath: computer.copies)
        #expect(folder[.posixPermissions] as? Int == 0o700)
    }
}

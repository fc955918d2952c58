import Foundation
import KeyworkTerminalTesting
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Read aloud in a real terminal, with a stand-in `espeak-ng` first on PATH that writes down its arguments,
/// what it was given to say on standard input and its pid, then waits far longer than any test, so
/// stopping it shows.
@Suite struct ReadAloudEndToEndTests {
    /// A folder holding the stand-in, and what each reading it was asked for wrote.
    struct StandIn {
        let folder: String

        init() throws {
            folder = NSTemporaryDirectory() + "keywork-speech-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let script = """
                #!/bin/sh
                printf '%s\\n' "$@" > "\(folder)/arguments-$$.txt"
                cat > "\(folder)/said-$$.tmp" && mv "\(folder)/said-$$.tmp" "\(folder)/said-$$.txt"
                printf '%s\\n' "$$" >> "\(folder)/pids.txt"
                exec sleep 600

                """
            try StandInProgram.write(script, to: folder + "/espeak-ng")
        }

        /// The pids of the readings started so far, in order.
        var pids: [pid_t] {
            let text = (try? String(contentsOfFile: folder + "/pids.txt", encoding: .utf8)) ?? ""
            return text.split(separator: "\n").compactMap { pid_t($0) }
        }

        /// What reading `pid` was given to say, on its standard input.
        func said(by pid: pid_t) -> String {
            (try? String(contentsOfFile: folder + "/said-\(pid).txt", encoding: .utf8)) ?? ""
        }

        /// Reading `pid`'s command line, one argument a line: what `ps` shows every user of the computer.
        func arguments(of pid: pid_t) -> String {
            (try? String(contentsOfFile: folder + "/arguments-\(pid).txt", encoding: .utf8)) ?? ""
        }

        static func isRunning(_ pid: pid_t) -> Bool {
            kill(pid, 0) == 0
        }
    }

    func start(path: String, speak: Bool = false, guide: String = "tour", extra: [String] = []) throws -> Tmux {
        let store = try KeyworkBinary.temporaryStore()
        let arguments =
            [
                KeyworkBinary.path, "session", "--guide", guide, "--client", "C-1042", "--keyworker", "Sam Keyworker",
                "--store", store,
            ] + (speak ? ["--speak"] : []) + extra
        return try Tmux(command: arguments.map(Tmux.quote).joined(separator: " "), environment: ["PATH": path])
    }

    /// Waits for something outside the screen, such as a file the stand-in writes; on a time-out, says
    /// what the stand-in was asked and what the screen shows, so a failure can be understood.
    func waitUntil(
        _ description: String, standIn: StandIn? = nil, tmux: Tmux? = nil,
        sourceLocation: SourceLocation = #_sourceLocation, _ condition: () -> Bool
    ) throws {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if condition() { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let readings = standIn.map { standIn in standIn.pids.map { "\($0): \(standIn.said(by: $0))" } } ?? []
        let screen = (try? tmux?.screen()) ?? nil
        Issue.record(
            "timed out waiting for \(description); readings: \(readings); screen:\n\(screen ?? "(none)")",
            sourceLocation: sourceLocation)
        throw CancellationError()
    }

    @Test func f5ReadsTheScreenToTheSpeechCommandAndTheNextKeyStopsIt() throws {
        let standIn = try StandIn()
        let tmux = try start(path: standIn.folder + ":/usr/bin:/bin")
        try tmux.waitFor("This is a short tour. It shows how a session works.")
        try tmux.send("F5")
        try waitUntil("the stand-in to be asked to read", standIn: standIn, tmux: tmux) {
            standIn.pids.count == 1
                && standIn.said(by: standIn.pids[0]).contains("Nothing moves on until you are ready.")
        }
        let reading = standIn.pids[0]
        #expect(standIn.said(by: reading).hasPrefix("Welcome. Screen 1 of"))
        #expect(standIn.arguments(of: reading) == "-v\nen\n--stdin\n")
        #expect(StandIn.isRunning(reading))
        #expect(!(try tmux.screen()).contains("Read aloud is not available"))

        try tmux.send("Enter")
        try tmux.waitFor("What would help you most this week?")
        try waitUntil("the reading to be stopped") { !StandIn.isRunning(reading) }
        #expect(standIn.pids.count == 1, "only F5 reads without --speak")
        try tmux.send("F10")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func inPolishF5ReadsThePolishScreenWithThePolishVoice() throws {
        let standIn = try StandIn()
        let tmux = try start(path: standIn.folder + ":/usr/bin:/bin", guide: "tour-pl", extra: ["--language", "pl"])
        try tmux.waitFor("To jest krótki przewodnik.")
        try tmux.send("F5")
        try waitUntil("the stand-in to be asked to read", standIn: standIn, tmux: tmux) {
            standIn.pids.count == 1 && standIn.said(by: standIn.pids[0]).contains("Nic nie ruszy dalej")
        }
        #expect(standIn.said(by: standIn.pids[0]).hasPrefix("Witamy. Ekran 1 z"))
        #expect(standIn.arguments(of: standIn.pids[0]) == "-v\npl\n--stdin\n")
        try tmux.send("F10")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func withoutEspeakF5SaysItIsUnavailableAndNothingBreaks() throws {
        let empty = NSTemporaryDirectory() + "keywork-no-speech-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let tmux = try start(path: empty)
        try tmux.waitFor("This is a short tour. It shows how a session works.")
        try tmux.send("F5")
        try tmux.waitFor("Read aloud is not available: espeak-ng is not installed.")
        try tmux.send("Enter")
        try tmux.waitFor("What would help you most this week?")
        #expect(!(try tmux.screen()).contains("Read aloud is not available"))
        try tmux.send("F10")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func speakReadsEachNewScreenAndStopsTheLastReading() throws {
        let standIn = try StandIn()
        let tmux = try start(path: standIn.folder + ":/usr/bin:/bin", speak: true)
        try tmux.waitFor("This is a short tour. It shows how a session works.")
        try waitUntil("the welcome to be read", standIn: standIn, tmux: tmux) {
            standIn.pids.count == 1 && standIn.said(by: standIn.pids[0]).contains("Welcome. Screen 1 of")
        }
        let first = standIn.pids[0]
        try tmux.send("Enter")
        try tmux.waitFor("What would help you most this week?")
        try waitUntil("the next screen to be read", standIn: standIn, tmux: tmux) {
            standIn.pids.count == 2 && standIn.said(by: standIn.pids[1]).contains("1. Someone to talk to")
        }
        #expect(!StandIn.isRunning(first))
        // Nothing of any screen is ever on a command line, where `ps` shows it to every user of the computer.
        #expect(standIn.pids.map(standIn.arguments(of:)) == ["-v\nen\n--stdin\n", "-v\nen\n--stdin\n"])
        try tmux.send("F10")
        #expect(try tmux.waitForExit() == 0)
        try waitUntil("the last reading to be stopped on leaving") { !StandIn.isRunning(standIn.pids[1]) }
    }
}

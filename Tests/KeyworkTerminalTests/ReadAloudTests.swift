import Foundation
import KeyworkBuiltinGuides
import KeyworkFrontEnd
import KeyworkGuides
import KeyworkPlain
import KeyworkScreen
import KeyworkSession
import KeyworkTerminal
import KeyworkTerminalTesting
import KeyworkTestSupport
import KeyworkWords
import Testing

@Suite struct ReadAloudTests {
    let size = TerminalSize(columns: 80, rows: 24)

    /// Read aloud as the application sets it up for the full screen: the line mode's text, naming keys.
    func reading(_ speaker: RecordingSpeaker, _ words: Words = .english) -> SessionRunner.ReadAloud {
        SessionRunner.ReadAloud(speaker: speaker, screen: PlainScreen(words, actionNaming: .keys))
    }

    func newState() throws -> SessionState {
        let guide = try #require(BuiltinGuides.guide(id: "tour"))
        return SessionState(
            guide: guide, context: SessionContext(keyworker: "Sam Keyworker", clientReference: "C-1042"))
    }

    @Test func f5SpeaksTheScreensPlainTextAndTheNextKeyStopsIt() throws {
        let speaker = RecordingSpeaker()
        let terminal = InMemoryTerminal(size: size, script: [.key(.function(5)), .key(.enter), .key(.function(10))])
        let state = try newState()
        _ = SessionRunner(state: state, backend: terminal, recorder: MemoryRecorder(), readAloud: reading(speaker))
            .run(firstActions: [.start])
        var welcome = state
        try Session.reduce(&welcome, .start)
        #expect(
            Array(speaker.calls.prefix(3)) == [
                .stop, .speak(PlainScreen(.english, actionNaming: .keys).text(welcome)), .stop,
            ])
    }

    @Test func f5DoesNotMoveOnOrChangeTheRecord() throws {
        let recorder = MemoryRecorder()
        let terminal = InMemoryTerminal(size: size, script: [.key(.function(5)), .key(.function(10))])
        let outcome = SessionRunner(
            state: try newState(), backend: terminal, recorder: recorder, readAloud: reading(RecordingSpeaker())
        ).run(firstActions: [.start])
        guard case .paused(let state) = outcome else {
            Issue.record("expected F10 to pause")
            return
        }
        #expect(state.currentScreenID == "welcome")
        #expect(recorder.events.count == 2)  // shown, then paused
    }

    @Test func withoutSpeechF5SaysSoOnTheScreenAndTheNextKeyClearsIt() throws {
        let terminal = InMemoryTerminal(size: size, script: [.key(.function(5))])
        let runner = SessionRunner(
            state: try newState(), backend: terminal, recorder: MemoryRecorder(),
            readAloud: reading(RecordingSpeaker(available: false))
        )
        _ = runner.run(firstActions: [.start])
        #expect(terminal.frames.last?.text.contains(PlainWords(.english).readAloudUnavailable) == true)
        #expect(terminal.frames.first?.text.contains(PlainWords(.english).readAloudUnavailable) == false)
    }

    @Test func whileReadingTheScreenSaysSoAndTheNextKeyTakesTheSignAway() throws {
        let sign = PlainWords(.english).readingAloud
        let terminal = InMemoryTerminal(size: size, script: [.key(.function(5)), .key(.down)])
        _ = SessionRunner(
            state: try newState(), backend: terminal, recorder: MemoryRecorder(), readAloud: reading(RecordingSpeaker())
        )
        .run(firstActions: [.start])
        let shown = terminal.frames.map { $0.text.contains(sign) }
        #expect(shown.first == false)
        #expect(shown.contains(true))
        #expect(shown.last == false)
    }

    @Test func withNoSpeakerAtAllF5SaysItIsUnavailable() throws {
        let terminal = InMemoryTerminal(size: size, script: [.key(.function(5))])
        _ = SessionRunner(state: try newState(), backend: terminal, recorder: MemoryRecorder())
            .run(firstActions: [.start])
        #expect(terminal.frames.last?.text.contains(PlainWords(.english).readAloudUnavailable) == true)
    }

    @Test func speakReadsEachNewScreenOnceAndNotTheSameScreenTwice() throws {
        let speaker = RecordingSpeaker()
        let terminal = InMemoryTerminal(
            size: size,
            script: [.key(.down), .key(.enter), .key(.down), .type(" "), .key(.enter), .key(.function(10))])
        _ = SessionRunner(
            state: try newState(), backend: terminal, recorder: MemoryRecorder(), readAloud: reading(speaker),
            speakEveryScreen: true
        ).run(firstActions: [.start])
        let spoken = speaker.spoken
        #expect(spoken.map { $0.prefix { $0 != "." } } == ["Welcome", "This week", "Day to day things"])
    }

    @Test func theRealSpeakerIsUnavailableWhenEspeakIsNotOnThePath() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("no-speech-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let speaker = SpeechCommand(path: empty.path)
        #expect(speaker.executable == nil)
        #expect(speaker.speak("Hello") == false)
        speaker.stop()
    }

    /// A stand-in `espeak-ng` in a fresh folder: it writes its pid, its arguments to `log` and what it read
    /// on standard input to `log.words`, then waits far longer than any test, so stopping it shows. Each file
    /// is renamed into place whole, so a test that sees it never reads it half written.
    private func standIn() throws -> (folder: URL, log: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("speech-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let log = folder.appendingPathComponent("said.txt").path
        try StandInProgram.write(
            "#!/bin/sh\necho \"$$\" > \(log).pid\ncat > \(log).tmp && mv \(log).tmp \(log).words\n"
                + "printf '%s\\n' \"$@\" > \(log).args && mv \(log).args \(log)\nexec sleep 600\n",
            to: folder.appendingPathComponent("espeak-ng").path)
        return (folder, log)
    }

    @Test func theRealSpeakerStartsTheProgramWithTheTextAndStopKillsIt() throws {
        let (folder, log) = try standIn()
        defer { try? FileManager.default.removeItem(at: folder) }
        let speaker = SpeechCommand(path: "/nonexistent:" + folder.path)
        #expect(speaker.executable == folder.appendingPathComponent("espeak-ng").path)
        #expect(speaker.speak("Welcome. Screen 1 of 12."))
        let pid = try waitForPID(at: log + ".pid")
        #expect(try String(contentsOfFile: log, encoding: .utf8) == "-v\nen\n--stdin\n", "no words where ps shows them")
        #expect(try String(contentsOfFile: log + ".words", encoding: .utf8) == "Welcome. Screen 1 of 12.\n")
        speaker.stop()
        #expect(kill(pid, 0) == -1 && errno == ESRCH)
    }

    @Test func theRealSpeakerReadsPolishWithThePolishVoice() throws {
        let (folder, log) = try standIn()
        defer { try? FileManager.default.removeItem(at: folder) }
        let speaker = SpeechCommand(path: folder.path, voice: "pl")
        #expect(speaker.speak("Witamy. Ekran 1 z 11."))
        _ = try waitForPID(at: log + ".pid")
        #expect(try String(contentsOfFile: log, encoding: .utf8) == "-v\npl\n--stdin\n")
        #expect(try String(contentsOfFile: log + ".words", encoding: .utf8) == "Witamy. Ekran 1 z 11.\n")
        speaker.stop()
    }

    @Test func f5InPolishSpeaksThePolishScreen() throws {
        let speaker = RecordingSpeaker()
        let terminal = InMemoryTerminal(size: size, script: [.key(.function(5)), .key(.function(10))])
        terminal.words = Words(.polish)
        let guide = try #require(BuiltinGuides.guide(id: "tour-pl"))
        let state = SessionState(
            guide: guide, context: SessionContext(keyworker: "Sam Keyworker", clientReference: "C-1042"))
        _ = SessionRunner(
            state: state, backend: terminal, recorder: MemoryRecorder(), readAloud: reading(speaker, Words(.polish))
        )
        .run(firstActions: [.start])
        var welcome = state
        try Session.reduce(&welcome, .start)
        let spoken = speaker.spoken
        #expect(spoken == [PlainScreen(Words(.polish), actionNaming: .keys).text(welcome)])
        #expect(spoken.first?.hasPrefix("Witamy. Ekran 1 z ") == true)
    }

    @Test func withoutSpeechF5SaysSoInPolish() throws {
        let terminal = InMemoryTerminal(size: size, script: [.key(.function(5))])
        terminal.words = Words(.polish)
        _ = SessionRunner(state: try newState(), backend: terminal, recorder: MemoryRecorder())
            .run(firstActions: [.start])
        #expect(terminal.frames.last?.text.contains("Czytanie na głos jest niedostępne") == true)
    }

    private func waitForPID(at path: String) throws -> pid_t {
        for _ in 0..<2000 {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), let pid = pid_t(text.filter(\.isNumber)),
                FileManager.default.fileExists(atPath: String(path.dropLast(4)))
            {
                return pid
            }
            usleep(5000)
        }
        throw CancellationError()
    }
}

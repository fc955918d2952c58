import Foundation
import KeyworkFrontEnd
import KeyworkGuides
import KeyworkPlain
import KeyworkSession
import Testing

/// Lines typed in advance, and everything printed, for driving the line mode without a terminal.
final class ScriptedIO: PlainIO {
    private var lines: [String]
    private(set) var output = ""
    /// How many lines were read.
    private(set) var linesRead = 0

    init(_ lines: [String]) {
        self.lines = lines
    }

    func readLine() -> String? {
        guard !lines.isEmpty else { return nil }
        linesRead += 1
        return lines.removeFirst()
    }

    func write(_ text: String) {
        output += text
    }
}

/// A speaker that remembers what it was asked to say and when it was stopped.
final class RecordingSpeaker: Speaker {
    enum Call: Equatable {
        case speak(String)
        case stop
    }

    let available: Bool
    private(set) var calls: [Call] = []

    init(available: Bool = true) {
        self.available = available
    }

    var spoken: [String] {
        calls.compactMap { if case .speak(let text) = $0 { text } else { nil } }
    }

    func speak(_ text: String) -> Bool {
        calls.append(.speak(text))
        return available
    }

    func stop() {
        calls.append(.stop)
    }
}

/// Keeps recorded events in memory.
final class MemoryRecorder: SessionRecorder {
    private(set) var events: [SessionEvent] = []

    func record(_ events: [SessionEvent]) throws {
        self.events += events
    }
}

/// Golden text files under Golden/, rewritten only with KEYWORK_UPDATE_GOLDEN=1.
enum PlainGolden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["KEYWORK_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "missing golden file \(name).txt; run with KEYWORK_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        #expect(text == expected, "plain text differs from \(name).txt", sourceLocation: sourceLocation)
    }
}

enum PlainFixture {
    static func tour() throws -> Guide {
        try #require(try BuiltinGuides.guide(id: "tour"))
    }

    static func state(_ guide: Guide) -> SessionState {
        SessionState(guide: guide, context: SessionContext(keyworker: "Sam Keyworker", clientReference: "C-1042"))
    }

    /// Every line of a whole walk through the tour in the line mode, touching each screen type and
    /// each command that changes the record.
    static let wholeTour: [String] = [
        "",  // welcome
        "4", "A bit of quiet",  // focus: something else, with words
        "back",  // from in-your-words back to focus
        "2",  // focus: day to day things
        "1 3",  // practical-help: forms and a safe place to live
        "",  // in-your-words: skipped
        "question", "Who will I see?",  // a question, noted on how-it-feels
        "not sure", "I am not sure yet",  // a flag with words
        "7",  // how-it-feels
        "",  // ways
        "2", "I can talk from home", "1", "yes",  // choose: phone call, agree, accepted
        "no", "A call each week for now", "A drop-in on Fridays", "yes", "2", "By text message", "Sam, 0123 456",
        "y", "y", "y", "y",  // how-sure
        "You will see Sam.",  // the question review on the summary
        "",  // check
        "yes", "yes", "yes",  // tick each statement
        "J.D.", "Sam Keyworker",  // signatures
        "",  // agree
        "",  // next
    ]
}

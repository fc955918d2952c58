import Foundation
import KeyworkBuiltinGuides
import KeyworkFrontEnd
import KeyworkGuides
import KeyworkPlain
import KeyworkSession
import KeyworkTestSupport
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

enum PlainFixture {
    /// Golden text files under Golden/, recorded (and failed) with KEYWORK_UPDATE_GOLDEN=1.
    static let golden = GoldenFiles()

    static func tour() throws -> Guide {
        try #require(BuiltinGuides.guide(id: "tour"))
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

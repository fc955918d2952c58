import KeyworkPlain
import Testing

@Suite struct PlainCommandTests {
    @Test func wholeLinesAreCommandsInAnyCase() {
        #expect(PlainCommand(line: "help") == .help)
        #expect(PlainCommand(line: "?") == .help)
        #expect(PlainCommand(line: "Not Sure") == .notSure)
        #expect(PlainCommand(line: "BACK") == .back)
        #expect(PlainCommand(line: "pause") == .pause)
        #expect(PlainCommand(line: "read") == .read)
        #expect(PlainCommand(line: "private") == .privacy)
        #expect(PlainCommand(line: "again") == .again)
        #expect(PlainCommand(line: "question") == .question(nil))
        #expect(PlainCommand(line: "question Why every day?") == .question("Why every day?"))
    }

    @Test func wordsInsideAnAnswerAreNotCommands() {
        #expect(PlainCommand(line: "go back home") == nil)
        #expect(PlainCommand(line: "pause for a while") == nil)
        #expect(PlainCommand(line: "2") == nil)
        #expect(PlainCommand(line: "") == nil)
    }
}

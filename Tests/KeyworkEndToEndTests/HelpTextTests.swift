import Foundation
import Testing

/// Help texts are written as paragraphs, so `keywork help due` wraps them to the terminal instead of
/// keeping the source file's line breaks in the middle of a sentence.
@Suite struct HelpTextTests {
    /// Where a discussion breaks a line inside a paragraph: not before a blank line, a list item or an
    /// indented example, and not after a line that introduces one.
    static func sentenceBreaks(in text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return zip(lines, lines.dropFirst()).compactMap { line, next in
            let meant =
                line.isEmpty || next.isEmpty || line.hasSuffix(":") || line.hasPrefix(" ") || next.hasPrefix(" ")
                || next.hasPrefix("-")
            return meant ? nil : line
        }
    }

    @Test func aSentenceIsNeverBrokenAcrossTwoLines() {
        #expect(Self.sentenceBreaks(in: "One sentence\nbroken.") == ["One sentence"])
        #expect(Self.sentenceBreaks(in: "A paragraph.\n\nAnother.\n\nExamples:\n  keywork due\n- a list item") == [])
    }

    @Test func everyCommandsDiscussionIsWrittenInParagraphs() throws {
        let dump = try KeyworkBinary.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let tool = try JSONDecoder().decode(DocsUpToDateTests.ToolInfo.self, from: Data(dump.output.utf8))
        var broken: [String] = []
        func check(_ command: DocsUpToDateTests.Command, path: String) {
            let name = path.isEmpty ? command.commandName : path + " " + command.commandName
            let texts = [command.discussion] + (command.arguments ?? []).map(\.discussion)
            for text in texts.compactMap({ $0 }) {
                broken += Self.sentenceBreaks(in: text).map { "\(name): \"\($0.suffix(40))\"" }
            }
            for subcommand in command.subcommands ?? [] where subcommand.commandName != "help" {
                check(subcommand, path: name)
            }
        }
        check(tool.command, path: "")
        #expect(broken.isEmpty, "lines broken in the middle of a paragraph (end them with \\ in the source): \(broken)")
    }
}

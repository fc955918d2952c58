import Foundation
import Testing

/// The checked-in manual page and shell completions match the command definitions. When one fails,
/// run Scripts/generate-docs.sh and read the diff.
@Suite struct DocsUpToDateTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Docs")

    @Test(arguments: [("bash", "keywork.bash"), ("zsh", "_keywork"), ("fish", "keywork.fish")])
    func theCheckedInCompletionScriptIsWhatTheBinaryGenerates(shell: String, file: String) throws {
        let fresh = try KeyworkBinary.run(["--generate-completion-script", shell])
        #expect(fresh.status == 0)
        let checkedIn = try String(
            contentsOf: Self.docs.appendingPathComponent("completions/\(file)"), encoding: .utf8)
        #expect(fresh.output == checkedIn, "Docs/completions/\(file) is out of date: run Scripts/generate-docs.sh")
    }

    /// One command as `--experimental-dump-help` describes it (the input the manual is generated from).
    struct Command: Decodable {
        struct Argument: Decodable {
            struct Name: Decodable {
                var kind: String
                var name: String
            }
            var kind: String
            var names: [Name]?
            /// False for hidden options, which the manual leaves out.
            var shouldDisplay: Bool?
            var abstract: String?
            var discussion: String?
        }
        var commandName: String
        var abstract: String?
        var discussion: String?
        var arguments: [Argument]?
        var subcommands: [Command]?
    }

    struct ToolInfo: Decodable {
        var command: Command
    }

    /// Every command, option and help text in the definitions appears in the manual, word for word.
    /// The manual itself comes from swift-argument-parser's generate-manual plugin, which cannot run
    /// inside `swift test`; its text is the parser's own help, so this catches any drift except the date.
    @Test func theManualPageHasEveryCommandOptionAndHelpTextOfTheDefinitions() throws {
        let dump = try KeyworkBinary.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let tool = try JSONDecoder().decode(ToolInfo.self, from: Data(dump.output.utf8))
        let manual = try String(contentsOf: Self.docs.appendingPathComponent("keywork.1"), encoding: .utf8)
        var missing: [String] = []
        func check(_ command: Command, path: String) {
            let name = path.isEmpty ? command.commandName : path + " " + command.commandName
            if !path.isEmpty, !manual.contains(".It Em \(command.commandName)\n") {
                missing.append("the command \(name)")
            }
            for text in [command.abstract, command.discussion].compactMap({ $0 }) where !text.isEmpty {
                if !manual.contains(text) { missing.append("\(name): \(text.prefix(60))") }
            }
            for argument in command.arguments ?? [] where argument.shouldDisplay != false {
                for long in (argument.names ?? []).filter({ $0.kind == "long" }) where argument.kind != "positional" {
                    if !manual.contains("Fl -\(long.name)") { missing.append("\(name): --\(long.name)") }
                }
                for text in [argument.abstract, argument.discussion].compactMap({ $0 }) where !text.isEmpty {
                    if !manual.contains(text) { missing.append("\(name): \(text.prefix(60))") }
                }
            }
            for subcommand in command.subcommands ?? [] where subcommand.commandName != "help" {
                check(subcommand, path: name)
            }
        }
        check(tool.command, path: "")
        #expect(missing.isEmpty, "Docs/keywork.1 is out of date (run Scripts/generate-docs.sh): \(missing)")
        #expect(manual.contains(".Dt KEYWORK 1"))
    }
}

import Foundation
import Testing

/// Help, completion scripts and errors come from the whole program's parser (swift-argument-parser's own entry
/// point), naming `keywork` and the command.
@Suite struct CommandParsingTests {
    @Test func aCommandsHelpIsTheWholeProgramsHelpForIt() throws {
        for arguments in [["session", "--help"], ["group", "-h"], ["resume", "--help"]] {
            let result = try KeyworkBinary.run(arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.output.contains("USAGE: keywork \(arguments[0]) "), "\(arguments): \(result.output)")
        }
    }

    @Test func anUnknownOptionIsAUsageErrorNamingTheProgramAndCommand() throws {
        let result = try KeyworkBinary.run(["session", "--bogus"])
        #expect(result.status == 64)
        #expect(result.errors.contains("Error: Unknown option '--bogus'"), "\(result.errors)")
        #expect(result.errors.contains("Usage: keywork session [--guide <NAME|PATH>]"), "\(result.errors)")
    }

    @Test func aCommandsOwnCheckOfItsOptionsIsReportedWithItsUsage() throws {
        let result = try KeyworkBinary.run(["revisit", "--client", "C-1", "20261127-000000-abcdef"])
        #expect(result.status == 64)
        #expect(result.errors.contains("Error: Give either --client REF or a SESSION, not both."), "\(result.errors)")
        #expect(result.errors.contains("Usage: keywork revisit"), "\(result.errors)")
    }

    @Test func aCompletionScriptAskedForAfterACommandIsTheWholeProgramsScript() throws {
        let result = try KeyworkBinary.run(["session", "--generate-completion-script", "bash"])
        #expect(result.status == 0)
        #expect(result.output.contains("__keywork_cursor_index_in_current_word"), "\(result.output.prefix(200))")
    }

    @Test func aCommandParsedByItselfRunsWithItsOptions() throws {
        let result = try KeyworkBinary.run(["lint", try BuiltinGuideFile.path("tour")])
        #expect(result.status == 0)
        #expect(result.output.isEmpty, "\(result.output)")
        let store = try KeyworkBinary.temporaryStore()
        let shown = try KeyworkBinary.run(["key", "show", "--store", store])
        #expect(shown.status == 0)
        #expect(shown.output.contains("key id:"))
    }
}

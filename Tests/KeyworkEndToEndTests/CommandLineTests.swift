import Foundation
import Testing

/// The commands that need no terminal, run as a user runs them.
@Suite struct CommandLineTests {
    @Test func guidesListsTheBuiltInTour() throws {
        let result = try KeyworkBinary.run(["guides"])
        #expect(result.status == 0)
        #expect(result.output.contains("tour"))
        #expect(result.output.contains("A short tour of Keywork"))
    }

    @Test func guidesShowsEachGuidesLanguage() throws {
        let result = try KeyworkBinary.run(["guides"])
        let lines = result.output.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("tour ") && $0.hasSuffix("language en)") }, "\(result.output)")
        #expect(lines.contains { $0.hasPrefix("tour-pl ") && $0.hasSuffix("language pl)") }, "\(result.output)")
    }

    @Test func anUnknownLanguageIsAUsageErrorThatListsTheKnownOnes() throws {
        let store = try KeyworkBinary.temporaryStore()
        let result = try KeyworkBinary.run(["session", "--language", "xx", "--store", store])
        #expect(result.status == 64)
        #expect(result.errors.contains("error: unknown language 'xx' (from --language)"), "\(result.errors)")
        #expect(result.errors.contains("note: available languages: en (English), pl (polski)"), "\(result.errors)")
    }

    @Test func aClientReferenceWithAnEscapeIsAUsageErrorThatStartsNothing() throws {
        let store = try KeyworkBinary.temporaryStore()
        let result = try KeyworkBinary.run(["session", "--guide", "tour", "--client", "C-1\u{1B}[2J", "--store", store])
        #expect(result.status == 64)
        #expect(
            result.errors.contains("error: --client holds \\u{1B}, a control character that a record cannot hold"),
            "\(result.errors)")
        #expect(!result.errors.contains("\u{1B}") && !result.output.contains("\u{1B}"), "nothing sent to act on")
        let sessions = (try? FileManager.default.contentsOfDirectory(atPath: store + "/sessions")) ?? []
        #expect(sessions.isEmpty)
    }

    @Test func lintPassesThePolishTourWithNoWarnings() throws {
        let result = try KeyworkBinary.run(["lint", try BuiltinGuideFile.path("tour-pl")])
        #expect(result.status == 0)
        #expect(result.output.isEmpty, "no errors and no warnings: \(result.output)")
    }

    @Test func lintPassesABuiltInGuideWithNoWarnings() throws {
        let tour = try BuiltinGuideFile.path("tour")
        let result = try KeyworkBinary.run(["lint", tour])
        #expect(result.status == 0)
        #expect(result.output.isEmpty, "no errors and no warnings: \(result.output)")
    }

    @Test func lintReportsAnErrorWithFileLineAndColumnAndExits65() throws {
        let folder = try KeyworkBinary.temporaryStore()
        let path = folder + "/bad.yaml"
        try """
        keywork: 1
        id: bad
        title: Bad
        version: "1"
        screens:
          - id: a
            type: info
            bodyy: Hello.
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try KeyworkBinary.run(["lint", path])
        #expect(result.status == 65)
        #expect(result.output.contains("\(path):8:5: error:"))
        #expect(result.output.contains("did you mean 'body'"))
    }

    @Test func lintOfAMissingFileExits66() throws {
        let result = try KeyworkBinary.run(["lint", "/nonexistent/guide.yaml"])
        #expect(result.status == 66)
        #expect(result.output.contains("/nonexistent/guide.yaml: error:"))
    }

    @Test func verifyOfAPathWithNoSessionsExits66WithAClearMessage() throws {
        let result = try KeyworkBinary.run(["verify", "/nonexistent/store"])
        #expect(result.status == 66)
        #expect(result.errors.contains("no session or store here"))
    }

    @Test func keyShowMakesTheKeyOnFirstUseWithPrivatePermissions() throws {
        let store = try KeyworkBinary.temporaryStore()
        let result = try KeyworkBinary.run(["key", "show", "--store", store])
        #expect(result.status == 0)
        #expect(result.output.contains("key id:"))
        let attributes = try FileManager.default.attributesOfItem(atPath: store + "/keys/device.key")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func aKeyReadableByOthersIsRefusedWithTheChmodToFixIt() throws {
        let store = try KeyworkBinary.temporaryStore()
        try KeyworkBinary.run(["key", "show", "--store", store])
        chmod(store + "/keys/device.key", 0o644)
        let result = try KeyworkBinary.run(["key", "show", "--store", store])
        #expect(result.status == 74)
        #expect(result.errors.contains("chmod 600"))
    }

    @Test func anUnknownCommandIsAUsageError() throws {
        let result = try KeyworkBinary.run(["frobnicate"])
        #expect(result.status == 64)
    }
}

/// Where the built-in guides' YAML lives in the source tree.
enum BuiltinGuideFile {
    static func path(_ id: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent("Sources/KeyworkBuiltinGuides/BuiltinGuides/\(id).yaml").path
    }
}

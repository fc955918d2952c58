import Foundation
import KeyworkGuides
import Testing

@testable import KeyworkGuideCompiler

/// The guide compiler's own edges; that each compiled guide equals its YAML is KeyworkBuiltinGuidesTests' check.
@Suite struct GuideCompilerTests {
    let folder = NSTemporaryDirectory() + "keywork-guide-compiler-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    @Test func stringsKeepQuotesBackslashesNewlinesAndControlCharacters() {
        #expect(CompiledGuideSource.literal("say \"hi\"\\\n\t\u{7}ź") == #""say \"hi\"\\\n\t\u{7}ź""#)
    }

    @Test func aGuideIsNamedForItsFileAndCompiledAsABuiltIn() throws {
        let path = folder + "/tour.yaml"
        try Self.guide(id: "tour").write(toFile: path, atomically: true, encoding: .utf8)
        let entry = try GuideCompiler.entry(path)
        #expect(entry.id == "tour")
        #expect(entry.guide.origin == "builtin:tour")
        let source = CompiledGuideSource.file([entry])
        #expect(source.contains(#"static let compiledIDs: [String] = ["tour"]"#))
        #expect(source.contains(#"case "tour": return guide_tour()"#))
    }

    /// A broken guide stops the build with its errors at the file a developer edits, not at `builtin:<id>`.
    @Test func aBrokenGuideIsReportedAtItsFileLineAndColumn() throws {
        let path = folder + "/broken.yaml"
        try Self.guide(id: "broken").replacingOccurrences(of: "type: info", with: "type: nonsense")
            .write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try GuideCompiler.entry(path)
            Issue.record("a broken guide compiled")
        } catch {
            let first = try #require(error.diagnostics.first)
            #expect(first.location?.file == path)
            #expect((first.location?.line ?? 0) >= 1)
            #expect(error.diagnostics.allSatisfy { $0.location?.file != "builtin:broken" })
        }
    }

    @Test func aMissingFileIsReportedByItsPath() {
        #expect {
            _ = try GuideCompiler.entry(folder + "/gone.yaml")
        } throws: { error in
            (error as? GuideLoadError)?.diagnostics.first?.location?.file == folder + "/gone.yaml"
        }
    }

    static func guide(id: String) -> String {
        """
        keywork: 1
        id: \(id)
        title: A guide
        version: "1"
        sources: [Test]
        screens:
          - id: welcome
            type: info
            body: Hello.

        """
    }
}

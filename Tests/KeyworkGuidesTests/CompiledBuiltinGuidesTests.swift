import Foundation
import KeyworkTestSupport
import Testing

@testable import KeyworkGuides

/// The built-in guides compiled in as Swift (`BuiltinGuides+Compiled.swift`) must be exactly the guides their YAML
/// loads to, and the file must be the one the YAML makes now. `KEYWORK_UPDATE_GOLDEN=1` rewrites the file and fails.
@Suite struct CompiledBuiltinGuidesTests {
    static let compiledFolder = GoldenFiles(
        folder: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/KeyworkGuides").standardized)

    /// Every built-in guide loaded from its YAML, with the hash of the bytes it came from.
    static func entries() throws -> [CompiledGuideSource.Entry] {
        try BuiltinGuides.sources.sorted { $0.id < $1.id }.map { source in
            CompiledGuideSource.Entry(
                id: source.id, sourceHash: ContentHash.sha256Hex(source.bytes),
                guide: try BuiltinGuides.yamlGuide(id: source.id, bytes: source.bytes))
        }
    }

    @Test func theCompiledFileIsTheOneTheYAMLMakesNow() throws {
        Self.compiledFolder.check(CompiledGuideSource.file(try Self.entries()), named: "BuiltinGuides+Compiled.swift")
    }

    @Test(arguments: BuiltinGuides.ids)
    func theCompiledGuideEqualsTheGuideItsYAMLLoadsTo(id: String) throws {
        let source = try #require(BuiltinGuides.sources.first { $0.id == id })
        let fromYAML = try BuiltinGuides.yamlGuide(id: id, bytes: source.bytes)
        let compiled = try #require(
            BuiltinGuides.compiledGuide(id: id, sourceHash: ContentHash.sha256Hex(source.bytes)),
            "no compiled form of \(id) for its current YAML")
        #expect(compiled == fromYAML)
        #expect(try BuiltinGuides.guide(id: id) == fromYAML)
    }

    @Test func aGuideWhoseYAMLChangedIsNotTakenFromTheCompiledForm() throws {
        let source = try #require(BuiltinGuides.sources.first { $0.id == "tour" })
        let changed = source.bytes + Array("\n# a comment added after compiling\n".utf8)
        #expect(BuiltinGuides.compiledGuide(id: "tour", sourceHash: ContentHash.sha256Hex(changed)) == nil)
        #expect(BuiltinGuides.compiledGuide(id: "no-such-guide", sourceHash: "") == nil)
    }

    @Test func stringsKeepQuotesBackslashesNewlinesAndControlCharacters() {
        #expect(CompiledGuideSource.literal("say \"hi\"\\\n\t\u{7}ź") == #""say \"hi\"\\\n\t\u{7}ź""#)
    }
}

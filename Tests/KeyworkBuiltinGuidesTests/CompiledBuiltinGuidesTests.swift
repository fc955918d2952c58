import Foundation
import KeyworkBuiltinGuides
import KeyworkGuides
import Testing

/// The built-in guides are compiled to Swift at build time (the CompileBuiltinGuides plugin runs
/// KeyworkGuideCompiler), so the build makes them from the YAML as it is. What this guards is the compiler: each
/// compiled guide must be exactly the guide its YAML loads to now, so a property it leaves out or writes wrong fails.
@Suite struct CompiledBuiltinGuidesTests {
    @Test(arguments: BuiltinGuideFiles.ids)
    func theCompiledGuideEqualsTheGuideItsYAMLLoadsTo(id: String) throws {
        let fromYAML = try GuideLoader.load(builtin: id, bytes: try BuiltinGuideFiles.bytes(id))
        let compiled = try #require(BuiltinGuides.guide(id: id), "\(id).yaml is not compiled in")
        #expect(compiled == fromYAML)
        #expect(compiled.origin == "builtin:\(id)")
    }

    @Test func everyGuideFileIsCompiledInAndNoOther() {
        #expect(BuiltinGuideFiles.ids.count >= 8, "the YAML files were found in \(BuiltinGuideFiles.folder.path)")
        #expect(BuiltinGuides.ids == BuiltinGuideFiles.ids)
        #expect(BuiltinGuides.guide(id: "no-such-guide") == nil)
    }
}

import Foundation
import KeyworkDiagnostics
import Testing

@testable import KeyworkGuides

/// The folder of YAML fixtures beside these tests.
let fixturesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

/// The YAML of the built-in guides (KeyworkBuiltinGuides), good guides to load and to mutate.
let builtinGuidesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Sources/KeyworkBuiltinGuides/BuiltinGuides").standardized

func fixturePath(_ name: String) -> String {
    fixturesFolder.appendingPathComponent(name).path
}

/// The diagnostics of YAML that must fail to load; records an issue if it loads.
func loadErrors(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
    do {
        let guide = try GuideLoader.load(yaml: yaml, file: "test.yaml", origin: "test.yaml")
        Issue.record("expected errors, but guide '\(guide.id)' loaded", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.diagnostics
    }
}

/// A minimal valid guide header, followed by the given screens (indented as list items under `screens:`).
/// The header is 6 lines, so the first screen line is line 7.
func guideYAML(screens: String) -> String {
    """
    keywork: 1
    id: test
    title: Test
    version: "1"
    sources: [Test]
    screens:
    \(screens)
    """
}

extension Diagnostic {
    var lineColumn: String { "\(location?.line ?? 0):\(location?.column ?? 0)" }
}

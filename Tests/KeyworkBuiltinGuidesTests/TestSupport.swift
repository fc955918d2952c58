import Foundation

/// The built-in guides' YAML files, read from the source tree as a developer edits them.
enum BuiltinGuideFiles {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/KeyworkBuiltinGuides/BuiltinGuides").standardized

    /// Each file's name without `.yaml`, sorted: the ids the built-in guides must have.
    static var ids: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    static func bytes(_ id: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(id + ".yaml")))
    }
}

/// A guide file among the guide loader's own fixtures (Tests/KeyworkGuidesTests/Fixtures).
func fixturePath(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../KeyworkGuidesTests/Fixtures/\(name)").standardized.path
}

import Foundation
import KeyworkGuides
import Testing

/// The agency's guide folder: listed beside the built-in guides, and a guide there replaces the built-in of its id.
@Suite struct GuideFolderTests {
    let folder = NSTemporaryDirectory() + "keywork-guide-folder-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: fixturePath("tour.yaml"), toPath: folder + "/our-tour.yaml")
        try FileManager.default.copyItem(atPath: fixturePath("good.yaml"), toPath: folder + "/good.yml")
        try "not a guide".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
    }

    @Test func aFolderGuideReplacesTheBuiltInOfTheSameIDAndOthersAreAdded() throws {
        let good = try GuideLoader.load(contentsOf: fixturePath("good.yaml"))
        let guides = try GuideLibrary.available(folder: folder)
        #expect(guides.map(\.id) == (BuiltinGuides.ids + [good.id]).sorted())
        #expect(guides.first { $0.id == "tour" }?.origin == folder + "/our-tour.yaml")
        #expect(try GuideLibrary.resolve("tour", folder: folder).origin == folder + "/our-tour.yaml")
        #expect(try GuideLibrary.resolve(good.id, folder: folder).origin == folder + "/good.yml")
        #expect(try GuideLibrary.resolve("tour", folder: nil).origin == "builtin:tour")
    }

    @Test func aBrokenGuideInTheFolderIsAnErrorNotASilentGap() throws {
        try "keywork: 1\nid: broken\n".write(toFile: folder + "/broken.yaml", atomically: true, encoding: .utf8)
        #expect(throws: GuideLoadError.self) { try GuideLibrary.available(folder: folder) }
    }

    @Test func aMissingFolderSaysHowToChangeIt() throws {
        do {
            _ = try GuideLibrary.available(folder: folder + "/nowhere")
            Issue.record("a missing folder was accepted")
        } catch {
            #expect(error.kind == .notFound)
            #expect(error.diagnostics.first?.note?.contains("keywork config set guide_folder") == true)
        }
    }
}

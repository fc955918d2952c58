import Foundation
import KeyworkBuiltinGuides
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
        let guides = try GuideLibrary.available(folder: folder).guides
        #expect(guides.map(\.id) == (BuiltinGuides.ids + [good.id]).sorted())
        #expect(guides.first { $0.id == "tour" }?.origin == folder + "/our-tour.yaml")
        #expect(try GuideLibrary.resolve("tour", folder: folder).origin == folder + "/our-tour.yaml")
        #expect(try GuideLibrary.resolve(good.id, folder: folder).origin == folder + "/good.yml")
        #expect(try GuideLibrary.resolve("tour", folder: nil).origin == "builtin:tour")
    }

    @Test func aBrokenGuideInTheFolderIsListedWithItsErrorsAndHidesNoOtherGuide() throws {
        try "keywork: 1\nid: broken\n".write(toFile: folder + "/broken.yaml", atomically: true, encoding: .utf8)
        let catalogue = try GuideLibrary.available(folder: folder)
        #expect(catalogue.broken.map(\.path) == [folder + "/broken.yaml"])
        #expect(catalogue.broken.first?.error.diagnostics.first?.location?.line == 1)
        #expect(Set(BuiltinGuides.ids).isSubset(of: catalogue.guides.map(\.id)), "every built-in guide still there")
        #expect(catalogue.guides.contains { $0.origin == folder + "/good.yml" }, "and every good one of the folder")
        #expect(try GuideLibrary.resolve("tour", folder: folder).origin == folder + "/our-tour.yaml")
    }

    @Test func aSecondGuideWithAnIDAlreadyTakenIsTheBrokenOne() throws {
        try FileManager.default.copyItem(atPath: fixturePath("tour.yaml"), toPath: folder + "/zz-tour-again.yaml")
        let catalogue = try GuideLibrary.available(folder: folder)
        #expect(catalogue.broken.map(\.path) == [folder + "/zz-tour-again.yaml"])
        #expect(catalogue.guides.first { $0.id == "tour" }?.origin == folder + "/our-tour.yaml")
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

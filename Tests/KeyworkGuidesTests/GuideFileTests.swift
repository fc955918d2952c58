import Foundation
import KeyworkGuides
import Testing

/// A guide path is opened once and read through that descriptor: only a regular file of at most the size
/// limit is read, a byte order mark is skipped, and the guide remembers where it came from as an absolute path.
@Suite struct GuideFileTests {
    let folder = NSTemporaryDirectory() + "keywork-guide-file-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func errorLoading(_ path: String) -> GuideLoadError? {
        do {
            _ = try GuideLoader.load(contentsOf: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func aGuideWithAByteOrderMarkLoadsWithItsLinesAndColumnsUnchanged() throws {
        let yaml = try String(contentsOfFile: fixturePath("good.yaml"), encoding: .utf8)
        let path = folder + "/bom.yaml"
        try Data([0xEF, 0xBB, 0xBF] + Array(yaml.utf8)).write(to: URL(fileURLWithPath: path))
        #expect(
            try GuideLoader.load(contentsOf: path).id == (try GuideLoader.load(contentsOf: fixturePath("good.yaml")).id)
        )
        try Data([0xEF, 0xBB, 0xBF] + Array("keywork: 1\nid: x\ntitle: [\n".utf8)).write(to: URL(fileURLWithPath: path))
        #expect(
            errorLoading(path)?.diagnostics.first?.location?.line ?? 0 >= 3, "the error is where it is, not at line 2")
    }

    @Test func aLinkToAHugeFileIsRefusedByTheSizeOfWhatItPointsTo() throws {
        let huge = folder + "/huge.yaml"
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        try handle.truncate(atOffset: 4 << 30)
        try handle.close()
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.yaml", withDestinationPath: huge)
        let error = errorLoading(folder + "/link.yaml")
        #expect(error?.kind == .invalid)
        #expect(error?.diagnostics.first?.message.contains("4294967296 bytes") == true)
    }

    @Test func aFolderAPipeAndADeviceAreRefusedWithoutWaitingOrReading() throws {
        let pipe = folder + "/pipe.yaml"
        #expect(mkfifo(pipe, 0o600) == 0)
        for path in [folder, pipe, "/dev/zero"] {
            let error = errorLoading(path)
            #expect(error?.kind == .unreadable, "\(path)")
        }
        #expect(errorLoading(pipe)?.diagnostics.first?.message.contains("not a regular file") == true)
        #expect(errorLoading(folder + "/nothing.yaml")?.kind == .notFound)
    }

    @Test func aGuideOpenedByARelativePathRemembersItsAbsolutePath() throws {
        try FileManager.default.copyItem(atPath: fixturePath("good.yaml"), toPath: folder + "/good.yaml")
        // Relative to the working folder, without changing it (other tests run meanwhile).
        let depth = FileManager.default.currentDirectoryPath.split(separator: "/").count
        let relative = String(repeating: "../", count: depth) + folder.drop { $0 == "/" } + "/good.yaml"
        let guide = try GuideLoader.load(contentsOf: relative)
        let expected = try #require(realpath(folder + "/good.yaml", nil))
        defer { free(expected) }
        #expect(guide.origin == String(cString: expected))
    }
}

@Suite struct BidiControlTests {
    @Test func aBidiControlCharacterInAGuideIsAnErrorAtItsLineAndColumn() {
        let yaml = """
            keywork: 1
            id: rtl
            title: "Safe \u{202E}txet\u{202C}"
            version: "1"
            screens: [{id: a, type: info, title: "שלום", body: "עברית \u{2067}without controls\u{2069}"}]
            """
        let errors = loadErrors(yaml)
        #expect(errors.map(\.location?.line) == [3, 3, 5, 5])
        #expect(errors.first?.location?.column == 14)
        #expect(errors.first?.message.contains("U+202E RIGHT-TO-LEFT OVERRIDE") == true)
    }

    @Test func rightToLeftTextWithoutControlsLoads() throws {
        let yaml = """
            keywork: 1
            id: rtl
            title: "مرحبا שלום"
            version: "1"
            screens: [{id: a, type: info, title: "שלום", body: "السلام عليكم"}]
            """
        #expect(try GuideLoader.load(yaml: yaml, file: "rtl.yaml", origin: "test").title == "مرحبا שלום")
    }
}

import Foundation
import KeyworkRecord
import Testing

/// `keywork export -o FILE` writes only a regular file, outside every store, never through what is there.
@Suite struct CopyFileTests {
    private let folder = TemporaryFolder()
    private let copy = Array("Your copy\n".utf8)

    private func refusal(_ path: String, stores: [String] = []) -> CopyFile.Refusal? {
        do throws(CopyFile.Refusal) {
            try CopyFile.write(copy, to: path, stores: stores)
            return nil
        } catch {
            return error
        }
    }

    @Test func aNewFileAndAnOrdinaryOneAreWrittenWholeAndReadableByThisUserOnly() throws {
        let path = folder.path + "/copy.txt"
        #expect(refusal(path) == nil)
        try "an older copy, longer than the new one\n".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o644)
        #expect(refusal(path) == nil)
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: path))) == copy)
        #expect(fileMode(path) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["copy.txt"], "no temporary left")
    }

    @Test func aLinkAPipeADeviceOrAFolderThereIsNeverWrittenThroughOrReplaced() throws {
        let target = folder.path + "/target.txt"
        try "keep me".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.txt", withDestinationPath: target)
        #expect(mkfifo(folder.path + "/pipe", 0o600) == 0)
        for path in [folder.path + "/link.txt", folder.path + "/pipe", "/dev/null", "/dev/full", folder.path] {
            #expect(refusal(path)?.message.contains("not a regular file") == true, "\(path)")
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me")
        var status = stat()
        #expect(lstat(folder.path + "/link.txt", &status) == 0 && status.st_mode & S_IFMT == S_IFLNK)
        #expect(lstat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func nothingInsideAStoreIsEverWrittenNotEvenThroughAnotherPathToIt() throws {
        let store = folder.store
        try store.prepare()
        let journal = store.sessionFolder("20261127-024630-a1b2c3") + "/journal.jsonl"
        try FileManager.default.createDirectory(
            atPath: store.sessionFolder("20261127-024630-a1b2c3"), withIntermediateDirectories: true)
        try "sealed".write(toFile: journal, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/into-store", withDestinationPath: store.root)
        for path in [journal, store.root + "/copy.txt", folder.path + "/into-store/sessions/x.txt"] {
            #expect(refusal(path, stores: [store.root])?.message.contains("inside the record store") == true, "\(path)")
        }
        #expect(try String(contentsOfFile: journal, encoding: .utf8) == "sealed")
    }

    @Test func aFolderThatDoesNotExistIsSaid() {
        #expect(refusal(folder.path + "/nowhere/copy.txt")?.message.contains("does not exist") == true)
    }
}

import Foundation
import KeyworkRecord
import Testing

/// The store's side of the agency archive: the cache of fetched sessions and the note of what is archived.
@Suite struct ArchiveCacheTests {
    static func emptyStore() throws -> Store {
        let root = NSTemporaryDirectory() + "keywork-cache-" + UUID().uuidString + "/store"
        let store = Store(root: root)
        try store.prepare()
        return store
    }

    @Test func aFetchedSessionIsKeptApartFromTheStoresOwnAndNeverOverwrittenWithOtherBytes() throws {
        let store = try Self.emptyStore()
        let cache = ArchiveCache(store: store)
        let id = "20261102-120000-abcdef"
        #expect(store.linkedSessionFolder(id) == store.sessionFolder(id))
        try cache.save(sessionID: id, journal: Array("journal\n".utf8), seal: Array("seal".utf8))
        #expect(cache.contains(id))
        #expect(try store.listSessions().isEmpty, "nothing is put in sessions/")
        #expect(store.linkedSessionFolder(id) == store.root + "/archive-cache/sessions/" + id)
        // The same bytes again are fine; other bytes are refused and the cached ones kept.
        try cache.save(sessionID: id, journal: Array("journal\n".utf8), seal: Array("seal".utf8))
        #expect(throws: RecordError.self) {
            try cache.save(sessionID: id, journal: Array("journal\n".utf8), seal: Array("other".utf8))
        }
        #expect(
            try String(contentsOfFile: cache.sessionFolder(id) + "/seal.sig", encoding: .utf8) == "seal")
        var mode = stat()
        stat(cache.sessionFolder(id) + "/journal.jsonl", &mode)
        #expect(mode.st_mode & 0o777 == 0o600)
        // A copy whose seal a crash kept from being written is completed by the next fetch.
        try FileManager.default.removeItem(atPath: cache.sessionFolder(id) + "/seal.sig")
        try cache.save(sessionID: id, journal: Array("journal\n".utf8), seal: Array("seal".utf8))
        #expect(FileManager.default.fileExists(atPath: cache.sessionFolder(id) + "/seal.sig"))
        #expect(throws: RecordError.self) { try cache.save(sessionID: "../x", journal: [], seal: []) }
    }

    @Test func theArchiveMarksListWhatIsArchivedAndATornLastLineIsAskedAboutAgain() throws {
        let store = try Self.emptyStore()
        let marks = ArchiveMarks(store: store)
        #expect(try marks.read().isEmpty)
        try marks.append([("20261102-120000-aaaaaa", "11"), ("20261102-120000-bbbbbb", "22")])
        let torn = try FileHandle(forWritingTo: URL(fileURLWithPath: marks.path))
        try torn.seekToEnd()
        try torn.write(contentsOf: Data("{\"session\":\"20261102-120000-cccccc\",\"journal".utf8))
        try torn.close()
        #expect(try marks.read() == ["20261102-120000-aaaaaa": "11", "20261102-120000-bbbbbb": "22"])
    }
}

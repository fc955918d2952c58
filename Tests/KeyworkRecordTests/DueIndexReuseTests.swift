import Foundation
import KeyworkForgery
import Testing

@testable import KeyworkRecord

/// A store copied or restored gives every file new times and inodes, so no index entry's identities match; a session
/// whose two files still hold the bytes its entry was made from is not verified again, and any other is.
@Suite struct DueIndexReuseTests {
    /// One pass of `due`'s facts over the store, with every file counted as settled, and the index written.
    static func gather(_ built: DueIndexTests.Built) throws -> DueFacts {
        let settings = DueFacts.Settings(settleNanoseconds: -1_000_000_000_000)
        var gathered = DueFacts.gather(
            store: built.store, sessionIDs: try built.store.sessionIDs(),
            trust: try VerificationTrust.of(store: built.store), guide: built.guide, settings: settings)
        if let pending = gathered.pendingIndex {
            let write = OwnThread(writing: { () throws(RecordError) in
                try pending.index.write(inIDOrder: pending.entries, io: settings.io)
            })
            gathered.finish(write.result())
        }
        return gathered
    }

    /// Gives both files of every sealed session new modification and change times, their bytes kept.
    static func touchEverySession(_ built: DueIndexTests.Built) throws {
        for id in try built.store.sessionIDs() {
            for name in ["journal.jsonl", "seal.sig"] {
                let path = built.store.sessionFolder(id) + "/" + name
                guard Store.exists(path) else { continue }
                var times = [timespec(tv_sec: 1_800_000_000, tv_nsec: 0), timespec(tv_sec: 1_800_000_000, tv_nsec: 0)]
                #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
            }
        }
    }

    @Test func touchedSessionsAreComparedByTheirBytesAndNotVerifiedAgain() throws {
        let built = try DueIndexTests.build()
        let plain = try DueIndexTests.due(built, usingIndex: false).list
        let count = try DueIndexTests.sessionCount(built)
        let first = try Self.gather(built)
        #expect((first.sessionsRead, first.sessionsReused) == (count, 0))

        try Self.touchEverySession(built)
        let indexed = count - 1  // the unfinished session is never indexed
        // Only a valid session's entry is taken on its bytes: the forged one is verified again.
        let touched = try Self.gather(built)
        #expect((touched.sessionsRead, touched.sessionsReused) == (2, indexed - 1))
        #expect(touched.facts == first.facts)
        // The entries now hold the new times: nothing is compared the next time.
        let after = try Self.gather(built)
        #expect((after.sessionsRead, after.sessionsReused) == (1, 0))
        #expect(try DueIndexTests.due(built).list == plain)
    }

    @Test func aStoreCopiedElsewhereKeepsItsIndex() throws {
        let built = try DueIndexTests.build()
        let plain = try DueIndexTests.due(built, usingIndex: false).list
        _ = try Self.gather(built)
        // Copied file by file, as a backup is restored: new inodes, and new times for every file.
        let root = built.folder.path + "/copy"
        try FileManager.default.copyItem(atPath: built.due.root, toPath: root)
        let copy = DueIndexTests.Built(
            folder: built.folder, due: try DueStore(root: root), review: built.review, sessions: built.sessions)
        let count = try DueIndexTests.sessionCount(copy)
        let gathered = try Self.gather(copy)
        #expect((gathered.sessionsRead, gathered.sessionsReused) == (2, count - 2))
        #expect(try DueIndexTests.due(copy).list == plain)
    }

    @Test func aSessionWhoseBytesChangedIsVerifiedAgainAndItsDamageReported() throws {
        let built = try DueIndexTests.build()
        _ = try Self.gather(built)
        let revisit = try #require(built.sessions["revisit"])
        let wait = try #require(built.sessions["wait"])
        let review = try #require(built.sessions["review"])
        // One session's folder now holds another's valid files; another's seal and a third's journal have one
        // byte changed.
        for name in ["journal.jsonl", "seal.sig"] {
            let bytes = readBytes(built.store.sessionFolder(wait) + "/" + name)
            writeBytes(built.store.sessionFolder(revisit) + "/" + name, bytes)
        }
        let sealPath = built.store.sessionFolder(wait) + "/seal.sig"
        var seal = readBytes(sealPath)
        let digit = try #require(seal.firstIndex(of: UInt8(ascii: "2")))
        seal[digit] = UInt8(ascii: "3")
        writeBytes(sealPath, seal)
        try built.due.tamper(review)
        try Self.touchEverySession(built)

        let gathered = try Self.gather(built)
        let count = try DueIndexTests.sessionCount(built)
        #expect((gathered.sessionsRead, gathered.sessionsReused) == (5, count - 5))
        for id in [revisit, wait, review] {
            let facts = try #require(gathered.facts.first { $0.sessionID == id })
            #expect(facts.outcome != .valid, "\(id): \(facts.outcome)")
        }
        let list = try DueIndexTests.due(built).list
        #expect(list == (try DueIndexTests.due(built, usingIndex: false).list))
        for id in [revisit, wait, review] {
            #expect(list.attention.contains { $0.sessionID == id && $0.kind == "does_not_verify" }, "\(id)")
        }
    }

    @Test func anIndexOfFormatTwoIsRebuilt() throws {
        let built = try DueIndexTests.build()
        _ = try Self.gather(built)
        var bytes = readBytes(built.indexPath)
        let newline = try #require(bytes.firstIndex(of: UInt8(ascii: "\n")))
        #expect(String(decoding: bytes[..<newline], as: UTF8.self) == "keywork-due-index/3")
        bytes.replaceSubrange(..<newline, with: Array("keywork-due-index/2".utf8))
        writeBytes(built.indexPath, bytes)
        let count = try DueIndexTests.sessionCount(built)
        let rebuilt = try Self.gather(built)
        #expect((rebuilt.sessionsRead, rebuilt.sessionsReused) == (count, 0))
        #expect(readBytes(built.indexPath).starts(with: Array("keywork-due-index/3\n".utf8)))
    }
}

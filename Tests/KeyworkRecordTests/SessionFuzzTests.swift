import Foundation
import KeyworkBuiltinGuides
import KeyworkGuides
import KeyworkSession
import KeyworkTestSupport
import Testing

@testable import KeyworkRecord

/// Ten thousand damaged copies of sealed sessions (the committed golden one and fresh ones): each fails
/// verification unless it is byte for byte the original. Unfinished journals, damaged the same ways, either
/// resume and replay cleanly or are quarantined with a reason; nothing traps.
@Suite struct SessionFuzzTests {
    static let seed: UInt64 = 7
    static let caseCount = 10_000
    static let unfinishedCaseCount = 1_000

    private let folder = TemporaryFolder()

    /// A sealed session to damage, with the key that sealed it.
    struct Original {
        var id: String
        var files: SessionFiles
        var trust: VerificationTrust
    }

    private static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden").appendingPathComponent(Fixture.sessionID).path

    private func files(in sessionFolder: String) -> SessionFiles {
        SessionFiles(journal: readBytes(sessionFolder + "/journal.jsonl"), seal: readBytes(sessionFolder + "/seal.sig"))
    }

    /// The golden session and three fresh ones: the same content under another id, another key, and a longer one.
    private func originals() throws -> [Original] {
        let store = folder.store
        let key = Fixture.key()
        let other = Fixture.otherKey()
        var made = [Original(id: Fixture.sessionID, files: files(in: Self.goldenFolder), trust: Fixture.trust(key))]
        for (id, signingKey) in [("20261127-024630-ffffff", key), ("20261127-031500-0a0b0c", other)] {
            let sealed = try Fixture.sealedSession(store: store, sessionID: id, key: signingKey)
            made.append(Original(id: id, files: files(in: sealed), trust: Fixture.trust(signingKey)))
        }
        let longer = try Fixture.openSession(store: store, sessionID: "20261127-040000-123abc", key: key)
        for minute in 0..<20 {
            try longer.append(Fixture.events, now: Fixture.start.addingTimeInterval(Double(minute * 60)))
        }
        try longer.seal(signer: Fixture.signer, meaning: Fixture.meaning, key: key, now: Fixture.start)
        made.append(Original(id: longer.sessionID, files: files(in: longer.folder), trust: Fixture.trust(key)))
        for original in made {
            let check = Verifier.verify(
                sealBytes: original.files.seal, journalBytes: original.files.journal, folderName: original.id,
                trust: original.trust)
            try #require(check.verification.isValid, "original \(original.id) must verify before it is damaged")
        }
        return made
    }

    @Test func everyMutatedSealedSessionFailsVerificationUnlessUnchanged() throws {
        let originals = try originals()
        let watchdog = FuzzWatchdog()
        defer { watchdog.stop() }
        var identical = 0
        var rejected = 0
        for index in 0..<Self.caseCount {
            var random = SeededRandom.forCase(index, seed: Self.seed)
            let original = originals[index % originals.count]
            let mutator = SessionMutator(donors: originals.filter { $0.id != original.id }.map(\.files))
            let mutant = mutator.mutant(of: original.files, using: &random)
            watchdog.begin("session fuzz case \(index) (seed \(Self.seed))")
            let result = Verifier.verify(
                sealBytes: mutant.seal, journalBytes: mutant.journal, folderName: original.id, trust: original.trust)
            watchdog.end()
            if mutant == original.files {
                identical += 1
                #expect(result.verification.isValid, "case \(index): the unchanged session must verify")
            } else if result.verification.isValid {
                Issue.record("session fuzz case \(index) (seed \(Self.seed)) of \(original.id) passed verification")
            } else {
                rejected += 1
            }
        }
        let verdict = identical + rejected == Self.caseCount ? "all rejected or identical" : "SOME ACCEPTED"
        print(
            "session fuzz: \(Self.caseCount) cases, seed \(Self.seed), \(verdict) "
                + "(\(rejected) rejected, \(identical) identical)")
        #expect(rejected > Self.caseCount * 9 / 10)
    }

    /// An unfinished session of the built-in tour, with the kinds of events a real one records.
    private func unfinishedTour(store: Store) throws -> (journal: [UInt8], guide: Guide, sessionID: String) {
        let guide = try #require(BuiltinGuides.guide(id: "tour"))
        let context = SessionContext(keyworker: "Sam Keyworker", clientReference: "C-1042")
        let journal = try SessionJournal.start(
            store: store, guide: guide, context: context, deviceKey: Fixture.key(), clock: { Fixture.start })
        var state = SessionState(guide: guide, context: context)
        let actions: [SessionAction] = [
            .start, .proceed, .noteQuestion("What is a \"keyworker\"?"), .togglePrivacy, .togglePrivacy,
            .flag(words: "not sure — café"), .pause, .resume(note: nil),
        ]
        for action in actions {
            if let events = try? Session.reduce(&state, action) { try journal.record(events) }
        }
        journal.close()
        let bytes = readBytes(store.sessionFolder(journal.sessionID) + "/journal.jsonl")
        try FileManager.default.removeItem(atPath: store.sessionFolder(journal.sessionID))
        return (bytes, guide, journal.sessionID)
    }

    @Test func mutatedUnfinishedJournalsResumeCleanlyOrAreQuarantined() throws {
        let store = folder.store
        let (original, guide, sessionID) = try unfinishedTour(store: store)
        let golden = files(in: Self.goldenFolder)
        let mutator = SessionMutator(donors: [golden])
        let sessionFolder = store.sessionFolder(sessionID)
        let watchdog = FuzzWatchdog()
        defer { watchdog.stop() }
        var counts: [String: Int] = [:]
        for index in 0..<Self.unfinishedCaseCount {
            var random = SeededRandom.forCase(index, seed: Self.seed)
            let mutant = mutator.mutant(of: SessionFiles(journal: original, seal: []), using: &random).journal
            try? FileManager.default.removeItem(atPath: sessionFolder)
            try FileManager.default.createDirectory(atPath: sessionFolder, withIntermediateDirectories: true)
            writeBytes(sessionFolder + "/journal.jsonl", mutant)
            watchdog.begin("unfinished journal fuzz case \(index) (seed \(Self.seed))")
            let outcome = Self.resumeAndReplay(store: store, sessionID: sessionID, guide: guide)
            watchdog.end()
            switch outcome {
            case .failure(let problem):
                Issue.record("unfinished journal fuzz case \(index) (seed \(Self.seed)): \(problem)")
            case .success(let kind):
                counts[kind, default: 0] += 1
                if kind == "quarantined" {
                    #expect(!Store.exists(sessionFolder), "case \(index): a quarantined folder is moved aside")
                }
            }
        }
        let summary = counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        print("unfinished journal fuzz: \(Self.unfinishedCaseCount) cases, seed \(Self.seed), \(summary)")
        #expect((counts["quarantined"] ?? 0) > 0)
        #expect((counts["replayed"] ?? 0) + (counts["replayed after cutting a torn line"] ?? 0) > 0)
    }

    /// What resume does with whatever is on disk: the name of a clean outcome, or why it was not clean.
    static func resumeAndReplay(store: Store, sessionID: String, guide: Guide) -> Result<String, FuzzProblem> {
        // The listing on the resume screen reads the journal first, and must cope with anything.
        _ = UnfinishedSession.read(store: store, sessionID: sessionID)
        let opened: (Journal, [JournalEntry], ResumeReport)
        do {
            opened = try Journal.resume(store: store, sessionID: sessionID, now: Fixture.start)
        } catch {
            if case .quarantined = error { return .success("quarantined") }
            // A mutant cut to nothing is a start cut short: its folder is taken away.
            if case .neverStarted = error, !Store.exists(store.sessionFolder(sessionID)) {
                return .success("removed as never started")
            }
            return .failure(FuzzProblem("resume failed other than by quarantine: \(error)"))
        }
        let (journal, entries, report) = opened
        defer { journal.close() }
        let events: [SessionEvent]
        do {
            events = try SessionJournal.events(from: entries)
        } catch {
            // The chain holds but an event cannot be read: resume refuses with this message.
            return error.description.isEmpty ? .failure(FuzzProblem("an empty error")) : .success("refused to replay")
        }
        let context = SessionContext(
            keyworker: journal.header.keyworker, clientReference: journal.header.clientReference)
        _ = Session.replay(guide: guide, context: context, events: events)
        _ = Session.currentScreen(after: events)
        return .success(report == .clean ? "replayed" : "replayed after cutting a torn line")
    }
}

/// Why a fuzz case went wrong, in words for the test log.
struct FuzzProblem: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

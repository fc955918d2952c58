import Foundation
import KeyworkTestSupport
import Testing

/// A golden check compares, or, when its own switch asks, records and fails: a run that rewrites goldens can
/// never pass, and a refresh of the goldens never touches the transcript-format fixtures.
@Suite final class GoldenFilesTests {
    /// A fresh folder per test (Swift Testing makes a fresh suite instance per test), removed afterwards.
    private let parent = URL(fileURLWithPath: NSTemporaryDirectory())
        .appendingPathComponent("keywork-golden-\(UUID().uuidString)")
    private var folder: URL { parent.appendingPathComponent("Golden") }

    deinit {
        try? FileManager.default.removeItem(at: parent)
    }

    private static let updating = ["KEYWORK_UPDATE_GOLDEN": "1"]
    private static let recordingFixtures = ["KEYWORK_RECORD_TRANSCRIPT_FIXTURES": "1"]

    private func goldens(_ environment: [String: String] = [:]) -> GoldenFiles {
        GoldenFiles(folder: folder, environment: environment)
    }

    private func fixtures(_ environment: [String: String] = [:]) -> GoldenFiles {
        GoldenFiles(folder: folder, recordedBy: .transcriptFixtures, environment: environment)
    }

    private func contents(_ name: String) -> String? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    private func write(_ text: String, to name: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    private static func says(_ words: String) -> (Issue) -> Bool {
        { issue in issue.comments.contains { $0.rawValue.contains(words) } }
    }

    @Test func recordingWritesTheFileAndThenFails() {
        withKnownIssue {
            goldens(Self.updating).check("line one\nline two\n", named: "sample.txt")
        } matching: { issue in
            Self.says("recorded a new golden Golden/sample.txt (new)")(issue)
                && Self.says("run again without KEYWORK_UPDATE_GOLDEN")(issue)
        }
        #expect(contents("sample.txt") == "line one\nline two\n")
        goldens().check("line one\nline two\n", named: "sample.txt")
    }

    @Test func recordingFailsEvenWhenTheGoldenIsUnchanged() throws {
        try write("same\n", to: "same.txt")
        withKnownIssue {
            goldens(Self.updating).check("same\n", named: "same.txt")
        } matching: {
            Self.says("recorded a new golden Golden/same.txt (unchanged)")($0)
        }
    }

    @Test func recordingMakesTheFoldersItNeeds() {
        withKnownIssue {
            fixtures(Self.recordingFixtures).check(bytes: [0, 1, 2], named: "session/journal.jsonl")
        } matching: {
            Self.says("recorded a new golden Golden/session/journal.jsonl (new)")($0)
        }
        #expect(FileManager.default.contents(atPath: fixtures().path("session/journal.jsonl")) == Data([0, 1, 2]))
    }

    @Test func aDifferenceNamesTheLinesThatDifferAndHowToRecord() throws {
        try write("same\nold\n", to: "frame.txt")
        withKnownIssue {
            goldens().check("same\nnew\n", named: "frame.txt")
        } matching: { issue in
            Self.says("differs from Golden/frame.txt")(issue) && Self.says("KEYWORK_UPDATE_GOLDEN=1")(issue)
                && Self.says("line 2:\n  - old\n  + new")(issue) && !Self.says("line 1:")(issue)
        }
        #expect(contents("frame.txt") == "same\nold\n")
    }

    @Test func aMissingGoldenFailsAndIsNotWrittenUnasked() {
        withKnownIssue {
            goldens().check("anything", named: "missing.txt")
        } matching: {
            Self.says("no golden file Golden/missing.txt; run with KEYWORK_UPDATE_GOLDEN=1")($0)
        }
        #expect(contents("missing.txt") == nil)
    }

    @Test func updatingTheGoldensNeverRecordsTheTranscriptFixtures() throws {
        try write("journal as committed\n", to: "journal.jsonl")
        let fixtures = fixtures(Self.updating)
        #expect(!fixtures.isRecording)
        withKnownIssue {
            fixtures.check(bytes: Array("journal as written today\n".utf8), named: "journal.jsonl")
        } matching: { issue in
            Self.says("differs from Golden/journal.jsonl")(issue)
                && Self.says("KEYWORK_RECORD_TRANSCRIPT_FIXTURES=1")(issue)
        }
        fixtures.recordIfAsked(bytes: [1, 2, 3], named: "seal.sig")
        #expect(contents("journal.jsonl") == "journal as committed\n")
        #expect(contents("seal.sig") == nil)
    }

    @Test func onlyTheirOwnSwitchRecordsTheTranscriptFixtures() throws {
        #expect(!goldens(Self.recordingFixtures).isRecording)
        withKnownIssue {
            fixtures(Self.recordingFixtures).recordIfAsked(bytes: [1, 2, 3], named: "seal.sig")
        } matching: {
            Self.says("recorded a new golden Golden/seal.sig (new)")($0)
        }
        #expect(FileManager.default.contents(atPath: fixtures().path("seal.sig")) == Data([1, 2, 3]))
    }

    @Test func onlyTheValueOneRecords() {
        #expect(!goldens(["KEYWORK_UPDATE_GOLDEN": "0"]).isRecording)
        #expect(!goldens(["KEYWORK_UPDATE_GOLDEN": ""]).isRecording)
        #expect(goldens(Self.updating).isRecording)
    }

    @Test func theGoldenFolderIsBesideTheCallingFile() {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        #expect(GoldenFiles().folder == here.appendingPathComponent("Golden"))
    }
}

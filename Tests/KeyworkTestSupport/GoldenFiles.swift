// KeyworkTestSupport holds what many test targets need: golden files, seeded randomness and the fuzz
// mutators built on it, and in-memory stand-ins for the recorder and the speaker. It may import Foundation,
// Testing, KeyworkSession and KeyworkTerminal (for the protocols its stand-ins keep). It is for tests only,
// and writes nothing but the golden files a record switch asks it to record.

import Foundation
import Testing

/// The golden files in a test target's Golden/ folder: each check compares, or, when its switch asks, records.
///
/// Recording writes the file and then fails the test ("recorded a new golden …"), as swift-argument-parser's
/// `expectSnapshot` does, so a run that rewrites goldens can never pass: read the diff, then run again
/// without the switch.
public struct GoldenFiles: Sendable {
    /// An environment variable that tells a set of golden files to record themselves instead of comparing.
    public struct RecordSwitch: Sendable, Equatable {
        public let variable: String

        /// The frames, copies and transcripts that change whenever the screens or words do.
        public static let goldens = RecordSwitch(variable: "KEYWORK_UPDATE_GOLDEN")
        /// The committed sessions and ledger that show old journals keep verifying (Docs/transcript-format.md).
        /// Separate, so that a routine refresh of the goldens can never reset the check that guards old records.
        public static let transcriptFixtures = RecordSwitch(variable: "KEYWORK_RECORD_TRANSCRIPT_FIXTURES")
    }

    /// The Golden/ folder.
    public let folder: URL
    public let recordSwitch: RecordSwitch
    /// Whether this run records instead of comparing.
    public let isRecording: Bool

    /// The Golden/ folder beside the calling file, recorded when `recordSwitch` is set to 1 in `environment`.
    public init(
        beside filePath: String = #filePath, recordedBy recordSwitch: RecordSwitch = .goldens,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.init(
            folder: URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden"),
            recordedBy: recordSwitch, environment: environment)
    }

    public init(
        folder: URL, recordedBy recordSwitch: RecordSwitch = .goldens,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.folder = folder
        self.recordSwitch = recordSwitch
        isRecording = environment[recordSwitch.variable] == "1"
    }

    /// The path of the golden file `name` (which may name a subfolder, such as `session/journal.jsonl`).
    public func path(_ name: String) -> String {
        folder.appendingPathComponent(name).path
    }

    /// Compares `actual` with the golden text file `name`, showing the lines that differ.
    public func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        check(Array(actual.utf8), named: name, sourceLocation: sourceLocation) { expected in
            Self.lineDiff(expected: String(decoding: expected, as: UTF8.self), actual: actual)
        }
    }

    /// Compares `actual` with the golden file `name` byte for byte.
    public func check(bytes actual: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        check(actual, named: name, sourceLocation: sourceLocation) { expected in
            "\(expected.count) bytes committed, \(actual.count) bytes now"
        }
    }

    /// Records `bytes` as the golden file `name` when this run records, and does nothing otherwise: for a
    /// file the test compares in parts of its own (a seal, whose signature may differ run to run).
    public func recordIfAsked(bytes: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard isRecording else { return }
        record(bytes, named: name, sourceLocation: sourceLocation)
    }

    private func check(
        _ actual: [UInt8], named name: String, sourceLocation: SourceLocation, difference: ([UInt8]) -> String
    ) {
        if isRecording {
            record(actual, named: name, sourceLocation: sourceLocation)
            return
        }
        guard let expected = FileManager.default.contents(atPath: path(name)).map(Array.init) else {
            Issue.record(
                "no golden file \(shown(name)); run with \(recordSwitch.variable)=1 and read it before committing",
                sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record(
                """
                differs from \(shown(name)); if the change is meant, run with \(recordSwitch.variable)=1 and \
                read the diff:
                \(difference(expected))
                """,
                sourceLocation: sourceLocation)
        }
    }

    private func record(_ bytes: [UInt8], named name: String, sourceLocation: SourceLocation) {
        let url = folder.appendingPathComponent(name)
        let before = FileManager.default.contents(atPath: url.path).map(Array.init)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            Issue.record("could not record \(shown(name)): \(error)", sourceLocation: sourceLocation)
            return
        }
        let what = before == nil ? "new" : before == bytes ? "unchanged" : "changed"
        Issue.record(
            """
            recorded a new golden \(shown(name)) (\(what)); read its diff, then run again without \
            \(recordSwitch.variable)
            """,
            sourceLocation: sourceLocation)
    }

    /// The file as messages name it: its folder and name, such as `Golden/tour-transcript.txt`.
    private func shown(_ name: String) -> String {
        folder.lastPathComponent + "/" + name
    }

    /// The differing lines, each with its number, expected above actual.
    public static func lineDiff(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var report: [String] = []
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? String(old[index]) : "(none)"
            let after = index < new.count ? String(new[index]) : "(none)"
            if before != after {
                report.append("line \(index + 1):\n  - \(before)\n  + \(after)")
            }
        }
        return report.joined(separator: "\n")
    }
}

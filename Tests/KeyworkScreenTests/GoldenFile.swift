import Foundation
import KeyworkScreen
import Testing

/// Compares a frame with its golden file under Golden/: the characters, a separator line, the style
/// marks, and the cursor. `KEYWORK_UPDATE_GOLDEN=1` rewrites the file instead of comparing.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func contents(of frame: Frame) -> String {
        let cursor = frame.cursor.map { "cursor: row \($0.row), column \($0.column)" } ?? "cursor: hidden"
        let separator =
            "--- style marks (T title, E emphasis, R selected, F footer, D dim, W warning, I input, B border) ---"
        return frame.text + "\n" + separator + "\n" + frame.styleMarks + "\n" + cursor + "\n"
    }

    static func check(_ frame: Frame, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        let actual = contents(of: frame)
        if ProcessInfo.processInfo.environment["KEYWORK_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            do {
                try actual.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not write \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "no golden file \(name).txt; run with KEYWORK_UPDATE_GOLDEN=1 and read it before committing",
                sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record(
                "frame differs from Golden/\(name).txt:\n\(diff(expected: expected, actual: actual))",
                sourceLocation: sourceLocation)
        }
    }

    /// The differing lines, each with its number, expected above actual.
    static func diff(expected: String, actual: String) -> String {
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

import KeyworkScreen
import KeyworkTestSupport
import Testing

/// Compares a frame with its golden file under Golden/: the characters, a separator line, the style
/// marks, and the cursor. `KEYWORK_UPDATE_GOLDEN=1` records the file and fails, to have its diff read.
enum GoldenFile {
    static let files = GoldenFiles()

    static func contents(of frame: Frame) -> String {
        let cursor = frame.cursor.map { "cursor: row \($0.row), column \($0.column)" } ?? "cursor: hidden"
        let separator =
            "--- style marks (T title, E emphasis, R selected, F footer, D dim, W warning, I input, B border) ---"
        return frame.text + "\n" + separator + "\n" + frame.styleMarks + "\n" + cursor + "\n"
    }

    static func check(_ frame: Frame, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        files.check(contents(of: frame), named: name + ".txt", sourceLocation: sourceLocation)
    }
}

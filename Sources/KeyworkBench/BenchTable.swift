import Foundation

/// The one table the benchmark prints: each figure beside its reference and its target.
struct BenchTable {
    struct Row {
        var measure: String
        var keywork: String
        var reference: String
        var target: String
        /// nil when there is no target for the row, only information.
        var met: Bool?
    }

    private(set) var rows: [Row] = []
    private(set) var notes: [String] = []
    /// Lines above the table: when and on what it was measured, and how busy the machine was.
    var heading: [String] = []

    mutating func add(_ measure: String, _ keywork: String, reference: String = "—", target: String = "—", met: Bool?) {
        rows.append(Row(measure: measure, keywork: keywork, reference: reference, target: target, met: met))
    }

    mutating func note(_ text: String) {
        notes.append(text)
    }

    /// A Markdown table, so that it can be pasted into Docs/performance.md as it is.
    func render() -> String {
        let header = Row(measure: "measure", keywork: "keywork", reference: "reference", target: "target", met: nil)
        let cells = ([header] + rows).map { row in
            [row.measure, row.keywork, row.reference, row.target, row.met.map { $0 ? "met" : "MISSED" } ?? ""]
        }
        let widths = (0..<5).map { column in cells.map { $0[column].count }.max() ?? 0 }
        func line(_ values: [String]) -> String {
            "| "
                + zip(values, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
                .joined(separator: " | ") + " |"
        }
        var output = heading.isEmpty ? [] : heading + [""]
        output += [
            line(cells[0]), "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|",
        ]
        output += cells.dropFirst().map(line)
        if !notes.isEmpty {
            output.append("")
            output += notes.map { "- " + $0 }
        }
        return output.joined(separator: "\n")
    }
}

/// "12.3 ms" from nanoseconds.
func milliseconds(_ nanoseconds: Double?) -> String {
    guard let nanoseconds else { return "n/a" }
    return String(format: "%.1f ms", nanoseconds / 1_000_000)
}

/// "1.23 ms" with two decimals, for the short key-to-frame times.
func fineMilliseconds(_ nanoseconds: Double?) -> String {
    guard let nanoseconds else { return "n/a" }
    return String(format: "%.2f ms", nanoseconds / 1_000_000)
}

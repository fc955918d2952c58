import Foundation
import Testing

/// The benchmark's table says which machine it was measured on and how busy it was: the processor's model, and
/// the load average before and after the run, so that a table pasted into Docs/performance.md carries them.
@Suite struct BenchTableHeadingTests {
    @Test func theTableNamesTheProcessorAndTheLoadBeforeAndAfter() throws {
        let bench = URL(fileURLWithPath: KeyworkBinary.path).deletingLastPathComponent()
            .appendingPathComponent("keywork-bench").path
        // The quickest part: a small generated guide, loaded and linted five times.
        let result = try ChildProcess.run(bench, ["--only", "guide", "--screens", "8"], input: "")
        #expect(result.status == 0, "\(result.errors)")
        let cpuinfo = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
        let model = try #require(
            cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }?
                .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces))
        let table = try #require(result.output.range(of: "measured: ").map { String(result.output[$0.lowerBound...]) })
        let heading = table.split(separator: "\n").prefix(4).map(String.init)
        #expect(heading.count == 4)
        #expect(heading[1].contains(model), "the processor's model: \(heading)")
        let load = #/load average \(1, 5, 15 min\) before: [0-9.]+ [0-9.]+ [0-9.]+; after: [0-9.]+ [0-9.]+ [0-9.]+/#
        #expect(heading[3].wholeMatch(of: load) != nil, "\(heading[3])")
        #expect(table.contains("| load + lint a 8-screen guide (median of 5) |"), "\(table)")
    }
}

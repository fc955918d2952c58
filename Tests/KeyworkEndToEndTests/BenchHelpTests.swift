import Foundation
import Testing

/// `keywork-bench --help` explains itself and measures nothing (it used to run the whole benchmark).
@Suite struct BenchHelpTests {
    @Test(arguments: ["--help", "-h"])
    func helpPrintsTheOptionsAndReturnsAtOnce(_ flag: String) throws {
        let bench = URL(fileURLWithPath: KeyworkBinary.path).deletingLastPathComponent()
            .appendingPathComponent("keywork-bench").path
        #expect(FileManager.default.isExecutableFile(atPath: bench), "swift build builds keywork-bench beside keywork")
        let result = try ChildProcess.run(bench, [flag], environment: [:], input: "")
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("USAGE: keywork-bench"))
        #expect(result.output.contains("--sessions N"))
        #expect(!result.output.contains("measuring"), "nothing is measured")
    }
}

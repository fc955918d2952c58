import Foundation
import KeyworkGuides

/// Loading and linting a generated guide of many screens, as `keywork lint` and every session start do.
enum GuideBenchmark {
    struct Result {
        var wall = Samples()
        /// The thread's CPU time: unlike wall time, not stretched by other programs on a busy machine.
        var cpu = Samples()
    }

    /// The times of `runs` loads-and-lints of a guide of `screens` screens written to `folder`.
    static func measure(screens: Int, runs: Int, folder: String) throws -> Result {
        let path = folder + "/bench-large.yaml"
        do {
            try BenchGuides.large(screens: screens).write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw BenchError("cannot write \(path): \(error)")
        }
        var result = Result()
        for _ in 0..<runs {
            let start = PtyChild.now()
            let cpuStart = VerifyBenchmark.threadCPUNanoseconds()
            let guide: Guide
            do {
                guide = try GuideLoader.load(contentsOf: path)
            } catch {
                throw BenchError("the generated guide does not load: \(error.diagnostics.first?.description ?? "")")
            }
            let diagnostics = GuideLinter.lint(guide, today: GuideDate(year: 2026, month: 11, day: 27))
            result.wall.add(Double(PtyChild.now() - start))
            result.cpu.add(Double(VerifyBenchmark.threadCPUNanoseconds() - cpuStart))
            guard guide.screens.count == screens, !diagnostics.contains(where: { $0.severity == .error }) else {
                throw BenchError("the generated guide has \(guide.screens.count) screens or lint errors")
            }
        }
        return result
    }
}

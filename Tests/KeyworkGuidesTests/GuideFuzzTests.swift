import Foundation
import KeyworkTestSupport
import Testing

@testable import KeyworkGuides

/// Ten thousand broken guides, made from the built-in guides and the fixtures by a seeded mutator: the
/// loader never traps or hangs, and every guide it refuses comes with errors that each say file:line:col.
@Suite struct GuideFuzzTests {
    static let seed: UInt64 = 7
    static let caseCount = 10_000
    /// Cases run in this many slices, so that the two cores of CI share them.
    static let sliceCount = 4

    static let mutator = GuideMutator(
        seeds: GuideMutator.yamlFiles(in: builtinGuidesFolder.path) + GuideMutator.yamlFiles(in: fixturesFolder.path))

    /// How one mutated guide fared.
    enum Outcome {
        case loaded
        case rejectedWithLocations
        /// Refused, but some diagnostic lacks a line and column, or there is no error at all.
        case rejectedWithoutLocation(String)
    }

    /// Loads one guide as `keywork lint` does: bytes to text (a located error if not UTF-8), then YAML.
    /// `lint` runs the linter on a guide that loads, too; it is slow in a debug build, so only a sample does.
    static func load(_ bytes: [UInt8], lint: Bool) -> Outcome {
        let file = "fuzz.yaml"
        do {
            let text = try GuideLoader.text(of: Data(bytes), file: file)
            let guide = try GuideLoader.load(yaml: text, file: file, origin: file)
            if lint { _ = GuideLinter.lint(guide, today: GuideDate(year: 2026, month: 11, day: 27)) }
            return .loaded
        } catch {
            let errors = error.diagnostics.filter { $0.severity == .error }
            let unlocated = error.diagnostics.first {
                $0.location?.file != file || ($0.location?.line ?? 0) < 1 || ($0.location?.column ?? 0) < 1
            }
            if errors.isEmpty { return .rejectedWithoutLocation("no error among \(error.diagnostics)") }
            if let unlocated { return .rejectedWithoutLocation(unlocated.formatted) }
            return .rejectedWithLocations
        }
    }

    /// Counts shared by the slices, printed once the last slice is done.
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var cases = 0
        private var rejected = 0
        private var loaded = 0
        private var slicesDone = 0

        func add(cases: Int, rejected: Int, loaded: Int) {
            lock.lock()
            defer { lock.unlock() }
            self.cases += cases
            self.rejected += rejected
            self.loaded += loaded
            slicesDone += 1
            if slicesDone == GuideFuzzTests.sliceCount {
                print(
                    "guide fuzz: \(self.cases) cases, seed \(GuideFuzzTests.seed), "
                        + "\(self.rejected) rejected with a location, \(self.loaded) loaded")
            }
        }
    }

    static let tally = Tally()

    @Test(arguments: 0..<sliceCount)
    func mutatedGuidesLoadOrAreRejectedWithLocatedErrors(slice: Int) {
        let watchdog = FuzzWatchdog()
        defer { watchdog.stop() }
        var rejected = 0
        var loaded = 0
        var cases = 0
        for index in stride(from: slice, to: Self.caseCount, by: Self.sliceCount) {
            var random = SeededRandom.forCase(index, seed: Self.seed)
            let bytes = Self.mutator.mutant(using: &random)
            watchdog.begin("guide fuzz case \(index) (seed \(Self.seed))")
            let outcome = Self.load(bytes, lint: index % 10 == 0)
            watchdog.end()
            cases += 1
            switch outcome {
            case .loaded: loaded += 1
            case .rejectedWithLocations: rejected += 1
            case .rejectedWithoutLocation(let problem):
                Issue.record("guide fuzz case \(index) (seed \(Self.seed)): \(problem)")
            }
        }
        Self.tally.add(cases: cases, rejected: rejected, loaded: loaded)
        // Most mutations must break a guide: a loader that accepted everything would pass the checks above.
        #expect(rejected > cases / 2, "only \(rejected) of \(cases) mutated guides were rejected")
    }
}

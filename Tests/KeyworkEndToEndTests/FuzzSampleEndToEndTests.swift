import Foundation
import KeyworkForgery
import KeyworkRecord
import KeyworkTestSupport
import Testing

/// A seeded sample of the in-process fuzz cases, run through the real binary: a broken guide makes
/// `keywork lint` exit 65 with `path:line:col: error:`, a damaged session makes `keywork verify` exit 1,
/// a store with planted shapes makes `verify` and `due` exit 1 naming each, and none ever dies of a signal.
@Suite struct FuzzSampleEndToEndTests {
    static let seed: UInt64 = 7
    static let lintSampleCount = 200
    static let verifySampleCount = 100
    static let storeSampleCount = 30

    private static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func lintRejectsEveryBrokenGuideWithALocatedErrorAndExit65() throws {
        let builtins = try (BuiltinGuideFile.path("tour") as NSString).deletingLastPathComponent
        let mutator = GuideMutator(
            seeds: GuideMutator.yamlFiles(in: builtins)
                + GuideMutator.yamlFiles(
                    in: Self.testsFolder.appendingPathComponent("KeyworkGuidesTests/Fixtures").path))
        let folder = try KeyworkBinary.temporaryStore()
        var rejected = 0
        var loaded = 0
        for index in 0..<Self.lintSampleCount {
            var random = SeededRandom.forCase(index, seed: Self.seed)
            let path = folder + "/case-\(index).yaml"
            try Data(mutator.mutant(using: &random)).write(to: URL(fileURLWithPath: path))
            let result = try KeyworkBinary.run(["lint", path])
            let replay = "lint fuzz case \(index) (seed \(Self.seed))"
            #expect(result.status < 128, "\(replay) died of signal \(result.status - 128): \(result.errors)")
            if result.status == 0 {
                loaded += 1
                continue
            }
            #expect(result.status == 65, "\(replay) exited \(result.status): \(result.output)\(result.errors)")
            let located = result.output.split(separator: "\n").contains { line in
                guard line.hasPrefix(path + ":") else { return false }
                return line.dropFirst(path.count).wholeMatch(of: /:[1-9][0-9]*:[1-9][0-9]*: (error|note): .+/) != nil
            }
            #expect(located, "\(replay) has no path:line:col: error: line: \(result.output)")
            #expect(result.output.contains(": error: "))
            rejected += 1
        }
        print(
            "lint fuzz sample: \(Self.lintSampleCount) cases through keywork lint, seed \(Self.seed), "
                + "\(rejected) exit 65 with a location, \(loaded) loaded")
        #expect(rejected > Self.lintSampleCount / 2)
    }

    @Test func verifyRejectsEveryDamagedSessionWithExit1() throws {
        let sessionID = "20261127-024630-a1b2c3"
        let golden = Self.testsFolder.appendingPathComponent("KeyworkRecordTests/Golden/\(sessionID)").path
        let original = SessionFiles(
            journal: Array(try Data(contentsOf: URL(fileURLWithPath: golden + "/journal.jsonl"))),
            seal: Array(try Data(contentsOf: URL(fileURLWithPath: golden + "/seal.sig"))))
        let store = try KeyworkBinary.temporaryStore()
        let folder = store + "/sessions/" + sessionID
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: store + "/keys", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: golden + "/device.pub", toPath: store + "/keys/device.pub")
        let mutator = SessionMutator(donors: [])
        var rejected = 0
        var identical = 0
        for index in 0..<Self.verifySampleCount {
            var random = SeededRandom.forCase(index, seed: Self.seed)
            let mutant = mutator.mutant(of: original, using: &random)
            try Data(mutant.journal).write(to: URL(fileURLWithPath: folder + "/journal.jsonl"))
            try Data(mutant.seal).write(to: URL(fileURLWithPath: folder + "/seal.sig"))
            let result = try KeyworkBinary.run(["verify", sessionID, "--store", store])
            let replay = "verify fuzz case \(index) (seed \(Self.seed))"
            #expect(result.status < 128, "\(replay) died of signal \(result.status - 128): \(result.errors)")
            if mutant == original {
                identical += 1
                #expect(result.status == 0, "\(replay): the unchanged session must verify")
            } else {
                #expect(result.status == 1, "\(replay) exited \(result.status): \(result.output)\(result.errors)")
                #expect(result.output.contains("\(sessionID)  INVALID  "))
                rejected += 1
            }
        }
        print(
            "verify fuzz sample: \(Self.verifySampleCount) cases through keywork verify, seed \(Self.seed), "
                + "\(rejected) exit 1, \(identical) identical")
        #expect(rejected > Self.verifySampleCount * 3 / 4)
    }

    @Test func verifyAndDueFindEveryPlantedShapeInASampleOfStores() throws {
        var counts: [StoreShape: Int] = [:]
        var failed = 0
        for index in 0..<Self.storeSampleCount {
            var random = SeededRandom.forCase(index, seed: Self.seed)
            let root = try KeyworkBinary.temporaryStore() + "/store"
            let deviceKey = try DeviceKey.loadOrCreate(store: Store(root: root))
            let shaped = try ShapedStore.make(
                at: root, deviceKey: deviceKey, forger: try RecordForgeryEndToEndTests.forger(), using: &random)
            for shape in shaped.shapes { counts[shape, default: 0] += 1 }
            let replay = "store shape sample \(index) (seed \(Self.seed)) \(shaped.shapes.map(\.rawValue))"
            let verified = try KeyworkBinary.run(["verify", "--store", root])
            let due = try KeyworkBinary.run(["due", "--store", root])
            for result in [verified, due] {
                #expect(
                    result.status == (shaped.mustFail.isEmpty ? 0 : 1), "\(replay): \(result.output)\(result.errors)")
                EscapedOutputEndToEndTests.expectNothingActs(in: result, replay)
            }
            let invalidLines = verified.output.split(separator: "\n").filter { $0.contains("  INVALID  ") }
            #expect(invalidLines.count == shaped.mustFail.count, "\(replay): \(verified.output)")
            if !shaped.mustFail.isEmpty { failed += 1 }
        }
        let summary = StoreShape.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        print(
            "store shape sample: \(Self.storeSampleCount) stores through keywork verify and due, seed \(Self.seed), "
                + "\(failed) exit 1 (\(summary))")
    }
}

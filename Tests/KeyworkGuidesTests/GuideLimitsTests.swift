import Foundation
import Testing

@testable import KeyworkGuides

/// The limits that stop a hostile or broken guide from tying the loader up: found by the guide fuzzer,
/// where an alias of aliases used as a key made Yams hash an exponential expansion.
@Suite struct GuideLimitsTests {
    /// Nine levels of ten aliases each: a billion nodes if it were ever expanded.
    static let aliasBomb: String = {
        var text = "l0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            text +=
                "l\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        return text + "? *a9\n: boom\n"
    }()

    @Test func anAliasBombIsRefusedAtItsFirstAliasWithoutBeingExpanded() {
        let errors = loadErrors(Self.aliasBomb)
        #expect(errors.map(\.lineColumn) == ["2:10"])
        #expect(errors.first?.message == "a YAML alias ('*name') is not allowed in a guide")
        #expect(errors.first?.note?.contains("write the text out in full") == true)
    }

    @Test func anAliasInAnOtherwiseGoodGuideIsALocatedError() {
        let errors = loadErrors(guideYAML(screens: "  - id: a\n    type: info\n    title: &t Hello\n    body: *t\n"))
        #expect(errors.map(\.lineColumn) == ["10:11"])
    }

    @Test func anAnchorWithoutAnAliasDoesNoHarm() throws {
        let yaml = guideYAML(screens: "  - id: a\n    type: info\n    title: &t Hello\n    body: Hi.\n")
        let guide = try GuideLoader.load(yaml: yaml, file: "test.yaml", origin: "test.yaml")
        #expect(guide.screens.count == 1)
    }

    @Test func aGuideOverTheSizeLimitIsRefusedAtLineOne() throws {
        let yaml =
            guideYAML(screens: "  - id: a\n    type: info\n    body: Hi.\n") + "# "
            + String(repeating: "x", count: GuideLimits.maximumBytes)
        let errors = loadErrors(yaml)
        #expect(errors.map(\.lineColumn) == ["1:1"])
        #expect(errors.first?.message.contains("the most Keywork reads is 1000000") == true)

        let path = NSTemporaryDirectory() + "keywork-huge-\(UUID().uuidString).yaml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            try GuideLoader.load(contentsOf: path)
        } throws: { error in
            guard let error = error as? GuideLoadError else { return false }
            return error.kind == .invalid
                && error.diagnostics.map(\.formatted).first?.hasPrefix("\(path):1:1: error:")
                    == true
        }
    }

    @Test func nestingDeeperThanYAMLAllowsIsALocatedErrorInPlainWords() {
        let depth = 5000
        let errors = loadErrors("title: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        #expect(errors.count == 1)
        #expect((errors.first?.location?.line ?? 0) == 1)
        #expect(errors.first?.note?.contains("nested too deeply") == true)
    }
}

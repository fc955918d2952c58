import Foundation
import KeyworkDiagnostics
import KeyworkTestSupport
import Testing

@testable import KeyworkGuides

private func diagnostics(of yaml: String) -> [Diagnostic] {
    do {
        _ = try GuideLoader.load(yaml: yaml, file: "bad.yaml", origin: "bad.yaml")
        return []
    } catch {
        return error.diagnostics
    }
}

@Test func aTabInTheIndentationIsALocatedSyntaxError() {
    let errors = diagnostics(of: "keywork: 1\nid: x\n\ttitle: T\n")
    #expect(errors.count == 1)
    #expect(errors.first?.location?.line == 3)
    #expect(errors.first?.message.hasPrefix("the YAML is not valid here") == true)
    #expect(errors.first?.note == "indent with spaces: YAML does not allow tabs")
}

@Test func anUnclosedQuoteIsALocatedSyntaxError() {
    let errors = diagnostics(of: "keywork: 1\nid: x\ntitle: \"Unclosed\nversion: 1\n")
    #expect(errors.count == 1)
    #expect((errors.first?.location?.line ?? 0) >= 3)
    #expect(errors.first?.note?.contains("quote is not closed") == true)
}

@Test func anEmptyFileSaysSoAtLineOne() {
    let errors = diagnostics(of: "")
    #expect(errors.map(\.lineColumn) == ["1:1"])
    #expect(errors.first?.message == "the guide is empty")
}

@Test func aScalarAtTheTopLevelIsNotAGuide() {
    let errors = diagnostics(of: "just some words\n")
    #expect(errors.map(\.lineColumn) == ["1:1"])
    #expect(errors.first?.message == "the guide must be a set of 'key: value' lines, but it is 'just some words'")
}

@Test func aDuplicatedKeyIsALocatedError() {
    let errors = diagnostics(of: "keywork: 1\ntitle: A\ntitle: B\n")
    #expect(errors.count == 1)
    #expect(errors.first?.message == "the key 'title' appears twice in the same place")
    #expect((errors.first?.location?.line ?? 0) >= 2)
}

@Test func bytesThatAreNotUTF8AreLocatedAtTheFirstBadByte() {
    let data = Data("keywork: 1\nid: ab".utf8) + Data([0xFF, 0xFE]) + Data("\n".utf8)
    #expect(throws: GuideLoadError.self) { try GuideLoader.text(of: data, file: "bin.yaml") }
    do {
        _ = try GuideLoader.text(of: data, file: "bin.yaml")
    } catch {
        #expect(error.kind == .unreadable)
        #expect(error.diagnostics.map(\.lineColumn) == ["2:7"])
    }
}

@Test func randomBytesNeverCrashTheLoader() {
    var random = SeededRandom(seed: 7)
    for _ in 0..<200 {
        let bytes = (0..<Int.random(in: 0..<200, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
        let text = String(decoding: bytes, as: UTF8.self)
        do {
            _ = try GuideLoader.load(yaml: text, file: "random.yaml", origin: "random.yaml")
        } catch {
            #expect(!error.diagnostics.isEmpty)
            #expect(error.diagnostics.allSatisfy { ($0.location?.line ?? 0) >= 1 && ($0.location?.column ?? 0) >= 1 })
        }
    }
}

@Test func mutatedToursEitherLoadOrGiveLocatedErrors() throws {
    let tour = try String(contentsOf: builtinGuidesFolder.appendingPathComponent("tour.yaml"), encoding: .utf8)
    let original = Array(tour)
    var random = SeededRandom(seed: 2026)
    var loaded = 0
    for round in 0..<500 {
        var characters = original
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let index = Int.random(in: 0..<characters.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: characters.remove(at: index)
            case 1: characters.insert(characters[index], at: index)
            case 2:
                let other = Int.random(in: 0..<characters.count, using: &random)
                characters.swapAt(index, other)
            default:
                characters[index] =
                    [":", "-", " ", "\t", "\"", "{", "[", "\n", "#", "x"].randomElement(using: &random) ?? "x"
            }
            if characters.isEmpty { characters = ["x"] }
        }
        do {
            _ = try GuideLoader.load(yaml: String(characters), file: "mutant.yaml", origin: "mutant.yaml")
            loaded += 1
        } catch {
            #expect(!error.diagnostics.isEmpty, "round \(round)")
            #expect(
                error.diagnostics.allSatisfy {
                    ($0.location?.line ?? 0) >= 1 && ($0.location?.column ?? 0) >= 1 && $0.severity == .error
                },
                "round \(round)")
        }
    }
    // Some mutations land in comments or text and still load; most must not.
    #expect(loaded < 500)
}

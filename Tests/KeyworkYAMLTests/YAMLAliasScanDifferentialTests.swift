import Foundation
import KeyworkTestSupport
import Testing
import Yams

@testable import KeyworkYAML

/// The alias scan against Yams itself: guides with anchors and aliases (`&a`, `*a`) put at random places, most
/// of them inside text, are composed by Yams, and the scan must say there is an alias exactly when Yams's tree
/// reaches a node twice, or Yams refuses the document for an undefined alias.
@Suite struct YAMLAliasScanDifferentialTests {
    static let seed: UInt64 = 20
    static let caseCount = 1_500

    /// The built-in guides' YAML, found beside the sources.
    static let guides: [String] = {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources").standardized
        let manager = FileManager.default
        let folders = (try? manager.contentsOfDirectory(atPath: sources.path)) ?? []
        return folders.sorted().flatMap { folder -> [String] in
            let guides = sources.path + "/" + folder + "/BuiltinGuides"
            let names = (try? manager.contentsOfDirectory(atPath: guides)) ?? []
            return names.sorted().filter { $0.hasSuffix(".yaml") }.compactMap { name in
                try? String(contentsOfFile: guides + "/" + name, encoding: .utf8)
            }
        }
    }()

    /// A guide with one to four anchors or aliases put in at random characters, and a few at the start of a value.
    static func mutant(using random: inout SeededRandom) -> String {
        var text = Array(guides[Int.random(in: 0..<guides.count, using: &random)].unicodeScalars)
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let insertions = ["*a", "&a ", "*a ", " *a", "&a *a", "[*a]", "? *a\n", "- *a\n"]
            let insertion = insertions[Int.random(in: 0..<insertions.count, using: &random)]
            var offset = Int.random(in: 0...text.count, using: &random)
            if Bool.random(using: &random), let colon = text[offset...].firstIndex(of: ":"), colon + 1 < text.count {
                offset = colon + 2
            }
            text.insert(contentsOf: insertion.unicodeScalars, at: min(offset, text.count))
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: text)
        return result
    }

    /// Whether Yams finds an alias: a node its tree reaches twice, or an alias it cannot resolve; nil when the
    /// document fails for another reason.
    static func yamsFindsAnAlias(_ yaml: String) -> Bool? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .basic)
        } catch let YamlError.composer(_, problem, _, _) where problem.contains("undefined alias") {
            return true
        } catch {
            return nil
        }
        guard let root else { return false }
        var seen: Set<String> = []
        func reachedTwice(_ node: Node) -> Bool {
            let mark = node.mark.map { "\($0.line):\($0.column)" } ?? "?"
            let identity: String
            switch node {
            case .scalar(let scalar): identity = "scalar \(mark) \(scalar.string)"
            case .mapping: identity = "mapping \(mark)"
            case .sequence: identity = "sequence \(mark)"
            case .alias: return true
            }
            if !seen.insert(identity).inserted { return true }
            switch node {
            case .mapping(let mapping): return mapping.contains { reachedTwice($0.key) || reachedTwice($0.value) }
            case .sequence(let sequence): return sequence.contains { reachedTwice($0) }
            default: return false
            }
        }
        return reachedTwice(root)
    }

    @Test func theScanFindsAnAliasExactlyWhenYamsDoes() {
        #expect(!Self.guides.isEmpty)
        var compared = 0
        var aliases = 0
        for index in 0..<Self.caseCount {
            var random = SeededRandom.forCase(index, seed: Self.seed)
            let yaml = Self.mutant(using: &random)
            let scanned = YAMLAliasScan.firstAlias(in: yaml) != nil
            guard let yams = Self.yamsFindsAnAlias(yaml) else { continue }
            compared += 1
            if yams { aliases += 1 }
            #expect(scanned == yams, "case \(index) (seed \(Self.seed)): scan \(scanned), Yams \(yams)\n\(yaml)")
            if scanned != yams { return }
        }
        print("alias scan against Yams: \(compared) of \(Self.caseCount) cases compared, \(aliases) with an alias")
        // Both kinds must be common, or the comparison would prove little.
        #expect(aliases > compared / 10 && aliases < compared * 9 / 10, "\(aliases) aliases in \(compared) cases")
    }
}

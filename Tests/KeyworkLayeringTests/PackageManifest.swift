import Foundation

/// The targets of Package.swift and what each declares, read from the manifest's text. The manifest is written
/// one way (`.target(name: "X", dependencies: [...])`), so a plain scan is enough; a target it cannot read makes
/// the layering tests fail rather than pass by missing it.
struct PackageManifest {
    struct Target: Equatable {
        var name: String
        /// Where its sources are: `Sources/<name>`, `Tests/<name>`, `Plugins/<name>` or the `path:` given.
        var path: String
        /// Other targets and products (`Yams`, `Crypto`, `ArgumentParser`) it declares.
        var dependencies: Set<String>
        var isTest: Bool
    }

    var targets: [Target]

    /// The package's root folder, found from this file's place in it.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func read() throws -> PackageManifest {
        parse(try String(contentsOfFile: root + "/Package.swift", encoding: .utf8))
    }

    static func parse(_ text: String) -> PackageManifest {
        let kinds = [".target(", ".testTarget(", ".executableTarget(", ".systemLibrary(", ".plugin("]
        var targets: [Target] = []
        var rest = Substring(text)
        while let start = kinds.compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            let kind = String(rest[start])
            let body = balanced(rest[start.upperBound...])
            rest = rest[body.endIndex...]
            guard let name = quoted(after: "name:", in: body) else { continue }
            var dependencies: Set<String> = []
            if let list = body.range(of: "dependencies:") {
                let inside = balanced(body[list.upperBound...].drop { $0 != "[" }.dropFirst())
                let products = inside.replacingOccurrences(
                    of: #", package: "[^"]*""#, with: "", options: .regularExpression)
                dependencies = Set(strings(in: products))
            }
            let isTest = kind == ".testTarget("
            let folder = isTest ? "Tests/" : kind == ".plugin(" ? "Plugins/" : "Sources/"
            let path = quoted(after: "path:", in: body) ?? folder + name
            targets.append(Target(name: name, path: path, dependencies: dependencies, isTest: isTest))
        }
        return PackageManifest(targets: targets)
    }

    /// The text up to the bracket that closes the one just opened.
    private static func balanced(_ text: Substring) -> Substring {
        var depth = 1
        var index = text.startIndex
        while index < text.endIndex {
            switch text[index] {
            case "(", "[": depth += 1
            case ")", "]":
                depth -= 1
                if depth == 0 { return text[text.startIndex..<index] }
            default: break
            }
            index = text.index(after: index)
        }
        return text
    }

    private static func quoted(after label: String, in text: Substring) -> String? {
        guard let found = text.range(of: label) else { return nil }
        return strings(in: String(text[found.upperBound...].prefix { $0 != "," && $0 != ")" })).first
    }

    private static func strings(in text: some StringProtocol) -> [String] {
        text.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }
            .map { String($0.element) }
    }
}

/// The modules the Swift files under a folder import, `@testable` included, wherever the import stands (inside
/// `#if canImport` too).
enum ImportScan {
    static func imports(under folder: String) -> Set<String> {
        var modules: Set<String> = []
        guard let files = FileManager.default.enumerator(atPath: folder) else { return modules }
        for case let file as String in files where file.hasSuffix(".swift") {
            guard let text = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                var words = line.split(separator: " ").map(String.init)
                if words.first == "@testable" { words.removeFirst() }
                if words.first == "@_implementationOnly" { words.removeFirst() }
                guard words.count >= 2, words[0] == "import" else { continue }
                let module = words[1].split(separator: ".").first.map(String.init) ?? words[1]
                modules.insert(module)
            }
        }
        return modules
    }
}

import Foundation
import Testing

/// Package.swift, the imports and the layers say the same thing: every module a target imports is declared, every
/// declared dependency is imported, and no layer imports one above it (README.md, "How it is built").
@Suite struct LayeringTests {
    /// The layers from the bottom; a target may import only targets of a lower layer. Package.swift's header
    /// comment and README.md's "How it is built" draw the same picture.
    static let layers: [[String]] = [
        [
            "KeyworkText", "KeyworkDiagnostics", "KeyworkWords", "CKeyworkCrash", "CKeyworkWidth", "CNcursesw",
            "CLibpq",
            "KeyworkPostgresCluster",
        ],
        ["KeyworkYAML"],
        ["KeyworkGuides"],
        ["KeyworkSession", "KeyworkBuiltinGuides"],
        ["KeyworkRecord", "KeyworkScreen"],
        ["KeyworkConfig", "KeyworkFrontEnd", "KeyworkArchive"],
        ["KeyworkTerminal", "KeyworkPlain"],
        ["KeyworkNcurses", "KeyworkTerminalTesting"],
        ["KeyworkApp"],
        ["keywork", "KeyworkBench", "KeyworkGuideCompiler", "CompileBuiltinGuides"],
    ]

    /// Modules of the system and the toolchain, which no target declares.
    static let system: Set<String> = [
        "Foundation", "Glibc", "Darwin", "Dispatch", "Testing", "XCTest", "Synchronization", "PackagePlugin",
    ]

    /// Dependencies declared for what they build rather than what they import, and why.
    static let declaredWithoutImport: [String: Set<String>] = [
        // The end-to-end tests run the built `keywork` binary, so it must be built before them.
        "KeyworkEndToEndTests": ["keywork"],
        // The plugin runs the guide compiler at build time; a plugin imports only PackagePlugin.
        "CompileBuiltinGuides": ["KeyworkGuideCompiler"],
    ]

    @Test func everyTargetIsReadWithItsFolder() throws {
        let manifest = try PackageManifest.read()
        #expect(manifest.targets.count >= 20, "the manifest was read: \(manifest.targets.map(\.name))")
        for target in manifest.targets {
            #expect(
                FileManager.default.fileExists(atPath: PackageManifest.root + "/" + target.path),
                "\(target.name) is read from the manifest with a folder that exists (\(target.path))")
        }
    }

    @Test func everyImportIsDeclaredAndEveryDeclarationImported() throws {
        let manifest = try PackageManifest.read()
        for target in manifest.targets where !target.name.hasPrefix("C") {
            let imported = ImportScan.imports(under: PackageManifest.root + "/" + target.path)
                .subtracting(Self.system).subtracting([target.name])
            let undeclared = imported.subtracting(target.dependencies)
            #expect(undeclared.isEmpty, "\(target.name) imports \(undeclared.sorted()) without declaring them")
            let unused = target.dependencies.subtracting(imported)
                .subtracting(Self.declaredWithoutImport[target.name] ?? [])
            #expect(unused.isEmpty, "\(target.name) declares \(unused.sorted()) but never imports them")
        }
    }

    @Test func noLayerImportsALayerAboveIt() throws {
        let manifest = try PackageManifest.read()
        let layerOf = Dictionary(
            uniqueKeysWithValues: Self.layers.enumerated().flatMap { layer in layer.element.map { ($0, layer.offset) } }
        )
        for target in manifest.targets where !target.isTest {
            guard let layer = layerOf[target.name] else {
                // Test support (fuzz mutators, forgeries) sits under Tests/ and is checked as tests are.
                #expect(target.path.hasPrefix("Tests/"), "\(target.name) is in no layer: add it to `layers`")
                continue
            }
            let imported = ImportScan.imports(under: PackageManifest.root + "/" + target.path)
            for module in imported.sorted() {
                guard let other = layerOf[module], module != target.name else { continue }
                #expect(other < layer, "\(target.name) (layer \(layer)) imports \(module) (layer \(other))")
            }
        }
    }

    @Test func theScanReadsTheManifestsFormAndEveryKindOfImport() throws {
        let manifest = PackageManifest.parse(
            """
            .target(name: "A", dependencies: ["B", .product(name: "Yams", package: "Yams")]),
            .testTarget(name: "ATests", dependencies: ["A"], exclude: ["Golden"]),
            .target(name: "Support", path: "Tests/Support"),
            .target(name: "Made", dependencies: ["A"], plugins: ["Make"]),
            .plugin(name: "Make", capability: .buildTool(), dependencies: ["Tool"]),
            """)
        #expect(
            manifest.targets == [
                .init(name: "A", path: "Sources/A", dependencies: ["B", "Yams"], isTest: false),
                .init(name: "ATests", path: "Tests/ATests", dependencies: ["A"], isTest: true),
                .init(name: "Support", path: "Tests/Support", dependencies: [], isTest: false),
                .init(name: "Made", path: "Sources/Made", dependencies: ["A"], isTest: false),
                .init(name: "Make", path: "Plugins/Make", dependencies: ["Tool"], isTest: false),
            ])
        let folder = NSTemporaryDirectory() + "keywork-layering-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/Inner", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "import B\n#if canImport(Glibc)\n    import Glibc\n#endif\n/// import NotThis\n"
            .write(toFile: folder + "/One.swift", atomically: true, encoding: .utf8)
        try "@testable import C\nimport D.Sub\n".write(
            toFile: folder + "/Inner/Two.swift", atomically: true, encoding: .utf8)
        #expect(ImportScan.imports(under: folder) == ["B", "Glibc", "C", "D"])
    }
}

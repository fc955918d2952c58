// swift-tools-version: 6.0
// Keywork: a shared-screen terminal program for drug-treatment keywork sessions.
// Layers (dependencies point one way):
//   keywork (CLI) → KeyworkTerminal (and KeyworkPlain, the --plain line mode) → KeyworkScreen → KeyworkSession → KeyworkGuides
//   KeyworkRecord → KeyworkSession (journal, seal, keys, store)
//   KeyworkConfig → KeyworkScreen (themes), KeyworkGuides (the keyworker's config file)
//   KeyworkWords (the program's own words, per language) is used by session, screen, terminal and CLI
//   KeyworkText (text from outside made safe to print) is used by every layer that prints or checks text
import PackageDescription

let package = Package(
    name: "keywork",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "keywork", targets: ["keywork"]),
        .executable(name: "keywork-bench", targets: ["KeyworkBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(name: "KeyworkText"),
        .target(name: "KeyworkDiagnostics"),
        .target(name: "KeyworkYAML", dependencies: ["KeyworkDiagnostics", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "KeyworkGuides",
            dependencies: [
                "KeyworkDiagnostics",
                "KeyworkText",
                "KeyworkYAML",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.embedInCode("BuiltinGuides")]
        ),
        .target(name: "KeyworkWords"),
        .target(
            name: "KeyworkSession",
            dependencies: ["KeyworkDiagnostics", "KeyworkGuides", "KeyworkWords"]
        ),
        .target(
            name: "KeyworkRecord",
            dependencies: [
                "KeyworkDiagnostics",
                "KeyworkSession",
                "KeyworkGuides",
                "KeyworkText",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // glibc's wcwidth in a UTF-8 locale, whatever the program's own locale: the screen's display width.
        .target(name: "CKeyworkWidth"),
        .target(
            name: "KeyworkScreen",
            dependencies: ["KeyworkSession", "KeyworkGuides", "KeyworkWords", "CKeyworkWidth"]
        ),
        .target(
            name: "KeyworkConfig",
            dependencies: [
                "KeyworkDiagnostics", "KeyworkYAML", "KeyworkScreen", "KeyworkWords",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The crash handler, in C so that it makes only async-signal-safe calls; KeyworkTerminal's
        // CrashNotice prepares it for both front ends.
        .target(name: "CKeyworkCrash"),
        .target(
            name: "KeyworkTerminal",
            dependencies: ["KeyworkScreen", "KeyworkSession", "KeyworkGuides", "KeyworkWords", "CKeyworkCrash"]
        ),
        .target(
            name: "KeyworkPlain",
            dependencies: [
                "KeyworkTerminal", "KeyworkScreen", "KeyworkSession", "KeyworkGuides", "KeyworkWords", "KeyworkText",
            ]
        ),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(
            name: "KeyworkNcurses",
            dependencies: ["CNcursesw", "KeyworkTerminal", "KeyworkScreen", "KeyworkWords"]
        ),
        .target(
            name: "KeyworkTerminalTesting",
            dependencies: ["KeyworkTerminal", "KeyworkScreen", "KeyworkWords"]
        ),
        .executableTarget(
            name: "keywork",
            dependencies: [
                "KeyworkGuides",
                "KeyworkSession",
                "KeyworkRecord",
                "KeyworkScreen",
                "KeyworkTerminal",
                "KeyworkNcurses",
                "KeyworkPlain",
                "KeyworkConfig",
                "KeyworkWords",
                "KeyworkText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark (Docs/performance.md): drives the built `keywork` in a pty and times the layers directly.
        .executableTarget(
            name: "KeyworkBench",
            dependencies: [
                "KeyworkGuides",
                "KeyworkSession",
                "KeyworkRecord",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Seeded mutators for the fuzz tests, shared by the guide, record and end-to-end tests.
        .target(name: "KeyworkFuzzSupport", path: "Tests/KeyworkFuzzSupport"),
        // Records written as a forger would, byte by byte, for the record, fuzz and end-to-end tests.
        .target(
            name: "KeyworkForgery",
            dependencies: [
                "KeyworkRecord", "KeyworkSession", "KeyworkGuides", "KeyworkFuzzSupport",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Tests/KeyworkForgery"),
        .testTarget(
            name: "KeyworkGuidesTests", dependencies: ["KeyworkGuides", "KeyworkDiagnostics", "KeyworkFuzzSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "KeyworkWordsTests", dependencies: ["KeyworkWords"]),
        .testTarget(
            name: "KeyworkYAMLTests",
            dependencies: ["KeyworkYAML", "KeyworkFuzzSupport", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "KeyworkTextTests", dependencies: ["KeyworkText"]),
        .testTarget(
            name: "KeyworkSessionTests",
            dependencies: ["KeyworkSession", "KeyworkGuides", "KeyworkDiagnostics", "KeyworkWords"]),
        .testTarget(
            name: "KeyworkRecordTests",
            dependencies: [
                "KeyworkRecord", "KeyworkDiagnostics", "KeyworkSession", "KeyworkGuides", "KeyworkText",
                "KeyworkFuzzSupport",
                "KeyworkForgery",
            ],
            exclude: ["Golden"]),
        .testTarget(
            name: "KeyworkScreenTests",
            dependencies: ["KeyworkScreen", "KeyworkSession", "KeyworkGuides", "KeyworkDiagnostics", "KeyworkWords"],
            exclude: ["Golden"]),
        .testTarget(
            name: "KeyworkTerminalTests",
            dependencies: [
                "KeyworkTerminal", "KeyworkTerminalTesting", "KeyworkNcurses", "KeyworkScreen", "KeyworkSession",
                "KeyworkGuides", "KeyworkWords",
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "KeyworkPlainTests",
            dependencies: [
                "KeyworkPlain", "KeyworkTerminal", "KeyworkScreen", "KeyworkSession", "KeyworkGuides",
                "KeyworkDiagnostics", "KeyworkWords",
            ],
            exclude: ["Golden"]
        ),
        .testTarget(name: "KeyworkConfigTests", dependencies: ["KeyworkConfig", "KeyworkDiagnostics"]),
        // The record and guide layers let the due tests build a store with sessions of known dates.
        .testTarget(
            name: "KeyworkEndToEndTests",
            dependencies: [
                "keywork", "KeyworkRecord", "KeyworkSession", "KeyworkGuides", "KeyworkFuzzSupport", "KeyworkForgery",
                "KeyworkTerminalTesting", "KeyworkScreen",
            ]
        ),
    ]
)

// swift-tools-version: 6.0
// Keywork: a shared-screen terminal program for drug-treatment keywork sessions. Linux only: the terminal, speech,
// width and file layers call glibc directly (wcwidth in a UTF-8 locale, MSG_NOSIGNAL, SOCK_CLOEXEC, O_NOFOLLOW).
// Layers, from the top; a target imports only targets below it (KeyworkLayeringTests checks this, and that each
// target declares exactly what it imports):
//   keywork (the command line: options, then a call into the application), KeyworkBench, and the build's own
//   tools: KeyworkGuideCompiler, which the CompileBuiltinGuides plugin runs to compile the built-in guides
//   KeyworkApp (launching sessions, groups, revisits and resumes; the home menu)
//   KeyworkNcurses (the only ncurses code), KeyworkTerminalTesting (an in-memory terminal for tests)
//   KeyworkTerminal (the full screen's run loop), KeyworkPlain (the --plain line mode and its Plain* types: the
//   text of a screen, its words, its forms): neither imports the other; the full screen reads aloud through
//   KeyworkScreen's SpokenScreen, which the application fills with the line mode's PlainScreen
//   KeyworkFrontEnd (what both front ends share: recorder, the step, speech, crash notice), KeyworkConfig,
//     KeyworkArchive (the agency archive on PostgreSQL: the only code that imports CLibpq or uses the network)
//   KeyworkRecord (journal, seal, keys, store), KeyworkScreen (session state to a frame)
//   KeyworkSession (the pure state machine), KeyworkBuiltinGuides (the guides built into the program, compiled from
//   their YAML at build time; nothing generated is committed)
//   KeyworkGuides (the guide format, the guide folder)
//   KeyworkYAML (YAML with located errors, aliases refused)
//   KeyworkText, KeyworkDiagnostics, KeyworkWords, KeyworkPostgresCluster (a private PostgreSQL cluster for the
//     archive tests and the benchmark), and the C modules CKeyworkCrash, CKeyworkWidth, CNcursesw, CLibpq
import PackageDescription

let package = Package(
    name: "keywork",
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
            ]
        ),
        // The guides built into the program. Their YAML (BuiltinGuides/*.yaml) is compiled to Swift at build time:
        // the CompileBuiltinGuides plugin runs KeyworkGuideCompiler, a build tool on the guide format, with every
        // file as an input, so an edited guide is compiled again. SwiftPM builds a plugin's tool and what it depends
        // on (KeyworkGuides, Yams, swift-crypto) for the machine that builds, apart from the program's own modules.
        .target(
            name: "KeyworkBuiltinGuides", dependencies: ["KeyworkDiagnostics", "KeyworkGuides"],
            plugins: ["CompileBuiltinGuides"]),
        .executableTarget(name: "KeyworkGuideCompiler", dependencies: ["KeyworkDiagnostics", "KeyworkGuides"]),
        .plugin(name: "CompileBuiltinGuides", capability: .buildTool(), dependencies: ["KeyworkGuideCompiler"]),
        .target(name: "KeyworkWords"),
        .target(
            name: "KeyworkSession",
            dependencies: ["KeyworkDiagnostics", "KeyworkGuides", "KeyworkWords"]
        ),
        .target(
            name: "KeyworkRecord",
            dependencies: [
                "KeyworkDiagnostics",
                "KeyworkWords",
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
                "KeyworkDiagnostics", "KeyworkYAML", "KeyworkScreen", "KeyworkText", "KeyworkWords",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The crash handler, in C so that it makes only async-signal-safe calls; KeyworkFrontEnd's
        // CrashNotice prepares it for both front ends.
        .target(name: "CKeyworkCrash"),
        .target(name: "KeyworkFrontEnd", dependencies: ["KeyworkSession", "KeyworkWords", "CKeyworkCrash"]),
        .target(
            name: "KeyworkTerminal",
            dependencies: ["KeyworkFrontEnd", "KeyworkScreen", "KeyworkSession", "KeyworkWords"]),
        .target(
            name: "KeyworkPlain",
            dependencies: [
                "KeyworkFrontEnd", "KeyworkScreen", "KeyworkSession", "KeyworkGuides", "KeyworkWords", "KeyworkText",
            ]
        ),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // libpq (Debian's libpq-dev), PostgreSQL's client library; only KeyworkArchive imports it. CLibpq loads it
        // with dlopen on the archive's first call, so that the twenty libraries it brings are not loaded at every
        // start (Docs/performance.md).
        .target(name: "CLibpq", path: "Sources/CLibpq"),
        .target(name: "KeyworkArchive", dependencies: ["CLibpq", "KeyworkRecord", "KeyworkGuides"]),
        // A private PostgreSQL cluster (initdb and pg_ctl in a temporary folder, on a Unix socket), for the archive
        // tests and the benchmark; it runs PostgreSQL's own programs and imports no client library.
        .target(name: "KeyworkPostgresCluster"),
        .target(
            name: "KeyworkNcurses",
            dependencies: ["CNcursesw", "KeyworkTerminal", "KeyworkScreen", "KeyworkWords"]
        ),
        .target(
            name: "KeyworkTerminalTesting",
            dependencies: ["KeyworkTerminal", "KeyworkScreen", "KeyworkWords"]
        ),
        // The application: launching sessions, groups, revisits and resumes, the home menu, how each ended.
        .target(
            name: "KeyworkApp",
            dependencies: [
                "KeyworkArchive", "KeyworkBuiltinGuides", "KeyworkConfig", "KeyworkDiagnostics", "KeyworkFrontEnd",
                "KeyworkGuides",
                "KeyworkNcurses",
                "KeyworkPlain", "KeyworkRecord", "KeyworkScreen", "KeyworkSession", "KeyworkTerminal", "KeyworkText",
                "KeyworkWords",
            ]
        ),
        .executableTarget(
            name: "keywork",
            dependencies: [
                "KeyworkApp",
                "KeyworkArchive",
                "KeyworkBuiltinGuides", "KeyworkGuides",
                "KeyworkSession",
                "KeyworkRecord",
                "KeyworkScreen",
                "KeyworkNcurses",
                "KeyworkConfig",
                "KeyworkWords",
                "KeyworkText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The journal's fault hooks (KEYWORK_TEST_*) are read only in the debug build that `swift test` runs.
            swiftSettings: [.define("KEYWORK_TEST_HOOKS", .when(configuration: .debug))]
        ),
        // The benchmark (Docs/performance.md): drives the built `keywork` in a pty and times the layers directly.
        .executableTarget(
            name: "KeyworkBench",
            dependencies: [
                "KeyworkGuides",
                "KeyworkSession",
                "KeyworkRecord",
                "KeyworkPostgresCluster",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Test support, for tests only (they live under Tests/): KeyworkTestSupport is what many test targets
        // share (golden files, the seeded generator and the fuzz mutators built on it, the in-memory recorder
        // and speaker); KeyworkForgery writes records as a forger would, for the record and end-to-end tests.
        .target(
            name: "KeyworkTestSupport", dependencies: ["KeyworkSession", "KeyworkFrontEnd"],
            path: "Tests/KeyworkTestSupport"),
        .target(
            name: "KeyworkForgery",
            dependencies: [
                "KeyworkRecord", "KeyworkSession", "KeyworkBuiltinGuides", "KeyworkGuides", "KeyworkTestSupport",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Tests/KeyworkForgery"),
        // One test target per target, each declaring exactly the modules its files import.
        .testTarget(name: "KeyworkTestSupportTests", dependencies: ["KeyworkTestSupport", "KeyworkSession"]),
        .testTarget(
            name: "KeyworkGuidesTests",
            dependencies: [
                "KeyworkGuides", "KeyworkDiagnostics", "KeyworkTestSupport",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "KeyworkBuiltinGuidesTests", dependencies: ["KeyworkBuiltinGuides", "KeyworkGuides"]),
        .testTarget(name: "KeyworkGuideCompilerTests", dependencies: ["KeyworkGuideCompiler", "KeyworkGuides"]),
        .testTarget(name: "KeyworkWordsTests", dependencies: ["KeyworkWords"]),
        .testTarget(
            name: "KeyworkYAMLTests",
            dependencies: ["KeyworkYAML", "KeyworkTestSupport", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "KeyworkTextTests", dependencies: ["KeyworkText"]),
        .testTarget(
            name: "KeyworkSessionTests",
            dependencies: ["KeyworkSession", "KeyworkGuides", "KeyworkDiagnostics", "KeyworkWords"]),
        .testTarget(
            name: "KeyworkRecordTests",
            dependencies: [
                "KeyworkRecord", "KeyworkDiagnostics", "KeyworkSession", "KeyworkBuiltinGuides", "KeyworkGuides",
                "KeyworkText", "KeyworkWords",
                "KeyworkTestSupport",
                "KeyworkForgery", .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["Golden"]),
        .testTarget(
            name: "KeyworkScreenTests",
            dependencies: [
                "KeyworkScreen", "KeyworkSession", "KeyworkBuiltinGuides", "KeyworkGuides", "KeyworkDiagnostics",
                "KeyworkWords",
                "KeyworkTestSupport",
            ],
            exclude: ["Golden"]),
        .testTarget(
            name: "KeyworkTerminalTests",
            dependencies: [
                "KeyworkTerminal", "KeyworkPlain", "KeyworkFrontEnd", "KeyworkTerminalTesting", "KeyworkScreen",
                "KeyworkSession",
                "KeyworkBuiltinGuides", "KeyworkGuides", "KeyworkWords", "KeyworkTestSupport",
            ]
        ),
        .testTarget(
            name: "KeyworkTerminalTestingTests",
            dependencies: ["KeyworkTerminalTesting", "KeyworkTerminal", "KeyworkScreen"]
        ),
        .testTarget(
            name: "KeyworkNcursesTests",
            dependencies: [
                "KeyworkNcurses", "KeyworkTerminal", "KeyworkTerminalTesting", "KeyworkScreen", "KeyworkSession",
                "KeyworkBuiltinGuides", "KeyworkGuides", "KeyworkTestSupport",
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "KeyworkPlainTests",
            dependencies: [
                "KeyworkPlain", "KeyworkFrontEnd", "KeyworkScreen", "KeyworkSession", "KeyworkBuiltinGuides",
                "KeyworkGuides",
                "KeyworkDiagnostics", "KeyworkWords", "KeyworkTestSupport",
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "KeyworkAppTests",
            dependencies: [
                "KeyworkApp", "KeyworkTerminalTesting", "KeyworkPlain", "KeyworkRecord", "KeyworkBuiltinGuides",
                "KeyworkGuides",
                "KeyworkConfig", "KeyworkScreen", "KeyworkWords",
            ]
        ),
        .testTarget(name: "KeyworkLayeringTests"),
        .testTarget(
            name: "KeyworkFrontEndTests",
            dependencies: [
                "KeyworkFrontEnd", "KeyworkSession", "KeyworkBuiltinGuides", "KeyworkGuides", "KeyworkWords",
            ]),
        .testTarget(name: "KeyworkConfigTests", dependencies: ["KeyworkConfig", "KeyworkDiagnostics"]),
        // Each archive test gets its own database in a private PostgreSQL cluster (KeyworkPostgresCluster): no mocks
        // of the database.
        .testTarget(
            name: "KeyworkArchiveTests",
            dependencies: [
                "KeyworkArchive", "KeyworkRecord", "KeyworkGuides", "KeyworkForgery", "KeyworkPostgresCluster",
            ]),
        // `keywork` is declared so that the binary is built before the tests run it; the record and guide
        // layers let the due tests build a store with sessions of known dates.
        .testTarget(
            name: "KeyworkEndToEndTests",
            dependencies: [
                "keywork", "KeyworkRecord", "KeyworkSession", "KeyworkGuides", "KeyworkScreen",
                "KeyworkTerminalTesting", "KeyworkTestSupport", "KeyworkForgery", "KeyworkPostgresCluster",
            ]
        ),
    ]
)

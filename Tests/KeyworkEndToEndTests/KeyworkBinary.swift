import Foundation

/// The `keywork` binary that SwiftPM built beside this test bundle, and ways to run it.
enum KeyworkBinary {
    static var path: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidate = bundle
        // The test runner lives in .build/<config>/ or deeper inside an .xctest bundle.
        for _ in 0..<4 {
            let binary = candidate.appendingPathComponent("keywork").path
            if FileManager.default.isExecutableFile(atPath: binary) { return binary }
            candidate.deleteLastPathComponent()
        }
        return bundle.appendingPathComponent("keywork").path
    }

    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs the binary to completion without a terminal.
    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> Result {
        try run(arguments, environment: environment, inputBytes: Array((input ?? "").utf8))
    }

    /// As `run`, with standard input given as bytes, which need not be UTF-8.
    static func run(_ arguments: [String], environment: [String: String] = [:], inputBytes: [UInt8]) throws -> Result {
        // The developer's own settings, store and keys must not change what a test sees; tests that want a
        // config, a store or a setting in the environment give one.
        var env = ProcessInfo.processInfo.environment.filter { name, _ in
            !name.hasPrefix("KEYWORK_") && !["ACCESSIBLE", "NO_COLOR", "LC_ALL", "LC_MESSAGES"].contains(name)
        }
        env["LANG"] = "C.UTF-8"
        env["XDG_CONFIG_HOME"] = NSTemporaryDirectory() + "keywork-no-config-\(UUID().uuidString)"
        env["XDG_DATA_HOME"] = NSTemporaryDirectory() + "keywork-no-data-\(UUID().uuidString)"
        // The built-in guides are drafts; see `Tmux.init`.
        env["KEYWORK_ALLOW_DRAFT_GUIDES"] = "true"
        env.merge(environment) { _, new in new }
        let result = try ChildProcess.run(path, arguments, environment: env, inputBytes: inputBytes)
        return Result(status: result.status, output: result.output, errors: result.errors)
    }

    /// A fresh, empty folder for one test's store.
    static func temporaryStore() throws -> String {
        let path = NSTemporaryDirectory() + "keywork-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

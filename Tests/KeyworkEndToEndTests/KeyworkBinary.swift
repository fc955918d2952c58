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
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        // The developer's own settings must not change what a test sees; tests that want a config give one.
        env["XDG_CONFIG_HOME"] = NSTemporaryDirectory() + "keywork-no-config-\(UUID().uuidString)"
        env.merge(environment) { _, new in new }
        let result = try ChildProcess.run(path, arguments, environment: env, input: input ?? "")
        return Result(status: result.status, output: result.output, errors: result.errors)
    }

    /// A fresh, empty folder for one test's store.
    static func temporaryStore() throws -> String {
        let path = NSTemporaryDirectory() + "keywork-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

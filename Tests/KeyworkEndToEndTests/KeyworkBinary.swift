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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env.merge(environment) { _, new in new }
        process.environment = env
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let inputPipe = Pipe()
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inputPipe.fileHandleForWriting.close()
        // Read standard output on another thread so neither pipe can fill up and stall the program.
        let outputReader = PipeReader(output.fileHandleForReading)
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        let outputData = outputReader.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }

    /// A fresh, empty folder for one test's store.
    static func temporaryStore() throws -> String {
        let path = NSTemporaryDirectory() + "keywork-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// Drains a pipe on a background thread.
private final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

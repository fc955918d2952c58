import Foundation

/// The computer's printer, through CUPS's `lp`: offered only when `lp` is on PATH and, where `lpstat` is there to
/// ask, a default printer is set. Output of both goes to pipes, never to the shared screen.
public struct Printer: Sendable {
    /// The full path of `lp`.
    public var lp: String

    /// The printer of a computer whose PATH is `environment["PATH"]`; nil when it has none.
    public static func find(environment: [String: String]) -> Printer? {
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        func program(_ name: String) -> String? {
            folders.lazy.map { $0 + "/" + name }.first { access($0, X_OK) == 0 }
        }
        guard let lp = program("lp") else { return nil }
        if let lpstat = program("lpstat") {
            // "system default destination: NAME" when there is one; an error or "no system default destination"
            // when there is none.
            guard let answer = run(lpstat, ["-d"], input: nil), answer.status == 0,
                answer.output.contains("destination:")
            else { return nil }
        }
        return Printer(lp: lp)
    }

    /// Sends `text` to the default printer; nil when it went, else what `lp` said was wrong.
    public func print(_ text: String) -> String? {
        guard let answer = Self.run(lp, [], input: Data(text.utf8)) else { return "lp could not be started" }
        guard answer.status == 0 else {
            let said = answer.output.split(whereSeparator: \.isNewline).first.map(String.init)
            return said ?? "lp ended with status \(answer.status)"
        }
        return nil
    }

    private static func run(_ program: String, _ arguments: [String], input: Data?) -> (status: Int32, output: String)?
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        let feed = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = input == nil ? FileHandle.nullDevice : feed
        do {
            try process.run()
        } catch {
            return nil
        }
        if let input {
            feed.fileHandleForWriting.write(input)
            try? feed.fileHandleForWriting.close()
        }
        let said = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: said, as: UTF8.self))
    }
}

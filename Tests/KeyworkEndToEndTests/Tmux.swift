import Foundation
import Testing

/// A real terminal for end-to-end tests: a private tmux server per test, a fixed window size,
/// keys sent with send-keys and the screen read with capture-pane.
final class Tmux {
    let server: String
    let target = "keywork:0.0"

    /// Starts `command` in a new detached session of a private server.
    init(
        command: String, columns: Int = 80, rows: Int = 24, environment: [String: String] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        server = "kw-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        var env = [
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color", "HOME": NSTemporaryDirectory(),
        ]
        env.merge(environment) { _, new in new }
        let exports = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Tmux.quote($0.value))" }.joined(separator: " ")
        // A shell stays behind the program so the pane survives it, and stty can be read afterwards.
        let script = "env \(exports) \(command); echo; echo \"[exit $?]\"; exec sh"
        try run([
            "-f", "/dev/null", "new-session", "-d", "-s", "keywork", "-x", "\(columns)", "-y", "\(rows)", "sh", "-c",
            script,
        ])
        try run(["set-option", "-g", "window-size", "manual"])
    }

    deinit {
        _ = try? run(["kill-server"])
    }

    /// Sends tmux key names (`Enter`, `Down`, `F10`, `C-c`) or, with `literal`, text as typed.
    func send(_ keys: String..., literal: Bool = false) throws {
        try run(["send-keys", "-t", target] + (literal ? ["-l"] : []) + keys)
    }

    func type(_ text: String) throws {
        try send(text, literal: true)
    }

    /// What the pane shows now, one line per row.
    func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", target])
    }

    func resize(columns: Int, rows: Int) throws {
        try run(["resize-window", "-t", "keywork:0", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The pid of the program in the pane (the shell's child), if it still runs.
    func panePID() throws -> Int32? {
        Int32(
            try run(["display-message", "-p", "-t", target, "#{pane_pid}"]).trimmingCharacters(
                in: .whitespacesAndNewlines))
    }

    /// Waits until the screen contains `text`; fails with the screen shown when it never does.
    @discardableResult
    func waitFor(
        _ text: String, timeout: TimeInterval = 20, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \"\(text)\"; the screen shows:\n\(last)", sourceLocation: sourceLocation)
        throw TmuxError.timedOut(text)
    }

    /// Waits until the screen no longer contains `text`.
    func waitForAbsence(of text: String, timeout: TimeInterval = 20) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !(try screen()).contains(text) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError.timedOut("absence of \(text)")
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        process.arguments = ["-L", server] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw TmuxError.failed(arguments, text) }
        return text
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

enum TmuxError: Error {
    case failed([String], String)
    case timedOut(String)
}

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
            // No config file unless a test gives one: the developer's own settings must not leak in.
            "XDG_CONFIG_HOME": NSTemporaryDirectory() + "keywork-no-config-\(UUID().uuidString)",
            // Nor the developer's default store, whose keys verify would trust.
            "XDG_DATA_HOME": NSTemporaryDirectory() + "keywork-no-data-\(UUID().uuidString)",
            // The built-in guides are drafts: tests walk them without the draft warning, which has tests of its own
            // (they give KEYWORK_ALLOW_DRAFT_GUIDES as empty).
            "KEYWORK_ALLOW_DRAFT_GUIDES": "true",
        ]
        env.merge(environment) { _, new in new }
        let exports = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Tmux.quote($0.value))" }.joined(separator: " ")
        // A shell stays behind the program so the pane survives it, and stty can be read afterwards.
        // The status is kept before the first echo, which would otherwise replace $?.
        // SWIFT_BACKTRACE is removed, as people do not have it: a crash meets Swift's backtracer as theirs would.
        // So are the developer's own KEYWORK_*, ACCESSIBLE and NO_COLOR, unless the test gives them.
        let inherited = ProcessInfo.processInfo.environment.keys.filter {
            ($0.hasPrefix("KEYWORK_") || $0 == "ACCESSIBLE" || $0 == "NO_COLOR") && env[$0] == nil
        }
        let unset = (["SWIFT_BACKTRACE"] + inherited.sorted()).map { "-u \($0)" }.joined(separator: " ")
        let script = "env \(unset) \(exports) \(command); status=$?; echo; echo \"[exit $status]\"; exec sh"
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

    /// Where tmux has the cursor: the cell the next character typed would be drawn in.
    func cursor() throws -> (column: Int, row: Int) {
        let text = try run(["display-message", "-p", "-t", target, "#{cursor_x} #{cursor_y}"])
        let numbers = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
        return (numbers.first ?? -1, numbers.dropFirst().first ?? -1)
    }

    /// Sends raw bytes, as a terminal that is not UTF-8 might (`send-keys -H`).
    func sendBytes(_ bytes: [UInt8]) throws {
        try run(["send-keys", "-t", target, "-H"] + bytes.map { String($0, radix: 16) })
    }

    /// What the pane shows now, one line per row.
    func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", target])
    }

    /// What the pane shows now with its attributes as escape sequences (`ESC[7m` for reverse video).
    func screenWithAttributes() throws -> String {
        try run(["capture-pane", "-p", "-e", "-t", target])
    }

    /// Pastes the file at `path` as `paste(_:)` pastes text.
    func paste(file path: String) throws {
        try run(["load-buffer", "-b", "keywork-paste", path])
        try run(["paste-buffer", "-p", "-b", "keywork-paste", "-t", target])
    }

    /// Pastes `text` as a terminal does when bracketed paste is on: line feeds sent as CR, the whole
    /// wrapped in `ESC[200~` … `ESC[201~`.
    func paste(_ text: String) throws {
        try run(["set-buffer", "-b", "keywork-paste", "--", text])
        try run(["paste-buffer", "-p", "-b", "keywork-paste", "-t", target])
    }

    /// Closes the pane as a closed window would: the program's terminal hangs up.
    func killPane() throws {
        try run(["kill-pane", "-t", target])
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

    /// The pid of the program the pane's shell started, while it runs; nil once it has exited.
    func programPID() throws -> Int32? {
        guard let shell = try panePID() else { return nil }
        let found = try ChildProcess.run("/usr/bin/pgrep", ["-P", "\(shell)"])
        let children = found.output.split(separator: "\n").compactMap { Int32($0) }
        return children.count == 1 ? children[0] : nil
    }

    /// Waits for the program to end and returns its exit status, which the pane's shell prints.
    func waitForExit(timeout: TimeInterval = 30, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let shown = try waitFor("[exit ", timeout: timeout, sourceLocation: sourceLocation)
        guard let match = shown.firstMatch(of: /\[exit (\d+)\]/), let status = Int(match.1) else {
            Issue.record("no exit status on the screen:\n\(shown)", sourceLocation: sourceLocation)
            throw TmuxError.timedOut("[exit N]")
        }
        return status
    }

    /// The terminal's modes as `stty -a` prints them in the pane, once the program has exited and
    /// the shell behind it reads commands again.
    func terminalModes(sourceLocation: SourceLocation = #_sourceLocation) throws -> Set<String> {
        try type("clear; stty -a; echo stty-done")
        try send("Enter")
        let shown = try waitFor("\nstty-done", timeout: 20, sourceLocation: sourceLocation)
        return Set(shown.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
    }

    /// Waits until the screen contains `text`; fails with the screen shown when it never does.
    @discardableResult
    func waitFor(
        _ text: String, timeout: TimeInterval = 30, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        try waitUntil("\"\(text)\"", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Waits until the screen shows `words` in order, however the window wrapped them.
    @discardableResult
    func waitFor(
        words: String, timeout: TimeInterval = 30, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let wanted = Tmux.collapsingWhitespace(words)
        return try waitUntil("the words \"\(words)\"", timeout: timeout, sourceLocation: sourceLocation) {
            Tmux.collapsingWhitespace($0).contains(wanted)
        }
    }

    /// Waits until the screen satisfies `condition`; fails with the screen shown when it never does.
    @discardableResult
    func waitUntil(
        _ description: String, timeout: TimeInterval = 30, sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(description); the screen shows:\n\(last)", sourceLocation: sourceLocation)
        throw TmuxError.timedOut(description)
    }

    /// Waits until the screen no longer contains `text`.
    func waitForAbsence(
        of text: String, timeout: TimeInterval = 30, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try waitUntil("\"\(text)\" to go", timeout: timeout, sourceLocation: sourceLocation) { !$0.contains(text) }
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let result = try ChildProcess.run("/usr/bin/tmux", ["-L", server] + arguments)
        let text = result.output + result.errors
        guard result.status == 0 else { throw TmuxError.failed(arguments, text) }
        return text
    }

    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

enum TmuxError: Error {
    case failed([String], String)
    case timedOut(String)
}

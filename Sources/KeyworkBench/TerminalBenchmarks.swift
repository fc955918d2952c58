import Foundation
import KeyworkRecord

/// Measurements of `keywork session` (and `dialog`) as a person at a terminal meets them, through a pty.
struct TerminalBenchmarks {
    /// What one run of the start-to-first-frame measurement found.
    struct FirstFrame {
        var keywork = Samples()
        var dialog = Samples()
        /// CPU time each had used once the frame was complete and it waited for a key: what a busy machine
        /// stretches the least (keywork's includes creating the journal, just after the frame).
        var keyworkCPU = Samples()
        var dialogCPU = Samples()
        var keyworkMaxRSSKilobytes = 0

        /// keywork's time over dialog's, run by run: the runs alternate, so each pair met the same load.
        var pairRatios: Samples {
            var ratios = Samples()
            for (keyworkTime, dialogTime) in zip(keywork.values, dialog.values) where dialogTime > 0 {
                ratios.add(keyworkTime / dialogTime)
            }
            return ratios
        }
    }

    /// What the key-driven session found.
    struct Keys {
        var moveTimes = Samples()
        var enterTimes = Samples()
        var moveBytes = Samples()
        var dialogMoveTimes = Samples()
        var dialogMoveBytes = Samples()
        var idleCPUNanoseconds: UInt64?
        var dialogIdleCPUNanoseconds: UInt64?
        var idleBytes = 0
        var sessionRSSKilobytes = 0
        var dialogRSSKilobytes = 0
        var answersInJournal = 0
        /// Bare append + fsync of an Enter's worth of journal on the same disk, timed between the keys.
        var fsyncTimes = Samples()
    }

    static let down: [UInt8] = Array("\u{1B}OB".utf8)
    static let up: [UInt8] = Array("\u{1B}OA".utf8)
    static let enter: [UInt8] = [13]
    static let space: [UInt8] = [32]
    static let f10: [UInt8] = Array("\u{1B}[21~".utf8)
    /// The last word of every session screen's footer: the frame is complete once it and everything after it arrived.
    static let footerMarker: [UInt8] = Array("Pause".utf8)

    let keywork: String
    let dialog: String?
    let workFolder: String

    /// A store that already holds a device key and the keyworker's name, so that no run measures key creation.
    func freshStore(_ name: String) throws -> String {
        let root = workFolder + "/" + name
        let store = Store(root: root)
        do {
            _ = try DeviceKey.loadOrCreate(store: store)
            try KeyworkerProfile.remember("Sam Bench", in: store)
        } catch {
            throw BenchError("cannot prepare the store \(root): \(error)")
        }
        return root
    }

    func environment(store: String) -> [String: String] {
        [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HOME": workFolder,
            "PATH": "/usr/bin:/bin", "KEYWORK_STORE": store,
            // The guides timed are drafts; the first frame measured is the guide's own, not the draft warning.
            "KEYWORK_ALLOW_DRAFT_GUIDES": "true",
        ]
    }

    /// Spawns keywork and dialog alternately `runs` times each and times the first complete frame.
    func firstFrame(runs: Int) throws -> FirstFrame {
        var result = FirstFrame()
        for run in 0..<runs {
            let store = try freshStore("first-frame-\(run)")
            let start = PtyChild.now()
            let child = try PtyChild(
                executable: keywork, arguments: ["session", "--guide", "tour", "--client", "C-1042"],
                environment: environment(store: store))
            guard let frame = child.readBurst(marker: TerminalBenchmarks.footerMarker, quietMilliseconds: 100) else {
                throw BenchError("keywork session showed no frame within 5 s")
            }
            result.keywork.add(Double(frame.lastByteAt - start))
            if let cpu = child.cpuNanoseconds() { result.keyworkCPU.add(Double(cpu)) }
            result.keyworkMaxRSSKilobytes = max(result.keyworkMaxRSSKilobytes, child.peakResidentKilobytes() ?? 0)
            child.type(TerminalBenchmarks.f10)
            child.finish(grace: 3000)

            if let dialog {
                let start = PtyChild.now()
                let child = try PtyChild(
                    executable: dialog, arguments: ["--msgbox", "Benchmark message", "8", "40"],
                    environment: environment(store: store))
                guard let frame = child.readBurst(marker: Array("Benchmark message".utf8), quietMilliseconds: 100)
                else { throw BenchError("dialog --msgbox showed no frame within 5 s") }
                result.dialog.add(Double(frame.lastByteAt - start))
                if let cpu = child.cpuNanoseconds() { result.dialogCPU.add(Double(cpu)) }
                child.finish(grace: 0)
            }
        }
        return result
    }

    /// Runs one session on a guide of ten-option choices: idle first, then per screen a move down, Space to
    /// choose, and an Enter.
    func keys(screens: Int, guidePath: String) throws -> Keys {
        var result = Keys()
        let store = try freshStore("keys")
        let session = try PtyChild(
            executable: keywork, arguments: ["session", "--guide", guidePath, "--client", "C-2001"],
            environment: environment(store: store))
        guard session.readBurst(marker: TerminalBenchmarks.footerMarker, quietMilliseconds: 200) != nil else {
            throw BenchError("keywork session on the ten-option guide showed no frame within 5 s")
        }
        let menu = try dialog.map { dialog in
            try PtyChild(executable: dialog, arguments: dialogMenuArguments, environment: environment(store: store))
        }
        if let menu, menu.readBurst(marker: Array("Pick one".utf8), quietMilliseconds: 200) == nil {
            throw BenchError("dialog --menu showed no frame within 5 s")
        }

        // Idle: both wait for a key for 10 s; any CPU they use in that time is polling.
        let sessionBefore = session.cpuNanoseconds()
        let menuBefore = menu?.cpuNanoseconds()
        result.idleBytes = session.drain(milliseconds: 10_000)
        if let before = sessionBefore, let after = session.cpuNanoseconds() {
            result.idleCPUNanoseconds = after - before
        }
        if let menu, let before = menuBefore, let after = menu.cpuNanoseconds() {
            result.dialogIdleCPUNanoseconds = after - before
        }

        for _ in 0..<screens {
            let moved = session.type(TerminalBenchmarks.down)
            guard let move = session.readBurst(quietMilliseconds: 30) else {
                throw BenchError("keywork did not redraw after a move down")
            }
            result.moveTimes.add(Double(move.lastByteAt - moved))
            result.moveBytes.add(Double(move.bytes.count))
            // The highlight chooses nothing: Space chooses it, and only then does Enter go on.
            session.type(TerminalBenchmarks.space)
            guard session.readBurst(quietMilliseconds: 30) != nil else {
                throw BenchError("keywork did not redraw after Space chose the highlighted option")
            }
            let entered = session.type(TerminalBenchmarks.enter)
            guard let next = session.readBurst(quietMilliseconds: 30) else {
                throw BenchError("keywork did not show the next screen after Enter")
            }
            result.enterTimes.add(Double(next.lastByteAt - entered))
            for sample in try FsyncReference.measure(count: 1, bytes: 500, folder: store).values {
                result.fsyncTimes.add(sample)
            }
        }
        result.sessionRSSKilobytes = session.peakResidentKilobytes() ?? 0
        session.type(TerminalBenchmarks.f10)
        session.finish(grace: 3000)
        result.answersInJournal = answersRecorded(store: store)

        if let menu {
            for step in 0..<screens {
                // Nine moves down to the last item, then nine back up, and again.
                let goingDown = (step / 9) % 2 == 0
                let moved = menu.type(goingDown ? TerminalBenchmarks.down : TerminalBenchmarks.up)
                guard let move = menu.readBurst(quietMilliseconds: 30) else {
                    throw BenchError("dialog did not redraw after a move")
                }
                result.dialogMoveTimes.add(Double(move.lastByteAt - moved))
                if goingDown { result.dialogMoveBytes.add(Double(move.bytes.count)) }
            }
            result.dialogRSSKilobytes = menu.peakResidentKilobytes() ?? 0
            menu.finish(grace: 0)
        }
        return result
    }

    private var dialogMenuArguments: [String] {
        ["--menu", "Pick one", "20", "60", "10"] + (1...10).flatMap { ["\($0)", "Option number \($0)"] }
    }

    /// How many `answered` lines the session's journal holds: proof that every Enter was taken and saved.
    private func answersRecorded(store: String) -> Int {
        let sessions = store + "/sessions"
        guard let folders = try? FileManager.default.contentsOfDirectory(atPath: sessions) else { return 0 }
        var count = 0
        for folder in folders {
            guard let text = try? String(contentsOfFile: sessions + "/" + folder + "/journal.jsonl", encoding: .utf8)
            else { continue }
            count += text.split(separator: "\n").filter { $0.contains("\"event\":\"answered\"") }.count
        }
        return count
    }
}

import Foundation

// keywork-bench: measures keywork against dialog and against the bare crypto limit, in one run, and
// prints one table. Docs/performance.md explains every row. Options (for quicker trial runs):
//   --runs N       start-to-first-frame runs of each program (default 20)
//   --keys N       screens in the key session: one move, Space and one Enter each (default 200)
//   --sessions N   sealed sessions in the verify store (default 10000)
//   --screens N    screens in the generated guide that is loaded and linted (default 1000)
//   --due-sessions N  sealed sessions in the due store (default 100000)
//   --only PART    terminal, guide, verify, archive or due: one part alone, for profiling
//   --keep         keep the work folder (generated guides and stores) and print where it is

/// The value after `name` on the command line, as a whole number.
func option(_ name: String, default value: Int) -> Int {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count,
        let number = Int(arguments[index + 1]), number > 0
    else { return value }
    return number
}

/// The first executable called `name` on PATH (and the usual system folders).
func findExecutable(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/bin", "/usr/local/bin"]
    return folders.map { $0 + "/" + name }.first { access($0, X_OK) == 0 }
}

/// The `keywork` built beside this benchmark (`.build/release/keywork`).
func siblingKeywork() -> String? {
    guard let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
    let candidate = (me as NSString).deletingLastPathComponent + "/keywork"
    return access(candidate, X_OK) == 0 ? candidate : nil
}

/// What `keywork-bench --help` prints.
let usage = """
    USAGE: keywork-bench [--runs N] [--keys N] [--sessions N] [--screens N] [--due-sessions N]
                        [--only terminal|guide|verify|archive|due] [--keep]

    Measures keywork against dialog and against the bare crypto limit, and prints one table
    (Docs/performance.md explains every row). Build it with Scripts/benchmark, which builds a
    release keywork beside it first.

    OPTIONS:
      --runs N        start-to-first-frame runs of each program (default 20)
      --keys N        screens in the key session: one move, Space and one Enter each (default 200)
      --sessions N    sealed sessions in the verify store (default 10000)
      --screens N     screens in the generated guide that is loaded and linted (default 1000)
      --due-sessions N  sealed sessions in the due store (default 100000)
      --only PART     terminal, guide, verify, archive or due: one part alone, for profiling
      --keep          keep the work folder (generated guides and stores) and print where it is
      -h, --help      show this help and measure nothing

    """

func run() -> Int32 {
    if CommandLine.arguments.dropFirst().contains(where: { $0 == "--help" || $0 == "-h" }) {
        print(usage, terminator: "")
        return 0
    }
    let runs = option("--runs", default: 20)
    let keyCount = option("--keys", default: 200)
    let sessionCount = option("--sessions", default: 10_000)
    let guideScreens = option("--screens", default: 1000)
    guard let keywork = siblingKeywork() else {
        FileHandle.standardError.write(
            Data(
                "keywork-bench: error: no keywork binary beside the benchmark\nnote: run Scripts/benchmark, or swift build -c release --product keywork first\n"
                    .utf8))
        return 66
    }
    let dialog = findExecutable("dialog")
    let only = CommandLine.arguments.firstIndex(of: "--only").flatMap { index in
        index + 1 < CommandLine.arguments.count ? CommandLine.arguments[index + 1] : nil
    }
    func wanted(_ part: String) -> Bool { only == nil || only == part }
    let work = NSTemporaryDirectory() + "keywork-bench-\(getpid())"
    defer {
        if CommandLine.arguments.contains("--keep") {
            print("kept: \(work)")
        } else {
            try? FileManager.default.removeItem(atPath: work)
        }
    }
    do {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        var table = BenchTable()
        let loadBefore = Machine.loadAverage
        let started = Date()
        print(Machine.describe())
        print("load average before: \(loadBefore)")
        let linking = Machine.swiftRuntimeLinking(of: keywork)
        print("keywork: \(keywork); \(linking)")
        print("dialog: \(dialog ?? "MISSING (install it: sudo apt-get install dialog); reference rows show n/a")")
        print("measuring (about two minutes on a quiet machine)…")

        var first = TerminalBenchmarks.FirstFrame()
        var keys = TerminalBenchmarks.Keys()
        if wanted("terminal") {
            let terminal = TerminalBenchmarks(keywork: keywork, dialog: dialog, workFolder: work)
            first = try terminal.firstFrame(runs: runs)
            let guidePath = work + "/ten-options.yaml"
            try BenchGuides.tenOptionChoices(count: keyCount + 1).write(
                toFile: guidePath, atomically: true, encoding: .utf8)
            keys = try terminal.keys(screens: keyCount, guidePath: guidePath)
            Rows.terminal(first: first, keys: keys, runs: runs, keyCount: keyCount, into: &table)
        }
        if wanted("guide") {
            let guide = try GuideBenchmark.measure(screens: guideScreens, runs: 5, folder: work)
            Rows.guide(guide, screens: guideScreens, into: &table)
        }
        if wanted("verify") {
            let verify = VerifyBenchmark(root: work + "/verify-store")
            let generateStart = PtyChild.now()
            _ = try verify.generate(count: sessionCount, events: 40)
            let generateSeconds = PtyChild.seconds(since: generateStart)
            var verifyResult = try verify.measure(sessions: sessionCount)
            try verify.measureCommand(keywork: keywork, into: &verifyResult)
            Rows.verify(verifyResult, into: &table)
            table.note(
                String(format: "the verify store was generated through SessionJournal in %.1f s", generateSeconds))
            Rows.memory(first: first, keys: keys, verify: verifyResult, into: &table)
        } else if wanted("terminal") {
            Rows.memory(first: first, keys: keys, verify: nil, into: &table)
        }

        if wanted("archive") { try ArchiveBenchmark.rows(keywork: keywork, work: work, into: &table) }

        if wanted("due") {
            let due = DueBenchmark(keywork: keywork, workFolder: work)
            try due.measure(sessions: option("--due-sessions", default: 100_000), runs: 10).addRows(to: &table)
        }

        table.heading = [
            "measured: \(ISO8601DateFormatter().string(from: started)) to "
                + "\(ISO8601DateFormatter().string(from: Date())) (UTC)",
            Machine.describe(),
            "keywork: \(linking)",
            "load average (1, 5, 15 min) before: \(loadBefore); after: \(Machine.loadAverage)",
        ]
        print("")
        print(table.render())
        return 0
    } catch {
        FileHandle.standardError.write(Data("keywork-bench: error: \(error)\n".utf8))
        return 1
    }
}

exit(run())

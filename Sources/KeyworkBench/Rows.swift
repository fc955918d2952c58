import Foundation

/// Turns measurements into table rows with their references, targets and verdicts.
enum Rows {
    static func terminal(
        first: TerminalBenchmarks.FirstFrame, keys: TerminalBenchmarks.Keys, runs: Int, keyCount: Int,
        into table: inout BenchTable
    ) {
        let median = first.keywork.median
        let dialogMedian = first.dialog.median
        var firstMet = (median ?? .infinity) < 50_000_000
        if let median, let dialogMedian { firstMet = firstMet && median <= 2 * dialogMedian }
        table.add(
            "start to first frame, median (\(runs) runs)", milliseconds(median),
            reference: "dialog --msgbox " + milliseconds(dialogMedian), target: "< 50 ms, ≤ 2× dialog", met: firstMet)
        table.add(
            "start to first frame, p90", milliseconds(first.keywork.percentile(90)),
            reference: "dialog --msgbox " + milliseconds(first.dialog.percentile(90)), met: nil)
        // Each keywork run is followed by a dialog run, so the pair met the same load: the median of the pairs'
        // ratios moves less with a busy machine than the ratio of the two medians.
        let pairRatios = first.pairRatios
        table.add(
            "start to first frame ÷ dialog's, median of \(pairRatios.count) pairs",
            pairRatios.median.map { String(format: "%.2f×", $0) } ?? "n/a", met: nil)
        table.add(
            "CPU from start to waiting for a key, median", fineMilliseconds(first.keyworkCPU.median),
            reference: "dialog --msgbox " + fineMilliseconds(first.dialogCPU.median), met: nil)
        table.add(
            "key to frame, move, p50 (\(keys.moveTimes.count) keys)", fineMilliseconds(keys.moveTimes.median),
            reference: "dialog --menu " + fineMilliseconds(keys.dialogMoveTimes.median), met: nil)
        let moveP99 = keys.moveTimes.percentile(99)
        table.add(
            "key to frame, move, p99", fineMilliseconds(moveP99),
            reference: "dialog --menu " + fineMilliseconds(keys.dialogMoveTimes.percentile(99)), target: "< 5 ms",
            met: (moveP99 ?? .infinity) < 5_000_000)
        table.add(
            "key to frame, Enter + fsync, p50 (\(keys.enterTimes.count) keys)",
            fineMilliseconds(keys.enterTimes.median),
            reference: "bare write+fsync " + fineMilliseconds(keys.fsyncTimes.median), met: nil)
        let enterP99 = keys.enterTimes.percentile(99)
        table.add(
            "key to frame, Enter + fsync, p99", fineMilliseconds(enterP99),
            reference: "bare write+fsync " + fineMilliseconds(keys.fsyncTimes.percentile(99)), target: "< 5 ms",
            met: (enterP99 ?? .infinity) < 5_000_000)
        let bytes = keys.moveBytes.median
        let dialogBytes = keys.dialogMoveBytes.median
        table.add(
            "bytes per highlight move (median)", bytes.map { "\(Int($0)) B" } ?? "n/a",
            reference: "dialog --menu " + (dialogBytes.map { "\(Int($0)) B" } ?? "n/a"), target: "≤ dialog",
            met: bytes.map { $0 <= (dialogBytes ?? 0) })
        let idle = keys.idleCPUNanoseconds
        table.add(
            "CPU in 10 s idle at a prompt", idle.map { fineMilliseconds(Double($0)) } ?? "n/a",
            reference: "dialog --menu " + (keys.dialogIdleCPUNanoseconds.map { fineMilliseconds(Double($0)) } ?? "n/a"),
            target: "0", met: idle == 0)
        if keys.answersInJournal != keyCount {
            table.note("only \(keys.answersInJournal) of \(keyCount) answers reached the journal")
        } else {
            table.note("all \(keyCount) answers given by Enter were found in the session's journal")
        }
        if keys.idleBytes > 0 { table.note("keywork wrote \(keys.idleBytes) bytes while idle") }
        if first.dialog.count == 0 {
            table.note("dialog is MISSING: install it (apt-get install dialog) for references")
        }
    }

    static func guide(_ result: GuideBenchmark.Result, screens: Int, into table: inout BenchTable) {
        let median = result.wall.median
        // The target is for the default 1,000 screens; another size is for trial runs, and judged by nothing.
        let judged = screens == 1000
        table.add(
            "load + lint a \(grouped(screens))-screen guide (median of \(result.wall.count))",
            milliseconds(median) + " (CPU " + milliseconds(result.cpu.median) + ")",
            target: judged ? "< 200 ms" : "—", met: judged ? (median ?? .infinity) < 200_000_000 : nil)
    }

    static func verify(_ result: VerifyBenchmark.Result, into table: inout BenchTable) {
        let sessions = Double(result.sessions)
        let serialRate = sessions / result.serialCPUSeconds
        let referenceRate = sessions / result.referenceCPUSeconds
        let ratio = serialRate / referenceRate
        table.add(
            "verify, 1 core, by CPU time (\(result.sessions) sessions)",
            String(format: "%.0f sessions/s (%.0f%%)", serialRate, ratio * 100),
            reference: String(format: "bare crypto %.0f sessions/s", referenceRate), target: "≥ 50% of reference",
            met: result.allValid && ratio >= 0.5)
        let wallRate = sessions / result.serialSeconds
        let parallelRate = sessions / result.parallelSeconds
        let parallelReferenceRate = sessions / result.parallelReferenceSeconds
        let scaling = parallelRate / wallRate
        // How far the machine itself lets this work scale: the bare crypto on every core against one, in the same
        // run. Keywork's store check adds a part that runs on one thread (the ledger, the chains of links: about
        // 5% of the work), so it scales a little less than the reference can (Docs/performance.md).
        let referenceScaling = parallelReferenceRate / (sessions / result.referenceSeconds)
        let wanted = 0.75 * Double(result.cores)
        table.add(
            "verify, \(result.cores) cores, by wall time",
            String(format: "%.0f sessions/s (%.2f× 1 core's %.0f)", parallelRate, scaling, wallRate),
            reference: String(format: "bare crypto %.0f sessions/s (%.2f×)", parallelReferenceRate, referenceScaling),
            target: String(format: "≥ %.2f× 1 core, or ≥ 0.9 × bare crypto's", wanted),
            met: result.allValid && (scaling >= wanted || scaling >= 0.9 * referenceScaling))
        table.note(
            String(
                format: "verify store: %d sessions, %.1f MB of journals (%.1f KB each); every session %@",
                result.sessions, Double(result.bytes) / 1e6, Double(result.bytes) / sessions / 1e3,
                result.allValid ? "verified valid, serial and parallel results identical" : "DID NOT verify"))
    }

    static func memory(
        first: TerminalBenchmarks.FirstFrame, keys: TerminalBenchmarks.Keys, verify: VerifyBenchmark.Result?,
        into table: inout BenchTable
    ) {
        let session = max(keys.sessionRSSKilobytes, first.keyworkMaxRSSKilobytes)
        if session > 0 {
            table.add(
                "peak RSS of a session", megabytes(session),
                reference: "dialog --menu "
                    + (keys.dialogRSSKilobytes > 0 ? megabytes(keys.dialogRSSKilobytes) : "n/a"),
                target: "< 40 MB", met: session < 40 * 1024)
        }
        guard let verify else { return }
        table.add(
            "peak RSS of keywork verify (\(verify.sessions) sessions)", megabytes(verify.cliRSSKilobytes),
            reference: String(format: "took %.1f s", verify.cliSeconds), met: nil)
    }

    /// 1000 as "1,000", whatever the locale.
    private static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return text
    }

    private static func megabytes(_ kilobytes: Int) -> String {
        String(format: "%.1f MB", Double(kilobytes) / 1024)
    }
}

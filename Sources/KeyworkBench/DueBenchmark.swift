import Foundation
import KeyworkRecord

/// `keywork due` and the home screen on a store the size of a large agency's (issue 22): `due` when nothing changed
/// (the due summary answers), with no index at all (every session read and verified) and after every journal's
/// times changed (as after a restore from a backup), both against `keywork verify` of the same store; and the home
/// screen's first frame against an empty store's. Each is the real binary. One session in ten is an agreement, and
/// a known number of them are due, so that every `due` is checked to list them all.
struct DueBenchmark {
    struct Result {
        var sessions = 0
        var generateSeconds = 0.0
        /// The first `due`, with no index yet: every session read and verified, and the index written.
        var firstSeconds = 0.0
        var unchanged = Samples()
        var everythingChangedSeconds = 0.0
        var verifySeconds = 0.0
        /// Whether every `due` printed the same list, and how many it listed of how many agreements were due.
        var sameList = true
        var listed = 0
        var expected = 0
        var homeEmpty = Samples()
        var homeFull = Samples()
        /// Start to the counts on the home screen, which come after its first frame.
        var homeEmptyCounts = Samples()
        var homeFullCounts = Samples()
    }

    let keywork: String
    let workFolder: String

    func measure(sessions: Int, runs: Int) throws -> Result {
        var result = Result()
        result.sessions = sessions
        let terminal = TerminalBenchmarks(keywork: keywork, dialog: nil, workFolder: workFolder)
        let root = try terminal.freshStore("due-store")
        // Short sessions (eight events): what is measured is the work per session, not the bytes hashed.
        let start = PtyChild.now()
        let agreements = sessions / 10
        _ = try VerifyBenchmark(root: root).generate(count: sessions - agreements, events: 8)
        result.expected = try AgreementStore.generate(
            root: root, sessions: agreements, guidePath: workFolder + "/due-plan.yaml", clientPrefix: "D-")
        result.generateSeconds = PtyChild.seconds(since: start)
        // The store is written without fsync; its writeback must not fall into the runs measured. An agency's
        // sessions were written to disk long before a `due`, and the first `due` writes and fsyncs its index,
        // which would otherwise wait behind 100,000 sessions' dirty pages.
        sync()

        let command = KeyworkCommand(keywork: keywork, work: workFolder)
        let due = ["due", "--json", "--today", AgreementStore.today, "--store", root]
        // verify first, so that both it and the first due find the journals in the page cache.
        result.verifySeconds = try command.run(["verify", root, "--store", root]).seconds
        let (firstList, firstSeconds) = try command.run(due)
        result.firstSeconds = firstSeconds
        result.listed = firstList.components(separatedBy: "\"kind\":\"revisit\"").count - 1
        for _ in 0..<3 {
            let (list, seconds) = try command.run(due)
            result.unchanged.add(seconds)
            result.sameList = result.sameList && list == firstList
        }
        try touchEveryJournal(root: root)
        sync()
        let (changedList, changedSeconds) = try command.run(due)
        result.everythingChangedSeconds = changedSeconds
        result.sameList = result.sameList && changedList == firstList

        let empty = try terminal.freshStore("home-empty")
        for _ in 0..<runs {
            let emptyHome = try homeFirstFrame(store: empty, terminal: terminal)
            result.homeEmpty.add(emptyHome.frame)
            result.homeEmptyCounts.add(emptyHome.counts)
            let fullHome = try homeFirstFrame(store: root, terminal: terminal)
            result.homeFull.add(fullHome.frame)
            result.homeFullCounts.add(fullHome.counts)
        }
        return result
    }

    /// Gives every journal a new modification time, as a restore from backup might: every index entry is stale.
    private func touchEveryJournal(root: String) throws {
        let store = Store(root: root)
        let sessions: [Store.SessionListing]
        do {
            sessions = try store.listSessions()
        } catch {
            throw BenchError("cannot list the generated store: \(error)")
        }
        for session in sessions
        where utimensat(AT_FDCWD, store.sessionFolder(session.id) + "/journal.jsonl", nil, 0) != 0 {
            throw BenchError("cannot touch session \(session.id)")
        }
    }

    /// Start of `keywork` (the home screen) to its whole first frame, and to the counts in its items, which are
    /// made behind that frame and drawn after it; in seconds.
    private func homeFirstFrame(store: String, terminal: TerminalBenchmarks) throws -> (frame: Double, counts: Double) {
        let start = PtyChild.now()
        let child = try PtyChild(executable: keywork, arguments: [], environment: terminal.environment(store: store))
        // The footer is the last row drawn, and help its last key: the frame is whole once it has come.
        guard let frame = child.readBurst(marker: Array("Help".utf8), quietMilliseconds: 0),
            contains(frame.bytes, Array("Leave".utf8))
        else {
            throw BenchError("keywork's home screen showed no whole frame within 5 s")
        }
        // Every session of these stores is sealed, so the carry-on item's count reads "(none now)".
        let countsMarker = Array("(none now)".utf8)
        let countsAt =
            contains(frame.bytes, countsMarker)
            ? frame.lastByteAt : child.readBurst(marker: countsMarker, quietMilliseconds: 0)?.lastByteAt
        guard let countsAt else { throw BenchError("keywork's home screen showed no counts within 5 s") }
        child.type(TerminalBenchmarks.f10)
        child.finish(grace: 3000)
        return (Double(frame.lastByteAt - start) / 1e9, Double(countsAt - start) / 1e9)
    }
}

extension DueBenchmark.Result {
    /// The rows for the table, with the targets of issue 22.
    func addRows(to table: inout BenchTable) {
        let count = sessions.formatted(.number.grouping(.automatic))
        let unchangedSeconds = unchanged.median ?? .infinity
        table.add(
            "due, nothing changed (\(count) sessions, median of \(unchanged.count))", Self.seconds(unchangedSeconds),
            reference: "first due, no index " + Self.seconds(firstSeconds), target: "< 1 s",
            met: unchangedSeconds < 1)
        table.add(
            "due, no index: every session verified", Self.seconds(firstSeconds),
            reference: "keywork verify " + Self.seconds(verifySeconds), target: "≤ verify",
            met: firstSeconds <= verifySeconds)
        table.add(
            "due, every journal's times changed (a restore)", Self.seconds(everythingChangedSeconds),
            reference: "keywork verify " + Self.seconds(verifySeconds), target: "≤ verify",
            met: everythingChangedSeconds <= verifySeconds)
        let empty = homeEmpty.median ?? .infinity
        let full = homeFull.median ?? .infinity
        table.add(
            "home screen first frame, \(count) sessions (median of \(homeFull.count))",
            String(format: "%.1f ms (%.2f× empty)", full * 1000, full / empty),
            reference: String(format: "empty store %.1f ms", empty * 1000), target: "≤ 1.5× empty",
            met: full <= 1.5 * empty)
        let emptyCounts = homeEmptyCounts.median ?? .infinity
        let fullCounts = homeFullCounts.median ?? .infinity
        table.add(
            "home screen counts shown, \(count) sessions (median of \(homeFullCounts.count))",
            String(format: "%.1f ms", fullCounts * 1000),
            reference: String(format: "empty store %.1f ms", emptyCounts * 1000), met: nil)
        table.note(
            String(
                format: "the due store (%@ sessions of eight events, one in ten an agreement) was generated in %.1f s",
                count, generateSeconds)
                + (sameList ? "; every due printed the same list" : "; the due runs printed DIFFERENT lists")
                + (listed == expected
                    ? ", with all \(expected) revisits due"
                    : ", with \(listed) revisits of the \(expected) due (WRONG)"))
    }

    private static func seconds(_ value: Double) -> String {
        String(format: "%.2f s", value)
    }
}

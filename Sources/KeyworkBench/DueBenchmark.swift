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
        /// A `due` with no index: every session read and verified, and the index written; each run after a
        /// `keywork verify` of the same store, and their ratio pair by pair.
        var noIndex = Samples()
        var verify = Samples()
        var noIndexOverVerify = Samples()
        var unchanged = Samples()
        var everythingChangedSeconds = 0.0
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
        // Pairs of verify then due with no index, so that both find the journals in the page cache, and both meet
        // the same drift in the machine's speed (on a shared host it can move by half within minutes).
        var firstList = ""
        for pair in 0..<Self.noIndexPairs {
            if pair > 0 { try removeIndex(root: root) }
            let verifySeconds = try command.run(["verify", root, "--store", root]).seconds
            let (list, seconds) = try command.run(due)
            if pair == 0 {
                firstList = list
                result.listed = list.components(separatedBy: "\"kind\":\"revisit\"").count - 1
            }
            result.sameList = result.sameList && list == firstList
            result.verify.add(verifySeconds)
            result.noIndex.add(seconds)
            result.noIndexOverVerify.add(seconds / verifySeconds)
        }
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

    static let noIndexPairs = 3

    /// Takes away what `due` keeps beside the sessions (the index, its ledger and the summary), so that the next `due`
    /// reads and verifies every session, as the first `due` of a store does.
    private func removeIndex(root: String) throws {
        for name in ["index.jsonl", "index-ledger", "index-summary"]
        where unlink(root + "/" + name) != 0 && errno != ENOENT {
            throw BenchError("cannot remove \(name) from the due store: \(String(cString: strerror(errno)))")
        }
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
        let noIndexSeconds = noIndex.median ?? .infinity
        let verifySeconds = verify.median ?? .infinity
        let ratio = noIndexOverVerify.median ?? .infinity
        table.add(
            "due, nothing changed (\(count) sessions, median of \(unchanged.count))", Self.seconds(unchangedSeconds),
            reference: "due, no index " + Self.seconds(noIndexSeconds), target: "< 1 s",
            met: unchangedSeconds < 1)
        table.add(
            "due, no index: every session verified (median of \(noIndex.count))", Self.seconds(noIndexSeconds),
            reference: "keywork verify " + Self.seconds(verifySeconds), target: "≤ verify",
            met: ratio <= 1)
        table.add(
            "due, no index ÷ verify, median of \(noIndexOverVerify.count) alternated pairs",
            String(format: "%.2f×", ratio),
            reference: "—", met: nil)
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

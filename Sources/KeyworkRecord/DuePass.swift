import Foundation
import KeyworkGuides

/// One whole pass of `keywork due` over a store: every session verified as `keywork verify` does (its own checks,
/// from the due index where its files are unchanged; the ledger; the chains of earlier agreements), settled for the
/// list, and the due summary written when the pass can vouch for it.
struct DuePass {
    var settled: DueSettled
    /// How many sessions were read and verified, rather than taken from the index.
    var sessionsRead: Int
    /// Why the index, its ledger or its summary could not be kept up to date, when one could not.
    var indexNote: String?

    /// `previous` is the summary on disk, which the pass writes again only when it has changed.
    static func run(
        store: Store, trust: VerificationTrust, guide: (JournalHeader.GuideReference) -> Guide?,
        previous: DueSummary?, settings: DueFacts.Settings
    ) throws(RecordError) -> DuePass {
        // Taken before anything is read: a change made during the pass then shows as a change next time.
        let ledgerBefore = DueSummary.ledgerIdentity(store: store)
        let folders = try store.sessionFolders()
        // The ledger is read and checked while the sessions are verified, and confirmed after them.
        let ledger = LedgerReadAhead(store: store, trust: trust, remembering: settings.usesIndex)
        var gathered = DueFacts.gather(
            store: store, sessionIDs: folders.ids, trust: trust, guide: guide, settings: settings)
        // The index's content is settled now: it is written while the ledger and the chains are checked, and so is
        // the ledger's prefix to remember.
        let indexWrite = gathered.pendingIndex.map { pending in
            OwnThread(writing: { () throws(RecordError) in
                try pending.index.write(inIDOrder: pending.entries, io: settings.io)
            })
        }
        // Every session's files are known now: their digest for the summary is taken beside the rest.
        let files = gathered.files
        let filesDigest = settings.usesIndex ? OwnThread { DueSummary.digest(of: files) } : nil
        // The ledger as it is after the sessions (confirming the reading ahead), and the prefix to remember of it.
        let (view, checked) = ledger.confirmed()
        let prefixWrite = checked.flatMap { checked in
            settings.usesIndex
                ? (
                    path: checked.path,
                    error: OwnThread(writing: { () throws(RecordError) in try checked.write(io: settings.io) })
                ) : nil
        }
        // Each verdict is made with its folder's path and the ledger's findings on every core, as `settle` would apply
        // them one by one: with 100,000 sessions, that pass is worth sharing. The sessions the ledger lists are
        // counted, so that `settle` need not gather every id to find one listed but missing.
        let listed = ListedCount()
        let own = ParallelMap.map(gathered.facts, concurrency: settings.concurrency) { facts in
            var verdict = facts.verification(folder: store.sessionFolder(facts.sessionID))
            if let view {
                view.adjust(&verdict)
                if view.lists(facts.sessionID) { listed.add() }
            }
            return verdict
        }
        // With no session linking to another, there is no chain to follow, and `settle` need not build its table of
        // every verdict by id to follow them with.
        let anyLinks = gathered.facts.contains { !$0.links.isEmpty }
        let verified = try Verifier.settle(
            store: store, own: own, trust: trust, checkingLinks: anyLinks, checkingLedger: true,
            misnamedFolders: folders.misnamed, ledgerApplied: (view, listed.value))
        // Settled while the index is still being written: nothing in it depends on the index.
        let settled = DueSettled(pass: verified, facts: gathered.facts)
        if let indexWrite { gathered.finish(indexWrite.result()) }
        var indexNote = gathered.indexNote
        // Both written before the summary takes their identities.
        if let prefixWrite, let error = prefixWrite.error.result() {
            indexNote =
                indexNote
                ?? "the due index's ledger \(prefixWrite.path) cannot be written (\(error)); the list is complete "
                + "all the same, but each `keywork due` checks the whole ledger again"
        }
        if let summary = summary(
            of: settled, gathered: gathered, verified: verified, ledger: ledgerBefore, filesDigest: filesDigest,
            store: store, previous: previous, settings: settings)
        {
            do {
                try summary.write(store: store, trust: trust, io: settings.io)
            } catch {
                indexNote =
                    indexNote
                    ?? "the due summary \(DueSummary.path(store: store)) cannot be written (\(error)); the list is "
                    + "complete all the same, but each `keywork due` goes through the whole index again"
            }
        }
        let pass = DuePass(settled: settled, sessionsRead: gathered.sessionsRead, indexNote: indexNote)
        // Every session's facts, files, index entry and verdict, and the ledger as read, are freed behind the list
        // rather than before it: the last references go to a thread of their own.
        let leftovers = Leftovers(values: (gathered, verified, own, ledger, view))
        Thread.detachNewThread { withExtendedLifetime(leftovers) {} }
        return pass
    }

    /// How many sessions present the ledger lists, counted on every core.
    private final class ListedCount: @unchecked Sendable {
        private var count = 0
        private let lock = NSLock()

        func add() {
            lock.lock()
            count += 1
            lock.unlock()
        }

        var value: Int {
            lock.lock()
            defer { lock.unlock() }
            return count
        }
    }

    /// Values handed to another thread only to be freed there; nothing reads them after.
    private final class Leftovers: @unchecked Sendable {
        let values: Any
        init(values: Any) { self.values = values }
    }

    /// The summary this pass can vouch for, when it differs from `previous`; nil when it cannot vouch for one:
    /// a session not in the index (not yet settled, or with a file missing) that is not simply unfinished, a file
    /// changed within the settling time, a chain followed out of `sessions/`, or no index.
    private static func summary(
        of settled: DueSettled, gathered: DueFacts, verified: StoreVerification, ledger: FileIdentity??,
        filesDigest: OwnThread<[UInt8]>?, store: Store, previous: DueSummary?, settings: DueFacts.Settings
    ) -> DueSummary? {
        guard settings.usesIndex, let filesDigest, let indexed = gathered.indexed,
            indexed.count == gathered.files.count, let ledger,
            !verified.followedChainsOutsideSessions,
            let index = FileIdentity(store.root + "/index.jsonl")
        else { return nil }
        let settledBefore = Int64(Date().timeIntervalSince1970 * 1e9) - settings.settleNanoseconds
        guard ledger.map({ $0.changed < settledBefore }) ?? true else { return nil }
        var unfinished = Set<String>()
        for note in settled.notes {
            if case .unfinished(let id) = note { unfinished.insert(id) }
        }
        var guides: [DueIndex.GuideRow] = []
        var seen = Set<DueIndex.GuideRow>()
        var lastRow: DueIndex.GuideRow?
        // `indexed` holds an entry (or nil) for each of the files, in the same order.
        for (session, entry) in zip(gathered.files, indexed) {
            guard let journal = session.journal, journal.changed < settledBefore else { return nil }
            if let seal = session.seal {
                guard seal.changed < settledBefore, let entry, entry.journal == journal,
                    entry.seal == seal
                else { return nil }
                // Sessions of one guide tend to come together: the row just seen needs no hashing again.
                if let row = entry.guideRow, row != lastRow {
                    lastRow = row
                    if seen.insert(row).inserted { guides.append(row) }
                }
            } else {
                guard unfinished.contains(session.id) else { return nil }
            }
        }
        let summary = DueSummary(
            settled: settled, sessionCount: gathered.files.count, sessionsDigest: filesDigest.result(),
            ledger: ledger, index: index, ledgerPrefix: FileIdentity(LedgerPrefix.path(store: store)), guides: guides)
        return summary == previous ? nil : summary
    }
}

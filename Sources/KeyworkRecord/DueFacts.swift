import Crypto
import Foundation
import KeyworkGuides

/// Every session's facts for `keywork due`, in the order listed: from the due index where a session's files are
/// exactly as they were when it was verified, or hold the very bytes it was verified from; else read and verified
/// again (on every core, a batch at a time so that only a batch of journals is in memory); and the index brought up
/// to date.
struct DueFacts {
    var facts: [SessionFacts] = []
    /// How many sessions were read and verified in this pass, rather than taken from the index.
    var sessionsRead = 0
    /// How many sessions' files had new times or inodes (a store copied or restored) but the bytes they were verified
    /// from, and so were read and compared but not verified again.
    var sessionsReused = 0
    /// Why the index could not be kept up to date, when it could not; the facts are complete all the same.
    var indexNote: String?
    /// Every session's files as they were before it was read or taken from the index, in id order.
    var files: [DueSummary.SessionFiles] = []
    /// The index's entries as the index on disk now holds them, one for each of `files` in the same (id) order, nil
    /// where it holds none; nil when the store keeps no index, or it could not be written, or is still to be written.
    var indexed: [DueIndex.Entry?]?
    /// The index with what it must now hold, when that changed: written by the caller (`DueIndex.write`, then
    /// `finish`), so that writing it can overlap other work.
    var pendingIndex: PendingIndex?

    /// Handed to the thread that writes it and not touched meanwhile (swift-crypto's `SymmetricKey` in the index,
    /// immutable, is not marked `Sendable`).
    struct PendingIndex: @unchecked Sendable {
        let index: DueIndex
        /// One for each of `files`, in id order as the sessions were listed (nil for a session it does not hold):
        /// written as they are, without sorting or copying 100,000 entries again.
        let entries: [DueIndex.Entry?]
    }

    /// Takes the outcome of writing `pendingIndex`.
    mutating func finish(_ writeError: RecordError?) {
        guard let pending = pendingIndex else { return }
        pendingIndex = nil
        if let writeError {
            indexNote =
                "the due index \(pending.index.path) cannot be written (\(writeError)); the list is complete all the "
                + "same, read from the sessions themselves, but each `keywork due` reads every session again until "
                + "the store can be written to"
        } else {
            indexed = pending.entries
        }
    }

    /// How the pass uses the index; tests change it, `keywork due` takes the default.
    struct Settings {
        var usesIndex = true
        /// A file changed this recently is verified again next time too: a change within the same tick of the
        /// file system's clock as the one the entry was made from could leave every time as it was.
        var settleNanoseconds: Int64 = 2_000_000_000
        var io: any FileIO = POSIXFileIO()
        var concurrency = ProcessInfo.processInfo.activeProcessorCount
    }

    /// How many sessions are read at a time: only a batch of journals is in memory at once.
    private static let batchSize = 1024

    static func gather(
        store: Store, sessionIDs: [String], trust: VerificationTrust,
        guide: (JournalHeader.GuideReference) -> Guide?, settings: Settings = Settings()
    ) -> DueFacts {
        let index = settings.usesIndex ? DueIndex(store: store, trust: trust) : nil
        // Each guide is looked up once per pass, however many sessions were recorded with it: each row of the
        // index's table of guides is checked once here, not once per session.
        return withoutActuallyEscaping(guide) { guide in
            let guides = SharedGuides(find: guide)
            let guideHolds = index?.guides.map { guides.guide($0.reference)?.contentHash == $0.found } ?? []
            // The entries the index is to hold, by the slot of their session in the (id-ordered) list.
            var kept = [DueIndex.Entry?](repeating: nil, count: sessionIDs.count)
            var slots: [SessionFacts?] = []
            var toRead: [Session] = []
            var toCompare: [(session: Session, entry: DueIndex.Entry)] = []
            // With no entry to compare them with (a first `due`, or no index), the files' identities are taken as
            // each session is read, from its files as they are opened, not in a pass of their own.
            let identitiesWhenRead = index?.entries.isEmpty ?? true
            var files: [DueSummary.SessionFiles] =
                identitiesWhenRead
                ? sessionIDs.map { ($0, nil, nil) }
                : identities(store: store, sessionIDs: sessionIDs, concurrency: settings.concurrency)
            for (id, journal, seal) in files {
                let session = Session(slot: slots.count, id: id, journal: journal, seal: seal)
                slots.append(nil)
                guard let entry = index?.entries[id], entry.guideSlot.map({ guideHolds[$0] }) ?? (entry.guide == nil)
                else {
                    toRead.append(session)
                    continue
                }
                if entry.journal == journal, entry.seal == seal {
                    kept[session.slot] = entry
                    slots[session.slot] = entry.facts
                } else if journal != nil, seal != nil, entry.facts.outcome == .valid, entry.sealSHA256 != nil {
                    toCompare.append((session, entry))
                } else {
                    toRead.append(session)
                }
            }
            var result = DueFacts()
            let settled = Int64(Date().timeIntervalSince1970 * 1e9) - settings.settleNanoseconds
            func isSettled(_ session: Session) -> Bool {
                guard let journal = session.journal, let seal = session.seal else { return false }
                return journal.changed < settled && seal.changed < settled
            }
            var added = false
            // A store copied or restored gives every file new times and inodes: what holds the bytes an entry was
            // made from needs no second verification, only its two files read and hashed (on every core).
            let same = ParallelMap.map(toCompare, concurrency: settings.concurrency) { session, entry in
                holdsBytes(of: entry, folder: store.sessionFolder(session.id))
            }
            for ((session, entry), same) in zip(toCompare, same) {
                guard same, let journal = session.journal, let seal = session.seal else {
                    toRead.append(session)
                    continue
                }
                slots[session.slot] = entry.facts
                result.sessionsReused += 1
                var renewed = entry
                // An identity taken within the clock's last tick is not kept: the entry is compared again next time.
                if isSettled(session) {
                    (renewed.journal, renewed.seal) = (journal, seal)
                    added = true
                }
                kept[session.slot] = renewed
            }
            let sessionsFolder = open(store.sessionsFolder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            defer { if sessionsFolder >= 0 { close(sessionsFolder) } }
            for start in stride(from: 0, to: toRead.count, by: batchSize) {
                let batch = Array(toRead[start..<min(start + batchSize, toRead.count)])
                // Verified on every core, as `keywork verify` verifies, and read for the facts.
                let read = ParallelMap.map(batch.map(\.id), concurrency: settings.concurrency) { id in
                    SessionFacts.read(
                        folder: store.sessionFolder(id), within: sessionsFolder >= 0 ? (sessionsFolder, id) : nil,
                        trust: trust, guide: guides.guide)
                }
                for (var session, reading) in zip(batch, read) {
                    if identitiesWhenRead {
                        (session.journal, session.seal) = (reading.journalIdentity, reading.sealIdentity)
                        files[session.slot] = (session.id, session.journal, session.seal)
                    }
                    slots[session.slot] = reading.facts
                    guard index != nil, reading.facts.outcome != SessionVerification.Outcome.unfinished,
                        let journal = session.journal, let seal = session.seal, isSettled(session)
                    else { continue }
                    kept[session.slot] = DueIndex.Entry(
                        journal: journal, seal: seal, guide: reading.guide, guideFound: reading.guideFound,
                        facts: reading.facts, sealSHA256: reading.sealSHA256)
                    added = true
                }
            }
            result.facts = slots.compactMap { $0 }
            result.sessionsRead = toRead.count
            result.files = files
            let keptCount = kept.reduce(0) { $1 == nil ? $0 : $0 + 1 }
            if let index, added || index.droppedLines > 0 || keptCount != index.entries.count {
                result.pendingIndex = PendingIndex(index: index, entries: kept)
            } else if index != nil {
                result.indexed = kept
            }
            return result
        }
    }

    /// A session to be listed: where its facts go in the list, and its two files' identities as found now.
    private struct Session: Sendable {
        var slot: Int
        var id: String
        var journal: FileIdentity?
        var seal: FileIdentity?
    }

    /// Whether the session's two files in `folder` hold exactly the bytes `entry` was made from: the journal's
    /// SHA-256 is the one in its facts (which a valid session's seal vouched for), the seal's the one kept beside.
    private static func holdsBytes(of entry: DueIndex.Entry, folder: String) -> Bool {
        guard let sealSHA256 = entry.sealSHA256, let journalSHA256 = entry.facts.journalSHA256,
            let seal = try? Store.readFile(folder + "/seal.sig"), Array(SHA256.hash(data: seal)) == sealSHA256,
            let journal = try? Store.readFile(folder + "/journal.jsonl")
        else { return false }
        return Hex.spells(journalSHA256, Array(SHA256.hash(data: journal)))
    }

    /// The identity of each session's journal and seal, taken on every core, each relative to the open `sessions/`
    /// folder (so the kernel walks two names per file, not the whole path).
    static func identities(store: Store, sessionIDs: [String], concurrency: Int) -> [DueSummary.SessionFiles] {
        let folder = open(store.sessionsFolder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if folder >= 0 { close(folder) } }
        let (base, prefix) = folder >= 0 ? (folder, "") : (AT_FDCWD, store.sessionsFolder + "/")
        return ParallelMap.map(sessionIDs, concurrency: concurrency) { id in
            (
                id, FileIdentity(prefix + id + "/journal.jsonl", relativeTo: base),
                FileIdentity(prefix + id + "/seal.sig", relativeTo: base)
            )
        }
    }
}

/// Guides found for the sessions being read on several threads: each is looked up once, one lookup at a time.
private final class SharedGuides: @unchecked Sendable {
    private let find: (JournalHeader.GuideReference) -> Guide?
    private var memo = GuideMemo()
    private let lock = NSLock()

    init(find: @escaping (JournalHeader.GuideReference) -> Guide?) {
        self.find = find
    }

    func guide(_ reference: JournalHeader.GuideReference) -> Guide? {
        lock.lock()
        defer { lock.unlock() }
        return memo.guide(reference, find: find)
    }
}

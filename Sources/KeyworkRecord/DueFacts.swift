import Foundation
import KeyworkGuides

/// Every session's facts for `keywork due`, in the order listed: from the due index where a session's files are
/// exactly as they were when it was verified, else read and verified again (on every core, a batch at a time so
/// that only a batch of journals is in memory), and the index brought up to date.
struct DueFacts {
    var facts: [SessionFacts] = []
    /// How many sessions were read and verified in this pass, rather than taken from the index.
    var sessionsRead = 0
    /// Why the index could not be kept up to date, when it could not; the facts are complete all the same.
    var indexNote: String?

    /// How the pass uses the index; tests change it, `keywork due` takes the default.
    struct Settings {
        var usesIndex = true
        /// A file changed this recently is verified again next time too: a change within the same tick of the
        /// file system's clock as the one the entry was made from could leave every time as it was.
        var settleNanoseconds: Int64 = 2_000_000_000
        var io: any FileIO = POSIXFileIO()
        var concurrency = ProcessInfo.processInfo.activeProcessorCount
    }

    private static let batchSize = 256

    static func gather(
        store: Store, sessionIDs: [String], trust: VerificationTrust,
        guide: (JournalHeader.GuideReference) -> Guide?, settings: Settings = Settings()
    ) -> DueFacts {
        let index = settings.usesIndex ? DueIndex(store: store, trust: trust) : nil
        // Each guide is looked up once per pass, however many sessions were recorded with it.
        var guides = GuideMemo()
        func findGuide(_ reference: JournalHeader.GuideReference) -> Guide? { guides.guide(reference, find: guide) }
        var kept: [String: DueIndex.Entry] = [:]
        var added = false
        var result = DueFacts()
        var slots: [SessionFacts?] = []
        var toRead: [(slot: Int, folder: String, journal: FileIdentity?, seal: FileIdentity?)] = []
        for id in sessionIDs {
            let folder = store.sessionFolder(id)
            let journal = FileIdentity(folder + "/journal.jsonl")
            let seal = FileIdentity(folder + "/seal.sig")
            if let entry = index?.entries[id], entry.journal == journal, entry.seal == seal,
                entry.guide.flatMap({ findGuide($0)?.contentHash }) == entry.guideFound
            {
                kept[id] = entry
                slots.append(entry.facts)
            } else {
                toRead.append((slots.count, folder, journal, seal))
                slots.append(nil)
            }
        }
        let settled = Int64(Date().timeIntervalSince1970 * 1e9) - settings.settleNanoseconds
        for start in stride(from: 0, to: toRead.count, by: batchSize) {
            let batch = Array(toRead[start..<min(start + batchSize, toRead.count)])
            let verified = ParallelMap.map(batch.map(\.folder), concurrency: settings.concurrency) {
                SessionCheck.verifyFolder($0, trust: trust, buildingData: true)
            }
            let found = verified.map { $0.journal.flatMap { findGuide($0.header.guide) } }
            let read = ParallelMap.map(Array(verified.indices), concurrency: settings.concurrency) {
                [verified, found] in
                SessionFacts(verified[$0], guide: found[$0])
            }
            for (offset, facts) in read.enumerated() {
                let session = batch[offset]
                slots[session.slot] = facts
                guard index != nil, facts.outcome != SessionVerification.Outcome.unfinished,
                    let journal = session.journal,
                    let seal = session.seal, journal.changed < settled, seal.changed < settled
                else { continue }
                kept[facts.sessionID] = DueIndex.Entry(
                    journal: journal, seal: seal, guide: verified[offset].journal?.header.guide,
                    guideFound: found[offset]?.contentHash, facts: facts)
                added = true
            }
        }
        result.facts = slots.compactMap { $0 }
        result.sessionsRead = toRead.count
        if let index, added || index.droppedLines > 0 || kept.count != index.entries.count {
            do {
                try index.write(kept, io: settings.io)
            } catch {
                result.indexNote =
                    "the due index \(index.path) cannot be written (\(error)); the list is complete all the same, "
                    + "read from the sessions themselves, but each `keywork due` reads every session again until "
                    + "the store can be written to"
            }
        }
        return result
    }
}

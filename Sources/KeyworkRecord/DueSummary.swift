import Crypto
import Foundation
import KeyworkGuides

/// What the last whole pass of `keywork due` settled for the store, `<store>/index-summary` (transcript-format.md
/// §14), with what it was settled from: so that when nothing changed, `due` answers from it after only listing the
/// sessions and taking their files' identities, without reading the index line by line, the ledger or any chain.
///
/// Like the index, it is a cache, never trusted over the files. It holds only while its MAC holds (a key derived
/// from the device key, over the trust set's digest too); every session folder is the one it was (the same ids, and
/// each journal and seal with the same size, times, inode and device, or an unfinished session still unfinished);
/// the ledger and the index are the files they were; and each guide the facts were read with is still the one
/// found. It is written only after a whole pass whose every file had settled and whose chains stayed within the
/// store's sessions; anything else makes the next `due` do the whole pass again.
struct DueSummary: Equatable {
    static let format = "keywork-due-summary/1"

    var settled: DueSettled
    /// How many session folders there were, and the SHA-256 of their ids and files' identities (`digest(of:)`).
    var sessionCount: Int
    var sessionsDigest: [UInt8]
    /// The ledger, the index and the index's ledger (`LedgerPrefix`) as they were; nil for one that did not exist.
    /// The caches are watched too, so that a damaged one is mended by the next whole pass.
    var ledger: FileIdentity?
    var index: FileIdentity
    var ledgerPrefix: FileIdentity?
    /// Each guide reference the facts were read with, and the content hash of the guide found for it then.
    var guides: [DueIndex.GuideRow]

    static func path(store: Store) -> String { store.root + "/index-summary" }

    /// One session folder's files, as the summary compares them: the seal is nil for an unfinished session.
    typealias SessionFiles = (id: String, journal: FileIdentity?, seal: FileIdentity?)

    /// SHA-256 of every session's id and its files' identities, in the order given (id order).
    static func digest(of sessions: [SessionFiles]) -> [UInt8] {
        var hash = SHA256()
        var bytes: [UInt8] = []
        // The hash is of all the sessions' bytes in a row, so they are handed over a block of many at a time.
        let block = 1 << 16
        bytes.reserveCapacity(block + 256)
        func add(_ number: UInt64) {
            withUnsafeBytes(of: number.littleEndian) { bytes += $0 }
        }
        func add(_ identity: FileIdentity?) {
            guard let identity else {
                bytes.append(0)
                return
            }
            bytes.append(1)
            add(UInt64(bitPattern: identity.size))
            add(UInt64(bitPattern: identity.modified))
            add(UInt64(bitPattern: identity.changed))
            add(identity.inode)
            add(identity.device)
        }
        for session in sessions {
            bytes += session.id.utf8
            add(session.journal)
            add(session.seal)
            if bytes.count >= block {
                hash.update(data: bytes)
                bytes.removeAll(keepingCapacity: true)
            }
        }
        hash.update(data: bytes)
        return Array(hash.finalize())
    }

    // MARK: - Whether it still holds

    /// The settled pass, when this summary still holds for `store` as it is now; also how many unfinished sessions
    /// were checked to know it. Nil when anything it was made from changed.
    func stillHolds(
        store: Store, trust: VerificationTrust, guide: (JournalHeader.GuideReference) -> Guide?, concurrency: Int
    ) -> (settled: DueSettled, unfinishedChecked: Int)? {
        guard FileIdentity(store.root + "/index.jsonl") == index,
            FileIdentity(LedgerPrefix.path(store: store)) == ledgerPrefix,
            Self.ledgerIdentity(store: store) == .some(ledger),
            guides.allSatisfy({ guide($0.reference)?.contentHash == $0.found }),
            let folders = try? store.sessionFolders(), folders.misnamed.isEmpty, folders.ids.count == sessionCount
        else { return nil }
        let files = DueFacts.identities(store: store, sessionIDs: folders.ids, concurrency: concurrency)
        // A session with no seal counts as it did only while it is still unfinished (not, say, a seal that is a folder).
        var unfinishedChecked = 0
        for session in files where session.seal == nil {
            guard session.journal != nil,
                SessionCheck.verifyFolder(store.sessionFolder(session.id), trust: trust, buildingData: false)
                    .verification.outcome == .unfinished
            else { return nil }
            unfinishedChecked += 1
        }
        guard Self.digest(of: files) == sessionsDigest else { return nil }
        return (settled, unfinishedChecked)
    }

    /// The ledger's identity: `.some(nil)` when there is no ledger, nil when something that is not a plain file is
    /// in its place (which only a whole pass reports).
    static func ledgerIdentity(store: Store) -> FileIdentity?? {
        let path = Ledger(store: store).path
        if let identity = FileIdentity(path) { return .some(identity) }
        return Store.exists(path) ? nil : .some(nil)
    }

    // MARK: - Reading and writing

    /// The summary of `store`; nil when there is none, or it does not read, or its MAC fails (made with another
    /// device key or under another trust set).
    static func load(store: Store, trust: VerificationTrust) -> DueSummary? {
        guard let key = DueIndex.macKey(store: store, purpose: format),
            let bytes = try? Store.readFile(path(store: store)), bytes.last == UInt8(ascii: "\n"),
            let firstNewline = bytes.firstIndex(of: UInt8(ascii: "\n"))
        else { return nil }
        let head = bytes[..<firstNewline].split(separator: UInt8(ascii: " "))
        let body = bytes[(firstNewline + 1)...]
        guard head.count == 2, head[0].elementsEqual(format.utf8), let mac = Hex.decode(utf8: head[1]),
            HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: DueIndex.digest(trust) + body, using: key)
        else { return nil }
        return decode(body)
    }

    /// Writes the summary whole (temporary file, fsync, rename, fsync of the folder).
    func write(store: Store, trust: VerificationTrust, io: any FileIO) throws(RecordError) {
        guard let key = DueIndex.macKey(store: store, purpose: Self.format) else { return }
        let body = encodedBody()
        let mac = HMAC<SHA256>.authenticationCode(for: DueIndex.digest(trust) + body, using: key)
        try Store.writeFileAtomically(
            Self.path(store: store), Array("\(Self.format) \(Hex.encode(mac))\n".utf8) + body, io: io)
    }

    /// The lines after the first: `sessions`, `ledger`, `index`, `prefix`, then the guides (`g`), the candidates (`c`), and the
    /// notes in order (`a` for attention, `u` for an unfinished session). Fields are tab-separated (`IndexFields`).
    func encodedBody() -> [UInt8] {
        var bytes: [UInt8] = []
        func line(_ fill: (inout IndexFields) -> Void) {
            var fields = IndexFields()
            fill(&fields)
            bytes += fields.bytes + [UInt8(ascii: "\n")]
        }
        line {
            $0.add(raw: "sessions")
            $0.add(Int64(sessionCount))
            $0.add(raw: Hex.encode(sessionsDigest))
        }
        line {
            $0.add(raw: "ledger")
            if let ledger { ledger.add(to: &$0) } else { $0.add(raw: "none") }
        }
        line {
            $0.add(raw: "index")
            index.add(to: &$0)
        }
        line {
            $0.add(raw: "prefix")
            if let ledgerPrefix { ledgerPrefix.add(to: &$0) } else { $0.add(raw: "none") }
        }
        for row in guides {
            line { row.add(to: &$0) }
        }
        for item in settled.candidates {
            line {
                $0.add(raw: "c")
                $0.add(raw: item.kind.rawValue)
                $0.add(optional: item.clientReference)
                $0.add(item.sessionID)
                $0.add(item.guideID)
                $0.add(Int64(item.date.dayNumber))
                $0.add(optional: item.waitingFor)
                $0.add(optional: item.howToldOfDelays)
            }
        }
        for note in settled.notes {
            line {
                switch note {
                case .attention(let attention):
                    $0.add(raw: "a")
                    $0.add(attention.kind)
                    $0.add(attention.sessionID)
                    $0.add(optional: attention.clientReference)
                    $0.add(attention.reason)
                case .unfinished(let sessionID):
                    $0.add(raw: "u")
                    $0.add(sessionID)
                }
            }
        }
        return bytes
    }

    private static func decode(_ body: ArraySlice<UInt8>) -> DueSummary? {
        var lines = body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        lines.removeLast()
        guard lines.count >= 4, let sessions = IndexFields.split(lines[0], count: 3),
            sessions[0].elementsEqual("sessions".utf8), let count = IndexFields.number(sessions[1]),
            let digest = Hex.decode(utf8: sessions[2]), digest.count == 32,
            let ledger = optionalIdentity(lines[1], tag: "ledger"),
            let indexFields = IndexFields.split(lines[2], count: 6), indexFields[0].elementsEqual("index".utf8),
            let index = FileIdentity(fields: indexFields[1...]),
            let ledgerPrefix = optionalIdentity(lines[3], tag: "prefix")
        else { return nil }
        var summary = DueSummary(
            settled: DueSettled(), sessionCount: Int(count), sessionsDigest: digest, ledger: ledger, index: index,
            ledgerPrefix: ledgerPrefix, guides: [])
        for line in lines.dropFirst(4) {
            guard let tag = line.first else { return nil }
            switch tag {
            case UInt8(ascii: "g"):
                guard let row = DueIndex.GuideRow(line: line) else { return nil }
                summary.guides.append(row)
            case UInt8(ascii: "c"):
                guard let fields = IndexFields.split(line, count: 8),
                    let kind = IndexFields.text(fields[1]).flatMap(DueList.Item.Kind.init(rawValue:)),
                    let client = IndexFields.optionalText(fields[2]), let sessionID = IndexFields.text(fields[3]),
                    let guideID = IndexFields.text(fields[4]), let day = IndexFields.number(fields[5]),
                    let waitingFor = IndexFields.optionalText(fields[6]),
                    let howTold = IndexFields.optionalText(fields[7])
                else { return nil }
                let date = GuideDate(dayNumber: Int(day))
                summary.settled.candidates.append(
                    DueList.Item(
                        kind: kind, clientReference: client, sessionID: sessionID, guideID: guideID, date: date,
                        daysOverdue: -date.dayNumber, waitingFor: waitingFor, howToldOfDelays: howTold))
            case UInt8(ascii: "a"):
                guard let fields = IndexFields.split(line, count: 5), let kind = IndexFields.text(fields[1]),
                    let sessionID = IndexFields.text(fields[2]), let client = IndexFields.optionalText(fields[3]),
                    let reason = IndexFields.text(fields[4])
                else { return nil }
                summary.settled.notes.append(
                    .attention(
                        DueList.Attention(
                            kind: kind, sessionID: sessionID, clientReference: client, time: nil, reason: reason)))
            case UInt8(ascii: "u"):
                guard let fields = IndexFields.split(line, count: 2), let sessionID = IndexFields.text(fields[1])
                else { return nil }
                summary.settled.notes.append(.unfinished(sessionID: sessionID))
            default:
                return nil
            }
        }
        return summary
    }

    /// A line `tag` followed by an identity or `none`: `.some(nil)` for `none`, nil when it is neither.
    private static func optionalIdentity(_ line: ArraySlice<UInt8>, tag: String) -> FileIdentity?? {
        let fields = line.split(separator: IndexFields.tab, omittingEmptySubsequences: false)
        guard fields.first?.elementsEqual(tag.utf8) == true else { return nil }
        if fields.count == 2 && fields[1].elementsEqual("none".utf8) { return .some(nil) }
        return FileIdentity(fields: fields.dropFirst()).map { .some($0) }
    }
}

import Crypto
import Foundation
import KeyworkGuides

/// The due index, `<store>/index.jsonl` (transcript-format.md §14): what `keywork due` needs of each session that
/// was verified, so that only new or changed sessions are read and verified again.
///
/// It is a cache, never trusted over the sessions. An entry is used only while both files of its session are
/// exactly as they were when it was verified (size, modification and change times, inode, device; or, for a session
/// that verified, the SHA-256 of both files' bytes), the trusted keys are the same, and the guide it was read with is
/// still the one found; each line carries a MAC with a key derived from the device key, so whoever can change files
/// but not read the device key cannot forge one. A damaged line is dropped and its session verified again; a missing
/// or unreadable index is rebuilt; one that cannot be written only makes `due` slower, and says so.
struct DueIndex {
    static let format = "keywork-due-index/3"

    /// One session's facts, with what they were worked out from.
    struct Entry: Sendable, Equatable {
        var journal: FileIdentity
        var seal: FileIdentity
        var guide: JournalHeader.GuideReference?
        /// The content hash of the guide found for `guide` when the facts were read; nil when none was.
        var guideFound: String?
        var facts: SessionFacts
        /// The SHA-256 of the seal's bytes the facts were read from (the journal's is in the facts).
        var sealSHA256: [UInt8]?
        /// Where `guide` and `guideFound` are in the index's table of guides, for an entry read from the index.
        var guideSlot: Int?

        /// `guide` with the hash found for it, as a row of the table of guides; nil when the journal named none.
        var guideRow: GuideRow? { guide.map { GuideRow(reference: $0, found: guideFound) } }

        init(
            journal: FileIdentity, seal: FileIdentity, guide: JournalHeader.GuideReference?, guideFound: String?,
            facts: SessionFacts, sealSHA256: [UInt8]?, guideSlot: Int? = nil
        ) {
            (self.journal, self.seal, self.guide, self.guideFound) = (journal, seal, guide, guideFound)
            (self.facts, self.sealSHA256, self.guideSlot) = (facts, sealSHA256, guideSlot)
        }
    }

    /// A guide reference as sessions recorded it, and the content hash of the guide found for it then (or nil).
    struct GuideRow: Sendable, Hashable {
        var reference: JournalHeader.GuideReference
        var found: String?

        /// The row as a line's fields: `g`, the found guide's hash (optional), then the reference's five parts.
        func add(to fields: inout IndexFields) {
            fields.add(raw: "g")
            fields.add(optional: found)
            for part in [reference.id, reference.version, reference.hash, reference.origin, reference.language] {
                fields.add(part)
            }
        }

        /// The row `add(to:)` wrote as `line`; nil when the line is not one.
        init?(line: ArraySlice<UInt8>) {
            guard let fields = IndexFields.split(line, count: 7), fields[0].elementsEqual("g".utf8),
                let found = IndexFields.optionalText(fields[1])
            else { return nil }
            let parts = fields[2...].compactMap(IndexFields.text)
            guard parts.count == 5 else { return nil }
            reference = JournalHeader.GuideReference(
                id: parts[0], version: parts[1], hash: parts[2], origin: parts[3], language: parts[4])
            self.found = found
        }

        init(reference: JournalHeader.GuideReference, found: String?) {
            (self.reference, self.found) = (reference, found)
        }
    }

    let path: String
    private let macKey: SymmetricKey
    /// The trusted keys the verdicts were given with: a line made under another trust set fails its MAC.
    private let trustDigest: [UInt8]
    private(set) var entries: [String: Entry] = [:]
    /// The table of guides the entries name by number, as read.
    private(set) var guides: [GuideRow] = []
    /// Lines dropped as damaged (or made under another trust set, or in another format).
    private(set) var droppedLines = 0

    /// The index of `store` as it is on disk (empty when missing or unreadable); nil when the store has no
    /// readable device key to check the index with, and so keeps no index.
    init?(store: Store, trust: VerificationTrust) {
        guard let macKey = Self.macKey(store: store, purpose: Self.format) else { return nil }
        path = store.root + "/index.jsonl"
        self.macKey = macKey
        trustDigest = Self.digest(trust)
        guard let bytes = try? Store.readFile(path) else { return }
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        // Only whole lines count: anything after the last newline was cut short (and is empty when there is none).
        lines.removeLast()
        // An index of another format (an older one too) is rebuilt from the sessions.
        guard let first = lines.first, first.elementsEqual(Self.format.utf8) else {
            droppedLines = lines.count
            return
        }
        // The tables of keys and guides come first; every session line's MAC covers them, so a changed table
        // makes every line unusable.
        var keys: [[UInt8]] = []
        var tables = SHA256()
        var position = 1
        while position < lines.count, let tag = lines[position].first,
            tag == UInt8(ascii: "k") || tag == UInt8(ascii: "g")
        {
            let line = lines[position]
            if tag == UInt8(ascii: "k"), let fields = IndexFields.split(line, count: 2),
                let key = Hex.decode(utf8: fields[1])
            {
                keys.append(key)
            } else if tag == UInt8(ascii: "g"), let row = GuideRow(line: line) {
                guides.append(row)
            } else {
                droppedLines = lines.count
                guides = []
                return
            }
            tables.update(data: line)
            tables.update(data: [UInt8(ascii: "\n")])
            position += 1
        }
        // Each line is checked and decoded on its own, so the lines are shared among the cores, a run each.
        let body = Array(lines[position...])
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, body.count / 1024))
        let runs = (0..<workers).map { body.count * $0 / workers..<body.count * ($0 + 1) / workers }
        let (digest, keyBytes) = (trustDigest + Array(tables.finalize()), macKey.withUnsafeBytes { Array($0) })
        let (table, keyTable) = (guides, keys)
        let decoded = ParallelMap.map(runs, concurrency: workers) { run in
            var mac = HMAC<SHA256>(key: SymmetricKey(data: keyBytes))
            mac.update(data: digest)
            return body[run].map { Self.read($0, macAfterTables: mac, keys: keyTable, guides: table) }
        }
        entries.reserveCapacity(body.count)
        for entry in decoded.joined() {
            // A session's second line is dropped: the first one counts.
            guard let entry, entries[entry.facts.sessionID] == nil else {
                droppedLines += 1
                continue
            }
            entries[entry.facts.sessionID] = entry
        }
    }

    /// The whole index for `entries`: the format, the tables of keys and guides, then one line per session sorted by
    /// session id, each with its MAC.
    func encoded(_ entries: [String: Entry]) -> [UInt8] {
        encoded(inIDOrder: entries.keys.sorted().map { entries[$0] })
    }

    /// The whole index for `sorted`, at most one entry per session, already in session id order (as a pass lists
    /// them, so that 100,000 ids need no sorting again); a nil is a session the index does not hold. The same bytes
    /// as `encoded(_:)` for the same entries.
    func encoded(inIDOrder sorted: [Entry?]) -> [UInt8] {
        var keySlots: [[UInt8]: Int] = [:]
        var guideSlots: [GuideRow: Int] = [:]
        // Each entry's row in the table of guides, found once here for the lines made below.
        var guideSlotOfEntry: [Int?] = []
        guideSlotOfEntry.reserveCapacity(sorted.count)
        var tables: [UInt8] = []
        // The last key and row seen: sessions of one device and one guide tend to come together, and a key or row
        // equal to the last needs no hashing again. Each entry's fields are read in place, not the whole entry
        // copied (with 100,000 entries, the copies were much of this loop).
        var lastKey: [UInt8]?
        var lastRow: (row: GuideRow, slot: Int)?
        for offset in sorted.indices {
            guard sorted[offset] != nil else {
                guideSlotOfEntry.append(nil)
                continue
            }
            if let key = sorted[offset]?.facts.publicKey, key != lastKey {
                lastKey = key
                if keySlots[key] == nil {
                    keySlots[key] = keySlots.count
                    tables += Array(("k\t" + Hex.encode(key) + "\n").utf8)
                }
            }
            guard let row = sorted[offset]?.guideRow else {
                guideSlotOfEntry.append(nil)
                continue
            }
            if let lastRow, lastRow.row == row {
                guideSlotOfEntry.append(lastRow.slot)
                continue
            }
            if let slot = guideSlots[row] {
                lastRow = (row, slot)
                guideSlotOfEntry.append(slot)
                continue
            }
            lastRow = (row, guideSlots.count)
            guideSlots[row] = guideSlots.count
            guideSlotOfEntry.append(guideSlots.count - 1)
            var fields = IndexFields()
            row.add(to: &fields)
            tables += fields.bytes + [UInt8(ascii: "\n")]
        }
        let macPrefix = trustDigest + Array(SHA256.hash(data: tables))
        var bytes = Array((Self.format + "\n").utf8) + tables
        // Each line is made on its own, so the lines are shared among the cores, a run each, as they are read.
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, sorted.count / 1024))
        let runs = (0..<workers).map { sorted.count * $0 / workers..<sorted.count * ($0 + 1) / workers }
        let (keyBytes, keys, guides) = (macKey.withUnsafeBytes { Array($0) }, keySlots, guideSlotOfEntry)
        let parts = ParallelMap.map(runs, concurrency: workers) { run in
            var macAfterTables = HMAC<SHA256>(key: SymmetricKey(data: keyBytes))
            macAfterTables.update(data: macPrefix)
            var part: [UInt8] = []
            // About 350 bytes a line: grown once rather than doubled a dozen times.
            part.reserveCapacity(run.count * 384)
            for offset in run {
                guard let entry = sorted[offset] else { continue }
                var fields = IndexFields()
                entry.journal.add(to: &fields)
                entry.seal.add(to: &fields)
                fields.add(optional: guides[offset])
                fields.add(optional: entry.sealSHA256.map(Hex.encode))
                entry.facts.add(to: &fields) { keys[$0] ?? 0 }
                var mac = macAfterTables
                mac.update(data: fields.bytes)
                part.append(contentsOf: Hex.encode(mac.finalize()).utf8)
                part.append(IndexFields.tab)
                part.append(contentsOf: fields.bytes)
                part.append(UInt8(ascii: "\n"))
            }
            return part
        }
        bytes.reserveCapacity(bytes.count + parts.reduce(0) { $0 + $1.count })
        for part in parts { bytes += part }
        return bytes
    }

    /// Writes the index whole: a temporary file, fsync, rename, fsync of the store's folder.
    func write(_ entries: [String: Entry], io: any FileIO) throws(RecordError) {
        try Store.writeFileAtomically(path, encoded(entries), io: io)
    }

    /// `write(_:io:)` for entries already in session id order, one per session.
    func write(inIDOrder entries: [Entry?], io: any FileIO) throws(RecordError) {
        try Store.writeFileAtomically(path, encoded(inIDOrder: entries), io: io)
    }

    /// How many fields a session line has after its MAC: the two files' identities, the guide's number, the seal's
    /// SHA-256, the facts.
    private static let entryFieldCount = 5 + 5 + 1 + 1 + SessionFacts.fieldCount

    /// Reads one session line, `<MAC in hex> TAB <fields>`. The MAC is checked on the fields' bytes, with the trust
    /// set's digest and the tables' before them, before anything in it is read. `macAfterTables` is the MAC begun
    /// with those digests, copied for each line.
    private static func read(
        _ line: ArraySlice<UInt8>, macAfterTables: HMAC<SHA256>, keys: [[UInt8]], guides: [GuideRow]
    ) -> Entry? {
        let bodyStart = line.startIndex + 65
        guard line.count > 65, line[bodyStart - 1] == IndexFields.tab,
            let given = Hex.decode(utf8: line[line.startIndex..<(bodyStart - 1)])
        else { return nil }
        let body = line[bodyStart...]
        var mac = macAfterTables
        mac.update(data: body)
        guard mac.finalize() == given, let fields = IndexFields.split(body, count: entryFieldCount) else { return nil }
        guard let journal = FileIdentity(fields: fields[0..<5]), let seal = FileIdentity(fields: fields[5..<10]),
            let guideSlot = IndexFields.optionalNumber(fields[10]),
            let sealHex = IndexFields.optionalText(fields[11]),
            let facts = SessionFacts(fields: fields[12...], keys: keys)
        else { return nil }
        var sealSHA256: [UInt8]?
        if let sealHex {
            guard let bytes = Hex.decode(sealHex), bytes.count == 32 else { return nil }
            sealSHA256 = bytes
        }
        var row: GuideRow?
        if let guideSlot {
            guard guideSlot >= 0, guideSlot < guides.count else { return nil }
            row = guides[Int(guideSlot)]
        }
        return Entry(
            journal: journal, seal: seal, guide: row?.reference,
            guideFound: row?.found, facts: facts, sealSHA256: sealSHA256, guideSlot: guideSlot.map(Int.init))
    }

    /// A key for the MACs of the due index's files, derived from the device key for `purpose` (the file's format),
    /// so that a line of one file cannot pass as another's; nil when the store has no key that can be read.
    static func macKey(store: Store, purpose: String) -> SymmetricKey? {
        let path = store.keysFolder + "/device.key"
        guard let bytes = try? Store.readFile(path),
            let raw = try? DeviceKey.decodeKeyFile(bytes, magic: DeviceKey.privateKeyMagic, path: path, what: "key")
        else { return nil }
        return HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: raw), info: Array(purpose.utf8), outputByteCount: 32)
    }

    /// SHA-256 of which keys count and how: this device's, each trusted one by name, and whether trust is required.
    static func digest(_ trust: VerificationTrust) -> [UInt8] {
        var text = "device " + (trust.deviceKey.map(Hex.encode) ?? "none") + "\n"
        for (name, key) in trust.trusted.sorted(by: { $0.name < $1.name }) {
            text += "trusted " + Hex.encode(key) + " " + name + "\n"
        }
        text += trust.requireTrusted ? "require trusted\n" : "unknown keys warned of\n"
        return Array(SHA256.hash(data: Array(text.utf8)))
    }
}

/// Which version of a file an index entry was made from. The change time cannot be set back (`touch` cannot), so
/// an edit in place that puts the size and modification time back is still seen.
struct FileIdentity: Sendable, Equatable {
    var size: Int64
    var modified: Int64
    var changed: Int64
    var inode: UInt64
    var device: UInt64

    /// The identity of a regular file at `path`; nil when there is none.
    init?(_ path: String) {
        self.init(path, relativeTo: AT_FDCWD)
    }

    /// The identity of a regular file at `path` within the open folder `folder` (symbolic links followed, as `stat`
    /// does); nil when there is none. A path relative to an open folder is looked up from there, not from `/`.
    init?(_ path: String, relativeTo folder: Int32) {
        var info = stat()
        guard fstatat(folder, path, &info, 0) == 0 else { return nil }
        self.init(status: info)
    }

    /// The identity of the file `info` describes; nil when it is not a regular file.
    init?(status info: stat) {
        guard info.st_mode & S_IFMT == S_IFREG else { return nil }
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        inode = UInt64(info.st_ino)
        device = UInt64(info.st_dev)
    }

    /// The identity as five fields of a due index file: size, modification and change times, inode, device.
    func add(to fields: inout IndexFields) {
        for number in [size, modified, changed, Int64(bitPattern: inode), Int64(bitPattern: device)] {
            fields.add(number)
        }
    }

    /// The identity `add(to:)` wrote in exactly five `fields`; nil when they are not five numbers.
    init?(fields: ArraySlice<ArraySlice<UInt8>>) {
        let start = fields.startIndex
        guard fields.count == 5, let size = IndexFields.number(fields[start]),
            let modified = IndexFields.number(fields[start + 1]), let changed = IndexFields.number(fields[start + 2]),
            let inode = IndexFields.number(fields[start + 3]), let device = IndexFields.number(fields[start + 4])
        else { return nil }
        (self.size, self.modified, self.changed) = (size, modified, changed)
        (self.inode, self.device) = (UInt64(bitPattern: inode), UInt64(bitPattern: device))
    }
}

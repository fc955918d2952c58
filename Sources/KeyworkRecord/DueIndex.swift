import Crypto
import Foundation
import KeyworkGuides

/// The due index, `<store>/index.jsonl` (transcript-format.md §14): what `keywork due` needs of each session that
/// was verified, so that only new or changed sessions are read and verified again.
///
/// It is a cache, never trusted over the sessions. An entry is used only while both files of its session are
/// exactly as they were when it was verified (size, modification and change times, inode, device), the trusted
/// keys are the same, and the guide it was read with is still the one found; each line carries a MAC with a key
/// derived from the device key, so whoever can change files but not read the device key cannot forge one. A damaged
/// line is dropped and its session verified again; a missing or unreadable index is rebuilt; one that cannot be
/// written only makes `due` slower, and says so.
struct DueIndex {
    static let format = "keywork-due-index/1"

    /// One session's facts, with what they were worked out from.
    struct Entry: Sendable, Equatable {
        var journal: FileIdentity
        var seal: FileIdentity
        var guide: JournalHeader.GuideReference?
        /// The content hash of the guide found for `guide` when the facts were read; nil when none was.
        var guideFound: String?
        var facts: SessionFacts
    }

    let path: String
    private let macKey: SymmetricKey
    /// The trusted keys the verdicts were given with: a line made under another trust set fails its MAC.
    private let trustDigest: [UInt8]
    private(set) var entries: [String: Entry] = [:]
    /// Lines dropped as damaged (or made under another trust set).
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
        guard let first = lines.first, (try? JSONParser.parse(first))?["format"]?.stringValue == Self.format else {
            droppedLines = lines.count
            return
        }
        // Each line is checked and decoded on its own, so the lines are shared among the cores, a run each.
        let body = Array(lines.dropFirst())
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, body.count / 1024))
        let runs = (0..<workers).map { body.count * $0 / workers..<body.count * ($0 + 1) / workers }
        let (digest, keyBytes) = (trustDigest, macKey.withUnsafeBytes { Array($0) })
        let decoded = ParallelMap.map(runs, concurrency: workers) { run in
            var mac = HMAC<SHA256>(key: SymmetricKey(data: keyBytes))
            mac.update(data: digest)
            return body[run].map { Self.read($0, macAfterDigest: mac) }
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

    /// The whole index for `entries`, sorted by session id, each line with its MAC.
    func encoded(_ entries: [String: Entry]) -> [UInt8] {
        var bytes = JSONValue.object([("format", .string(Self.format))]).encoded() + [UInt8(ascii: "\n")]
        for id in entries.keys.sorted() {
            guard let entry = entries[id] else { continue }
            let guide: JSONValue =
                entry.guide.map { reference in
                    .array(
                        [reference.id, reference.version, reference.hash, reference.origin, reference.language].map(
                            JSONValue.string))
                } ?? .null
            let body = JSONValue.object([
                ("journal", entry.journal.json), ("seal", entry.seal.json), ("guide", guide),
                ("guide_found", entry.guideFound.map(JSONValue.string) ?? .null), ("facts", entry.facts.json),
            ]).encoded()
            let mac = HMAC<SHA256>.authenticationCode(for: trustDigest + body, using: macKey)
            bytes += Self.head + Array(Hex.encode(mac).utf8) + Self.middle + body + Array("}\n".utf8)
        }
        return bytes
    }

    /// Writes the index whole: a temporary file, fsync, rename, fsync of the store's folder.
    func write(_ entries: [String: Entry], io: any FileIO) throws(RecordError) {
        try Store.writeFileAtomically(path, encoded(entries), io: io)
    }

    private static let head = Array(#"{"mac":""#.utf8)
    private static let middle = Array(#"","entry":"#.utf8)

    /// Reads one line, `{"mac":"<64 hex digits>","entry":<entry>}`. The MAC is checked on the entry's own bytes,
    /// and the trust set's digest before them, before anything in it is read.
    /// `macAfterDigest` is the MAC begun with the trust set's digest, copied for each line.
    private static func read(_ line: ArraySlice<UInt8>, macAfterDigest: HMAC<SHA256>) -> Entry? {
        let macStart = line.startIndex + Self.head.count
        let bodyStart = macStart + 64 + Self.middle.count
        guard line.count > bodyStart - line.startIndex + 1, line.starts(with: Self.head),
            line.last == UInt8(ascii: "}"), line[(macStart + 64)..<bodyStart].elementsEqual(Self.middle),
            let given = Hex.decode(String(decoding: line[macStart..<(macStart + 64)], as: UTF8.self))
        else { return nil }
        let bodyBytes = line[bodyStart..<(line.endIndex - 1)]
        var mac = macAfterDigest
        mac.update(data: bodyBytes)
        guard mac.finalize() == given,
            let body = try? JSONParser.parse(bodyBytes),
            let journal = FileIdentity(json: body["journal"]), let seal = FileIdentity(json: body["seal"]),
            let factsJSON = body["facts"], let facts = SessionFacts(json: factsJSON)
        else { return nil }
        var guide: JournalHeader.GuideReference?
        if let parts = body["guide"]?.arrayValue?.compactMap(\.stringValue), parts.count == 5 {
            guide = JournalHeader.GuideReference(
                id: parts[0], version: parts[1], hash: parts[2], origin: parts[3], language: parts[4])
        }
        return Entry(
            journal: journal, seal: seal, guide: guide, guideFound: body["guide_found"]?.stringValue, facts: facts)
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
    private static func digest(_ trust: VerificationTrust) -> [UInt8] {
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
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        inode = UInt64(info.st_ino)
        device = UInt64(info.st_dev)
    }

    init?(json: JSONValue?) {
        guard let numbers = json?.arrayValue?.compactMap(\.intValue), numbers.count == 5 else { return nil }
        (size, modified, changed) = (numbers[0], numbers[1], numbers[2])
        (inode, device) = (UInt64(bitPattern: numbers[3]), UInt64(bitPattern: numbers[4]))
    }

    var json: JSONValue {
        .array([size, modified, changed, Int64(bitPattern: inode), Int64(bitPattern: device)].map(JSONValue.int))
    }
}

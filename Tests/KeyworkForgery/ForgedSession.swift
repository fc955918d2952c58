// KeyworkForgery writes records as a forger would, byte by byte and without the record layer's checks: any
// key (even one that is not a key), any role, any link, any text. It may import KeyworkRecord, KeyworkGuides,
// Foundation and swift-crypto. It is for tests only, and never writes outside the store it is given.

import Crypto
import Foundation
import KeyworkGuides
import KeyworkRecord
import KeyworkSession

/// A sealed session to forge: what its header and seal say, and the key that signs the seal.
public struct ForgedSession: Sendable {
    public var id: String
    public var mode: GuideMode = .session
    public var keyworker = "Sam"
    public var clientReference: String? = "C-1"
    public var guideID = "plan"
    /// The key the header and the seal name, raw; it need not be a valid key at all.
    public var namedKey: [UInt8]
    /// The key that signs the seal; nil leaves the signature all zeros (no key could have made it).
    public var signingKey: DeviceKey?
    /// A signature to write instead of signing, such as `ForgedKeys.identitySignature`.
    public var rawSignature: [UInt8]?
    public var links: [SessionLink] = []
    public var signerName = "Sam"
    public var role = "keyworker"
    public var meaning = "I confirm this is the complete record of the session"
    public var time = "2026-11-27T02:47:30.125Z"
    /// Events after the header, as (name, data); each gets the header's time.
    public var events: [(name: String, data: JSONValue)] = [("completed", .object([]))]

    /// A session signed and named by `key`, which is how an honest one looks.
    public init(id: String, key: DeviceKey) {
        self.id = id
        self.namedKey = key.publicKeyBytes
        self.signingKey = key
    }

    /// A session naming `namedKey`, signed by `signingKey` (or by nobody).
    public init(id: String, namedKey: [UInt8], signingKey: DeviceKey?) {
        self.id = id
        self.namedKey = namedKey
        self.signingKey = signingKey
    }

    var namedKeyBase64: String { Data(namedKey).base64EncodedString() }

    /// The journal's bytes.
    public func journal() -> [UInt8] {
        let header = JournalHeader(
            sessionID: id, mode: mode,
            guide: .init(id: guideID, version: "1", hash: String(repeating: "ab", count: 32), origin: "plan.yaml"),
            keyworker: keyworker, clientReference: clientReference, deviceKey: namedKeyBase64, links: links,
            participants: mode == .group ? Participants(headCount: 3, initials: []) : nil)
        var chain = JournalChain.start(sessionID: id)
        var bytes: [UInt8] = []
        for (seq, event) in ([("header", header.json)] + events).enumerated() {
            let line = JSONValue.object([
                ("seq", .int(Int64(seq))), ("ts", .string(time)), ("event", .string(event.name)), ("data", event.data),
                ("prev", .string(Self.hex(chain))),
            ]).encoded()
            bytes += line + [0x0A]
            chain = JournalChain.next(after: chain, line: line)
        }
        return bytes
    }

    /// The seal's bytes for `journal`.
    public func seal(for journal: [UInt8]) -> [UInt8] {
        var chain = JournalChain.start(sessionID: id)
        var lastSeq = -1
        for line in journal.split(separator: 0x0A) {
            chain = JournalChain.next(after: chain, line: line)
            lastSeq += 1
        }
        let statement = JSONValue.object([
            ("session", .string(id)), ("journal_sha256", .string(Self.hex(SHA256.hash(data: journal)))),
            ("journal_size", .int(Int64(journal.count))), ("last_seq", .int(Int64(lastSeq))),
            ("chain_head", .string(Self.hex(chain))),
            ("signer", .object([("name", .string(signerName)), ("role", .string(role))])),
            ("meaning", .string(meaning)), ("time", .string(time)),
            (
                "links",
                .array(
                    links.map {
                        .object([("session", .string($0.sessionID)), ("journal_sha256", .string($0.journalSHA256))])
                    })
            ),
            ("key", .string(namedKeyBase64)),
        ]).encoded()
        let signature =
            rawSignature ?? (try? signingKey?.sign(Seal.signedBytes(statement: statement)))
            ?? [UInt8](repeating: 0, count: 64)
        return Array("\(Seal.magic)\n".utf8) + statement + [0x0A]
            + Array((Data(signature).base64EncodedString() + "\n").utf8)
    }

    /// Writes the session's folder (0700) and both files (0600) into `store`; returns its journal's SHA-256.
    @discardableResult
    public func write(into store: Store) throws -> String {
        try write(intoFolder: store.sessionFolder(id), creatingSessionsIn: store)
    }

    /// Writes both files into `folder`, which may be named anything (a renamed folder, say).
    @discardableResult
    public func write(intoFolder folder: String, creatingSessionsIn store: Store) throws -> String {
        try FileManager.default.createDirectory(atPath: store.sessionsFolder, withIntermediateDirectories: true)
        mkdir(folder, 0o700)
        let journal = journal()
        try Self.writeFile(folder + "/journal.jsonl", journal)
        try Self.writeFile(folder + "/seal.sig", seal(for: journal))
        return Self.hex(SHA256.hash(data: journal))
    }

    /// The SHA-256 of this session's journal, as a link to it names it.
    public var journalSHA256: String { Self.hex(SHA256.hash(data: journal())) }

    /// A link to this session, as a revisit of it would have.
    public var link: SessionLink { SessionLink(sessionID: id, journalSHA256: journalSHA256) }

    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { throw ForgeryError("cannot create \(path): errno \(errno)") }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw ForgeryError("cannot write \(path)") }
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }, as: UTF8.self)
    }
}

/// Why a forgery could not be written.
public struct ForgeryError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

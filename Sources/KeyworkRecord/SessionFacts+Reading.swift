import Crypto
import Foundation
import KeyworkGuides

/// A session's facts read for `keywork due` at about what `keywork verify` pays: the folder is checked as verify
/// checks it (each journal line in place, the data built only of the header and the lines of
/// `JournalReader.keptForDue`), unless its facts come from replaying it: one the client signed (its agreement) or
/// that may hold an availability answer (its wait). Such a journal is checked with every event's data built, in the
/// same one pass.
extension SessionFacts {
    /// What reading one session folder gives the due index.
    struct Reading {
        var facts: SessionFacts
        /// The guide the journal names, and the content hash of the guide found for it (nil when none was).
        var guide: JournalHeader.GuideReference?
        var guideFound: String?
        /// The SHA-256 of the seal's bytes as checked; nil when the two files could not both be read.
        var sealSHA256: [UInt8]?
        /// Each file's identity, taken from it as it was opened, before its bytes were read (nil when it is missing
        /// or not a regular file).
        var journalIdentity: FileIdentity?
        var sealIdentity: FileIdentity?
    }

    /// Reads and checks the session in `folder`; `guide` finds the guide its journal names, or nil. With `within`
    /// (the open `sessions/` folder and the session's id), the files are opened from there.
    static func read(
        folder: String, within: (folder: Int32, path: String)? = nil, trust: VerificationTrust,
        guide: (JournalHeader.GuideReference) -> Guide?
    ) -> Reading {
        let files: SessionCheck.FolderFiles
        switch SessionCheck.readFolder(folder, within: within) {
        case .notRead(let verified, let journalIdentity):
            return Reading(
                facts: SessionFacts(verified, guide: nil, mayHoldWait: false), journalIdentity: journalIdentity)
        case .read(let read): files = read
        }
        let mayHoldWait = mayHoldAvailability(files.journal)
        // A journal read for its facts is checked with every event's data built, in one pass; any other with each line
        // checked in place. An agreement whose client signature is spelled some other way (a backslash escape, which
        // `mayHoldAvailability` takes too, or spaces no writer puts) is read whole afterwards.
        let whole = mayHoldWait || holdsClientSignature(files.journal)
        var verified = SessionCheck.verify(
            sealBytes: files.seal, journalBytes: files.journal, folderName: files.folderName,
            result: files.unchecked, trust: trust, buildingData: whole, keeping: JournalReader.keptForDue)
        if !whole, let contents = verified.journal, AgreementLookup.isSignedByClient(contents) {
            do {
                verified.journal = try JournalReader.read(files.journal, sessionID: verified.verification.sessionID)
            } catch {
                // Not expected: the full check refuses nothing that the check in place accepted (CanonicalLine).
                // Its verdict is then the one a full check would have given first.
                verified.verification.outcome = .invalid(reason: "journal.jsonl \(error)")
                verified.journal = nil
            }
        }
        let reference = verified.journal?.header.guide
        let found = reference.flatMap(guide)
        return Reading(
            facts: SessionFacts(verified, guide: found, mayHoldWait: mayHoldWait), guide: reference,
            guideFound: found?.contentHash, sealSHA256: Array(SHA256.hash(data: files.seal)),
            journalIdentity: files.journalIdentity, sealIdentity: files.sealIdentity)
    }

    private static let clientRole = Array(#""role":"client""#.utf8)

    /// Whether a journal's bytes hold a client's signature as `SessionJournal` writes it (`"role":"client"`).
    static func holdsClientSignature(_ journal: [UInt8]) -> Bool {
        let role = clientRole
        return journal.withUnsafeBufferPointer { bytes in
            guard let start = bytes.baseAddress else { return false }
            // Every quote may be the one that opens the value ("client"), seven bytes into the words; the two bytes
            // after it rule out nearly every other quote before the whole words are compared.
            let quote = 7
            var from = quote
            while from < bytes.count, let found = memchr(start + from, Int32(role[quote]), bytes.count - from) {
                let at = UnsafePointer(start).distance(to: found.assumingMemoryBound(to: UInt8.self)) - quote
                if at + role.count <= bytes.count, bytes[at + quote + 2] == role[quote + 2],
                    bytes[at + quote + 1] == role[quote + 1],
                    role.indices.allSatisfy({ bytes[at + $0] == role[$0] })
                {
                    return true
                }
                from = at + quote + 1
            }
            return false
        }
    }

    private static let availability = Array("availability".utf8)

    /// Whether a journal may hold an availability answer. Its type is the JSON string `availability`, which a line
    /// spells either with those very bytes or with a backslash escape; a journal with neither holds none.
    static func mayHoldAvailability(_ journal: [UInt8]) -> Bool {
        journal.withUnsafeBytes { bytes in
            guard let start = bytes.baseAddress else { return false }
            // The C library's `memchr`: this runs over every byte of every journal that due reads.
            if memchr(start, Int32(UInt8(ascii: "\\")), bytes.count) != nil { return true }
            // Each `v` (rarer in words than the `a` before it) is where the word may be, one byte on.
            return availability.withUnsafeBytes { word in
                guard let wordStart = word.baseAddress else { return false }
                var from = 1
                while from < bytes.count, let found = memchr(start + from, Int32(word[1]), bytes.count - from) {
                    let at = start.distance(to: found) - 1
                    if at + word.count <= bytes.count, memcmp(start + at, wordStart, word.count) == 0 { return true }
                    from = at + 2
                }
                return false
            }
        }
    }
}

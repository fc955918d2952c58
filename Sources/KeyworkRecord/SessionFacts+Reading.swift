import Crypto
import Foundation
import KeyworkGuides

/// A session's facts read for `keywork due` at about what `keywork verify` pays: the folder is checked as verify
/// checks it (each journal line in place, the data built only of the header and the lines of
/// `JournalReader.keptForDue`), and every event's data is built only for a session whose facts come from replaying
/// it: one the client signed (its agreement) or that may hold an availability answer (its wait).
extension SessionFacts {
    /// What reading one session folder gives the due index.
    struct Reading {
        var facts: SessionFacts
        /// The guide the journal names, and the content hash of the guide found for it (nil when none was).
        var guide: JournalHeader.GuideReference?
        var guideFound: String?
        /// The SHA-256 of the seal's bytes as checked; nil when the two files could not both be read.
        var sealSHA256: [UInt8]?
    }

    /// Reads and checks the session in `folder`; `guide` finds the guide its journal names, or nil.
    static func read(
        folder: String, trust: VerificationTrust, guide: (JournalHeader.GuideReference) -> Guide?
    ) -> Reading {
        let checked = SessionCheck.checkFolder(
            folder, trust: trust, buildingData: false, keeping: JournalReader.keptForDue)
        var verified = checked.verified
        let journalBytes = checked.journalBytes ?? []
        let mayHoldWait = mayHoldAvailability(journalBytes)
        if let contents = verified.journal, mayHoldWait || AgreementLookup.isSignedByClient(contents) {
            do {
                verified.journal = try JournalReader.read(journalBytes, sessionID: verified.verification.sessionID)
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
            guideFound: found?.contentHash, sealSHA256: checked.sealBytes.map { Array(SHA256.hash(data: $0)) })
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

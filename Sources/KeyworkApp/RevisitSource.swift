import Foundation
import KeyworkArchive
import KeyworkGuides
import KeyworkRecord
import KeyworkSession

/// Where a revisit's earlier agreement comes from: found in the store, verified first, and read exactly.
public enum RevisitSource {
    /// A guide by its reference while its content hash still matches; nil otherwise.
    public static func pinnedGuide(_ reference: JournalHeader.GuideReference) -> Guide? {
        try? PinnedGuide.load(reference, for: .export)
    }

    /// An agreement found for a revisit, and where it came from.
    public struct Found {
        public var record: AgreementRecord
        /// Fetched from the agency archive into the store's archive cache, because it was not on this computer.
        public var fromArchive: Bool
        /// Whose key sealed it, as this computer's own keys say.
        public var signer: SessionVerification.SignerKey?
    }

    /// The client's latest agreement, or the one named, verified and read. A session that does not verify
    /// is recorded in the store's attention log and refused with exit status 1; nothing links to it.
    public static func load(client: String?, session: String?, store: Store) throws -> AgreementRecord {
        try locate(client: client, session: session, store: store).record
    }

    /// As `load`; when the client has no agreement on this computer and an agency archive is set up, their latest
    /// agreement there is fetched into the archive cache (with the earlier agreements it links to), verified from
    /// the fetched bytes with this computer's keys, and read from the cache.
    public static func locate(client: String?, session: String?, store: Store) throws -> Found {
        let sessionID: String
        var folder: String?
        if let session {
            guard let location = SessionLocation.find(session, storeRoot: store.root) else {
                throw Failure(
                    "\(session): there is no session with this id in \(store.root)",
                    note: "give a session id (as `keywork verify` lists them) or use --client REF", status: .notFound)
            }
            sessionID = (location.folder as NSString).lastPathComponent
        } else if let client {
            let found: String?
            do {
                found = try AgreementLookup.latest(forClient: client, in: store)
            } catch {
                throw Failure(error, status: .ioError)
            }
            if found == nil, let fetched = try fetchFromArchive(client: client, store: store) {
                sessionID = fetched
                folder = ArchiveCache(store: store).sessionFolder(fetched)
            } else if let found {
                sessionID = found
            } else {
                throw Failure(
                    "there is no sealed agreement for client \(client) in \(store.root)",
                    note:
                        "an agreement is a sealed session in which the client signed; start one with: keywork session",
                    status: .notFound)
            }
        } else {
            throw Failure(
                "say which agreement to revisit", note: "use --client REF, or give a session id", status: .usage)
        }
        let trust: VerificationTrust
        do {
            trust = try VerificationTrust.of(store: store)
        } catch {
            throw Failure(error, status: .ioError)
        }
        let verified = Verifier.readVerified(
            folder: folder ?? store.sessionFolder(sessionID), trust: trust, checkingLinks: true, checkingLedger: true)
        switch verified.verification.outcome {
        case .valid:
            break
        case .unfinished:
            throw Failure(
                "session \(sessionID) is not sealed, so there is no agreement to revisit yet",
                note: "carry it on first: keywork resume \(sessionID)", status: .badData)
        case .invalid(let reason):
            let reference = client ?? AgreementLookup.clientReference(ofSession: sessionID, in: store)
            try refuse(sessionID: sessionID, client: reference, reason: reason, store: store)
        }
        switch AgreementRecord.read(verified, guide: pinnedGuide) {
        case .success(let record):
            if let client, record.clientReference != client {
                throw Failure(
                    "session \(sessionID) is not an agreement for client \(client)", note: "check the reference",
                    status: .usage)
            }
            return Found(record: record, fromArchive: folder != nil, signer: verified.verification.signerKey)
        case .failure(let problem):
            throw Failure(
                "cannot revisit session \(sessionID): \(problem.message)",
                note: "a revisit needs the exact wording agreed last time; nothing was started", status: .badData)
        }
    }

    /// The client's latest agreement in the agency archive, fetched into the archive cache; nil when no archive is
    /// set up or it holds none. One that does not verify as fetched (a row changed in the database) is refused
    /// as a local one would be: recorded in the attention log, exit status 1.
    private static func fetchFromArchive(client: String, store: Store) throws -> String? {
        guard try AgencyArchive.settings() != nil else { return nil }
        let connection = try AgencyArchive.connect()
        let trust: VerificationTrust
        do {
            trust = try VerificationTrust.of(store: store)
        } catch {
            throw Failure(error, status: .ioError)
        }
        let fetch = ArchiveFetch(store: store, connection: connection, trust: trust)
        do {
            guard let sessionID = try fetch.latestAgreement(forClient: client) else { return nil }
            _ = try fetch.fetch(sessionID)
            return sessionID
        } catch let error as ArchiveError {
            throw AgencyArchive.failure(error)
        } catch ArchiveFetch.Problem.doesNotVerify(let sessionID, let reason) {
            try refuse(
                sessionID: sessionID, client: client, reason: "as fetched from the agency archive: " + reason,
                store: store)
        } catch let problem as ArchiveFetch.Problem {
            throw Failure(
                "\(problem)", note: "nothing was started; ask the IT lead to compare the two", status: .badData)
        } catch {
            throw Failure(error, status: .ioError)
        }
    }

    /// Records a refused revisit durably, then says so plainly and ends with exit status 1.
    private static func refuse(sessionID: String, client: String?, reason: String, store: Store) throws -> Never {
        let log = AttentionLog(store: store)
        let entry = AttentionLog.Entry(
            time: RecordTime.iso8601(Date()), kind: AttentionLog.revisitRefused, sessionID: sessionID,
            clientReference: client, reason: reason)
        do {
            try log.append(entry)
        } catch {
            throw Failure(
                "the earlier agreement \(sessionID) does not verify (\(reason)), and this could not be recorded: \(error)",
                status: .ioError)
        }
        throw Failure(
            "cannot revisit: the earlier agreement \(sessionID) does not verify: \(reason)",
            note:
                "nothing was linked to it and no revisit was started; this was recorded in \(log.path), and "
                + "`keywork due` lists it. Check the session with: keywork verify \(sessionID)",
            status: .invalid)
    }

    /// For carrying on or exporting a revisit: the earlier agreement its header links to in `store`, verified and
    /// read again, and the revisit guide rebuilt from it, which must have the content hash the header recorded.
    /// `trust` is this computer's; without it, `store` must be this computer's own and its keys are used.
    public static func rebuild(
        _ header: JournalHeader, store: Store, trust given: VerificationTrust? = nil
    ) throws -> (Guide, EarlierAgreement) {
        guard let link = header.links.first else {
            throw Failure(
                "session \(header.sessionID) is a revisit but its header links to no earlier agreement",
                status: .badData)
        }
        let trust: VerificationTrust
        do {
            trust = try given ?? VerificationTrust.of(store: store)
        } catch {
            throw Failure(error, status: .ioError)
        }
        let verified = Verifier.readVerified(
            folder: store.linkedSessionFolder(link.sessionID), trust: trust, checkingLinks: true)
        if case .invalid(let reason) = verified.verification.outcome {
            throw Failure(
                "the earlier agreement \(link.sessionID) that this revisit links to does not verify: \(reason)",
                status: .invalid)
        }
        guard verified.verification.journalSHA256 == link.journalSHA256 else {
            throw Failure(
                "the earlier agreement \(link.sessionID) is missing or is not the one this revisit links to",
                note: "the revisit needs that exact session in \(store.root)", status: .badData)
        }
        switch AgreementRecord.read(verified, guide: pinnedGuide) {
        case .success(let record):
            let earlier = record.earlierAgreement
            // A revisit begun with an older build of the guide is rebuilt as that version.
            guard let guide = RevisitGuide.build(from: earlier, version: header.guide.version),
                guide.contentHash == header.guide.hash
            else {
                throw Failure(
                    "the revisit cannot be rebuilt the same way from \(link.sessionID) (its content hash differs)",
                    status: .badData)
            }
            return (guide, earlier)
        case .failure(let problem):
            throw Failure("the revisit cannot be rebuilt: \(problem.message)", status: .badData)
        }
    }
}

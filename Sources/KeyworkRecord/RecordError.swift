import Foundation
import KeyworkDiagnostics

/// Everything that can go wrong in the record, each with a plain message that says what and what to do.
public enum RecordError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file operation failed; `code` is the `errno`.
    case io(path: String, operation: String, code: Int32)
    /// Another process (or another open journal in this one) holds the session's lock.
    case sessionLocked(sessionID: String, holder: SessionLockHolder)
    /// A write or fsync failed; the journal accepts nothing more and cannot be sealed.
    case journalBroken(path: String, code: Int32)
    case alreadySealed(sessionID: String)
    /// The journal was closed (or sealed) in this process and takes no more events.
    case journalClosed(sessionID: String)
    case sessionNotFound(sessionID: String, path: String)
    case sessionExists(sessionID: String, path: String)
    case invalidSessionID(String)
    /// An event the journal refuses to write (bad name, data not an object).
    case invalidEvent(name: String, problem: String)
    /// A header the journal refuses to write.
    case invalidHeader(problem: String)
    /// The journal was damaged beyond a torn last line; the session folder was moved aside, not repaired.
    /// `line` counts from 1, as editors do.
    case quarantined(sessionID: String, line: Int?, problem: String, movedTo: String)
    /// The program stopped after making the journal file and before writing its first line: nothing was
    /// recorded, so the empty session was taken away.
    case neverStarted(sessionID: String)
    /// The private key file can be read or written by group or others.
    case keyPermissions(path: String, mode: UInt16)
    case malformedKey(path: String, problem: String)
    /// The key offered for sealing is not the device key the journal header names.
    case sealKeyMismatch(sessionID: String)
    case invalidTrustName(name: String, problem: String)
    case alreadyTrusted(name: String, path: String)
    /// `key trust` was given this device's own public key, which verify always knows.
    case trustingOwnKey(path: String)
    /// `key trust` was given a private key file, which must never leave its device.
    case privateKeyOffered(path: String)
    /// `keys/device.key` is missing while the store shows it had one (`device.pub`, or a ledger): a new key is
    /// never made behind the keyworker's back, since every earlier record would then be "unknown key".
    case deviceKeyMissing(keyPath: String, evidence: String)
    /// A file in `trusted/` whose name breaks the naming rule: it is not trusted, and not skipped in silence.
    case misnamedTrustedKey(path: String, problem: String)
    /// The store's ledger is damaged beyond a torn last line; nothing is sealed until a person has looked.
    case ledgerDamaged(path: String, line: Int?, problem: String)
    /// The ledger lists the session as sealed with another journal: it changed after sealing, so it is not sealed again.
    case sealedWithAnotherJournal(sessionID: String, sealedAt: String, ledger: String)

    public var description: String { diagnostic.formatted }

    /// What went wrong and how to fix it, at the file it concerns when there is one.
    public var diagnostic: Diagnostic {
        switch self {
        case .io(let path, let operation, let code):
            return .error(
                "could not \(operation): \(RecordError.explain(code))", at: .wholeFile(path),
                note: "check that the folder exists, is yours and the disk has space, then try again")
        case .sessionLocked(let sessionID, let holder):
            return .error(
                "session \(sessionID) is open elsewhere: held by \(holder)",
                note: "close it there first; if that process is gone, the lock frees itself")
        case .journalBroken(let path, let code):
            return .error(
                "the record could not be saved: \(RecordError.explain(code))", at: .wholeFile(path),
                note: "\(RecordError.advice(code)) and resume; nothing was sealed")
        case .alreadySealed(let sessionID):
            return .error(
                "session \(sessionID) is already sealed",
                note: "a sealed session cannot change; start a revisit instead")
        case .journalClosed(let sessionID):
            return .error("session \(sessionID): the journal is closed", note: "resume the session to add to it")
        case .sessionNotFound(let sessionID, let path):
            return .error(
                "there is no session \(sessionID) here", at: .wholeFile(path),
                note: "`keywork resume` lists unfinished sessions")
        case .sessionExists(let sessionID, let path):
            return .error("session \(sessionID) already exists", at: .wholeFile(path), note: "make a new session id")
        case .invalidSessionID(let id):
            return .error("\"\(id)\" is not a session id", note: "session ids look like 20261127-024630-a1b2c3")
        case .invalidEvent(let name, let problem):
            return .error("cannot record event \"\(name)\": \(problem)")
        case .invalidHeader(let problem):
            return .error("cannot start the journal: \(problem)")
        case .quarantined(let sessionID, let line, let problem, let movedTo):
            let place = line.map { "line \($0): " } ?? ""
            return .error(
                "session \(sessionID): \(place)\(problem)",
                note: "the journal was not repaired; the whole session folder was moved to \(movedTo)")
        case .neverStarted(let sessionID):
            return .error(
                "session \(sessionID) was never started: Keywork stopped while making it, before anything was saved",
                note: "there was nothing to carry on, so the empty session was removed; start a new session")
        case .keyPermissions(let path, let mode):
            return .error(
                "the device key can be read by group or others (mode \(String(mode, radix: 8)))", at: .wholeFile(path),
                note: "run `chmod 600 \(path)`, then try again")
        case .malformedKey(let path, let problem):
            return .error(
                problem, at: .wholeFile(path),
                note: "the file was left as it is; restore it from a backup or move it aside to make a new key")
        case .sealKeyMismatch(let sessionID):
            return .error(
                "session \(sessionID): the signing key is not the device key named in the journal header",
                note: "seal on the device that started the session")
        case .invalidTrustName(let name, let problem):
            return .error(
                "\"\(name)\" cannot name a trusted key: \(problem)",
                note: "use letters, digits, spaces, '-' and '_' (up to 64)")
        case .alreadyTrusted(let name, let path):
            return .error(
                "a key is already trusted as \"\(name)\"", at: .wholeFile(path),
                note: "pick another name, or remove that file first")
        case .trustingOwnKey(let path):
            return .error(
                "this is this device's own public key", at: .wholeFile(path),
                note: "verify always knows this device's key; trust the device.pub of another computer")
        case .privateKeyOffered(let path):
            return .error(
                "this is a private device key, not a public key", at: .wholeFile(path),
                note: "give the device.pub beside it; a device.key must never be copied off its computer")
        case .deviceKeyMissing(let keyPath, let evidence):
            return .error(
                "this computer's signing key is missing, but \(evidence)", at: .wholeFile(keyPath),
                note: "restore device.key from where it was kept; or, to start a new key on purpose, run "
                    + "`keywork key new --replace`: the old public key is kept in trusted/ as retired, so earlier "
                    + "records still say who sealed them")
        case .misnamedTrustedKey(let path, let problem):
            return .error(
                "this trusted key's file name is not allowed: \(problem)", at: .wholeFile(path),
                note: "a trusted name is 1-64 letters, digits, spaces, '-' and '_'; rename the file, or remove it "
                    + "and trust the key again with `keywork key trust FILE --name NAME`")
        case .ledgerDamaged(let path, let line, let problem):
            let place = line.map { "line \($0): " } ?? ""
            return .error(
                "the store's ledger is damaged: \(place)\(problem)", at: .wholeFile(path),
                note: "nothing was sealed and nothing is lost: the session is saved. The ledger is never repaired "
                    + "by Keywork; keep it for an audit (`keywork verify` names what is wrong), move it aside into "
                    + "quarantine/ to start a new one, then carry the session on with `keywork resume`")
        case .sealedWithAnotherJournal(let sessionID, let sealedAt, let ledger):
            return .error(
                "session \(sessionID) was sealed on \(sealedAt) (the ledger \(ledger) lists it), "
                    + "but its seal is gone and its journal is not the one that was sealed",
                note: "it cannot be carried on or sealed again; keep it as it is for an audit: keywork verify "
                    + sessionID)
        }
    }

    static func explain(_ code: Int32) -> String {
        switch code {
        case ENOSPC: return "disk full"
        case EDQUOT: return "disk quota exceeded"
        case EIO: return "the disk reported an input/output error"
        case EACCES, EPERM: return "permission denied"
        case ENOENT: return "no such file or folder"
        default: return String(cString: strerror(code))
        }
    }

    private static func advice(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: return "free space"
        default: return "check the disk"
        }
    }
}

import Foundation
import KeyworkRecord

/// A session named on the command line, by folder path or by id, and the store whose keys to trust for it.
struct SessionLocation {
    var folder: String
    /// The store that holds the keys to check the seal with.
    var trustRoot: String

    /// `argument` as a session folder (one holding `journal.jsonl`), else as a session id in the store at
    /// `storeRoot`; nil when it is neither.
    static func find(_ argument: String, storeRoot: String) -> SessionLocation? {
        let trimmed = argument.hasSuffix("/") && argument.count > 1 ? String(argument.dropLast()) : argument
        if exists(trimmed + "/journal.jsonl") {
            // A session folder sits in <store>/sessions/<id>: trust that store's keys when it has them.
            let store = URL(fileURLWithPath: trimmed).deletingLastPathComponent().deletingLastPathComponent().path
            return SessionLocation(folder: trimmed, trustRoot: exists(store + "/keys/device.pub") ? store : storeRoot)
        }
        let folder = Store(root: storeRoot).sessionFolder(trimmed)
        if Store.isValidSessionID(trimmed), exists(folder + "/journal.jsonl") {
            return SessionLocation(folder: folder, trustRoot: storeRoot)
        }
        return nil
    }

    func trust(requireTrusted: Bool = false) throws -> VerificationTrust {
        do throws(RecordError) {
            return try VerificationTrust.of(store: Store(root: trustRoot), requireTrusted: requireTrusted)
        } catch {
            throw Failure(error, status: ExitStatus(readingKeys: error))
        }
    }

    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }
}

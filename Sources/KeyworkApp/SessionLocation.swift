import Foundation
import KeyworkRecord

/// A session named on the command line, by folder path or by id, and the store it lies in.
public struct SessionLocation {
    public var folder: String
    /// Where the earlier agreements it links to are: the store around a folder at `<store>/sessions/<id>`,
    /// else this computer's store. Its keys are never trusted for this (see `StoreOptions.trust`).
    public var store: Store

    /// `argument` as a session folder (one holding `journal.jsonl`, or a `seal.sig` whose journal is gone),
    /// else as a session id in the store at `storeRoot`; nil when it is neither.
    public static func find(_ argument: String, storeRoot: String) -> SessionLocation? {
        let trimmed = argument.hasSuffix("/") && argument.count > 1 ? String(argument.dropLast()) : argument
        if isSessionFolder(trimmed) {
            let sessions = URL(fileURLWithPath: trimmed).deletingLastPathComponent()
            let store = sessions.lastPathComponent == "sessions" ? sessions.deletingLastPathComponent().path : storeRoot
            return SessionLocation(folder: trimmed, store: Store(root: store))
        }
        let folder = Store(root: storeRoot).sessionFolder(trimmed)
        if Store.isValidSessionID(trimmed), isSessionFolder(folder) {
            return SessionLocation(folder: folder, store: Store(root: storeRoot))
        }
        return nil
    }

    /// A folder with a journal, or with a seal alone: a seal without its journal is a session to report, not nothing.
    public static func isSessionFolder(_ path: String) -> Bool {
        exists(path + "/journal.jsonl") || exists(path + "/seal.sig")
    }

    public static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }
}

import Foundation
import Testing

/// What a test's store holds on disk, read without the program's own code.
struct StoreContents {
    let root: String

    /// The session folders under `sessions/`, by id.
    func sessionIDs() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root + "/sessions").sorted()
    }

    /// The one session in the store; fails when there is not exactly one.
    func onlySessionID(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let ids = try sessionIDs()
        try #require(ids.count == 1, "one session folder, found \(ids)", sourceLocation: sourceLocation)
        return ids[0]
    }

    func sessionFolder(_ id: String) -> String {
        root + "/sessions/" + id
    }

    /// The journal's lines after the header, each as its JSON object.
    func events(_ id: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: sessionFolder(id) + "/journal.jsonl", encoding: .utf8)
        return try text.split(separator: "\n").dropFirst().map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    /// Every path in the store, relative to its root.
    func allPaths() throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: root)
    }

    func permissions(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }
}

extension Dictionary where Key == String, Value == Any {
    /// The event's name: `answered`, `signed`, `paused` and the like.
    var eventName: String? { self["event"] as? String }

    /// The event's data object.
    var eventData: [String: Any] { self["data"] as? [String: Any] ?? [:] }
}

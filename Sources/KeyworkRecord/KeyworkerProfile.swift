/// The keyworker's name, asked once on this computer and remembered in the store (`profile`, 0600).
public enum KeyworkerProfile {
    static let magic = "keywork-profile/1"

    /// The remembered name, or nil when none was saved or the file is not one Keywork wrote.
    public static func name(in store: Store) -> String? {
        guard let bytes = try? Store.readFile(store.root + "/profile") else { return nil }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 2, lines[0] == magic, lines[1].hasPrefix("keyworker: ") else { return nil }
        let name = String(lines[1].dropFirst("keyworker: ".count))
        return name.isEmpty ? nil : name
    }

    public static func remember(_ name: String, in store: Store) throws(RecordError) {
        try store.prepare()
        let flattened = name.split(whereSeparator: \.isNewline).joined(separator: " ")
        try Store.writeFileAtomically(store.root + "/profile", Array("\(magic)\nkeyworker: \(flattened)\n".utf8))
    }
}

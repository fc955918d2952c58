import KeyworkText

/// The keyworker's name, asked once on this computer and remembered in the store (`profile`, 0600).
public enum KeyworkerProfile {
    static let magic = "keywork-profile/1"

    /// The remembered name, or nil when none was saved, the file is not one Keywork wrote, or the name holds a
    /// character a terminal acts on (a profile written by hand), so that it is asked for again.
    public static func name(in store: Store) -> String? {
        guard let bytes = try? Store.readFile(store.root + "/profile") else { return nil }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 2, lines[0] == magic, lines[1].hasPrefix("keyworker: ") else { return nil }
        let name = String(lines[1].dropFirst("keyworker: ".count))
        return name.isEmpty || TerminalText.firstActingScalar(in: name) != nil ? nil : name
    }

    public static func remember(_ name: String, in store: Store) throws(RecordError) {
        try store.prepare()
        let flattened = name.split(whereSeparator: \.isNewline).joined(separator: " ")
        try Store.writeFileAtomically(store.root + "/profile", Array("\(magic)\nkeyworker: \(flattened)\n".utf8))
    }
}

/// The SHA-256 content hashes that let a transcript prove exactly which words were shown.
///
/// - A screen's `textHash` is the lowercase hex SHA-256 of the UTF-8 bytes of
///   `"keywork-screen/1\n"` followed by the screen's canonical text (see `ScreenText`).
/// - A guide's `contentHash` is the lowercase hex SHA-256 of the UTF-8 bytes of `"keywork-guide/1\n"`
///   followed by these lines, each `name: value` and a newline, values escaped as in `ScreenText`:
///   `id`, `title`, `version`, `language`, `mode`, [`participants: count|initials`], [`status: draft|reviewed`],
///   [`reviewed_by: <name>`], [`reviewed: YYYY-MM-DD`], [`review_by: YYYY-MM-DD`],
///   one `source:` line per source in order, [`notice`], [`repeat_after_days`], then one `screen: <id> <textHash>` line per
///   screen in order, each followed by [`when: <screen> is <option>`, `when: <screen> is_not <option>` or
///   `when: <screen> any_of <option> <option>…`], [`handout: <text>`] and, on a consent screen, one
///   [`statement_when: <statement id> <condition as for when>`] per statement with a `when`, so that a change
///   to the flow changes the hash too.
///   Lines in [brackets] are left out when the guide leaves the field out.
///
/// Comments, quoting and layout of the YAML do not change either hash; any change to shown text does.
public enum ContentHash {
    /// The hash of a screen's canonical text.
    public static func textHash(of screen: Screen) -> String {
        sha256Hex("keywork-screen/1\n" + ScreenText.canonicalText(of: screen))
    }

    /// The hash of the guide's metadata and its screens' text hashes (computed afresh, not read from them).
    public static func contentHash(of guide: Guide) -> String {
        sha256Hex("keywork-guide/1\n" + canonicalMetadata(of: guide))
    }

    /// The lines that `contentHash` covers after its prefix.
    public static func canonicalMetadata(of guide: Guide) -> String {
        var lines: [(String, String)] = [
            ("id", guide.id), ("title", guide.title), ("version", guide.version), ("language", guide.language),
            ("mode", guide.mode.rawValue),
        ]
        if let participants = guide.participants { lines.append(("participants", participants.rawValue)) }
        if let status = guide.status { lines.append(("status", status.rawValue)) }
        if let reviewedBy = guide.reviewedBy { lines.append(("reviewed_by", reviewedBy)) }
        if let reviewed = guide.reviewed { lines.append(("reviewed", reviewed.description)) }
        if let reviewBy = guide.reviewBy { lines.append(("review_by", reviewBy.description)) }
        for source in guide.sources { lines.append(("source", source)) }
        if let notice = guide.notice { lines.append(("notice", notice)) }
        // Left out when not given, so guides written before it keep their hashes.
        if let days = guide.repeatAfterDays { lines.append(("repeat_after_days", String(days))) }
        for screen in guide.screens {
            lines.append(("screen", "\(screen.id) \(textHash(of: screen))"))
            if let condition = screen.when { lines.append(("when", canonicalCondition(condition))) }
            if let handout = screen.handout { lines.append(("handout", handout)) }
            if case .consent(let consent) = screen.content {
                for statement in consent.statements {
                    guard let condition = statement.when else { continue }
                    lines.append(("statement_when", "\(statement.id) \(canonicalCondition(condition))"))
                }
            }
        }
        return lines.map { "\($0.0): \(ScreenText.escape($0.1))\n" }.joined()
    }

    static func canonicalCondition(_ condition: Condition) -> String {
        switch condition.test {
        case .isOption(let option): "\(condition.screen) is \(option)"
        case .isNotOption(let option): "\(condition.screen) is_not \(option)"
        case .anyOf(let options): "\(condition.screen) any_of \(options.joined(separator: " "))"
        }
    }

    /// Fills in every screen's `textHash` and the guide's `contentHash`.
    public static func apply(to guide: inout Guide) {
        for index in guide.screens.indices {
            guide.screens[index].textHash = textHash(of: guide.screens[index])
        }
        guide.contentHash = contentHash(of: guide)
    }

    static func sha256Hex(_ text: String) -> String {
        sha256Hex(Array(text.utf8))
    }

    static func sha256Hex(_ bytes: [UInt8]) -> String {
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256Digest.hash(bytes) {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}

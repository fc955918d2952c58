/// A key shown in the footer: the key, what it does, a shorter word for narrow screens, and how
/// important it is to keep when space runs out (0 is kept longest: a screen's main key, help and pause).
struct FooterKey: Equatable {
    let key: String
    let label: String
    let short: String
    let priority: Int

    init(_ key: String, _ label: String, short: String? = nil, priority: Int) {
        self.key = key
        self.label = label
        self.short = short ?? label
        self.priority = priority
    }
}

/// The one-line footer: only the keys that work here, shortened and then thinned to fit.
enum Footer {
    static func line(_ keys: [FooterKey], width: Int) -> String {
        let full = joined(keys, short: false)
        if DisplayWidth.of(full) <= width { return full }
        var kept = keys
        while !kept.isEmpty {
            let line = joined(kept, short: true)
            if DisplayWidth.of(line) <= width || kept.count == 1 { return line }
            let drop = kept.indices.max { kept[$0].priority < kept[$1].priority } ?? kept.count - 1
            kept.remove(at: drop)
        }
        return ""
    }

    private static func joined(_ keys: [FooterKey], short: Bool) -> String {
        keys.map { $0.key + " " + (short ? $0.short : $0.label) }.joined(separator: "  ")
    }
}

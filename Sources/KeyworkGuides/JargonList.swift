/// Clinical and service words that clients often do not know, each with a plain alternative.
///
/// Lint warns when a guide uses one. Matching is by whole word, ignoring case; a trailing "s" also matches.
/// Add a word here when a client or reviewer stumbles on it.
public enum JargonList {
    public struct Entry: Sendable, Equatable {
        public var term: String
        public var plain: String
    }

    public static let entries: [Entry] = [
        Entry(term: "titrate", plain: "adjust the dose"),
        Entry(term: "titration", plain: "adjusting the dose"),
        Entry(term: "abstinence", plain: "not using at all"),
        Entry(term: "abstinent", plain: "not using at all"),
        Entry(term: "pharmacotherapy", plain: "medicine"),
        Entry(term: "pharmacological", plain: "medicine"),
        Entry(term: "contraindicated", plain: "not safe to use with"),
        Entry(term: "contraindication", plain: "reason not to use"),
        Entry(term: "opioid agonist", plain: "a medicine like methadone"),
        Entry(term: "partial agonist", plain: "a medicine like buprenorphine"),
        Entry(term: "psychosocial", plain: "talking support"),
        Entry(term: "comorbidity", plain: "other health problems"),
        Entry(term: "comorbid", plain: "also has"),
        Entry(term: "dependence", plain: "needing the drug to feel normal"),
        Entry(term: "adherence", plain: "taking it as agreed"),
        Entry(term: "compliance", plain: "sticking to the plan"),
        Entry(term: "non-compliance", plain: "not sticking to the plan"),
        Entry(term: "cessation", plain: "stopping"),
        Entry(term: "detoxification", plain: "detox, coming off slowly"),
        Entry(term: "maintenance", plain: "staying on a steady dose"),
        Entry(term: "induction", plain: "starting the medicine"),
        Entry(term: "tolerance", plain: "how used your body is to the drug"),
        Entry(term: "intervention", plain: "support"),
        Entry(term: "modality", plain: "kind of treatment"),
        Entry(term: "efficacy", plain: "how well it works"),
        Entry(term: "adverse event", plain: "harm or side effect"),
        Entry(term: "concomitant", plain: "at the same time"),
        Entry(term: "polysubstance", plain: "using more than one drug"),
        Entry(term: "harm reduction", plain: "ways to stay safer"),
        Entry(term: "supervised consumption", plain: "taking your dose in front of the pharmacist"),
        Entry(term: "dispense", plain: "give out"),
        Entry(term: "prognosis", plain: "what is likely to happen"),
        Entry(term: "facilitate", plain: "help"),
        Entry(term: "utilise", plain: "use"),
        Entry(term: "utilize", plain: "use"),
    ]

    /// The entries whose terms occur in `text`, in list order.
    public static func matches(in text: String) -> [Entry] {
        let words = Readability.words(in: text).map { $0.lowercased() }
        // Most text holds no term at all: one dictionary lookup per word finds the few entries worth checking.
        var candidates = [Bool](repeating: false, count: entries.count)
        for word in words {
            for index in entriesByWord[word] ?? [] { candidates[index] = true }
        }
        return entries.indices.filter { index in
            let termWords = termWords[index]
            guard candidates[index], words.count >= termWords.count else { return false }
            if termWords.count == 1 { return true }
            for start in 0...(words.count - termWords.count) {
                let found = termWords.indices.allSatisfy { offset in
                    let word = words[start + offset]
                    let term = termWords[offset]
                    return word == term || (offset == termWords.count - 1 && word == term + "s")
                }
                if found { return true }
            }
            return false
        }.map { entries[$0] }
    }

    /// Each entry's term, lowercased and split into words, worked out once.
    private static let termWords: [[String]] = entries.map { entry in
        entry.term.lowercased().split(separator: " ").map(String.init)
    }

    /// The entries a word of the text may be the start of: a one-word term and its plural, or the first word of a
    /// longer term.
    private static let entriesByWord: [String: [Int]] = {
        var byWord: [String: [Int]] = [:]
        for (index, words) in termWords.enumerated() {
            guard let first = words.first else { continue }
            byWord[first, default: []].append(index)
            if words.count == 1 { byWord[first + "s", default: []].append(index) }
        }
        return byWord
    }()
}

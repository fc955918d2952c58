/// A language Keywork's own words are available in.
public enum Language: String, Sendable, Equatable, CaseIterable {
    case english = "en"
    case polish = "pl"

    /// The code used by `--language`, `KEYWORK_LANGUAGE` and the config: "en", "pl".
    public var code: String { rawValue }

    /// The language's own name for itself, for lists.
    public var nativeName: String {
        switch self {
        case .english: "English"
        case .polish: "polski"
        }
    }

    /// The words of this language.
    public var table: [Phrase: PhraseEntry] {
        switch self {
        case .english: Self.englishTable
        case .polish: Self.polishTable
        }
    }

    /// The words for `phrase`: the main table first, then the line-by-line mode's, as `table` joins them. Looking in
    /// each in turn spares the full screen from building the line mode's table and the joined one before its first
    /// frame.
    func entry(_ phrase: Phrase) -> PhraseEntry? {
        switch self {
        case .english: EnglishWords.table[phrase] ?? PlainEnglishWords.table[phrase]
        case .polish: PolishWords.table[phrase] ?? PlainPolishWords.table[phrase]
        }
    }

    /// The words of the client's copy and the group handout in this language.
    public var copyTable: [CopyPhrase: PhraseEntry] {
        switch self {
        case .english: EnglishCopyWords.table
        case .polish: PolishCopyWords.table
        }
    }

    /// The names of days and months this language writes dates with.
    public var calendar: CalendarWords { CalendarWords(self) }

    // Joined once: the main tables and the line-by-line mode's tables share no phrase.
    private static let englishTable = EnglishWords.table.merging(PlainEnglishWords.table) { main, _ in main }
    private static let polishTable = PolishWords.table.merging(PlainPolishWords.table) { main, _ in main }

    /// The language for a code such as "pl", "PL" or "pl_PL.UTF-8"; nil when Keywork has no table for it.
    public init?(code: String) {
        let base = code.split(whereSeparator: { "_-.@".contains($0) }).first.map(String.init) ?? ""
        guard let language = Language(rawValue: base.lowercased()) else { return nil }
        self = language
    }

    /// The plural form `count` takes (CLDR rules for whole numbers).
    public func pluralCategory(_ count: Int) -> PluralCategory {
        let number = abs(count)
        switch self {
        case .english:
            return number == 1 ? .one : .many
        case .polish:
            if number == 1 { return .one }
            let lastDigit = number % 10
            let lastTwo = number % 100
            if (2...4).contains(lastDigit) && !(12...14).contains(lastTwo) { return .few }
            return .many
        }
    }
}

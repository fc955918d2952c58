/// One entry of a word table: plain words, or the forms a counted phrase takes.
public enum PhraseEntry: Sendable, Equatable, ExpressibleByStringLiteral {
    case text(String)
    case plural(PluralForms)

    public init(stringLiteral value: String) {
        self = .text(value)
    }

    /// Every form's words, for checks that look at all of them (placeholders, emptiness).
    public var forms: [String] {
        switch self {
        case .text(let text): [text]
        case .plural(let forms): [forms.one, forms.few, forms.many]
        }
    }
}

/// The forms a counted phrase takes. English uses `one` and `many` (`few` repeats `many`);
/// Polish needs all three: 1 tydzień, 2-4 tygodnie (not 12-14), 5+ tygodni.
public struct PluralForms: Sendable, Equatable {
    public var one: String
    public var few: String
    public var many: String

    public init(one: String, few: String, many: String) {
        self.one = one
        self.few = few
        self.many = many
    }

    /// English-style forms: one, and everything else.
    public init(one: String, other: String) {
        self.init(one: one, few: other, many: other)
    }

    public func form(_ category: PluralCategory) -> String {
        switch category {
        case .one: one
        case .few: few
        case .many: many
        }
    }
}

/// Which plural form a count takes in a language, following the CLDR rules for whole numbers.
public enum PluralCategory: Sendable, Equatable, CaseIterable {
    case one, few, many
}

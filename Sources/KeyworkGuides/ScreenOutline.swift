/// What the loader learned about one screen, kept even when the screen had errors, so that the checks
/// across screens (`when`, `from`, duplicate ids) can still run without piling up knock-on errors.

import KeyworkDiagnostics

struct ScreenOutline {
    /// A `when:` as written, with the place of each name in it.
    struct ConditionSource {
        var condition: Condition
        var screenLocation: SourceLocation
        var options: [(id: String, location: SourceLocation)]
        /// The consent statement whose `when` this is; nil for a screen's own.
        var statement: String?
    }

    var index: Int
    var id: String?
    var idLocation: SourceLocation?
    var type: ScreenType?
    var typeLocation: SourceLocation?
    /// The option ids of a choice or multi screen, when its options could be read.
    var optionIDs: [String]?
    var when: ConditionSource?
    /// The `when` of each consent statement that has one.
    var statementWhens: [ConditionSource] = []
    var from: (id: String, location: SourceLocation)?
    /// Where `requires_sure: true` is, when a consent screen says so.
    var requiresSureLocation: SourceLocation?
    /// The row ids of a weeks screen, when its rows could be read.
    var rowIDs: [String]?
    /// What a progress screen charts, with where each is named.
    var shown: [(item: ProgressScreen.Item, location: SourceLocation)] = []
    /// The decoded screen; nil when it had errors.
    var screen: Screen?

    init(index: Int) {
        self.index = index
    }

    /// "screen 'goal'", or "screen 3" when the id could not be read.
    var name: String {
        id.map { "screen '\($0)'" } ?? "screen \(index + 1)"
    }
}

/// What was chosen, ticked or typed on a screen but not yet confirmed with Enter. It is kept when the
/// session pauses, so that resume shows it again; it is never an answer, and the summary, the client's
/// copy and every `when` condition ignore it.
public struct ScreenDraft: Sendable, Equatable {
    /// Options chosen or ticked, by id, in the guide's order (`other` for "Something else").
    public var options: [String]
    /// Words typed on the screen: a text answer, "Something else", or a name being typed to sign.
    public var text: String?
    /// The number picked on a scale.
    public var number: Int?
    /// A form's typed fields, by field id, exactly as typed.
    public var fields: [String: String]
    /// A form's picks, by field id: the position (from 0) of the pick in the field's list as shown.
    public var picks: [String: Int]
    /// A question being typed in the F2 box.
    public var question: String?
    /// Words being typed in the F3 "not sure" box.
    public var flagWords: String?

    public init(
        options: [String] = [], text: String? = nil, number: Int? = nil, fields: [String: String] = [:],
        picks: [String: Int] = [:], question: String? = nil, flagWords: String? = nil
    ) {
        self.options = options
        self.text = text
        self.number = number
        self.fields = fields
        self.picks = picks
        self.question = question
        self.flagWords = flagWords
    }

    /// Nothing chosen or typed: an empty draft takes back one kept before.
    public var isEmpty: Bool { self == ScreenDraft() }
}

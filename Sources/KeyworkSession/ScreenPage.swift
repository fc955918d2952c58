/// One page of a screen too long for the window, as the front end drew it: page `number` of `count`
/// at the size it was drawn. On a comparison shown one option at a time, the pages are those of `option`.
public struct ScreenPage: Sendable, Hashable {
    /// The compare option whose column the page belongs to; nil for any other long screen.
    public var option: String?
    /// Counted from 1.
    public var number: Int
    public var count: Int

    public init(option: String? = nil, number: Int, count: Int) {
        self.option = option
        self.number = number
        self.count = count
    }
}

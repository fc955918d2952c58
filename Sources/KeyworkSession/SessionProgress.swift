/// Where the session is: the screen number on the path and how many screens the walk will have.
///
/// A screen whose `when` condition hangs on an answer not yet given is counted, so the total does not
/// jump up as the walk goes on; while any such screen lies ahead the total is an estimate ("about 12"),
/// and it can only fall when the answer leaves that screen out.
public struct SessionProgress: Equatable, Sendable {
    public var position: Int
    public var total: Int
    /// Whether some screen ahead may yet be left out, so `total` is the most there can be.
    public var isEstimate: Bool

    public init(position: Int, total: Int, isEstimate: Bool) {
        self.position = position
        self.total = total
        self.isEstimate = isEstimate
    }
}

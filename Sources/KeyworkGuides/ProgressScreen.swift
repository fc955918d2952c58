/// This client's earlier answers to the same guide, oldest first with dates, and today's, each drawn as a
/// small chart with its numbers. The application gathers the earlier sessions; the guide names what to show.
public struct ProgressScreen: Sendable, Equatable {
    /// One answer to show: a scale screen (`psych`) or one row of a weeks screen (`use.alcohol`).
    public struct Item: Sendable, Equatable, Hashable {
        public var screen: String
        public var row: String?

        public init(screen: String, row: String? = nil) {
            self.screen = screen
            self.row = row
        }

        /// `screen` or `screen.row`, as a guide writes it.
        public init?(_ written: String) {
            let parts = written.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }) else { return nil }
            self.init(screen: parts[0], row: parts.count == 2 ? parts[1] : nil)
        }

        /// `screen` or `screen.row`.
        public var written: String { row.map { "\(screen).\($0)" } ?? screen }
    }

    public var text: String?
    public var show: [Item]

    public init(text: String? = nil, show: [Item]) {
        self.text = text
        self.show = show
    }
}

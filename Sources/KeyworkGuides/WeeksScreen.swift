/// Days in each of the last four weeks, one row per thing asked about (the TOP form's substance section):
/// 0 to 7 a week, a computed total of 0 to 28, an optional average amount on a day of use with its unit,
/// and "not answered" for a row the client did not answer, which is never a 0.
public struct WeeksScreen: Sendable, Equatable {
    /// One thing asked about, such as alcohol.
    public struct Row: Sendable, Equatable {
        public var id: String
        public var label: String
        /// The unit of the average amount on a day of use, such as "units on a using day"; nil asks no amount.
        public var amount: String?

        public init(id: String, label: String, amount: String? = nil) {
            self.id = id
            self.label = label
            self.amount = amount
        }
    }

    /// How many weeks each row asks about.
    public static let weekCount = 4
    /// The most days a week can hold.
    public static let daysInWeek = 7

    public var text: String
    public var rows: [Row]

    public init(text: String, rows: [Row]) {
        self.text = text
        self.rows = rows
    }

    /// The row with this id, if the screen has one.
    public func row(_ id: String) -> Row? { rows.first { $0.id == id } }
}

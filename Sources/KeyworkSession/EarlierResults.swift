import KeyworkGuides

/// What a progress screen draws on: this client's earlier sessions of the same guide that verified, oldest
/// first, and those that did not verify, which are left out and named. The application gathers them; the
/// session never reads the store.
public struct EarlierResults: Sendable, Equatable {
    /// One earlier session that verified: its id, the day it started (`YYYY-MM-DD`) and its answers by screen.
    public struct Session: Sendable, Equatable {
        public var sessionID: String
        public var date: String
        public var answers: [String: Answer]

        public init(sessionID: String, date: String, answers: [String: Answer]) {
            self.sessionID = sessionID
            self.date = date
            self.answers = answers
        }
    }

    /// An earlier session that failed verification, left out of every chart; `date` when it could be read.
    public struct LeftOut: Sendable, Equatable {
        public var sessionID: String
        public var date: String?

        public init(sessionID: String, date: String? = nil) {
            self.sessionID = sessionID
            self.date = date
        }
    }

    /// Oldest first.
    public var sessions: [Session]
    public var leftOut: [LeftOut]

    public init(sessions: [Session] = [], leftOut: [LeftOut] = []) {
        self.sessions = sessions
        self.leftOut = leftOut
    }
}

/// The numbers a progress screen showed, as recorded when it was shown: for each earlier session, the value
/// of each answer charted, so the record and the client's copy say exactly what was drawn.
public struct ProgressShown: Sendable, Equatable {
    /// One charted answer of one session: a number, or nil for "not answered", and a weeks row's average
    /// amount on a using day as typed, when it has one. An answer the session never gave (its screen was not
    /// shown) is left out.
    public struct Value: Sendable, Equatable {
        /// `screen` or `screen.row`, as the guide's `show` writes it.
        public var item: String
        public var value: Int?
        /// The amount, in the row's unit; nil when the row asks none or none was given.
        public var amount: String?

        public init(item: String, value: Int?, amount: String? = nil) {
            self.item = item
            self.value = value
            self.amount = amount
        }
    }

    public struct Session: Sendable, Equatable {
        public var sessionID: String
        public var date: String
        public var values: [Value]

        public init(sessionID: String, date: String, values: [Value]) {
            self.sessionID = sessionID
            self.date = date
            self.values = values
        }
    }

    public var sessions: [Session]
    public var leftOut: [EarlierResults.LeftOut]

    public init(sessions: [Session] = [], leftOut: [EarlierResults.LeftOut] = []) {
        self.sessions = sessions
        self.leftOut = leftOut
    }

    /// The earlier sessions' values for a progress screen's `show`, taken from their answers.
    public static func of(_ progress: ProgressScreen, earlier: EarlierResults) -> ProgressShown {
        ProgressShown(
            sessions: earlier.sessions.map { session in
                Session(
                    sessionID: session.sessionID, date: session.date,
                    values: progress.show.compactMap { item in
                        ProgressValue.of(item, in: session.answers).map {
                            Value(
                                item: item.written, value: $0,
                                amount: ProgressValue.amount(of: item, in: session.answers)
                            )
                        }
                    })
            }, leftOut: earlier.leftOut)
    }
}

/// How one charted answer reads as a number.
public enum ProgressValue {
    /// The value of `item` among `answers`: `.some(number)`, `.some(nil)` for "not answered", nil when never asked.
    public static func of(_ item: ProgressScreen.Item, in answers: [String: Answer]) -> Int?? {
        switch (answers[item.screen], item.row) {
        case (.scale(let value)?, nil):
            return .some(value)
        case (.weeks(let weeks)?, let row?):
            guard let answered = weeks.row(row) else { return nil }
            return .some(answered.total)
        default:
            return nil
        }
    }

    /// The average amount on a using day given for a weeks row `item`, as typed; nil for anything else.
    public static func amount(of item: ProgressScreen.Item, in answers: [String: Answer]) -> String? {
        guard case .weeks(let weeks)? = answers[item.screen], let row = item.row else { return nil }
        return weeks.row(row)?.amount
    }

    /// The unit of a weeks row's amount in `guide`, such as "units on a using day"; nil when it asks none.
    public static func unit(of item: ProgressScreen.Item, in guide: Guide) -> String? {
        guard case .weeks(let weeks)? = guide.screen(item.screen)?.content, let row = item.row else { return nil }
        return weeks.row(row)?.amount
    }

    /// The lowest and highest values of `item` in `guide`: a scale's ends, or 0 to 28 days for a weeks row.
    public static func range(of item: ProgressScreen.Item, in guide: Guide) -> ClosedRange<Int> {
        switch guide.screen(item.screen)?.content {
        case .scale(let scale)?: return scale.min...max(scale.min, scale.max)
        default: return 0...(WeeksScreen.weekCount * WeeksScreen.daysInWeek)
        }
    }

    /// The label of `item` in `guide`: a weeks row's label, or a scale screen's title.
    public static func label(of item: ProgressScreen.Item, in guide: Guide) -> String {
        switch guide.screen(item.screen)?.content {
        case .weeks(let weeks)?: return item.row.flatMap { weeks.row($0)?.label } ?? item.written
        case .scale(let scale)?: return guide.screen(item.screen)?.title ?? scale.prompt
        default: return item.written
        }
    }
}

import KeyworkGuides

extension GuideDate {
    /// Days since 1970-01-01 in the proleptic Gregorian calendar (civil-from-days, after Howard Hinnant).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let shifted = dayNumber + 719468
        let era = (shifted >= 0 ? shifted : shifted - 146096) / 146097
        let dayOfEra = shifted - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The date this many days later (or earlier, when negative).
    public func adding(days: Int) -> GuideDate { GuideDate(dayNumber: dayNumber + days) }

    /// The UTC date of an ISO 8601 time such as `2026-11-27T02:46:30.123Z`.
    public init?(iso8601 time: String) {
        // Every recorded time is written this way; `due` reads several from each of its sessions. Anything else is
        // read the general way, from the first ten characters.
        guard let date = Self.plainDate(time.utf8) else {
            self.init(String(time.prefix(10)))
            return
        }
        guard let valid = date else { return nil }
        self = valid
    }

    /// The date of `YYYY-MM-DD` in ASCII digits at the start of `text`, as the general reading gives it (nil inside
    /// when it is no date: a month or day out of range); nil when the text does not start that way.
    private static func plainDate(_ text: String.UTF8View) -> GuideDate?? {
        var numbers = (year: 0, month: 0, day: 0)
        var offset = 0
        for byte in text {
            switch offset {
            case 4, 7:
                guard byte == UInt8(ascii: "-") else { return nil }
            case 10:
                // A mark after the tenth character would join it (and the general reading then finds no number).
                guard byte < 0x80 else { return nil }
            default:
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                let digit = Int(byte - UInt8(ascii: "0"))
                if offset < 4 {
                    numbers.year = numbers.year * 10 + digit
                } else if offset < 7 {
                    numbers.month = numbers.month * 10 + digit
                } else {
                    numbers.day = numbers.day * 10 + digit
                }
            }
            offset += 1
            if offset > 10 { break }
        }
        guard offset >= 10 else { return nil }
        guard (1...12).contains(numbers.month), (1...31).contains(numbers.day) else { return .some(nil) }
        let date = GuideDate(year: numbers.year, month: numbers.month, day: numbers.day)
        // A day past the month's end (30 February) comes back as another date.
        return .some(GuideDate(dayNumber: date.dayNumber) == date ? date : nil)
    }
}

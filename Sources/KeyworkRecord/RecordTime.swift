import Foundation

/// The two ways the record writes a moment: ISO 8601 UTC with milliseconds, and a compact form for names.
///
/// Computed from the Unix time by hand (not with a formatter) so the output never depends on the locale,
/// the time zone or the calendar settings of the machine.
public enum RecordTime {
    /// `2026-11-27T02:46:30.123Z`: milliseconds truncated, always UTC.
    public static func iso8601(_ date: Date) -> String {
        let parts = civil(date)
        return "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2))T"
            + "\(pad(parts.hour, 2)):\(pad(parts.minute, 2)):\(pad(parts.second, 2)).\(pad(parts.millisecond, 3))Z"
    }

    /// `20261127-024630`: UTC, for session ids and quarantine folder names.
    public static func compact(_ date: Date) -> String {
        let parts = civil(date)
        return "\(pad(parts.year, 4))\(pad(parts.month, 2))\(pad(parts.day, 2))-"
            + "\(pad(parts.hour, 2))\(pad(parts.minute, 2))\(pad(parts.second, 2))"
    }

    /// Reads back a time `iso8601` wrote; nil when the text does not have that shape or is not a real moment.
    public static func parse(_ text: String) -> Date? {
        guard looksLikeISO8601(text) else { return nil }
        let bytes = Array(text.utf8)
        guard isRealMoment(bytes, at: 0) else { return nil }
        func number(_ range: Range<Int>) -> Int64 {
            bytes[range].reduce(Int64(0)) { $0 * 10 + Int64($1 - UInt8(ascii: "0")) }
        }
        let (year, month, day) = (number(0..<4), number(5..<7), number(8..<10))
        let (hour, minute, second) = (number(11..<13), number(14..<16), number(17..<19))
        // Howard Hinnant's days-from-civil, the inverse of `civil` below.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let milliseconds = ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + number(20..<23)
        return Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    /// Whether `text` is a time as `iso8601` writes it: exactly that shape, and a real moment (a day that the
    /// month has, hours 00–23, minutes and seconds 00–59). Journals, seals and the ledger accept nothing else.
    public static func isValidTime(_ text: String) -> Bool {
        looksLikeISO8601(text) && isRealMoment(Array(text.utf8), at: 0)
    }

    private static let monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    /// Whether the 24 bytes at `start`, already of the `iso8601` shape, name a real moment.
    static func isRealMoment(_ bytes: [UInt8], at start: Int) -> Bool {
        func number(_ offset: Int, _ count: Int) -> Int {
            var value = 0
            for index in start + offset..<start + offset + count { value = value * 10 + Int(bytes[index] &- 48) }
            return value
        }
        let (year, month, day) = (number(0, 4), number(5, 2), number(8, 2))
        guard (1...12).contains(month), day >= 1, number(11, 2) < 24, number(14, 2) < 60, number(17, 2) < 60 else {
            return false
        }
        let isLeapYear = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return day <= (month == 2 && isLeapYear ? 29 : monthLengths[month - 1])
    }

    /// Whether `text` has exactly the shape `iso8601` writes (digits in place, no range checks).
    static func looksLikeISO8601(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let template = Array("0000-00-00T00:00:00.000Z".utf8)
        guard bytes.count == template.count else { return false }
        for (byte, expected) in zip(bytes, template) {
            if expected == UInt8(ascii: "0") {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
            } else if byte != expected {
                return false
            }
        }
        return true
    }

    private struct CivilTime {
        var year, month, day, hour, minute, second, millisecond: Int64
    }

    private static func civil(_ date: Date) -> CivilTime {
        let totalMilliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let (days, millisecondOfDay) = floorDivide(totalMilliseconds, 86_400_000)
        // Howard Hinnant's days-from-civil inverse, valid for the proleptic Gregorian calendar.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CivilTime(
            year: year, month: month, day: day, hour: millisecondOfDay / 3_600_000,
            minute: millisecondOfDay / 60_000 % 60, second: millisecondOfDay / 1000 % 60,
            millisecond: millisecondOfDay % 1000)
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let quotient = value >= 0 ? value / divisor : (value - divisor + 1) / divisor
        return (quotient, value - quotient * divisor)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

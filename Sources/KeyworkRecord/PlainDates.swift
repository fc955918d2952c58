import Foundation
import KeyworkWords

/// Dates in words, such as "Friday 26 February 2027" or "piątek 26 lutego 2027", in the copy's language and
/// independent of the machine's locale settings.
struct PlainDates {
    let calendar: Calendar
    let words: Words

    init(timeZone: TimeZone, words: Words = .english) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
        self.words = words
    }

    /// "Friday 26 February 2027".
    func day(_ date: Date) -> String {
        let parts = calendar.dateComponents([.weekday, .day, .month, .year], from: date)
        return words.language.calendar.day(
            weekday: parts.weekday ?? 1, day: parts.day ?? 0, month: parts.month ?? 1, year: parts.year ?? 0)
    }

    /// "Friday 26 February 2027 at 14:05 GMT".
    func moment(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let hour = String(parts.hour ?? 0)
        let minute = String(parts.minute ?? 0)
        let clock = (hour.count < 2 ? "0" + hour : hour) + ":" + (minute.count < 2 ? "0" + minute : minute)
        let zone = calendar.timeZone.abbreviation(for: date).map { " \($0)" } ?? ""
        return words(.moment, ["day": .text(day(date)), "time": .text(clock + zone)])
    }

    /// The calendar day `days` after `date`'s day.
    func adding(days: Int, to date: Date) -> Date {
        calendar.date(byAdding: .day, value: days, to: date) ?? date.addingTimeInterval(Double(days) * 86_400)
    }
}

/// The names of days and months a language writes dates with, as in "Friday 26 February 2027" or
/// "piątek 26 lutego 2027", independent of the machine's locale settings.
public struct CalendarWords: Sendable, Equatable {
    /// Sunday first, as the Gregorian calendar's weekday numbers count.
    public let weekdays: [String]
    /// January first, in the form a date takes ("lutego", not "luty", in Polish).
    public let months: [String]

    public init(_ language: Language) {
        switch language {
        case .english:
            weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
            months = [
                "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December",
            ]
        case .polish:
            weekdays = ["niedziela", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota"]
            months = [
                "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                "października", "listopada", "grudnia",
            ]
        }
    }

    /// "Friday 26 February 2027"; `weekday` counts from 1 (Sunday), `month` from 1 (January).
    public func day(weekday: Int, day: Int, month: Int, year: Int) -> String {
        let weekdayName = weekdays[((weekday - 1) % 7 + 7) % 7]
        let monthName = months[((month - 1) % 12 + 12) % 12]
        return "\(weekdayName) \(day) \(monthName) \(year)"
    }
}

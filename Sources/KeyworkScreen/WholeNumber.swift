/// A whole number as a person types it: decimal digits of any script (`12`, `१२`, `๑๒`), with a leading
/// minus sign where negatives make sense, and spaces around it. Anything else is not a number, so
/// "about 3 months" is refused rather than read as 3.
public enum WholeNumber {
    /// The number `text` says, or nil when it is not exactly a whole number that fits in an `Int`.
    public static func parse(_ text: String) -> Int? {
        var scalars = Substring(text).drop { $0.isWhitespace }
        while scalars.last?.isWhitespace == true { scalars.removeLast() }
        let negative = scalars.first == "-"
        if negative { scalars.removeFirst() }
        guard !scalars.isEmpty else { return nil }
        var value = 0
        for character in scalars {
            guard let digit = digitValue(character) else { return nil }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carried) = shifted.addingReportingOverflow(digit)
            guard !overflow, !carried else { return nil }
            value = sum
        }
        return negative ? -value : value
    }

    /// The value of one decimal digit in any script; nil for anything else, such as `½` or `Ⅻ`.
    public static func digitValue(_ character: Character) -> Int? {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
            scalar.properties.numericType == .decimal, let value = character.wholeNumberValue
        else { return nil }
        return value
    }
}

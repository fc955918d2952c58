/// The fields of a due index line (transcript-format.md §14): separated by tabs and read back by hand, in a fixed
/// order, so that reading 100,000 lines builds no JSON tree. A string is escaped so that it holds no tab, newline or
/// space (`\\`, `\t`, `\n`, `\r`, `\s`); an optional one is empty when absent and starts with `=` when present.
struct IndexFields {
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(256)
    }

    private mutating func separate() {
        if !bytes.isEmpty { bytes.append(Self.tab) }
    }

    mutating func add(_ text: String) {
        separate()
        Self.escape(text, into: &bytes)
    }

    mutating func add(optional text: String?) {
        separate()
        guard let text else { return }
        bytes.append(UInt8(ascii: "="))
        Self.escape(text, into: &bytes)
    }

    mutating func add(_ number: Int64) {
        separate()
        bytes.append(contentsOf: String(number).utf8)
    }

    mutating func add(optional number: Int?) {
        separate()
        if let number { bytes.append(contentsOf: String(number).utf8) }
    }

    /// Several strings in one field, a space between each.
    mutating func add(words: [String]) {
        separate()
        for (position, word) in words.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: " ")) }
            Self.escape(word, into: &bytes)
        }
    }

    /// A field exactly as given (a tag, or hex): the caller makes sure it holds no tab or newline.
    mutating func add(raw: String) {
        separate()
        bytes.append(contentsOf: raw.utf8)
    }

    static let tab = UInt8(ascii: "\t")

    static func escape(_ text: String, into bytes: inout [UInt8]) {
        // Most fields (ids, hashes, dates) need no escape: copied whole, not a byte at a time.
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 <= UInt8(ascii: " ") || $0 == UInt8(ascii: "\\") }) else {
            bytes.append(contentsOf: utf8)
            return
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: " "): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "s")]
            default: bytes.append(byte)
            }
        }
    }

    // MARK: - Reading

    /// A line's fields; nil unless there are exactly `count`.
    static func split(_ line: ArraySlice<UInt8>, count: Int) -> [ArraySlice<UInt8>]? {
        let fields = line.split(separator: tab, maxSplits: count, omittingEmptySubsequences: false)
        return fields.count == count ? fields : nil
    }

    /// The string a field spells; nil when an escape in it is not one `escape` writes.
    static func text(_ field: ArraySlice<UInt8>) -> String? {
        guard field.contains(UInt8(ascii: "\\")) else { return String(decoding: field, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(field.count)
        var escaped = false
        for byte in field {
            guard escaped else {
                if byte == UInt8(ascii: "\\") { escaped = true } else { output.append(byte) }
                continue
            }
            escaped = false
            switch byte {
            case UInt8(ascii: "\\"): output.append(byte)
            case UInt8(ascii: "t"): output.append(UInt8(ascii: "\t"))
            case UInt8(ascii: "n"): output.append(UInt8(ascii: "\n"))
            case UInt8(ascii: "r"): output.append(UInt8(ascii: "\r"))
            case UInt8(ascii: "s"): output.append(UInt8(ascii: " "))
            default: return nil
            }
        }
        return escaped ? nil : String(decoding: output, as: UTF8.self)
    }

    /// `.some(nil)` for an empty field, `.some(text)` for `=text`, nil when it is neither.
    static func optionalText(_ field: ArraySlice<UInt8>) -> String?? {
        guard let first = field.first else { return .some(nil) }
        guard first == UInt8(ascii: "="), let text = text(field.dropFirst()) else { return nil }
        return .some(text)
    }

    /// The whole number a field spells in decimal (with an optional `-`); nil for anything else.
    static func number(_ field: ArraySlice<UInt8>) -> Int64? {
        var digits = field
        let negative = digits.first == UInt8(ascii: "-")
        if negative { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.count <= 19 else { return nil }
        var value: Int64 = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            let (tens, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = tens.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            guard !overflow, !carry else { return nil }
            value = sum
        }
        return negative ? -value : value
    }

    /// `.some(nil)` for an empty field, `.some(number)` for a number, nil when it is neither.
    static func optionalNumber(_ field: ArraySlice<UInt8>) -> Int64?? {
        guard !field.isEmpty else { return .some(nil) }
        return number(field).map { .some($0) }
    }
}

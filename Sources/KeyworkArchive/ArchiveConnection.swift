// KeyworkArchive owns the agency archive: sealed sessions as exact bytes in PostgreSQL, through libpq (CLibpq).
// It is the only code that imports CLibpq or talks to the network. It may import KeyworkRecord (to verify what it
// sends and what it fetches, and to keep fetched sessions in the store's archive cache), KeyworkGuides and
// Foundation. It never writes into a store's `sessions/`, and trust never comes from the archive: every row is
// verified with this computer's own keys before it is believed.

import CLibpq
import Foundation

/// One connection to the archive, with libpq's own connection settings: a URI or `key=value` string from the
/// config's `archive:` or `KEYWORK_ARCHIVE`, then libpq's environment variables (PGHOST, PGSSLMODE, …) and
/// `~/.pgpass` for the password. A password written into the settings themselves is refused.
public final class ArchiveConnection {
    private let connection: OpaquePointer

    /// Connects, waiting at most `timeoutSeconds` unless the settings give their own `connect_timeout`.
    public init(settings: String, timeoutSeconds: Int = 10) throws(ArchiveError) {
        try Self.refusePassword(in: settings)
        let keywords = ["connect_timeout", "fallback_application_name", "dbname"]
        let values = [String(timeoutSeconds), "keywork", settings]
        let made: OpaquePointer? = Self.withCStrings(keywords) { keywordPointers in
            Self.withCStrings(values) { valuePointers in
                // expand_dbname: the settings are a URI or key=value string; what they say beats the two before.
                PQconnectdbParams(keywordPointers, valuePointers, 1)
            }
        }
        guard let made else { throw ArchiveError.cannotConnect("libpq could not allocate a connection") }
        guard PQstatus(made) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(made)).trimmingCharacters(in: .whitespacesAndNewlines)
            PQfinish(made)
            throw ArchiveError.cannotConnect(message)
        }
        connection = made
        // Errors and notices in English and timestamps in UTC, whatever the server's defaults.
        _ = try? execute("SET TIME ZONE 'UTC'")
    }

    deinit {
        PQfinish(connection)
    }

    /// Runs one statement with `$1`, `$2`… bound to `parameters` (text, or bytes sent as binary), and returns
    /// its rows in text form.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [ArchiveValue] = []) throws(ArchiveError) -> ArchiveRows {
        let formats = parameters.map { value -> Int32 in if case .bytes = value { 1 } else { 0 } }
        let buffers: [[UInt8]?] = parameters.map { value in
            switch value {
            case .text(let text): Array(text.utf8) + [0]
            case .bytes(let bytes): bytes.isEmpty ? [0] : bytes
            case .null: nil
            }
        }
        let lengths = parameters.map { value -> Int32 in
            if case .bytes(let bytes) = value { Int32(bytes.count) } else { 0 }
        }
        let result: OpaquePointer? = Self.withBuffers(buffers) { pointers in
            PQexecParams(connection, sql, Int32(parameters.count), nil, pointers, lengths, formats, 0)
        }
        guard let result else {
            throw ArchiveError.failed(sql: sql, message: lastError, code: nil)
        }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK:
            return ArchiveRows(result)
        default:
            let message = String(cString: PQresultErrorMessage(result)).trimmingCharacters(in: .whitespacesAndNewlines)
            let code = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
            throw ArchiveError.failed(sql: sql, message: message, code: code)
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(_ body: () throws(ArchiveError) -> T) throws(ArchiveError) -> T {
        try execute("BEGIN")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }

    private var lastError: String {
        String(cString: PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A password belongs in `~/.pgpass` (mode 0600), never in a setting that shows in `keywork config show`,
    /// a shell's history or another user's `ps`.
    static func refusePassword(in settings: String) throws(ArchiveError) {
        var problem: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(settings, &problem) else {
            let message = problem.map { String(cString: $0) } ?? "it cannot be read"
            if let problem { PQfreemem(problem) }
            throw ArchiveError.badSettings(message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        defer { PQconninfoFree(options) }
        var option = options
        while let keyword = option.pointee.keyword {
            if String(cString: keyword) == "password", let value = option.pointee.val, value.pointee != 0 {
                throw ArchiveError.passwordInSettings
            }
            option += 1
        }
    }

    private static func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R
    {
        let copies = strings.map { strdup($0) }
        defer { for copy in copies { free(copy) } }
        let pointers: [UnsafePointer<CChar>?] = copies.map { UnsafePointer($0) } + [nil]
        return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
    }

    private static func withBuffers<R>(_ buffers: [[UInt8]?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R
    {
        let copies: [UnsafeMutablePointer<UInt8>?] = buffers.map { buffer in
            guard let buffer else { return nil }
            let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: max(buffer.count, 1))
            copy.initialize(from: buffer, count: buffer.count)
            return copy
        }
        defer { for copy in copies { copy?.deallocate() } }
        let pointers: [UnsafePointer<CChar>?] = copies.map {
            $0.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
        }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
    }
}

/// A value bound to a statement's `$n`.
public enum ArchiveValue: Sendable, Equatable {
    case text(String)
    case bytes([UInt8])
    case null

    public static func optional(_ text: String?) -> ArchiveValue { text.map(ArchiveValue.text) ?? .null }
}

/// A statement's rows, copied out of libpq's result in text form.
public struct ArchiveRows: Sendable {
    public var rows: [[String?]]

    init(_ result: OpaquePointer) {
        let count = Int(PQntuples(result))
        let columns = Int(PQnfields(result))
        rows = (0..<count).map { row in
            (0..<columns).map { column in
                if PQgetisnull(result, Int32(row), Int32(column)) != 0 { return nil }
                return String(cString: PQgetvalue(result, Int32(row), Int32(column)))
            }
        }
    }

    public var count: Int { rows.count }

    /// A `bytea` column in PostgreSQL's hex text form (`\x0a1b…`) as bytes; nil when null or not in that form.
    public static func bytes(_ text: String?) -> [UInt8]? {
        guard let text, text.hasPrefix("\\x") else { return nil }
        let digits = Array(text.utf8.dropFirst(2))
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = hexValue(digits[index]), let low = hexValue(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

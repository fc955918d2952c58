/// The short code a client takes away: an off-device witness of exactly which journal was sealed.
///
/// Crockford base32 (`0123456789ABCDEFGHJKMNPQRSTVWXYZ`) of the first 60 bits of the journal's SHA-256,
/// twelve characters written `XXXX-XXXX-XXXX`.
public enum ReceiptCode {
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// The receipt code for a raw 32-byte (or longer) SHA-256 digest; nil if it is shorter than 8 bytes.
    public static func make(journalSHA256: [UInt8]) -> String? {
        guard journalSHA256.count >= 8 else { return nil }
        let first64 = journalSHA256.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let first60 = first64 >> 4
        var characters: [Character] = []
        for index in 0..<12 {
            let shift = UInt64(55 - 5 * index)
            characters.append(alphabet[Int(first60 >> shift & 0x1F)])
            if index == 3 || index == 7 { characters.append("-") }
        }
        return String(characters)
    }

    /// The receipt code for a SHA-256 written as lowercase hex.
    public static func make(journalSHA256Hex hex: String) -> String? {
        guard Hex.isLowercaseHex(hex, byteCount: 32) else { return nil }
        let digits = Array(hex.utf8).map {
            $0 <= UInt8(ascii: "9") ? $0 - UInt8(ascii: "0") : $0 - UInt8(ascii: "a") + 10
        }
        let bytes = stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
        return make(journalSHA256: bytes)
    }
}

import Testing

@testable import KeyworkRecord

/// `Hex.spells` compares a stored hash with raw bytes; it must agree with encoding the bytes and comparing strings.
@Suite struct HexTests {
    @Test func spellsAgreesWithComparingTheEncodedString() {
        let bytes: [UInt8] = [0x00, 0x0F, 0xA5, 0xFF, 0x10]
        let candidates = [
            "000fa5ff10", "000FA5FF10", "000fa5ff1", "000fa5ff100", "000fa5ff11", "", "é00fa5ff10", "000fa5ff1é",
            "100fa5ff10",
        ]
        for text in candidates {
            #expect(Hex.spells(text, bytes) == (text == Hex.encode(bytes)), "\(text)")
        }
        #expect(Hex.spells("", []))
        #expect(Hex.spells("000fa5ff10", bytes))
    }
}

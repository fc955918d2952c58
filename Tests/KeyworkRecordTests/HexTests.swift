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

    @Test func decodeTakesOnlyLowercaseHexOfWholeBytesAsTextOrAsBytes() {
        let bytes: [UInt8] = [0x00, 0x0F, 0xA5, 0xFF, 0x10]
        #expect(Hex.decode("000fa5ff10") == bytes)
        #expect(Hex.decode(utf8: Array("000fa5ff10".utf8)[...]) == bytes)
        #expect(Hex.decode("") == [])
        for text in ["000FA5FF10", "000fa5ff1", "000fa5ff1g", "é00fa5ff1", " 00fa5ff10", "0x0fa5ff10"] {
            #expect(Hex.decode(text) == nil, "\(text)")
            #expect(Hex.decode(utf8: text.utf8) == nil, "\(text)")
        }
        for byte in UInt8.min...UInt8.max {
            #expect(Hex.decode(Hex.encode([byte, 255 - byte])) == [byte, 255 - byte])
        }
    }
}

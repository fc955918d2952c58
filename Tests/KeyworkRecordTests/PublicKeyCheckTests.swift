import Crypto
import Testing

@testable import KeyworkRecord

/// Only canonical encodings of curve points outside the small subgroup count as public keys.
@Suite struct PublicKeyCheckTests {
    /// Little-endian bytes of a small number in the 255-bit y coordinate, with the sign bit of x as given.
    static func encoding(y: UInt8, xIsOdd: Bool = false) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 32)
        bytes[0] = y
        if xIsOdd { bytes[31] |= 0x80 }
        return bytes
    }

    static func hex(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            bytes.append(UInt8(text[index..<next], radix: 16) ?? 0)
            index = next
        }
        return bytes
    }

    /// p − 1 (y = −1) and p itself, little-endian.
    static let minusOne = [0xEC] + [UInt8](repeating: 0xFF, count: 30) + [0x7F]
    static let prime = [0xED] + [UInt8](repeating: 0xFF, count: 30) + [0x7F]

    @Test func keysThatSwiftCryptoMakesAreAccepted() {
        for _ in 0..<200 {
            let raw = Array(Curve25519.Signing.PrivateKey().publicKey.rawRepresentation)
            #expect(PublicKeyCheck.problem(with: raw) == nil, "\(Hex.encode(raw))")
        }
        #expect(PublicKeyCheck.isAcceptable(Fixture.key().publicKeyBytes))
    }

    @Test func theSmallOrderPointsAreRefused() {
        let smallOrder: [[UInt8]] = [
            Self.encoding(y: 1),  // the identity
            Self.minusOne,  // order 2
            Self.encoding(y: 0), Self.encoding(y: 0, xIsOdd: true),  // order 4
            // Order 8: the two y coordinates, each with both signs of x.
            Self.hex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
            Self.hex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85"),
            Self.hex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
            Self.hex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa"),
        ]
        for raw in smallOrder {
            #expect(PublicKeyCheck.problem(with: raw)?.contains("small order") == true, "\(Hex.encode(raw))")
        }
    }

    @Test func nonCanonicalEncodingsAreRefused() {
        var primePlusOne = Self.prime
        primePlusOne[0] = 0xEE  // the identity, spelled y = p + 1
        var minusOneWithSign = Self.minusOne
        minusOneWithSign[31] |= 0x80
        for raw in [Self.prime, primePlusOne, Self.encoding(y: 1, xIsOdd: true), minusOneWithSign] {
            #expect(PublicKeyCheck.problem(with: raw)?.contains("not in canonical form") == true, "\(Hex.encode(raw))")
        }
        // A real key with its sign bit flipped is another point, still a valid one: only x = 0 has no other sign.
        var flipped = Fixture.key().publicKeyBytes
        flipped[31] ^= 0x80
        #expect(PublicKeyCheck.isAcceptable(flipped))
    }

    @Test func bytesThatAreNoPointAreRefused() {
        let notPoints = (2...40).map { Self.encoding(y: UInt8($0)) }.filter {
            PublicKeyCheck.problem(with: $0)?.contains("not a point on the Ed25519 curve") == true
        }
        #expect(notPoints.count > 5, "about half of all y coordinates have no x")
        #expect(PublicKeyCheck.problem(with: [UInt8](repeating: 1, count: 31)) != nil)
    }

    @Test func theFieldArithmeticAgreesWithItself() {
        let a = FieldElement(littleEndian: Self.hex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"))
        let b = FieldElement(123_456_789)
        #expect((a * b.inverse * b).isCongruent(to: a))
        #expect((a - b + b).isCongruent(to: a))
        #expect((-a + a).isZero)
        #expect(FieldElement(littleEndian: Self.prime).isZero)
    }
}

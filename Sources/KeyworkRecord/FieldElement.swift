/// A number modulo p = 2^255 − 19, the field of Ed25519's curve, as four 64-bit limbs (least significant first).
///
/// Only what checking a public key needs: it runs once per key, so it is written to be read, not to be fast,
/// and it handles no secrets, so it need not run in constant time.
struct FieldElement: Equatable {
    private(set) var limbs: [UInt64]

    static let zero = FieldElement(limbs: [0, 0, 0, 0])
    static let one = FieldElement(limbs: [1, 0, 0, 0])
    /// p itself, which only `reduced` ever compares with.
    static let prime = FieldElement(limbs: [0xFFFF_FFFF_FFFF_FFED, .max, .max, 0x7FFF_FFFF_FFFF_FFFF])

    init(limbs: [UInt64]) {
        self.limbs = limbs
    }

    /// The little-endian number in 32 bytes, all 256 bits of it (the caller clears the sign bit first).
    init(littleEndian bytes: [UInt8]) {
        var limbs: [UInt64] = [0, 0, 0, 0]
        for (index, byte) in bytes.prefix(32).enumerated() {
            limbs[index / 8] |= UInt64(byte) << (UInt64(index % 8) * 8)
        }
        self.limbs = limbs
    }

    init(_ small: UInt64) {
        limbs = [small, 0, 0, 0]
    }

    /// Whether the 256-bit value is at least p, i.e. not the canonical form of its residue.
    var isAtLeastPrime: Bool {
        for index in (0..<4).reversed() where limbs[index] != FieldElement.prime.limbs[index] {
            return limbs[index] > FieldElement.prime.limbs[index]
        }
        return true
    }

    /// The same residue, below p.
    var reduced: FieldElement {
        var value = self
        // Any 256-bit value is below 2p + 38, so p is taken away at most twice.
        while value.isAtLeastPrime { value = value.subtractingRaw(FieldElement.prime).result }
        return value
    }

    var isZero: Bool { reduced.limbs == [0, 0, 0, 0] }
    /// The low bit of the canonical value: Ed25519's "negative".
    var isOdd: Bool { reduced.limbs[0] & 1 == 1 }

    func isCongruent(to other: FieldElement) -> Bool { reduced == other.reduced }

    static func + (left: FieldElement, right: FieldElement) -> FieldElement {
        var (sum, carry) = left.addingRaw(right)
        // 2^256 is 38 modulo p.
        while carry {
            (sum, carry) = sum.addingRaw(FieldElement(38))
        }
        return sum
    }

    static func - (left: FieldElement, right: FieldElement) -> FieldElement {
        var (difference, borrow) = left.subtractingRaw(right)
        while borrow {
            (difference, borrow) = difference.subtractingRaw(FieldElement(38))
        }
        return difference
    }

    static prefix func - (value: FieldElement) -> FieldElement {
        FieldElement.zero - value
    }

    static func * (left: FieldElement, right: FieldElement) -> FieldElement {
        var wide = [UInt64](repeating: 0, count: 8)
        for i in 0..<4 {
            var carry: UInt64 = 0
            for j in 0..<4 {
                let (high, low) = left.limbs[i].multipliedFullWidth(by: right.limbs[j])
                let (withCarry, overflowA) = low.addingReportingOverflow(carry)
                let (total, overflowB) = wide[i + j].addingReportingOverflow(withCarry)
                wide[i + j] = total
                carry = high &+ (overflowA ? 1 : 0) &+ (overflowB ? 1 : 0)
            }
            wide[i + 4] = carry
        }
        // low + 38·high, folding what spills over 256 bits back in the same way.
        var folded = [UInt64](repeating: 0, count: 5)
        var carry: UInt64 = 0
        for index in 0..<4 {
            let (high, low) = wide[index + 4].multipliedFullWidth(by: 38)
            let (withCarry, overflowA) = low.addingReportingOverflow(carry)
            let (total, overflowB) = wide[index].addingReportingOverflow(withCarry)
            folded[index] = total
            carry = high &+ (overflowA ? 1 : 0) &+ (overflowB ? 1 : 0)
        }
        let spill = FieldElement(limbs: [carry &* 38, 0, 0, 0])
        return FieldElement(limbs: Array(folded.prefix(4))) + spill
    }

    /// self^exponent, the exponent given as four little-endian limbs.
    func power(_ exponent: [UInt64]) -> FieldElement {
        var result = FieldElement.one
        for limb in exponent.reversed() {
            for bit in (0..<64).reversed() {
                result = result * result
                if (limb >> UInt64(bit)) & 1 == 1 { result = result * self }
            }
        }
        return result
    }

    /// The inverse, by Fermat: self^(p − 2).
    var inverse: FieldElement {
        power([0xFFFF_FFFF_FFFF_FFEB, .max, .max, 0x7FFF_FFFF_FFFF_FFFF])
    }

    private func addingRaw(_ other: FieldElement) -> (result: FieldElement, carry: Bool) {
        var output = [UInt64](repeating: 0, count: 4)
        var carry = false
        for index in 0..<4 {
            let (partial, overflowA) = limbs[index].addingReportingOverflow(other.limbs[index])
            let (total, overflowB) = partial.addingReportingOverflow(carry ? 1 : 0)
            output[index] = total
            carry = overflowA || overflowB
        }
        return (FieldElement(limbs: output), carry)
    }

    private func subtractingRaw(_ other: FieldElement) -> (result: FieldElement, borrow: Bool) {
        var output = [UInt64](repeating: 0, count: 4)
        var borrow = false
        for index in 0..<4 {
            let (partial, overflowA) = limbs[index].subtractingReportingOverflow(other.limbs[index])
            let (total, overflowB) = partial.subtractingReportingOverflow(borrow ? 1 : 0)
            output[index] = total
            borrow = overflowA || overflowB
        }
        return (FieldElement(limbs: output), borrow)
    }
}

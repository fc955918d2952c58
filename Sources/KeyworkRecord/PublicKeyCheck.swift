import Foundation

/// What makes 32 bytes an Ed25519 public key Keywork accepts: the canonical encoding (RFC 8032 §5.1.3) of a
/// point on the curve that is not of small order.
///
/// A key of small order (the identity among them) lets a signature verify for statements its holder never
/// signed, and a non-canonical encoding gives one key two spellings, so both are refused wherever a key is
/// read: `key trust`, `keys/device.pub`, `trusted/`, journal headers and seals.
public enum PublicKeyCheck {
    /// Why `raw` is not an acceptable public key, in plain words, or nil when it is one.
    public static func problem(with raw: [UInt8]) -> String? {
        guard raw.count == 32 else { return "an Ed25519 public key is 32 bytes, not \(raw.count)" }
        if let known = verdicts.lookUp(raw) { return known }
        let verdict = check(raw)
        verdicts.remember(raw, verdict)
        return verdict
    }

    /// Whether `raw` is an acceptable public key.
    public static func isAcceptable(_ raw: [UInt8]) -> Bool {
        problem(with: raw) == nil
    }

    private static func check(_ raw: [UInt8]) -> String? {
        var yBytes = raw
        let xIsOdd = yBytes[31] & 0x80 != 0
        yBytes[31] &= 0x7F
        let y = FieldElement(littleEndian: yBytes)
        if y.isAtLeastPrime { return "the key is not in canonical form (its y coordinate is not below 2^255 − 19)" }
        // x² = (y² − 1) / (d·y² + 1); x = u·v³·(u·v⁷)^((p − 5) / 8), then fixed by √−1 if needed.
        let ySquared = y * y
        let u = ySquared - .one
        let v = curveD * ySquared + .one
        let vCubed = v * v * v
        var x = u * vCubed * (u * vCubed * vCubed * v).power(fifthOfPMinusFive)
        let check = v * x * x
        if check.isCongruent(to: u) {
            // x is a root already.
        } else if check.isCongruent(to: -u) {
            x = x * squareRootOfMinusOne
        } else {
            return "the key is not a point on the Ed25519 curve"
        }
        if x.isZero && xIsOdd { return "the key is not in canonical form (x is 0 but its sign bit is set)" }
        if x.isOdd != xIsOdd { x = -x }
        if hasSmallOrder(x: x, y: y) {
            return "the key is a point of small order, which would let signatures verify for any statement"
        }
        return nil
    }

    /// Whether 8·(x, y) is the identity: then the point lies in the subgroup of order 8 (the identity included).
    private static func hasSmallOrder(x: FieldElement, y: FieldElement) -> Bool {
        var point = (x: x, y: y, z: FieldElement.one)
        for _ in 0..<3 {
            // Doubling on −x² + y² = 1 + d·x²·y² in projective coordinates (dbl-2008-hwcd, a = −1).
            let a = point.x * point.x
            let b = point.y * point.y
            let c = (point.z * point.z) + (point.z * point.z)
            let d = -a
            let sum = point.x + point.y
            let e = sum * sum - a - b
            let g = d + b
            let f = g - c
            let h = d - b
            point = (x: e * f, y: g * h, z: f * g)
        }
        return point.x.isZero && point.y.isCongruent(to: point.z)
    }

    /// (p − 5) / 8 = 2^252 − 3.
    private static let fifthOfPMinusFive: [UInt64] = [0xFFFF_FFFF_FFFF_FFFD, .max, .max, 0x0FFF_FFFF_FFFF_FFFF]
    /// d = −121665 / 121666.
    private static let curveD = -FieldElement(121_665) * FieldElement(121_666).inverse
    /// 2^((p − 1) / 4), a square root of −1.
    private static let squareRootOfMinusOne = FieldElement(2).power([
        0xFFFF_FFFF_FFFF_FFFB, .max, .max, 0x1FFF_FFFF_FFFF_FFFF,
    ])

    /// Verdicts already reached: a store is sealed by a handful of keys, each checked once per run.
    private static let verdicts = VerdictMemo()

    private final class VerdictMemo: @unchecked Sendable {
        private let lock = NSLock()
        private var known: [[UInt8]: String?] = [:]

        func lookUp(_ raw: [UInt8]) -> String?? {
            lock.withLock { known[raw] }
        }

        func remember(_ raw: [UInt8], _ verdict: String?) {
            lock.withLock {
                // A forged store could use a new key per session; keep the memo small rather than let it grow.
                if known.count >= 1024 { known.removeAll() }
                known[raw] = verdict
            }
        }
    }
}

import Foundation

/// The valid verdicts reached during one pass over a store, by session id, so that an earlier agreement
/// that many revisits link to (a client revisited every week for years) is checked once, not once for
/// every later session in its chain. Safe to share among the threads of a parallel pass.
final class VerdictCache: @unchecked Sendable {
    private let lock = NSLock()
    private var verdicts: [String: SessionVerification] = [:]
    private var checks = 0

    /// How many sessions were checked from their files rather than answered from the cache.
    var sessionsChecked: Int {
        lock.withLock { checks }
    }

    /// A valid verdict already reached for `sessionID` whose chain still fits under the limit at `depth`.
    func validVerdict(for sessionID: String, atDepth depth: Int) -> SessionVerification? {
        lock.withLock {
            verdicts[sessionID].flatMap { depth + $0.chain.count < Verifier.maximumChainLength ? $0 : nil }
        }
    }

    /// Counts a check, and keeps its verdict when it is valid. Invalid verdicts are not kept: they are rare,
    /// and one reached deep in a chain (such as "the chain is too long") may not hold nearer its start.
    func remember(_ verification: SessionVerification) {
        lock.withLock {
            checks += 1
            if verification.outcome == .valid { verdicts[verification.sessionID] = verification }
        }
    }
}

import Foundation

/// A store's ledger read and checked on a thread of its own while `keywork due` verifies the sessions, then
/// confirmed once they are done. The ledger must be read after the sessions, or a session sealed meanwhile would
/// look missing from it: so the file is read again at the end. When it still holds exactly the bytes read ahead,
/// that reading stands; when lines were added meanwhile, only they are read (`LedgerPrefix`); else it is read whole.
struct LedgerReadAhead {
    private let store: Store
    private let trust: VerificationTrust
    private let remembering: Bool
    /// The prefix remembered before, and the ledger as read ahead (nil when there was none to read).
    private let ahead: OwnThread<(known: LedgerPrefix?, reading: LedgerView.Reading?)>

    /// Starts reading the ledger of `store`. With `remembering`, the prefix remembered before is loaded first (only
    /// what follows it is read when the ledger still begins with it), and the prefix to remember now is worked out.
    init(store: Store, trust: VerificationTrust, remembering: Bool) {
        (self.store, self.trust, self.remembering) = (store, trust, remembering)
        ahead = OwnThread {
            let known = remembering ? LedgerPrefix.load(store: store) : nil
            let path = Ledger(store: store).path
            guard let bytes = try? Store.readFile(path) else { return (known, nil) }
            let read = LedgerView.reading(
                bytes, path: path, store: remembering ? store : nil, trust: trust, known: known)
            return (known, LedgerView.Reading(bytes: bytes, view: read.view, prefix: read.prefix))
        }
    }

    /// The ledger as it is now, read after the sessions, and the prefix to remember when it verified and differs
    /// from the one remembered before: what `LedgerView.load(store:trust:known:remembering:)` would give now.
    func confirmed() -> (view: LedgerView?, checked: LedgerPrefix?) {
        let ahead = ahead.result()
        return LedgerView.load(
            store: store, trust: trust, known: ahead.known, remembering: remembering, earlier: ahead.reading)
    }

    /// Waits until the ledger has been read ahead; tests change it afterwards to take the path that reads it again.
    func waitForReadingAhead() {
        _ = ahead.result()
    }
}

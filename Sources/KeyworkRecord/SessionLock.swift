import Foundation

/// Who holds a session's lock, as written in its `lock` file.
public struct SessionLockHolder: Sendable, Equatable, CustomStringConvertible {
    public var pid: Int32?
    public var user: String
    public var since: String

    public var description: String {
        "pid \(pid.map(String.init) ?? "unknown"), user \(user), since \(since)"
    }
}

/// The exclusive `flock` on `sessions/<id>/lock` that an open journal holds.
///
/// The lock file says `pid=<n>\nuser=<name>\nsince=<ISO time>\n` so a second opener can say who has it.
/// The kernel drops the lock when the process dies, so a crash never leaves a session stuck.
final class SessionLock {
    private var descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Takes the lock without waiting, or throws `sessionLocked` naming the holder.
    static func acquire(folder: String, sessionID: String, now: Date) throws(RecordError) -> SessionLock {
        let path = folder + "/lock"
        let descriptor: Int32
        do throws(Errno) {
            descriptor = try POSIXFileIO().openFile(path, flags: O_RDWR | O_CREAT, mode: 0o600)
        } catch {
            throw RecordError.io(path: path, operation: "open the session lock", code: error.code)
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            close(descriptor)
            if code == EWOULDBLOCK {
                throw RecordError.sessionLocked(sessionID: sessionID, holder: readHolder(path))
            }
            throw RecordError.io(path: path, operation: "lock the session", code: code)
        }
        let content = "pid=\(getpid())\nuser=\(currentUser())\nsince=\(RecordTime.iso8601(now))\n"
        // The holder note is a courtesy for the next opener; failing to write it does not make the lock weaker.
        if ftruncate(descriptor, 0) == 0 {
            _ = try? POSIXFileIO().writeAll(descriptor, Array(content.utf8))
        }
        return SessionLock(descriptor: descriptor)
    }

    /// Releases the lock; safe to call more than once.
    func release() {
        if descriptor >= 0 {
            flock(descriptor, LOCK_UN)
            close(descriptor)
            descriptor = -1
        }
    }

    deinit {
        release()
    }

    private static func readHolder(_ path: String) -> SessionLockHolder {
        var holder = SessionLockHolder(pid: nil, user: "unknown", since: "unknown")
        guard let bytes = try? Store.readFile(path) else { return holder }
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let value = String(parts[1].prefix(100))
            switch parts[0] {
            case "pid": holder.pid = Int32(value)
            case "user": holder.user = value
            case "since": holder.since = value
            default: break
            }
        }
        return holder
    }

    private static func currentUser() -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return "uid \(geteuid())"
    }
}

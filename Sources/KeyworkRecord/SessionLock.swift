import Foundation

/// Who holds a session's journal: the process, its user, and since when that process has run.
public struct SessionLockHolder: Sendable, Equatable, CustomStringConvertible {
    public var pid: Int32?
    public var user: String
    public var since: String

    public var description: String {
        "pid \(pid.map(String.init) ?? "unknown"), user \(user), since \(since)"
    }
}

/// One writer per journal: an exclusive `flock` on the journal file itself, held through the descriptor the
/// journal appends with. Nothing else stands for the lock, so deleting or changing any other file lets no
/// second writer in; the kernel drops it when the process ends, so a crash never leaves a session stuck.
/// A second writer is told the first one's process id, which the kernel's own table of locks gives.
enum SessionLock {
    /// Takes the lock on `descriptor` without waiting, or throws `sessionLocked` naming the holder.
    static func take(_ descriptor: Int32, path: String, sessionID: String) throws(RecordError) {
        guard flock(descriptor, LOCK_EX | LOCK_NB) != 0 else { return }
        let code = errno
        if code == EWOULDBLOCK {
            throw RecordError.sessionLocked(sessionID: sessionID, holder: holder(of: descriptor))
        }
        throw RecordError.io(path: path, operation: "lock the journal", code: code)
    }

    /// The process that holds the flock on the file open at `descriptor`, from `/proc/locks`.
    static func holder(of descriptor: Int32) -> SessionLockHolder {
        var holder = SessionLockHolder(pid: nil, user: "unknown", since: "unknown")
        var status = stat()
        guard fstat(descriptor, &status) == 0,
            let pid = lockingProcess(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
        else { return holder }
        holder.pid = pid
        if let uid = ownerID(of: pid) { holder.user = userName(uid) }
        if let started = startTime(of: pid) { holder.since = RecordTime.iso8601(started) }
        return holder
    }

    /// The pid on the `FLOCK` line of `/proc/locks` for this file (`MAJOR:MINOR:INODE`, the first two in hex).
    static func lockingProcess(device: UInt64, inode: UInt64) -> Int32? {
        let major = ((device >> 8) & 0xFFF) | ((device >> 32) & ~0xFFF)
        let minor = (device & 0xFF) | ((device >> 12) & ~0xFF)
        let file = String(format: "%02llx:%02llx:%llu", major, minor, inode)
        guard let table = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return nil }
        for line in table.split(separator: "\n") where !line.contains("->") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6, fields[1] == "FLOCK", fields[3] == "WRITE", fields[5] == Substring(file) else {
                continue
            }
            return Int32(fields[4])
        }
        return nil
    }

    private static func ownerID(of pid: Int32) -> uid_t? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Uid:") })
        else { return nil }
        return line.split(whereSeparator: { $0 == "\t" || $0 == " " }).dropFirst().first.flatMap { uid_t($0) }
    }

    private static func userName(_ uid: uid_t) -> String {
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(uid)"
    }

    /// When process `pid` started: its start in clock ticks after boot (`/proc/PID/stat`) plus the boot time.
    private static func startTime(of pid: Int32) -> Date? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")"),
            let ticks = stat[stat.index(after: close)...].split(separator: " ").dropFirst(19).first.flatMap({
                Double($0)
            }),
            let boot = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
            let line = boot.split(separator: "\n").first(where: { $0.hasPrefix("btime ") }),
            let bootTime = line.split(separator: " ").last.flatMap({ Double($0) })
        else { return nil }
        let perSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
        guard perSecond > 0 else { return nil }
        return Date(timeIntervalSince1970: bootTime + ticks / perSecond)
    }
}

import CKeyworkCrash
import KeyworkWords

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the people at the screen see if Keywork crashes: a short notice in their language, never the
/// technical report and never a wait for a key. The report goes to a private file for the developers.
///
/// The words and the file's path are prepared here, before any crash; the handler that shows them is
/// C (`CKeyworkCrash`), so that it makes only async-signal-safe calls. It passes each crash on to the
/// Swift runtime's backtracer, which writes its report to the file (Docs/security.md).
public enum CrashNotice {
    /// Prepares the notice in `words` and a new report path in `reportFolder`, and installs the handler
    /// once. Install it before the full screen starts: the full screen's own handler then runs first and
    /// puts the terminal back before the notice is written. Returns the report's path, or nil when the
    /// path is too long to keep (a crash then shows the notice and keeps no report).
    @discardableResult
    public static func install(words: Words, reportFolder: String) -> String? {
        let path = prepare(words: words, reportFolder: reportFolder, secondsSince1970: time(nil), processID: getpid())
        keywork_crash_install()
        return path
    }

    /// Hands the words and the report's path to the handler without installing it; `install` without
    /// the signals. Returns the report's path, or nil when it is too long to keep.
    static func prepare(words: Words, reportFolder: String, secondsSince1970: Int, processID: Int32) -> String? {
        let path = reportFolder + "/" + reportFileName(secondsSince1970: secondsSince1970, processID: processID)
        if keywork_crash_prepare(notice(words), reportLine(words, path: path), reportFolder, path) == 0 { return path }
        _ = keywork_crash_prepare(notice(words), nil, nil, nil)
        return nil
    }

    /// The words written to standard output when the program crashes, on a line of their own.
    public static func notice(_ words: Words) -> String {
        "\n" + words[.endedCrashed] + "\n"
    }

    /// The line after the notice that says where the report is, written only when the file was made.
    public static func reportLine(_ words: Words, path: String) -> String {
        words(.crashReportIn, ["file": .text(path)]) + "\n"
    }

    /// `crash-20261127-074800-12345.txt`: when the handler was prepared (UTC) and the process number, so
    /// that reports never overwrite each other.
    public static func reportFileName(secondsSince1970: Int, processID: Int32) -> String {
        var seconds = time_t(secondsSince1970)
        var parts = tm()
        _ = gmtime_r(&seconds, &parts)
        func digits(_ value: Int32, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let date = digits(parts.tm_year + 1900, 4) + digits(parts.tm_mon + 1, 2) + digits(parts.tm_mday, 2)
        let clock = digits(parts.tm_hour, 2) + digits(parts.tm_min, 2) + digits(parts.tm_sec, 2)
        return "crash-\(date)-\(clock)-\(processID).txt"
    }
}

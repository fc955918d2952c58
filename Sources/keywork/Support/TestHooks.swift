import Foundation
import KeyworkApp
import KeyworkGuides
import KeyworkRecord

/// The journal's and the device key's test-only faults (`KEYWORK_TEST_*`, Docs/terminal.md), read from the
/// environment only in a debug build: the build `swift test` makes and runs. A release build has no such hooks,
/// so nothing in a keyworker's environment can make it fail on purpose.
enum TestHooks {
    static var faults: FileFaults {
        #if KEYWORK_TEST_HOOKS
            FileFaults(environment: RunSettings.environment)
        #else
            FileFaults()
        #endif
    }

    /// `KEYWORK_TEST_ARCHIVE_HANG_AFTER_BATCH=N`: after batch N of `archive push` commits, and before the store
    /// notes it, wait forever, so that a test can kill -9 the push at its worst moment.
    static var archiveAfterCommit: (Int) -> Void {
        #if KEYWORK_TEST_HOOKS
            let hangAfter = RunSettings.environment["KEYWORK_TEST_ARCHIVE_HANG_AFTER_BATCH"].flatMap { Int($0) }
            return { batch in
                guard batch == hangAfter else { return }
                Console.error("archive: test hook: waiting after batch \(batch)")
                while true { sleep(60) }
            }
        #else
            return { _ in }
        #endif
    }

    /// The session clock. `KEYWORK_TEST_TODAY=YYYY-MM-DD` (debug builds only) starts it at 10:00 UTC that day
    /// and lets it run on from there, so end-to-end tests can walk sessions months apart.
    static var clock: @Sendable () -> Date {
        #if KEYWORK_TEST_HOOKS
            if let today = RunSettings.environment["KEYWORK_TEST_TODAY"].flatMap({ GuideDate($0) }) {
                let start = Date()
                let base = Date(timeIntervalSince1970: TimeInterval(today.dayNumber * 86400 + 10 * 3600))
                return { base.addingTimeInterval(Date().timeIntervalSince(start)) }
            }
        #endif
        return { Date() }
    }
}

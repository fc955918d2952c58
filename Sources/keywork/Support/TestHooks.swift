import KeyworkApp
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
}

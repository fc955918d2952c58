// The crash handler of Keywork, in C so that it runs nothing but async-signal-safe calls.
// Swift code prepares it (KeyworkTerminal's CrashNotice); after that it needs no Swift at all.
#ifndef KEYWORK_CRASH_H
#define KEYWORK_CRASH_H

/// Copies what a crash shows and where its report goes into static buffers. `notice` is written to
/// standard output; `report_line` after it only when the report file could be opened. Returns 0, or -1
/// (and keeps the earlier words) when a text or path does not fit. Call it before a crash can happen.
int keywork_crash_prepare(const char *notice, const char *report_line, const char *report_folder,
                          const char *report_path);

/// Installs the handler for SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT and SIGFPE once, keeping the
/// actions that were there (the Swift runtime's backtracer) to pass each crash on to.
void keywork_crash_install(void);

#endif

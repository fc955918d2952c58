// What happens when Keywork crashes (a Swift trap, SIGSEGV...), for the people at a shared screen:
// a short notice on the screen, the technical report in a private file, and never a wait for a key.
//
// Swift's runtime catches crashes with its own handler, which runs the swift-backtrace program. That
// program decides at start-up whether to be interactive (stdin and stdout both terminals); then it
// prints a long report and asks "Press space to interact, D to debug, or any other key to quit" for
// up to 30 seconds. This handler runs first, moves standard input, output and error out of its way,
// and passes the crash on: the backtracer writes its report to the file, reads one ready key from a
// pipe, and quits at once. (Standard input at /dev/null reads end of file, which the backtracer does
// not expect: it fails instead of quitting.)
//
// Only async-signal-safe calls here: open, mkdir, fchmod, pipe, dup2, write, close, sigaction, signal,
// raise. Each text and path is at most CAPACITY - 1 bytes; keywork_crash_prepare refuses longer ones.

#include "keywork_crash.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CAPACITY 4096

static char notice[CAPACITY];
static size_t notice_length;
static char report_line[CAPACITY];
static size_t report_line_length;
static char report_folder[CAPACITY];
static char report_path[CAPACITY];

static const char report_header[] =
    "Keywork crash report, for the developers.\n"
    "It may hold fragments of the program's memory: keep it private, and delete it once it is sent.\n\n";

/// Not space and not D: the backtracer's "any other key to quit".
static const char quit_key[] = "q";

static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
#define CRASH_SIGNAL_COUNT (sizeof crash_signals / sizeof crash_signals[0])
static struct sigaction previous_actions[CRASH_SIGNAL_COUNT];
static int is_installed;
static int is_handling;

static int copy_text(char *buffer, const char *text, size_t *length) {
    size_t count = text == NULL ? 0 : strlen(text);
    if (count >= CAPACITY) { return -1; }
    memcpy(buffer, text == NULL ? "" : text, count);
    buffer[count] = '\0';
    if (length != NULL) { *length = count; }
    return 0;
}

int keywork_crash_prepare(const char *new_notice, const char *new_report_line, const char *new_report_folder,
                          const char *new_report_path) {
    const char *texts[] = {new_notice, new_report_line, new_report_folder, new_report_path};
    for (size_t index = 0; index < 4; index++) {
        if (texts[index] != NULL && strlen(texts[index]) >= CAPACITY) { return -1; }
    }
    copy_text(notice, new_notice, &notice_length);
    copy_text(report_line, new_report_line, &report_line_length);
    copy_text(report_folder, new_report_folder, NULL);
    copy_text(report_path, new_report_path, NULL);
    return 0;
}

static void write_all(int descriptor, const char *bytes, size_t count) {
    while (count > 0) {
        ssize_t written = write(descriptor, bytes, count);
        if (written > 0) {
            bytes += written;
            count -= (size_t)written;
        } else if (written < 0 && errno == EINTR) {
            continue;
        } else {
            return;
        }
    }
}

/// Opens a fresh report file, readable by its owner only, with the header written; -1 when it cannot.
static int open_report(void) {
    if (report_path[0] == '\0') { return -1; }
    if (report_folder[0] != '\0') { (void)mkdir(report_folder, 0700); }
    int descriptor = open(report_path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (descriptor < 0) { return -1; }
    // An older file of the same name may have had wider permissions.
    (void)fchmod(descriptor, 0600);
    write_all(descriptor, report_header, sizeof report_header - 1);
    return descriptor;
}

static void move_descriptor(int from, int to) {
    if (from < 0 || from == to) { return; }
    (void)dup2(from, to);
}

/// Standard input becomes a pipe holding one key; standard output and error go to the report, or
/// nowhere when there is no report, so nothing more reaches the shared screen.
static void divert_standard_streams(int report) {
    int keys[2];
    if (pipe(keys) == 0) {
        write_all(keys[1], quit_key, sizeof quit_key - 1);
        close(keys[1]);
        move_descriptor(keys[0], STDIN_FILENO);
        if (keys[0] != STDIN_FILENO) { close(keys[0]); }
    }
    int output = report >= 0 ? report : open("/dev/null", O_WRONLY | O_CLOEXEC);
    move_descriptor(output, STDOUT_FILENO);
    move_descriptor(output, STDERR_FILENO);
    if (output > STDERR_FILENO) { close(output); }
}

static int signal_index(int signal_number) {
    for (size_t index = 0; index < CRASH_SIGNAL_COUNT; index++) {
        if (crash_signals[index] == signal_number) { return (int)index; }
    }
    return -1;
}

static void handle_crash(int signal_number) {
    int saved_errno = errno;
    // Only the first crashing thread speaks; any other passes its crash straight on.
    if (__atomic_exchange_n(&is_handling, 1, __ATOMIC_ACQ_REL) == 0) {
        int report = open_report();
        write_all(STDOUT_FILENO, notice, notice_length);
        if (report >= 0) { write_all(STDOUT_FILENO, report_line, report_line_length); }
        divert_standard_streams(report);
    }
    // The previous action (Swift's backtracer, or the default) runs when this handler returns and
    // the signal, raised now while blocked, is delivered with the crash's own context.
    int index = signal_index(signal_number);
    if (index >= 0) {
        (void)sigaction(signal_number, &previous_actions[index], NULL);
    } else {
        (void)signal(signal_number, SIG_DFL);
    }
    errno = saved_errno;
    (void)raise(signal_number);
}

void keywork_crash_install(void) {
    if (is_installed) { return; }
    is_installed = 1;
    for (size_t index = 0; index < CRASH_SIGNAL_COUNT; index++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = handle_crash;
        sigemptyset(&action.sa_mask);
        // The runtime's alternate stack, where there is one, so that a stack overflow is caught too.
        action.sa_flags = SA_ONSTACK;
        (void)sigaction(crash_signals[index], &action, &previous_actions[index]);
    }
}

// ncursesw with the wide-character API. Swift cannot import C macros that take arguments or
// expand to expressions, so the few Keywork needs are wrapped in inline functions below.
#ifndef KEYWORK_CNCURSESW_SHIM_H
#define KEYWORK_CNCURSESW_SHIM_H
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <termios.h>

static inline WINDOW *keywork_stdscr(void) { return stdscr; }
static inline int keywork_lines(void) { return LINES; }
static inline int keywork_cols(void) { return COLS; }
static inline int keywork_colors(void) { return COLORS; }
static inline attr_t keywork_a_normal(void) { return A_NORMAL; }
static inline attr_t keywork_a_bold(void) { return A_BOLD; }
static inline attr_t keywork_a_reverse(void) { return A_REVERSE; }
static inline attr_t keywork_a_underline(void) { return A_UNDERLINE; }
static inline attr_t keywork_a_dim(void) { return A_DIM; }
static inline int keywork_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int keywork_key_f(int n) { return KEY_F(n); }
static inline attr_t keywork_a_color(void) { return A_COLOR; }
static inline WINDOW *keywork_curscr(void) { return curscr; }
static inline FILE *keywork_standard_input(void) { return stdin; }
static inline FILE *keywork_standard_output(void) { return stdout; }
static inline const char *keywork_codeset(void) { return nl_langinfo(CODESET); }
static inline int keywork_key_resize(void) { return KEY_RESIZE; }

// ppoll is a GNU extension that Glibc's Swift overlay does not show; Keywork needs it to unblock
// SIGWINCH only while waiting, so a resize between "nothing to read" and "wait" is never missed.
extern int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout, const sigset_t *sigmask);
static inline int keywork_wait_for_input(struct pollfd *fds, nfds_t count, int timeout_ms,
                                         const sigset_t *mask_while_waiting) {
    if (timeout_ms < 0) { return ppoll(fds, count, NULL, mask_while_waiting); }
    struct timespec timeout = {timeout_ms / 1000, (long)(timeout_ms % 1000) * 1000000L};
    return ppoll(fds, count, &timeout, mask_while_waiting);
}

// sigaction's struct and function share a name, which Swift cannot tell apart; these two wrappers
// install a plain handler (saving the previous action) and put a saved action back.
static inline int keywork_install_signal_handler(int signal_number, void (*handler)(int), int flags,
                                                 struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = flags;
    return sigaction(signal_number, &action, previous);
}
static inline int keywork_restore_signal_handler(int signal_number, const struct sigaction *previous) {
    return sigaction(signal_number, previous, NULL);
}
#endif

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

static inline WINDOW *keywork_stdscr(void) { return stdscr; }
static inline int keywork_lines(void) { return LINES; }
static inline int keywork_cols(void) { return COLS; }
static inline attr_t keywork_a_normal(void) { return A_NORMAL; }
static inline attr_t keywork_a_bold(void) { return A_BOLD; }
static inline attr_t keywork_a_reverse(void) { return A_REVERSE; }
static inline attr_t keywork_a_underline(void) { return A_UNDERLINE; }
static inline attr_t keywork_a_dim(void) { return A_DIM; }
static inline int keywork_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int keywork_key_f(int n) { return KEY_F(n); }
#endif

// The width a terminal gives one Unicode scalar: glibc's wcwidth in a UTF-8 locale, which is what
// ncursesw and tmux use to place text. Keywork's screen layer asks here so that its layout agrees
// with them, whatever locale the program itself runs in.
#ifndef KEYWORK_WIDTH_H
#define KEYWORK_WIDTH_H

#include <stdint.h>

/// The C library's width of `scalar` in a UTF-8 locale: 0, 1 or 2 cells, or -1 when it has no
/// printable width there (a control, or a code point the C library does not know). Returns -2 when
/// no UTF-8 locale can be loaded on this machine; the caller then uses its own table.
int keywork_wcwidth(uint32_t scalar);

#endif

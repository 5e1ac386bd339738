#ifndef TISEP_CNCURSES_SHIM_H
#define TISEP_CNCURSES_SHIM_H
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE for system libraries; without
// these the wide-character API (add_wch, get_wch, setcchar) is invisible.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <stdio.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <ncursesw/ncurses.h>

// Glibc's Swift module does not expose these.
int wcwidth(wchar_t c);
int wcswidth(const wchar_t *s, size_t n);

// Swift 6 rejects C globals as not concurrency-safe, and cannot see macros:
// reach them through functions.
static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t shim_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_dim(void) { return A_DIM; }
static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline int shim_key_resize(void) { return KEY_RESIZE; }
static inline int shim_key_f(int n) { return KEY_F(n); }
static inline int shim_ok(void) { return OK; }
static inline int shim_err(void) { return ERR; }
static inline int shim_lc_all(void) { return LC_ALL; }
static inline FILE *shim_stdout_file(void) { return stdout; }
static inline FILE *shim_stdin_file(void) { return stdin; }
static inline nl_item shim_codeset(void) { return CODESET; }
static inline int shim_lc_ctype(void) { return LC_CTYPE; }

// The terminal's size from the kernel; 0 when it cannot be read.
static inline int shim_window_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return 0;
    *rows = ws.ws_row; *cols = ws.ws_col;
    return 1;
}
#endif

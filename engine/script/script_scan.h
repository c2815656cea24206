/* script_scan.h — internal to script/: checks on text before it reaches Lua or a screen
 * (script_scan.c). Depends on nothing else in script/.
 */
#ifndef VIGIE_SCRIPT_SCAN_H
#define VIGIE_SCRIPT_SCAN_H

#include <stddef.h>

/* Looks through Lua source for what levels may not use: a `<close>` attribute (Lua runs
 * __close handlers without hooks). Returns 0 when clean, else the line, with why. */
int script_scan_source(const char *src, size_t len, const char **why);

/* Whether text a screen will show is sound: 0 when it is, -1 when it is not UTF-8, else 1 +
 * the code of the first control character (a newline is fine). */
int script_text_scan(const char *s, size_t len);

#endif

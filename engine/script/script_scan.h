/* script_scan.h — internal to script/: checks on text before it reaches Lua or a screen
 * (script_scan.c). Depends on nothing else in script/.
 */
#ifndef VIGIE_SCRIPT_SCAN_H
#define VIGIE_SCRIPT_SCAN_H

#include <stddef.h>

/* The most source text a chunk may have (a level file, a pack.lua, a string given to load):
 * Lua's parser cannot be interrupted, so what it reads is bounded instead. */
#define SCRIPT_SOURCE_MAX (4u << 20)
/* The most jumps (elseif, and, or, break, goto, labels) a chunk may have: the parser keeps
 * each kind in a list that it walks for every new one, so their cost grows with their
 * square (200,000 elseif take a minute; 5,000 take a few hundredths of a second). */
#define SCRIPT_JUMPS_MAX 5000

/* Looks through Lua source for what levels may not use: a `<close>` attribute (Lua runs
 * __close handlers without hooks), more than SCRIPT_SOURCE_MAX bytes or SCRIPT_JUMPS_MAX
 * jumps (what makes the parser slow). Returns 0 when clean, else the line, with why. */
int script_scan_source(const char *src, size_t len, const char **why);

/* Whether text a screen will show is sound: 0 when it is, -1 when it is not UTF-8, else 1 +
 * the code of the first control character (a newline is fine). */
int script_text_scan(const char *s, size_t len);

#endif

/* script_scan.h — internal to script/: checks on text before it reaches Lua or a screen
 * (script_scan.c). Depends on nothing else in script/.
 */
#ifndef VIGIE_SCRIPT_SCAN_H
#define VIGIE_SCRIPT_SCAN_H

#include <stdbool.h>
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

/* Whether text a screen will show is sound: 0 when it is, -1 when it is not strict UTF-8
 * (RFC 3629: no overlong form, no surrogate, nothing past U+10FFFF, no cut sequence), else
 * 1 + the code point of the first character a screen cannot show: a C0 control (a newline
 * is fine), DEL, a C1 control (U+0080..U+009F) or one of script_text_mark's. */
int script_text_scan(const char *s, size_t len);

/* Whether cp is an invisible mark the text layout does not follow: the line and paragraph
 * separators U+2028/U+2029 (a line breaks at "\n" only) and the bidi embeddings, overrides
 * and isolates U+202A..U+202E, U+2066..U+2069 (drawn as boxes, never applied; in a title
 * they would turn the text around in a terminal or a report). */
bool script_text_mark(unsigned cp);

#endif

/* script_syntax.c — Lua's syntax errors, explained: reads Lua's message and the level's source
 * to say what it usually means and on which line to look (a missing comma is on the last line
 * of code *before* the token Lua stopped at). Fills the hint fields of a game_error; the words
 * are game/'s (game_error_hint). No Lua state: plain text in, plain data out.
 */
#include "script_vm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What a light pass over the source sees: enough of Lua's lexer to tell code from comments
 * and strings, and brackets that do not pair. */
typedef struct {
    int target;                  /* the line of Lua's error */
    int last_code_before;        /* the last line with code before the target's token */
    const char *first_on_target; /* the first code on the target line */
    const char *end;             /* the source's end: it need not end with a NUL */
    int stray_line;              /* the first closer that closes nothing (0: none) */
    char stray;
    int open_line[64]; /* the brackets still open at the end */
    char open[64];
    int nopen;
} scan;

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* The level of a long bracket at p ("[[" 0, "[==[" 2), or -1. */
static int long_level(const char *p, const char *end)
{
    if (p >= end || *p != '[') return -1;
    int n = 0;
    const char *q = p + 1;
    while (q < end && *q == '=') q++, n++;
    return q < end && *q == '[' ? n : -1;
}

/* Skips a long bracket of level lv opened at p; counts the lines. Returns the end. */
static const char *skip_long(const char *p, const char *end, int lv, int *line)
{
    p += lv + 2;
    while (p < end) {
        if (*p == '\n') (*line)++;
        if (*p == ']') {
            const char *q = p + 1;
            int n = 0;
            while (q < end && *q == '=') q++, n++;
            if (n == lv && q < end && *q == ']') return q + 1;
        }
        p++;
    }
    return end;
}

static void code_at(scan *s, int line, const char *p)
{
    if (line < s->target) s->last_code_before = line;
    if (line == s->target && !s->first_on_target) s->first_on_target = p;
}

static void bracket(scan *s, char c, int line)
{
    if (c == '{' || c == '(' || c == '[') {
        if (s->nopen < 64) {
            s->open[s->nopen] = c;
            s->open_line[s->nopen] = line;
        }
        s->nopen++;
        return;
    }
    char want = c == '}' ? '{' : c == ')' ? '(' : '[';
    if (s->nopen > 0 && (s->nopen > 64 || s->open[s->nopen - 1] == want)) {
        s->nopen--;
    } else if (!s->stray_line) {
        s->stray_line = line;
        s->stray = c;
    }
}

static void scan_source(scan *s, const char *src, size_t len)
{
    const char *p = src, *end = src + len;
    int line = 1;
    if (p < end && *p == '#') /* a first line "#!…" */
        while (p < end && *p != '\n') p++;
    while (p < end) {
        char c = *p;
        if (c == '\n') {
            line++;
            p++;
        } else if (is_space(c)) {
            p++;
        } else if (c == '-' && p + 1 < end && p[1] == '-') {
            int lv = long_level(p + 2, end);
            if (lv >= 0) {
                p = skip_long(p + 2, end, lv, &line);
            } else {
                while (p < end && *p != '\n') p++;
            }
        } else if (c == '"' || c == '\'') {
            code_at(s, line, p);
            p++;
            while (p < end && *p != c && *p != '\n') {
                if (*p == '\\' && p + 1 < end) {
                    if (p[1] == '\n') line++;
                    p++;
                }
                p++;
            }
            if (p < end && *p == c) p++;
        } else if (c == '[' && long_level(p, end) >= 0) {
            code_at(s, line, p);
            p = skip_long(p, end, long_level(p, end), &line);
        } else {
            code_at(s, line, p);
            if (c && strchr("{}()[]", c)) bracket(s, c, line);
            p++;
        }
    }
}

/* Lua's token after "near " (quoted 'x', or <eof>), into out without its quotes. */
static void near_token(const char *msg, char *out, size_t size)
{
    out[0] = '\0';
    const char *n = strstr(msg, " near ");
    if (!n) return;
    n += 6;
    size_t len = strlen(n);
    if (len >= 2 && n[0] == '\'' && n[len - 1] == '\'') n++, len -= 2;
    if (len >= size) len = size - 1;
    memcpy(out, n, len);
    out[len] = '\0';
}

/* "(to close 'X' at line N)": X into what, returns N (0 when absent). */
static int to_close(const char *msg, char *what, size_t size)
{
    const char *t = strstr(msg, "(to close '");
    if (!t) return 0;
    t += 11;
    const char *q = strchr(t, '\'');
    if (!q) return 0;
    size_t n = (size_t)(q - t) < size - 1 ? (size_t)(q - t) : size - 1;
    memcpy(what, t, n);
    what[n] = '\0';
    int line = 0;
    return sscanf(q, "' at line %d)", &line) == 1 ? line : 0;
}

/* The closer Lua expected: the text between the first quotes ("'}' expected" → "}"). */
static void expected(const char *msg, char *what, size_t size)
{
    what[0] = '\0';
    if (msg[0] == '<') { /* "<eof> expected" */
        snprintf(what, size, "<eof>");
        return;
    }
    if (msg[0] != '\'') return;
    const char *q = strchr(msg + 1, '\'');
    if (!q) return;
    size_t n = (size_t)(q - msg - 1) < size - 1 ? (size_t)(q - msg - 1) : size - 1;
    memcpy(what, msg + 1, n);
    what[n] = '\0';
}

static bool starts(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Does the source at p start with near? */
static bool at_token(const scan *s, const char *p, const char *near)
{
    size_t n = strlen(near);
    return n && (size_t)(s->end - p) >= n && memcmp(p, near, n) == 0;
}

/* Does the token near, on the target line, follow a quote at once (a name glued to a quote:
 * the quote before it closed a text that was meant to go on)? */
static bool quoted_name(const scan *s, const char *near)
{
    size_t n = strlen(near);
    char c = (char)(near[0] | 32);
    if (!s->first_on_target || !n || !(near[0] == '_' || (c >= 'a' && c <= 'z'))) return false;
    for (const char *p = s->first_on_target; p < s->end && *p != '\n'; p++)
        if (p > s->first_on_target && (p[-1] == '"' || p[-1] == '\'') && at_token(s, p, near))
            return true;
    return false;
}

void script_syntax_hint(const char *src, size_t len, const char *msg, int line, game_error *err)
{
    if (!err || !msg || line <= 0) return;
    scan s = {.target = line, .end = src + len};
    scan_source(&s, src, len);
    char near[sizeof err->hint_near], what[sizeof err->hint_what] = "";
    near_token(msg, near, sizeof near);
    bool eof = strcmp(near, "<eof>") == 0;
    int opened = 0;
    game_hint_kind k = GAME_HINT_NONE;
    int at = line;
    if (starts(msg, "unfinished long string")) {
        k = GAME_HINT_LONG_STRING;
        sscanf(msg, "unfinished long string (starting at line %d)", &at);
    } else if (starts(msg, "unfinished long comment")) {
        k = GAME_HINT_LONG_COMMENT;
        sscanf(msg, "unfinished long comment (starting at line %d)", &at);
    } else if (starts(msg, "unfinished string")) {
        k = GAME_HINT_QUOTE;
    } else if (starts(msg, "malformed number")) {
        k = GAME_HINT_NUMBER;
    } else if (starts(msg, "unexpected symbol") || starts(msg, "syntax error")) {
        if (eof && s.nopen > 0 && s.nopen <= 64) {
            /* the file ends inside a bracket */
            k = GAME_HINT_UNCLOSED;
            at = s.open_line[s.nopen - 1];
            snprintf(what, sizeof what, "%c", s.open[s.nopen - 1]);
        } else if (s.stray_line == line && strlen(near) == 1 && near[0] == s.stray) {
            k = GAME_HINT_EXTRA_CLOSE;
            snprintf(what, sizeof what, "%c", s.stray);
        } else {
            k = GAME_HINT_UNEXPECTED;
        }
    } else if (strstr(msg, " expected")) {
        char exp[16];
        expected(msg, exp, sizeof exp);
        opened = to_close(msg, what, sizeof what);
        if (strcmp(exp, "<eof>") == 0) {
            k = GAME_HINT_EXTRA_CLOSE;
            snprintf(what, sizeof what, "%.15s", near);
        } else if (eof) {
            /* the file ends with something still open */
            k = GAME_HINT_UNCLOSED;
            if (opened) at = opened;
            if (!what[0]) snprintf(what, sizeof what, "%s", exp);
            if (!opened && strcmp(exp, "}") == 0) snprintf(what, sizeof what, "{");
            if (!opened && strcmp(exp, ")") == 0) snprintf(what, sizeof what, "(");
        } else if (quoted_name(&s, near)) {
            /* "Titre, en = "Title": the text ended at the wrong quote */
            k = GAME_HINT_QUOTE;
        } else if (opened && strcmp(exp, "}") != 0) {
            k = GAME_HINT_UNCLOSED;
            at = opened;
        } else if (strcmp(exp, "}") == 0) {
            /* a field that follows another without a comma: look at the end of the last code
             * before the token, or just before it when both share a line */
            bool first = s.first_on_target && at_token(&s, s.first_on_target, near);
            if (first && s.last_code_before > 0) {
                k = GAME_HINT_COMMA_EOL;
                at = s.last_code_before;
            } else {
                k = GAME_HINT_COMMA_BEFORE;
            }
        } else if (strcmp(exp, ")") == 0) {
            k = GAME_HINT_PAREN;
        } else if (strcmp(exp, "=") == 0) {
            k = GAME_HINT_EQUALS;
        } else if (strcmp(exp, "end") == 0 && opened) {
            k = GAME_HINT_UNCLOSED;
            at = opened;
        } else {
            k = GAME_HINT_EXPECTED;
            snprintf(what, sizeof what, "%s", exp);
        }
    }
    if (k == GAME_HINT_NONE) return;
    err->hint = k;
    err->hint_line = at;
    snprintf(err->hint_near, sizeof err->hint_near, "%s", near);
    snprintf(err->hint_what, sizeof err->hint_what, "%s", what);
}

/* script_scan.c — a small Lua tokenizer that finds what levels may not write.
 * It knows strings, long strings and comments, so that `<close>` inside a string or a
 * comment is fine and one hidden behind comments or spaces is still found.
 */
#include "script_scan.h"

#include <stdbool.h>
#include <ctype.h>
#include <string.h>

typedef struct {
    const char *p, *end;
    int line;
} lexer;

/* Level of a long bracket at p ("[[" is 0, "[==[" is 2), or -1. */
static int long_bracket(const lexer *x, const char *p)
{
    if (p >= x->end || *p != '[') return -1;
    int level = 0;
    p++;
    while (p < x->end && *p == '=') level++, p++;
    return p < x->end && *p == '[' ? level : -1;
}

static void skip_long(lexer *x, int level)
{
    x->p += level + 2;
    while (x->p < x->end) {
        if (*x->p == '\n') x->line++;
        if (*x->p == ']') {
            const char *q = x->p + 1;
            int n = 0;
            while (q < x->end && *q == '=') n++, q++;
            if (n == level && q < x->end && *q == ']') {
                x->p = q + 1;
                return;
            }
        }
        x->p++;
    }
}

/* Skips spaces and comments. */
static void skip_space(lexer *x)
{
    while (x->p < x->end) {
        char c = *x->p;
        if (c == '\n') {
            x->line++;
            x->p++;
        } else if (isspace((unsigned char)c)) {
            x->p++;
        } else if (c == '-' && x->p + 1 < x->end && x->p[1] == '-') {
            x->p += 2;
            int level = long_bracket(x, x->p);
            if (level >= 0) {
                skip_long(x, level);
            } else {
                while (x->p < x->end && *x->p != '\n') x->p++;
            }
        } else {
            return;
        }
    }
}

/* Reads one token; returns its first character, or 0 at the end. Names go to name. */
static char next_token(lexer *x, char *name, size_t n)
{
    skip_space(x);
    name[0] = '\0';
    if (x->p >= x->end) return 0;
    char c = *x->p;
    if (isalpha((unsigned char)c) || c == '_') {
        size_t k = 0;
        while (x->p < x->end && (isalnum((unsigned char)*x->p) || *x->p == '_')) {
            if (k + 1 < n) name[k++] = *x->p;
            x->p++;
        }
        name[k] = '\0';
        return 'a';
    }
    if (c == '"' || c == '\'') {
        x->p++;
        while (x->p < x->end && *x->p != c) {
            if (*x->p == '\\' && x->p + 1 < x->end) {
                x->p++;
                if (*x->p == '\n')
                    x->line++;
                else if (*x->p == 'z') { /* \z skips the following spaces, newlines too */
                    x->p++;
                    while (x->p < x->end && isspace((unsigned char)*x->p)) {
                        if (*x->p == '\n') x->line++;
                        x->p++;
                    }
                    continue;
                }
            } else if (*x->p == '\n') {
                break; /* unfinished string: Lua will say so */
            }
            x->p++;
        }
        if (x->p < x->end) x->p++;
        return '"';
    }
    int level = long_bracket(x, x->p);
    if (level >= 0) {
        skip_long(x, level);
        return '"';
    }
    x->p++;
    return c;
}

static bool is_jump(const char *name)
{
    static const char *const jumps[] = {"elseif", "and", "or", "break", "goto", NULL};
    for (const char *const *j = jumps; *j; j++)
        if (strcmp(name, *j) == 0) return true;
    return false;
}

int script_scan_source(const char *src, size_t len, const char **why)
{
    if (len > SCRIPT_SOURCE_MAX) {
        *why = "the source is larger than 4 MiB, the most a level may be: split it into "
               "several levels";
        return 1;
    }
    lexer x = {src, src + len, 1};
    size_t jumps = 0;
    if (len > 0 && src[0] == '#') /* a first line "#!…" is skipped by Lua */
        while (x.p < x.end && *x.p != '\n') x.p++;
    char name[16], prev = 0;
    while (x.p < x.end) {
        skip_space(&x);
        int line = x.line; /* where the token starts */
        char t = next_token(&x, name, sizeof name);
        if (!t) break;
        if ((t == 'a' && is_jump(name)) || (t == ':' && prev == ':')) {
            if (t == ':') t = 0; /* a label's "::" counts once */
            if (++jumps > SCRIPT_JUMPS_MAX) {
                *why = "more than 5000 elseif, and, or, break, goto and labels: Lua's parser "
                       "slows down with each one; put long chains of cases in a table";
                return line;
            }
        }
        if (prev == '<' && t == 'a' && strcmp(name, "close") == 0) {
            lexer y = x;
            char n2[4];
            if (next_token(&y, n2, sizeof n2) == '>') {
                *why = "to-be-closed variables (<close>) are not allowed in levels";
                return line;
            }
        }
        prev = t;
    }
    return 0;
}

int script_text_scan(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        unsigned c = u[i];
        /* RFC 3629: C0, C1 and F5..FF never lead; the second byte's range rules out the
         * overlong forms (E0, F0), the surrogates (ED) and what lies past U+10FFFF (F4). */
        size_t n = c < 0x80                 ? 1
                   : c >= 0xc2 && c <= 0xdf ? 2
                   : c >= 0xe0 && c <= 0xef ? 3
                   : c >= 0xf0 && c <= 0xf4 ? 4
                                            : 0;
        if (n == 0 || n > len - i) return -1;
        unsigned lo = c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80;
        unsigned hi = c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : 0xbf;
        if (n > 1 && (u[i + 1] < lo || u[i + 1] > hi)) return -1;
        for (size_t k = 2; k < n; k++)
            if ((u[i + k] & 0xc0) != 0x80) return -1;
        unsigned cp = n == 1   ? c
                      : n == 2 ? (c & 0x1fu) << 6 | (u[i + 1] & 0x3fu)
                      : n == 3 ? (c & 0x0fu) << 12 | (u[i + 1] & 0x3fu) << 6 | (u[i + 2] & 0x3fu)
                               : 0x10000; /* no control lies past the BMP */
        if ((cp < 0x20 && cp != '\n') || (cp >= 0x7f && cp <= 0x9f) || script_text_mark(cp))
            return (int)(1 + cp);
        i += n;
    }
    return 0;
}

bool script_text_mark(unsigned cp)
{
    return cp == 0x2028 || cp == 0x2029 || (cp >= 0x202a && cp <= 0x202e) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

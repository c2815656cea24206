/* app_term.c — text from a level or a database made safe to print on a terminal (app_term.h).
 * One decoder of UTF-8 and one rule of what a terminal acts on, shared by the lines of
 * `vigie check`, the report and the JSON of `vigie run`. C library only.
 */
#include "app_term.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ==== what a terminal acts on ================================================= */

/* The length of the valid UTF-8 character at p (at most avail bytes), its code point in *cp;
 * 0 when the byte at p starts no valid character (overlong forms and surrogates are not). */
static size_t utf8_char(const unsigned char *p, size_t avail, uint32_t *cp)
{
    unsigned char c = p[0];
    if (c < 0x80) return *cp = c, 1;
    size_t len = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (!len || len > avail) return 0;
    uint32_t v = c & (0x7f >> len);
    for (size_t k = 1; k < len; k++) {
        if ((p[k] & 0xc0) != 0x80) return 0;
        v = v << 6 | (p[k] & 0x3f);
    }
    static const uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < least[len] || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return 0;
    *cp = v;
    return len;
}

/* A line separator, a control, or a character that reorders what follows it. */
static bool acts_on_terminal(uint32_t cp)
{
    return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0x200e || cp == 0x200f ||
           (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 ||
           cp == 0x2029;
}

/* The visible escape of the character cp (or of the lone byte cp when bad), in e (16). */
static size_t escape_of(uint32_t cp, bool bad, char e[16])
{
    if (!bad && cp == '\n') return memcpy(e, "\\n", 3), 2;
    if (!bad && cp == '\r') return memcpy(e, "\\r", 3), 2;
    if (!bad && cp == '\t') return memcpy(e, "\\t", 3), 2;
    if (bad || cp <= 0x7f) return (size_t)snprintf(e, 16, "\\x%02x", (unsigned)cp);
    return (size_t)snprintf(e, 16, "\\u%04x", (unsigned)cp);
}

/* Calls put for each piece of s made safe (keep_newlines: "\n" passes): runs of characters
 * that pass as they are, and escapes (escape set). Stops when put says no; false then. */
typedef bool (*piece_fn)(void *ud, const char *piece, size_t n, bool escape);
static bool each_piece(const char *s, size_t len, bool keep_newlines, piece_fn put, void *ud)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    while (p < end) {
        /* the longest run that passes as it is, in one piece */
        const unsigned char *run = p;
        uint32_t cp = 0;
        size_t n = 0;
        while (p < end && (n = utf8_char(p, (size_t)(end - p), &cp)) &&
               (!acts_on_terminal(cp) || (keep_newlines && cp == '\n')))
            p += n;
        if (p > run && !put(ud, (const char *)run, (size_t)(p - run), false)) return false;
        if (p >= end) break;
        char e[16];
        size_t k = n ? escape_of(cp, false, e) : escape_of(*p, true, e);
        if (!put(ud, e, k, true)) return false;
        p += n ? n : 1;
    }
    return true;
}

/* ==== into a buffer, onto a stream ============================================ */

typedef struct {
    char *out;
    size_t used, cap; /* cap counts the terminator */
} sink;

/* Appends a piece; one that does not fit is cut before a character (a run) or left out
 * (an escape), and false says the text was cut. */
static bool sink_put(void *ud, const char *piece, size_t n, bool escape)
{
    sink *k = ud;
    size_t room = k->cap - 1 - k->used, take = n <= room ? n : escape ? 0 : room;
    while (take > 0 && take < n && ((unsigned char)piece[take] & 0xc0) == 0x80) take--;
    memcpy(k->out + k->used, piece, take);
    k->used += take;
    return take == n;
}

bool app_term_safe(const char *in, char *out, size_t n)
{
    sink k = {out, 0, n};
    bool whole = each_piece(in, strlen(in), false, sink_put, &k);
    out[k.used] = '\0';
    return whole;
}

static bool file_put(void *ud, const char *piece, size_t n, bool escape)
{
    (void)escape;
    return fwrite(piece, 1, n, ud) == n;
}

void app_term_line(FILE *f, const char *fmt, ...)
{
    char small[1024], *line = small;
    va_list ap;
    va_start(ap, fmt);
    int len = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (len < 0) return;
    if ((size_t)len >= sizeof small && (line = malloc((size_t)len + 1))) {
        va_start(ap, fmt);
        vsnprintf(line, (size_t)len + 1, fmt, ap);
        va_end(ap);
    }
    if (!line) { /* out of memory: the part that fitted */
        line = small;
        len = (int)strlen(small);
    }
    each_piece(line, (size_t)len, false, file_put, f);
    fputc('\n', f);
    if (line != small) free(line);
}

void app_term_lines(FILE *f, const char *text, size_t len)
{
    each_piece(text, len, true, file_put, f);
}

/* ==== a session report ======================================================== */

/* In place, through a copy: the field's size is the limit. */
static void safe_field(char *field, size_t size)
{
    char *copy = strdup(field);
    if (copy)
        app_term_safe(copy, field, size);
    else
        field[0] = '\0'; /* out of memory: nothing rather than raw */
    free(copy);
}
#define SAFE(field) safe_field(field, sizeof(field))

void app_term_report(game_report *r)
{
    SAFE(r->name);
    for (size_t i = 0; i < r->nplayers; i++) {
        SAFE(r->players[i].nick);
        SAFE(r->players[i].level_id);
        SAFE(r->players[i].level_title);
    }
    for (size_t i = 0; i < r->nquestions; i++) {
        SAFE(r->questions[i].question_id);
        SAFE(r->questions[i].level_id);
        SAFE(r->questions[i].prompt);
        SAFE(r->questions[i].top_wrong);
    }
}

/* ==== JSON ==================================================================== */

char *app_term_json(const char *json)
{
    size_t len = strlen(json);
    char *out = malloc(len * 6 + 1); /* DEL, one byte, becomes six */
    if (!out) return NULL;
    size_t o = 0;
    const unsigned char *end = (const unsigned char *)json + len;
    for (const unsigned char *p = (const unsigned char *)json; p < end;) {
        uint32_t cp = 0;
        size_t n = utf8_char(p, (size_t)(end - p), &cp);
        /* jansson escapes C0 itself; what is left to do lies outside it */
        if (n && cp >= 0x7f && acts_on_terminal(cp)) {
            o += (size_t)snprintf(out + o, 7, "\\u%04x", (unsigned)cp);
        } else {
            if (!n) n = 1; /* jansson writes valid UTF-8: not reached */
            memcpy(out + o, p, n);
            o += n;
        }
        p += n;
    }
    out[o] = '\0';
    return out;
}

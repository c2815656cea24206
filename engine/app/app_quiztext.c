/* app_quiztext.c — the text side of `vigie import`: a growing buffer, Lua literals and comments
 * that no input can break out of, text cleaned to what a level may show, HTML reduced to text
 * (never run), the source made ready to read, and a quiz's arena and limits.
 * Plain C; no file, no Lua state.
 */
#include "app_import.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== a growing text ======================================================= */

void app_buf_add(app_buf *b, const char *s, size_t n)
{
    if (b->oom) return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n + 1) cap *= 2;
        char *s2 = realloc(b->s, cap);
        if (!s2) {
            b->oom = true;
            return;
        }
        b->s = s2;
        b->cap = cap;
    }
    if (n) memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

void app_buf_str(app_buf *b, const char *s)
{
    app_buf_add(b, s, strlen(s));
}

void app_buf_fmt(app_buf *b, const char *fmt, ...)
{
    char tmp[1024];
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (k < 0) return;
    app_buf_add(b, tmp, (size_t)k < sizeof tmp ? (size_t)k : sizeof tmp - 1);
}

void app_buf_free(app_buf *b)
{
    free(b->s);
    *b = (app_buf){0};
}

/* ==== UTF-8 ================================================================ */

/* The code point at s (n > 0 bytes) and its length in *len; -1 (length 1) when the bytes are
 * not strict UTF-8: overlong, a surrogate, past U+10FFFF or cut short. */
static long utf8_next(const unsigned char *s, size_t n, size_t *len)
{
    *len = 1;
    unsigned c = s[0];
    if (c < 0x80) return c;
    size_t k;
    unsigned long cp, min;
    if (c >= 0xc2 && c <= 0xdf)
        k = 2, cp = c & 0x1f, min = 0x80;
    else if (c >= 0xe0 && c <= 0xef)
        k = 3, cp = c & 0x0f, min = 0x800;
    else if (c >= 0xf0 && c <= 0xf4)
        k = 4, cp = c & 0x07, min = 0x10000;
    else
        return -1;
    if (n < k) return -1;
    for (size_t i = 1; i < k; i++) {
        if ((s[i] & 0xc0) != 0x80) return -1;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
    *len = k;
    return (long)cp;
}

static void utf8_put(app_buf *b, unsigned long cp)
{
    char t[4];
    size_t n;
    if (cp < 0x80)
        t[0] = (char)cp, n = 1;
    else if (cp < 0x800)
        t[0] = (char)(0xc0 | (cp >> 6)), t[1] = (char)(0x80 | (cp & 0x3f)), n = 2;
    else if (cp < 0x10000) {
        t[0] = (char)(0xe0 | (cp >> 12));
        t[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        t[2] = (char)(0x80 | (cp & 0x3f));
        n = 3;
    } else {
        t[0] = (char)(0xf0 | (cp >> 18));
        t[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
        t[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
        t[3] = (char)(0x80 | (cp & 0x3f));
        n = 4;
    }
    app_buf_add(b, t, n);
}

bool app_utf8_valid(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        size_t len;
        if (utf8_next(u + i, n - i, &len) < 0) return false;
        i += len;
    }
    return true;
}

/* Windows-1252's 0x80–0x9F; 0 where it has none. */
static const unsigned short cp1252_high[32] = {
    0x20ac, 0,      0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017d, 0,      0,      0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
    0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0,      0x017e, 0x0178};

char *app_cp1252_utf8(const char *s, size_t n, size_t *out_n)
{
    app_buf b = {0};
    app_buf_add(&b, "", 0);
    for (size_t i = 0; i < n; i++) {
        unsigned c = (unsigned char)s[i];
        unsigned long cp = c;
        if (c >= 0x80 && c < 0xa0) cp = cp1252_high[c - 0x80] ? cp1252_high[c - 0x80] : 0xfffd;
        utf8_put(&b, cp);
    }
    if (b.oom) {
        app_buf_free(&b);
        return NULL;
    }
    *out_n = b.n;
    return b.s;
}

/* ==== Lua literals and comments ============================================ */

void app_lua_quote(app_buf *b, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    app_buf_add(b, "\"", 1);
    for (size_t i = 0; i < n;) {
        size_t len;
        long cp = utf8_next(u + i, n - i, &len);
        if (cp < 0) {
            app_buf_add(b, "\xef\xbf\xbd", 3);
        } else if (cp == '"' || cp == '\\') {
            char t[2] = {'\\', (char)cp};
            app_buf_add(b, t, 2);
        } else if (cp == '\n') {
            app_buf_add(b, "\\n", 2);
        } else if (cp < 0x20 || cp == 0x7f) {
            app_buf_fmt(b, "\\%03u", (unsigned)cp); /* three digits: a digit after stays text */
        } else {
            app_buf_add(b, s + i, len);
        }
        i += len;
    }
    app_buf_add(b, "\"", 1);
}

void app_lua_comment(app_buf *b, const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        size_t len;
        long cp = utf8_next(u + i, n - i, &len);
        if (cp < 0)
            app_buf_add(b, "\xef\xbf\xbd", 3);
        else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == 0x2028 ||
                 cp == 0x2029)
            app_buf_add(b, " ", 1);
        else
            app_buf_add(b, s + i, len);
        i += len;
    }
}

/* ==== text a level may show ================================================ */

/* The marks a screen cannot show (script_reader_string refuses them). */
static bool invisible_mark(long cp)
{
    return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) ||
           (cp >= 0x80 && cp < 0xa0) || cp == 0x7f || cp == 0xfeff;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\n';
}

char *app_text_clean(const char *s, size_t n)
{
    app_buf b = {0};
    app_buf_add(&b, "", 0);
    const unsigned char *u = (const unsigned char *)s;
    int newlines = 0; /* in a row, at the end of b */
    for (size_t i = 0; i < n;) {
        size_t len;
        long cp = utf8_next(u + i, n - i, &len);
        const char *piece = s + i;
        i += len;
        if (cp < 0) {
            piece = "\xef\xbf\xbd", len = 3;
        } else if (cp == '\n' || cp == 0x2028 || cp == 0x2029) {
            /* trailing spaces before a line break go */
            while (b.n && b.s[b.n - 1] == ' ') b.s[--b.n] = '\0';
            if (b.n == 0 || newlines >= 2) continue;
            newlines++;
            app_buf_add(&b, "\n", 1);
            continue;
        } else if (cp == '\t') {
            piece = " ";
        } else if (cp < 0x20 || invisible_mark(cp)) {
            continue;
        }
        if (piece[0] == ' ' && (b.n == 0 || b.s[b.n - 1] == '\n')) continue; /* leading */
        newlines = 0;
        app_buf_add(&b, piece, len);
    }
    while (b.n && is_space(b.s[b.n - 1])) b.s[--b.n] = '\0';
    if (b.oom) {
        app_buf_free(&b);
        return NULL;
    }
    return b.s;
}

bool app_text_cut(char *s, size_t max)
{
    size_t n = strlen(s);
    if (n <= max) return false;
    size_t keep = max >= 3 ? max - 3 : 0; /* room for "…" */
    while (keep > 0 && ((unsigned char)s[keep] & 0xc0) == 0x80) keep--;
    while (keep > 0 && s[keep - 1] == ' ') keep--;
    if (max >= 3) memcpy(s + keep, "\xe2\x80\xa6", 3), keep += 3;
    s[keep] = '\0';
    return true;
}

/* ==== HTML as text ========================================================= */

static const struct {
    const char *name;
    unsigned short cp;
} entities[] = {
    {"amp", '&'},      {"lt", '<'},        {"gt", '>'},        {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xa0},    {"laquo", 0xab},    {"raquo", 0xbb},    {"eacute", 0xe9},  {"egrave", 0xe8},
    {"ecirc", 0xea},   {"euml", 0xeb},     {"agrave", 0xe0},   {"acirc", 0xe2},   {"ccedil", 0xe7},
    {"icirc", 0xee},   {"iuml", 0xef},     {"ocirc", 0xf4},    {"ugrave", 0xf9},  {"ucirc", 0xfb},
    {"uuml", 0xfc},    {"Eacute", 0xc9},   {"Egrave", 0xc8},   {"Agrave", 0xc0},  {"Ccedil", 0xc7},
    {"oelig", 0x153},  {"OElig", 0x152},   {"rsquo", 0x2019},  {"lsquo", 0x2018}, {"ldquo", 0x201c},
    {"rdquo", 0x201d}, {"hellip", 0x2026}, {"ndash", 0x2013},  {"mdash", 0x2014}, {"euro", 0x20ac},
    {"copy", 0xa9},    {"reg", 0xae},      {"deg", 0xb0},      {"times", 0xd7},   {"middot", 0xb7},
    {"bull", 0x2022},  {"shy", 0},         {"thinsp", 0x2009}, {"rarr", 0x2192},
};

/* The entity at s (after its '&'), its length with the ';' in *len; -1 when none. */
static long entity(const char *s, size_t n, size_t *len)
{
    size_t k = 0;
    while (k < n && k < 12 && s[k] != ';') k++;
    if (k >= n || s[k] != ';' || k == 0) return -1;
    *len = k + 1;
    if (s[0] == '#') {
        unsigned long v = 0;
        bool hex = k > 1 && (s[1] == 'x' || s[1] == 'X');
        size_t i = hex ? 2 : 1;
        if (i >= k) return -1;
        for (; i < k; i++) {
            char c = s[i];
            int d = c >= '0' && c <= '9'          ? c - '0'
                    : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                  : -1;
            if (d < 0) return -1;
            v = v * (hex ? 16 : 10) + (unsigned long)d;
            if (v > 0x10ffff) return 0xfffd;
        }
        if (v == 0 || (v >= 0xd800 && v <= 0xdfff)) return 0xfffd;
        return (long)v;
    }
    for (size_t e = 0; e < sizeof entities / sizeof *entities; e++)
        if (strlen(entities[e].name) == k && memcmp(entities[e].name, s, k) == 0)
            return entities[e].cp;
    return -1;
}

static bool name_is(const char *s, size_t n, const char *name)
{
    size_t k = strlen(name);
    if (n < k) return false;
    for (size_t i = 0; i < k; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != name[i]) return false;
    }
    return n == k || !((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') ||
                       (s[k] >= '0' && s[k] <= '9'));
}

/* Where the text "</name" starts at or after i (any case); n when nowhere. */
static size_t find_close(const char *s, size_t n, size_t i, const char *name)
{
    for (; i + 2 < n; i++)
        if (s[i] == '<' && s[i + 1] == '/' && name_is(s + i + 2, n - i - 2, name)) return i;
    return n;
}

static void html_space(app_buf *b)
{
    if (b->n && b->s[b->n - 1] != ' ' && b->s[b->n - 1] != '\n') app_buf_add(b, " ", 1);
}

static void html_break(app_buf *b)
{
    while (b->n && b->s[b->n - 1] == ' ') b->s[--b->n] = '\0';
    if (b->n) app_buf_add(b, "\n", 1);
}

char *app_html_text(const char *s, size_t n, int *pictures)
{
    static const char *const breaks[] = {
        "br",  "p",   "/p",  "div", "/div", "li",  "tr", "h1",  "h2",    "h3",     "h4",
        "/h1", "/h2", "/h3", "/h4", "ul",   "/ul", "ol", "/ol", "table", "/table", "blockquote"};
    app_buf b = {0};
    app_buf_add(&b, "", 0);
    *pictures = 0;
    for (size_t i = 0; i < n;) {
        char c = s[i];
        if (c == '<' && i + 3 < n && memcmp(s + i, "<!--", 4) == 0) {
            const char *end = NULL;
            for (size_t k = i + 4; k + 2 < n && !end; k++)
                if (memcmp(s + k, "-->", 3) == 0) end = s + k + 3;
            i = end ? (size_t)(end - s) : n;
            continue;
        }
        if (c == '<' && i + 1 < n &&
            ((s[i + 1] >= 'a' && s[i + 1] <= 'z') || (s[i + 1] >= 'A' && s[i + 1] <= 'Z') ||
             s[i + 1] == '/' || s[i + 1] == '!')) {
            const char *name = s + i + 1;
            size_t rest = n - i - 1;
            /* the tag's end: the first '>' outside quotes */
            size_t k = i + 1;
            char quote = 0;
            for (; k < n; k++) {
                if (quote)
                    quote = s[k] == quote ? 0 : quote;
                else if (s[k] == '"' || s[k] == '\'')
                    quote = s[k];
                else if (s[k] == '>')
                    break;
            }
            size_t after = k < n ? k + 1 : n;
            if (name_is(name, rest, "script") || name_is(name, rest, "style")) {
                const char *tag = name_is(name, rest, "script") ? "script" : "style";
                size_t close = find_close(s, n, after, tag);
                if (close >= n) break; /* never closed: nothing after it is shown */
                const char *gt = memchr(s + close, '>', n - close);
                i = gt ? (size_t)(gt - s) + 1 : n;
                continue;
            }
            if (name_is(name, rest, "img")) ++*pictures;
            static const char *const inline_tags[] = {
                "a",   "/a",   "b",      "/b",      "i",    "/i",    "u",    "/u",
                "em",  "/em",  "strong", "/strong", "span", "/span", "code", "/code",
                "sup", "/sup", "sub",    "/sub",    "font", "/font", "mark", "/mark"};
            bool in_line = false;
            for (size_t t = 0; t < sizeof inline_tags / sizeof *inline_tags && !in_line; t++)
                in_line = name_is(name, rest, inline_tags[t]);
            bool brk = false;
            for (size_t t = 0; t < sizeof breaks / sizeof *breaks && !brk; t++)
                brk = name_is(name, rest, breaks[t]);
            if (brk)
                html_break(&b);
            else if (!in_line)
                html_space(&b); /* a block between two words keeps them apart */
            i = after;
            continue;
        }
        if (c == '&') {
            size_t len;
            long cp = entity(s + i + 1, n - i - 1, &len);
            if (cp >= 0) {
                if (cp) utf8_put(&b, (unsigned long)cp);
                i += 1 + len;
                continue;
            }
        }
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            html_space(&b);
            i++;
            continue;
        }
        app_buf_add(&b, s + i, 1);
        i++;
    }
    /* tags around words leave spaces: drop a space that now touches a line break */
    char *clean = b.oom ? NULL : app_text_clean(b.s, b.n);
    app_buf_free(&b);
    return clean;
}

/* ==== the source =========================================================== */

bool app_quiz_source(const char *path, const char *src, size_t len, app_quiz_warn_fn warn, void *ud,
                     char **text, size_t *n, game_error *err)
{
    *text = NULL;
    *n = 0;
    if (len > APP_QUIZ_MAX_BYTES)
        return game_error_set(err, path, 1, "the file is %zu bytes long; a quiz is read up to %u",
                              len, APP_QUIZ_MAX_BYTES);
    const char *nul = memchr(src, '\0', len);
    if (nul) {
        int line = 1;
        for (const char *p = src; p < nul; p++) line += *p == '\n';
        return game_error_set(err, path, line,
                              "this is not a text file (it holds a NUL byte): export the quiz "
                              "from Moodle as GIFT or write it as plain text");
    }
    if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0) src += 3, len -= 3;
    char *utf = NULL;
    if (!app_utf8_valid(src, len)) {
        int line = 1;
        const unsigned char *u = (const unsigned char *)src;
        for (size_t i = 0; i < len;) {
            size_t k;
            if (utf8_next(u + i, len - i, &k) < 0) break;
            line += src[i] == '\n';
            i += k;
        }
        if (warn)
            warn(ud, path, line,
                 "the file is not UTF-8: read as Windows-1252 (Latin-1); check its accents, and "
                 "save it as UTF-8 next time");
        size_t un;
        utf = app_cp1252_utf8(src, len, &un);
        if (!utf) return game_error_set(err, path, 1, "out of memory");
        src = utf, len = un;
    }
    char *out = malloc(len + 1);
    if (!out) {
        free(utf);
        return game_error_set(err, path, 1, "out of memory");
    }
    size_t k = 0;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '\r') {
            out[k++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n') i++;
        } else {
            out[k++] = src[i];
        }
    }
    out[k] = '\0';
    free(utf);
    *text = out;
    *n = k;
    return true;
}

/* ==== a quiz's arena and limits ============================================ */

typedef struct arena_block {
    struct arena_block *next;
    size_t used, cap;
    max_align_t data[];
} arena_block;

void *app_quiz_alloc(app_quiz *q, size_t n)
{
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    arena_block *b = q->arena;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > 60000 ? n : 60000;
        arena_block *nb = malloc(sizeof *nb + cap);
        if (!nb) return NULL;
        nb->next = b;
        nb->used = 0;
        nb->cap = cap;
        q->arena = b = nb;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

char *app_quiz_dup(app_quiz *q, const char *s, size_t n)
{
    char *d = app_quiz_alloc(q, n + 1);
    if (d) memcpy(d, s, n), d[n] = '\0';
    return d;
}

app_quiz_question *app_quiz_add(app_quiz *q, int line)
{
    if (q->n == q->cap) {
        size_t cap = q->cap ? q->cap * 2 : 16;
        app_quiz_question *nq = realloc(q->q, cap * sizeof *nq);
        if (!nq) return NULL;
        q->q = nq;
        q->cap = cap;
    }
    app_quiz_question *qq = &q->q[q->n++];
    memset(qq, 0, sizeof *qq);
    qq->line = line;
    return qq;
}

void app_quiz_free(app_quiz *q)
{
    for (size_t i = 0; i < q->n; i++) app_buf_free(&q->q[i].notes);
    free(q->q);
    for (arena_block *b = q->arena, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    q->q = NULL;
    q->n = q->cap = 0;
    q->arena = NULL;
}

/* One text of a question made to fit: cleaned, cut to max bytes with a warning. NULL when out
 * of memory; *s untouched when NULL. */
static bool fit_text(app_quiz *q, app_quiz_question *qq, char **s, size_t max, const char *what,
                     app_quiz_warn_fn warn, void *ud)
{
    if (!*s) return true;
    char *c = app_text_clean(*s, strlen(*s));
    if (!c) return false;
    size_t before = strlen(c);
    if (app_text_cut(c, max) && warn) {
        char msg[300];
        snprintf(msg, sizeof msg, "%s is %zu bytes long; cut to the %zu a level allows", what,
                 before, max);
        warn(ud, q->path, qq->line, msg);
    }
    *s = app_quiz_dup(q, c, strlen(c));
    free(c);
    return *s != NULL;
}

bool app_quiz_fit(app_quiz *q, app_quiz_question *qq, app_quiz_warn_fn warn, void *ud,
                  game_error *err)
{
    bool ok = fit_text(q, qq, &qq->prompt, 500, "the question", warn, ud) &&
              fit_text(q, qq, &qq->explain, 900, "the explanation", warn, ud) &&
              fit_text(q, qq, &qq->title, 200, "the title", warn, ud);
    size_t amax = qq->kind == APP_QUIZ_TEXT ? GAME_TEXT_MAX - 1 : 200;
    for (size_t i = 0; ok && i < qq->nanswers; i++)
        ok = fit_text(q, qq, &qq->answers[i].text, amax, "an answer", warn, ud) &&
             fit_text(q, qq, &qq->answers[i].feedback, 900, "a feedback", warn, ud);
    for (size_t i = 0; ok && i < qq->nbins; i++)
        ok = fit_text(q, qq, &qq->bins[i], 80, "a right side", warn, ud);
    if (!ok) return game_error_set(err, q->path, qq->line, "out of memory");
    if (!qq->prompt || !qq->prompt[0])
        return game_error_set(err, q->path, qq->line, "this question has no text");
    if (qq->explain && !qq->explain[0]) qq->explain = NULL;
    for (size_t i = 0; i < qq->nanswers; i++) {
        if (!qq->answers[i].text[0])
            return game_error_set(err, q->path, qq->line, "answer %zu of this question is empty",
                                  i + 1);
        if (qq->answers[i].feedback && !qq->answers[i].feedback[0]) qq->answers[i].feedback = NULL;
    }
    for (size_t i = 0; i < qq->nbins; i++)
        if (!qq->bins[i][0])
            return game_error_set(err, q->path, qq->line, "a right side of this matching is empty");
    /* Too many choices: the right ones stay, then the first wrong ones. */
    size_t max = qq->kind == APP_QUIZ_TEXT                                   ? GAME_MAX_ACCEPT
                 : qq->kind == APP_QUIZ_SORT                                 ? GAME_MAX_ITEMS
                 : qq->kind == APP_QUIZ_CHOICE || qq->kind == APP_QUIZ_MULTI ? GAME_MAX_CHOICES
                                                                             : qq->nanswers;
    if (qq->nanswers > max) {
        size_t right = 0, k = 0;
        for (size_t i = 0; i < qq->nanswers; i++) right += qq->answers[i].right;
        size_t wrong_room = right < max ? max - right : 0;
        for (size_t i = 0; i < qq->nanswers; i++) {
            bool keep = qq->kind == APP_QUIZ_TEXT || qq->kind == APP_QUIZ_SORT
                            ? k < max
                            : (qq->answers[i].right ? k < max : wrong_room > 0 && k < max);
            if (!keep) {
                app_buf_fmt(&qq->notes, "import: dropped (a level takes %zu): ", max);
                app_buf_str(&qq->notes, qq->answers[i].text);
                app_buf_str(&qq->notes, "\n");
                continue;
            }
            if (!qq->answers[i].right && qq->kind != APP_QUIZ_TEXT && qq->kind != APP_QUIZ_SORT)
                wrong_room--;
            qq->answers[k++] = qq->answers[i];
        }
        if (warn) {
            char msg[300];
            snprintf(msg, sizeof msg,
                     "%zu answers: a level takes %zu; the first %zu are kept (the right ones "
                     "first), the others are listed in a comment",
                     qq->nanswers, max, k);
            warn(ud, q->path, qq->line, msg);
        }
        qq->nanswers = k;
    }
    return true;
}

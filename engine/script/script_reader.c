/* script_reader.c — the checks every part of a level shares: a field's line in the source,
 * errors and warnings that name it, texts a screen can show, numbers, lists and pictures.
 * Fields are read raw (lua_rawget), so that reading a level runs none of its code. Knows no
 * question kind; script_level.c, script_kinds.c and script_mockup.c build on it.
 */
#include "script_reader.h"
#include "script_srcmap.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== where we are, and where that is in the source ============================ */

/* Every `name =` in the source, sorted by name then line. */
typedef struct {
    size_t off, len; /* the name, in src */
    int line;
} field_at;

struct script_fields {
    const char *src;
    field_at *at;
    size_t n;
};

static bool ident_char(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

static int cmp_name(const char *a, size_t alen, const char *b, size_t blen)
{
    int c = memcmp(a, b, alen < blen ? alen : blen);
    return c ? c : (alen > blen) - (alen < blen);
}

static const char *g_sort_src; /* qsort has no user data */

static int cmp_field(const void *pa, const void *pb)
{
    const field_at *a = pa, *b = pb;
    int c = cmp_name(g_sort_src + a->off, a->len, g_sort_src + b->off, b->len);
    return c ? c : (a->line > b->line) - (a->line < b->line);
}

void script_reader_fields_build(script_reader *r)
{
    r->fields = NULL;
    r->map = script_srcmap_build(r->src, strlen(r->src));
    r->node = script_srcmap_root(r->map);
    struct script_fields *f = calloc(1, sizeof *f);
    if (!f) return;
    f->src = r->src;
    size_t cap = 0;
    int line = 1;
    for (const char *p = r->src; *p;) {
        if (*p == '\n') {
            line++, p++;
            continue;
        }
        if (!ident_char(*p)) {
            p++;
            continue;
        }
        const char *q = p; /* a name begins here: its previous character is not one of it */
        while (ident_char(*q)) q++;
        const char *e = q;
        while (*e == ' ' || *e == '\t') e++;
        if (*e == '=' && e[1] != '=') {
            if (f->n == cap) {
                cap = cap ? cap * 2 : 256;
                field_at *na = realloc(f->at, cap * sizeof *na);
                if (!na) {
                    free(f->at);
                    free(f);
                    return;
                }
                f->at = na;
            }
            f->at[f->n++] = (field_at){(size_t)(p - r->src), (size_t)(q - p), line};
        }
        p = q;
    }
    g_sort_src = r->src;
    if (f->n) qsort(f->at, f->n, sizeof *f->at, cmp_field);
    r->fields = f;
}

void script_reader_fields_free(script_reader *r)
{
    script_srcmap_free(r->map);
    r->map = NULL;
    r->node = 0;
    if (!r->fields) return;
    free(r->fields->at);
    free(r->fields);
    r->fields = NULL;
}

/* The first entry at or after (name, from), by binary search. */
static int fields_find(const struct script_fields *f, int from, const char *name)
{
    size_t n = strlen(name), lo = 0, hi = f->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const field_at *a = &f->at[mid];
        int c = cmp_name(f->src + a->off, a->len, name, n);
        if (c < 0 || (c == 0 && a->line < from))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < f->n && cmp_name(f->src + f->at[lo].off, f->at[lo].len, name, n) == 0)
        return f->at[lo].line;
    return from > 0 ? from : 0;
}

/* Line of `name =` when the file writes it exactly once, else 0. */
static int fields_once(const struct script_fields *f, const char *name)
{
    size_t n = strlen(name), lo = 0, hi = f->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cmp_name(f->src + f->at[mid].off, f->at[mid].len, name, n) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    bool one =
        lo < f->n && cmp_name(f->src + f->at[lo].off, f->at[lo].len, name, n) == 0 &&
        (lo + 1 == f->n || cmp_name(f->src + f->at[lo + 1].off, f->at[lo + 1].len, name, n) != 0);
    return one ? f->at[lo].line : 0;
}

/* Line of the first `name =` at or after line `from` (a heuristic: tables keep no lines). */
int script_reader_line(const script_reader *r, int from, const char *name)
{
    if (r->map && r->node) {
        int l = script_srcmap_field_line(r->map, r->node, name);
        return l ? l : script_srcmap_line(r->map, r->node);
    }
    if (r->fields) return fields_find(r->fields, from, name);
    size_t n = strlen(name);
    int line = 1;
    for (const char *p = r->src; *p; p++) {
        if (*p == '\n') {
            line++;
            continue;
        }
        if (line < from) continue;
        if (strncmp(p, name, n) == 0 &&
            (p == r->src || !(isalnum((unsigned char)p[-1]) || p[-1] == '_'))) {
            const char *q = p + n;
            while (*q == ' ' || *q == '\t') q++;
            if (*q == '=' && q[1] != '=') return line;
        }
    }
    return from > 0 ? from : 0;
}

int script_reader_here(const script_reader *r, int fallback)
{
    int l = script_srcmap_line(r->map, r->node);
    return l ? l : fallback;
}

int script_reader_item_line(const script_reader *r, size_t k, int fallback)
{
    int l = script_srcmap_item_line(r->map, r->node, k);
    return l ? l : fallback;
}

int script_reader_enter(script_reader *r, const char *name)
{
    int saved = r->node;
    r->node = script_srcmap_field_node(r->map, r->node, name);
    return saved;
}

int script_reader_enter_item(script_reader *r, size_t k)
{
    int saved = r->node;
    r->node = script_srcmap_item_node(r->map, r->node, k);
    return saved;
}

void script_reader_leave(script_reader *r, int saved)
{
    r->node = saved;
}

/* ==== unknown fields and the nearest known name ================================== */

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Edits (insert, delete, change, swap two neighbours) from a to b, stopping past 3. */
static int distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    if (n > 40 || m > 40) return 99;
    if (n > m + 2 || m > n + 2) return 3;
    int d[42][42];
    for (size_t i = 0; i <= n; i++) d[i][0] = (int)i;
    for (size_t j = 0; j <= m; j++) d[0][j] = (int)j;
    for (size_t i = 1; i <= n; i++)
        for (size_t j = 1; j <= m; j++) {
            int cost = lower(a[i - 1]) != lower(b[j - 1]);
            int v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v) v = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + cost < v) v = d[i - 1][j - 1] + cost;
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
                lower(a[i - 2]) == lower(b[j - 1]) && d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
        }
    return d[n][m];
}

const char *script_nearest(const char *name, const char *const *known)
{
    const char *best = NULL;
    int bd = 3;
    for (const char *const *k = known; *k; k++) {
        int dd = distance(name, *k);
        /* a one-letter name is two edits from every other short one: not a suggestion */
        if (dd < bd && (dd < 2 || (strlen(name) > 3 && strlen(*k) > 3))) bd = dd, best = *k;
    }
    return best;
}

void script_reader_suggest(char *buf, size_t n, const char *name, const char *const *known)
{
    const char *near = script_nearest(name, known);
    if (near) {
        snprintf(buf, n, "\"%s\" (did you mean \"%s\"?)", name, near);
        return;
    }
    size_t o = (size_t)snprintf(buf, n, "\"%s\" (known: ", name);
    for (const char *const *k = known; *k && o < n; k++)
        o += (size_t)snprintf(buf + o, n - o, "%s%s", k == known ? "" : ", ", *k);
    if (o < n) snprintf(buf + o, n - o, ")");
}

typedef struct {
    const char *name;
    int line;
} unknown_at;

static int cmp_unknown(const void *pa, const void *pb)
{
    const unknown_at *a = pa, *b = pb;
    int c = (a->line > b->line) - (a->line < b->line);
    return c ? c : strcmp(a->name, b->name);
}

void script_reader_unknown(script_reader *r, const char *what, int line, const char *const *known,
                           bool (*also)(lua_State *L, const char *name))
{
    lua_State *L = r->L;
    if (lua_type(L, -1) != LUA_TTABLE) return;
    unknown_at found[32];
    size_t n = 0;
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        if (lua_type(L, -2) != LUA_TSTRING || n == sizeof found / sizeof found[0]) {
            lua_pop(L, 1);
            continue;
        }
        const char *k = lua_tostring(L, -2);
        bool ok = also && also(L, k);
        lua_pop(L, 1);
        for (const char *const *kn = known; !ok && *kn; kn++) ok = strcmp(*kn, k) == 0;
        /* the key stays alive: it is a key of the table on top */
        if (ok) continue;
        int kl = script_reader_line(r, line, k);
        /* a table made by code (a function above the list): a name the file writes once is
         * there, even before the table's line */
        if (!r->node && r->fields && kl == line && fields_once(r->fields, k))
            kl = fields_once(r->fields, k);
        found[n++] = (unknown_at){k, kl};
    }
    qsort(found, n, sizeof *found, cmp_unknown);
    for (size_t i = 0; i < n; i++) {
        char s[400];
        script_reader_suggest(s, sizeof s, found[i].name, known);
        script_reader_warn(r, found[i].line, "%s: unknown field %s", what, s);
    }
}

bool script_reader_fail(script_reader *r, int line, const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    game_error_set(r->err, r->path, line, "%s", msg);
    if (r->err) r->err->kind = GAME_ERR_CONTENT;
    return false;
}

void script_reader_warn(script_reader *r, int line, const char *fmt, ...)
{
    if (!r->warn) return;
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    r->warn(r->warn_ud, r->path, line, msg);
}

char *script_dup_string(lua_State *L, int idx)
{
    size_t len;
    const char *s = lua_tolstring(L, idx, &len);
    char *d = malloc(len + 1);
    if (d) memcpy(d, s, len + 1);
    return d;
}

/* Pushes t[name] of the table at idx, raw.   [-0, +1] */
int script_rawfield(lua_State *L, int idx, const char *name)
{
    idx = lua_absindex(L, idx);
    lua_pushstring(L, name);
    return lua_rawget(L, idx);
}

/* Checks that the string at idx is valid UTF-8, has no control characters but newlines
 * and is at most max bytes long: what a screen can show.   [-0, +0] */
bool script_reader_string(script_reader *r, int idx, const char *what, int line, size_t max)
{
    size_t len;
    const unsigned char *s = (const unsigned char *)lua_tolstring(r->L, idx, &len);
    if (len > max)
        return script_reader_fail(
            r, line, "%s is %zu bytes long; keep it under %zu so that it fits on screen", what, len,
            max);
    int bad = script_text_scan((const char *)s, len);
    if (bad < 0)
        return script_reader_fail(r, line,
                                  "%s is not valid UTF-8 text (save the file as UTF-8; "
                                  "no overlong forms, surrogates or codes past U+10FFFF)",
                                  what);
    if (bad && script_text_mark((unsigned)bad - 1))
        return script_reader_fail(r, line,
                                  "%s contains an invisible line separator or text-direction "
                                  "mark (U+%04X), which the screen cannot show: use \"\\n\" "
                                  "for a new line, a picture to show a reversed name",
                                  what, (unsigned)bad - 1);
    if (bad)
        return script_reader_fail(r, line,
                                  "%s contains a control character (code %d, U+%04X): only "
                                  "\"\\n\" is allowed",
                                  what, bad - 1, (unsigned)bad - 1);
    return true;
}

/* Reads a player-facing string: a string or { fr = …, en = … }. Value on top.  [-0, +0] */
static bool read_text_raw(script_reader *r, const char *what, int line, game_text *out,
                          bool required, size_t max)
{
    lua_State *L = r->L;
    int t = lua_type(L, -1);
    if (t == LUA_TNIL) {
        if (required) return script_reader_fail(r, line, "%s is missing", what);
        return true;
    }
    if (t == LUA_TSTRING) {
        if (!script_reader_string(r, -1, what, line, max)) return false;
        for (int i = 0; i < GAME_LANG_COUNT; i++) out->s[i] = script_dup_string(L, -1);
        return true;
    }
    if (t != LUA_TTABLE)
        return script_reader_fail(
            r, line, "%s must be a string or a table { fr = \"…\", en = \"…\" }, not a %s", what,
            lua_typename(L, t));
    /* A text's own table has no node of its own here: its keys are found from its line. */
    static const char *const langs[] = {"fr", "en", NULL};
    int saved = r->node;
    r->node = 0;
    if (!r->text_shared) script_reader_unknown(r, what, line, langs, NULL);
    r->node = saved;
    for (int i = 0; i < GAME_LANG_COUNT; i++) {
        int ft = script_rawfield(L, -1, game_lang_code((game_lang)i));
        if (ft == LUA_TSTRING) {
            char w[240];
            snprintf(w, sizeof w, "%s.%s", what, game_lang_code((game_lang)i));
            if (!script_reader_string(r, -1, w, line, max)) {
                lua_pop(L, 1);
                return false;
            }
            out->s[i] = script_dup_string(L, -1);
        } else if (ft != LUA_TNIL) {
            lua_pop(L, 1);
            return script_reader_fail(r, line, "%s.%s must be a string", what,
                                      game_lang_code((game_lang)i));
        }
        lua_pop(L, 1);
    }
    if (!out->s[GAME_LANG_FR] && !out->s[GAME_LANG_EN])
        return script_reader_fail(r, line, "%s has neither fr nor en text", what);
    for (int i = 0; i < GAME_LANG_COUNT; i++)
        if (!out->s[i])
            script_reader_warn(r, line, "%s has no %s translation", what,
                               i == GAME_LANG_FR ? "French (fr)" : "English (en)");
    return true;
}

/* Characters (not bytes) of a UTF-8 string. */
size_t script_utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++) n += ((unsigned char)*s & 0xc0) != 0x80;
    return n;
}

/* What reads well on a 1024×768 projector, in characters: past this, a warning. */
static size_t soft_limit(size_t max)
{
    return max >= 900 ? 400 : max >= 600 ? 220 : max >= 500 ? 180 : max >= 200 ? 80 : 70;
}

static void warn_long(script_reader *r, const char *what, int line, const game_text *t, size_t max)
{
    for (int i = 0; i < GAME_LANG_COUNT; i++) {
        if (!t->s[i] || (i == 1 && t->s[0] && strcmp(t->s[0], t->s[1]) == 0)) continue;
        size_t n = script_utf8_chars(t->s[i]), soft = soft_limit(max);
        if (n > soft)
            script_reader_warn(
                r, line,
                "%s (%s) is %zu characters long: it may not fit on a 1024x768 screen; aim for "
                "%zu at most",
                what, game_lang_code((game_lang)i), n, soft);
    }
}

/* A player-facing text, with a warning when it is too long to read well. */
bool script_reader_text(script_reader *r, const char *what, int line, game_text *out, bool required,
                        size_t max)
{
    bool ok = read_text_raw(r, what, line, out, required, max);
    if (ok) warn_long(r, what, line, out, max);
    return ok;
}
/* Integer in [lo, hi] at the top.   [-0, +0] */
bool script_reader_index(script_reader *r, int line, const char *what, lua_Integer lo,
                         lua_Integer hi, lua_Integer *out)
{
    lua_State *L = r->L;
    int isint = 0;
    lua_Integer v = lua_type(L, -1) == LUA_TNUMBER ? lua_tointegerx(L, -1, &isint) : 0;
    if (!isint && lua_type(L, -1) == LUA_TNUMBER)
        return script_reader_fail(r, line, "%s = %g: it must be a whole number", what,
                                  lua_tonumber(L, -1));
    if (!isint) return script_reader_fail(r, line, "%s must be a whole number", what);
    if (v < lo || v > hi)
        return script_reader_fail(r, line, "%s = %lld: it must be between %lld and %lld", what,
                                  (long long)v, (long long)lo, (long long)hi);
    *out = v;
    return true;
}

/* ==== numbers, lists and pictures ============================================== */

/* A number field, or def when absent.   [-0, +0] */
bool script_reader_number(script_reader *r, const char *what, int line, const char *field,
                          double def, double *out)
{
    lua_State *L = r->L;
    int t = script_rawfield(L, -1, field);
    *out = def;
    bool ok = true;
    if (t == LUA_TNUMBER) {
        *out = lua_tonumber(L, -1);
        if (*out != *out || *out == HUGE_VAL || *out == -HUGE_VAL)
            ok = script_reader_fail(r, script_reader_line(r, line, field),
                                    "%s: %s must be a finite number", what, field);
    } else if (t != LUA_TNIL) {
        ok = script_reader_fail(
            r, script_reader_line(r, line, field), "%s: %s must be a number, not a %s%s%s%s", what,
            field, lua_typename(L, t), t == LUA_TSTRING ? " (\"" : "",
            t == LUA_TSTRING ? lua_tostring(L, -1) : "", t == LUA_TSTRING ? "\")" : "");
    }
    lua_pop(L, 1);
    return ok;
}

/* A list of 2..max texts at field, into out. List on top of nothing: reads it.   [-0, +0] */
bool script_reader_list(script_reader *r, const char *what, int line, const char *field, size_t min,
                        size_t max, game_text *out, size_t *n, size_t limit)
{
    lua_State *L = r->L;
    int fl = script_reader_line(r, line, field);
    if (script_rawfield(L, -1, field) != LUA_TTABLE) {
        lua_pop(L, 1);
        return script_reader_fail(r, fl, "%s: %s must be a list of %zu to %zu texts", what, field,
                                  min, max);
    }
    size_t len = (size_t)lua_rawlen(L, -1);
    if (len < min || len > max) {
        lua_pop(L, 1);
        return script_reader_fail(r, fl, "%s: has %zu %s; give %zu to %zu", what, len, field, min,
                                  max);
    }
    int saved = script_reader_enter(r, field);
    for (size_t k = 0; k < len; k++) {
        char fw[220];
        snprintf(fw, sizeof fw, "%s: %s %zu", what, field, k + 1);
        int kl = script_reader_item_line(r, k + 1, fl);
        lua_rawgeti(L, -1, (lua_Integer)k + 1);
        if (lua_type(L, -1) == LUA_TTABLE) {
            if (script_rawfield(L, -1, "text") != LUA_TNIL) {
                /* a card { text = …, bin = … }: its text */
                static const char *const card[] = {"text", "bin", NULL};
                int inside = script_reader_enter_item(r, k + 1);
                lua_pushvalue(L, -2);
                script_reader_unknown(r, fw, kl, card, NULL);
                lua_pop(L, 1);
                kl = script_reader_line(r, kl, "text");
                script_reader_leave(r, inside);
                lua_remove(L, -2);
            } else {
                lua_pop(L, 1); /* a text { fr = …, en = … } itself */
            }
        }
        bool ok = script_reader_text(r, fw, kl, &out[k], true, limit);
        lua_pop(L, 1);
        if (!ok) {
            script_reader_leave(r, saved);
            lua_pop(L, 1);
            return false;
        }
    }
    script_reader_leave(r, saved);
    *n = len;
    lua_pop(L, 1);
    return true;
}

/* A picture beside the prompt: a file in the level's folder (or below it). A missing or
 * unreadable picture is a warning: the game shows a placeholder. Value on top.  [-0, +0] */
bool script_reader_picture(script_reader *r, int line, const char *what, const char *field,
                           char **out)
{
    lua_State *L = r->L;
    if (lua_type(L, -1) != LUA_TSTRING)
        return script_reader_fail(r, line, "%s: %s must be a file name, like \"mail.png\"", what,
                                  field);
    const char *name = lua_tostring(L, -1);
    if (!*name || name[0] == '/' || strstr(name, "..") || strlen(name) > 200 ||
        strlen(name) != lua_rawlen(L, -1))
        return script_reader_fail(r, line,
                                  "%s: %s must name a file in the level's folder, not \"%s\"", what,
                                  field, name);
    const char *slash = strrchr(r->path, '/');
    size_t dlen = slash ? (size_t)(slash - r->path) + 1 : 0;
    size_t size = dlen + strlen(name) + 1;
    *out = malloc(size);
    if (!*out) return script_reader_fail(r, line, "out of memory");
    memcpy(*out, r->path, dlen);
    strcpy(*out + dlen, name);
    FILE *f = fopen(*out, "rb");
    unsigned char magic[8] = {0};
    size_t got = f ? fread(magic, 1, sizeof magic, f) : 0;
    if (f) fclose(f);
    if (!f)
        script_reader_warn(r, line, "%s: %s \"%s\" not found: the game shows a placeholder", what,
                           field, name);
    else if (!(got >= 8 && !memcmp(magic, "\x89PNG\r\n\x1a\n", 8)) &&
             !(got >= 3 && !memcmp(magic, "\xff\xd8\xff", 3)))
        script_reader_warn(r, line,
                           "%s: %s \"%s\" is neither PNG nor JPEG: the game shows a placeholder",
                           what, field, name);
    return true;
}

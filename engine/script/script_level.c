/* script_level.c — a level file becomes a game_level: load it in its own sandbox,
 * check every field, and keep the state for the scoring rule.
 * Fields are read with raw access so that reading a level runs none of its code.
 */
#include "script_vm.h"

#include <lauxlib.h>

#include <assert.h>
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCORE_SLOT 1

/* ---- the checker's context: where we are, and where that is in the source ---- */

typedef struct {
    lua_State *L;
    const char *path;
    const char *src;
    script_warn_fn warn;
    void *warn_ud;
    game_error *err;
    int qline;     /* line of the question being read, 0 outside questions */
    size_t qindex; /* index of the question being read */
    bool failed;   /* read_level found a problem (in err) */
} reader;

/* Line of the first `name =` at or after line `from` (a heuristic: tables keep no lines). */
static int find_line(const reader *r, int from, const char *name)
{
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

static bool fail(reader *r, int line, const char *fmt, ...)
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

static void warnf(reader *r, int line, const char *fmt, ...)
{
    if (!r->warn) return;
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    r->warn(r->warn_ud, r->path, line, msg);
}

static char *dup_str(lua_State *L, int idx)
{
    size_t len;
    const char *s = lua_tolstring(L, idx, &len);
    char *d = malloc(len + 1);
    if (d) memcpy(d, s, len + 1);
    return d;
}

/* Pushes t[name] of the table at idx, raw.   [-0, +1] */
static int rawfield(lua_State *L, int idx, const char *name)
{
    idx = lua_absindex(L, idx);
    lua_pushstring(L, name);
    return lua_rawget(L, idx);
}

/* Checks that the string at idx is valid UTF-8, has no control characters but newlines
 * and is at most max bytes long: what a screen can show.   [-0, +0] */
static bool check_string(reader *r, int idx, const char *what, int line, size_t max)
{
    size_t len;
    const unsigned char *s = (const unsigned char *)lua_tolstring(r->L, idx, &len);
    if (len > max)
        return fail(r, line, "%s is %zu bytes long; keep it under %zu so that it fits on screen",
                    what, len, max);
    int bad = script_text_scan((const char *)s, len);
    if (bad < 0) return fail(r, line, "%s is not valid UTF-8 text", what);
    if (bad) return fail(r, line, "%s contains a control character (code %d)", what, bad - 1);
    return true;
}

/* Reads a player-facing string: a string or { fr = …, en = … }. Value on top.  [-0, +0] */
static bool read_text_raw(reader *r, const char *what, int line, game_text *out, bool required,
                          size_t max)
{
    lua_State *L = r->L;
    int t = lua_type(L, -1);
    if (t == LUA_TNIL) {
        if (required) return fail(r, line, "%s is missing", what);
        return true;
    }
    if (t == LUA_TSTRING) {
        if (!check_string(r, -1, what, line, max)) return false;
        for (int i = 0; i < GAME_LANG_COUNT; i++) out->s[i] = dup_str(L, -1);
        return true;
    }
    if (t != LUA_TTABLE)
        return fail(r, line, "%s must be a string or a table { fr = \"…\", en = \"…\" }, not a %s",
                    what, lua_typename(L, t));
    for (int i = 0; i < GAME_LANG_COUNT; i++) {
        int ft = rawfield(L, -1, game_lang_code((game_lang)i));
        if (ft == LUA_TSTRING) {
            char w[240];
            snprintf(w, sizeof w, "%s.%s", what, game_lang_code((game_lang)i));
            if (!check_string(r, -1, w, line, max)) {
                lua_pop(L, 1);
                return false;
            }
            out->s[i] = dup_str(L, -1);
        } else if (ft != LUA_TNIL) {
            lua_pop(L, 1);
            return fail(r, line, "%s.%s must be a string", what, game_lang_code((game_lang)i));
        }
        lua_pop(L, 1);
    }
    if (!out->s[GAME_LANG_FR] && !out->s[GAME_LANG_EN])
        return fail(r, line, "%s has neither fr nor en text", what);
    for (int i = 0; i < GAME_LANG_COUNT; i++)
        if (!out->s[i])
            warnf(r, line, "%s has no %s translation", what,
                  i == GAME_LANG_FR ? "French (fr)" : "English (en)");
    return true;
}

/* Characters (not bytes) of a UTF-8 string. */
static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++) n += ((unsigned char)*s & 0xc0) != 0x80;
    return n;
}

/* What a whole mock-up can hold and still read on a 1024×768 projector, in characters. */
#define MOCKUP_SOFT_CHARS 700

/* What reads well on a 1024×768 projector, in characters: past this, a warning. */
static size_t soft_limit(size_t max)
{
    return max >= 900 ? 400 : max >= 600 ? 220 : max >= 500 ? 180 : max >= 200 ? 80 : 70;
}

static void warn_long(reader *r, const char *what, int line, const game_text *t, size_t max)
{
    for (int i = 0; i < GAME_LANG_COUNT; i++) {
        if (!t->s[i] || (i == 1 && t->s[0] && strcmp(t->s[0], t->s[1]) == 0)) continue;
        size_t n = utf8_chars(t->s[i]), soft = soft_limit(max);
        if (n > soft)
            warnf(r, line,
                  "%s (%s) is %zu characters long: it may not fit on a 1024x768 screen; aim for "
                  "%zu at most",
                  what, game_lang_code((game_lang)i), n, soft);
    }
}

/* A player-facing text, with a warning when it is too long to read well. */
static bool read_text(reader *r, const char *what, int line, game_text *out, bool required,
                      size_t max)
{
    bool ok = read_text_raw(r, what, line, out, required, max);
    if (ok) warn_long(r, what, line, out, max);
    return ok;
}

/* Warns about fields we do not know: usually a typo. Table on top.   [-0, +0] */
static void check_unknown(reader *r, int line, const char *what, bool (*knows)(const char *name))
{
    lua_State *L = r->L;
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) continue;
        const char *k = lua_tostring(L, -1);
        if (!knows(k))
            warnf(r, find_line(r, line, k), "%s: unknown field \"%s\" (a typo?)", what, k);
    }
}

/* Integer in [lo, hi] at the top.   [-0, +0] */
static bool read_index(reader *r, int line, const char *what, lua_Integer lo, lua_Integer hi,
                       lua_Integer *out)
{
    lua_State *L = r->L;
    int isint = 0;
    lua_Integer v = lua_type(L, -1) == LUA_TNUMBER ? lua_tointegerx(L, -1, &isint) : 0;
    if (!isint) return fail(r, line, "%s must be a whole number", what);
    if (v < lo || v > hi)
        return fail(r, line, "%s is %lld; it must be between %lld and %lld", what, (long long)v,
                    (long long)lo, (long long)hi);
    *out = v;
    return true;
}

/* A picture beside the prompt: a file in the level's folder (or below it). A missing or
 * unreadable picture is a warning: the game shows a placeholder. Value on top.  [-0, +0] */
static bool resolve_picture(reader *r, int line, const char *what, const char *field, char **out)
{
    lua_State *L = r->L;
    if (lua_type(L, -1) != LUA_TSTRING)
        return fail(r, line, "%s: %s must be a file name, like \"mail.png\"", what, field);
    const char *name = lua_tostring(L, -1);
    if (!*name || name[0] == '/' || strstr(name, "..") || strlen(name) > 200 ||
        strlen(name) != lua_rawlen(L, -1))
        return fail(r, line, "%s: %s must name a file in the level's folder, not \"%s\"", what,
                    field, name);
    const char *slash = strrchr(r->path, '/');
    size_t dlen = slash ? (size_t)(slash - r->path) + 1 : 0;
    size_t size = dlen + strlen(name) + 1;
    *out = malloc(size);
    if (!*out) return fail(r, line, "out of memory");
    memcpy(*out, r->path, dlen);
    strcpy(*out + dlen, name);
    FILE *f = fopen(*out, "rb");
    unsigned char magic[8] = {0};
    size_t got = f ? fread(magic, 1, sizeof magic, f) : 0;
    if (f) fclose(f);
    if (!f)
        warnf(r, line, "%s: %s \"%s\" not found: the game shows a placeholder", what, field, name);
    else if (!(got >= 8 && !memcmp(magic, "\x89PNG\r\n\x1a\n", 8)) &&
             !(got >= 3 && !memcmp(magic, "\xff\xd8\xff", 3)))
        warnf(r, line, "%s: %s \"%s\" is neither PNG nor JPEG: the game shows a placeholder", what,
              field, name);
    return true;
}

static bool read_image(reader *r, int line, const char *what, game_question *q)
{
    return resolve_picture(r, line, what, "image", &q->image);
}

/* game: the callbacks, kept in registry[PLAY_KEY][i + 1] (copied now: what the level does to
 * its tables later changes nothing), and the pictures it may draw. Question on top. [-0, +0] */
static bool read_play(reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    static const char *const names[] = {"init", "update", "draw", "input", "finish"};
    lua_newtable(L);
    for (int k = 0; k < 5; k++) {
        int t = rawfield(L, -2, names[k]);
        bool required = k == 2 || k == 4;
        if (t != LUA_TFUNCTION && (t != LUA_TNIL || required)) {
            lua_pop(L, 2);
            return fail(r, find_line(r, line, names[k]),
                        "%s: %s must be a function%s (docs/minigames.md)", what, names[k],
                        required ? ": a game needs draw and finish" : "");
        }
        lua_setfield(L, -2, names[k]);
    }
    if (lua_getfield(L, LUA_REGISTRYINDEX, SCRIPT_PLAY_KEY) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_newtable(L);
        lua_pushvalue(L, -1);
        lua_setfield(L, LUA_REGISTRYINDEX, SCRIPT_PLAY_KEY);
    }
    lua_insert(L, -2);
    lua_rawseti(L, -2, (lua_Integer)r->qindex + 1);
    lua_pop(L, 1);

    int il = find_line(r, line, "images");
    int t = rawfield(L, -1, "images");
    size_t n = t == LUA_TTABLE ? (size_t)lua_rawlen(L, -1) : 0;
    if ((t != LUA_TNIL && t != LUA_TTABLE) || n > 32) {
        lua_pop(L, 1);
        return fail(r, il, "%s: images must be a list of at most 32 file names", what);
    }
    if (n) {
        q->images = calloc(n, sizeof *q->images);
        q->image_paths = calloc(n, sizeof *q->image_paths);
        if (!q->images || !q->image_paths) {
            lua_pop(L, 1);
            return fail(r, il, "out of memory");
        }
    }
    for (size_t k = 0; k < n; k++) {
        lua_rawgeti(L, -1, (lua_Integer)k + 1);
        char *path = NULL;
        bool ok = resolve_picture(r, il, what, "images", &path);
        if (ok) {
            q->images[k] = dup_str(L, -1);
            q->image_paths[k] = path;
            q->nimages = k + 1;
        }
        lua_pop(L, 1);
        if (!ok) {
            lua_pop(L, 1);
            return false;
        }
    }
    lua_pop(L, 1);
    return true;
}

/* choice, multi: the list of choices, as many as the kind allows. Question on top.
 * [-0, +0] */
static bool read_choice_list(reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    const game_kind_info *k = game_kind_get(q->kind);
    size_t lo = k->min_count,
           hi = k->max_count < GAME_MAX_CHOICES ? k->max_count : GAME_MAX_CHOICES;
    int cline = find_line(r, line, "choices");
    if (rawfield(L, -1, "choices") != LUA_TTABLE) {
        lua_pop(L, 1);
        return fail(r, cline, "%s: choices must be a list of %zu to %zu answers", what, lo, hi);
    }
    size_t n = (size_t)lua_rawlen(L, -1);
    if (n < lo || n > hi) {
        lua_pop(L, 1);
        return fail(r, cline, "%s: has %zu choices; give %zu to %zu", what, n, lo, hi);
    }
    for (size_t c = 0; c < n; c++) {
        char fw[200];
        lua_rawgeti(L, -1, (lua_Integer)c + 1);
        snprintf(fw, sizeof fw, "%s: choice %zu", what, c + 1);
        bool ok = read_text(r, fw, cline, &q->choices[c], true, 200);
        lua_pop(L, 1);
        if (!ok) {
            lua_pop(L, 1);
            return false;
        }
    }
    q->nchoices = n;
    lua_pop(L, 1);
    return true;
}

/* Pushes the question's `correct` and names it in fw; returns its type.   [-0, +1] */
static int push_correct(reader *r, const char *what, int line, int *kline, char *fw, size_t n)
{
    *kline = find_line(r, line, "correct");
    snprintf(fw, n, "%s: correct", what);
    return rawfield(r->L, -1, "correct");
}

/* choice: the choices and the number of the right one. Question on top.   [-0, +0] */
static bool read_choice(reader *r, const char *what, int line, game_question *q)
{
    if (!read_choice_list(r, what, line, q)) return false;
    char fw[200];
    int kline;
    lua_Integer v = 0;
    bool ok;
    if (push_correct(r, what, line, &kline, fw, sizeof fw) == LUA_TNIL)
        ok = fail(r, kline, "%s is missing: give the number of the right choice", fw);
    else if ((ok = read_index(r, kline, fw, 1, (lua_Integer)q->nchoices, &v)))
        q->correct_mask = 1u << (v - 1);
    lua_pop(r->L, 1);
    return ok;
}

/* multi: the choices and the list of the right ones. Question on top.   [-0, +0] */
static bool read_multi(reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    if (!read_choice_list(r, what, line, q)) return false;
    char fw[200];
    int kline;
    bool ok = true;
    if (push_correct(r, what, line, &kline, fw, sizeof fw) != LUA_TTABLE) {
        ok = fail(r, kline, "%s must be a list of choice numbers, like { 1, 3 }", fw);
    } else {
        size_t n = (size_t)lua_rawlen(L, -1);
        if (n == 0) ok = fail(r, kline, "%s lists no choice", fw);
        for (size_t c = 0; ok && c < n; c++) {
            lua_Integer v = 0;
            lua_rawgeti(L, -1, (lua_Integer)c + 1);
            ok = read_index(r, kline, fw, 1, (lua_Integer)q->nchoices, &v);
            lua_pop(L, 1);
            if (ok && (q->correct_mask & (1u << (v - 1))))
                ok = fail(r, kline, "%s lists choice %lld twice", fw, (long long)v);
            if (ok) q->correct_mask |= 1u << (v - 1);
        }
    }
    lua_pop(L, 1);
    return ok;
}

/* truefalse: correct = true or false; the ui names the two choices. Question on top.
 * [-0, +0] */
static bool read_truefalse(reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    if (rawfield(L, -1, "choices") != LUA_TNIL)
        warnf(r, find_line(r, line, "choices"), "%s: true/false questions ignore choices", what);
    lua_pop(L, 1);
    q->nchoices = 2; /* choice 0 is "true", choice 1 "false" */
    char fw[200];
    int kline;
    bool ok = true;
    if (push_correct(r, what, line, &kline, fw, sizeof fw) != LUA_TBOOLEAN)
        ok = fail(r, kline, "%s must be true or false", fw);
    else
        q->correct_mask = lua_toboolean(L, -1) ? 1u : 2u;
    lua_pop(L, 1);
    return ok;
}

/* A number field, or def when absent.   [-0, +0] */
static bool read_number(reader *r, const char *what, int line, const char *field, double def,
                        double *out)
{
    lua_State *L = r->L;
    int t = rawfield(L, -1, field);
    *out = def;
    bool ok = true;
    if (t == LUA_TNUMBER) {
        *out = lua_tonumber(L, -1);
        if (*out != *out || *out == HUGE_VAL || *out == -HUGE_VAL)
            ok = fail(r, find_line(r, line, field), "%s: %s must be a finite number", what, field);
    } else if (t != LUA_TNIL) {
        ok = fail(r, find_line(r, line, field), "%s: %s must be a number", what, field);
    }
    lua_pop(L, 1);
    return ok;
}

/* A list of 2..max texts at field, into out. List on top of nothing: reads it.   [-0, +0] */
static bool read_text_list(reader *r, const char *what, int line, const char *field, size_t min,
                           size_t max, game_text *out, size_t *n, size_t limit)
{
    lua_State *L = r->L;
    int fl = find_line(r, line, field);
    if (rawfield(L, -1, field) != LUA_TTABLE) {
        lua_pop(L, 1);
        return fail(r, fl, "%s: %s must be a list of %zu to %zu texts", what, field, min, max);
    }
    size_t len = (size_t)lua_rawlen(L, -1);
    if (len < min || len > max) {
        lua_pop(L, 1);
        return fail(r, fl, "%s: has %zu %s; give %zu to %zu", what, len, field, min, max);
    }
    for (size_t k = 0; k < len; k++) {
        char fw[220];
        snprintf(fw, sizeof fw, "%s: %s %zu", what, field, k + 1);
        lua_rawgeti(L, -1, (lua_Integer)k + 1);
        if (lua_type(L, -1) == LUA_TTABLE) {
            if (rawfield(L, -1, "text") != LUA_TNIL)
                lua_remove(L, -2); /* a card { text = …, bin = … }: its text */
            else
                lua_pop(L, 1); /* a text { fr = …, en = … } itself */
        }
        bool ok = read_text(r, fw, fl, &out[k], true, limit);
        lua_pop(L, 1);
        if (!ok) {
            lua_pop(L, 1);
            return false;
        }
    }
    *n = len;
    lua_pop(L, 1);
    return true;
}

/* A part's optional clue = text: what makes it suspicious, shown in the feedback. The part's
 * table on top.   [-0, +0] */
static bool read_clue(reader *r, const char *fw, int line, game_part *p)
{
    bool ok = true;
    if (rawfield(r->L, -1, "clue") != LUA_TNIL) {
        p->clue = true;
        char cw[260];
        snprintf(cw, sizeof cw, "%s: clue", fw);
        ok = read_text(r, cw, line, &p->why, true, 400);
    }
    lua_pop(r->L, 1);
    return ok;
}

/* One part of a mail mock-up: a text (or a table with text/name/address/url) and its
 * optional clue. Value on top.   [-0, +0] */
static bool read_part(reader *r, const char *what, int line, game_question *q, game_part_kind kind,
                      const char *name, const char *textfield)
{
    lua_State *L = r->L;
    if (q->nparts >= GAME_MAX_PARTS)
        return fail(r, line, "%s: a mock-up has at most %d parts", what, GAME_MAX_PARTS);
    game_part *p = &q->parts[q->nparts];
    memset(p, 0, sizeof *p);
    p->kind = kind;
    snprintf(p->name, sizeof p->name, "%s", name);
    char fw[240];
    snprintf(fw, sizeof fw, "%s: %s", what, name);
    bool ok = true;
    bool detailed = false; /* a table with the text in `textfield`, not a { fr, en } text */
    if (lua_type(L, -1) == LUA_TTABLE && textfield) {
        detailed = rawfield(L, -1, textfield) != LUA_TNIL;
        if (!detailed) lua_pop(L, 1);
    }
    size_t max = kind == GAME_PART_BODY ? 600 : 300; /* paragraphs are longer */
    if (detailed) {
        ok = read_text(r, fw, line, &p->text, true, max);
        lua_pop(L, 1);
        const char *extra_field = kind == GAME_PART_FROM      ? "address"
                                  : kind == GAME_PART_LINK    ? "url"
                                  : kind == GAME_PART_AUTHOR  ? "handle"
                                  : kind == GAME_PART_COMMENT ? "author"
                                                              : NULL;
        bool extra_needed = kind == GAME_PART_FROM || kind == GAME_PART_LINK;
        if (ok && extra_field) {
            int t = rawfield(L, -1, extra_field);
            if (t == LUA_TSTRING && check_string(r, -1, fw, line, 200))
                p->extra = dup_str(L, -1);
            else if (t != LUA_TNIL || extra_needed)
                ok = fail(r, line, "%s needs %s = \"…\"", fw, extra_field);
            lua_pop(L, 1);
        }
        if (ok) ok = read_clue(r, fw, line, p);
    } else {
        ok = read_text(r, fw, line, &p->text, true, max); /* a string or a { fr, en } text */
    }
    if (ok)
        q->nparts++;
    else {
        game_text_deinit(&p->text);
        game_text_deinit(&p->why);
        free(p->extra);
        memset(p, 0, sizeof *p);
    }
    return ok;
}

/* A mock-up: single parts and lists of parts, as the table for its type says. */
typedef struct {
    const char *field; /* in the mock-up's table */
    game_part_kind kind;
    const char *textfield; /* the text's field when the part is a table */
    bool list;             /* a list of such parts: named field.N */
    bool required;
} mockup_field;

static const mockup_field mail_fields[] = {
    {"from", GAME_PART_FROM, "name", false, true},
    {"reply_to", GAME_PART_REPLY_TO, "address", false, false},
    {"subject", GAME_PART_SUBJECT, "text", false, true},
    {"date", GAME_PART_DATE, "text", false, false},
    {"body", GAME_PART_BODY, "text", true, false},
    {"links", GAME_PART_LINK, "text", true, false},
    {"attachments", GAME_PART_ATTACHMENT, "name", true, false},
    {NULL, 0, NULL, false, false}};
static const mockup_field sms_fields[] = {{"from", GAME_PART_SUBJECT, "text", false, true},
                                          {"messages", GAME_PART_MESSAGE, "text", true, true},
                                          {"links", GAME_PART_LINK, "text", true, false},
                                          {NULL, 0, NULL, false, false}};
static const mockup_field browser_fields[] = {{"url", GAME_PART_URL, "text", false, true},
                                              {"title", GAME_PART_TITLE, "text", false, false},
                                              {"body", GAME_PART_BODY, "text", true, false},
                                              {"fields", GAME_PART_FIELD, "text", true, false},
                                              {"button", GAME_PART_BUTTON, "text", false, false},
                                              {NULL, 0, NULL, false, false}};
static const mockup_field post_fields[] = {{"author", GAME_PART_AUTHOR, "name", false, true},
                                           {"date", GAME_PART_DATE, "text", false, false},
                                           {"body", GAME_PART_BODY, "text", true, true},
                                           {"links", GAME_PART_LINK, "text", true, false},
                                           {"likes", GAME_PART_STATS, "text", false, false},
                                           {"comments", GAME_PART_COMMENT, "text", true, false},
                                           {NULL, 0, NULL, false, false}};

/* spots = { { x =, y =, w =, h =, label =, clue = }, … }: areas of the question's picture,
 * as shares of its width and height. The list on top.   [-0, +0] */
static bool read_spots(reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    if (lua_type(L, -1) != LUA_TTABLE)
        return fail(r, line,
                    "%s: spots must be a list: spots = { { x = 0.1, y = 0.2, w = 0.3, "
                    "h = 0.1, label = \"…\" } }",
                    what);
    int it = rawfield(L, -2, "image");
    lua_pop(L, 1);
    if (it == LUA_TNIL)
        return fail(r, line, "%s: spots are areas of a picture: add image = \"….png\"", what);
    size_t n = (size_t)lua_rawlen(L, -1);
    if (n < 1) return fail(r, line, "%s: spots needs at least one spot", what);
    q->mockup = GAME_MOCKUP_IMAGE;
    for (size_t k = 0; k < n; k++) {
        char name[24], fw[240];
        snprintf(name, sizeof name, "spots.%u", (unsigned)(k + 1) % 100000u);
        snprintf(fw, sizeof fw, "%s: %s", what, name);
        if (q->nparts >= GAME_MAX_PARTS)
            return fail(r, line, "%s: at most %d spots", what, GAME_MAX_PARTS);
        lua_rawgeti(L, -1, (lua_Integer)k + 1);
        if (lua_type(L, -1) != LUA_TTABLE) {
            lua_pop(L, 1);
            return fail(r, line, "%s must be a table { x =, y =, w =, h =, label = }", fw);
        }
        game_part *p = &q->parts[q->nparts];
        memset(p, 0, sizeof *p);
        p->kind = GAME_PART_SPOT;
        snprintf(p->name, sizeof p->name, "%s", name);
        static const char *const dims[4] = {"x", "y", "w", "h"};
        double v[4];
        bool ok = true;
        for (int d = 0; ok && d < 4; d++) {
            ok = read_number(r, fw, line, dims[d], -1, &v[d]);
            if (ok && !(v[d] >= 0 && v[d] <= 1))
                ok = fail(r, line, "%s: %s is a share of the picture, from 0 to 1", fw, dims[d]);
        }
        if (ok && (v[2] <= 0 || v[3] <= 0 || v[0] + v[2] > 1.0001 || v[1] + v[3] > 1.0001))
            ok = fail(r, line, "%s: the spot must lie inside the picture (x + w <= 1, y + h <= 1)",
                      fw);
        if (ok) {
            rawfield(L, -1, "label");
            char lw[320];
            snprintf(lw, sizeof lw, "%s: label (what the spot shows, for the feedback)", fw);
            ok = read_text(r, lw, line, &p->text, true, 200);
            lua_pop(L, 1);
        }
        if (ok) ok = read_clue(r, fw, line, p);
        lua_pop(L, 1);
        if (!ok) {
            game_text_deinit(&p->text);
            game_text_deinit(&p->why);
            memset(p, 0, sizeof *p);
            return false;
        }
        for (int d = 0; d < 4; d++) p->area[d] = (float)v[d];
        q->nparts++;
    }
    return true;
}

static bool read_mockup(reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    static const struct {
        const char *name;
        game_mockup type;
        const mockup_field *fields;
    } types[] = {{"mail", GAME_MOCKUP_MAIL, mail_fields},
                 {"sms", GAME_MOCKUP_SMS, sms_fields},
                 {"browser", GAME_MOCKUP_BROWSER, browser_fields},
                 {"post", GAME_MOCKUP_POST, post_fields}};
    const mockup_field *fields = NULL;
    int ml = line;
    const char *chosen = NULL;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        int t = rawfield(L, -1, types[i].name);
        lua_pop(L, 1);
        if (t == LUA_TNIL) continue;
        int tl = find_line(r, line, types[i].name);
        if (t != LUA_TTABLE)
            return fail(r, tl, "%s: %s must be a table: %s = { … }", what, types[i].name,
                        types[i].name);
        if (chosen)
            return fail(r, tl, "%s: one mock-up per question: both %s and %s are given", what,
                        chosen, types[i].name);
        chosen = types[i].name;
        fields = types[i].fields;
        q->mockup = types[i].type;
        ml = tl;
    }
    if (fields) rawfield(L, -1, chosen);
    if (!fields && rawfield(L, -1, "spots") != LUA_TNIL) {
        if (!read_spots(r, what, find_line(r, line, "spots"), q)) {
            lua_pop(L, 1);
            return false;
        }
    } else if (!fields) {
        lua_pop(L, 1);
        return fail(
            r, line,
            "%s: a hotspot question needs a mock-up (mail = { … }, sms = { … }, browser = { … } "
            "or post = { … }), or an image and its spots = { … }",
            what);
    }
    bool ok = true;
    for (const mockup_field *f = fields; ok && f && f->field; f++) {
        int fl = find_line(r, ml, f->field);
        int t = rawfield(L, -1, f->field);
        if (t == LUA_TNIL) {
            if (f->required) ok = fail(r, ml, "%s: the mock-up needs %s", what, f->field);
        } else if (!f->list) {
            ok = read_part(r, what, fl, q, f->kind, f->field, f->textfield);
        } else if (t != LUA_TTABLE) {
            ok = fail(r, fl, "%s: %s must be a list", what, f->field);
        } else {
            size_t n = (size_t)lua_rawlen(L, -1);
            for (size_t k = 0; ok && k < n; k++) {
                char name[24];
                snprintf(name, sizeof name, "%s.%zu", f->field, k + 1);
                lua_rawgeti(L, -1, (lua_Integer)k + 1);
                ok = read_part(r, what, fl, q, f->kind, name, f->textfield);
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    if (!ok) return false;
    for (size_t p = 0; p < q->nparts; p++)
        if (q->parts[p].clue) q->correct_mask |= 1u << p;
    /* Each part may be short and the whole still too much for one screen: the mock-up would
     * shrink to the smallest text and then be cut. */
    size_t first = 0;
    for (int i = 0; q->mockup != GAME_MOCKUP_IMAGE && i < GAME_LANG_COUNT; i++) {
        size_t n = 0;
        for (size_t p = 0; p < q->nparts; p++) {
            const char *t = game_text_get(&q->parts[p].text, (game_lang)i);
            n += (t ? utf8_chars(t) : 0) + (q->parts[p].extra ? utf8_chars(q->parts[p].extra) : 0);
        }
        if (i == 0) first = n;
        if (n > MOCKUP_SOFT_CHARS && (i == 0 || n != first))
            warnf(r, ml,
                  "%s: the mock-up holds %zu characters of text (%s): past about %d it may not fit "
                  "on a 1024x768 screen; shorten it",
                  what, n, game_lang_code((game_lang)i), MOCKUP_SOFT_CHARS);
    }
    if (!read_number(r, what, line, "penalty", 0.5, &q->penalty)) return false;
    if (q->penalty < 0 || q->penalty > 1)
        return fail(r, find_line(r, line, "penalty"), "%s: penalty is a share of one clue, 0 to 1",
                    what);
    return true;
}

/* The most items a question of q's kind may have, within what the question can hold. */
static size_t max_items(const game_question *q)
{
    unsigned max = game_kind_get(q->kind)->max_count;
    return max < GAME_MAX_ITEMS ? max : GAME_MAX_ITEMS;
}

/* order, sort: the items (order: in the right order, which the game shuffles). Question on
 * top.   [-0, +0] */
static bool read_items(reader *r, const char *what, int line, game_question *q)
{
    return read_text_list(r, what, line, "items", game_kind_get(q->kind)->min_count, max_items(q),
                          q->items, &q->nitems, 200);
}

/* sort: the bins, and the cards with the number of their bin. Question on top.   [-0, +0] */
static bool read_sort(reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    if (!read_text_list(r, what, line, "bins", 2, GAME_MAX_BINS, q->bins, &q->nbins, 80))
        return false;
    if (!read_items(r, what, line, q)) return false;
    int il = find_line(r, line, "items");
    rawfield(L, -1, "items");
    for (size_t k = 0; k < q->nitems; k++) {
        lua_rawgeti(L, -1, (lua_Integer)k + 1);
        int isint = 0;
        lua_Integer b = 0;
        if (lua_type(L, -1) == LUA_TTABLE) {
            rawfield(L, -1, "bin");
            b = lua_tointegerx(L, -1, &isint);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
        if (!isint || b < 1 || b > (lua_Integer)q->nbins) {
            lua_pop(L, 1);
            return fail(r, il, "%s: item %zu needs bin = 1 to %zu, like { text = \"…\", bin = 2 }",
                        what, k + 1, q->nbins);
        }
        q->item_bin[k] = (unsigned char)(b - 1);
    }
    lua_pop(L, 1);
    return true;
}

/* input: the accepted answers, or a number and its tolerance. Question on top.   [-0, +0] */
static bool read_input(reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    int al = find_line(r, line, "accept");
    int t = rawfield(L, -1, "accept");
    if (t == LUA_TSTRING || t == LUA_TTABLE) {
        size_t n = t == LUA_TSTRING ? 1 : (size_t)lua_rawlen(L, -1);
        if (n < 1 || n > GAME_MAX_ACCEPT) {
            lua_pop(L, 1);
            return fail(r, al, "%s: accept lists 1 to %d answers", what, GAME_MAX_ACCEPT);
        }
        for (size_t k = 0; k < n; k++) {
            if (t == LUA_TTABLE) lua_rawgeti(L, -1, (lua_Integer)k + 1);
            bool ok = lua_type(L, -1) == LUA_TSTRING && lua_rawlen(L, -1) > 0 &&
                      check_string(r, -1, "an accepted answer", al, GAME_TEXT_MAX - 1);
            if (ok) q->accept[q->naccept++] = dup_str(L, -1);
            if (t == LUA_TTABLE) lua_pop(L, 1);
            if (!ok) {
                lua_pop(L, 1);
                return fail(r, al, "%s: accept must hold answers as text, up to %d bytes each",
                            what, GAME_TEXT_MAX - 1);
            }
        }
        lua_pop(L, 1);
        return true;
    }
    lua_pop(L, 1);
    int nt = rawfield(L, -1, "number");
    lua_pop(L, 1);
    if (nt == LUA_TNIL)
        return fail(r, line, "%s: an input question needs accept = { \"…\" } or number = …", what);
    q->numeric = true;
    if (!read_number(r, what, line, "number", 0, &q->number)) return false;
    if (!read_number(r, what, line, "tolerance", 0, &q->tolerance)) return false;
    if (q->tolerance < 0)
        return fail(r, find_line(r, line, "tolerance"), "%s: tolerance cannot be negative", what);
    return true;
}

/* estimate: the scale, the right value, what counts as close, the unit. Question on top.
 * [-0, +0] */
static bool read_estimate(reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    int ml = find_line(r, line, "min");
    if (!read_number(r, what, line, "min", NAN, &q->min) ||
        !read_number(r, what, line, "max", NAN, &q->max) ||
        !read_number(r, what, line, "answer", NAN, &q->target))
        return false;
    if (q->min != q->min || q->max != q->max || !(q->min < q->max))
        return fail(r, ml, "%s: an estimate needs min and max, with min < max", what);
    if (q->target != q->target || q->target < q->min || q->target > q->max)
        return fail(r, find_line(r, line, "answer"),
                    "%s: answer must be a number between min and max", what);
    int t = rawfield(L, -1, "log");
    q->log_scale = t == LUA_TBOOLEAN && lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (q->log_scale && q->min <= 0)
        return fail(r, find_line(r, line, "log"), "%s: a logarithmic scale needs min > 0", what);
    if (!read_number(r, what, line, "close", 0.05, &q->close) ||
        !read_number(r, what, line, "spread", 0.25, &q->spread))
        return false;
    if (!(q->close >= 0 && q->close < 1 && q->spread > q->close && q->spread <= 1))
        return fail(r, find_line(r, line, "close"),
                    "%s: need 0 <= close < spread <= 1 (shares of the scale)", what);
    char fw[220];
    snprintf(fw, sizeof fw, "%s: unit", what);
    rawfield(L, -1, "unit");
    bool ok = read_text(r, fw, find_line(r, line, "unit"), &q->unit, false, 40);
    lua_pop(L, 1);
    return ok;
}

/* password: the strength to reach. Question on top.   [-0, +0] */
static bool read_password(reader *r, const char *what, int line, game_question *q)
{
    double level;
    if (!read_number(r, what, line, "strength", 3, &level)) return false;
    if (level != floor(level) || level < 1 || level > 4)
        return fail(r, find_line(r, line, "strength"),
                    "%s: strength is 1 (weak), 2 (fair), 3 (strong) or 4 (very strong)", what);
    q->strength = (int)level;
    return true;
}

/* ==== the answer in the rule's terms ========================================== */

/* truefalse: a boolean.   [-0, +1] */
static void push_truefalse(lua_State *L, const game_question *q, const game_response *resp)
{
    (void)q;
    lua_pushboolean(L, resp->chosen == 1u);
}

/* choice: the number of the choice.   [-0, +1] */
static void push_choice(lua_State *L, const game_question *q, const game_response *resp)
{
    lua_Integer v = 0;
    for (size_t c = 0; c < q->nchoices; c++)
        if (resp->chosen & (1u << c)) v = (lua_Integer)c + 1;
    lua_pushinteger(L, v);
}

/* multi: the numbers of the chosen; hotspot: the names of the marked parts.   [-0, +1] */
static void push_marked(lua_State *L, const game_question *q, const game_response *resp)
{
    bool parts = game_kind_get(q->kind)->shape == GAME_SHAPE_PARTS;
    size_t n = parts ? q->nparts : q->nchoices;
    lua_newtable(L);
    lua_Integer k = 1;
    for (size_t i = 0; i < n; i++) {
        if (!(resp->chosen & (1u << i))) continue;
        if (parts)
            lua_pushstring(L, q->parts[i].name);
        else
            lua_pushinteger(L, (lua_Integer)i + 1);
        lua_rawseti(L, -2, k++);
    }
}

/* order: the item numbers in the player's order; sort: each card's bin number.   [-0, +1] */
static void push_items(lua_State *L, const game_question *q, const game_response *resp)
{
    bool bins = game_kind_get(q->kind)->shape == GAME_SHAPE_BINS;
    lua_createtable(L, (int)q->nitems, 0);
    for (size_t k = 0; k < q->nitems; k++) {
        lua_pushinteger(L, bins ? resp->bins[k] + 1 : resp->order[k] + 1);
        lua_rawseti(L, -2, (lua_Integer)k + 1);
    }
}

/* input, password: the text typed.   [-0, +1] */
static void push_text(lua_State *L, const game_question *q, const game_response *resp)
{
    (void)q;
    lua_pushstring(L, resp->text);
}

/* estimate: the value.   [-0, +1] */
static void push_value(lua_State *L, const game_question *q, const game_response *resp)
{
    (void)q;
    lua_pushnumber(L, resp->value);
}

/* game: what its finish() gave.   [-0, +1] */
static void push_credit(lua_State *L, const game_question *q, const game_response *resp)
{
    (void)q;
    lua_pushnumber(L, resp->credit);
}

/* ==== what ctx says of a kind's own fields ===================================== */

/* Most kinds add nothing to ctx.   [-0, +0] */
static void ctx_none(lua_State *L, const game_score_ctx *c)
{
    (void)L, (void)c;
}

/* hotspot: how many clues there are to find, and what a wrong mark costs. ctx on top.
 * [-0, +0] */
static void ctx_parts(lua_State *L, const game_score_ctx *c)
{
    const game_question *q = c->question;
    int clues = 0;
    for (size_t p = 0; p < q->nparts; p++) clues += q->parts[p].clue;
    lua_pushinteger(L, clues);
    lua_setfield(L, -2, "clues");
    lua_pushnumber(L, q->penalty);
    lua_setfield(L, -2, "penalty");
}

/* password: the estimator's verdict, and what the question asks for. ctx on top.   [-0, +0] */
static void ctx_password(lua_State *L, const game_score_ctx *c)
{
    const game_question *q = c->question;
    game_password_report rep;
    game_password_check_default(c->timeout ? "" : c->resp.text, &rep);
    lua_pushnumber(L, rep.bits);
    lua_setfield(L, -2, "bits");
    lua_pushinteger(L, rep.level);
    lua_setfield(L, -2, "level");
    lua_pushinteger(L, q->strength);
    lua_setfield(L, -2, "strength");
    lua_pushnumber(L, game_password_level_bits(q->strength));
    lua_setfield(L, -2, "needed");
}

/* game: the credit, 0 on a timeout. ctx on top.   [-0, +0] */
static void ctx_play(lua_State *L, const game_score_ctx *c)
{
    lua_pushnumber(L, c->timeout ? 0.0 : c->resp.credit);
    lua_setfield(L, -2, "credit");
}

/* estimate: how far the answer is, as a share of the scale, and the shares that count. ctx on
 * top.   [-0, +0] */
static void ctx_estimate(lua_State *L, const game_score_ctx *c)
{
    const game_question *q = c->question;
    lua_pushnumber(L, c->timeout ? 1.0 : game_estimate_distance(q, c->resp.value));
    lua_setfield(L, -2, "distance");
    lua_pushnumber(L, q->close);
    lua_setfield(L, -2, "close");
    lua_pushnumber(L, q->spread);
    lua_setfield(L, -2, "spread");
}
/* ==== an answers file's answer = …, for `vigie run` =============================== */

/* truefalse: true or false. The value on top.   [-0, +0] */
static bool answer_truefalse(lua_State *L, const char *path, size_t i, const game_question *q,
                             game_response *r, game_error *err)
{
    if (lua_type(L, -1) != LUA_TBOOLEAN)
        return game_error_set(err, path, 0, "answer %zu: question \"%s\" takes true or false",
                              i + 1, q->id);
    r->chosen = lua_toboolean(L, -1) ? 1u : 2u;
    return true;
}

/* input, password: the typed text (a number is text too). The value on top.   [-0, +0] */
static bool answer_text(lua_State *L, const char *path, size_t i, const game_question *q,
                        game_response *r, game_error *err)
{
    int t = lua_type(L, -1);
    if (t != LUA_TSTRING && t != LUA_TNUMBER)
        return game_error_set(err, path, 0, "answer %zu: question \"%s\" takes the typed text",
                              i + 1, q->id);
    snprintf(r->text, sizeof r->text, "%s", lua_tostring(L, -1));
    return true;
}

/* hotspot: the names of the parts marked: { "from", "links.1" }. The value on top.  [-0, +0] */
static bool answer_parts(lua_State *L, const char *path, size_t i, const game_question *q,
                         game_response *r, game_error *err)
{
    if (lua_type(L, -1) != LUA_TTABLE)
        return game_error_set(err, path, 0,
                              "answer %zu: question \"%s\" takes the list of marked parts, "
                              "like { \"from\", \"links.1\" }",
                              i + 1, q->id);
    size_t n = (size_t)lua_rawlen(L, -1);
    bool ok = true;
    for (size_t k = 0; ok && k < n; k++) {
        lua_rawgeti(L, -1, (lua_Integer)k + 1);
        const char *name = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
        size_t p = 0;
        while (p < q->nparts && strcmp(q->parts[p].name, name) != 0) p++;
        if (p == q->nparts)
            ok = game_error_set(err, path, 0, "answer %zu: question \"%s\" has no part \"%s\"",
                                i + 1, q->id, name);
        else
            r->chosen |= 1u << p;
        lua_pop(L, 1);
    }
    return ok;
}

/* estimate: a number. The value on top.   [-0, +0] */
static bool answer_value(lua_State *L, const char *path, size_t i, const game_question *q,
                         game_response *r, game_error *err)
{
    if (lua_type(L, -1) != LUA_TNUMBER)
        return game_error_set(err, path, 0, "answer %zu: question \"%s\" takes a number", i + 1,
                              q->id);
    r->value = lua_tonumber(L, -1);
    return true;
}

/* order: the item numbers in the player's order; sort: each card's bin number. The value on
 * top.   [-0, +0] */
static bool answer_items(lua_State *L, const char *path, size_t i, const game_question *q,
                         game_response *r, game_error *err)
{
    bool order = game_kind_get(q->kind)->shape == GAME_SHAPE_ORDER;
    size_t n = lua_type(L, -1) == LUA_TTABLE ? (size_t)lua_rawlen(L, -1) : 0;
    bool ok = true;
    if (n != q->nitems)
        ok = game_error_set(err, path, 0, "answer %zu: question \"%s\" takes a list of %zu %s",
                            i + 1, q->id, q->nitems, order ? "item numbers" : "bin numbers");
    unsigned seen = 0;
    for (size_t k = 0; ok && k < n; k++) {
        lua_rawgeti(L, -1, (lua_Integer)k + 1);
        int isint = 0;
        lua_Integer v = lua_tointegerx(L, -1, &isint);
        lua_pop(L, 1);
        lua_Integer hi = order ? (lua_Integer)q->nitems : (lua_Integer)q->nbins;
        if (!isint || v < 1 || v > hi || (order && (seen & (1u << (v - 1)))))
            ok = game_error_set(err, path, 0, "answer %zu: question \"%s\": %s 1 to %lld%s", i + 1,
                                q->id, order ? "each item once," : "bins are", (long long)hi,
                                order ? "" : "");
        else if (order) {
            seen |= 1u << (v - 1);
            r->order[k] = (unsigned char)(v - 1);
        } else {
            r->bins[k] = (signed char)(v - 1);
        }
    }
    return ok;
}

/* choice, multi: a choice number or a list of them. The value on top.   [-0, +0] */
static bool answer_choices(lua_State *L, const char *path, size_t i, const game_question *q,
                           game_response *r, game_error *err)
{
    int t = lua_type(L, -1);
    if (t != LUA_TNUMBER && t != LUA_TTABLE)
        return game_error_set(err, path, 0,
                              "answer %zu: give answer = a choice number, a list of them, or "
                              "timeout = true",
                              i + 1);
    size_t n = t == LUA_TTABLE ? (size_t)lua_rawlen(L, -1) : 1;
    bool ok = true;
    if (n == 0 || n > GAME_MAX_CHOICES)
        ok = game_error_set(err, path, 0, "answer %zu: give 1 to %d choice numbers", i + 1,
                            GAME_MAX_CHOICES);
    for (size_t k = 0; ok && k < n; k++) {
        if (t == LUA_TTABLE) lua_rawgeti(L, -1, (lua_Integer)k + 1);
        int isint = 0;
        lua_Integer v = lua_tointegerx(L, -1, &isint);
        if (t == LUA_TTABLE) lua_pop(L, 1);
        if (!isint || v < 1 || v > (lua_Integer)q->nchoices)
            ok = game_error_set(err, path, 0, "answer %zu: question \"%s\" has choices 1 to %zu",
                                i + 1, q->id, q->nchoices);
        else
            r->chosen |= 1u << (v - 1);
    }
    return ok;
}

/* ==== the table ================================================================== */

/* The fields a question of each kind may have besides those of every question. */
#define QUESTION_FIELDS "id", "kind", "prompt", "explain", "source", "time", "points", "image"
#define CHOICE_FIELDS   "choices", "correct"
#define ORDER_FIELDS    "items"
#define SORT_FIELDS     "items", "bins"
#define INPUT_FIELDS    "accept", "number", "tolerance"
#define ESTIMATE_FIELDS "min", "max", "answer", "log", "unit", "close", "spread"
#define PASSWORD_FIELDS "strength"
#define HOTSPOT_FIELDS  "mail", "sms", "browser", "post", "spots", "penalty"
#define PLAY_FIELDS     "images", "init", "update", "draw", "input", "finish"

#define TIMED 20000 /* ms: the time a question has unless it says */

/* What the script layer knows of a kind: one row per game_kind. */
typedef struct {
    /* Reads the kind's own fields of the question on top (r->qindex is its index).
     * [-0, +0] */
    bool (*read)(reader *r, const char *what, int line, game_question *q);
    const char *const *fields; /* those fields, NULL-terminated: for warnings and docs */
    uint32_t time_ms;          /* the time a question has unless it says; 0: untimed */
    /* Pushes a response in the kind's own terms, for the rule's answer and ctx.expected.
     * [-0, +1] */
    void (*push)(lua_State *L, const game_question *q, const game_response *resp);
    /* Adds what only this kind has to ctx (on top).   [-0, +0] */
    void (*ctx)(lua_State *L, const game_score_ctx *c);
    /* Reads an answers file's answer = … (on top) into r; NULL when the kind is answered by
     * steps instead (a game's play = { … }).   [-0, +0] */
    bool (*answer)(lua_State *L, const char *path, size_t i, const game_question *q,
                   game_response *r, game_error *err);
} script_kind;

static const script_kind kinds[] = {
    [GAME_KIND_CHOICE] = {read_choice, (const char *const[]){CHOICE_FIELDS, NULL}, TIMED,
                          push_choice, ctx_none, answer_choices},
    [GAME_KIND_MULTI] = {read_multi, (const char *const[]){CHOICE_FIELDS, NULL}, TIMED, push_marked,
                         ctx_none, answer_choices},
    [GAME_KIND_TRUEFALSE] = {read_truefalse, (const char *const[]){CHOICE_FIELDS, NULL}, TIMED,
                             push_truefalse, ctx_none, answer_truefalse},
    [GAME_KIND_ORDER] = {read_items, (const char *const[]){ORDER_FIELDS, NULL}, TIMED, push_items,
                         ctx_none, answer_items},
    [GAME_KIND_SORT] = {read_sort, (const char *const[]){SORT_FIELDS, NULL}, TIMED, push_items,
                        ctx_none, answer_items},
    [GAME_KIND_INPUT] = {read_input, (const char *const[]){INPUT_FIELDS, NULL}, TIMED, push_text,
                         ctx_none, answer_text},
    [GAME_KIND_ESTIMATE] = {read_estimate, (const char *const[]){ESTIMATE_FIELDS, NULL}, TIMED,
                            push_value, ctx_estimate, answer_value},
    [GAME_KIND_PASSWORD] = {read_password, (const char *const[]){PASSWORD_FIELDS, NULL}, TIMED,
                            push_text, ctx_password, answer_text},
    [GAME_KIND_HOTSPOT] = {read_mockup, (const char *const[]){HOTSPOT_FIELDS, NULL}, TIMED,
                           push_marked, ctx_parts, answer_parts},
    /* A game keeps its own pace: untimed unless it says; its answers are play steps. */
    [GAME_KIND_PLAY] = {read_play, (const char *const[]){PLAY_FIELDS, NULL}, 0, push_credit,
                        ctx_play, NULL},
};
_Static_assert(sizeof kinds / sizeof kinds[0] == GAME_KIND_COUNT,
               "every question kind needs a row in the script layer's table");

/* What docs/lua-api.md lists (tests/docs/test_api.c): every question's fields and each
 * kind's own. A new kind adds its FIELDS here too. */
const char *const script_question_fields[] = {
    QUESTION_FIELDS, CHOICE_FIELDS,   ORDER_FIELDS,   SORT_FIELDS, INPUT_FIELDS,
    ESTIMATE_FIELDS, PASSWORD_FIELDS, HOTSPOT_FIELDS, PLAY_FIELDS, NULL};

static const script_kind *kind_row(game_kind k)
{
    assert((unsigned)k < GAME_KIND_COUNT && kinds[k].read);
    return &kinds[k];
}

/* A question's field: one of every question's, or one of some kind's own. */
static bool question_knows(const char *name)
{
    static const char *const common[] = {QUESTION_FIELDS, NULL};
    for (const char *const *n = common; *n; n++)
        if (strcmp(*n, name) == 0) return true;
    for (int k = 0; k < GAME_KIND_COUNT; k++)
        for (const char *const *n = kinds[k].fields; *n; n++)
            if (strcmp(*n, name) == 0) return true;
    return false;
}

bool script_kind_answer(lua_State *L, const char *path, size_t i, const game_question *q,
                        game_response *r, game_error *err)
{
    return kind_row(q->kind)->answer(L, path, i, q, r, err);
}

/* Reads the question table on top into q.   [-0, +0] */
static bool read_question(reader *r, size_t i, game_question *q)
{
    lua_State *L = r->L;
    char what[160];
    int line = r->qline;
    q->line = line;

    int t = rawfield(L, -1, "id");
    if (t == LUA_TSTRING) {
        if (lua_rawlen(L, -1) == 0 || lua_rawlen(L, -1) > 64 ||
            !check_string(r, -1, "a question id", find_line(r, line, "id"), 64)) {
            lua_pop(L, 1);
            return fail(r, find_line(r, line, "id"), "question %zu: id must be 1 to 64 characters",
                        i + 1);
        }
        q->id = dup_str(L, -1);
    } else if (t == LUA_TNIL) {
        char buf[32];
        snprintf(buf, sizeof buf, "q%zu", i + 1);
        q->id = strdup(buf);
    } else {
        lua_pop(L, 1);
        return fail(r, find_line(r, line, "id"), "question %zu: id must be a string", i + 1);
    }
    lua_pop(L, 1);
    snprintf(what, sizeof what, "question %zu (\"%s\")", i + 1, q->id);

    t = rawfield(L, -1, "kind");
    if (t == LUA_TNIL) {
        q->kind = GAME_KIND_CHOICE;
    } else if (t != LUA_TSTRING || !game_kind_parse(lua_tostring(L, -1), &q->kind)) {
        lua_pop(L, 1);
        return fail(r, find_line(r, line, "kind"), "%s: unknown kind; use %s", what,
                    game_kind_list());
    }
    lua_pop(L, 1);
    check_unknown(r, line, what, question_knows);
    const script_kind *kind = kind_row(q->kind);

    char fw[200];
    snprintf(fw, sizeof fw, "%s: prompt", what);
    rawfield(L, -1, "prompt");
    bool ok = read_text(r, fw, find_line(r, line, "prompt"), &q->prompt, true, 500);
    lua_pop(L, 1);
    if (!ok) return false;

    r->qindex = i;
    if (!kind->read(r, what, line, q)) return false;

    snprintf(fw, sizeof fw, "%s: explain", what);
    int eline = find_line(r, line, "explain");
    t = rawfield(L, -1, "explain");
    if (t == LUA_TNIL) warnf(r, line, "%s has no explanation: players learn from it", what);
    ok = read_text(r, fw, eline, &q->explain, false, 900);
    lua_pop(L, 1);
    if (!ok) return false;

    t = rawfield(L, -1, "source");
    snprintf(fw, sizeof fw, "%s: source", what);
    if (t == LUA_TSTRING && check_string(r, -1, fw, find_line(r, line, "source"), 200))
        q->source = dup_str(L, -1);
    else if (t == LUA_TSTRING)
        ok = false;
    else if (t != LUA_TNIL)
        ok = fail(r, find_line(r, line, "source"), "%s: source must be a string", what);
    lua_pop(L, 1);
    if (!ok) return false;

    int tline = find_line(r, line, "time");
    t = rawfield(L, -1, "time");
    q->time_ms = kind->time_ms;
    if (t == LUA_TBOOLEAN && !lua_toboolean(L, -1)) {
        q->time_ms = 0;
    } else if (t != LUA_TNIL) {
        lua_Number v = lua_tonumber(L, -1);
        if (t != LUA_TNUMBER || !(v >= 0 && v <= 3600))
            ok = fail(r, tline, "%s: time must be a number of seconds from 0 (untimed) to 3600",
                      what);
        else
            q->time_ms = (uint32_t)(v * 1000.0 + 0.5);
    }
    lua_pop(L, 1);
    if (!ok) return false;

    t = rawfield(L, -1, "image");
    if (t != LUA_TNIL) ok = read_image(r, find_line(r, line, "image"), what, q);
    lua_pop(L, 1);
    if (!ok) return false;

    t = rawfield(L, -1, "points");
    q->points = 1000;
    if (t != LUA_TNIL) {
        lua_Integer v = 0;
        snprintf(fw, sizeof fw, "%s: points", what);
        ok = read_index(r, find_line(r, line, "points"), fw, 0, 1000000, &v);
        if (ok) q->points = (uint32_t)v;
    }
    lua_pop(L, 1);
    return ok;
}

const char *const script_level_fields[] = {"id",        "title",   "description", "audience",
                                           "questions", "score",   "version",     "authors",
                                           "licence",   "license", NULL};

static bool level_knows(const char *name)
{
    for (const char *const *n = script_level_fields; *n; n++)
        if (strcmp(*n, name) == 0) return true;
    return false;
}

static bool valid_id(const char *s)
{
    if (!*s || strlen(s) > 64) return false;
    for (; *s; s++)
        if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-' || *s == '_'))
            return false;
    return true;
}

/* Reads the level table on top.   [-0, +0] */
static bool read_level(reader *r, game_level *lv)
{
    lua_State *L = r->L;
    if (lua_type(L, -1) != LUA_TTABLE)
        return fail(r, 1, "a level file must return a table (return { id = …, questions = … })");
    check_unknown(r, 1, "level", level_knows);

    int t = rawfield(L, -1, "id");
    bool ok = t == LUA_TSTRING && valid_id(lua_tostring(L, -1));
    if (ok) lv->id = dup_str(L, -1);
    lua_pop(L, 1);
    if (!ok)
        return fail(r, find_line(r, 1, "id"),
                    "the level needs an id: lower-case letters, digits and dashes, like "
                    "\"phishing-basics\"");

    rawfield(L, -1, "title");
    ok = read_text(r, "title", find_line(r, 1, "title"), &lv->title, true, 160);
    lua_pop(L, 1);
    if (!ok) return false;
    rawfield(L, -1, "description");
    ok = read_text(r, "description", find_line(r, 1, "description"), &lv->description, false, 600);
    lua_pop(L, 1);
    if (!ok) return false;

    t = rawfield(L, -1, "audience");
    if (t == LUA_TSTRING) {
        lv->audience = calloc(1, sizeof *lv->audience);
        lv->audience[0] = dup_str(L, -1);
        lv->naudience = 1;
    } else if (t == LUA_TTABLE) {
        size_t n = (size_t)lua_rawlen(L, -1);
        if (n > 16) n = 16;
        lv->audience = calloc(n ? n : 1, sizeof *lv->audience);
        for (size_t i = 0; i < n; i++) {
            if (lua_rawgeti(L, -1, (lua_Integer)i + 1) == LUA_TSTRING)
                lv->audience[lv->naudience++] = dup_str(L, -1);
            lua_pop(L, 1);
        }
    } else if (t != LUA_TNIL) {
        ok = fail(r, find_line(r, 1, "audience"), "audience must be a list of strings");
    }
    lua_pop(L, 1);
    if (!ok) return false;

    int qline = find_line(r, 1, "questions");
    t = rawfield(L, -1, "questions");
    if (t != LUA_TTABLE || lua_rawlen(L, -1) == 0) {
        lua_pop(L, 1);
        return fail(r, qline, "the level needs a non-empty list of questions");
    }
    size_t n = (size_t)lua_rawlen(L, -1);
    if (n > 1000) {
        lua_pop(L, 1);
        return fail(r, qline, "the level has %zu questions; 1000 at most", n);
    }
    lv->questions = calloc(n, sizeof *lv->questions);
    if (!lv->questions) {
        lua_pop(L, 1);
        return fail(r, qline, "out of memory");
    }
    int from = qline;
    for (size_t i = 0; ok && i < n; i++) {
        if (lua_rawgeti(L, -1, (lua_Integer)i + 1) != LUA_TTABLE) {
            lua_pop(L, 2);
            return fail(r, from, "question %zu must be a table { kind = …, prompt = … }", i + 1);
        }
        /* A question starts at its prompt's line, near enough for messages. */
        r->qline = find_line(r, from + (i ? 1 : 0), "prompt");
        lv->nquestions = i + 1;
        ok = read_question(r, i, &lv->questions[i]);
        lua_pop(L, 1);
        from = r->qline;
        for (size_t j = 0; ok && j < i; j++)
            if (strcmp(lv->questions[j].id, lv->questions[i].id) == 0)
                ok = fail(r, r->qline, "question %zu: the id \"%s\" is used twice", i + 1,
                          lv->questions[i].id);
    }
    lua_pop(L, 1);
    if (!ok) return false;

    t = rawfield(L, -1, "score");
    if (t != LUA_TNIL && t != LUA_TFUNCTION)
        ok = fail(r, find_line(r, 1, "score"), "score must be a function (answer, ctx)");
    lua_pop(L, 1);
    return ok;
}

/* The pack's own rule: the `score` function of the pack.lua beside the level, run in the
 * level's state (so that calls are as cheap as the level's own) but in a fresh environment
 * of its own. Pushes the function, or nothing when there is no pack.lua or no score in it.
 * Runs inside the protected call that reads the level: errors are Lua errors.  [-0, +(0|1), e] */
static int push_pack_rule(lua_State *L, script_level *sl, const char *path)
{
    const char *slash = strrchr(path, '/');
    size_t dlen = slash ? (size_t)(slash - path) + 1 : 0;
    char manifest[1024];
    if (dlen + 9 > sizeof manifest) return 0;
    memcpy(manifest, path, dlen);
    memcpy(manifest + dlen, "pack.lua", 9);
    FILE *f = fopen(manifest, "rb");
    if (!f) return 0;
    fclose(f);
    size_t len;
    game_error ferr;
    char *src = script_read_file(manifest, &len, &ferr);
    if (!src) return luaL_error(L, "%s: %s", manifest, ferr.message);
    const char *why;
    int line = script_scan_source(src, len, &why);
    if (line || (len && src[0] == LUA_SIGNATURE[0])) {
        free(src);
        return luaL_error(L, "%s:%d: %s", manifest, line ? line : 1,
                          line ? why : "compiled Lua bytecode is not allowed");
    }
    char chunk[1100];
    snprintf(chunk, sizeof chunk, "@%s", manifest);
    int st = luaL_loadbufferx(L, src, len, chunk, "t");
    free(src);
    if (st != LUA_OK) return lua_error(L);
    script_guard_push_env(L); /* the pack sees none of the level's globals */
    lua_setupvalue(L, -2, 1);
    lua_call(L, 0, 1);
    if (lua_type(L, -1) != LUA_TTABLE) {
        lua_pop(L, 1);
        return 0;
    }
    lua_pushliteral(L, "score");
    int t = lua_rawget(L, -2);
    lua_remove(L, -2);
    if (t == LUA_TFUNCTION) {
        sl->score_where = strdup(manifest);
        return 1;
    }
    lua_pop(L, 1);
    if (t != LUA_TNIL) return luaL_error(L, "%s: score must be a function (answer, ctx)", manifest);
    return 0;
}

/* Protected: reads the level table (1) with the reader (2) into sl (3), then leaves the
 * scoring rule as the result.   [-3, +1, e] */
static int l_read_all(lua_State *L)
{
    reader *r = lua_touserdata(L, 2);
    script_level *sl = lua_touserdata(L, 3);
    lua_settop(L, 1);
    if (!read_level(r, sl->level)) {
        r->failed = true;
        return 0;
    }
    if (rawfield(L, 1, "score") == LUA_TFUNCTION) {
        sl->score_where = strdup(r->path);
        return 1;
    }
    lua_pop(L, 1);
    if (push_pack_rule(L, sl, r->path)) return 1;
    size_t len;
    const char *src = script_embedded_find("scoring.lua", &len);
    if (!src || luaL_loadbufferx(L, src, len, "=scripts/scoring.lua", "t") != LUA_OK)
        return luaL_error(L, "the engine's scoring rule is missing from the build");
    script_guard_push_env(L);
    lua_setupvalue(L, -2, 1);
    lua_call(L, 0, 1);
    if (lua_type(L, -1) != LUA_TFUNCTION)
        return luaL_error(L, "the default rule is not a function");
    sl->score_where = strdup("scripts/scoring.lua");
    return 1;
}

bool script_level_load(const char *path, const script_options *opt, script_warn_fn warn,
                       void *warn_ud, script_level **out, game_error *err)
{
    *out = NULL;
    size_t len;
    char *src = script_read_file(path, &len, err);
    if (!src) return false;
    bool ok = script_level_load_source(path, src, len, opt, warn, warn_ud, out, err);
    free(src);
    return ok;
}

bool script_level_load_source(const char *path, const char *src, size_t len,
                              const script_options *opt, script_warn_fn warn, void *warn_ud,
                              script_level **out, game_error *err)
{
    *out = NULL;
    char *text = NULL; /* a terminated copy: the line finder reads it as a C string */
    script_level *sl = calloc(1, sizeof *sl);
    if (!sl) return game_error_set(err, path, 0, "out of memory");
    text = malloc(len + 1);
    if (!text) {
        game_error_set(err, path, 0, "out of memory");
        goto fail;
    }
    memcpy(text, src, len);
    text[len] = '\0';
    src = text;
    if (!script_vm_open(&sl->vm, opt, err)) goto fail;
    if (!script_vm_load(&sl->vm, src, len, path, err)) goto fail;
    if (!script_vm_call(&sl->vm, 0, 1, path, err)) goto fail;

    lua_State *L = sl->vm.L;
    sl->level = calloc(1, sizeof *sl->level);
    if (!sl->level) {
        game_error_set(err, path, 0, "out of memory");
        goto fail;
    }
    sl->level->path = strdup(path);
    reader r = {L, path, src, warn, warn_ud, err, 0, 0, false};
    /* stack: level table. Reading runs protected: a level that filled its memory to the
     * brim makes our reads fail with an error, not a panic. */
    lua_pushcfunction(L, l_read_all);
    lua_insert(L, -2);
    lua_pushlightuserdata(L, &r);
    lua_pushlightuserdata(L, sl);
    if (!script_vm_call(&sl->vm, 3, 1, path, err)) goto fail;
    if (r.failed) goto fail;
    /* stack: the scoring rule, at SCORE_SLOT */
    free(text);
    *out = sl;
    return true;
fail:
    free(text);
    script_level_unload(sl);
    return false;
}

void script_level_unload(script_level *sl)
{
    if (!sl) return;
    script_vm_close(&sl->vm);
    game_level_destroy(sl->level);
    free(sl->score_where);
    free(sl);
}

const game_level *script_level_data(const script_level *sl)
{
    return sl->level;
}

/* Protected: builds (answer, ctx) for the rule (1) from the C context (2), calls it.
 * [-2, +1, e] */
static int l_score_call(lua_State *L)
{
    const game_score_ctx *ctx = lua_touserdata(L, 2);
    const game_question *q = ctx->question;
    const script_kind *kind = kind_row(q->kind);
    lua_settop(L, 1);
    if (ctx->timeout)
        lua_pushnil(L);
    else
        kind->push(L, q, &ctx->resp);
    lua_createtable(L, 0, 12);
    lua_pushstring(L, game_kind_name(q->kind));
    lua_setfield(L, -2, "kind");
    lua_pushstring(L, q->id);
    lua_setfield(L, -2, "id");
    lua_pushinteger(L, (lua_Integer)ctx->index + 1);
    lua_setfield(L, -2, "index");
    lua_pushboolean(L, ctx->correct);
    lua_setfield(L, -2, "correct");
    lua_pushboolean(L, ctx->timeout);
    lua_setfield(L, -2, "timeout");
    lua_pushnumber(L, ctx->time_ms / 1000.0);
    lua_setfield(L, -2, "time");
    if (ctx->limit_ms) {
        lua_pushnumber(L, ctx->limit_ms / 1000.0);
        lua_setfield(L, -2, "limit");
    }
    lua_pushinteger(L, ctx->streak);
    lua_setfield(L, -2, "streak");
    lua_pushinteger(L, q->points);
    lua_setfield(L, -2, "points");
    lua_pushinteger(L, (lua_Integer)(game_kind_has_choices(q->kind) ? q->nchoices : q->nitems));
    lua_setfield(L, -2, "choices");
    game_response perfect;
    game_response_perfect(q, &perfect);
    kind->push(L, q, &perfect);
    lua_setfield(L, -2, "expected");
    kind->ctx(L, ctx); /* what only this kind has */
    lua_call(L, 2, 1);
    return 1;
}

bool script_level_score(void *ud, const game_score_ctx *ctx, long *points, game_error *err)
{
    script_level *sl = ud;
    lua_State *L = sl->vm.L;
    const char *where = sl->score_where ? sl->score_where : sl->level->path;
    lua_settop(L, SCORE_SLOT); /* only the rule stays between calls */
    lua_pushcfunction(L, l_score_call);
    lua_pushvalue(L, SCORE_SLOT);
    lua_pushlightuserdata(L, (void *)ctx);
    if (!script_vm_call(&sl->vm, 2, 1, where, err)) return false;
    int isnum = 0;
    lua_Number v = lua_tonumberx(L, -1, &isnum);
    lua_pop(L, 1);
    if (!isnum || v != v)
        return game_error_set(err, where, 0, "the score function must return a number");
    if (v < 0) v = 0;
    if (v > 1e9) v = 1e9;
    *points = (long)floor(v + 0.5);
    return true;
}

/* game_level.c — localised text, level data, errors and the seeded generator.
 * Pure C: no SDL, no Lua, no clock.
 */
#include "game.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *game_text_get(const game_text *t, game_lang lang)
{
    if (!t) return "";
    if (t->s[lang] && t->s[lang][0]) return t->s[lang];
    for (int i = 0; i < GAME_LANG_COUNT; i++)
        if (t->s[i] && t->s[i][0]) return t->s[i];
    return "";
}

void game_text_deinit(game_text *t)
{
    for (int i = 0; i < GAME_LANG_COUNT; i++) free(t->s[i]);
    memset(t, 0, sizeof *t);
}

const char *game_lang_code(game_lang lang)
{
    return lang == GAME_LANG_EN ? "en" : "fr";
}

bool game_lang_parse(const char *s, game_lang *out)
{
    if (!s) return false;
    if (strncmp(s, "fr", 2) == 0 && (s[2] == '\0' || s[2] == '_' || s[2] == '-' || s[2] == '.')) {
        *out = GAME_LANG_FR;
        return true;
    }
    if (strncmp(s, "en", 2) == 0 && (s[2] == '\0' || s[2] == '_' || s[2] == '-' || s[2] == '.')) {
        *out = GAME_LANG_EN;
        return true;
    }
    return false;
}

bool game_error_set(game_error *err, const char *file, int line, const char *fmt, ...)
{
    if (!err) return false;
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->line = line;
    err->kind = GAME_ERR_OTHER;
    err->hint = GAME_HINT_NONE;
    err->hint_line = 0;
    err->hint_near[0] = err->hint_what[0] = '\0';
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return false;
}

void game_level_destroy(game_level *lv)
{
    if (!lv) return;
    for (size_t i = 0; i < lv->nquestions; i++) {
        game_question *q = &lv->questions[i];
        free(q->id);
        game_text_deinit(&q->prompt);
        for (size_t c = 0; c < GAME_MAX_CHOICES; c++) game_text_deinit(&q->choices[c]);
        game_text_deinit(&q->explain);
        free(q->source);
        free(q->image);
        game_text_deinit(&q->mockup_app);
        for (size_t k = 0; k < GAME_MAX_ITEMS; k++) game_text_deinit(&q->items[k]);
        for (size_t k = 0; k < GAME_MAX_BINS; k++) game_text_deinit(&q->bins[k]);
        for (size_t k = 0; k < q->naccept; k++) free(q->accept[k]);
        game_text_deinit(&q->unit);
        for (size_t k = 0; k < q->nparts; k++) {
            game_text_deinit(&q->parts[k].text);
            game_text_deinit(&q->parts[k].why);
            free(q->parts[k].extra);
            game_text_deinit(&q->parts[k].note);
        }
        for (size_t k = 0; k < q->nimages; k++) {
            free(q->images[k]);
            free(q->image_paths[k]);
        }
        free(q->images);
        free(q->image_paths);
    }
    free(lv->questions);
    for (size_t i = 0; i < lv->naudience; i++) free(lv->audience[i]);
    free(lv->audience);
    game_text_deinit(&lv->title);
    game_text_deinit(&lv->description);
    free(lv->id);
    free(lv->path);
    free(lv);
}

/* splitmix64: tiny, fast, and good enough to shuffle a handful of choices. */
void game_rng_init(game_rng *r, uint64_t seed)
{
    r->state = seed;
}

uint64_t game_rng_next(game_rng *r)
{
    uint64_t z = (r->state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

uint32_t game_rng_below(game_rng *r, uint32_t n)
{
    /* Rejection sampling keeps the shuffle unbiased. */
    uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    uint64_t x;
    do x = game_rng_next(r);
    while (x >= limit);
    return (uint32_t)(x % n);
}

void game_pack_deinit(game_pack *p)
{
    free(p->id);
    free(p->dir);
    game_text_deinit(&p->title);
    game_text_deinit(&p->description);
    for (size_t i = 0; i < p->nlevels; i++) free(p->levels[i]);
    free(p->levels);
    memset(p, 0, sizeof *p);
}

void game_catalog_fmt(const game_catalog *c, game_lang lang, const char *key, const char *a1,
                      const char *a2, const char *a3, char *buf, size_t n)
{
    game_catalog_fmt_reg(c, lang, GAME_REGISTER_TU, key, a1, a2, a3, buf, n);
}

void game_catalog_fmt_reg(const game_catalog *c, game_lang lang, game_register reg, const char *key,
                          const char *a1, const char *a2, const char *a3, char *buf, size_t n)
{
    const char *src = game_catalog_get_reg(c, lang, reg, key);
    const char *args[3] = {a1, a2, a3};
    size_t o = 0;
    for (const char *p = src; *p && o + 1 < n; p++) {
        if (p[0] == '{' && p[1] >= '1' && p[1] <= '3' && p[2] == '}') {
            const char *a = args[p[1] - '1'];
            for (; a && *a && o + 1 < n; a++) buf[o++] = *a;
            p += 2;
        } else {
            buf[o++] = *p;
        }
    }
    if (n) buf[o] = '\0';
}

const char *game_catalog_get(const game_catalog *c, game_lang lang, const char *key)
{
    return game_catalog_get_reg(c, lang, GAME_REGISTER_TU, key);
}

const char *game_catalog_get_reg(const game_catalog *c, game_lang lang, game_register reg,
                                 const char *key)
{
    if (c) {
        for (size_t i = 0; i < c->n; i++) {
            if (strcmp(c->keys[i], key) != 0) continue;
            if (reg == GAME_REGISTER_VOUS && lang == GAME_LANG_FR && c->vous && c->vous[i])
                return c->vous[i];
            return game_text_get(&c->texts[i], lang);
        }
    }
    return key;
}

void game_catalog_deinit(game_catalog *c)
{
    for (size_t i = 0; i < c->n; i++) {
        free(c->keys[i]);
        game_text_deinit(&c->texts[i]);
        if (c->vous) free(c->vous[i]);
    }
    free(c->keys);
    free(c->texts);
    free(c->vous);
    memset(c, 0, sizeof *c);
}

/* ---- answers -------------------------------------------------------------- */

/* The base letter of a Latin-1 accented letter (U+00C0–U+00FF), or 0. */
static char unaccent(unsigned cp)
{
    static const char map[] = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
    if (cp >= 0xC0 && cp <= 0xFF) return map[cp - 0xC0];
    return 0;
}

void game_normalize(const char *in, char *out, size_t n)
{
    size_t o = 0;
    bool space = false;
    const unsigned char *p = (const unsigned char *)in;
    while (*p && o + 1 < n) {
        unsigned cp = *p;
        size_t len = 1;
        if (cp >= 0xC0 && cp < 0xE0 && (p[1] & 0xC0) == 0x80) { /* two bytes: U+0080–U+07FF */
            cp = ((cp & 0x1Fu) << 6) | (p[1] & 0x3Fu);
            len = 2;
        } else if (cp == 0xE2 && p[1] == 0x80 && (p[2] & 0xC0) == 0x80) {
            cp = 0x2000u | (p[2] & 0x3Fu); /* U+2000–U+203F: spaces, dashes, quotes */
            len = 3;
        }
        /* What a keyboard types in their place: the typographic apostrophe (’, ʼ, ´, `) is the
         * ', a dash (‐ – —) the -, a thin or narrow space a space, “ ” the ". A level written
         * with French typography still accepts what a player types, and the other way round. */
        if (cp == 0x2018 || cp == 0x2019 || cp == 0x201B || cp == 0x2032 || cp == 0x2BC ||
            cp == 0xB4 || cp == '`')
            cp = '\'';
        else if (cp >= 0x2010 && cp <= 0x2015)
            cp = '-';
        else if ((cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F)
            cp = ' ';
        else if (cp == 0x201C || cp == 0x201D || cp == 0x201E)
            cp = '"';
        if (cp >= 0x2000 && cp <= 0x203F) {
            /* Other punctuation of that block: kept byte for byte (compared exactly). */
            if (space && o > 0 && o + 1 < n) out[o++] = ' ';
            space = false;
            for (size_t i = 0; i < len && o + 1 < n; i++) out[o++] = (char)p[i];
            p += len;
            continue;
        } else if (cp >= 0x80 && len == 1) {
            /* Other non-ASCII: kept byte for byte (compared exactly). */
            size_t k = 1;
            while (p[k] && (p[k] & 0xC0) == 0x80) k++;
            if (space && o > 0 && o + 1 < n) out[o++] = ' ';
            space = false;
            for (size_t i = 0; i < k && o + 1 < n; i++) out[o++] = (char)p[i];
            p += k;
            continue;
        }
        const char *pair = cp == 0x153 || cp == 0x152 ? "oe"
                           : cp == 0xE6 || cp == 0xC6 ? "ae"
                                                      : NULL;
        if (pair) { /* œ and æ: typed as two letters */
            if (space && o > 0 && o + 1 < n) out[o++] = ' ';
            space = false;
            for (const char *c2 = pair; *c2 && o + 1 < n; c2++) out[o++] = *c2;
            p += len;
            continue;
        }
        char c = cp < 0x80 ? (char)cp : unaccent(cp);
        if (cp == 0xA0 || cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') {
            space = true;
        } else if (c) {
            if (space && o > 0 && o + 1 < n) out[o++] = ' ';
            space = false;
            if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
            out[o++] = c;
        }
        p += len;
    }
    out[o] = '\0';
}

bool game_level_file_name(const char *name)
{
    size_t n = strlen(name);
    if (n < 5 || strcmp(name + n - 4, ".lua") != 0 || strcmp(name, "pack.lua") == 0) return false;
    return !(n > 12 && strcmp(name + n - 12, ".answers.lua") == 0);
}

uint32_t game_level_minutes(const game_level *lv, game_lang lang)
{
    uint32_t total = 0;
    for (size_t i = 0; i < lv->nquestions; i++) {
        const game_question *q = &lv->questions[i];
        uint32_t words = 0;
        bool in = false;
        for (const char *c = game_text_get(&q->explain, lang); *c; c++) {
            bool space = *c == ' ' || *c == '\n';
            words += !space && !in;
            in = !space;
        }
        total += (q->time_ms ? q->time_ms : 30000) * 2 / 3 + 6000 + 500 * words;
    }
    uint32_t m = (total + 30000) / 60000;
    return m ? m : 1;
}

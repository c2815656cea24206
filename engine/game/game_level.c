/* game_level.c — localised text, level data, errors and the seeded generator.
 * Pure C: no SDL, no Lua, no clock.
 */
#include "game.h"

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
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return false;
}

static const char *const kind_names[GAME_KIND_COUNT] = {"choice", "multi", "truefalse"};

const char *game_kind_name(game_kind k)
{
    return (unsigned)k < GAME_KIND_COUNT ? kind_names[k] : "?";
}

bool game_kind_parse(const char *name, game_kind *out)
{
    for (int i = 0; i < GAME_KIND_COUNT; i++) {
        if (strcmp(name, kind_names[i]) == 0) {
            *out = (game_kind)i;
            return true;
        }
    }
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

const char *game_catalog_get(const game_catalog *c, game_lang lang, const char *key)
{
    if (c) {
        for (size_t i = 0; i < c->n; i++)
            if (strcmp(c->keys[i], key) == 0) return game_text_get(&c->texts[i], lang);
    }
    return key;
}

void game_catalog_deinit(game_catalog *c)
{
    for (size_t i = 0; i < c->n; i++) {
        free(c->keys[i]);
        game_text_deinit(&c->texts[i]);
    }
    free(c->keys);
    free(c->texts);
    memset(c, 0, sizeof *c);
}

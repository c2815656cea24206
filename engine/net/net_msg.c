/* net_msg.c — what the server says to players, as JSON texts (docs/classroom-protocol.md):
 * the question as a device shows it (never its right answer), errors in the room's language,
 * reveals, podiums; and the page's /strings.json and /words.js. jansson and the model only.
 */
#include "net_internal.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dump(json_t *o)
{
    char *s = o ? json_dumps(o, JSON_COMPACT) : NULL;
    json_decref(o);
    return s;
}

static json_t *text(const game_text *t, game_lang lang)
{
    const char *s = game_text_get(t, lang);
    return json_string(s ? s : "");
}

/* A string json_string would refuse (not UTF-8) is sent empty rather than dropping the message. */
static json_t *str(const char *s)
{
    json_t *j = json_string(s ? s : "");
    return j ? j : json_string("");
}

static const char *cat_get(const game_catalog *cat, game_lang lang, game_register reg,
                           const char *key, const char *fallback)
{
    if (!cat) return fallback;
    const char *s = game_catalog_get_reg(cat, lang, reg, key);
    return !s || !strcmp(s, key) ? fallback : s;
}

char *net_msg_question(const net_question *nq, game_lang lang, const game_catalog *cat,
                       bool answered, uint32_t left_ms)
{
    const game_question *q = nq->q;
    json_t *o = json_object();
    json_object_set_new(o, "t", json_string("question"));
    json_object_set_new(o, "q", json_integer(nq->number));
    json_object_set_new(o, "of", json_integer(nq->of));
    json_object_set_new(o, "kind", json_string(game_kind_name(q->kind)));
    json_object_set_new(o, "prompt", text(&q->prompt, lang));
    json_object_set_new(o, "time_ms", json_integer(nq->time_ms));
    json_object_set_new(o, "left_ms", json_integer(left_ms));
    json_object_set_new(o, "answered", json_boolean(answered));
    if (nq->image_src) json_object_set_new(o, "image", str(nq->image_src));
    json_t *a = NULL;
    switch (q->kind) {
    case GAME_KIND_CHOICE:
    case GAME_KIND_MULTI:
        a = json_array();
        for (size_t p = 0; p < q->nchoices && p < GAME_MAX_CHOICES; p++) {
            size_t w = nq->choice_at[p] < q->nchoices ? nq->choice_at[p] : p;
            json_array_append_new(a, text(&q->choices[w], lang));
        }
        json_object_set_new(o, "choices", a);
        break;
    case GAME_KIND_TRUEFALSE:
        a = json_array();
        json_array_append_new(
            a, str(cat_get(cat, lang, GAME_REGISTER_TU, "q.true", lang ? "True" : "Vrai")));
        json_array_append_new(
            a, str(cat_get(cat, lang, GAME_REGISTER_TU, "q.false", lang ? "False" : "Faux")));
        json_object_set_new(o, "choices", a);
        break;
    case GAME_KIND_ORDER:
        a = json_array();
        for (size_t p = 0; p < q->nitems && p < GAME_MAX_ITEMS; p++) {
            size_t w = nq->item_at[p] < q->nitems ? nq->item_at[p] : p;
            json_array_append_new(a, text(&q->items[w], lang));
        }
        json_object_set_new(o, "items", a);
        break;
    case GAME_KIND_SORT:
        a = json_array();
        for (size_t p = 0; p < q->nitems && p < GAME_MAX_ITEMS; p++) {
            size_t w = nq->card_at[p] < q->nitems ? nq->card_at[p] : p;
            json_array_append_new(a, text(&q->items[w], lang));
        }
        json_object_set_new(o, "cards", a);
        a = json_array();
        for (size_t b = 0; b < q->nbins && b < GAME_MAX_BINS; b++)
            json_array_append_new(a, text(&q->bins[b], lang));
        json_object_set_new(o, "bins", a);
        break;
    case GAME_KIND_ESTIMATE:
        json_object_set_new(o, "min", json_real(q->min));
        json_object_set_new(o, "max", json_real(q->max));
        json_object_set_new(o, "step", json_real(q->log_scale ? 0 : (q->max - q->min) / 100));
        json_object_set_new(o, "unit", text(&q->unit, lang));
        json_object_set_new(o, "start", json_real(nq->start));
        json_object_set_new(o, "log", json_boolean(q->log_scale));
        break;
    case GAME_KIND_PASSWORD:
        json_object_set_new(o, "strength", json_integer(q->strength));
        break;
    case GAME_KIND_HOTSPOT:
        if (nq->mockup_src) {
            json_t *m = json_object();
            json_object_set_new(m, "src", str(nq->mockup_src));
            json_object_set_new(m, "w", json_integer(nq->mockup_w));
            json_object_set_new(m, "h", json_integer(nq->mockup_h));
            json_object_set_new(o, "mockup", m);
        }
        a = json_array();
        for (size_t p = 0; p < q->nparts && p < GAME_MAX_PARTS; p++) {
            json_t *part = json_object();
            static const char *const xywh[] = {"x", "y", "w", "h"};
            for (int k = 0; k < 4; k++)
                json_object_set_new(part, xywh[k], json_real(nq->part_rect[p][k]));
            json_object_set_new(part, "label", text(&q->parts[p].text, lang));
            json_array_append_new(a, part);
        }
        json_object_set_new(o, "parts", a);
        break;
    case GAME_KIND_PLAY:
        json_object_set_new(o, "board", json_true());
        break;
    case GAME_KIND_INPUT:
    case GAME_KIND_COUNT:
        break;
    }
    return dump(o);
}

char *net_msg_error(const game_catalog *cat, game_lang lang, game_register reg, const char *code)
{
    char key[64];
    snprintf(key, sizeof key, "class.err.%s", code);
    json_t *o = json_object();
    json_object_set_new(o, "t", json_string("error"));
    json_object_set_new(o, "code", json_string(code));
    json_object_set_new(o, "msg", str(cat_get(cat, lang, reg, key, code)));
    return dump(o);
}

char *net_msg_reveal(const net_reveal *r)
{
    json_t *o = json_object();
    json_object_set_new(o, "t", json_string("reveal"));
    json_object_set_new(o, "q", json_integer(r->q));
    json_object_set_new(o, "answered", json_boolean(r->answered));
    json_object_set_new(o, "correct", json_boolean(r->correct));
    json_object_set_new(o, "credit", json_real(r->credit));
    json_object_set_new(o, "points", json_integer(r->points));
    json_object_set_new(o, "score", json_integer(r->score));
    json_object_set_new(o, "streak", json_integer(r->streak));
    json_object_set_new(o, "rank", json_integer(r->rank));
    json_object_set_new(o, "players", json_integer(r->players));
    json_object_set_new(o, "right", str(r->right));
    json_object_set_new(o, "explain", str(r->explain));
    json_object_set_new(o, "mine", str(r->mine));
    return dump(o);
}

char *net_msg_podium(const net_podium_row *top, size_t ntop, unsigned rank, long score,
                     size_t players, bool final)
{
    json_t *o = json_object();
    json_object_set_new(o, "t", json_string(final ? "end" : "podium"));
    json_t *a = json_array();
    for (size_t i = 0; i < ntop && i < 5; i++) {
        json_t *row = json_object();
        json_object_set_new(row, "nick", str(top[i].nick));
        json_object_set_new(row, "score", json_integer(top[i].score));
        json_array_append_new(a, row);
    }
    json_object_set_new(o, "top", a);
    json_object_set_new(o, "rank", json_integer(rank));
    json_object_set_new(o, "score", json_integer(score));
    json_object_set_new(o, "players", json_integer((json_int_t)players));
    return dump(o);
}

char *net_msg_strings(const game_catalog *cat, game_lang lang, game_register reg)
{
    json_t *o = json_object();
    json_object_set_new(o, "lang", json_string(lang == GAME_LANG_EN ? "en" : "fr"));
    json_t *s = json_object();
    for (size_t i = 0; cat && i < cat->n; i++)
        if (!strncmp(cat->keys[i], "class.", 6))
            json_object_set_new(s, cat->keys[i],
                                str(game_catalog_get_reg(cat, lang, reg, cat->keys[i])));
    json_object_set_new(o, "s", s);
    return dump(o);
}

char *net_msg_words(size_t *len)
{
    const char *const *common, *const *words;
    size_t ncommon, nwords;
    game_password_lists(&common, &ncommon, &words, &nwords);
    json_t *c = json_array(), *w = json_array();
    for (size_t i = 0; i < ncommon; i++) json_array_append_new(c, str(common[i]));
    for (size_t i = 0; i < nwords; i++) json_array_append_new(w, str(words[i]));
    char *cs = dump(c), *ws = dump(w), *out = NULL;
    static const char head[] = "// /words.js: the engine's password lists (game_words.c), served "
                               "by vigie host.\nexport const COMMON = ";
    if (cs && ws) {
        size_t n = strlen(head) + strlen(cs) + strlen(ws) + 64;
        out = malloc(n);
        if (out) *len = (size_t)snprintf(out, n, "%s%s;\nexport const WORDS = %s;\n", head, cs, ws);
    }
    free(cs);
    free(ws);
    return out;
}

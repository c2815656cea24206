/* net_answer.c — a player's answer as the browser sent it, checked against the open question's
 * shape and converted into the level's written indices (docs/classroom-protocol.md, "answer").
 * Trusts nothing: every type, range, count and duplicate is checked. jansson and the model only.
 */
#include "net_internal.h"

#include <jansson.h>
#include <math.h>
#include <string.h>

/* An array of at most max distinct integers, each in [0, below): into idx, its length to *n. */
static bool index_list(const json_t *arr, size_t below, size_t max, unsigned char *idx, size_t *n)
{
    if (!json_is_array(arr)) return false;
    size_t len = json_array_size(arr);
    if (len > max) return false;
    unsigned long long seen = 0;
    for (size_t i = 0; i < len; i++) {
        const json_t *v = json_array_get(arr, i);
        if (!json_is_integer(v)) return false;
        json_int_t k = json_integer_value(v);
        if (k < 0 || (unsigned long long)k >= below || below > 64) return false;
        if (seen & (1ull << k)) return false;
        seen |= 1ull << k;
        idx[i] = (unsigned char)k;
    }
    *n = len;
    return true;
}

/* Whether the bytes are UTF-8 with no NUL and no control but tab. */
static bool clean_utf8(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        unsigned char c = p[i];
        size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (!len || i + len > n || (len == 1 && c < 0x20 && c != '\t') || c == 0x7f) return false;
        for (size_t k = 1; k < len; k++)
            if ((p[i + k] & 0xc0) != 0x80) return false;
        i += len;
    }
    return true;
}

static size_t choices_of(const game_question *q)
{
    return q->kind == GAME_KIND_TRUEFALSE ? 2 : q->nchoices;
}

static bool convert(const net_question *nq, const json_t *a, game_response *out)
{
    const game_question *q = nq->q;
    memset(out, 0, sizeof *out);
    memset(out->bins, -1, sizeof out->bins);
    if (!json_is_object(a)) return false;
    unsigned char idx[GAME_MAX_PARTS];
    size_t n = 0;
    switch (q->kind) {
    case GAME_KIND_CHOICE:
    case GAME_KIND_TRUEFALSE:
    case GAME_KIND_MULTI: {
        size_t nc = choices_of(q);
        if (nc > GAME_MAX_CHOICES) return false;
        if (!index_list(json_object_get(a, "pick"), nc, nc, idx, &n)) return false;
        if (q->kind != GAME_KIND_MULTI && n != 1) return false;
        for (size_t i = 0; i < n; i++) {
            /* true/false keeps its order (0 true, 1 false) whatever the map says */
            unsigned w = q->kind == GAME_KIND_TRUEFALSE ? idx[i] : nq->choice_at[idx[i]];
            if (w >= nc) return false; /* a map that names no choice: refuse, never guess */
            out->chosen |= 1u << w;
        }
        return true;
    }
    case GAME_KIND_ORDER:
        if (q->nitems > GAME_MAX_ITEMS) return false;
        if (!index_list(json_object_get(a, "order"), q->nitems, q->nitems, idx, &n)) return false;
        if (n != q->nitems) return false; /* distinct and as many: a permutation */
        for (size_t i = 0; i < n; i++) {
            unsigned w = nq->item_at[idx[i]];
            if (w >= q->nitems) return false;
            out->order[i] = (unsigned char)w;
        }
        return true;
    case GAME_KIND_SORT: {
        const json_t *bins = json_object_get(a, "bins");
        if (!json_is_array(bins) || json_array_size(bins) != q->nitems ||
            q->nitems > GAME_MAX_ITEMS)
            return false;
        unsigned placed = 0;
        for (size_t i = 0; i < q->nitems; i++) {
            const json_t *v = json_array_get(bins, i);
            if (!json_is_integer(v)) return false;
            json_int_t b = json_integer_value(v);
            if (b < 0 || (size_t)b >= q->nbins) return false;
            unsigned card = nq->card_at[i];
            if (card >= q->nitems || (placed & (1u << card))) return false;
            placed |= 1u << card;
            out->bins[card] = (signed char)b;
        }
        return true;
    }
    case GAME_KIND_INPUT: {
        const json_t *t = json_object_get(a, "text");
        if (!json_is_string(t)) return false;
        const char *s = json_string_value(t);
        size_t len = json_string_length(t);
        if (len > 200 || len != strlen(s) || !clean_utf8(s, len)) return false;
        bool blank = true;
        for (size_t i = 0; i < len && blank; i++) blank = s[i] == ' ' || s[i] == '\t';
        if (blank) return false;
        /* the model keeps GAME_TEXT_MAX - 1 bytes: cut at a character's start */
        size_t keep = len < GAME_TEXT_MAX - 1 ? len : GAME_TEXT_MAX - 1;
        while (keep > 0 && keep < len && ((unsigned char)s[keep] & 0xc0) == 0x80) keep--;
        memcpy(out->text, s, keep);
        out->text[keep] = '\0';
        return true;
    }
    case GAME_KIND_ESTIMATE: {
        const json_t *v = json_object_get(a, "value");
        if (!json_is_number(v)) return false; /* "NaN", "Infinity": strings, refused */
        double x = json_number_value(v);
        if (!isfinite(x) || x < q->min || x > q->max) return false;
        out->value = x;
        return true;
    }
    case GAME_KIND_PASSWORD: {
        const json_t *v = json_object_get(a, "strength");
        if (!json_is_integer(v)) return false;
        json_int_t l = json_integer_value(v);
        if (l < 0 || l > 4) return false;
        out->pw_measured = true;
        out->pw_level = (signed char)l;
        return true;
    }
    case GAME_KIND_HOTSPOT:
        if (q->nparts > GAME_MAX_PARTS) return false;
        if (!index_list(json_object_get(a, "parts"), q->nparts, q->nparts, idx, &n)) return false;
        for (size_t i = 0; i < n; i++) out->chosen |= 1u << idx[i];
        return true;
    case GAME_KIND_PLAY: /* played on the projector, never from a device */
    case GAME_KIND_COUNT:
        break;
    }
    return false;
}

bool net_answer_from_text(const net_question *nq, const char *json, size_t len, game_response *out)
{
    if (!nq || !nq->q || !json) return false;
    json_error_t jerr;
    json_t *a = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!a) return false;
    bool ok = convert(nq, a, out);
    json_decref(a);
    return ok;
}

bool net_answer_from_json(const net_question *nq, const struct json_t *a, game_response *out)
{
    return nq && nq->q && a && convert(nq, a, out);
}

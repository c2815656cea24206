/* game_kinds.c — the model's table of question kinds: one row per kind with its name, the
 * shape of its answer, its limits and what only it knows (is an answer right, may it be
 * submitted, the perfect answer, the answer in words).
 * Pure C: no SDL, no Lua, no clock. A new kind is one row here (the build fails without
 * it), one in script/'s readers and one in ui/'s views: see docs/engine.md.
 */
#include "game.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers -------------------------------------------------------------- */

static void append(char *buf, size_t n, const char *s)
{
    size_t len = strlen(buf);
    if (len + 1 < n) snprintf(buf + len, n - len, "%s", s);
}

/* A typed number: "1,5" and "1.5" alike, spaces between thousands allowed. */
static bool parse_number(const char *s, double *out)
{
    char buf[64];
    size_t o = 0;
    for (; *s && o + 1 < sizeof buf; s++) {
        if (*s == ' ' || (unsigned char)*s == 0xC2 || (unsigned char)*s == 0xA0) continue;
        buf[o++] = *s == ',' ? '.' : *s;
    }
    buf[o] = '\0';
    if (!o) return false;
    char *end;
    *out = strtod(buf, &end);
    return *end == '\0';
}

double game_estimate_start(const game_question *q)
{
    return q->log_scale && q->min > 0 ? sqrt(q->min * q->max) : (q->min + q->max) / 2;
}

double game_estimate_distance(const game_question *q, double value)
{
    double lo = q->min, hi = q->max, v = value, t = q->target;
    if (q->log_scale && lo > 0) {
        lo = log(lo), hi = log(hi);
        v = log(v > q->min ? v : q->min);
        t = log(t);
    }
    if (hi <= lo) return 0;
    return fabs(v - t) / (hi - lo);
}

/* ---- is it right? ----------------------------------------------------------- */

static bool correct_chosen(const game_question *q, const game_response *r)
{
    return r->chosen == q->correct_mask;
}

static bool correct_order(const game_question *q, const game_response *r)
{
    for (size_t i = 0; i < q->nitems; i++)
        if (r->order[i] != i) return false;
    return true;
}

static bool correct_bins(const game_question *q, const game_response *r)
{
    for (size_t i = 0; i < q->nitems; i++)
        if (r->bins[i] != (signed char)q->item_bin[i]) return false;
    return true;
}

static bool correct_input(const game_question *q, const game_response *r)
{
    if (q->numeric) {
        double x;
        return parse_number(r->text, &x) && fabs(x - q->number) <= q->tolerance + 1e-9;
    }
    char a[GAME_TEXT_MAX * 2], b[GAME_TEXT_MAX * 2];
    game_normalize(r->text, a, sizeof a);
    if (!a[0]) return false;
    for (size_t i = 0; i < q->naccept; i++) {
        game_normalize(q->accept[i], b, sizeof b);
        if (strcmp(a, b) == 0) return true;
    }
    return false;
}

static bool correct_estimate(const game_question *q, const game_response *r)
{
    return game_estimate_distance(q, r->value) <= q->close + 1e-9;
}

/* The level the password reaches: measured here, or by the player's device when the password
 * never left it (the live classroom sends only the strength). */
static int password_level(const game_response *r)
{
    if (r->pw_measured) return r->pw_level < 0 ? 0 : r->pw_level > 4 ? 4 : r->pw_level;
    game_password_report rep;
    game_password_check_default(r->text, &rep);
    return rep.level;
}

static bool correct_password(const game_question *q, const game_response *r)
{
    return password_level(r) >= q->strength;
}

static bool correct_play(const game_question *q, const game_response *r)
{
    (void)q;
    return r->credit >= 1.0 - 1e-9;
}

/* ---- may the draft be submitted? ------------------------------------------- */

static bool ready_always(const game_question *q, const game_response *r)
{
    (void)q, (void)r;
    return true;
}

static bool ready_bins(const game_question *q, const game_response *r)
{
    for (size_t k = 0; k < q->nitems; k++)
        if (r->bins[k] < 0) return false; /* every card first */
    return true;
}

static bool ready_input(const game_question *q, const game_response *r)
{
    (void)q;
    char norm[GAME_TEXT_MAX];
    game_normalize(r->text, norm, sizeof norm);
    return norm[0] != '\0';
}

static bool ready_password(const game_question *q, const game_response *r)
{
    (void)q;
    return r->pw_measured || r->text[0] != '\0';
}

/* ---- the perfect answer's own part -------------------------------------------- */

static void perfect_none(const game_question *q, game_response *r)
{
    (void)q, (void)r;
}

static void perfect_input(const game_question *q, game_response *r)
{
    if (q->numeric)
        snprintf(r->text, sizeof r->text, "%.15g", q->number);
    else if (q->naccept)
        snprintf(r->text, sizeof r->text, "%s", q->accept[0]);
}

static void perfect_password(const game_question *q, game_response *r)
{
    (void)q; /* long, four kinds of characters, no pattern */
    snprintf(r->text, sizeof r->text, "%s", "Tq9#vL2@xW7!pR4$zK8&");
}

/* ---- the answer in words ------------------------------------------------------ */

static void words_truefalse(const game_question *q, const game_response *r, game_lang lang,
                            char *buf, size_t n)
{
    (void)q;
    append(buf, n,
           r->chosen == 1u ? (lang == GAME_LANG_FR ? "Vrai" : "True")
                           : (lang == GAME_LANG_FR ? "Faux" : "False"));
}

static void words_choices(const game_question *q, const game_response *r, game_lang lang, char *buf,
                          size_t n)
{
    for (size_t c = 0; c < q->nchoices; c++) {
        if (!(r->chosen & (1u << c))) continue;
        if (buf[0]) append(buf, n, " + ");
        append(buf, n, game_text_get(&q->choices[c], lang));
    }
}

/* Bytes of one word in a report's line: with its quotes and "…" it is unbreakable. */
#define WORD_LONG 25

/* Appends s cut to about max bytes at a word's end (never inside a UTF-8 character), its
 * line breaks as spaces, with "…" when cut: a part's text or an item fits a report's line. */
static void append_short(char *buf, size_t n, const char *s, size_t max)
{
    char tmp[128];
    size_t o = 0, i = 0, space = 0, run = 0;
    if (max > sizeof tmp - 4) max = sizeof tmp - 4;
    while (*s == ' ' || *s == '\n' || *s == '\t') s++;
    /* A word longer than WORD_LONG (an address: a line breaks only between words) is cut
     * too, so that it never runs out of a report's column. */
    for (; s[i] && o < max; i++) {
        char c = s[i] == '\n' || s[i] == '\t' ? ' ' : s[i];
        if (c != ' ' && run >= WORD_LONG) break;
        if (c == ' ' && o && tmp[o - 1] == ' ') continue;
        if (c == ' ') space = o;
        run = c == ' ' ? 0 : run + 1;
        tmp[o++] = c;
    }
    if (s[i]) { /* cut: at a word's end if one is near, never inside a character */
        if (space > max / 2 && s[i] != ' ')
            o = space;
        else
            while (o && ((unsigned char)s[i] & 0xC0) == 0x80) o--, i--;
        while (o && (tmp[o - 1] == ' ' || tmp[o - 1] == ',' || tmp[o - 1] == ':')) o--;
        memcpy(tmp + o, "…", 3);
        o += 3;
    }
    while (o && tmp[o - 1] == ' ') o--;
    tmp[o] = '\0';
    append(buf, n, tmp);
}

#define WORDS_SHORT 40 /* bytes of one item, card or part in a report's line */

static void words_order(const game_question *q, const game_response *r, game_lang lang, char *buf,
                        size_t n)
{
    for (size_t k = 0; k < q->nitems; k++) {
        if (k) append(buf, n, " → ");
        append_short(buf, n, game_text_get(&q->items[r->order[k] % GAME_MAX_ITEMS], lang),
                     WORDS_SHORT);
    }
}

/* Each card with the bin it went to, by their names: "card → bin". */
static void words_bins(const game_question *q, const game_response *r, game_lang lang, char *buf,
                       size_t n)
{
    for (size_t k = 0; k < q->nitems; k++) {
        if (k) append(buf, n, ", ");
        append_short(buf, n, game_text_get(&q->items[k], lang), WORDS_SHORT);
        append(buf, n, " → ");
        if (r->bins[k] >= 0 && (size_t)r->bins[k] < q->nbins)
            append_short(buf, n, game_text_get(&q->bins[r->bins[k]], lang), WORDS_SHORT);
        else
            append(buf, n, "?");
    }
}

static void words_text(const game_question *q, const game_response *r, game_lang lang, char *buf,
                       size_t n)
{
    (void)q, (void)lang;
    append(buf, n, r->text);
}

/* A value as the game shows it (game_number_write, in the level's format), rounded to three
 * significant digits: a slider's value has no more meaning than that. */
static void words_value(const game_question *q, const game_response *r, game_lang lang, char *buf,
                        size_t n)
{
    char tmp[96];
    game_number_write(r->value, q->format, 3, game_text_get(&q->unit, lang), lang, tmp, sizeof tmp);
    append(buf, n, tmp);
}

static void words_password(const game_question *q, const game_response *r, game_lang lang,
                           char *buf, size_t n)
{
    (void)q; /* never the password */
    static const char *const names[GAME_LANG_COUNT][5] = {
        [GAME_LANG_FR] = {"très faible", "faible", "moyen", "fort", "très fort"},
        [GAME_LANG_EN] = {"very weak", "weak", "fair", "strong", "very strong"},
    };
    char tmp[64];
    int l = password_level(r);
    l = l < 0 ? 0 : l > 4 ? 4 : l;
    snprintf(tmp, sizeof tmp,
             lang == GAME_LANG_FR ? "mot de passe %s (%d/4)" : "%s password (%d/4)",
             names[lang == GAME_LANG_FR ? GAME_LANG_FR : GAME_LANG_EN][l], l);
    append(buf, n, tmp);
}

/* The parts by what the mock-up shows of them: the clues missed, then the parts marked that
 * were no clue; "" when every clue and nothing else was marked. */
static void words_parts(const game_question *q, const game_response *r, game_lang lang, char *buf,
                        size_t n)
{
    for (int pass = 0; pass < 2; pass++) {
        bool first = true;
        for (size_t p = 0; p < q->nparts; p++) {
            bool marked = (r->chosen & (1u << p)) != 0;
            if (pass == 0 ? (!q->parts[p].clue || marked) : (q->parts[p].clue || !marked)) continue;
            if (first) {
                if (buf[0]) append(buf, n, " · ");
                append(buf, n,
                       pass == 0
                           ? (lang == GAME_LANG_FR ? "manqué : " : "missed: ")
                           : (lang == GAME_LANG_FR ? "marqué à tort : " : "wrongly marked: "));
            } else {
                append(buf, n, ", ");
            }
            first = false;
            const char *t = game_text_get(&q->parts[p].text, lang);
            append(buf, n, lang == GAME_LANG_FR ? "« " : "“");
            append_short(buf, n, t[0] ? t : game_part_name(&q->parts[p]), WORDS_SHORT);
            append(buf, n, lang == GAME_LANG_FR ? " »" : "”");
        }
    }
}

static void words_play(const game_question *q, const game_response *r, game_lang lang, char *buf,
                       size_t n)
{
    (void)q;
    char tmp[48];
    snprintf(tmp, sizeof tmp, lang == GAME_LANG_FR ? "réussi à %d %%" : "%d%% done",
             (int)(r->credit * 100 + 0.5));
    append(buf, n, tmp);
}

/* ---- the table ------------------------------------------------------------------ */

static const game_kind_info kinds[] = {
    [GAME_KIND_CHOICE] = {"choice", "one right answer among 2 to 6 choices", GAME_SHAPE_PICK, false,
                          false, false, 2, GAME_MAX_CHOICES, correct_chosen, ready_always,
                          perfect_none, words_choices},
    [GAME_KIND_MULTI] = {"multi", "tick every right answer among 2 to 6 choices", GAME_SHAPE_PICK,
                         true, false, false, 2, GAME_MAX_CHOICES, correct_chosen, ready_always,
                         perfect_none, words_choices},
    [GAME_KIND_TRUEFALSE] = {"truefalse", "true or false", GAME_SHAPE_PICK, false, true, false, 2,
                             2, correct_chosen, ready_always, perfect_none, words_truefalse},
    [GAME_KIND_ORDER] = {"order", "put 2 to 8 items in order", GAME_SHAPE_ORDER, false, false, true,
                         2, GAME_MAX_ITEMS, correct_order, ready_always, perfect_none, words_order},
    [GAME_KIND_SORT] = {"sort", "put 2 to 8 cards into 2 to 4 bins", GAME_SHAPE_BINS, false, false,
                        false, 2, GAME_MAX_ITEMS, correct_bins, ready_bins, perfect_none,
                        words_bins},
    [GAME_KIND_INPUT] = {"input", "type the answer", GAME_SHAPE_TEXT, false, false, false, 0, 0,
                         correct_input, ready_input, perfect_input, words_text},
    [GAME_KIND_ESTIMATE] = {"estimate", "a value on a scale", GAME_SHAPE_VALUE, false, false, false,
                            0, 0, correct_estimate, ready_always, perfect_none, words_value},
    [GAME_KIND_PASSWORD] = {"password", "build a password strong enough", GAME_SHAPE_TEXT, false,
                            false, false, 0, 0, correct_password, ready_password, perfect_password,
                            words_password},
    [GAME_KIND_HOTSPOT] = {"hotspot", "mark the clues in a mock-up", GAME_SHAPE_PARTS, false, false,
                           false, 0, GAME_MAX_PARTS, correct_chosen, ready_always, perfect_none,
                           words_parts},
    [GAME_KIND_PLAY] = {"game", "a mini-game written in Lua", GAME_SHAPE_PLAY, false, false, false,
                        0, 0, correct_play, ready_always, perfect_none, words_play},
};
_Static_assert(sizeof kinds / sizeof kinds[0] == GAME_KIND_COUNT,
               "every question kind needs a row in game_kinds.c");

const game_kind_info *game_kind_get(game_kind k)
{
    return (unsigned)k < GAME_KIND_COUNT ? &kinds[k] : &kinds[0];
}

bool game_kind_has_choices(game_kind k)
{
    return (unsigned)k < GAME_KIND_COUNT && kinds[k].shape == GAME_SHAPE_PICK;
}

const char *game_kind_name(game_kind k)
{
    return (unsigned)k < GAME_KIND_COUNT ? kinds[k].name : "?";
}

bool game_kind_parse(const char *name, game_kind *out)
{
    for (int i = 0; i < GAME_KIND_COUNT; i++) {
        if (strcmp(name, kinds[i].name) == 0) {
            *out = (game_kind)i;
            return true;
        }
    }
    return false;
}

const char *game_kind_list(void)
{
    /* Built once from the table; the names are constants, so the text never changes. */
    static char list[256];
    if (!list[0]) {
        char tmp[sizeof list] = "";
        for (int i = 0; i < GAME_KIND_COUNT; i++) {
            size_t len = strlen(tmp);
            snprintf(tmp + len, sizeof tmp - len, "%s\"%s\"", i ? ", " : "", kinds[i].name);
        }
        memcpy(list, tmp, sizeof list);
    }
    return list;
}

/* ---- the model's calls, through the table ----------------------------------------- */

void game_response_perfect(const game_question *q, game_response *r)
{
    memset(r, 0, sizeof *r);
    r->chosen = q->correct_mask;
    for (size_t k = 0; k < GAME_MAX_ITEMS; k++) {
        r->order[k] = (unsigned char)k;
        r->bins[k] = k < q->nitems ? (signed char)q->item_bin[k] : -1;
    }
    r->value = q->target;
    r->credit = 1;
    game_kind_get(q->kind)->perfect(q, r);
}

bool game_response_correct(const game_question *q, const game_response *r)
{
    if ((unsigned)q->kind >= GAME_KIND_COUNT) return false;
    return kinds[q->kind].correct(q, r);
}

bool game_response_ready(const game_question *q, const game_response *r)
{
    return (unsigned)q->kind < GAME_KIND_COUNT && kinds[q->kind].ready(q, r);
}

void game_answer_words(const game_question *q, const game_answer *a, game_lang lang, char *buf,
                       size_t n)
{
    if (!n) return;
    buf[0] = '\0';
    if (a->timeout || !a->answered || (unsigned)q->kind >= GAME_KIND_COUNT) return;
    kinds[q->kind].words(q, &a->resp, lang, buf, n);
}

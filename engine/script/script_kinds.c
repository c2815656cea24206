/* script_kinds.c — the script layer's table of question kinds: for each, the reader of its
 * own fields, the fields it accepts, its default time, its answer in the scoring rule's terms,
 * what it adds to ctx, and how an answers file gives its answer. One row per game_kind: a
 * missing row fails the build. The fields common to every question: script_level.c.
 */
#include "script_picture.h"
#include "script_reader.h"

#include "game/game_picture.h"

#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== reading each kind's own fields ============================================ */

/* game: the callbacks, kept in registry[PLAY_KEY][i + 1] (copied now: what the level does to
 * its tables later changes nothing), and the pictures it may draw. Question on top. [-0, +0] */
static bool read_play(script_reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    static const char *const names[] = {"init", "update", "draw", "input", "finish"};
    lua_newtable(L);
    for (int k = 0; k < 5; k++) {
        int t = script_rawfield(L, -2, names[k]);
        bool required = k == 2 || k == 4;
        if (t != LUA_TFUNCTION && (t != LUA_TNIL || required)) {
            lua_pop(L, 2);
            return script_reader_fail(r, script_reader_line(r, line, names[k]),
                                      "%s: %s must be a function%s (docs/minigames.md)", what,
                                      names[k], required ? ": a game needs draw and finish" : "");
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

    int il = script_reader_line(r, line, "images");
    int t = script_rawfield(L, -1, "images");
    size_t n = t == LUA_TTABLE ? (size_t)lua_rawlen(L, -1) : 0;
    if ((t != LUA_TNIL && t != LUA_TTABLE) || n > GAME_PICTURES_MAX) {
        lua_pop(L, 1);
        return script_reader_fail(r, il, "%s: images must be a list of at most %d file names", what,
                                  GAME_PICTURES_MAX);
    }
    if (n) {
        q->images = calloc(n, sizeof *q->images);
        q->image_paths = calloc(n, sizeof *q->image_paths);
        if (!q->images || !q->image_paths) {
            lua_pop(L, 1);
            return script_reader_fail(r, il, "out of memory");
        }
    }
    bool ok = true;
    /* What the game's screen may show at once, decoded: its pictures and the question's own. */
    uint64_t px = script_picture_pixels(q->image), one;
    int saved = script_reader_enter(r, "images");
    for (size_t k = 0; ok && k < n; k++) {
        lua_rawgeti(L, -1, (lua_Integer)k + 1);
        char *path = NULL;
        int kl = script_reader_item_line(r, k + 1, il);
        if ((ok = script_picture_read(r, kl, what, "images", &path, &one))) {
            q->images[k] = script_dup_string(L, -1);
            q->image_paths[k] = path;
            q->nimages = k + 1;
            bool again = q->image && path && strcmp(q->image, path) == 0;
            for (size_t j = 0; j < k && !again; j++)
                again = q->image_paths[j] && path && strcmp(q->image_paths[j], path) == 0;
            if (!again) px += one;
        }
        lua_pop(L, 1);
    }
    script_reader_leave(r, saved);
    lua_pop(L, 1); /* the list */
    if (ok && px > GAME_PICTURE_PIXELS_MAX)
        ok = script_reader_fail(r, il,
                                "%s: the game's pictures take %llu megapixels decoded (a "
                                "4096×4096 picture is 16), over %u: use fewer or smaller pictures",
                                what, (unsigned long long)((px + (1u << 20) - 1) >> 20),
                                GAME_PICTURE_PIXELS_MAX >> 20);
    return ok;
}

/* choice, multi: the list of choices, as many as the kind allows. Question on top.
 * [-0, +0] */
static bool read_choice_list(script_reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    const game_kind_info *k = game_kind_get(q->kind);
    size_t lo = k->min_count,
           hi = k->max_count < GAME_MAX_CHOICES ? k->max_count : GAME_MAX_CHOICES;
    int cline = script_reader_line(r, line, "choices");
    if (script_rawfield(L, -1, "choices") != LUA_TTABLE) {
        lua_pop(L, 1);
        return script_reader_fail(r, cline, "%s: choices must be a list of %zu to %zu answers",
                                  what, lo, hi);
    }
    size_t n = (size_t)lua_rawlen(L, -1);
    if (n < lo || n > hi) {
        lua_pop(L, 1);
        return script_reader_fail(r, cline, "%s: has %zu choices; give %zu to %zu", what, n, lo,
                                  hi);
    }
    int saved = script_reader_enter(r, "choices");
    for (size_t c = 0; c < n; c++) {
        char fw[200];
        lua_rawgeti(L, -1, (lua_Integer)c + 1);
        snprintf(fw, sizeof fw, "%s: choice %zu", what, c + 1);
        bool ok = script_reader_text(r, fw, script_reader_item_line(r, c + 1, cline),
                                     &q->choices[c], true, 200);
        lua_pop(L, 1);
        if (!ok) {
            script_reader_leave(r, saved);
            lua_pop(L, 1);
            return false;
        }
    }
    script_reader_leave(r, saved);
    q->nchoices = n;
    lua_pop(L, 1);
    return true;
}

/* Pushes the question's `correct` and names it in fw; returns its type.   [-0, +1] */
static int push_correct(script_reader *r, const char *what, int line, int *kline, char *fw,
                        size_t n)
{
    *kline = script_reader_line(r, line, "correct");
    snprintf(fw, n, "%s: correct", what);
    return script_rawfield(r->L, -1, "correct");
}

/* A choice number on top, from 1 to n: a message that quotes it (as "correct = 5").
 * [-0, +0] */
static bool correct_index(script_reader *r, int line, const char *what, const char *as, size_t n,
                          lua_Integer *out)
{
    lua_State *L = r->L;
    int isint = 0;
    lua_Integer v = lua_type(L, -1) == LUA_TNUMBER ? lua_tointegerx(L, -1, &isint) : 0;
    if (!isint) {
        const char *shown = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        if (shown)
            return script_reader_fail(r, line,
                                      "%s: %s\"%s\" must be the number of a choice, 1 to %zu", what,
                                      as, shown, n);
        if (lua_type(L, -1) == LUA_TNUMBER)
            return script_reader_fail(r, line, "%s: %s%g must be the number of a choice, 1 to %zu",
                                      what, as, lua_tonumber(L, -1), n);
        return script_reader_fail(r, line, "%s: %sa %s must be the number of a choice, 1 to %zu",
                                  what, as, lua_typename(L, lua_type(L, -1)), n);
    }
    if (v < 1 || v > (lua_Integer)n)
        return script_reader_fail(r, line, "%s: %s%lld, but there are %zu choices", what, as,
                                  (long long)v, n);
    *out = v;
    return true;
}

/* choice: the choices and the number of the right one. Question on top.   [-0, +0] */
static bool read_choice(script_reader *r, const char *what, int line, game_question *q)
{
    if (!read_choice_list(r, what, line, q)) return false;
    char fw[200];
    int kline;
    lua_Integer v = 0;
    bool ok;
    if (push_correct(r, what, line, &kline, fw, sizeof fw) == LUA_TNIL)
        ok = script_reader_fail(r, kline, "%s is missing: give the number of the right choice", fw);
    else if ((ok = correct_index(r, kline, what, "correct = ", q->nchoices, &v)))
        q->correct_mask = 1u << (v - 1);
    lua_pop(r->L, 1);
    return ok;
}

/* multi: the choices and the list of the right ones. Question on top.   [-0, +0] */
static bool read_multi(script_reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    if (!read_choice_list(r, what, line, q)) return false;
    char fw[200];
    int kline;
    bool ok = true;
    if (push_correct(r, what, line, &kline, fw, sizeof fw) != LUA_TTABLE) {
        ok = script_reader_fail(r, kline, "%s must be a list of choice numbers, like { 1, 3 }", fw);
    } else {
        size_t n = (size_t)lua_rawlen(L, -1);
        if (n == 0) ok = script_reader_fail(r, kline, "%s lists no choice", fw);
        for (size_t c = 0; ok && c < n; c++) {
            lua_Integer v = 0;
            lua_rawgeti(L, -1, (lua_Integer)c + 1);
            ok = correct_index(r, kline, what, "correct lists ", q->nchoices, &v);
            lua_pop(L, 1);
            if (ok && (q->correct_mask & (1u << (v - 1))))
                ok = script_reader_fail(r, kline, "%s lists choice %lld twice", fw, (long long)v);
            if (ok) q->correct_mask |= 1u << (v - 1);
        }
    }
    lua_pop(L, 1);
    /* Partial credit is over chance (docs/scoring.md): with few wrong choices, ticking every
     * box is already worth much of the answer, and a partly right answer with no wrong tick
     * earns nothing until it beats that. Warned from half of it on (2 right and 1 wrong). */
    int right = 0;
    for (size_t c = 0; ok && c < q->nchoices; c++) right += (q->correct_mask >> c) & 1u;
    int wrong = (int)q->nchoices - right;
    if (ok && right > 1 && right >= 2 * wrong)
        script_reader_warn(r, kline,
                           "%s: %d right choices and %d wrong: ticking every box already gets "
                           "%d/%d of the answer, so %d right and no wrong one earns nothing; give "
                           "at least as many wrong choices as right ones",
                           what, right, wrong, right - wrong, right, right - wrong);
    return ok;
}

/* truefalse: correct = true or false; the ui names the two choices. Question on top.
 * [-0, +0] */
static bool read_truefalse(script_reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    if (script_rawfield(L, -1, "choices") != LUA_TNIL)
        script_reader_warn(r, script_reader_line(r, line, "choices"),
                           "%s: true/false questions ignore choices", what);
    lua_pop(L, 1);
    q->nchoices = 2; /* choice 0 is "true", choice 1 "false" */
    char fw[200];
    int kline;
    bool ok = true;
    if (push_correct(r, what, line, &kline, fw, sizeof fw) != LUA_TBOOLEAN)
        ok = script_reader_fail(r, kline, "%s must be true or false", fw);
    else
        q->correct_mask = lua_toboolean(L, -1) ? 1u : 2u;
    lua_pop(L, 1);
    return ok;
}

/* The most items a question of q's kind may have, within what the question can hold. */
static size_t max_items(const game_question *q)
{
    unsigned max = game_kind_get(q->kind)->max_count;
    return max < GAME_MAX_ITEMS ? max : GAME_MAX_ITEMS;
}

/* order, sort: the items (order: in the right order, which the game shuffles). Question on
 * top.   [-0, +0] */
static bool read_items(script_reader *r, const char *what, int line, game_question *q)
{
    return script_reader_list(r, what, line, "items", game_kind_get(q->kind)->min_count,
                              max_items(q), q->items, &q->nitems, 200);
}

/* sort: the bins, and the cards with the number of their bin. Question on top.   [-0, +0] */
static bool read_sort(script_reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    if (!script_reader_list(r, what, line, "bins", 2, GAME_MAX_BINS, q->bins, &q->nbins, 80))
        return false;
    if (!read_items(r, what, line, q)) return false;
    int il = script_reader_line(r, line, "items");
    script_rawfield(L, -1, "items");
    int saved = script_reader_enter(r, "items");
    for (size_t k = 0; k < q->nitems; k++) {
        int kl = script_reader_item_line(r, k + 1, il);
        int inside = script_reader_enter_item(r, k + 1);
        lua_rawgeti(L, -1, (lua_Integer)k + 1);
        int isint = 0, bt = LUA_TNIL;
        lua_Integer b = 0;
        char shown[64] = "";
        if (lua_type(L, -1) == LUA_TTABLE) {
            bt = script_rawfield(L, -1, "bin");
            b = lua_tointegerx(L, -1, &isint);
            if (bt == LUA_TNUMBER || bt == LUA_TSTRING)
                snprintf(shown, sizeof shown, bt == LUA_TSTRING ? "\"%s\"" : "%s",
                         lua_tostring(L, -1));
            if (bt != LUA_TNIL) kl = script_reader_line(r, kl, "bin");
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
        script_reader_leave(r, inside);
        if (!isint || b < 1 || b > (lua_Integer)q->nbins) {
            lua_pop(L, 1);
            script_reader_leave(r, saved);
            if (shown[0])
                return script_reader_fail(r, kl,
                                          "%s: item %zu has bin = %s; there are bins 1 to %zu",
                                          what, k + 1, shown, q->nbins);
            return script_reader_fail(
                r, kl, "%s: item %zu needs bin = 1 to %zu, like { text = \"…\", bin = 2 }", what,
                k + 1, q->nbins);
        }
        q->item_bin[k] = (unsigned char)(b - 1);
    }
    script_reader_leave(r, saved);
    lua_pop(L, 1);
    return true;
}

/* input: the accepted answers, or a number and its tolerance. Question on top.   [-0, +0] */
static bool read_input(script_reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    int al = script_reader_line(r, line, "accept");
    int t = script_rawfield(L, -1, "accept");
    if (t == LUA_TSTRING || t == LUA_TTABLE) {
        size_t n = t == LUA_TSTRING ? 1 : (size_t)lua_rawlen(L, -1);
        if (n < 1 || n > GAME_MAX_ACCEPT) {
            lua_pop(L, 1);
            return script_reader_fail(r, al, "%s: accept lists 1 to %d answers", what,
                                      GAME_MAX_ACCEPT);
        }
        int saved = script_reader_enter(r, "accept");
        for (size_t k = 0; k < n; k++) {
            if (t == LUA_TTABLE) {
                lua_rawgeti(L, -1, (lua_Integer)k + 1);
                al = script_reader_item_line(r, k + 1, al);
            }
            bool text = lua_type(L, -1) == LUA_TSTRING && lua_rawlen(L, -1) > 0 &&
                        lua_rawlen(L, -1) < GAME_TEXT_MAX;
            char aw[240];
            snprintf(aw, sizeof aw, "%s: accept", what);
            /* a text the screen cannot show keeps the check's own message */
            bool ok = text && script_reader_string(r, -1, aw, al, GAME_TEXT_MAX - 1);
            if (ok) q->accept[q->naccept++] = script_dup_string(L, -1);
            if (t == LUA_TTABLE) lua_pop(L, 1);
            if (!ok) {
                script_reader_leave(r, saved);
                lua_pop(L, 1);
                if (text) return false;
                return script_reader_fail(
                    r, al, "%s: accept must hold answers as text, up to %d bytes each", what,
                    GAME_TEXT_MAX - 1);
            }
        }
        script_reader_leave(r, saved);
        lua_pop(L, 1);
        return true;
    }
    lua_pop(L, 1);
    int nt = script_rawfield(L, -1, "number");
    lua_pop(L, 1);
    if (nt == LUA_TNIL)
        return script_reader_fail(
            r, line, "%s: an input question needs accept = { \"…\" } or number = …", what);
    q->numeric = true;
    if (!script_reader_number(r, what, line, "number", 0, &q->number)) return false;
    if (!script_reader_number(r, what, line, "tolerance", 0, &q->tolerance)) return false;
    if (q->tolerance < 0)
        return script_reader_fail(r, script_reader_line(r, line, "tolerance"),
                                  "%s: tolerance cannot be negative", what);
    return true;
}

/* estimate: the scale, the right value, what counts as close, the unit. Question on top.
 * [-0, +0] */
static bool read_estimate(script_reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    int ml = script_reader_line(r, line, "min");
    if (!script_reader_number(r, what, line, "min", NAN, &q->min) ||
        !script_reader_number(r, what, line, "max", NAN, &q->max) ||
        !script_reader_number(r, what, line, "answer", NAN, &q->target))
        return false;
    if (q->min != q->min || q->max != q->max || !(q->min < q->max))
        return script_reader_fail(r, ml, "%s: an estimate needs min and max, with min < max", what);
    if (q->target != q->target)
        return script_reader_fail(r, line, "%s: answer is missing: the right value, from %g to %g",
                                  what, q->min, q->max);
    if (q->target < q->min || q->target > q->max)
        return script_reader_fail(r, script_reader_line(r, line, "answer"),
                                  "%s: answer = %g is outside min..max (%g to %g)", what, q->target,
                                  q->min, q->max);
    int t = script_rawfield(L, -1, "log");
    q->log_scale = t == LUA_TBOOLEAN && lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (q->log_scale && q->min <= 0)
        return script_reader_fail(r, script_reader_line(r, line, "log"),
                                  "%s: a logarithmic scale needs min > 0", what);
    if (!script_reader_number(r, what, line, "close", 0.05, &q->close) ||
        !script_reader_number(r, what, line, "spread", 0.25, &q->spread))
        return false;
    if (!(q->close >= 0 && q->close < 1 && q->spread > q->close && q->spread <= 1))
        return script_reader_fail(r, script_reader_line(r, line, "close"),
                                  "%s: need 0 <= close < spread <= 1 (shares of the scale)", what);
    /* how its values are written: "powers" (the default), "plain" or "short" */
    t = script_rawfield(L, -1, "format");
    q->format = GAME_NUMBER_POWERS;
    if (t != LUA_TNIL &&
        (t != LUA_TSTRING || !game_number_format_parse(lua_tostring(L, -1), &q->format))) {
        char got[64];
        snprintf(got, sizeof got, "%s",
                 t == LUA_TSTRING ? lua_tostring(L, -1) : lua_typename(L, t));
        lua_pop(L, 1);
        return script_reader_fail(r, script_reader_line(r, line, "format"),
                                  "%s: format must be \"powers\", \"plain\" or \"short\" (got "
                                  "\"%s\")",
                                  what, got);
    }
    lua_pop(L, 1);
    char fw[220];
    snprintf(fw, sizeof fw, "%s: unit", what);
    script_rawfield(L, -1, "unit");
    bool ok = script_reader_text(r, fw, script_reader_line(r, line, "unit"), &q->unit, false, 40);
    lua_pop(L, 1);
    /* The slider starts in the middle: an answer within close of it is full points, and a
     * right answer, for not moving it. */
    double start = game_estimate_start(q);
    if (ok && game_estimate_distance(q, start) <= q->close) {
        char at[64], want[64];
        game_number_write(start, q->format, 3, NULL, GAME_LANG_EN, at, sizeof at);
        game_number_write(q->target, q->format, 0, NULL, GAME_LANG_EN, want, sizeof want);
        script_reader_warn(r, script_reader_line(r, line, "answer"),
                           "%s: the slider starts at %s, the middle of the scale, within close of "
                           "the answer (%s): a player who submits without moving it gets full "
                           "points; choose min and max so that the answer is away from the middle",
                           what, at, want);
    }
    return ok;
}

/* password: the strength to reach. Question on top.   [-0, +0] */
static bool read_password(script_reader *r, const char *what, int line, game_question *q)
{
    double level;
    if (!script_reader_number(r, what, line, "strength", 3, &level)) return false;
    if (level != floor(level) || level < 1 || level > 4)
        return script_reader_fail(
            r, script_reader_line(r, line, "strength"),
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
            lua_pushstring(L, game_part_name(&q->parts[i]));
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

/* input, password: the text typed; "" for a password measured on a device, which never left
 * it.   [-0, +1] */
static void push_text(lua_State *L, const game_question *q, const game_response *resp)
{
    lua_pushstring(L, q->kind == GAME_KIND_PASSWORD && resp->pw_measured ? "" : resp->text);
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

/* password: the estimator's verdict, and what the question asks for. A password answered from a
 * device (the live classroom) never left it: only its level came, so the bits are those the
 * level starts at. ctx on top.   [-0, +0] */
static void ctx_password(lua_State *L, const game_score_ctx *c)
{
    const game_question *q = c->question;
    game_password_report rep;
    game_password_check_default(c->timeout || c->resp.pw_measured ? "" : c->resp.text, &rep);
    if (!c->timeout && c->resp.pw_measured) {
        int l = c->resp.pw_level;
        rep.level = l < 0 ? 0 : l > 4 ? 4 : l;
        rep.bits = game_password_level_bits(rep.level);
    }
    lua_pushnumber(L, rep.bits);
    lua_setfield(L, -2, "bits");
    lua_pushinteger(L, rep.level);
    lua_setfield(L, -2, "level");
    lua_pushinteger(L, q->strength);
    lua_setfield(L, -2, "strength");
    lua_pushnumber(L, game_password_level_bits(q->strength));
    lua_setfield(L, -2, "needed");
}

/* estimate: how far the answer is, as a share of the scale, the shares that count, and where the
 * right value sits on the scale (its distance from the low end). ctx on top.   [-0, +0] */
static void ctx_estimate(lua_State *L, const game_score_ctx *c)
{
    const game_question *q = c->question;
    lua_pushnumber(L, c->timeout ? 1.0 : game_estimate_distance(q, c->resp.value));
    lua_setfield(L, -2, "distance");
    lua_pushnumber(L, q->close);
    lua_setfield(L, -2, "close");
    lua_pushnumber(L, q->spread);
    lua_setfield(L, -2, "spread");
    lua_pushnumber(L, game_estimate_distance(q, q->min));
    lua_setfield(L, -2, "target");
}
/* ==== an answers file's answer = …, for `vigie run` =============================== */

/* truefalse: true or false. The value on top.   [-0, +0] */
static bool answer_truefalse(lua_State *L, const char *path, size_t i, const game_question *q,
                             game_response *r, game_error *err)
{
    if (lua_type(L, -1) != LUA_TBOOLEAN)
        return game_error_set(
            err, path, 0, "answer %zu: question \"%s\" takes true or false, not a %s%s%s%s", i + 1,
            q->id, lua_typename(L, lua_type(L, -1)), lua_type(L, -1) == LUA_TSTRING ? " (\"" : "",
            lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "",
            lua_type(L, -1) == LUA_TSTRING ? "\")" : "");
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
        /* a part's id, or its position name, which stays valid */
        while (p < q->nparts && strcmp(q->parts[p].name, name) != 0 &&
               strcmp(q->parts[p].id, name) != 0)
            p++;
        if (p == q->nparts) {
            /* the nearest name, else every name the question's parts answer to */
            const char *names[GAME_MAX_PARTS * 2 + 1];
            size_t nn = 0;
            for (size_t j = 0; j < q->nparts; j++) {
                names[nn++] = q->parts[j].name;
                if (q->parts[j].id[0]) names[nn++] = q->parts[j].id;
            }
            names[nn] = NULL;
            const char *near = script_nearest(name, names);
            char list[400] = "";
            size_t o = 0;
            for (size_t j = 0; j < q->nparts && o < sizeof list; j++)
                o += (size_t)snprintf(list + o, sizeof list - o, "%s%s", j ? ", " : "",
                                      game_part_name(&q->parts[j]));
            if (near)
                ok = game_error_set(err, path, 0,
                                    "answer %zu: question \"%s\" has no part \"%s\" (did you "
                                    "mean \"%s\"?)",
                                    i + 1, q->id, name, near);
            else
                ok = game_error_set(err, path, 0,
                                    "answer %zu: question \"%s\" has no part \"%s\"; its parts "
                                    "are %s",
                                    i + 1, q->id, name, list);
        } else
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
        if (!isint || v < 1 || v > hi || (order && (seen & (1u << (v - 1))))) {
            char shown[40] = "not a whole number";
            if (isint)
                snprintf(shown, sizeof shown, "%lld%s", (long long)v,
                         v >= 1 && v <= hi ? ", given twice" : "");
            ok = game_error_set(
                err, path, 0, "answer %zu: question \"%s\": %s 1 to %lld, but number %zu is %s",
                i + 1, q->id, order ? "each item once," : "bins are", (long long)hi, k + 1, shown);
        } else if (order) {
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
        if (!isint)
            ok = game_error_set(err, path, 0,
                                "answer %zu: question \"%s\" takes choice numbers, 1 to %zu", i + 1,
                                q->id, q->nchoices);
        else if (v < 1 || v > (lua_Integer)q->nchoices)
            ok = game_error_set(err, path, 0,
                                "answer %zu: choice %lld, but question \"%s\" has choices 1 to %zu",
                                i + 1, (long long)v, q->id, q->nchoices);
        else
            r->chosen |= 1u << (v - 1);
    }
    return ok;
}

/* ==== the table ================================================================== */

/* The fields of every question (read by script_level.c), then those of each kind. */
#define QUESTION_FIELDS "id", "kind", "prompt", "explain", "source", "time", "points", "image"
#define CHOICE_FIELDS   "choices", "correct"
#define ORDER_FIELDS    "items"
#define SORT_FIELDS     "items", "bins"
#define INPUT_FIELDS    "accept", "number", "tolerance"
#define ESTIMATE_FIELDS "min", "max", "answer", "log", "unit", "format", "close", "spread"
#define PASSWORD_FIELDS "strength"
#define HOTSPOT_FIELDS                                                                             \
    "mail", "sms", "browser", "post", "chat", "document", "call", "notification", "spots", "penalty"
#define PLAY_FIELDS "images", "init", "update", "draw", "input", "finish"

#define TIMED 20000 /* ms: the time a question has unless it says */

/* What each ctx function adds (script_score.c adds the fields every kind has). */
#define CTX_ESTIMATE "distance", "close", "spread", "target"
#define CTX_PASSWORD "bits", "level", "strength", "needed"
#define CTX_HOTSPOT  "clues", "penalty"

static const char *const no_ctx[] = {NULL};
static const char *const estimate_ctx[] = {CTX_ESTIMATE, NULL};
static const char *const password_ctx[] = {CTX_PASSWORD, NULL};
static const char *const hotspot_ctx[] = {CTX_HOTSPOT, NULL};

const char *const script_ctx_fields[] = {"kind",    "id",       "index",  "correct", "timeout",
                                         "sure",    "time",     "limit",  "streak",  "points",
                                         "choices", "expected", "credit", NULL};

static const script_kind kinds[] = {
    [GAME_KIND_CHOICE] = {read_choice, (const char *const[]){CHOICE_FIELDS, NULL}, TIMED,
                          push_choice, ctx_none, no_ctx, answer_choices},
    [GAME_KIND_MULTI] = {read_multi, (const char *const[]){CHOICE_FIELDS, NULL}, TIMED, push_marked,
                         ctx_none, no_ctx, answer_choices},
    [GAME_KIND_TRUEFALSE] = {read_truefalse, (const char *const[]){CHOICE_FIELDS, NULL}, TIMED,
                             push_truefalse, ctx_none, no_ctx, answer_truefalse},
    [GAME_KIND_ORDER] = {read_items, (const char *const[]){ORDER_FIELDS, NULL}, TIMED, push_items,
                         ctx_none, no_ctx, answer_items},
    [GAME_KIND_SORT] = {read_sort, (const char *const[]){SORT_FIELDS, NULL}, TIMED, push_items,
                        ctx_none, no_ctx, answer_items},
    [GAME_KIND_INPUT] = {read_input, (const char *const[]){INPUT_FIELDS, NULL}, TIMED, push_text,
                         ctx_none, no_ctx, answer_text},
    [GAME_KIND_ESTIMATE] = {read_estimate, (const char *const[]){ESTIMATE_FIELDS, NULL}, TIMED,
                            push_value, ctx_estimate, estimate_ctx, answer_value},
    [GAME_KIND_PASSWORD] = {read_password, (const char *const[]){PASSWORD_FIELDS, NULL}, TIMED,
                            push_text, ctx_password, password_ctx, answer_text},
    [GAME_KIND_HOTSPOT] = {script_mockup_read, (const char *const[]){HOTSPOT_FIELDS, NULL}, TIMED,
                           push_marked, ctx_parts, hotspot_ctx, answer_parts},
    /* A game keeps its own pace: untimed unless it says; its answers are play steps. */
    [GAME_KIND_PLAY] = {read_play, (const char *const[]){PLAY_FIELDS, NULL}, 0, push_credit,
                        ctx_none, no_ctx, NULL},
};
_Static_assert(sizeof kinds / sizeof kinds[0] == GAME_KIND_COUNT,
               "every question kind needs a row in the script layer's table");

/* What docs/lua-api.md lists (tests/docs/test_api.c): every question's fields and each
 * kind's own. A new kind adds its FIELDS here too. */
const char *const script_question_fields[] = {
    QUESTION_FIELDS, CHOICE_FIELDS,   ORDER_FIELDS,   SORT_FIELDS, INPUT_FIELDS,
    ESTIMATE_FIELDS, PASSWORD_FIELDS, HOTSPOT_FIELDS, PLAY_FIELDS, NULL};

const script_kind *script_kind_get(game_kind k)
{
    assert((unsigned)k < GAME_KIND_COUNT && kinds[k].read);
    return &kinds[k];
}

const char *const *script_ctx_kind_fields(game_kind k)
{
    return script_kind_get(k)->ctx_fields;
}

void script_kind_fields(game_kind k, const char **known, size_t max)
{
    static const char *const common[] = {QUESTION_FIELDS, NULL};
    size_t n = 0;
    for (const char *const *f = common; *f && n + 1 < max; f++) known[n++] = *f;
    for (const char *const *f = script_kind_get(k)->fields; *f && n + 1 < max; f++) known[n++] = *f;
    known[n] = NULL;
}

bool script_kind_field(const char *name)
{
    static const char *const common[] = {QUESTION_FIELDS, NULL};
    for (const char *const *n = common; *n; n++)
        if (strcmp(*n, name) == 0) return true;
    for (int k = 0; k < GAME_KIND_COUNT; k++)
        for (const char *const *n = kinds[k].fields; *n; n++)
            if (strcmp(*n, name) == 0) return true;
    return false;
}

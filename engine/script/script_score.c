/* script_score.c — the scoring rule: which one a level gets (its own `score` — a function or
 * the name of a ready-made rule —, else its pack's, else the engine's "standard"), and each call
 * to it, with the answer and ctx built in Lua from the C context, ctx.credit computed once by
 * the engine's credit function (scripts/scoring.lua). The rule stays at SCRIPT_SCORE_SLOT of the
 * level's state, the credit function in the registry.
 */
#include "script_reader.h"

#include <lauxlib.h>

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== the ready-made rules ======================================================= */

const char *const script_score_rules[] = {"standard", "accuracy",   "no-streak",
                                          "no-speed", "confidence", NULL};

static char credit_key; /* the registry's key of the credit function */

static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), row[64];
    if (la >= 63 || lb >= 63) return (size_t)-1;
    for (size_t j = 0; j <= lb; j++) row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j], best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            diag = up;
            row[j] = best;
        }
    }
    return row[lb];
}

const char *script_score_rule_nearest(const char *name)
{
    const char *best = script_score_rules[0];
    size_t d = (size_t)-1;
    for (const char *const *n = script_score_rules; *n; n++) {
        size_t e = edit_distance(name, *n);
        if (e < d) d = e, best = *n;
    }
    return best;
}

bool script_score_rule_known(const char *name)
{
    for (const char *const *n = script_score_rules; *n; n++)
        if (strcmp(*n, name) == 0) return true;
    return false;
}

/* The line of the first `score =` of a source, 1 if none is found. */
static int score_line(const char *src, size_t len)
{
    int line = 1;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '\n') line++;
        if (i + 5 <= len && memcmp(src + i, "score", 5) == 0 &&
            (i == 0 || !(isalnum((unsigned char)src[i - 1]) || src[i - 1] == '_'))) {
            size_t j = i + 5;
            while (j < len && (src[j] == ' ' || src[j] == '\t')) j++;
            if (j < len && src[j] == '=' && (j + 1 >= len || src[j + 1] != '=')) return line;
        }
    }
    return 1;
}

/* Loads scripts/scoring.lua: leaves its credit function in the registry and pushes the rule
 * called name (a known one).   [-0, +1, e] */
static void push_named_rule(lua_State *L, const char *name)
{
    if (script_embedded_load(L, "scoring.lua") != LUA_OK)
        luaL_error(L, "the engine's scoring rules are missing from the build");
    lua_call(L, 0, 1);
    if (lua_type(L, -1) != LUA_TTABLE || lua_getfield(L, -1, "credit") != LUA_TFUNCTION)
        luaL_error(L, "scripts/scoring.lua gives no credit function");
    lua_rawsetp(L, LUA_REGISTRYINDEX, &credit_key);
    if (lua_getfield(L, -1, "rules") != LUA_TTABLE || lua_getfield(L, -1, name) != LUA_TFUNCTION)
        luaL_error(L, "scripts/scoring.lua has no rule \"%s\"", name);
    lua_replace(L, -3);
    lua_pop(L, 1);
}

/* ==== which rule a level gets ===================================================== */

/* The ready-made rules that give no streak bonus (scripts/scoring.lua). */
static bool rule_without_streak(const char *name)
{
    return strcmp(name, "accuracy") == 0 || strcmp(name, "no-streak") == 0 ||
           strcmp(name, "confidence") == 0;
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
    int sline = score_line(src, len);
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
    if (t == LUA_TSTRING) {
        const char *name = lua_tostring(L, -1);
        if (!script_score_rule_known(name)) {
            return luaL_error(L, "%s:%d: score: no rule is called \"%s\"; did you mean \"%s\"?",
                              manifest, sline, name, script_score_rule_nearest(name));
        }
        sl->level->confidence = strcmp(name, "confidence") == 0;
        sl->level->no_streak = rule_without_streak(name);
        push_named_rule(L, name); /* the name stays below: it anchors the string */
        lua_remove(L, -2);
        sl->score_where = strdup(manifest);
        return 1;
    }
    lua_pop(L, 1);
    if (t != LUA_TNIL)
        return luaL_error(L, "%s:%d: score must be a function (answer, ctx) or the name of a rule",
                          manifest, sline);
    return 0;
}

void script_score_push_rule(lua_State *L, script_level *sl, int idx, const char *path)
{
    /* the credit function first: every rule's ctx has the credit */
    push_named_rule(L, "standard");
    int t = script_rawfield(L, idx, "score");
    if (t == LUA_TFUNCTION) {
        lua_remove(L, -2);
        sl->score_where = strdup(path);
        return;
    }
    if (t == LUA_TSTRING) { /* a known name: read_level checked it */
        const char *name = lua_tostring(L, -1);
        sl->level->confidence = strcmp(name, "confidence") == 0;
        sl->level->no_streak = rule_without_streak(name);
        push_named_rule(L, name);
        lua_replace(L, -3);
        lua_pop(L, 1);
        sl->score_where = strdup("scripts/scoring.lua");
        return;
    }
    lua_pop(L, 1);
    if (push_pack_rule(L, sl, path)) {
        lua_remove(L, -2);
        return;
    }
    sl->score_where = strdup("scripts/scoring.lua");
}

/* ==== each call ================================================================== */

/* Protected: builds (answer, ctx) for the rule (1) from the C context (2), the credit in it by
 * the engine's credit function, calls the rule; its points, its credit (nil when it gave none)
 * and how many results it gave.   [-2, +3, e] */
static int l_score_call(lua_State *L)
{
    const game_score_ctx *ctx = lua_touserdata(L, 2);
    const game_question *q = ctx->question;
    const script_kind *kind = script_kind_get(q->kind);
    lua_settop(L, 1);
    if (ctx->timeout)
        lua_pushnil(L);
    else
        kind->push(L, q, &ctx->resp);
    lua_createtable(L, 0, 14); /* stack: rule, answer, ctx */
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
    lua_pushboolean(L, !ctx->resp.unsure);
    lua_setfield(L, -2, "sure");
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
    /* the credit, once, by the engine, before any rule */
    lua_rawgetp(L, LUA_REGISTRYINDEX, &credit_key);
    lua_pushvalue(L, 2);
    lua_pushvalue(L, 3);
    lua_call(L, 2, 1);
    lua_Number c = lua_tonumber(L, -1);
    lua_pop(L, 1);
    lua_pushnumber(L, c > 0 && c <= 1 ? c : c > 1 ? 1 : 0); /* NaN too: 0 */
    lua_setfield(L, -2, "credit");
    lua_call(L, 2, LUA_MULTRET);
    int n = lua_gettop(L);
    lua_settop(L, 2);
    lua_pushinteger(L, n);
    return 3;
}

/* The credit when the rule gave none (a level's own rule that returns points only): all of it
 * for a right answer, else the share of the question's points it earned. */
static double credit_of_points(const game_score_ctx *ctx, long points)
{
    if (ctx->correct) return 1;
    if (points <= 0) return 0;
    if (ctx->question->points <= 0) return 1;
    double c = (double)points / (double)ctx->question->points;
    return c > 1 ? 1 : c;
}

/* What a rule returned, quoted for a message: nothing, nil, a string in quotes, a type. */
static void quote_result(lua_State *L, int idx, int count, char *out, size_t n)
{
    if (count == 0)
        snprintf(out, n, "nothing");
    else if (lua_type(L, idx) == LUA_TSTRING)
        snprintf(out, n, "the string \"%.40s%s\"", lua_tostring(L, idx),
                 lua_rawlen(L, idx) > 40 ? "…" : "");
    else if (lua_type(L, idx) == LUA_TNUMBER)
        snprintf(out, n, "%s", "a number that is not a number (NaN)");
    else
        snprintf(out, n, "%s", luaL_typename(L, idx));
}

/* The file and the line where the rule at SCRIPT_SCORE_SLOT is defined, for a message that
 * points at it; where and 0 when it is not a Lua function of a file.   [-0, +0] */
static int rule_line(lua_State *L, const char *where, char *file, size_t n)
{
    lua_Debug ar;
    snprintf(file, n, "%s", where);
    lua_pushvalue(L, SCRIPT_SCORE_SLOT);
    if (!lua_getinfo(L, ">S", &ar) || ar.source[0] != '@' || ar.linedefined <= 0) return 0;
    snprintf(file, n, "%s", ar.source + 1);
    return ar.linedefined;
}

bool script_level_score(void *ud, const game_score_ctx *ctx, long *points, double *credit,
                        game_error *err)
{
    script_level *sl = ud;
    lua_State *L = sl->vm.L;
    const char *where = sl->score_where ? sl->score_where : sl->level->path;
    lua_settop(L, SCRIPT_SCORE_SLOT); /* only the rule stays between calls */
    lua_pushcfunction(L, l_score_call);
    lua_pushvalue(L, SCRIPT_SCORE_SLOT);
    lua_pushlightuserdata(L, (void *)ctx);
    if (!script_vm_call(&sl->vm, 2, 3, where, err)) return false; /* stack: points, credit, n */
    int isnum = 0, hascredit = 0;
    int count = (int)lua_tointeger(L, -1);
    lua_Number v = lua_tonumberx(L, -3, &isnum);
    isnum = isnum && lua_type(L, -3) == LUA_TNUMBER; /* "100" is a mistake, not a number */
    lua_Number c = lua_tonumberx(L, -2, &hascredit);
    bool credit_given = !lua_isnil(L, -2);
    char got[96], file[1024];
    if (!isnum || v != v) {
        quote_result(L, -3, count, got, sizeof got);
        lua_pop(L, 3);
        int line = rule_line(L, where, file, sizeof file);
        return game_error_set(err, file, line,
                              "the score function must return a number (the points); it "
                              "returned %s",
                              got);
    }
    if (credit_given && (!hascredit || c != c || c < 0 || c > 1)) {
        if (hascredit && c == c)
            snprintf(got, sizeof got, "%g", (double)c);
        else
            quote_result(L, -2, 2, got, sizeof got);
        lua_pop(L, 3);
        int line = rule_line(L, where, file, sizeof file);
        return game_error_set(err, file, line,
                              "the score function's second result, the credit, must be a number "
                              "from 0 (nothing right) to 1 (all right); it returned %s",
                              got);
    }
    lua_pop(L, 3);
    if (v < 0) v = 0;
    if (v > 1e9) v = 1e9;
    *points = (long)floor(v + 0.5);
    *credit = credit_given ? (double)c : credit_of_points(ctx, *points);
    return true;
}

bool script_level_check_score(script_level *sl, game_error *err)
{
    const game_level *lv = script_level_data(sl);
    for (size_t i = 0; i < lv->nquestions; i++) {
        const game_question *q = &lv->questions[i];
        game_score_ctx ctx = {.question = q,
                              .index = i,
                              .timeout = true,
                              .time_ms = q->time_ms,
                              .limit_ms = q->time_ms};
        long points;
        double credit;
        if (!script_level_score(sl, &ctx, &points, &credit, err)) {
            size_t n = strlen(err->message);
            snprintf(err->message + n, sizeof err->message - n,
                     " (question %zu \"%s\", when the time runs out)", i + 1, q->id);
            return false;
        }
    }
    return true;
}

/* script_score.c — the scoring rule: which one a level gets (its own `score`, else its pack's,
 * else the engine's scripts/scoring.lua), and each call to it, with the answer and ctx built in
 * Lua from the C context. The rule stays at SCRIPT_SCORE_SLOT of the level's state.
 */
#include "script_reader.h"

#include <lauxlib.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

void script_score_push_rule(lua_State *L, script_level *sl, int idx, const char *path)
{
    if (script_rawfield(L, idx, "score") == LUA_TFUNCTION) {
        sl->score_where = strdup(path);
        return;
    }
    lua_pop(L, 1);
    if (push_pack_rule(L, sl, path)) return;
    if (script_embedded_load(L, "scoring.lua") != LUA_OK)
        luaL_error(L, "the engine's scoring rule is missing from the build");
    lua_call(L, 0, 1);
    if (lua_type(L, -1) != LUA_TFUNCTION) luaL_error(L, "the default rule is not a function");
    sl->score_where = strdup("scripts/scoring.lua");
}

/* Protected: builds (answer, ctx) for the rule (1) from the C context (2), calls it; its
 * points and its credit (nil when it gave none).  [-2, +2, e] */
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
    lua_call(L, 2, 2);
    return 2;
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
    if (!script_vm_call(&sl->vm, 2, 2, where, err)) return false; /* stack: points, credit */
    int isnum = 0, hascredit = 0;
    lua_Number v = lua_tonumberx(L, -2, &isnum);
    lua_Number c = lua_tonumberx(L, -1, &hascredit);
    bool credit_given = !lua_isnil(L, -1);
    lua_pop(L, 2);
    if (!isnum || v != v)
        return game_error_set(err, where, 0, "the score function must return a number");
    if (credit_given && (!hascredit || c != c || c < 0 || c > 1))
        return game_error_set(err, where, 0,
                              "the score function's second result, the credit, must be a number "
                              "from 0 (nothing right) to 1 (all right)");
    if (v < 0) v = 0;
    if (v > 1e9) v = 1e9;
    *points = (long)floor(v + 0.5);
    *credit = credit_given ? (double)c : credit_of_points(ctx, *points);
    return true;
}

/* script_guard.c — the standard library a level sees: an allow-list, and guards around
 * the functions that could escape the sandbox or loop in C where no hook can stop them
 * (pattern matching, plain searches, table ranges, output, error objects, coroutines).
 * The guards check and limit; the work itself is done by Lua's own functions. What they need
 * of the state (its cap, whether it was stopped…) comes in a script_guard from whoever opened
 * it: nothing here knows script_vm.
 */
#include "script.h"
#include "script_guard.h"
#include "script_scan.h"

#include <lauxlib.h>
#include <lualib.h>

#include <stdio.h>
#include <string.h>

/* Steps of C work a single library call may imply before we refuse it: about a few
 * hundred milliseconds at worst. */
#define WORK_LIMIT 2e8
/* Elements a table function may walk in one call. */
#define RANGE_LIMIT       ((lua_Integer)1 << 24)
#define PRINT_LIMIT       16384
#define CLOSE_DEPTH_LIMIT 8

/* The guards' view of L's state, kept in the state's extra space (which every coroutine
 * copies from the main thread when it is made). */
static script_guard *guard_of(lua_State *L)
{
    return *(script_guard **)lua_getextraspace(L);
}

/* Calls the original function kept as upvalue 1 with all our arguments. */
static int call_original(lua_State *L)
{
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, n, LUA_MULTRET);
    return lua_gettop(L);
}

/* ==== values that must not leak addresses ================================== */

static bool opaque(lua_State *L, int i)
{
    int t = lua_type(L, i);
    if (t != LUA_TTABLE && t != LUA_TFUNCTION && t != LUA_TTHREAD && t != LUA_TUSERDATA &&
        t != LUA_TLIGHTUSERDATA)
        return false;
    if (luaL_getmetafield(L, i, "__tostring") != LUA_TNIL) { /* the level's own text */
        lua_pop(L, 1);
        return false;
    }
    return true;
}

/* tostring without addresses: "table", "function"…   [-1, +1, e] */
static int l_guard_tostring(lua_State *L)
{
    luaL_checkany(L, 1);
    if (opaque(L, 1)) {
        lua_pushstring(L, luaL_typename(L, 1));
        return 1;
    }
    lua_settop(L, 1);
    return call_original(L);
}

/* string.format without %p, and without addresses through %s.   [-n, +1, e] */
static int l_guard_format(lua_State *L)
{
    size_t len;
    const char *f = luaL_checklstring(L, 1, &len);
    for (size_t i = 0; i < len; i++) {
        if (f[i] != '%') continue;
        i++;
        if (i < len && f[i] == '%') continue;
        while (i < len && strchr("-+ #0123456789.", f[i])) i++;
        if (i < len && f[i] == 'p')
            return luaL_error(L, "string.format: %%p is not available in levels");
    }
    for (int i = 2; i <= lua_gettop(L); i++) {
        if (opaque(L, i)) {
            lua_pushstring(L, luaL_typename(L, i));
            lua_replace(L, i);
        }
    }
    return call_original(L);
}

/* print: to stderr, tagged, without addresses, and only the first kilobytes. */
static int l_guard_print(lua_State *L)
{
    script_guard *g = guard_of(L);
    if (g->quiet) return 0;
    int n = lua_gettop(L);
    for (int i = 1; i <= n; i++) {
        size_t len;
        const char *s;
        if (opaque(L, i))
            s = luaL_typename(L, i), len = strlen(s), lua_pushnil(L);
        else
            s = luaL_tolstring(L, i, &len);
        if (g->printed < PRINT_LIMIT) {
            size_t room = PRINT_LIMIT - g->printed;
            g->in_libc++;
            fprintf(stderr, "%s%.*s", i > 1 ? "\t" : "level: ", (int)(len < room ? len : room), s);
            g->in_libc--;
        }
        g->printed += len + 1;
        lua_pop(L, 1);
    }
    if (g->printed < PRINT_LIMIT) {
        g->in_libc++;
        fputc('\n', stderr);
        g->in_libc--;
    }
    return 0;
}

/* ==== strings: work that happens in C ====================================== */

/* Steps to match one single-character item at p[*i] (a character, `.`, a %class or a [set],
 * whose cost is its length: Lua reads a set from end to end for each character); moves *i
 * past it. */
static double class_cost(const char *p, size_t plen, size_t *i)
{
    size_t start = *i;
    if (p[*i] == '%') {
        *i += 2;
    } else if (p[*i] == '[') {
        (*i)++;
        if (*i < plen && p[*i] == '^') (*i)++;
        if (*i < plen) (*i)++; /* a first ']' belongs to the set */
        while (*i < plen && p[*i] != ']') *i += p[*i] == '%' ? 2 : 1;
        (*i)++;
    } else {
        (*i)++;
    }
    if (*i > plen) *i = plen;
    return (double)(*i - start);
}

/* Worst case, in steps, of matching pattern p on n bytes: Lua's matcher tries each start
 * (one, when anchored) and walks the pattern item by item; each item costs its own work
 * (its length for a set, the subject for %b and back-references), and a quantifier that can
 * give back characters runs the rest of the pattern once per character it gave back.
 * As a sum: cost = starts * (1 + sum over items of a_j * product of the b_i before it). */
static double pattern_cost(const char *p, size_t plen, size_t n, bool plain)
{
    double N = (double)n + 1;
    bool special = false;
    for (size_t k = 0; k < plen && !special; k++) special = strchr("^$*+?.([%-", p[k]) && p[k];
    if (plain || !special) return N * ((double)plen + 1); /* a plain search */
    double starts = N, sum = 0, prod = 1;
    size_t i = 0;
    if (plen > 0 && p[0] == '^') starts = 1, i = 1;
    while (i < plen && sum < 1e30) {
        double a, b = 1;
        char c = p[i];
        if (c == '(' || c == ')') {
            a = 1, i++;
        } else if (c == '$' && i + 1 == plen) {
            a = 1, i++;
        } else if (c == '%' && i + 1 < plen && p[i + 1] == 'b') {
            a = N, i += 4; /* %bxy: scans the subject for the balance */
        } else if (c == '%' && i + 1 < plen && p[i + 1] == 'f') {
            i += 2;
            a = 2 * (i < plen ? class_cost(p, plen, &i) : 1); /* %f[set] */
        } else if (c == '%' && i + 1 < plen && p[i + 1] >= '0' && p[i + 1] <= '9') {
            a = N, i += 2; /* a back-reference compares a capture */
        } else {
            a = class_cost(p, plen, &i);
            char q = i < plen ? p[i] : 0;
            if (q == '*' || q == '+' || q == '-') {
                a *= N, b = N, i++;
            } else if (q == '?') {
                b = 2, i++;
            }
        }
        sum += prod * a;
        prod *= b;
        if (prod > 1e30) prod = 1e30;
    }
    return starts * (1 + sum);
}

/* Refuses a pattern that could backtrack for too long; plain: a find that asked for a plain
 * search.   [-0, +0, e] */
static void check_pattern(lua_State *L, bool plain)
{
    size_t n, plen;
    luaL_checklstring(L, 1, &n);
    const char *p = luaL_checklstring(L, 2, &plen);
    if (pattern_cost(p, plen, n, plain) > WORK_LIMIT)
        luaL_error(L,
                   "this pattern could take too long on a %d-character string: "
                   "use a simpler pattern or a shorter string",
                   (int)n);
}

/* string.find, which may search plainly (its fourth argument). */
static int l_guard_find(lua_State *L)
{
    check_pattern(L, lua_toboolean(L, 4));
    return call_original(L);
}

/* string.match, gmatch, gsub. */
static int l_guard_match(lua_State *L)
{
    check_pattern(L, false);
    return call_original(L);
}

/* string.rep without the C loop that an empty string repeated 1e15 times would make. */
static int l_guard_rep(lua_State *L)
{
    size_t l, lsep = 0;
    luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    if (n <= 0 || l + lsep == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    if ((lua_Unsigned)n > guard_of(L)->cap / (l + lsep))
        return luaL_error(L, "string.rep: the result would be larger than the level's memory");
    return call_original(L);
}

/* ==== tables: ranges walked in C =========================================== */

static lua_Integer len_of(lua_State *L, int i)
{
    luaL_checktype(L, i, LUA_TTABLE);
    return luaL_len(L, i); /* may call __len: Lua code, under the hook */
}

/* A negative length makes every position look in range to Lua's checks (they compare as
 * unsigned), and the walk from it to a far position has no end in sight. */
static int negative_error(lua_State *L, const char *fn)
{
    return luaL_error(L, "%s: the table's length (#t, its __len) is negative", fn);
}

static int range_error(lua_State *L, const char *fn)
{
    return luaL_error(L, "%s: the range is too large for a level (at most %d elements)", fn,
                      (int)RANGE_LIMIT);
}

/* table.insert and table.remove, as Lua's own but asking the length once: Lua's would ask
 * __len again after our check, and a __len that answers 0, then 10^15, would send it on a
 * walk no hook reaches. The moves go through lua_geti/lua_seti, as Lua's: metamethods run
 * as Lua code, under the hook.   [-(2|3), +0, e] */
static int l_guard_insert(lua_State *L)
{
    lua_Integer e = len_of(L, 1);
    if (e < 0) return negative_error(L, "table.insert");
    if (e >= RANGE_LIMIT) return range_error(L, "table.insert");
    e++; /* the first empty slot */
    lua_Integer pos = e;
    switch (lua_gettop(L)) {
    case 2:
        break;
    case 3:
        pos = luaL_checkinteger(L, 2);
        luaL_argcheck(L, (lua_Unsigned)pos - 1u < (lua_Unsigned)e, 2, "position out of bounds");
        for (lua_Integer i = e; i > pos; i--) {
            lua_geti(L, 1, i - 1);
            lua_seti(L, 1, i);
        }
        break;
    default:
        return luaL_error(L, "wrong number of arguments to 'insert'");
    }
    lua_seti(L, 1, pos);
    return 0;
}

/* [-(1|2), +1, e] */
static int l_guard_remove(lua_State *L)
{
    lua_Integer size = len_of(L, 1);
    if (size < 0) return negative_error(L, "table.remove");
    if (size > RANGE_LIMIT) return range_error(L, "table.remove");
    lua_Integer pos = luaL_optinteger(L, 2, size);
    if (pos != size)
        luaL_argcheck(L, (lua_Unsigned)pos - 1u <= (lua_Unsigned)size, 2, "position out of bounds");
    lua_geti(L, 1, pos);
    for (; pos < size; pos++) {
        lua_geti(L, 1, pos + 1);
        lua_seti(L, 1, pos);
    }
    lua_pushnil(L);
    lua_seti(L, 1, pos);
    return 1;
}

static int l_guard_move(lua_State *L)
{
    lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
    if (e >= f && (lua_Unsigned)e - (lua_Unsigned)f >= (lua_Unsigned)RANGE_LIMIT)
        return range_error(L, "table.move");
    return call_original(L);
}

/* table.concat, with the range it checked handed to Lua's: no second __len.   [-n, +1, e] */
static int l_guard_concat(lua_State *L)
{
    lua_Integer n = lua_istable(L, 1) && lua_isnoneornil(L, 4) ? luaL_len(L, 1) : 0;
    lua_Integer i = luaL_optinteger(L, 3, 1), j = luaL_optinteger(L, 4, n);
    if (j >= i && (lua_Unsigned)j - (lua_Unsigned)i >= (lua_Unsigned)RANGE_LIMIT)
        return range_error(L, "table.concat");
    lua_settop(L, 2);
    lua_pushinteger(L, i);
    lua_pushinteger(L, j);
    return call_original(L);
}

/* The order table.sort uses when given none: `<`, but as a call, so that the sort's loop in C
 * makes a call for each comparison and the hook (which stops on calls) reaches it — a million
 * comparisons of one long string with itself take hours and no instruction.   [-2, +1, e] */
static int l_guard_less(lua_State *L)
{
    lua_pushboolean(L, lua_compare(L, 1, 2, LUA_OPLT));
    return 1;
}

static int l_guard_sort(lua_State *L)
{
    if (len_of(L, 1) > RANGE_LIMIT) return range_error(L, "table.sort");
    if (lua_isnoneornil(L, 2)) {
        lua_settop(L, 1);
        lua_pushcfunction(L, l_guard_less);
    }
    lua_settop(L, 2);
    return call_original(L);
}

/* ==== metatables and errors ================================================ */

/* setmetatable that refuses finalizers: Lua runs them with hooks off, so an endless loop
 * there could never be stopped. (__close needs a <close> variable: refused at load.) */
static int l_guard_setmetatable(lua_State *L)
{
    int t = lua_type(L, 2);
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_argexpected(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table");
    if (t == LUA_TTABLE) {
        static const char *const refused[] = {"__gc", "__close"};
        for (size_t i = 0; i < 2; i++) {
            lua_pushstring(L, refused[i]);
            int has = lua_rawget(L, 2) != LUA_TNIL;
            lua_pop(L, 1);
            if (has)
                return luaL_error(L, "metatables with %s are not allowed in levels", refused[i]);
        }
    }
    lua_settop(L, 2);
    return call_original(L);
}

/* The handler given to xpcall runs only for ordinary errors, never after an abort. */
static int l_guard_xpcall_handler(lua_State *L)
{
    script_guard *g = guard_of(L);
    if (g->stopped(g->ud, NULL)) return 1;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int l_guard_xpcall(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushboolean(L, 1); /* stack: f, h, args…, true */
    lua_pushvalue(L, 1);   /* f */
    lua_rotate(L, 3, 2);   /* f, h, true, f, args… */
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, l_guard_xpcall_handler, 1);
    lua_replace(L, 2); /* f, handler, true, f, args… */
    int status = lua_pcall(L, n - 2, LUA_MULTRET, 2);
    if (status != LUA_OK) {
        lua_pushboolean(L, 0);
        lua_pushvalue(L, -2);
        return 2;
    }
    return lua_gettop(L) - 2;
}

/* ==== load: text only, into the level's own environment ==================== */

static int l_guard_load(lua_State *L)
{
    size_t len;
    const char *src;
    int t = lua_type(L, 1);
    if (t == LUA_TFUNCTION) {
        /* A reader: gather its pieces first, so that the whole text is checked. */
        luaL_Buffer b;
        luaL_buffinit(L, &b);
        for (;;) {
            lua_pushvalue(L, 1);
            lua_call(L, 0, 1);
            if (lua_isnil(L, -1) || (lua_type(L, -1) == LUA_TSTRING && lua_rawlen(L, -1) == 0)) {
                lua_pop(L, 1);
                break;
            }
            if (lua_type(L, -1) != LUA_TSTRING)
                return luaL_error(L, "reader function must return a string");
            luaL_addvalue(&b);
        }
        luaL_pushresult(&b);
        lua_replace(L, 1);
    } else {
        luaL_checktype(L, 1, LUA_TSTRING);
    }
    src = lua_tolstring(L, 1, &len);
    const char *name = luaL_optstring(L, 2, "=(load)");
    if (len > 0 && src[0] == LUA_SIGNATURE[0]) {
        lua_pushnil(L);
        lua_pushliteral(L, "attempt to load a binary chunk: levels may load text only");
        return 2;
    }
    const char *why;
    int line = script_scan_source(src, len, &why);
    if (line) {
        lua_pushnil(L);
        lua_pushfstring(L, "%s:%d: %s", name, line, why);
        return 2;
    }
    if (luaL_loadbufferx(L, src, len, name, "t") != LUA_OK) {
        lua_pushnil(L);
        lua_insert(L, -2);
        return 2;
    }
    lua_getfield(L, LUA_REGISTRYINDEX, SCRIPT_ENV_KEY);
    lua_setupvalue(L, -2, 1); /* _ENV: the level's own environment, whatever was asked */
    return 1;
}

/* ==== coroutines: the hook follows the running thread ====================== */

/* Resumes co with narg values from L; returns the number of results moved to L, or -1
 * with the error object on top of L. */
static int resume(lua_State *L, lua_State *co, int narg)
{
    script_guard *g = guard_of(L);
    int st = lua_status(co);
    if ((st == LUA_OK && lua_gettop(co) == 0) || (st != LUA_OK && st != LUA_YIELD)) {
        lua_pushliteral(L, "cannot resume dead coroutine");
        return -1;
    }
    if (co == L || co == g->current) {
        lua_pushliteral(L, "cannot resume non-suspended coroutine");
        return -1;
    }
    if (!lua_checkstack(co, narg)) {
        lua_pushliteral(L, "too many arguments to resume");
        return -1;
    }
    lua_xmove(L, co, narg);
    lua_State *prev = g->current;
    g->current = co;
    g->stopped(g->ud, co); /* already stopped: co stops at once */
    int nres = 0;
    st = lua_resume(co, L, narg, &nres);
    g->current = prev;
    if (g->stopped(g->ud, L)) { /* stopped inside: stop here too, and for good */
        lua_pushliteral(L, "aborted");
        return -1;
    }
    if (st == LUA_OK || st == LUA_YIELD) {
        if (!lua_checkstack(L, nres + 1)) {
            lua_pop(co, nres);
            lua_pushliteral(L, "too many results to resume");
            return -1;
        }
        lua_xmove(co, L, nres);
        return nres;
    }
    lua_xmove(co, L, 1);
    return -1;
}

static int l_guard_resume(lua_State *L)
{
    lua_State *co = lua_tothread(L, 1);
    luaL_argexpected(L, co, 1, "coroutine");
    int r = resume(L, co, lua_gettop(L) - 1);
    script_guard *g = guard_of(L);
    if (g->stopped(g->ud, NULL)) return lua_error(L);
    if (r < 0) {
        lua_pushboolean(L, 0);
        lua_insert(L, -2);
        return 2;
    }
    lua_pushboolean(L, 1);
    lua_insert(L, -(r + 1));
    return r + 1;
}

static int l_guard_wrap_call(lua_State *L)
{
    lua_State *co = lua_tothread(L, lua_upvalueindex(1));
    int r = resume(L, co, lua_gettop(L));
    if (r < 0) return lua_error(L);
    return r;
}

static int l_guard_wrap(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TFUNCTION);
    lua_State *co = lua_newthread(L);
    lua_pushvalue(L, 1);
    lua_xmove(L, co, 1);
    lua_pushcclosure(L, l_guard_wrap_call, 1);
    return 1;
}

/* coroutine.close, kept from nesting deep (a known crash of Lua 5.4.4). */
static int l_guard_close(lua_State *L)
{
    script_guard *g = guard_of(L);
    if (g->close_depth >= CLOSE_DEPTH_LIMIT)
        return luaL_error(L, "coroutine.close: nested too deep for a level");
    g->close_depth++;
    int n = call_original(L);
    g->close_depth--;
    return n;
}

/* collectgarbage("count") only. */
static int l_guard_collectgarbage(lua_State *L)
{
    const char *opt = luaL_optstring(L, 1, "count");
    if (strcmp(opt, "count") != 0)
        return luaL_error(L, "collectgarbage: only \"count\" is allowed");
    lua_pushnumber(L, (lua_Number)lua_gc(L, LUA_GCCOUNT, 0) +
                          (lua_Number)lua_gc(L, LUA_GCCOUNTB, 0) / 1024.0);
    return 1;
}

/* ==== building the environment ============================================= */

/* The real library functions, guarded in place: strings reach the real string table through
 * their metatable, so a guard only in the environment's copy would leave the methods open.
 * Each guard gets the original as upvalue 1. "lib.name", or "name" for a global. */
static const luaL_Reg guards[] = {{"string.rep", l_guard_rep},
                                  {"string.format", l_guard_format},
                                  {"string.find", l_guard_find},
                                  {"string.match", l_guard_match},
                                  {"string.gmatch", l_guard_match},
                                  {"string.gsub", l_guard_match},
                                  {"table.insert", l_guard_insert},
                                  {"table.remove", l_guard_remove},
                                  {"table.move", l_guard_move},
                                  {"table.concat", l_guard_concat},
                                  {"table.sort", l_guard_sort},
                                  {"tostring", l_guard_tostring},
                                  {"setmetatable", l_guard_setmetatable},
                                  {"coroutine.close", l_guard_close},
                                  {"load", l_guard_load},
                                  {NULL, NULL}};

/* What each environment holds instead of a real function, which it never copies. */
static const luaL_Reg replacements[] = {{"coroutine.resume", l_guard_resume},
                                        {"coroutine.wrap", l_guard_wrap},
                                        {"xpcall", l_guard_xpcall},
                                        {"print", l_guard_print},
                                        {"collectgarbage", l_guard_collectgarbage},
                                        {NULL, NULL}};

/* Pushes the table that holds f->name ("lib.name": t[lib]; "name": t itself) and returns the
 * name within it.   [-0, +1] */
static const char *push_holder(lua_State *L, int t, const luaL_Reg *f)
{
    const char *dot = strchr(f->name, '.');
    if (!dot) {
        lua_pushvalue(L, t);
        return f->name;
    }
    lua_pushlstring(L, f->name, (size_t)(dot - f->name));
    lua_gettable(L, t);
    return dot + 1;
}

void script_guard_open(lua_State *L, script_guard *g)
{
    *(script_guard **)lua_getextraspace(L) = g;
    static const luaL_Reg libs[] = {
        {LUA_GNAME, luaopen_base},       {LUA_STRLIBNAME, luaopen_string},
        {LUA_TABLIBNAME, luaopen_table}, {LUA_MATHLIBNAME, luaopen_math},
        {LUA_UTF8LIBNAME, luaopen_utf8}, {LUA_COLIBNAME, luaopen_coroutine},
        {LUA_OSLIBNAME, luaopen_os},     {NULL, NULL}};
    for (const luaL_Reg *l = libs; l->func; l++) {
        luaL_requiref(L, l->name, l->func, 1);
        lua_pop(L, 1);
    }
    lua_getglobal(L, "string");
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
    lua_pushglobaltable(L);
    int globals = lua_gettop(L);
    for (const luaL_Reg *f = guards; f->name; f++) {
        const char *name = push_holder(L, globals, f); /* stack: _G, holder */
        lua_getfield(L, -1, name);
        lua_pushcclosure(L, f->func, 1);
        lua_setfield(L, -2, name);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    /* Lock the string metatable: getmetatable("") gives nothing to change. */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);
    script_guard_push_env(L);
    lua_setfield(L, LUA_REGISTRYINDEX, SCRIPT_ENV_KEY);
}

void script_guard_reset(script_guard *g)
{
    g->close_depth = 0;
    g->current = NULL;
}

static void copy_fields(lua_State *L, int src, int dst, const char *const *names)
{
    for (; *names; names++) {
        lua_getfield(L, src, *names);
        lua_setfield(L, dst, *names);
    }
}

/* env[lib] = a new table with only `names` of the global table `lib`.   [-0, +0] */
static void copy_lib(lua_State *L, int env, const char *lib, const char *const *names)
{
    lua_getglobal(L, lib);
    lua_newtable(L);
    copy_fields(L, -2, lua_gettop(L), names);
    lua_setfield(L, env, lib);
    lua_pop(L, 1);
}

static const char *const base_names[] = {
    "assert",       "error",        "ipairs", "next",     "pairs",    "pcall",    "rawequal",
    "rawget",       "rawlen",       "rawset", "select",   "tonumber", "tostring", "type",
    "getmetatable", "setmetatable", "load",   "_VERSION", NULL};
static const char *const string_names[] = {
    "byte", "char",    "find", "format", "gmatch", "gsub",     "len",    "lower", "match",
    "rep",  "reverse", "sub",  "upper",  "pack",   "packsize", "unpack", NULL};
static const char *const table_names[] = {"concat", "insert", "move",   "pack",
                                          "remove", "sort",   "unpack", NULL};
static const char *const math_names[] = {
    "abs",       "ceil", "cos",    "deg",        "exp",  "floor",      "fmod",
    "huge",      "log",  "max",    "maxinteger", "min",  "mininteger", "modf",
    "pi",        "rad",  "random", "randomseed", "sin",  "sqrt",       "tan",
    "tointeger", "type", "ult",    "atan",       "asin", "acos",       NULL};
static const char *const utf8_names[] = {"char", "charpattern", "codes", "codepoint",
                                         "len",  "offset",      NULL};
static const char *const coroutine_names[] = {"create", "isyieldable", "running", "status",
                                              "yield",  "close",       NULL};
static const char *const os_names[] = {"time", "clock", "date", "difftime", NULL};

void script_guard_push_env(lua_State *L)
{
    lua_newtable(L);
    int env = lua_gettop(L);
    lua_pushglobaltable(L);
    copy_fields(L, -1, env, base_names);
    lua_pop(L, 1);
    copy_lib(L, env, "string", string_names);
    copy_lib(L, env, "table", table_names);
    copy_lib(L, env, "math", math_names);
    copy_lib(L, env, "utf8", utf8_names);
    copy_lib(L, env, "coroutine", coroutine_names);
    copy_lib(L, env, "os", os_names);
    for (const luaL_Reg *f = replacements; f->name; f++) {
        const char *name = push_holder(L, env, f); /* stack: env, holder */
        lua_pushcfunction(L, f->func);
        lua_setfield(L, -2, name);
        lua_pop(L, 1);
    }
    lua_pushvalue(L, env);
    lua_setfield(L, env, "_G");
}

static int l_guard_collect_names(lua_State *L)
{
    void (*fn)(void *, const char *) = (void (*)(void *, const char *))lua_touserdata(L, 1);
    void *ud = lua_touserdata(L, 2);
    script_guard_open(L, NULL); /* no code runs here: the guards need no state */
    script_guard_push_env(L);
    int env = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, env)) {
        const char *k = lua_tostring(L, -2);
        if (lua_type(L, -1) == LUA_TTABLE && strcmp(k, "_G") != 0) {
            lua_pushnil(L);
            while (lua_next(L, -2)) {
                char full[128];
                snprintf(full, sizeof full, "%s.%s", k, lua_tostring(L, -2));
                fn(ud, full);
                lua_pop(L, 1);
            }
        } else {
            fn(ud, k);
        }
        lua_pop(L, 1);
    }
    return 0;
}

void script_api_names(void (*fn)(void *ud, const char *name), void *ud)
{
    lua_State *L = luaL_newstate();
    if (!L) return;
    lua_pushcfunction(L, l_guard_collect_names);
    lua_pushlightuserdata(L, (void *)fn);
    lua_pushlightuserdata(L, ud);
    lua_pcall(L, 2, 0, 0);
    lua_close(L);
}

/* script_vm.c — the sandbox: a fresh Lua state per level, an allow-list environment,
 * a memory cap through the allocator and a wall-clock budget through a count hook.
 * The reason for an abort comes from our own flags, never from the error message.
 */
#include "script_vm.h"

#include <lauxlib.h>
#include <lualib.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCRIPT_ENV_KEY "vigie.env"
#define DEFAULT_CAP (64u << 20)
#define DEFAULT_BUDGET_MS 1000u
#define HOOK_COUNT 10000
#define PRINT_LIMIT 16384

/* ---- memory ------------------------------------------------------------- */

static void *vm_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    script_vm *vm = ud;
    if (!ptr) osize = 0;
    if (nsize == 0) {
        free(ptr);
        vm->used -= osize;
        return NULL;
    }
    if (nsize > osize && vm->used - osize + nsize > vm->cap) {
        if (vm->L && !vm->aborted) {
            vm->aborted = SCRIPT_ABORT_MEMORY;
            lua_sethook(vm->L, NULL, 0, 0); /* re-armed below: the hook fires at once */
        }
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (!p) return NULL;
    vm->used = vm->used - osize + nsize;
    return p;
}

/* ---- time --------------------------------------------------------------- */

static bool past(const struct timespec *t)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec > t->tv_sec || (now.tv_sec == t->tv_sec && now.tv_nsec >= t->tv_nsec);
}

static script_vm *vm_of(lua_State *L)
{
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return ud;
}

static void vm_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    script_vm *vm = vm_of(L);
    if (!vm->aborted) {
        if (!vm->timed || !past(&vm->deadline)) return;
        vm->aborted = SCRIPT_ABORT_TIME;
    }
    /* Sticky: fire on every instruction from now on, so a pcall cannot swallow it. */
    lua_sethook(L, vm_hook, LUA_MASKCOUNT, 1);
    luaL_error(L, "aborted");
}

static int vm_panic(lua_State *L)
{
    (void)L;
    /* Unprotected errors never happen in our calls (everything goes through pcall);
     * if one does, say so rather than abort silently. */
    fprintf(stderr, "vigie: unprotected Lua error\n");
    return 0;
}

/* ---- safe replacements for library functions ----------------------------- */

/* setmetatable that refuses finalizers and to-be-closed handlers: Lua runs those with
 * hooks off, so an endless loop there could never be stopped.   [-2, +1, e] */
static int l_setmetatable(lua_State *L)
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
            if (has) return luaL_error(L, "metatables with %s are not allowed in levels", refused[i]);
        }
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* The handler given to xpcall runs only for ordinary errors, never after an abort. */
static int xpcall_handler(lua_State *L)
{
    if (vm_of(L)->aborted) return 1;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int l_xpcall(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushboolean(L, 1);             /* stack: f, h, args…, true */
    lua_pushvalue(L, 1);               /* f */
    lua_rotate(L, 3, 2);               /* f, h, true, f, args… */
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, xpcall_handler, 1);
    lua_replace(L, 2);                 /* f, handler, true, f, args… */
    int status = lua_pcall(L, n - 2, LUA_MULTRET, 2);
    if (status != LUA_OK) {
        lua_pushboolean(L, 0);
        lua_pushvalue(L, -2);
        return 2;
    }
    return lua_gettop(L) - 2;
}

/* load: text only, into the level's own environment.   [-(1..4), +(1|2)] */
static int l_load(lua_State *L)
{
    lua_settop(L, 2);                           /* chunk, chunkname */
    lua_pushvalue(L, lua_upvalueindex(1));      /* the real load */
    lua_insert(L, 1);
    lua_pushliteral(L, "t");
    lua_getfield(L, LUA_REGISTRYINDEX, SCRIPT_ENV_KEY);
    lua_call(L, 4, LUA_MULTRET);
    return lua_gettop(L);
}

/* string.rep without the C loop that an empty string with a huge count would make. */
static int l_rep(lua_State *L)
{
    size_t l, lsep = 0;
    luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    if (n <= 0 || l + lsep == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    script_vm *vm = vm_of(L);
    if ((lua_Unsigned)n > vm->cap / (l + lsep))
        return luaL_error(L, "string.rep: the result would be larger than the level's memory");
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* print goes to stderr, tagged, and stops after a few kilobytes. */
static int l_print(lua_State *L)
{
    script_vm *vm = vm_of(L);
    int n = lua_gettop(L);
    for (int i = 1; i <= n; i++) {
        size_t len;
        const char *s = luaL_tolstring(L, i, &len);
        if (vm->printed < PRINT_LIMIT) {
            size_t room = PRINT_LIMIT - vm->printed;
            fprintf(stderr, "%s%.*s", i > 1 ? "\t" : "level: ", (int)(len < room ? len : room), s);
        }
        vm->printed += len + 1;
        lua_pop(L, 1);
    }
    if (vm->printed < PRINT_LIMIT) fputc('\n', stderr);
    return 0;
}

/* collectgarbage("count") only. */
static int l_collectgarbage(lua_State *L)
{
    const char *opt = luaL_optstring(L, 1, "count");
    if (strcmp(opt, "count") != 0) return luaL_error(L, "collectgarbage: only \"count\" is allowed");
    lua_pushnumber(L, (lua_Number)lua_gc(L, LUA_GCCOUNT, 0) +
                          (lua_Number)lua_gc(L, LUA_GCCOUNTB, 0) / 1024.0);
    return 1;
}

/* ---- the environment ----------------------------------------------------- */

static void copy_fields(lua_State *L, int src, int dst, const char *const *names)
{
    for (; *names; names++) {
        lua_getfield(L, src, *names);
        lua_setfield(L, dst, *names);
    }
}

/* Copies library `lib` (global name) into env[lib] with only `names`.   [-0, +0] */
static void copy_lib(lua_State *L, int env, const char *lib, const char *const *names)
{
    lua_getglobal(L, lib);
    lua_newtable(L);
    copy_fields(L, -2, lua_gettop(L), names);
    lua_setfield(L, env, lib);
    lua_pop(L, 1);
}

/* Wraps global lib.fn (or global fn when lib is NULL) by f with the original as upvalue,
 * stored into dst.   [-0, +0] */
static void wrap(lua_State *L, const char *lib, const char *fn, lua_CFunction f, int dst)
{
    if (lib) {
        lua_getglobal(L, lib);
        lua_getfield(L, -1, fn);
        lua_remove(L, -2);
    } else {
        lua_getglobal(L, fn);
    }
    lua_pushcclosure(L, f, 1);
    lua_setfield(L, dst, fn);
}

static const char *const base_names[] = {
    "assert", "error",    "ipairs",   "next",   "pairs",  "pcall", "rawequal", "rawget",
    "rawlen", "rawset",   "select",   "tonumber", "tostring", "type", "getmetatable",
    "_VERSION", NULL};
static const char *const string_names[] = {"byte",  "char",   "find",  "format", "gmatch",
                                           "gsub",  "len",    "lower", "match",  "reverse",
                                           "sub",   "upper",  "pack",  "packsize", "unpack",
                                           NULL};
static const char *const table_names[] = {"concat", "insert", "move", "pack", "remove",
                                          "sort",   "unpack", NULL};
static const char *const math_names[] = {
    "abs",  "ceil", "cos",     "deg",       "exp",  "floor", "fmod", "huge", "log",
    "max",  "maxinteger", "min", "mininteger", "modf", "pi",  "rad",  "random",
    "randomseed", "sin", "sqrt", "tan", "tointeger", "type", "ult", "atan", "asin", "acos",
    NULL};
static const char *const utf8_names[] = {"char", "charpattern", "codes", "codepoint", "len",
                                         "offset", NULL};
static const char *const coroutine_names[] = {"create", "isyieldable", "resume", "running",
                                              "status", "wrap", "yield", NULL};
static const char *const os_names[] = {"time", "clock", "date", "difftime", NULL};

/* Builds a fresh safe environment table.   [-0, +1] */
static void push_safe_env(lua_State *L)
{
    lua_newtable(L);
    int env = lua_gettop(L);
    lua_pushglobaltable(L);
    copy_fields(L, -1, env, base_names);
    lua_pop(L, 1);
    copy_lib(L, env, "string", string_names);
    lua_getfield(L, env, "string");
    wrap(L, "string", "rep", l_rep, lua_gettop(L));
    lua_pop(L, 1);
    copy_lib(L, env, "table", table_names);
    copy_lib(L, env, "math", math_names);
    copy_lib(L, env, "utf8", utf8_names);
    copy_lib(L, env, "coroutine", coroutine_names);
    copy_lib(L, env, "os", os_names);
    wrap(L, NULL, "setmetatable", l_setmetatable, env);
    lua_pushcfunction(L, l_xpcall);
    lua_setfield(L, env, "xpcall");
    lua_pushcfunction(L, l_print);
    lua_setfield(L, env, "print");
    lua_pushcfunction(L, l_collectgarbage);
    lua_setfield(L, env, "collectgarbage");
    lua_pushvalue(L, env);
    lua_setfield(L, env, "_G");
}

static int open_state(lua_State *L)
{
    static const luaL_Reg libs[] = {
        {LUA_GNAME, luaopen_base},         {LUA_STRLIBNAME, luaopen_string},
        {LUA_TABLIBNAME, luaopen_table},   {LUA_MATHLIBNAME, luaopen_math},
        {LUA_UTF8LIBNAME, luaopen_utf8},   {LUA_COLIBNAME, luaopen_coroutine},
        {LUA_OSLIBNAME, luaopen_os},       {NULL, NULL}};
    for (const luaL_Reg *l = libs; l->func; l++) {
        luaL_requiref(L, l->name, l->func, 1);
        lua_pop(L, 1);
    }
    /* string.dump goes from the real table too: strings index it through their metatable. */
    lua_getglobal(L, "string");
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
    /* Lock the string metatable: getmetatable("") gives nothing to change. */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);

    push_safe_env(L);
    int env = lua_gettop(L);
    wrap(L, NULL, "load", l_load, env);
    lua_setfield(L, LUA_REGISTRYINDEX, SCRIPT_ENV_KEY);
    return 0;
}

bool script_vm_open(script_vm *vm, const script_options *opt, game_error *err)
{
    memset(vm, 0, sizeof *vm);
    vm->cap = opt && opt->memory_cap ? opt->memory_cap : DEFAULT_CAP;
    vm->budget_ms = opt && opt->budget_ms ? opt->budget_ms : DEFAULT_BUDGET_MS;
    lua_State *L = lua_newstate(vm_alloc, vm);
    if (!L) return game_error_set(err, NULL, 0, "cannot create a Lua state (out of memory)");
    vm->L = L;
    lua_atpanic(L, vm_panic);
    lua_pushcfunction(L, open_state);
    if (lua_pcall(L, 0, 0, 0) != LUA_OK) {
        game_error_set(err, NULL, 0, "cannot set up the sandbox: %s", lua_tostring(L, -1));
        script_vm_close(vm);
        return false;
    }
    /* Seed math.random: from the session seed when a run must be reproducible. */
    uint64_t seed = opt && opt->has_seed ? opt->seed : 0;
    if (!(opt && opt->has_seed)) {
        FILE *f = fopen("/dev/urandom", "rb");
        if (f) {
            if (fread(&seed, sizeof seed, 1, f) != 1) seed = (uint64_t)time(NULL);
            fclose(f);
        }
    }
    lua_getglobal(L, "math");
    lua_getfield(L, -1, "randomseed");
    lua_pushinteger(L, (lua_Integer)(seed & 0x7fffffffffffffffULL));
    lua_pcall(L, 1, 0, 0);
    lua_pop(L, 1);
    lua_sethook(L, vm_hook, LUA_MASKCOUNT, HOOK_COUNT);
    return true;
}

void script_vm_close(script_vm *vm)
{
    if (vm->L) lua_close(vm->L);
    vm->L = NULL;
}

/* ---- loading and calling ------------------------------------------------- */

/* Keeps "path:line: msg" readable: Lua's own chunk names are "@path". */
static void fill_error(script_vm *vm, const char *path, const char *msg, game_error *err)
{
    if (vm->aborted == SCRIPT_ABORT_TIME) {
        game_error_set(err, path, 0,
                       "the level ran for more than %u ms and was stopped (an endless loop?)",
                       vm->budget_ms);
        return;
    }
    if (vm->aborted == SCRIPT_ABORT_MEMORY) {
        game_error_set(err, path, 0, "the level used more than %zu MiB of memory and was stopped",
                       vm->cap >> 20);
        return;
    }
    int line = 0;
    const char *text = msg;
    size_t plen = strlen(path);
    /* Lua prefixes the message with the chunk's name and line: take the line from it. */
    if (strncmp(msg, path, plen) == 0 && msg[plen] == ':') {
        char *end;
        long l = strtol(msg + plen + 1, &end, 10);
        if (end != msg + plen + 1 && *end == ':') {
            line = (int)l;
            text = end + 1;
            while (*text == ' ') text++;
        }
    }
    game_error_set(err, path, line, "%s", text);
}

bool script_vm_load(script_vm *vm, const char *src, size_t len, const char *path, game_error *err)
{
    lua_State *L = vm->L;
    if (len > 0 && src[0] == LUA_SIGNATURE[0])
        return game_error_set(err, path, 0,
                              "this is compiled Lua bytecode; levels must be Lua source text");
    char chunk[300];
    snprintf(chunk, sizeof chunk, "@%s", path);
    vm->aborted = SCRIPT_ABORT_NONE;
    int st = luaL_loadbufferx(L, src, len, chunk, "t");
    if (st != LUA_OK) {
        const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "cannot load";
        fill_error(vm, path, msg, err);
        lua_pop(L, 1);
        return false;
    }
    lua_getfield(L, LUA_REGISTRYINDEX, SCRIPT_ENV_KEY);
    lua_setupvalue(L, -2, 1); /* _ENV */
    return true;
}

bool script_vm_load_engine(script_vm *vm, const char *name, game_error *err)
{
    size_t len;
    const char *src = script_embedded_find(name, &len);
    if (!src) return game_error_set(err, name, 0, "engine script missing from the build");
    char chunk[128];
    snprintf(chunk, sizeof chunk, "=scripts/%s", name);
    if (luaL_loadbufferx(vm->L, src, len, chunk, "t") != LUA_OK) {
        game_error_set(err, name, 0, "%s", lua_tostring(vm->L, -1));
        lua_pop(vm->L, 1);
        return false;
    }
    push_safe_env(vm->L);
    lua_setupvalue(vm->L, -2, 1);
    return true;
}

/* Message handler: never calls the level's metamethods on the error object. */
static int vm_msgh(lua_State *L)
{
    if (lua_type(L, 1) != LUA_TSTRING) {
        lua_pushfstring(L, "error object is a %s value", luaL_typename(L, 1));
        return 1;
    }
    return 1;
}

bool script_vm_call(script_vm *vm, int nargs, int nres, const char *path, game_error *err)
{
    lua_State *L = vm->L;
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, vm_msgh);
    lua_insert(L, base);
    clock_gettime(CLOCK_MONOTONIC, &vm->deadline);
    vm->deadline.tv_sec += vm->budget_ms / 1000;
    vm->deadline.tv_nsec += (long)(vm->budget_ms % 1000) * 1000000L;
    if (vm->deadline.tv_nsec >= 1000000000L) {
        vm->deadline.tv_sec++;
        vm->deadline.tv_nsec -= 1000000000L;
    }
    vm->timed = true;
    vm->aborted = SCRIPT_ABORT_NONE;
    lua_sethook(L, vm_hook, LUA_MASKCOUNT, HOOK_COUNT);
    int st = lua_pcall(L, nargs, nres, base);
    vm->timed = false;
    bool ok = st == LUA_OK && !vm->aborted;
    if (!ok) {
        const char *msg = st != LUA_OK && lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1)
                          : st == LUA_ERRMEM                              ? "not enough memory"
                                                                          : "error";
        if (st == LUA_ERRMEM && !vm->aborted) vm->aborted = SCRIPT_ABORT_MEMORY;
        fill_error(vm, path, msg, err);
        lua_settop(L, base - 1);
        lua_sethook(L, vm_hook, LUA_MASKCOUNT, HOOK_COUNT);
        return false;
    }
    lua_remove(L, base);
    return true;
}

char *script_read_file(const char *path, size_t *len, game_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        game_error_set(err, path, 0, "cannot open the file: %s", strerror(errno));
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0) break;
        if (n == cap) {
            if (cap >= (16u << 20)) {
                free(buf);
                buf = NULL;
                fclose(f);
                game_error_set(err, path, 0, "the file is larger than 16 MiB");
                return NULL;
            }
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    bool failed = ferror(f);
    fclose(f);
    if (!buf || failed) {
        free(buf);
        game_error_set(err, path, 0, "cannot read the file");
        return NULL;
    }
    buf[n < cap ? n : cap - 1] = '\0';
    if (n == cap) { /* keep room for the terminator */
        char *nb = realloc(buf, cap + 1);
        if (!nb) {
            free(buf);
            game_error_set(err, path, 0, "out of memory");
            return NULL;
        }
        buf = nb;
        buf[n] = '\0';
    }
    *len = n;
    return buf;
}

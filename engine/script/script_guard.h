/* script_guard.h — internal to script/: the standard library a level sees (script_guard.c)
 * and what its guards need from the state that runs them. The guards know nothing of
 * script_vm: the vm hands them a script_guard when it opens a state, so the vm depends on the
 * guard and never the other way round.
 */
#ifndef VIGIE_SCRIPT_GUARD_H
#define VIGIE_SCRIPT_GUARD_H

#include <lua.h>

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>

/* registry[SCRIPT_ENV_KEY]: the level's environment, which its chunks and load() get as _ENV. */
#define SCRIPT_ENV_KEY "vigie.env"

/* The guards' view of one state. Owned by whoever opened the state, for the state's life. */
typedef struct {
    size_t cap;      /* bytes the state may use: string.rep refuses more */
    bool quiet;      /* print() prints nothing */
    size_t printed;  /* bytes print() has let through */
    int close_depth; /* nesting of coroutine.close */
    /* Non-zero while the C library holds a lock for us (stdio in print, malloc in the
     * allocator): the watchdog must not leave the call from there (script_vm.c). */
    volatile sig_atomic_t in_libc;
    lua_State *volatile current; /* the coroutine running now, NULL for the main thread */
    /* Whether the state has been stopped (out of time or memory) for good; when it has and T
     * is not NULL, T is stopped too: every instruction it runs from now on errors. */
    bool (*stopped)(void *ud, lua_State *T);
    void *ud;
} script_guard;

/* Opens the real libraries the environments copy from, guards them in place, removes
 * string.dump, locks the string metatable and keeps a level environment at
 * registry[SCRIPT_ENV_KEY]. The guards find g through the state (and its coroutines); g may be
 * NULL for a state that runs no code (script_api_names).   [-0, +0] */
void script_guard_open(lua_State *L, script_guard *g);
/* Before each call into the state: no coroutine runs, no coroutine.close is nested. */
void script_guard_reset(script_guard *g);
/* Builds a fresh safe environment table.   [-0, +1] */
void script_guard_push_env(lua_State *L);

#endif

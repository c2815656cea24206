/* script_vm.h — internal to script/: one sandboxed Lua state with its budgets.
 * Everything that touches lua_State lives under engine/script/.
 */
#ifndef VIGIE_SCRIPT_VM_H
#define VIGIE_SCRIPT_VM_H

#include "script.h"
#include "script_guard.h"
#include "script_scan.h"

#include <lua.h>
#include <signal.h>
#include <time.h>

typedef enum {
    SCRIPT_ABORT_NONE = 0,
    SCRIPT_ABORT_TIME,   /* over its time budget */
    SCRIPT_ABORT_MEMORY, /* over its memory cap */
    SCRIPT_ABORT_STUCK,  /* stuck in C past the watchdog: the state was left behind */
} script_abort;

typedef struct {
    lua_State *L;
    script_guard guard; /* what the guards see: the cap, print's count, the running coroutine */
    size_t used, cap;
    uint32_t budget_ms;          /* of the thread's CPU time; the wall clock allows a few */
    struct timespec deadline;    /* poll: the budget's end, in the thread's CPU time */
    struct timespec ceiling;     /* poll: the wall-clock ceiling */
    bool poll;                   /* no timer signal here: the hook polls the clocks */
    volatile sig_atomic_t fired; /* a timer went off during this call */
    script_abort aborted;        /* sticky: once set, every later instruction errors */
    int abort_line;              /* where the level was when it was stopped */
    const char *path;            /* the file being run, for messages */
    /* The watchdog left a call stuck in C: the state it ran in was abandoned (never touched
     * again), L is now an empty state of its own, and every later call fails at once. */
    bool broken;
    long paused_ms; /* script_vm_pause: what was left of the call's budget, -1 not paused */
} script_vm;

#define SCRIPT_PLAY_KEY "vigie.play" /* registry: each game question's callbacks */
#define SCRIPT_GAME_KEY "vigie.game" /* registry: the running game's `g` table */

#include "game/game_play.h"

/* The mini-game being played in a level's state (script_play.c). */
typedef struct {
    bool running;    /* started, not failed, not finished */
    bool drawing;    /* inside draw: g's drawing functions work */
    size_t question; /* written index */
    game_lang lang;
    double clock;             /* seconds of game time */
    uint32_t limit_ms;        /* the question's time, 0 untimed */
    uint32_t frame_budget_ms; /* update, draw, input */
    game_canvas *canvas;      /* the frame being drawn */
    unsigned char sounds[GAME_CANVAS_SOUNDS];
    size_t nsounds;
    bool reduced_motion; /* the player's setting: g.reduced_motion (kept across starts) */
} script_play;

struct script_level {
    script_vm vm;
    game_level *level;
    /* The rule — the level's, else its pack's, else the engine's default — stays at index 1
     * of the state's stack: calling it then needs no allocation outside a protected call. */
    char *score_where; /* the file the rule comes from, for messages */
    script_play play;
};

/* Creates the state and the level environment (registry[SCRIPT_ENV_KEY]). */
bool script_vm_open(script_vm *vm, const script_options *opt, game_error *err);
void script_vm_close(script_vm *vm);

/* Loads a text chunk with the level environment as _ENV.   [-0, +1 on success] */
bool script_vm_load(script_vm *vm, const char *src, size_t len, const char *path, game_error *err);

/* What the syntax error msg (Lua's text, without "path:line: ") at line usually means, worked
 * out from the source src: fills err's hint fields, or leaves them when it cannot tell
 * (script_syntax.c). */
void script_syntax_hint(const char *src, size_t len, const char *msg, int line, game_error *err);

/* Loads an engine script (trusted, embedded) into a fresh environment holding only the
 * safe libraries.   [-0, +1 on success] */
bool script_vm_load_engine(script_vm *vm, const char *name, game_error *err);

/* The same on a bare state: pushes the chunk, or the message (the status says which); a script
 * the build lacks is LUA_ERRFILE. Allocates: run it protected.   [-0, +1] */
int script_embedded_load(lua_State *L, const char *name);

/* Calls the function below nargs arguments under the budget, as lua_pcall.
 * On failure err names the file, the line and the reason; the stack is balanced.
 * [-(nargs+1), +nres on success, +0 on failure] */
bool script_vm_call(script_vm *vm, int nargs, int nres, const char *path, game_error *err);

/* Stops counting the running call's time while the engine itself works in the state
 * (reading the level's tables, which runs none of its code): that time is the engine's, not
 * the level's. script_vm_resume gives the call back what was left of its budget. Only from
 * inside a call made by script_vm_call; pairs do not nest. */
void script_vm_pause(script_vm *vm);
void script_vm_resume(script_vm *vm);

/* ---- script_vm.c, and generated at build time ---- */

/* Reads a whole file; NULL with err filled on failure. */
char *script_read_file(const char *path, size_t *len, game_error *err);

/* The embedded engine scripts (generated at build time from scripts/). */
const char *script_embedded_find(const char *name, size_t *len);

#endif

/* script_vm.c — one sandboxed Lua state: its allocator with a memory cap, its time budget,
 * and every call into it.
 *
 * The budget costs nothing while the level runs: no hook is installed. A timer on the CPU
 * time of the thread that runs the level (so that a loaded machine does not shorten it)
 * sends a signal when the time is up, and so does a wall-clock timer at a few budgets; the
 * handler installs a hook on the running Lua thread (lua_sethook is safe in a signal
 * handler), and the hook stops the level at its next instruction. Once stopped, the hook
 * stays on and fires on every instruction, so a pcall in the level cannot swallow the
 * abort. The reason comes from our flags, never from the message, which a level can forge.
 * If the wall-clock timer goes off two seconds after that, the level is stuck in C where no
 * hook reaches: the handler leaves the call (siglongjmp back into script_vm_call) and the
 * state is marked broken, never touched again and never freed; the level fails, the game goes
 * on (see docs/sandbox.md).
 */
#define _GNU_SOURCE
#include "script_vm.h"

#include <lauxlib.h>
#include <lualib.h>

#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define DEFAULT_CAP       (64u << 20)
#define DEFAULT_BUDGET_MS 1000u
#define POLL_COUNT        10000 /* instructions between clock reads, without a timer */
#define STUCK_GRACE_MS    2000
#define STUCK_RETRY_MS    50 /* the watchdog waits while the C library holds a lock for us */
#define STUCK_RETRIES     100
#define WALL_BUDGETS      4 /* a call's wall-clock ceiling, in budgets: a loaded machine's slack */

static void vm_abort(script_vm *vm, lua_State *T, script_abort why);

/* ==== memory ================================================================ */

static void *vm_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    script_vm *vm = ud;
    if (!ptr) osize = 0;
    if (nsize == 0) {
        vm->guard.in_libc++;
        free(ptr);
        vm->guard.in_libc--;
        vm->used -= osize;
        return NULL;
    }
    if (nsize > osize && vm->used - osize + nsize > vm->cap) {
        /* Out of its memory: the allocation fails (Lua raises a memory error) and the
         * level is stopped for good. */
        if (vm->L && !vm->aborted)
            vm_abort(vm, vm->guard.current ? vm->guard.current : vm->L, SCRIPT_ABORT_MEMORY);
        return NULL;
    }
    vm->guard.in_libc++;
    void *p = realloc(ptr, nsize);
    vm->guard.in_libc--;
    if (!p) return NULL;
    vm->used = vm->used - osize + nsize;
    return p;
}

/* The vm that owns L (its allocator's user data). */
static script_vm *vm_of(lua_State *L)
{
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return ud;
}

/* ==== the hook and the abort ================================================= */

/* The time on clock c, ms from now. */
static struct timespec after(clockid_t c, long ms)
{
    struct timespec t;
    clock_gettime(c, &t);
    t.tv_sec += ms / 1000;
    t.tv_nsec += (ms % 1000) * 1000000L;
    if (t.tv_nsec >= 1000000000L) {
        t.tv_sec++;
        t.tv_nsec -= 1000000000L;
    }
    return t;
}

static bool past(clockid_t c, const struct timespec *t)
{
    struct timespec now;
    clock_gettime(c, &now);
    return now.tv_sec > t->tv_sec || (now.tv_sec == t->tv_sec && now.tv_nsec >= t->tv_nsec);
}

/* Poll mode: over the budget in this thread's CPU time, or over the wall-clock ceiling. */
static bool poll_over(const script_vm *vm)
{
    return past(CLOCK_THREAD_CPUTIME_ID, &vm->deadline) || past(CLOCK_MONOTONIC, &vm->ceiling);
}

static void vm_hook(lua_State *L, lua_Debug *ar)
{
    script_vm *vm = vm_of(L);
    if (!vm->aborted) {
        if (!vm->fired && !(vm->poll && poll_over(vm))) return;
        vm->aborted = SCRIPT_ABORT_TIME;
    }
    if (!vm->abort_line && lua_getinfo(L, "Sl", ar) && ar->currentline > 0 && ar->source[0] == '@')
        vm->abort_line = ar->currentline;
    /* Sticky: fire on every instruction from now on. */
    lua_sethook(L, vm_hook, LUA_MASKCOUNT, 1);
    luaL_error(L, "aborted");
}

/* Stops the level now: sets the sticky abort on thread T. */
static void vm_abort(script_vm *vm, lua_State *T, script_abort why)
{
    if (!vm->aborted) vm->aborted = why;
    lua_sethook(T, vm_hook, LUA_MASKCOUNT, 1);
}

/* The guards' hook (script_guard.h): has the level been stopped? Then T stops too. */
static bool vm_stopped(void *ud, lua_State *T)
{
    script_vm *vm = ud;
    if (!vm->aborted) return false;
    if (T) vm_abort(vm, T, vm->aborted);
    return true;
}

/* ==== the timers ============================================================== */

/* The vm in a call on this process's Lua thread, for the signal handler. */
static script_vm *volatile g_active;
static volatile sig_atomic_t g_call_seq;
/* The budget, on the level thread's CPU time (the wall clock where that is not available),
 * and the wall-clock ceiling then watchdog. */
static timer_t g_budget, g_wall;
static pid_t g_timer_tid;
static int g_timer_ok; /* 0 not tried, 1 ready, -1 not available: poll instead */
static int g_signal;
/* Where the watchdog leaves a call stuck in C: set while lua_pcall runs in a timed call. */
static sigjmp_buf *volatile g_escape;
static volatile sig_atomic_t g_retries;
static script_vm *volatile g_inner; /* the innermost vm in a call (calls may nest) */
/* The states left behind by the watchdog: never used again, kept here so that a leak checker
 * sees them held, not lost. */
#define ABANDONED_MAX 64
static lua_State *g_abandoned[ABANDONED_MAX];
static size_t g_nabandoned;

enum { TIMER_BUDGET = 1, TIMER_WALL = 2 }; /* which timer a signal comes from */

static void arm(timer_t t, long ms)
{
    struct itimerspec its = {{0, 0}, {ms / 1000, (ms % 1000) * 1000000L}};
    timer_settime(t, 0, &its, NULL);
}

static void on_timer(int sig, siginfo_t *si, void *uc)
{
    (void)sig, (void)uc;
    int saved = errno;
    script_vm *vm = g_active;
    if (vm && vm->L) {
        if (!vm->fired) {
            /* Over the budget, or the wall-clock ceiling: stop at the next instruction, and
             * from now on the wall clock only gives it the grace to get there. */
            vm->fired = 1;
            lua_State *T = vm->guard.current ? vm->guard.current : vm->L;
            lua_sethook(T, vm_hook, LUA_MASKCOUNT | LUA_MASKCALL | LUA_MASKRET, 1);
            arm(g_budget, 0);
            arm(g_wall, STUCK_GRACE_MS);
        } else if (si->si_value.sival_int == TIMER_WALL) {
            /* Still in the same call two seconds on: stuck in a C function no hook reaches.
             * Leave the call for script_vm_call, which marks the state broken; but not from
             * inside malloc or stdio, whose locks would stay taken: try again shortly. */
            if (g_escape && !vm->guard.in_libc && !g_inner->guard.in_libc) {
                vm->aborted = SCRIPT_ABORT_STUCK;
                g_inner->aborted = SCRIPT_ABORT_STUCK; /* the state that is stuck */
                siglongjmp(*g_escape, 1);
            }
            if (g_retries++ < STUCK_RETRIES) {
                arm(g_wall, STUCK_RETRY_MS);
            } else { /* never seen: held in the C library for seconds. Leave, not hang. */
                static const char a[] = "vigie: ";
                static const char b[] = ":1: the level is stuck in a library call\n";
                ssize_t r = write(2, a, sizeof a - 1);
                if (vm->path) r = write(2, vm->path, strlen(vm->path));
                r = write(2, b, sizeof b - 1);
                (void)r;
                _exit(1);
            }
        }
    }
    errno = saved;
}

/* A timer on clock c that signals thread tid only, telling which timer it is. */
static bool make_timer(clockid_t c, int which, pid_t tid, timer_t *out)
{
    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_THREAD_ID;
    sev.sigev_signo = g_signal;
    sev.sigev_value.sival_int = which;
    sev._sigev_un._tid = tid;
    return timer_create(c, &sev, out) == 0;
}

/* The two timers for this thread, signalling this thread only. */
static bool timer_ready(void)
{
    pid_t tid = (pid_t)syscall(SYS_gettid);
    if (g_timer_ok == 1 && g_timer_tid == tid) return true;
    if (g_timer_ok == -1) return false;
    if (g_timer_ok == 1) {
        timer_delete(g_budget);
        timer_delete(g_wall);
    }
    g_signal = SIGRTMIN + 3;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_timer;
    sa.sa_flags = SA_RESTART | SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    if (sigaction(g_signal, &sa, NULL) != 0 ||
        !make_timer(CLOCK_MONOTONIC, TIMER_WALL, tid, &g_wall)) {
        g_timer_ok = -1;
        return false;
    }
    if (!make_timer(CLOCK_THREAD_CPUTIME_ID, TIMER_BUDGET, tid, &g_budget) &&
        !make_timer(CLOCK_MONOTONIC, TIMER_BUDGET, tid, &g_budget)) {
        timer_delete(g_wall);
        g_timer_ok = -1;
        return false;
    }
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, g_signal);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    g_timer_tid = tid;
    g_timer_ok = 1;
    return true;
}

/* ==== the state ============================================================== */

static int l_vm_panic(lua_State *L)
{
    /* Only reachable for errors outside a protected call, which our code never makes. */
    const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?";
    fprintf(stderr, "vigie: unprotected Lua error: %s\n", msg);
    return 0;
}

/* Protected: the libraries, their guards and the level's environment.   [-1, +0, e] */
static int l_vm_open_state(lua_State *L)
{
    script_guard_open(L, lua_touserdata(L, 1));
    return 0;
}

/* The defaults, which VIGIE_LEVEL_MEMORY_MIB and VIGIE_LEVEL_BUDGET_MS may change. */
static size_t default_cap(void)
{
    const char *e = getenv("VIGIE_LEVEL_MEMORY_MIB");
    long v = e ? strtol(e, NULL, 10) : 0;
    return v >= 4 && v <= 4096 ? (size_t)v << 20 : DEFAULT_CAP;
}

static uint32_t default_budget(void)
{
    const char *e = getenv("VIGIE_LEVEL_BUDGET_MS");
    long v = e ? strtol(e, NULL, 10) : 0;
    return v >= 10 && v <= 60000 ? (uint32_t)v : DEFAULT_BUDGET_MS;
}

uint32_t script_default_budget_ms(void)
{
    return default_budget();
}

size_t script_default_memory_cap(void)
{
    return default_cap();
}

size_t script_level_memory(script_level *sl)
{
    if (!sl || sl->vm.broken || !sl->vm.L) return 0;
    lua_gc(sl->vm.L, LUA_GCCOLLECT);
    return sl->vm.used;
}

bool script_vm_open(script_vm *vm, const script_options *opt, game_error *err)
{
    memset(vm, 0, sizeof *vm);
    vm->cap = opt && opt->memory_cap ? opt->memory_cap : default_cap();
    vm->budget_ms = opt && opt->budget_ms ? opt->budget_ms : default_budget();
    vm->paused_ms = -1;
    vm->guard =
        (script_guard){.cap = vm->cap, .quiet = opt && opt->quiet, .stopped = vm_stopped, .ud = vm};
    lua_State *L = lua_newstate(vm_alloc, vm);
    if (!L) return game_error_set(err, NULL, 0, "cannot create a Lua state (out of memory)");
    vm->L = L;
    lua_atpanic(L, l_vm_panic);
    lua_pushcfunction(L, l_vm_open_state);
    lua_pushlightuserdata(L, &vm->guard);
    if (lua_pcall(L, 1, 0, 0) != LUA_OK) {
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
    return true;
}

void script_vm_close(script_vm *vm)
{
    if (vm->L) lua_close(vm->L);
    vm->L = NULL;
}

/* The watchdog left a call of vm stuck in C: its state may be halfway through anything (a
 * table being resized, a collection), so it is never touched again, not even to free it.
 * vm gets an empty state in its place, so that callers who push arguments before a call
 * write somewhere harmless; every later call fails at once. */
static void vm_abandon(script_vm *vm)
{
    if (vm->broken) return;
    vm->broken = true;
    if (g_nabandoned < ABANDONED_MAX) g_abandoned[g_nabandoned++] = vm->L;
    vm->used = 0;
    vm->L = NULL;
    lua_State *L = lua_newstate(vm_alloc, vm);
    if (L) lua_atpanic(L, l_vm_panic);
    vm->L = L;
}

/* ==== loading and calling ===================================================== */

/* "path:line: msg" keeps the line; Lua's own chunk names are "@path". */
static void fill_error(script_vm *vm, const char *path, const char *msg, game_error *err)
{
    if (vm->aborted == SCRIPT_ABORT_TIME) {
        game_error_set(err, path, vm->abort_line,
                       "the level ran for more than %u ms and was stopped (an endless loop?)",
                       vm->budget_ms);
        if (err) err->kind = GAME_ERR_TIME;
        return;
    }
    if (vm->aborted == SCRIPT_ABORT_MEMORY) {
        game_error_set(err, path, vm->abort_line,
                       "the level used more than %zu MiB of memory and was stopped", vm->cap >> 20);
        if (err) err->kind = GAME_ERR_MEMORY;
        return;
    }
    int line = 0;
    const char *text = msg;
    /* Lua names the chunk "path:LINE:", or, when the path is longer than its LUA_IDSIZE,
     * ".../end of path:LINE:": either way the file's own name, then its line. */
    size_t plen = strlen(path), head = 0;
    if (strncmp(msg, path, plen) == 0 && msg[plen] == ':') {
        head = plen;
    } else if (strncmp(msg, "...", 3) == 0) {
        for (const char *c = strchr(msg + 3, ':'); c && !head; c = strchr(c + 1, ':')) {
            size_t tail = (size_t)(c - (msg + 3));
            if (tail <= plen && strncmp(path + plen - tail, msg + 3, tail) == 0)
                head = (size_t)(c - msg);
        }
    }
    if (head) {
        char *end;
        long l = strtol(msg + head + 1, &end, 10);
        if (end != msg + head + 1 && *end == ':') {
            line = (int)l;
            text = end + 1;
            while (*text == ' ') text++;
        }
    }
    game_error_set(err, path, line, "%s", text);
    if (err) err->kind = GAME_ERR_RUNTIME;
}

bool script_vm_load(script_vm *vm, const char *src, size_t len, const char *path, game_error *err)
{
    lua_State *L = vm->L;
    if (len > 0 && src[0] == LUA_SIGNATURE[0]) {
        game_error_set(err, path, 0,
                       "this is compiled Lua bytecode; levels must be Lua source text");
        if (err) err->kind = GAME_ERR_FORBIDDEN;
        return false;
    }
    const char *why;
    int line = script_scan_source(src, len, &why);
    if (line) {
        game_error_set(err, path, line, "%s", why);
        if (err) err->kind = GAME_ERR_FORBIDDEN;
        return false;
    }
    char chunk[300];
    snprintf(chunk, sizeof chunk, "@%s", path);
    vm->aborted = SCRIPT_ABORT_NONE;
    int st = luaL_loadbufferx(L, src, len, chunk, "t");
    if (st != LUA_OK) {
        const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "cannot load";
        if (st == LUA_ERRMEM) vm->aborted = SCRIPT_ABORT_MEMORY;
        fill_error(vm, path, msg, err);
        if (err && st == LUA_ERRSYNTAX) {
            err->kind = GAME_ERR_SYNTAX;
            script_syntax_hint(src, len, err->message, err->line, err);
        }
        lua_pop(L, 1);
        return false;
    }
    lua_getfield(L, LUA_REGISTRYINDEX, SCRIPT_ENV_KEY);
    lua_setupvalue(L, -2, 1); /* _ENV */
    return true;
}

int script_embedded_load(lua_State *L, const char *name)
{
    size_t len;
    const char *src = script_embedded_find(name, &len);
    if (!src) {
        lua_pushliteral(L, "engine script missing from the build");
        return LUA_ERRFILE;
    }
    char chunk[128];
    snprintf(chunk, sizeof chunk, "=scripts/%s", name);
    int st = luaL_loadbufferx(L, src, len, chunk, "t");
    if (st != LUA_OK) return st;
    script_guard_push_env(L);
    lua_setupvalue(L, -2, 1);
    return LUA_OK;
}

bool script_vm_load_engine(script_vm *vm, const char *name, game_error *err)
{
    if (script_embedded_load(vm->L, name) == LUA_OK) return true;
    game_error_set(err, name, 0, "%s", lua_tostring(vm->L, -1));
    lua_pop(vm->L, 1);
    return false;
}

/* Message handler: never calls the level's metamethods on the error object. */
static int l_vm_msgh(lua_State *L)
{
    if (lua_type(L, 1) != LUA_TSTRING)
        lua_pushfstring(L, "error object is a %s value", luaL_typename(L, 1));
    return 1;
}

/* lua_pcall, which the watchdog may leave by siglongjmp: then -1 and the state is lost. */
static int vm_pcall(lua_State *L, int nargs, int nres, int base)
{
    sigjmp_buf escape;
    if (sigsetjmp(escape, 1)) {
        g_escape = NULL;
        return -1;
    }
    g_escape = &escape;
    int st = lua_pcall(L, nargs, nres, base);
    g_escape = NULL;
    return st;
}

static void stuck_error(const char *path, game_error *err)
{
    game_error_set(err, path, 0,
                   "the level is stuck in a library call and was stopped; it is marked broken "
                   "and the game goes on without it");
    if (err) err->kind = GAME_ERR_TIME;
}

bool script_vm_call(script_vm *vm, int nargs, int nres, const char *path, game_error *err)
{
    if (vm->broken || !vm->L) {
        if (vm->L) lua_settop(vm->L, 0);
        stuck_error(path, err);
        return false;
    }
    lua_State *L = vm->L;
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, l_vm_msgh);
    lua_insert(L, base);
    vm->aborted = SCRIPT_ABORT_NONE;
    vm->fired = 0;
    vm->abort_line = 0;
    script_guard_reset(&vm->guard);
    vm->path = path;
    lua_sethook(L, NULL, 0, 0);
    script_vm *outer = g_active;
    bool timed = outer == NULL && timer_ready();
    if (timed) {
        g_active = vm;
        arm(g_wall, (long)vm->budget_ms * WALL_BUDGETS);
        arm(g_budget, vm->budget_ms);
    } else {
        /* No timer here (or a call inside a call): poll the clocks from a count hook. */
        vm->poll = true;
        vm->deadline = after(CLOCK_THREAD_CPUTIME_ID, vm->budget_ms);
        vm->ceiling = after(CLOCK_MONOTONIC, (long)vm->budget_ms * WALL_BUDGETS);
        lua_sethook(L, vm_hook, LUA_MASKCOUNT, POLL_COUNT);
    }
    vm->paused_ms = -1;
    script_vm *inner = g_inner;
    g_inner = vm;
    int st = timed ? vm_pcall(L, nargs, nres, base) : lua_pcall(L, nargs, nres, base);
    script_vm *last = g_inner;
    g_inner = inner;
    if (timed) {
        arm(g_budget, 0);
        arm(g_wall, 0);
        g_active = NULL;
        g_retries = 0;
    }
    if (st < 0) { /* left by the watchdog: the state is lost, and so is any inside it */
        if (last && last != vm) vm_abandon(last);
        vm_abandon(vm);
        stuck_error(path, err);
        return false;
    }
    vm->poll = false;
    g_call_seq++;
    lua_sethook(L, NULL, 0, 0);
    bool ok = st == LUA_OK && !vm->aborted;
    if (!ok) {
        const char *msg = st != LUA_OK && lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1)
                          : st == LUA_ERRMEM                             ? "not enough memory"
                                                                         : "error";
        if (st == LUA_ERRMEM && !vm->aborted) vm->aborted = SCRIPT_ABORT_MEMORY;
        fill_error(vm, path, msg, err);
        lua_settop(L, base - 1);
        return false;
    }
    lua_remove(L, base);
    return true;
}

void script_vm_pause(script_vm *vm)
{
    if (vm->paused_ms >= 0) return;
    struct timespec now;
    if (g_active == vm) {
        struct itimerspec left;
        timer_gettime(g_budget, &left);
        vm->paused_ms = (long)left.it_value.tv_sec * 1000 + left.it_value.tv_nsec / 1000000;
        arm(g_budget, 0);
        arm(g_wall, 0);
    } else {
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        vm->paused_ms = (long)(vm->deadline.tv_sec - now.tv_sec) * 1000 +
                        (vm->deadline.tv_nsec - now.tv_nsec) / 1000000;
        vm->deadline.tv_sec += 1000000; /* far away until resumed */
        vm->ceiling.tv_sec += 1000000;
    }
    if (vm->paused_ms < 1) vm->paused_ms = 1; /* over already: it fires as soon as resumed */
}

void script_vm_resume(script_vm *vm)
{
    if (vm->paused_ms < 0) return;
    long ms = vm->paused_ms;
    vm->paused_ms = -1;
    if (g_active == vm && !vm->fired) {
        arm(g_wall, ms * WALL_BUDGETS);
        arm(g_budget, ms);
    } else if (g_active == vm) { /* over already: the watchdog's grace, as the timer gave it */
        arm(g_wall, STUCK_GRACE_MS);
    } else {
        vm->deadline = after(CLOCK_THREAD_CPUTIME_ID, ms);
        vm->ceiling = after(CLOCK_MONOTONIC, ms * WALL_BUDGETS);
    }
}

char *script_read_file(const char *path, size_t *len, game_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        game_error_set(err, path, 0, "cannot open the file: %s", strerror(errno));
        if (err) err->kind = GAME_ERR_FILE;
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

/* app_levels.c — finds the packs under a levels folder and loads every level, keeping
 * the error of those that fail so that the menu can show it. What all the levels loaded at
 * start may cost together is bounded (CPU time, memory), so that no pack can hold the first
 * frame back or fill the machine: past the bounds a level is not loaded and says why.
 */
#define _DEFAULT_SOURCE /* realpath */
#include "app.h"
#include "app_term.h"
#include "script/script.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* A real folder, not a symbolic link to one: the walk never leaves the levels folder (a link
 * into /proc or / would take it anywhere). */
static bool is_dir(const char *p)
{
    struct stat st;
    return lstat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **app_subdirs(const char *dir, size_t *count)
{
    *count = 0;
    DIR *d = opendir(dir);
    if (!d) return NULL;
    char **subs = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        size_t len = strlen(dir) + strlen(e->d_name) + 2;
        char *p = malloc(len);
        if (!p) break;
        snprintf(p, len, "%s/%s", dir, e->d_name);
        char **ns = is_dir(p) ? realloc(subs, (n + 1) * sizeof *ns) : NULL;
        if (!ns) {
            free(p);
            continue;
        }
        subs = ns;
        subs[n++] = p;
    }
    closedir(d);
    if (n) qsort(subs, n, sizeof *subs, cmp_str);
    *count = n;
    return subs;
}

static void track(app_levels *out, void *handle)
{
    void **n = realloc(out->loaded, (out->nloaded + 1) * sizeof *n);
    if (!n) return;
    out->loaded = n;
    out->loaded[out->nloaded++] = handle;
}

/* What the levels loaded at start may cost together: three calls' time and four levels' memory
 * (3 s and 256 MiB by default; VIGIE_LEVEL_BUDGET_MS and VIGIE_LEVEL_MEMORY_MIB scale them). */
#define START_BUDGETS 3
#define START_CAPS    4

typedef struct {
    double cpu_s, cpu_max;   /* CPU time spent loading, and the most */
    size_t bytes, bytes_max; /* memory the loaded levels hold, and the most */
} start_cost;

static start_cost start_cost_init(void)
{
    return (start_cost){0, START_BUDGETS * script_default_budget_ms() / 1000.0, 0,
                        START_CAPS * script_default_memory_cap()};
}

static double thread_cpu(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void warn_stderr(void *ud, const char *file, int line, const char *msg)
{
    (void)ud;
    app_term_line(stderr, "%s:%d: warning: %s", file, line > 0 ? line : 1, msg);
}

/* Loads one level into l, within what is left of the start's cost (cost NULL: no bound). */
static void load_one(app_levels *out, ui_level *l, const char *path, uint64_t seed,
                     start_cost *cost)
{
    memset(l, 0, sizeof *l);
    l->path = strdup(path);
    script_options opt = {.has_seed = true, .seed = seed};
    script_level *sl = NULL;
    bool ok;
    if (cost && cost->cpu_s >= cost->cpu_max) {
        ok = game_error_set(&l->error, path, 0,
                            "not loaded: the levels before it took %.1f s to load, the most the "
                            "game waits for at start; move it to a pack of its own",
                            cost->cpu_s);
        l->error.kind = GAME_ERR_TIME;
    } else {
        double t0 = thread_cpu();
        ok = script_level_load(path, &opt, NULL, NULL, &sl, &l->error);
        if (cost) cost->cpu_s += thread_cpu() - t0;
    }
    size_t bytes = ok && cost ? script_level_memory(sl) : 0;
    if (ok && cost && cost->bytes + bytes > cost->bytes_max) {
        script_level_unload(sl);
        sl = NULL;
        ok = game_error_set(&l->error, path, 0,
                            "not loaded: it holds %zu MiB, and with it the levels would hold "
                            "more than the %zu MiB the game gives them all",
                            bytes >> 20, cost->bytes_max >> 20);
        l->error.kind = GAME_ERR_MEMORY;
    } else if (ok && cost) {
        cost->bytes += bytes;
    }
    if (ok) {
        l->level = script_level_data(sl);
        l->score = script_level_score;
        l->score_ud = sl;
        l->play = script_play_host();
        l->play_ud = sl;
        track(out, sl);
    } else {
        app_term_line(stderr, "%s:%d: %s", l->error.file[0] ? l->error.file : path,
                      l->error.line > 0 ? l->error.line : 1, l->error.message);
    }
}

/* The folder's *.lua files but pack.lua, in name order, as a pack named after the folder:
 * what plays when pack.lua is refused, so that one mistake there hides no level. */
static bool folder_pack(const char *dir, game_pack *pk)
{
    memset(pk, 0, sizeof *pk);
    DIR *d = opendir(dir);
    if (!d) return false;
    struct dirent *e;
    while ((e = readdir(d)) && pk->nlevels < SCRIPT_PACK_LEVELS_MAX) {
        size_t n = strlen(e->d_name);
        if (!game_level_file_name(e->d_name)) continue;
        char **nl = realloc(pk->levels, (pk->nlevels + 1) * sizeof *nl);
        size_t len = strlen(dir) + n + 2;
        char *p = malloc(len);
        if (!nl || !p) {
            free(p);
            if (nl) pk->levels = nl;
            break;
        }
        snprintf(p, len, "%s/%s", dir, e->d_name);
        pk->levels = nl;
        pk->levels[pk->nlevels++] = p;
    }
    closedir(d);
    if (pk->nlevels) qsort(pk->levels, pk->nlevels, sizeof *pk->levels, cmp_str);
    const char *base = strrchr(dir, '/');
    base = base && base[1] ? base + 1 : dir;
    pk->id = strdup(base);
    for (int i = 0; i < GAME_LANG_COUNT; i++) pk->title.s[i] = strdup(base);
    return true;
}

/* The pack among the first n loaded whose id is id; -1 when none. */
static long pack_with_id(const app_levels *out, size_t n, const char *id)
{
    for (size_t i = 0; i < n && id; i++)
        if (out->packs[i].id && strcmp(out->packs[i].id, id) == 0) return (long)i;
    return -1;
}

/* Adds the pack in dir. An installed one (installed: the packs before it, out->packs[0 ..
 * shipped), are the game's own) is tagged, and hidden when its id is already taken: a shipped
 * pack always wins, and results are never mixed under one id. */
static void add_pack(app_levels *out, const char *dir, uint64_t seed, start_cost *cost,
                     bool installed)
{
    game_pack pk;
    game_error err = {0};
    if (!script_pack_check(dir, warn_stderr, NULL, &pk, &err)) {
        app_term_line(stderr, "%s:%d: %s", err.file, err.line > 0 ? err.line : 1, err.message);
        app_term_line(stderr,
                      "%s:%d: pack.lua is not used: the folder's levels are played as they are",
                      err.file, err.line > 0 ? err.line : 1);
        if (!folder_pack(dir, &pk)) return;
    }
    if (pk.nlevels == 0) {
        game_pack_deinit(&pk);
        return;
    }
    long same = installed ? pack_with_id(out, out->npacks, pk.id) : -1;
    if (same >= 0) {
        app_term_line(stderr,
                      "%s: the installed pack \"%s\" is hidden: the pack in %s has the same id",
                      dir, pk.id, out->dirs[same]);
        game_pack_deinit(&pk);
        return;
    }
    ui_pack *np = realloc(out->packs, (out->npacks + 1) * sizeof *np);
    if (!np) {
        game_pack_deinit(&pk);
        return;
    }
    out->packs = np;
    char **nd = realloc(out->dirs, (out->npacks + 1) * sizeof *nd);
    if (!nd) {
        game_pack_deinit(&pk);
        return;
    }
    out->dirs = nd;
    out->dirs[out->npacks] = strdup(dir);
    ui_pack *p = &out->packs[out->npacks++];
    memset(p, 0, sizeof *p);
    p->title = pk.title;
    memset(&pk.title, 0, sizeof pk.title);
    p->id = pk.id; /* the results are kept under it */
    pk.id = NULL;
    p->reg = pk.reg;
    p->installed = installed;
    p->levels = calloc(pk.nlevels, sizeof *p->levels);
    p->nlevels = p->levels ? pk.nlevels : 0;
    for (size_t i = 0; i < p->nlevels; i++) load_one(out, &p->levels[i], pk.levels[i], seed, cost);
    game_pack_deinit(&pk);
}

static bool has_lua_files(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) return false;
    struct dirent *e;
    bool found = false;
    while (!found && (e = readdir(d))) {
        found = game_level_file_name(e->d_name) || strcmp(e->d_name, "pack.lua") == 0;
    }
    closedir(d);
    return found;
}

/* The packs of dir (or dir as a pack), after those already in out. */
static void add_folder(app_levels *out, const char *dir, uint64_t seed, start_cost *cost)
{
    if (has_lua_files(dir)) { /* the folder is a pack itself */
        add_pack(out, dir, seed, cost, false);
        return;
    }
    size_t n;
    char **subs = app_subdirs(dir, &n);
    for (size_t i = 0; i < n; i++) {
        add_pack(out, subs[i], seed, cost, false);
        free(subs[i]);
    }
    free(subs);
}

void app_levels_load(app_levels *out, const char *dir, uint64_t seed)
{
    app_levels_load_with(out, dir, NULL, seed);
}

void app_levels_load_with(app_levels *out, const char *dir, const char *installed, uint64_t seed)
{
    memset(out, 0, sizeof *out);
    start_cost cost = start_cost_init(); /* one bound for both: the first frame waits for all */
    add_folder(out, dir, seed, &cost);
    if (!installed) return;
    /* the game started on the installed folder itself: its packs are already there */
    char a[PATH_MAX], b[PATH_MAX];
    if (realpath(dir, a) && realpath(installed, b) && strcmp(a, b) == 0) return;
    /* an installed pack is a folder of its own, never the folder itself */
    size_t n;
    char **subs = app_subdirs(installed, &n);
    for (size_t i = 0; i < n; i++) {
        add_pack(out, subs[i], seed, &cost, true);
        free(subs[i]);
    }
    free(subs);
}

/* The id (into buf) and the register of the pack a level file belongs to. */
static game_register pack_of(const char *level_path, char *buf, size_t n)
{
    /* The level's folder by its real path: "x.lua" run from inside it and "db/x.lua" run from
     * its parent are the same pack, named after the folder, not "." or "db". */
    const char *slash = strrchr(level_path, '/');
    size_t len = !slash ? 0 : slash == level_path ? 1 : (size_t)(slash - level_path); /* "/x" */
    char *rel = slash ? strndup(level_path, len) : strdup(".");
    char *dir = rel ? realpath(rel, NULL) : NULL;
    free(rel);
    game_pack pk;
    game_error err = {0};
    game_register reg = GAME_REGISTER_TU;
    if (dir && script_pack_load(dir, &pk, &err)) {
        snprintf(buf, n, "%s", pk.id ? pk.id : "");
        reg = pk.reg;
        game_pack_deinit(&pk);
    } else {
        const char *base = dir ? strrchr(dir, '/') : NULL;
        snprintf(buf, n, "%s", base && base[1] ? base + 1 : "");
    }
    free(dir);
    return reg;
}

void app_pack_id(const char *level_path, char *buf, size_t n)
{
    pack_of(level_path, buf, n);
}

game_register app_pack_register(const char *level_path)
{
    char id[128];
    return pack_of(level_path, id, sizeof id);
}

void app_levels_load_file(app_levels *out, const char *path, uint64_t seed)
{
    memset(out, 0, sizeof *out);
    out->packs = calloc(1, sizeof *out->packs);
    out->dirs = calloc(1, sizeof *out->dirs);
    if (!out->packs || !out->dirs) return;
    out->npacks = 1;
    const char *slash = strrchr(path, '/');
    out->dirs[0] = slash ? strndup(path, (size_t)(slash - path)) : strdup(".");
    ui_pack *p = &out->packs[0];
    p->levels = calloc(1, sizeof *p->levels);
    if (!p->levels) return;
    p->nlevels = 1;
    load_one(out, &p->levels[0], path, seed, NULL);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    for (int i = 0; i < GAME_LANG_COUNT; i++) p->title.s[i] = strdup(base);
    char id[128];
    /* the same pack as in the menu, for the results and the register */
    p->reg = pack_of(path, id, sizeof id);
    p->id = strdup(id);
}

void app_levels_unload(app_levels *lv)
{
    for (size_t i = 0; i < lv->nloaded; i++) script_level_unload(lv->loaded[i]);
    free(lv->loaded);
    for (size_t p = 0; p < lv->npacks; p++) {
        for (size_t i = 0; i < lv->packs[p].nlevels; i++) free(lv->packs[p].levels[i].path);
        free(lv->packs[p].levels);
        game_text_deinit(&lv->packs[p].title);
        free(lv->packs[p].id);
        if (lv->dirs) free(lv->dirs[p]);
    }
    free(lv->dirs);
    free(lv->packs);
    memset(lv, 0, sizeof *lv);
}

bool app_levels_reload(app_levels *lv, size_t p, size_t i, uint64_t seed, void **old,
                       game_error *err)
{
    *old = NULL;
    if (p >= lv->npacks || i >= lv->packs[p].nlevels) return false;
    ui_level *l = &lv->packs[p].levels[i];
    script_options opt = {.has_seed = true, .seed = seed};
    script_level *sl = NULL;
    if (!script_level_load(l->path, &opt, NULL, NULL, &sl, err)) return false;
    void *prev = l->score_ud;
    for (size_t k = 0; k < lv->nloaded; k++)
        if (lv->loaded[k] == prev) lv->loaded[k] = sl;
    if (!prev) track(lv, sl);
    l->level = script_level_data(sl);
    l->score = script_level_score;
    l->score_ud = sl;
    l->play = script_play_host();
    l->play_ud = sl;
    memset(&l->error, 0, sizeof l->error);
    *old = prev;
    return true;
}

/* Same file? Compares real paths, so that "x.lua" and "./x.lua" agree. */
static bool same_file(const char *a, const char *b)
{
    char ra[PATH_MAX], rb[PATH_MAX];
    if (!realpath(a, ra) || !realpath(b, rb)) return strcmp(a, b) == 0;
    return strcmp(ra, rb) == 0;
}

bool app_levels_find(const app_levels *lv, const char *path, size_t *p, size_t *i, bool *all)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    *all = strcmp(base, "pack.lua") == 0;
    for (size_t k = 0; k < lv->npacks; k++) {
        if (*all) {
            char manifest[PATH_MAX];
            snprintf(manifest, sizeof manifest, "%s/pack.lua", lv->dirs[k]);
            if (same_file(manifest, path) && lv->packs[k].nlevels) {
                *p = k;
                *i = 0;
                return true;
            }
            continue;
        }
        for (size_t j = 0; j < lv->packs[k].nlevels; j++) {
            if (same_file(lv->packs[k].levels[j].path, path)) {
                *p = k;
                *i = j;
                return true;
            }
        }
    }
    return false;
}

/* script_data.c — the small Lua data files around levels: pack.lua manifests, answers
 * files for `vigie run`, and the engine's UI catalog. Each is read in its own sandbox.
 */
#include "script_reader.h"
#include "script_srcmap.h"

#include <lauxlib.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Runs a data file in a fresh sandbox; on success the returned value is on top. With map,
 * *map is the map of its source (NULL when out of memory), and *src the source it reads,
 * which the caller frees after the map. */
static bool run_data_file(script_vm *vm, const char *path, game_error *err, script_srcmap **map,
                          char **keep)
{
    size_t len;
    if (!script_vm_open(vm, NULL, err)) return false;
    char *src = script_read_file(path, &len, err);
    if (!src) return false;
    bool ok = script_vm_load(vm, src, len, path, err) && script_vm_call(vm, 0, 1, path, err);
    if (ok && map) {
        *map = script_srcmap_build(src, len);
        *keep = src;
        return ok;
    }
    free(src);
    return ok;
}

/* A string or { fr, en } on top into t (missing parts stay NULL).   [-0, +0] */
static void read_text_lenient(lua_State *L, game_text *t)
{
    if (lua_type(L, -1) == LUA_TSTRING) {
        for (int i = 0; i < GAME_LANG_COUNT; i++) t->s[i] = script_dup_string(L, -1);
        return;
    }
    if (lua_type(L, -1) != LUA_TTABLE) return;
    for (int i = 0; i < GAME_LANG_COUNT; i++) {
        lua_pushstring(L, game_lang_code((game_lang)i));
        if (lua_rawget(L, -2) == LUA_TSTRING) t->s[i] = script_dup_string(L, -1);
        lua_pop(L, 1);
    }
}

static char *path_join(const char *dir, const char *name)
{
    size_t a = strlen(dir), b = strlen(name);
    char *p = malloc(a + b + 2);
    if (!p) return NULL;
    memcpy(p, dir, a);
    size_t o = a;
    if (a && dir[a - 1] != '/') p[o++] = '/';
    memcpy(p + o, name, b + 1);
    return p;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool list_lua_files(const char *dir, game_pack *out, game_error *err)
{
    DIR *d = opendir(dir);
    if (!d) return game_error_set(err, dir, 0, "cannot open the folder");
    struct dirent *e;
    size_t cap = 0;
    while ((e = readdir(d))) {
        if (!game_level_file_name(e->d_name)) continue;
        if (out->nlevels == cap) {
            cap = cap ? cap * 2 : 8;
            char **nl = realloc(out->levels, cap * sizeof *nl);
            if (!nl) break;
            out->levels = nl;
        }
        out->levels[out->nlevels++] = path_join(dir, e->d_name);
    }
    closedir(d);
    if (out->nlevels) qsort(out->levels, out->nlevels, sizeof *out->levels, cmp_str);
    return true;
}

const char *const script_pack_fields[] = {"id",      "title",   "description", "audience",
                                          "version", "authors", "licence",     "license",
                                          "levels",  "score",   "register",    NULL};

/* Warns about what a pack.lua lacks or has unknown. Manifest table on top.   [-0, +0] */
static void pack_warnings(script_reader *r)
{
    lua_State *L = r->L;
    script_reader_unknown(r, "pack", 1, script_pack_fields, NULL);
    static const char *const wanted[] = {"id",      "title",   "description",
                                         "version", "authors", "licence"};
    for (size_t i = 0; i < sizeof wanted / sizeof *wanted; i++) {
        bool has = script_rawfield(L, -1, wanted[i]) != LUA_TNIL;
        lua_pop(L, 1);
        if (!has && i == 5) { /* "license" is fine too */
            has = script_rawfield(L, -1, "license") != LUA_TNIL;
            lua_pop(L, 1);
        }
        if (!has)
            script_reader_warn(r, script_reader_here(r, 1), "pack: no %s: %s", wanted[i],
                               i < 3 ? "the menu shows it" : "people sharing the pack need it");
    }
}

/* A pack's id, as a level's: what its results are kept under.  */
static bool valid_pack_id(const char *s, size_t len)
{
    if (len == 0 || len > 64 || strlen(s) != len) return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-' || *s == '_'))
            return false;
    return true;
}

/* Whether field is nil, a string, or (list) a list of strings; else an error at its line.
 * Manifest on top.   [-0, +0] */
static bool pack_strings(script_reader *r, const char *field, bool list, bool number)
{
    lua_State *L = r->L;
    int t = script_rawfield(L, -1, field);
    int line = script_reader_line(r, 1, field);
    char what[64];
    snprintf(what, sizeof what, "pack: %s", field);
    bool ok = t == LUA_TNIL || t == LUA_TSTRING || (number && t == LUA_TNUMBER);
    if (t == LUA_TSTRING && !script_reader_string(r, -1, what, line, 200)) {
        lua_pop(L, 1);
        return false;
    }
    if (!ok && list && t == LUA_TTABLE) {
        ok = true;
        size_t n = (size_t)lua_rawlen(L, -1);
        for (size_t i = 0; ok && i < n && i < 64; i++) {
            ok = lua_rawgeti(L, -1, (lua_Integer)i + 1) == LUA_TSTRING;
            if (ok && !script_reader_string(r, -1, what, line, 200)) {
                lua_pop(L, 2);
                return false;
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    if (!ok)
        script_reader_fail(r, line, "pack: %s must be %s", field,
                           list ? "a string or a list of strings" : "a string");
    return ok;
}

/* The levels of the pack: a list of file names in its folder, each once, at most
 * SCRIPT_PACK_LEVELS_MAX (a pack of hundreds would take the game's start with it). List on
 * top.   [-0, +0] */
/* The list on top; the cursor on it. line: the list's.   [-0, +0] */
static bool pack_level_list(script_reader *r, int line, const char *dir, game_pack *out)
{
    lua_State *L = r->L;
    size_t n = (size_t)lua_rawlen(L, -1), over = 0;
    out->levels = calloc(SCRIPT_PACK_LEVELS_MAX, sizeof *out->levels);
    if (!out->levels) return script_reader_fail(r, line, "out of memory");
    for (size_t i = 0; i < n; i++) {
        int il = script_reader_item_line(r, i + 1, line);
        if (lua_rawgeti(L, -1, (lua_Integer)i + 1) != LUA_TSTRING) {
            lua_pop(L, 1);
            return script_reader_fail(r, il,
                                      "pack: levels must be a list of file names, like "
                                      "{ \"first.lua\" }; entry %zu is not a string",
                                      i + 1);
        }
        size_t len;
        const char *name = lua_tolstring(L, -1, &len);
        if (strstr(name, "..") || name[0] == '/' || len == 0 || strlen(name) != len || len > 200) {
            script_reader_fail(r, il, "pack: levels must name files inside the pack, not \"%s\"",
                               name);
            lua_pop(L, 1);
            return false;
        }
        char *path = path_join(dir, name);
        lua_pop(L, 1);
        if (!path) return script_reader_fail(r, line, "out of memory");
        bool twice = false;
        for (size_t k = 0; k < out->nlevels && !twice; k++) twice = !strcmp(out->levels[k], path);
        if (twice) {
            script_reader_warn(r, il, "pack: \"%s\" is listed more than once: it is played once",
                               name);
            free(path);
        } else if (out->nlevels == SCRIPT_PACK_LEVELS_MAX) {
            over++;
            free(path);
        } else {
            out->levels[out->nlevels++] = path;
        }
    }
    if (over)
        script_reader_warn(r, line,
                           "pack: %zu more levels than the %d a pack may have: they are not "
                           "loaded; make a second pack",
                           over, SCRIPT_PACK_LEVELS_MAX);
    return true;
}

static bool pack_levels(script_reader *r, const char *dir, game_pack *out)
{
    int line = script_reader_line(r, 1, "levels");
    int saved = script_reader_enter(r, "levels");
    bool ok = pack_level_list(r, line, dir, out);
    script_reader_leave(r, saved);
    return ok;
}

typedef struct {
    script_reader *r;
    const char *dir;
    game_pack *out;
    bool ok;
} pack_ctx;

/* Protected: reads the manifest table (1) into the pack (2), checking its fields as a level's
 * are: a wrong type or value is an error at its line, an unknown field a warning.
 * [-2, +0, e] */
static int l_data_read_pack(lua_State *L)
{
    pack_ctx *c = lua_touserdata(L, 2);
    script_reader *r = c->r;
    lua_settop(L, 1);
    c->ok = false;
    if (lua_type(L, -1) != LUA_TTABLE) {
        script_reader_fail(r, 1, "pack.lua must return a table");
        return 0;
    }
    pack_warnings(r);
    int t = script_rawfield(L, -1, "score");
    lua_pop(L, 1);
    if (t != LUA_TNIL && t != LUA_TFUNCTION) {
        script_reader_fail(r, script_reader_line(r, 1, "score"),
                           "score must be a function (answer, ctx)");
        return 0;
    }
    t = script_rawfield(L, -1, "id");
    if (t == LUA_TSTRING && valid_pack_id(lua_tostring(L, -1), lua_rawlen(L, -1))) {
        c->out->id = script_dup_string(L, -1);
    } else if (t != LUA_TNIL) {
        lua_pop(L, 1);
        script_reader_fail(r, script_reader_line(r, 1, "id"),
                           "pack: id must be lower-case letters, digits and dashes, like "
                           "\"lycee\" (at most 64)");
        return 0;
    }
    lua_pop(L, 1);
    t = script_rawfield(L, -1, "register");
    const char *reg = t == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    if (reg && !strcmp(reg, "vous")) {
        c->out->reg = GAME_REGISTER_VOUS;
    } else if (t != LUA_TNIL && !(reg && !strcmp(reg, "tu"))) {
        lua_pop(L, 1);
        script_reader_fail(r, script_reader_line(r, 1, "register"),
                           "pack: register must be \"tu\" or \"vous\" (how the interface "
                           "addresses the player in French)");
        return 0;
    }
    lua_pop(L, 1);
    script_rawfield(L, -1, "title");
    bool ok = script_reader_text(r, "pack: title", script_reader_line(r, 1, "title"),
                                 &c->out->title, false, 160);
    lua_pop(L, 1);
    if (!ok) return 0;
    script_rawfield(L, -1, "description");
    ok = script_reader_text(r, "pack: description", script_reader_line(r, 1, "description"),
                            &c->out->description, false, 600);
    lua_pop(L, 1);
    if (!ok || !pack_strings(r, "audience", true, false) ||
        !pack_strings(r, "authors", true, false) || !pack_strings(r, "version", false, true) ||
        !pack_strings(r, "licence", false, false) || !pack_strings(r, "license", false, false))
        return 0;
    t = script_rawfield(L, -1, "levels");
    if (t == LUA_TTABLE) {
        ok = pack_levels(r, c->dir, c->out);
    } else if (t == LUA_TNIL) {
        game_error ferr;
        ok = list_lua_files(c->dir, c->out, &ferr);
        if (!ok) script_reader_fail(r, 1, "%s", ferr.message);
    } else {
        ok = script_reader_fail(r, script_reader_line(r, 1, "levels"),
                                "pack: levels must be a list of file names, like "
                                "{ \"first.lua\" }");
    }
    lua_pop(L, 1);
    c->ok = ok;
    return 0;
}

bool script_pack_load(const char *dir, game_pack *out, game_error *err)
{
    return script_pack_check(dir, NULL, NULL, out, err);
}

bool script_pack_check(const char *dir, script_warn_fn warn, void *warn_ud, game_pack *out,
                       game_error *err)
{
    memset(out, 0, sizeof *out);
    out->dir = strdup(dir);
    char *manifest = path_join(dir, "pack.lua");
    FILE *f = manifest ? fopen(manifest, "rb") : NULL;
    if (!f) {
        free(manifest);
        const char *base = strrchr(dir, '/');
        base = base && base[1] ? base + 1 : dir;
        out->id = strdup(base);
        for (int i = 0; i < GAME_LANG_COUNT; i++) out->title.s[i] = strdup(base);
        return list_lua_files(dir, out, err);
    }
    fclose(f);
    script_vm vm = {0};
    size_t len;
    char *src = script_read_file(manifest, &len, err);
    bool ok = src && script_vm_open(&vm, NULL, err) &&
              script_vm_load(&vm, src, len, manifest, err) &&
              script_vm_call(&vm, 0, 1, manifest, err);
    script_reader r = {vm.L, manifest, src, warn, warn_ud, err, 0, 0, false, NULL, NULL, 0, false};
    pack_ctx c = {&r, dir, out, false};
    if (ok) { /* read protected: the manifest cannot make our reads fail unprotected */
        script_reader_fields_build(&r);
        lua_pushcfunction(vm.L, l_data_read_pack);
        lua_insert(vm.L, -2);
        lua_pushlightuserdata(vm.L, &c);
        ok = script_vm_call(&vm, 2, 0, manifest, err) && c.ok;
        script_reader_fields_free(&r);
    }
    if (ok && !out->id) {
        const char *base = strrchr(dir, '/');
        out->id = strdup(base && base[1] ? base + 1 : dir);
    }
    if (ok && !out->title.s[0] && !out->title.s[1])
        for (int i = 0; i < GAME_LANG_COUNT; i++) out->title.s[i] = strdup(out->id);
    script_vm_close(&vm);
    free(src);
    free(manifest);
    if (!ok) game_pack_deinit(out);
    return ok;
}

/* A point { x, y } at t[field], in canvas units.   [-0, +0] */
static bool read_point(lua_State *L, float *x, float *y)
{
    if (lua_type(L, -1) != LUA_TTABLE) return false;
    lua_rawgeti(L, -1, 1);
    lua_rawgeti(L, -2, 2);
    int okx = 0, oky = 0;
    lua_Number vx = lua_tonumberx(L, -2, &okx), vy = lua_tonumberx(L, -1, &oky);
    lua_pop(L, 2);
    if (!okx || !oky || !(vx >= -10000 && vx <= 10000) || !(vy >= -10000 && vy <= 10000))
        return false;
    *x = (float)vx;
    *y = (float)vy;
    return true;
}

/* game: play = { { at = 0.5, key = "left" }, { at = 1, tap = { x, y } }, … }. Entry on top.
 * [-0, +0] */
static bool read_play_steps(lua_State *L, const char *path, size_t i, const game_question *q,
                            game_scripted *a, game_error *err)
{
    lua_pushliteral(L, "play");
    int t = lua_rawget(L, -2);
    size_t n = t == LUA_TTABLE ? (size_t)lua_rawlen(L, -1) : 0;
    if ((t != LUA_TTABLE && t != LUA_TNIL) || n > 100000) {
        lua_pop(L, 1);
        return game_error_set(err, path, 0,
                              "answer %zu: question \"%s\" is a game: give play = { { at = 0.5, "
                              "key = \"left\" }, { at = 1, tap = { 600, 300 } }, … }",
                              i + 1, q->id);
    }
    a->steps = calloc(2 * n + 1, sizeof *a->steps);
    if (!a->steps) {
        lua_pop(L, 1);
        return game_error_set(err, path, 0, "out of memory");
    }
    static const char *const kinds[] = {"key", "press", "move", "release", "tap", NULL};
    double last = 0;
    bool ok = true;
    for (size_t k = 0; ok && k < n; k++) {
        lua_rawgeti(L, -1, (lua_Integer)k + 1);
        lua_pushliteral(L, "at");
        int isnum = 0;
        lua_rawget(L, -2);
        double at = lua_tonumberx(L, -1, &isnum);
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TTABLE || !isnum || !(at >= last && at <= 86400)) {
            ok = game_error_set(err, path, 0,
                                "answer %zu, event %zu: needs at = seconds (in order, from 0)",
                                i + 1, k + 1);
        }
        int kind = -1;
        for (int j = 0; ok && kinds[j] && kind < 0; j++) {
            lua_pushstring(L, kinds[j]);
            if (lua_rawget(L, -2) != LUA_TNIL)
                kind = j;
            else
                lua_pop(L, 1);
        }
        if (ok && kind < 0)
            ok = game_error_set(err, path, 0,
                                "answer %zu, event %zu: give key = …, tap = { x, y }, press, "
                                "move or release",
                                i + 1, k + 1);
        if (ok) {
            game_play_step *st = &a->steps[a->nsteps];
            st->at_ms = (uint32_t)(at * 1000.0 + 0.5);
            if (kind == 0) {
                const char *key = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
                if (!game_event_key_valid(key) || strlen(key) >= sizeof st->ev.key)
                    ok = game_error_set(err, path, 0,
                                        "answer %zu, event %zu: unknown key \"%s\" "
                                        "(docs/minigames.md lists them)",
                                        i + 1, k + 1, key);
                else
                    snprintf(st->ev.key, sizeof st->ev.key, "%s", key);
                st->ev.kind = GAME_EV_KEY;
            } else if (!read_point(L, &st->ev.x, &st->ev.y)) {
                ok = game_error_set(err, path, 0, "answer %zu, event %zu: %s = { x, y }", i + 1,
                                    k + 1, kinds[kind]);
            } else {
                st->ev.kind = kind == 4 ? GAME_EV_PRESS : (game_event_kind)kind;
            }
            if (ok) a->nsteps++;
            if (ok && kind == 4) { /* a tap: the press, then the release at the same place */
                a->steps[a->nsteps] = *st;
                a->steps[a->nsteps].ev.kind = GAME_EV_RELEASE;
                a->nsteps++;
            }
            lua_pop(L, 1);
            last = at;
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return ok;
}

/* One answer entry on top.   [-0, +0] */
static bool read_answer(lua_State *L, const char *path, size_t i, const game_question *q,
                        game_scripted *a, game_error *err)
{
    if (lua_type(L, -1) != LUA_TTABLE)
        return game_error_set(err, path, 0, "answer %zu must be a table { answer = …, after = … }",
                              i + 1);
    lua_pushliteral(L, "timeout");
    a->timeout = lua_rawget(L, -2) != LUA_TNIL && lua_toboolean(L, -1);
    lua_pop(L, 1);
    lua_pushliteral(L, "after");
    int t = lua_rawget(L, -2);
    lua_Number after = t == LUA_TNUMBER ? lua_tonumber(L, -1) : 0;
    lua_pop(L, 1);
    if (t != LUA_TNIL && t != LUA_TNUMBER)
        return game_error_set(err, path, 0, "answer %zu: after must be a number of seconds", i + 1);
    if (!(after >= 0 && after <= 86400))
        return game_error_set(err, path, 0, "answer %zu: after must be between 0 and 86400 s",
                              i + 1);
    a->after_ms = (uint64_t)(after * 1000.0 + 0.5);
    const script_kind *kind = script_kind_get(q->kind);
    if (!kind->answer) return read_play_steps(L, path, i, q, a, err); /* a game: what is done */
    if (a->timeout) return true;
    game_response *r = &a->resp;
    for (size_t k = 0; k < GAME_MAX_ITEMS; k++) r->bins[k] = -1;
    lua_pushliteral(L, "answer");
    lua_rawget(L, -2);
    bool ok = kind->answer(L, path, i, q, r, err);
    lua_pop(L, 1);
    /* sure = false: given as "not sure" (counts where the level's rule is "confidence") */
    lua_pushliteral(L, "sure");
    t = lua_rawget(L, -2);
    r->unsure = t == LUA_TBOOLEAN && !lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (ok && t != LUA_TNIL && t != LUA_TBOOLEAN)
        return game_error_set(err, path, 0, "answer %zu: sure must be true or false, not a %s",
                              i + 1, lua_typename(L, t));
    return ok;
}

typedef struct {
    const char *path;
    const game_level *lv;
    game_scripted *a;
    size_t n;
    game_error *err;
    bool ok;
    script_srcmap *map; /* where each answer is in the file */
} answers_ctx;

/* An answer's fields: other fields are the file's own (docs/cli.md), but one a typo away from a
 * known one is an error, or the run would not be the one meant. The entry on top.  [-0, +0] */
static bool answer_fields(answers_ctx *c, lua_State *L, size_t i, int node, int line)
{
    static const char *const known[] = {"answer", "after", "timeout", "play", NULL};
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) continue;
        const char *k = lua_tostring(L, -1);
        bool ok = false;
        for (const char *const *n = known; !ok && *n; n++) ok = strcmp(*n, k) == 0;
        if (ok || !script_nearest(k, known)) continue;
        char s[300];
        script_reader_suggest(s, sizeof s, k, known);
        int kl = script_srcmap_field_line(c->map, node, k);
        game_error_set(c->err, c->path, kl ? kl : line, "answer %zu: unknown field %s", i + 1, s);
        lua_pop(L, 1);
        return false;
    }
    return true;
}

/* Protected: reads the answers list (1) for the level in the context (2).   [-2, +0, e] */
static int l_data_read_answers(lua_State *L)
{
    answers_ctx *c = lua_touserdata(L, 2);
    lua_settop(L, 1);
    c->ok = false;
    if (lua_type(L, 1) != LUA_TTABLE)
        return game_error_set(c->err, c->path, 1, "the answers file must return a list of answers"),
               0;
    int root = script_srcmap_root(c->map), rline = script_srcmap_line(c->map, root);
    size_t len = (size_t)lua_rawlen(L, 1);
    if (len != c->lv->nquestions) {
        /* past the last question: the first answer too many; short: the end of the list */
        int l = len > c->lv->nquestions
                    ? script_srcmap_item_line(c->map, root, c->lv->nquestions + 1)
                    : script_srcmap_item_line(c->map, root, len);
        return game_error_set(c->err, c->path, l ? l : rline,
                              "%zu answers for %zu questions: give one answer per question, in "
                              "the level's order",
                              len, c->lv->nquestions),
               0;
    }
    c->a = calloc(len ? len : 1, sizeof *c->a);
    if (!c->a) return game_error_set(c->err, c->path, 0, "out of memory"), 0;
    for (size_t i = 0; i < len; i++) {
        int node = script_srcmap_item_node(c->map, root, i + 1);
        int line = script_srcmap_item_line(c->map, root, i + 1);
        if (!line) line = rline;
        lua_rawgeti(L, 1, (lua_Integer)i + 1);
        if (lua_type(L, -1) == LUA_TTABLE && !answer_fields(c, L, i, node, line)) return 0;
        if (!read_answer(L, c->path, i, &c->lv->questions[i], &c->a[i], c->err)) {
            /* the kinds' readers know no lines: the answer's own, else its entry's */
            if (c->err && c->err->line == 0) {
                const char *field = !script_kind_get(c->lv->questions[i].kind)->answer ? "play"
                                    : strstr(c->err->message, "after")                 ? "after"
                                                                                       : "answer";
                int fl = script_srcmap_field_line(c->map, node, field);
                c->err->line = fl ? fl : line;
            }
            return 0;
        }
        lua_pop(L, 1);
    }
    c->n = len;
    c->ok = true;
    return 0;
}

bool script_answers_load(const char *path, const game_level *lv, game_scripted **out, size_t *n,
                         game_error *err)
{
    *out = NULL;
    *n = 0;
    script_vm vm;
    answers_ctx c = {path, lv, NULL, 0, err, false, NULL};
    char *src = NULL; /* the map's text */
    bool ok = run_data_file(&vm, path, err, &c.map, &src);
    if (ok) {
        lua_State *L = vm.L;
        lua_pushcfunction(L, l_data_read_answers);
        lua_insert(L, -2);
        lua_pushlightuserdata(L, &c);
        ok = script_vm_call(&vm, 2, 0, path, err) && c.ok;
    }
    script_srcmap_free(c.map);
    free(src);
    if (ok) {
        *out = c.a;
        *n = c.n;
    } else {
        script_answers_free(c.a, c.lv->nquestions);
    }
    script_vm_close(&vm);
    return ok;
}

void script_answers_free(game_scripted *a, size_t n)
{
    if (!a) return;
    for (size_t i = 0; i < n; i++) free(a[i].steps);
    free(a);
}

bool script_catalog_load(game_catalog *out, game_error *err)
{
    memset(out, 0, sizeof *out);
    script_vm vm;
    if (!script_vm_open(&vm, NULL, err)) return false;
    lua_State *L = vm.L;
    bool ok = script_vm_load_engine(&vm, "catalog.lua", err) &&
              script_vm_call(&vm, 0, 1, "scripts/catalog.lua", err);
    if (ok && lua_type(L, -1) != LUA_TTABLE)
        ok = game_error_set(err, "scripts/catalog.lua", 0, "the catalog must return a table");
    if (ok) {
        size_t cap = 0;
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            if (lua_type(L, -2) == LUA_TSTRING) {
                if (out->n == cap) {
                    cap = cap ? cap * 2 : 64;
                    out->keys = realloc(out->keys, cap * sizeof *out->keys);
                    out->texts = realloc(out->texts, cap * sizeof *out->texts);
                    out->vous = realloc(out->vous, cap * sizeof *out->vous);
                }
                lua_pushvalue(L, -2);
                out->keys[out->n] = script_dup_string(L, -1);
                lua_pop(L, 1);
                memset(&out->texts[out->n], 0, sizeof out->texts[0]);
                read_text_lenient(L, &out->texts[out->n]);
                out->vous[out->n] = NULL;
                if (lua_type(L, -1) == LUA_TTABLE) {
                    if (lua_getfield(L, -1, "vous") == LUA_TSTRING)
                        out->vous[out->n] = script_dup_string(L, -1);
                    lua_pop(L, 1);
                }
                out->n++;
            }
            lua_pop(L, 1);
        }
    }
    script_vm_close(&vm);
    return ok;
}

const char *script_embedded_template(const char *name, size_t *len)
{
    return script_embedded_find(name, len);
}

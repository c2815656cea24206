/* script_level.c — a level file becomes a game_level: load it in its own sandbox, read the
 * level table and the fields common to every question, and hand each question's own fields to
 * its kind's row (script_kinds.c). The state stays open for the scoring rule (script_score.c).
 */
#include "script_picture.h"
#include "script_reader.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== a question: what every kind has ============================================ */

/* A field of some other kind: not a typo.   [-0, +0] */
static bool any_kind_field(lua_State *L, const char *name)
{
    (void)L;
    return script_kind_field(name);
}

/* A field of another kind than this question's is no typo, but it does nothing here: `min`
 * on a choice, `choices` on a true/false (the kind changed, or the wrong one was written).
 * Warned at its line, with the kinds it belongs to. Question on top.   [-0, +0] */
static void other_kinds_fields(script_reader *r, const char *what, int line, game_kind kind,
                               const char *const *known)
{
    lua_State *L = r->L;
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) continue;
        const char *k = lua_tostring(L, -1);
        bool mine = false;
        for (const char *const *f = known; !mine && *f; f++) mine = strcmp(*f, k) == 0;
        if (mine || !script_kind_field(k)) continue;
        char owners[200] = "";
        size_t used = 0;
        for (int o = 0; o < GAME_KIND_COUNT; o++) {
            for (const char *const *f = script_kind_get((game_kind)o)->fields; *f; f++) {
                if (strcmp(*f, k) != 0) continue;
                int w = snprintf(owners + used, sizeof owners - used, "%s%s", used ? ", " : "",
                                 game_kind_name((game_kind)o));
                if (w > 0 && (size_t)w < sizeof owners - used) used += (size_t)w;
                break;
            }
        }
        script_reader_warn(r, script_reader_line(r, line, k),
                           "%s: %s is not a field of a %s question, it does nothing here (it is "
                           "one of %s)",
                           what, k, game_kind_name(kind), owners);
    }
}

/* Reads the question table on top into q.   [-0, +0] */
static bool read_question(script_reader *r, size_t i, game_question *q)
{
    lua_State *L = r->L;
    char what[160];
    int line = r->qline;
    q->line = line;

    int t = script_rawfield(L, -1, "id");
    if (t == LUA_TSTRING) {
        if (lua_rawlen(L, -1) == 0 || lua_rawlen(L, -1) > 64 ||
            !script_reader_string(r, -1, "a question id", script_reader_line(r, line, "id"), 64)) {
            lua_pop(L, 1);
            return script_reader_fail(r, script_reader_line(r, line, "id"),
                                      "question %zu: id must be 1 to 64 characters", i + 1);
        }
        q->id = script_dup_string(L, -1);
    } else if (t == LUA_TNIL) {
        char buf[32];
        snprintf(buf, sizeof buf, "q%zu", i + 1);
        q->id = strdup(buf);
    } else {
        lua_pop(L, 1);
        return script_reader_fail(r, script_reader_line(r, line, "id"),
                                  "question %zu: id must be a string", i + 1);
    }
    lua_pop(L, 1);
    snprintf(what, sizeof what, "question %zu (\"%s\")", i + 1, q->id);

    t = script_rawfield(L, -1, "kind");
    if (t == LUA_TNIL) {
        q->kind = GAME_KIND_CHOICE;
    } else if (t != LUA_TSTRING) {
        lua_pop(L, 1);
        return script_reader_fail(r, script_reader_line(r, line, "kind"),
                                  "%s: kind must be a string, like kind = \"choice\"; use %s", what,
                                  game_kind_list());
    } else if (!game_kind_parse(lua_tostring(L, -1), &q->kind)) {
        const char *names[GAME_KIND_COUNT + 1];
        for (int k = 0; k < GAME_KIND_COUNT; k++) names[k] = game_kind_get((game_kind)k)->name;
        names[GAME_KIND_COUNT] = NULL;
        const char *near = script_nearest(lua_tostring(L, -1), names);
        char hint[80] = "";
        if (near) snprintf(hint, sizeof hint, " (did you mean \"%s\"?)", near);
        char bad[80];
        snprintf(bad, sizeof bad, "%s", lua_tostring(L, -1));
        lua_pop(L, 1);
        return script_reader_fail(r, script_reader_line(r, line, "kind"),
                                  "%s: unknown kind \"%s\"%s; use %s", what, bad, hint,
                                  game_kind_list());
    }
    lua_pop(L, 1);
    const char *known[64];
    script_kind_fields(q->kind, known, sizeof known / sizeof known[0]);
    script_reader_unknown(r, what, line, known, any_kind_field);
    other_kinds_fields(r, what, line, q->kind, known);
    const script_kind *kind = script_kind_get(q->kind);

    char fw[200];
    snprintf(fw, sizeof fw, "%s: prompt", what);
    script_rawfield(L, -1, "prompt");
    bool ok =
        script_reader_text(r, fw, script_reader_line(r, line, "prompt"), &q->prompt, true, 500);
    lua_pop(L, 1);
    if (!ok) return false;

    r->qindex = i;
    if (!kind->read(r, what, line, q)) return false;

    snprintf(fw, sizeof fw, "%s: explain", what);
    int eline = script_reader_line(r, line, "explain");
    t = script_rawfield(L, -1, "explain");
    if (t == LUA_TNIL)
        script_reader_warn(r, line, "%s has no explanation: players learn from it", what);
    ok = script_reader_text(r, fw, eline, &q->explain, false, 900);
    lua_pop(L, 1);
    if (!ok) return false;

    t = script_rawfield(L, -1, "source");
    snprintf(fw, sizeof fw, "%s: source", what);
    if (t == LUA_TSTRING &&
        script_reader_string(r, -1, fw, script_reader_line(r, line, "source"), 200))
        q->source = script_dup_string(L, -1);
    else if (t == LUA_TSTRING)
        ok = false;
    else if (t != LUA_TNIL)
        ok = script_reader_fail(r, script_reader_line(r, line, "source"),
                                "%s: source must be a string", what);
    lua_pop(L, 1);
    if (!ok) return false;

    int tline = script_reader_line(r, line, "time");
    t = script_rawfield(L, -1, "time");
    q->time_ms = kind->time_ms;
    if (t == LUA_TBOOLEAN && !lua_toboolean(L, -1)) {
        q->time_ms = 0;
    } else if (t != LUA_TNIL) {
        lua_Number v = lua_tonumber(L, -1);
        if (t == LUA_TNUMBER && !(v >= 0 && v <= 3600))
            ok = script_reader_fail(
                r, tline, "%s: time = %g: it must be a number of seconds from 0 (untimed) to 3600",
                what, v);
        else if (t != LUA_TNUMBER)
            ok = script_reader_fail(
                r, tline, "%s: time must be a number of seconds from 0 (untimed) to 3600, not a %s",
                what, lua_typename(L, t));
        else
            q->time_ms = (uint32_t)(v * 1000.0 + 0.5);
    }
    lua_pop(L, 1);
    if (!ok) return false;

    t = script_rawfield(L, -1, "image");
    uint64_t px;
    if (t != LUA_TNIL)
        ok = script_picture_read(r, script_reader_line(r, line, "image"), what, "image", &q->image,
                                 &px);
    lua_pop(L, 1);
    if (!ok) return false;

    t = script_rawfield(L, -1, "points");
    q->points = 1000;
    if (t != LUA_TNIL) {
        lua_Integer v = 0;
        snprintf(fw, sizeof fw, "%s: points", what);
        ok = script_reader_index(r, script_reader_line(r, line, "points"), fw, 0, 1000000, &v);
        if (ok) q->points = (uint32_t)v;
    }
    lua_pop(L, 1);
    return ok;
}

/* ==== the level table ============================================================ */

const char *const script_level_fields[] = {"id",        "title",   "description", "audience",
                                           "questions", "score",   "version",     "authors",
                                           "licence",   "license", NULL};

static bool valid_id(const char *s)
{
    if (!*s || strlen(s) > 64) return false;
    for (; *s; s++)
        if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-' || *s == '_'))
            return false;
    return true;
}

/* Reads the level table on top.   [-0, +0] */
static bool read_level(script_reader *r, game_level *lv)
{
    lua_State *L = r->L;
    if (lua_type(L, -1) != LUA_TTABLE)
        return script_reader_fail(
            r, 1, "a level file must return a table (return { id = …, questions = … })");
    script_reader_unknown(r, "level", 1, script_level_fields, NULL);

    int t = script_rawfield(L, -1, "id");
    bool ok = t == LUA_TSTRING && valid_id(lua_tostring(L, -1));
    if (ok) lv->id = script_dup_string(L, -1);
    lua_pop(L, 1);
    if (!ok)
        return script_reader_fail(
            r, script_reader_line(r, 1, "id"),
            "the level needs an id: lower-case letters, digits and dashes, like "
            "\"phishing-basics\"");

    script_rawfield(L, -1, "title");
    ok = script_reader_text(r, "title", script_reader_line(r, 1, "title"), &lv->title, true, 160);
    lua_pop(L, 1);
    if (!ok) return false;
    script_rawfield(L, -1, "description");
    ok = script_reader_text(r, "description", script_reader_line(r, 1, "description"),
                            &lv->description, false, 600);
    lua_pop(L, 1);
    if (!ok) return false;

    t = script_rawfield(L, -1, "audience");
    int aline = script_reader_line(r, 1, "audience");
    if (t == LUA_TSTRING) {
        ok = script_reader_string(r, -1, "audience", aline, 200);
        lv->audience = calloc(1, sizeof *lv->audience);
        if (ok && lv->audience) {
            lv->audience[0] = script_dup_string(L, -1);
            lv->naudience = 1;
        }
    } else if (t == LUA_TTABLE) {
        size_t n = (size_t)lua_rawlen(L, -1);
        if (n > 16) n = 16;
        lv->audience = calloc(n ? n : 1, sizeof *lv->audience);
        int saved = script_reader_enter(r, "audience");
        for (size_t i = 0; ok && lv->audience && i < n; i++) {
            if (lua_rawgeti(L, -1, (lua_Integer)i + 1) == LUA_TSTRING) {
                ok = script_reader_string(r, -1, "an audience",
                                          script_reader_item_line(r, i + 1, aline), 200);
                if (ok) lv->audience[lv->naudience++] = script_dup_string(L, -1);
            }
            lua_pop(L, 1);
        }
        script_reader_leave(r, saved);
    } else if (t != LUA_TNIL) {
        ok = script_reader_fail(r, script_reader_line(r, 1, "audience"),
                                "audience must be a list of strings");
    }
    lua_pop(L, 1);
    if (!ok) return false;

    int qline = script_reader_line(r, 1, "questions");
    t = script_rawfield(L, -1, "questions");
    if (t != LUA_TTABLE || lua_rawlen(L, -1) == 0) {
        lua_pop(L, 1);
        return script_reader_fail(r, qline, "the level needs a non-empty list of questions");
    }
    size_t n = (size_t)lua_rawlen(L, -1);
    if (n > 1000) {
        lua_pop(L, 1);
        return script_reader_fail(r, qline, "the level has %zu questions; 1000 at most", n);
    }
    lv->questions = calloc(n, sizeof *lv->questions);
    if (!lv->questions) {
        lua_pop(L, 1);
        return script_reader_fail(r, qline, "out of memory");
    }
    int from = qline;
    int level_node = script_reader_enter(r, "questions");
    int list_node = r->node;
    for (size_t i = 0; ok && i < n; i++) {
        r->node = list_node;
        int iline = script_reader_item_line(r, i + 1, from);
        if (lua_rawgeti(L, -1, (lua_Integer)i + 1) != LUA_TTABLE) {
            lua_pop(L, 2);
            script_reader_leave(r, level_node);
            return script_reader_fail(
                r, iline, "question %zu must be a table { kind = …, prompt = … }", i + 1);
        }
        script_reader_enter_item(r, i + 1);
        if (r->node) {
            r->qline = script_reader_here(r, from);
        } else if (list_node && iline != from) {
            /* a question made by code (a call in the list): it is where the list names it */
            r->qline = iline;
        } else { /* a list built by code too: the question starts at its prompt, near enough */
            r->qline = script_reader_line(r, from + (i ? 1 : 0), "prompt");
        }
        lv->nquestions = i + 1;
        ok = read_question(r, i, &lv->questions[i]);
        lua_pop(L, 1);
        from = r->qline;
        for (size_t j = 0; ok && j < i; j++)
            if (strcmp(lv->questions[j].id, lv->questions[i].id) == 0)
                ok = script_reader_fail(r, script_reader_line(r, r->qline, "id"),
                                        "question %zu: the id \"%s\" is used twice (question "
                                        "%zu has it)",
                                        i + 1, lv->questions[i].id, j + 1);
    }
    script_reader_leave(r, level_node);
    r->qline = 0;
    lua_pop(L, 1);
    if (!ok) return false;

    t = script_rawfield(L, -1, "score");
    if (t == LUA_TSTRING && !script_score_rule_known(lua_tostring(L, -1)))
        ok =
            script_reader_fail(r, script_reader_line(r, 1, "score"),
                               "score: no rule is called \"%s\"; did you mean \"%s\"?",
                               lua_tostring(L, -1), script_score_rule_nearest(lua_tostring(L, -1)));
    else if (t != LUA_TNIL && t != LUA_TFUNCTION && t != LUA_TSTRING)
        ok = script_reader_fail(r, script_reader_line(r, 1, "score"),
                                "score must be a function (answer, ctx) or the name of a rule "
                                "(\"accuracy\", \"no-streak\", \"no-speed\", \"confidence\", "
                                "\"standard\")");
    lua_pop(L, 1);
    return ok;
}

/* ==== loading ==================================================================== */

/* Protected: reads the level table (1) with the reader (2) into sl (3), then leaves the
 * scoring rule as the result.   [-3, +1, e] */
static int l_level_read(lua_State *L)
{
    script_reader *r = lua_touserdata(L, 2);
    script_level *sl = lua_touserdata(L, 3);
    lua_settop(L, 1);
    script_vm_pause(&sl->vm); /* reading is the engine's work, not the level's */
    bool ok = read_level(r, sl->level);
    script_vm_resume(&sl->vm);
    if (!ok) {
        r->failed = true;
        return 0;
    }
    script_score_push_rule(L, sl, 1, r->path);
    return 1;
}

bool script_level_load(const char *path, const script_options *opt, script_warn_fn warn,
                       void *warn_ud, script_level **out, game_error *err)
{
    *out = NULL;
    size_t len;
    char *src = script_read_file(path, &len, err);
    if (!src) return false;
    bool ok = script_level_load_source(path, src, len, opt, warn, warn_ud, out, err);
    free(src);
    return ok;
}

bool script_level_load_source(const char *path, const char *src, size_t len,
                              const script_options *opt, script_warn_fn warn, void *warn_ud,
                              script_level **out, game_error *err)
{
    *out = NULL;
    char *text = NULL; /* a terminated copy: the line finder reads it as a C string */
    script_level *sl = calloc(1, sizeof *sl);
    if (!sl) return game_error_set(err, path, 0, "out of memory");
    text = malloc(len + 1);
    if (!text) {
        game_error_set(err, path, 0, "out of memory");
        goto fail;
    }
    memcpy(text, src, len);
    text[len] = '\0';
    src = text;
    if (!script_vm_open(&sl->vm, opt, err)) goto fail;
    if (!script_vm_load(&sl->vm, src, len, path, err)) goto fail;
    if (!script_vm_call(&sl->vm, 0, 1, path, err)) goto fail;

    lua_State *L = sl->vm.L;
    sl->level = calloc(1, sizeof *sl->level);
    if (!sl->level) {
        game_error_set(err, path, 0, "out of memory");
        goto fail;
    }
    sl->level->path = strdup(path);
    script_reader r = {L, path, src, warn, warn_ud, err, 0, 0, false, NULL, NULL, 0, false};
    script_reader_fields_build(&r);
    /* stack: level table. Reading runs protected: a level that filled its memory to the
     * brim makes our reads fail with an error, not a panic. */
    lua_pushcfunction(L, l_level_read);
    lua_insert(L, -2);
    lua_pushlightuserdata(L, &r);
    lua_pushlightuserdata(L, sl);
    bool read_ok = script_vm_call(&sl->vm, 3, 1, path, err);
    script_reader_fields_free(&r);
    if (!read_ok || r.failed) goto fail;
    /* stack: the scoring rule, at SCRIPT_SCORE_SLOT */
    free(text);
    *out = sl;
    return true;
fail:
    free(text);
    script_level_unload(sl);
    return false;
}

void script_level_unload(script_level *sl)
{
    if (!sl) return;
    script_vm_close(&sl->vm);
    game_level_destroy(sl->level);
    free(sl->score_where);
    free(sl);
}

const game_level *script_level_data(const script_level *sl)
{
    return sl->level;
}

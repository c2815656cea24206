/* script_play.c — mini-games: runs a game question's init, update, draw, input and finish in
 * the level's sandbox, turns `g`'s drawing calls into a canvas, and reads the result.
 *
 * Every call goes through script_vm_call, so the memory cap holds; update, draw and input get
 * the frame's budget (50 ms, VIGIE_FRAME_BUDGET_MS) instead of the level's. Everything that
 * touches the level's values runs inside that protected call.
 */
#include "script_vm.h"

#include <lauxlib.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TEXT_MAX_BYTES  2000 /* one text drawn */
#define RESULT_TEXT_MAX 300
#define RESULT_WHY_MAX  600

static uint32_t frame_budget(void)
{
    const char *e = getenv("VIGIE_FRAME_BUDGET_MS");
    long v = e && *e ? strtol(e, NULL, 10) : 0;
    return v > 0 && v <= 10000 ? (uint32_t)v : 50;
}

static script_level *level_of(lua_State *L)
{
    return lua_touserdata(L, lua_upvalueindex(1));
}

/* ---- arguments ---- */

static float num(lua_State *L, int i)
{
    lua_Number v = luaL_checknumber(L, i);
    if (!isfinite(v)) return 0;
    return (float)(v < -100000 ? -100000 : v > 100000 ? 100000 : v);
}

static float optnum(lua_State *L, int i, float def)
{
    return lua_isnoneornil(L, i) ? def : num(L, i);
}

/* NULL when s (len bytes) is fine to show, else why not. */
static const char *text_problem(const char *s, size_t len, size_t max)
{
    if (len > max) return "is too long";
    int bad = script_text_scan(s, len);
    return bad < 0                                      ? "is not valid UTF-8 text"
           : bad && script_text_mark((unsigned)bad - 1) ? "contains a line separator or "
                                                          "text-direction mark"
           : bad                                        ? "contains a control character"
                                                        : NULL;
}

/* The text at i in lang: a string, or { fr = …, en = … } (the other language when one is
 * missing). Raises an error naming `what` otherwise.   [-0, +1, e] */
static const char *push_text(lua_State *L, int i, game_lang lang, const char *what, size_t max)
{
    i = lua_absindex(L, i);
    int t = lua_type(L, i);
    if (t == LUA_TTABLE) {
        if (lua_getfield(L, i, game_lang_code(lang)) != LUA_TSTRING) {
            lua_pop(L, 1);
            lua_getfield(L, i, game_lang_code(lang == GAME_LANG_FR ? GAME_LANG_EN : GAME_LANG_FR));
        }
    } else {
        lua_pushvalue(L, i);
    }
    if (lua_type(L, -1) == LUA_TNUMBER) lua_tostring(L, -1);
    if (lua_type(L, -1) != LUA_TSTRING)
        luaL_error(L, "%s must be a string or { fr = \"…\", en = \"…\" }", what);
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    const char *why = text_problem(s, len, max);
    if (why)
        luaL_error(L, "%s %s (%d bytes; %d at most)", what, why,
                   (int)(len > 1u << 30 ? 1u << 30 : len), (int)max);
    return s;
}

static void color_arg(lua_State *L, int i, game_draw *d)
{
    const char *s = luaL_checkstring(L, i);
    if (!game_color_parse(s, &d->theme, &d->rgba))
        luaL_error(L,
                   "unknown colour \"%s\": use a theme name (bg, panel, panel-hi, text, muted, "
                   "accent, right, wrong, ink, focus) or \"#rrggbb\"",
                   s);
}

/* ---- g's drawing functions ---- */

static script_level *drawing(lua_State *L, const char *name)
{
    script_level *sl = level_of(L);
    if (!sl->play.drawing || !sl->play.canvas)
        luaL_error(L, "g.%s draws, so it only works inside draw(g)", name);
    return sl;
}

static int add(lua_State *L, script_level *sl, const game_draw *d, const char *text)
{
    if (!game_canvas_add(sl->play.canvas, d, text))
        return luaL_error(L, "more than %d shapes and texts (or %d KiB of text) in one frame",
                          GAME_CANVAS_MAX_CMDS, GAME_CANVAS_MAX_TEXT / 1024);
    return 0;
}

static int l_play_clear(lua_State *L)
{
    script_level *sl = drawing(L, "clear");
    game_draw d = {.kind = GAME_DRAW_RECT, .w = GAME_CANVAS_W, .h = GAME_CANVAS_H};
    color_arg(L, 1, &d);
    return add(L, sl, &d, NULL);
}

static int shape(lua_State *L, const char *name, game_draw_kind kind, float def_size)
{
    script_level *sl = drawing(L, name);
    game_draw d = {.kind = (unsigned char)kind};
    d.x = num(L, 1);
    d.y = num(L, 2);
    d.w = num(L, 3);
    d.h = num(L, 4);
    color_arg(L, 5, &d);
    d.size = optnum(L, 6, def_size);
    if (d.size < 0) d.size = 0;
    if (d.size > 300) d.size = 300;
    if (kind != GAME_DRAW_LINE && (d.w <= 0 || d.h <= 0)) return 0; /* nothing to draw */
    return add(L, sl, &d, NULL);
}

static int l_play_rect(lua_State *L)
{
    return shape(L, "rect", GAME_DRAW_RECT, 0);
}

static int l_play_panel(lua_State *L)
{
    return shape(L, "panel", GAME_DRAW_PANEL, 16);
}

static int l_play_frame(lua_State *L)
{
    return shape(L, "frame", GAME_DRAW_FRAME, 3);
}

static int l_play_line(lua_State *L)
{
    return shape(L, "line", GAME_DRAW_LINE, 4);
}

static int l_play_circle(lua_State *L)
{
    script_level *sl = drawing(L, "circle");
    game_draw d = {.kind = GAME_DRAW_CIRCLE};
    d.x = num(L, 1);
    d.y = num(L, 2);
    d.w = num(L, 3);
    color_arg(L, 4, &d);
    if (d.w <= 0) return 0;
    if (d.w > 2000) d.w = 2000;
    return add(L, sl, &d, NULL);
}

static unsigned char pick(lua_State *L, int t, const char *field, const char *const *names,
                          unsigned char def)
{
    if (lua_getfield(L, t, field) == LUA_TNIL) {
        lua_pop(L, 1);
        return def;
    }
    const char *s = lua_tostring(L, -1);
    for (unsigned char i = 0; names[i]; i++)
        if (s && lua_type(L, -1) == LUA_TSTRING && strcmp(s, names[i]) == 0) {
            lua_pop(L, 1);
            return i;
        }
    return (unsigned char)luaL_error(L, "style.%s must be \"%s\", \"%s\" or \"%s\"", field,
                                     names[0], names[1], names[2]);
}

/* g.text(text, x, y, w, h [, style]) */
static int l_play_text(lua_State *L)
{
    script_level *sl = drawing(L, "text");
    game_draw d = {.kind = GAME_DRAW_TEXT, .size = 32, .theme = GAME_COLOR_TEXT};
    d.x = num(L, 2);
    d.y = num(L, 3);
    d.w = num(L, 4);
    d.h = num(L, 5);
    if (!lua_isnoneornil(L, 6)) {
        luaL_checktype(L, 6, LUA_TTABLE);
        if (lua_getfield(L, 6, "size") != LUA_TNIL) d.size = num(L, -1);
        lua_pop(L, 1);
        if (lua_getfield(L, 6, "color") != LUA_TNIL) color_arg(L, lua_gettop(L), &d);
        lua_pop(L, 1);
        static const char *const aligns[] = {"left", "center", "right", NULL};
        static const char *const valigns[] = {"top", "middle", "bottom", NULL};
        d.align = pick(L, 6, "align", aligns, 0);
        d.valign = pick(L, 6, "valign", valigns, 0);
        lua_getfield(L, 6, "bold");
        d.bold = lua_toboolean(L, -1) ? 1 : 0;
        lua_pop(L, 1);
    }
    if (d.size < 24) d.size = 24;
    if (d.size > 120) d.size = 120;
    const char *s = push_text(L, 1, sl->play.lang, "g.text's text", TEXT_MAX_BYTES);
    if (d.w <= 0 || d.h <= 0 || !*s) return 0;
    return add(L, sl, &d, s);
}

/* g.image(name, x, y, w, h) */
static int l_play_image(lua_State *L)
{
    script_level *sl = drawing(L, "image");
    const char *name = luaL_checkstring(L, 1);
    const game_question *q = &sl->level->questions[sl->play.question];
    size_t k = 0;
    while (k < q->nimages && strcmp(q->images[k], name) != 0) k++;
    if (k == q->nimages)
        return luaL_error(L, "g.image: \"%s\" is not in the question's images = { … }", name);
    game_draw d = {.kind = GAME_DRAW_IMAGE, .text = (uint32_t)k};
    d.x = num(L, 2);
    d.y = num(L, 3);
    d.w = num(L, 4);
    d.h = num(L, 5);
    if (d.w <= 0 || d.h <= 0) return 0;
    return add(L, sl, &d, NULL);
}

/* ---- functions usable anywhere in the game ---- */

static int l_play_sound(lua_State *L)
{
    script_level *sl = level_of(L);
    static const char *const names[] = {"right", "wrong", "click", "time", NULL};
    int s = luaL_checkoption(L, 1, NULL, names);
    if (sl->play.nsounds < GAME_CANVAS_SOUNDS)
        sl->play.sounds[sl->play.nsounds++] = (unsigned char)s;
    return 0;
}

static int l_play_tr(lua_State *L)
{
    script_level *sl = level_of(L);
    push_text(L, 1, sl->play.lang, "g.tr's text", 1u << 20);
    return 1;
}

static const luaL_Reg g_functions[] = {{"clear", l_play_clear},
                                       {"rect", l_play_rect},
                                       {"panel", l_play_panel},
                                       {"frame", l_play_frame},
                                       {"line", l_play_line},
                                       {"circle", l_play_circle},
                                       {"text", l_play_text},
                                       {"image", l_play_image},
                                       {"sound", l_play_sound},
                                       {"tr", l_play_tr},
                                       {NULL, NULL}};

/* ---- the calls ---- */

typedef enum { OP_START = 0, OP_UPDATE, OP_INPUT, OP_DRAW, OP_FINISH } play_op;

static const char *const op_names[] = {"init", "update", "input", "draw", "finish"};

typedef struct {
    play_op op;
    script_level *sl;
    double dt;
    uint32_t time_left_ms;
    const game_event *ev;
    bool timeout;
    bool over;
    game_play_result *result;
} play_call;

/* Raw: a metatable the level put on g runs none of its code here. */
static void set_number(lua_State *L, int t, const char *k, lua_Number v)
{
    t = lua_absindex(L, t);
    lua_pushstring(L, k);
    lua_pushnumber(L, v);
    lua_rawset(L, t);
}

/* Builds g, gives it the tweens (scripts/play.lua), and leaves it in the registry. [e] */
static void make_g(lua_State *L, script_level *sl)
{
    lua_createtable(L, 0, 24);
    int g = lua_gettop(L);
    lua_pushliteral(L, "width");
    lua_pushinteger(L, GAME_CANVAS_W);
    lua_rawset(L, g);
    lua_pushliteral(L, "height");
    lua_pushinteger(L, GAME_CANVAS_H);
    lua_rawset(L, g);
    for (const luaL_Reg *f = g_functions; f->name; f++) {
        lua_pushstring(L, f->name);
        lua_pushlightuserdata(L, sl);
        lua_pushcclosure(L, f->func, 1);
        lua_rawset(L, g);
    }
    if (script_embedded_load(L, "play.lua") != LUA_OK)
        luaL_error(L, "the engine's scripts/play.lua is missing from the build");
    lua_call(L, 0, 1);
    lua_pushvalue(L, g);
    lua_call(L, 1, 0);
    lua_setfield(L, LUA_REGISTRYINDEX, SCRIPT_GAME_KEY);
}

/* Reads one text of the result at t[field].   [-0, +0, e] */
static void result_text(lua_State *L, int t, const char *field, const char *what, size_t max,
                        bool required, game_text *out)
{
    int ty = lua_getfield(L, t, field);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        if (required) luaL_error(L, "finish: %s is missing", what);
        return;
    }
    for (int i = 0; i < GAME_LANG_COUNT; i++) {
        push_text(L, -1 - i, (game_lang)i, what, max);
        out->s[i] = strdup(lua_tostring(L, -1));
    }
    lua_pop(L, 3);
}

static void read_result(lua_State *L, int t, game_play_result *r)
{
    if (lua_type(L, t) != LUA_TTABLE)
        luaL_error(L, "finish must return a table { credit = 0 … 1, summary = …, items = { … } }");
    lua_getfield(L, t, "credit");
    int isnum = 0;
    lua_Number c = lua_tonumberx(L, -1, &isnum);
    lua_pop(L, 1);
    if (!isnum || !(c >= 0 && c <= 1))
        luaL_error(L, "finish: credit must be a number from 0 (nothing right) to 1 (all right)");
    r->credit = c;
    result_text(L, t, "summary", "the summary", RESULT_TEXT_MAX, false, &r->summary);
    int ty = lua_getfield(L, t, "items");
    if (ty != LUA_TNIL && ty != LUA_TTABLE) luaL_error(L, "finish: items must be a list");
    size_t n = ty == LUA_TTABLE ? (size_t)lua_rawlen(L, -1) : 0;
    if (n > GAME_PLAY_MAX_ITEMS)
        luaL_error(L, "finish: %d items; %d at most", (int)(n > 1000000 ? 1000000 : n),
                   GAME_PLAY_MAX_ITEMS);
    int items = lua_gettop(L);
    for (size_t i = 0; i < n; i++) {
        if (lua_rawgeti(L, items, (lua_Integer)i + 1) != LUA_TTABLE)
            luaL_error(L, "finish: item %d must be a table { text = …, ok = …, why = … }",
                       (int)i + 1);
        int it = lua_gettop(L);
        game_play_item *item = &r->items[r->nitems++];
        result_text(L, it, "text", "an item's text", RESULT_TEXT_MAX, true, &item->text);
        result_text(L, it, "why", "an item's why", RESULT_WHY_MAX, false, &item->why);
        /* ok: true/false, or a share from 0 to 1 (between: partly right) */
        if (lua_getfield(L, it, "ok") == LUA_TNUMBER) {
            lua_Number v = lua_tonumber(L, -1);
            if (!(v >= 0 && v <= 1))
                luaL_error(L, "finish: item %d's ok must be true, false or 0 to 1", (int)i + 1);
            item->ok = v >= 1;
            item->partly = v > 0 && v < 1;
        } else {
            item->ok = lua_toboolean(L, -1);
        }
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
}

/* Protected: one call into the game, described by the play_call (1).   [-1, +0, e] */
static int l_play_call(lua_State *L)
{
    play_call *c = lua_touserdata(L, 1);
    script_level *sl = c->sl;
    lua_settop(L, 0);
    if (c->op == OP_START) make_g(L, sl);
    if (lua_getfield(L, LUA_REGISTRYINDEX, SCRIPT_GAME_KEY) != LUA_TTABLE)
        return luaL_error(L, "no game is running");
    int g = lua_gettop(L);
    lua_pushliteral(L, "lang");
    lua_pushstring(L, game_lang_code(sl->play.lang));
    lua_rawset(L, g);
    lua_pushliteral(L, "reduced_motion");
    lua_pushboolean(L, sl->play.reduced_motion);
    lua_rawset(L, g);
    set_number(L, g, "clock", sl->play.clock);
    if (sl->play.limit_ms) {
        set_number(L, g, "time_left", c->time_left_ms / 1000.0);
    }
    if (lua_getfield(L, LUA_REGISTRYINDEX, SCRIPT_PLAY_KEY) != LUA_TTABLE ||
        lua_rawgeti(L, -1, (lua_Integer)sl->play.question + 1) != LUA_TTABLE)
        return luaL_error(L, "question %d is not a game", (int)sl->play.question + 1);
    if (lua_getfield(L, -1, op_names[c->op]) != LUA_TFUNCTION) {
        if (c->op == OP_DRAW || c->op == OP_FINISH)
            return luaL_error(L, "the game has no %s function", op_names[c->op]);
        return 0; /* init, update and input are optional */
    }
    int nargs = 1;
    switch (c->op) {
    case OP_START:
    case OP_DRAW:
        lua_pushvalue(L, g);
        break;
    case OP_UPDATE:
        lua_pushnumber(L, c->dt);
        break;
    case OP_INPUT: {
        static const char *const kinds[] = {"key", "press", "move", "release"};
        lua_createtable(L, 0, 3);
        lua_pushstring(L, kinds[c->ev->kind]);
        lua_setfield(L, -2, "type");
        if (c->ev->kind == GAME_EV_KEY) {
            lua_pushstring(L, c->ev->key);
            lua_setfield(L, -2, "key");
        } else {
            /* whole units: a game compares them with its own layout */
            lua_pushinteger(L, (lua_Integer)floor(c->ev->x + 0.5));
            lua_setfield(L, -2, "x");
            lua_pushinteger(L, (lua_Integer)floor(c->ev->y + 0.5));
            lua_setfield(L, -2, "y");
        }
        break;
    }
    case OP_FINISH:
        lua_pushboolean(L, c->timeout);
        break;
    }
    lua_call(L, nargs, 1);
    if (c->op == OP_UPDATE || c->op == OP_INPUT) c->over = lua_toboolean(L, -1);
    if (c->op == OP_FINISH) read_result(L, lua_gettop(L), c->result);
    return 0;
}

static bool call(script_level *sl, play_call *c, game_error *err)
{
    script_vm *vm = &sl->vm;
    const game_level *lv = sl->level;
    if (c->op != OP_START && !sl->play.running)
        return game_error_set(err, lv->path, 0, "the game is not running (it failed or ended)");
    bool frame = c->op == OP_UPDATE || c->op == OP_INPUT || c->op == OP_DRAW;
    uint32_t budget = vm->budget_ms;
    if (frame) vm->budget_ms = sl->play.frame_budget_ms;
    lua_pushcfunction(vm->L, l_play_call);
    lua_pushlightuserdata(vm->L, c);
    bool ok = script_vm_call(vm, 1, 0, lv->path, err);
    vm->budget_ms = budget;
    if (!ok) {
        sl->play.running = false;
        if (err && err->kind == GAME_ERR_TIME && frame) {
            char msg[200];
            snprintf(msg, sizeof msg,
                     "the game's %s took more than %u ms, the budget of one frame, and was "
                     "stopped (an endless loop, or too much work in one frame?)",
                     op_names[c->op], sl->play.frame_budget_ms);
            snprintf(err->message, sizeof err->message, "%s", msg);
        }
    }
    return ok;
}

static bool host_start(void *ud, size_t question, game_lang lang, uint32_t limit_ms,
                       game_error *err)
{
    script_level *sl = ud;
    const game_level *lv = sl->level;
    if (question >= lv->nquestions || lv->questions[question].kind != GAME_KIND_PLAY)
        return game_error_set(err, lv->path, 0, "question %zu is not a game", question + 1);
    sl->play = (script_play){.question = question,
                             .lang = lang,
                             .limit_ms = limit_ms,
                             .frame_budget_ms = frame_budget(),
                             .reduced_motion = sl->play.reduced_motion};
    play_call c = {.op = OP_START, .sl = sl, .time_left_ms = limit_ms};
    sl->play.running = true;
    return call(sl, &c, err);
}

static bool host_update(void *ud, double dt, uint32_t time_left_ms, bool *over, game_error *err)
{
    script_level *sl = ud;
    if (!(dt >= 0)) dt = 0;
    if (dt > 0.25) dt = 0.25; /* a stall (a dragged window) is not a leap in the game */
    sl->play.clock += dt;
    play_call c = {.op = OP_UPDATE, .sl = sl, .dt = dt, .time_left_ms = time_left_ms};
    bool ok = call(sl, &c, err);
    *over = ok && c.over;
    return ok;
}

static bool host_input(void *ud, const game_event *ev, bool *over, game_error *err)
{
    script_level *sl = ud;
    play_call c = {.op = OP_INPUT, .sl = sl, .ev = ev};
    bool ok = call(sl, &c, err);
    *over = ok && c.over;
    return ok;
}

static bool host_draw(void *ud, game_lang lang, game_canvas *out, game_error *err)
{
    script_level *sl = ud;
    sl->play.lang = lang;
    game_canvas_reset(out);
    sl->play.canvas = out;
    sl->play.drawing = true;
    play_call c = {.op = OP_DRAW, .sl = sl};
    bool ok = call(sl, &c, err);
    sl->play.drawing = false;
    sl->play.canvas = NULL;
    for (size_t i = 0; i < sl->play.nsounds; i++)
        game_canvas_sound(out, (game_sound)sl->play.sounds[i]);
    sl->play.nsounds = 0;
    return ok;
}

static bool host_finish(void *ud, bool timeout, game_play_result *out, game_error *err)
{
    script_level *sl = ud;
    memset(out, 0, sizeof *out);
    play_call c = {.op = OP_FINISH, .sl = sl, .timeout = timeout, .result = out};
    bool ok = call(sl, &c, err);
    sl->play.running = false;
    if (!ok) game_play_result_deinit(out);
    return ok;
}

static void host_set_reduced_motion(void *ud, bool on)
{
    script_level *sl = ud;
    sl->play.reduced_motion = on;
}

static const game_play_host host = {host_start, host_update, host_input,
                                    host_draw,  host_finish, host_set_reduced_motion};

const game_play_host *script_play_host(void)
{
    return &host;
}

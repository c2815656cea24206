/* ui_play.c — mini-games on screen: starts the level's game when its question shows, runs
 * its frames, hands it keys and pointer positions in canvas units, draws its canvas, and
 * shows its result in the feedback. The game's code sits behind the level's host
 * (game/game_play.h); the ui never sees Lua. Its kind's view is the row at the end.
 */
#include "ui_kinds.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool clip_to(gfx_rect *a, gfx_rect b)
{
    int x0 = a->x > b.x ? a->x : b.x, y0 = a->y > b.y ? a->y : b.y;
    int x1 = a->x + a->w < b.x + b.w ? a->x + a->w : b.x + b.w;
    int y1 = a->y + a->h < b.y + b.h ? a->y + a->h : b.y + b.h;
    *a = (gfx_rect){x0, y0, x1 - x0, y1 - y0};
    return x1 > x0 && y1 > y0;
}

static const ui_level *cur_level(const ui *u)
{
    return &u->packs[u->cur_pack].levels[u->cur_level];
}

static bool playing_question(const ui *u)
{
    return u->screen == UI_SCREEN_GAME && game_session_phase(u->session) == GAME_PHASE_QUESTION &&
           game_kind_get(game_session_question(u->session)->kind)->shape == GAME_SHAPE_PLAY;
}

bool ui_play_live(const ui *u)
{
    return u->play.live && playing_question(u);
}

static void fail(ui *u, const game_error *err, uint64_t now)
{
    u->play.live = false;
    ui_show_error(u, err, now);
}

/* The game said it was over (or the time ran out): its result, then the answer. */
static void end_game(ui *u, bool timeout, uint64_t now)
{
    const ui_level *l = cur_level(u);
    game_error err = {0};
    game_play_result_deinit(&u->play.result);
    u->play.live = false;
    if (!l->play->finish(l->play_ud, timeout, &u->play.result, &err)) {
        fail(u, &err, now);
        return;
    }
    u->play.has_result = true;
    if (!timeout) {
        game_action a = {.kind = GAME_ACT_FINISH, .value = u->play.result.credit};
        ui_act(u, &a, now);
    }
}

void ui_play_update(ui *u, uint64_t now)
{
    if (u->screen != UI_SCREEN_GAME) {
        u->play.live = false;
        return;
    }
    game_phase ph = game_session_phase(u->session);
    size_t qi = game_session_question_index(u->session);
    if (u->play.live && (ph != GAME_PHASE_QUESTION || qi != u->play.q)) {
        /* The question ended without the game: its time ran out. It still explains. */
        const game_answer *a = game_session_answer(u->session, u->play.q);
        if (ph == GAME_PHASE_FEEDBACK && qi == u->play.q && a && a->timeout) end_game(u, true, now);
        u->play.live = false;
        return;
    }
    if (!playing_question(u)) return;
    const ui_level *l = cur_level(u);
    game_error err = {0};
    if (!l->play) {
        game_error_set(&err, l->path, 0, "this build cannot run mini-games");
        fail(u, &err, now);
        return;
    }
    const game_question *q = game_session_question(u->session);
    if (!u->play.live) {
        game_play_result_deinit(&u->play.result);
        u->play.has_result = false;
        u->play.first = 0;
        u->play.q = qi;
        u->play.tick = now;
        u->play.pointer = false;
        if (l->play->set_reduced_motion) l->play->set_reduced_motion(l->play_ud, ui_still(u));
        if (!l->play->start(l->play_ud, qi, u->lang, game_session_limit(u->session, q), &err)) {
            fail(u, &err, now);
            return;
        }
        u->play.live = true;
        u->dirty = true;
        return;
    }
    if (now <= u->play.tick) return;
    double dt = (double)(now - u->play.tick) / 1000.0;
    u->play.tick = now;
    bool over = false;
    if (!l->play->update(l->play_ud, dt, game_session_time_left(u->session, now), &over, &err)) {
        fail(u, &err, now);
        return;
    }
    u->dirty = true;
    if (over) end_game(u, false, now);
}

/* The canvas on screen: the largest 2:1 box under the top bar, above the hint line. */
static gfx_rect canvas_rect(ui *u, const ui_metrics *m, int top)
{
    (void)u;
    int bottom = m->H - ui_footer_height(m) - m->gap / 2;
    int aw = m->W - 2 * m->pad / 2, ah = bottom - top;
    if (ah < 1) ah = 1;
    int w = aw, h = (int)((long)aw * GAME_CANVAS_H / GAME_CANVAS_W);
    if (h > ah) {
        h = ah;
        w = (int)((long)ah * GAME_CANVAS_W / GAME_CANVAS_H);
    }
    return (gfx_rect){(m->W - w) / 2, top + (ah - h) / 2, w, h};
}

static gfx_color theme_color(const game_draw *d)
{
    switch ((game_color)d->theme) {
    case GAME_COLOR_BG:
        return UI_BG;
    case GAME_COLOR_PANEL:
        return UI_PANEL;
    case GAME_COLOR_PANEL_HI:
        return UI_PANEL_HI;
    case GAME_COLOR_TEXT:
        return UI_TEXT;
    case GAME_COLOR_MUTED:
        return UI_MUTED;
    case GAME_COLOR_ACCENT:
        return UI_ACCENT;
    case GAME_COLOR_RIGHT:
        return UI_RIGHT;
    case GAME_COLOR_WRONG:
        return UI_WRONG;
    case GAME_COLOR_INK:
        return UI_INK;
    case GAME_COLOR_FOCUS:
        return UI_FOCUS;
    default:
        return (gfx_color){(uint8_t)(d->rgba >> 24), (uint8_t)(d->rgba >> 16),
                           (uint8_t)(d->rgba >> 8), (uint8_t)d->rgba};
    }
}

/* Draws one frame's commands into r (canvas units scaled by s). */
static void draw_canvas(ui *u, const game_canvas *c, gfx_rect r)
{
    gfx *g = u->g;
    float s = (float)r.w / GAME_CANVAS_W;
    const game_question *q = game_session_question(u->session);
    gfx_clip(g, &r);
    for (size_t i = 0; i < c->n; i++) {
        const game_draw *d = &c->cmds[i];
        gfx_color col = theme_color(d);
        gfx_rect b = {r.x + (int)lroundf(d->x * s), r.y + (int)lroundf(d->y * s),
                      (int)lroundf(d->w * s), (int)lroundf(d->h * s)};
        switch ((game_draw_kind)d->kind) {
        case GAME_DRAW_RECT:
            gfx_fill_rect(g, b, col);
            break;
        case GAME_DRAW_PANEL:
            gfx_fill_rounded(g, b, (int)lroundf(d->size * s), col);
            break;
        case GAME_DRAW_FRAME: {
            int t = (int)lroundf(d->size * s);
            if (t < 1) t = 1;
            gfx_fill_rect(g, (gfx_rect){b.x, b.y, b.w, t}, col);
            gfx_fill_rect(g, (gfx_rect){b.x, b.y + b.h - t, b.w, t}, col);
            gfx_fill_rect(g, (gfx_rect){b.x, b.y + t, t, b.h - 2 * t}, col);
            gfx_fill_rect(g, (gfx_rect){b.x + b.w - t, b.y + t, t, b.h - 2 * t}, col);
            break;
        }
        case GAME_DRAW_CIRCLE:
            gfx_fill_circle(g, b.x, b.y, (int)lroundf(d->w * s), col);
            break;
        case GAME_DRAW_LINE:
            gfx_line(g, (float)r.x + d->x * s, (float)r.y + d->y * s, (float)r.x + d->w * s,
                     (float)r.y + d->h * s, d->size * s, col);
            break;
        case GAME_DRAW_TEXT: {
            const char *text = c->text + d->text;
            gfx_font f = d->bold ? GFX_FONT_BOLD : GFX_FONT_REGULAR;
            /* On a narrow (4:3) window the canvas shrinks with the width; its text grows back
             * toward its own size wherever its box has the room, up to a fifth larger. */
            float boost = s < 1.0f ? fminf(1.0f / s, 1.2f) : 1.0f;
            int max_px = (int)lroundf(d->size * s * boost), min_px = (int)lroundf(24 * s);
            if (min_px > max_px) min_px = max_px;
            if (max_px < 8) max_px = min_px = 8;
            int px = gfx_text_fit(g, text, f, max_px, min_px, b.w, b.h);
            int th = gfx_text_wrapped_height(g, text, f, px, b.w, NULL);
            int y = b.y;
            if (d->valign == GAME_VALIGN_MIDDLE && th < b.h) y += (b.h - th) / 2;
            if (d->valign == GAME_VALIGN_BOTTOM && th < b.h) y += b.h - th;
            gfx_rect clip = b;
            if (clip_to(&clip, r)) {
                gfx_clip(g, &clip);
                gfx_text_wrapped(g, text, f, px, b.x, y, b.w, (gfx_align)d->align, col);
                gfx_clip(g, &r);
            }
            break;
        }
        case GAME_DRAW_IMAGE:
            if (d->text < q->nimages && !gfx_image_draw(g, q->image_paths[d->text], b, NULL)) {
                gfx_fill_rounded(g, b, 8, UI_PANEL_HI);
                ui_draw_cross(g, b.x + b.w / 2, b.y + b.h / 2, b.h / 3 > 8 ? b.h / 3 : 8, UI_MUTED);
            }
            break;
        }
    }
    gfx_clip(g, NULL);
}

const char *ui_play_hint(const ui *u, uint64_t now)
{
    return now < u->leave_until ? "q.leave" : "q.game_keys";
}

static void play_question(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    (void)t;
    int bar = ui_top_bar(u, m, now, draw);
    /* An untimed game keeps its own pace: no empty countdown track above it. */
    bool timed = game_session_limit(u->session, game_session_question(u->session)) > 0;
    if (draw && timed) ui_timer_bar(u, m, bar, now);
    int top = timed ? bar + m->H / 60 + m->gap * 2 /* below the countdown bar */ : bar + m->gap;
    gfx_rect r = canvas_rect(u, m, top);
    u->play.rect = r;
    if (!draw) return;
    if (now < u->leave_until)
        ui_leave_notice(u, m);
    else
        ui_footer(u, m, ui_str(u, ui_play_hint(u, now)));
    gfx_fill_rounded(u->g, r, m->radius, UI_PANEL); /* the canvas: a "panel" surface */
    if (!u->play.live) return;
    const ui_level *l = cur_level(u);
    game_error err = {0};
    if (!l->play->draw(l->play_ud, u->lang, &u->play.canvas, &err)) {
        fail(u, &err, now);
        return;
    }
    draw_canvas(u, &u->play.canvas, r);
    for (size_t i = 0; i < u->play.canvas.nsounds; i++) {
        static const audio_sound map[] = {AUDIO_RIGHT, AUDIO_WRONG, AUDIO_CLICK, AUDIO_TIMEUP};
        if (u->play.canvas.sounds[i] < 4) audio_play(u->a, map[u->play.canvas.sounds[i]]);
    }
    u->play.canvas.nsounds = 0;
}

/* ---- input ---- */

static bool key_name(const input_event *ev, char *out, size_t n)
{
    switch (ev->key) {
    case INPUT_KEY_UP:
        if (ev->sym == '\t') break;
        snprintf(out, n, "up");
        return true;
    case INPUT_KEY_DOWN:
        if (ev->sym == '\t') break;
        snprintf(out, n, "down");
        return true;
    case INPUT_KEY_LEFT:
        snprintf(out, n, "left");
        return true;
    case INPUT_KEY_RIGHT:
        snprintf(out, n, "right");
        return true;
    default:
        break;
    }
    int c = ev->sym;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        snprintf(out, n, "%c", c);
        return true;
    }
    const char *name = c == ' '    ? "space"
                       : c == '\r' ? "enter"
                       : c == '\b' ? "backspace"
                       : c == '\t' ? "tab"
                                   : NULL;
    if (!name) return false;
    snprintf(out, n, "%s", name);
    return true;
}

static void send(ui *u, const game_event *ev, uint64_t now)
{
    const ui_level *l = cur_level(u);
    game_error err = {0};
    bool over = false;
    if (!l->play->input(l->play_ud, ev, &over, &err)) {
        fail(u, &err, now);
        return;
    }
    u->dirty = true;
    if (over) end_game(u, false, now);
}

static bool play_input(ui *u, const input_event *ev, uint64_t now)
{
    if (!playing_question(u)) return false;
    if (!u->play.live) ui_play_update(u, now); /* input before the first frame: start it */
    if (!ui_play_live(u)) return u->screen == UI_SCREEN_GAME;
    game_event ge = {0};
    gfx_rect r = u->play.rect;
    switch (ev->type) {
    case INPUT_KEY:
        /* Leaving, reloading, full screen and quitting stay the engine's. */
        if (ev->key == INPUT_KEY_BACK || ev->key == INPUT_KEY_RELOAD ||
            ev->key == INPUT_KEY_FULLSCREEN || ev->key == INPUT_KEY_QUIT)
            return false;
        if (!key_name(ev, ge.key, sizeof ge.key)) return true;
        ge.kind = GAME_EV_KEY;
        send(u, &ge, now);
        return true;
    case INPUT_TEXT:
    case INPUT_WHEEL:
        return true;
    case INPUT_POINTER_DOWN:
    case INPUT_POINTER_MOVE:
    case INPUT_POINTER_UP: {
        u->px = ev->x;
        u->py = ev->y;
        bool inside = r.w > 0 && ui_hit(r, ev->x, ev->y);
        if (ev->type == INPUT_POINTER_DOWN && !inside) return false;
        if (ev->type != INPUT_POINTER_DOWN && !inside && !u->play.pointer) return true;
        ge.kind = ev->type == INPUT_POINTER_DOWN   ? GAME_EV_PRESS
                  : ev->type == INPUT_POINTER_MOVE ? GAME_EV_MOVE
                                                   : GAME_EV_RELEASE;
        if (ev->type == INPUT_POINTER_DOWN) u->play.pointer = true;
        if (ev->type == INPUT_POINTER_UP) u->play.pointer = false;
        ge.x = (float)(ev->x - r.x) * GAME_CANVAS_W / (float)r.w;
        ge.y = (float)(ev->y - r.y) * GAME_CANVAS_H / (float)r.h;
        send(u, &ge, now);
        return true;
    }
    default:
        return false;
    }
}

/* The kind's input: every event to the game first; what it leaves (Esc, F5, F11, Ctrl+Q, a
 * press off its canvas) goes on as on the other hands-on questions. */
static bool play_kind_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    if (play_input(u, ev, now)) return true;
    if (u->screen != UI_SCREEN_GAME) return false; /* the game failed: its error shows */
    return ui_kind_route(&ui_view_play, u, ev, ts, now);
}

/* The engine's own keys, which the game leaves: a redraw, then as on every screen. */
static bool play_key(ui *u, const input_event *ev, uint64_t now)
{
    (void)ev, (void)now;
    u->dirty = true;
    return false;
}

/* ---- for shots: play the game headless up to a moment ---- */

/* A game before the one shown: its result only, right or half right. */
static void play_shot(ui *u, const game_question *q, bool right, uint64_t now)
{
    (void)q;
    game_action a = {.kind = GAME_ACT_FINISH, .value = right ? 1.0 : 0.5};
    ui_act(u, &a, now);
}

bool ui_play_scripted(ui *u, const game_play_step *steps, size_t n, uint32_t stop_ms, bool end,
                      uint64_t *now, game_error *err)
{
    if (!playing_question(u)) return true;
    const ui_level *l = cur_level(u);
    const game_question *q = game_session_question(u->session);
    size_t qi = game_session_question_index(u->session);
    game_play_outcome oc;
    if (!l->play) return game_error_set(err, l->path, 0, "this build cannot run mini-games");
    if (!game_play_simulate(l->play, l->play_ud, qi, u->lang, game_session_limit(u->session, q),
                            steps, n, stop_ms, &u->play.canvas, &oc, err))
        return false;
    u->play.q = qi;
    u->play.live = true;
    u->play.tick = *now + oc.elapsed_ms;
    *now += oc.elapsed_ms;
    if (!end) return true; /* the game stays on its last frame */
    if (oc.over) {
        end_game(u, false, *now);
    } else if (oc.timeout) {
        game_step(u->session, NULL, 0, *now, err);
        end_game(u, true, *now);
    }
    return u->screen != UI_SCREEN_ERROR || (*err = u->error, false);
}

/* ---- the feedback: the game's summary, then each item, mistakes first ---- */

/* Rows in display order: mistakes first. */
static size_t rows_of(const ui *u, size_t order[GAME_PLAY_MAX_ITEMS])
{
    const game_play_result *r = &u->play.result;
    size_t n = 0;
    for (int pass = 0; pass < 3; pass++) /* mistakes, then half-right rows, then right ones */
        for (size_t i = 0; i < r->nitems; i++) {
            const game_play_item *it = &r->items[i];
            int kind = it->ok ? 2 : it->partly ? 1 : 0;
            if (kind == pass) order[n++] = i;
        }
    return n;
}

/* How many lines each row takes: its text (1 or 2, bold) and its why (0: after the text on
 * its line, cut; else wrapped below it, the last line cut when it had to be shortened). */
typedef struct {
    unsigned char tl, wl;
} play_row;

/* Sizes the rows at px for a block of width w that must fit in room; returns the height,
 * *shown the rows (all of them) and *step the last step it needed, 4 when even the last did
 * not fit (then the caller pages). The same call sizes the block and draws it. Steps, on the
 * right rows only, since mistakes are what the player must read whole: 1 their whys to one
 * line, 2 their whys onto their text's line, 3 their texts to one line. */
static int play_lines_at(ui *u, const ui_metrics *m, int px, int w, int room,
                         play_row rows[GAME_PLAY_MAX_ITEMS], size_t *shown, int *step)
{
    const game_play_result *r = &u->play.result;
    size_t order[GAME_PLAY_MAX_ITEMS];
    size_t n = rows_of(u, order);
    int lh = px * 6 / 5 + m->gap / 2, line = px * 6 / 5, icon = px * 6 / 5;
    int tw = w - icon - m->gap;
    int head = game_text_get(&r->summary, u->lang)[0] ? lh : 0;
    int total = 0;
    for (size_t k = 0; k < n; k++) {
        const game_play_item *it = &r->items[order[k]];
        const char *why = game_text_get(&it->why, u->lang);
        int th = gfx_text_wrapped_height(u->g, game_text_get(&it->text, u->lang), GFX_FONT_BOLD, px,
                                         tw, NULL);
        int wh = why[0] ? gfx_text_wrapped_height(u->g, why, GFX_FONT_REGULAR, px, tw, NULL) : 0;
        int tl = (th + line - 1) / line, wl = (wh + line - 1) / line;
        rows[k].tl = (unsigned char)(tl > 2 ? 2 : tl < 1 ? 1 : tl);
        rows[k].wl = (unsigned char)(wl > 3 ? 3 : wl);
        total += rows[k].tl + rows[k].wl;
    }
    *shown = n;
    *step = 0;
    int rowgap = m->gap / 2;
#define HEIGHT   (head + total * line + (int)*shown * rowgap + m->gap)
#define TOO_TALL (room > 0 && HEIGHT > room)
    static const struct {
        bool text;
        unsigned char cap;
    } steps[] = {{false, 1}, {false, 0}, {true, 1}};
    for (int st = 0; st < 3 && TOO_TALL; st++) {
        *step = st + 1;
        for (size_t k = *shown; k-- > 0 && TOO_TALL;) {
            if (!r->items[order[k]].ok) continue;
            unsigned char *v = steps[st].text ? &rows[k].tl : &rows[k].wl;
            if (*v > steps[st].cap) {
                total -= *v - steps[st].cap;
                *v = steps[st].cap;
            }
        }
    }
    if (TOO_TALL) *step = 4;
    int height = HEIGHT;
#undef TOO_TALL
#undef HEIGHT
    return height;
}

/* Pages: a row list too long for its block shows whole rows from row `first`, as many as fit above
 * a line saying how to see the others. Returns the height; *shown the rows drawn. */
static int play_page(ui *u, const ui_metrics *m, int px, int w, int room, size_t first,
                     play_row rows[GAME_PLAY_MAX_ITEMS], size_t *shown)
{
    const game_play_result *r = &u->play.result;
    size_t order[GAME_PLAY_MAX_ITEMS];
    size_t n = rows_of(u, order);
    int step;
    play_lines_at(u, m, px, w, 0, rows, shown, &step); /* every row whole */
    int lh = px * 6 / 5 + m->gap / 2, line = px * 6 / 5;
    int used = (game_text_get(&r->summary, u->lang)[0] ? lh : 0) + lh + m->gap; /* + the pager */
    *shown = 0;
    for (size_t k = 0; k < n; k++) {
        if (k < first) continue;
        int h = (rows[k].tl + rows[k].wl) * line + m->gap / 2;
        if (used + h > room && *shown > 0) break;
        used += h;
        ++*shown;
    }
    return used;
}

/* The largest size, from small down to 5/6 of it, that shows every row with the mistakes
 * whole (right rows may shrink to one line); else pages of whole rows at the smallest size. */
static int play_lines(ui *u, const ui_metrics *m, int w, int room,
                      play_row rows[GAME_PLAY_MAX_ITEMS], size_t *shown, int *px)
{
    int floor_px = m->small * 5 / 6;
    u->play.paged = false;
    /* Every row, the right ones shortened first; never a count in place of explanations:
     * a player who got them right still reads why (issue 10: 14). */
    for (*px = m->small; *px >= floor_px; *px -= 1) {
        int step;
        int h = play_lines_at(u, m, *px, w, room, rows, shown, &step);
        if (step <= 3) return h;
    }
    *px = floor_px;
    size_t n = rows_of(u, (size_t[GAME_PLAY_MAX_ITEMS]){0});
    if (u->play.first >= n) u->play.first = 0;
    u->play.paged = true;
    /* Pages take all the room: the explanation below keeps its smallest size. */
    int h = play_page(u, m, *px, w, room, u->play.first, rows, shown);
    return room > h ? room : h;
}

static int play_feedback_height(ui *u, const ui_metrics *m, int w, int room)
{
    if (!u->play.has_result) return 0;
    play_row rows[GAME_PLAY_MAX_ITEMS];
    size_t shown;
    int px;
    return play_lines(u, m, w, room, rows, &shown, &px);
}

/* Text wrapped at w on at most `lines` lines of lh: whole when it fits, else the first
 * line cut with an ellipsis. */
static void text_lines(ui *u, const char *text, gfx_font f, int px, int x, int y, int w, int lines,
                       gfx_color c)
{
    char buf[700];
    int line = px * 6 / 5;
    if (lines > 1 && gfx_text_wrapped_height(u->g, text, f, px, w, NULL) <= lines * line) {
        gfx_text_wrapped(u->g, text, f, px, x, y, w, GFX_ALIGN_LEFT, c);
        return;
    }
    gfx_text_ellipsize(u->g, text, f, px, w, buf, sizeof buf);
    gfx_text(u->g, buf, f, px, x, y, GFX_ALIGN_LEFT, c);
}

static void play_feedback_draw(ui *u, const ui_metrics *m, gfx_rect r)
{
    if (!u->play.has_result) return;
    gfx *g = u->g;
    const game_play_result *res = &u->play.result;
    play_row rows[GAME_PLAY_MAX_ITEMS];
    size_t shown, order[GAME_PLAY_MAX_ITEMS];
    int px;
    play_lines(u, m, r.w, r.h, rows, &shown, &px);
    size_t n = rows_of(u, order);
    int lh = px * 6 / 5 + m->gap / 2, line = px * 6 / 5, icon = px * 6 / 5;
    int y = r.y;
    char buf[700];
    const char *summary = game_text_get(&res->summary, u->lang);
    if (summary[0]) {
        gfx_text_ellipsize(g, summary, GFX_FONT_BOLD, px, r.w, buf, sizeof buf);
        gfx_text(g, buf, GFX_FONT_BOLD, px, r.x, y, GFX_ALIGN_LEFT, UI_ACCENT);
        y += lh;
    }
    int tx = r.x + icon + m->gap, tw = r.w - icon - m->gap;
    gfx_color why_color = ui_mix(UI_TEXT, UI_MUTED, 0.4f);
    size_t first = u->play.paged ? u->play.first : 0;
    for (size_t k = first; k < first + shown && k < n; k++) {
        const game_play_item *it = &res->items[order[k]];
        int cy = y + line / 2;
        gfx_fill_circle(g, r.x + icon / 2, cy, icon / 2,
                        it->ok       ? UI_RIGHT
                        : it->partly ? UI_ACCENT
                                     : UI_WRONG);
        if (it->ok || it->partly) /* half right: a check on the accent, as "partly right" */
            ui_draw_check(g, r.x + icon / 2, cy, icon, it->partly ? UI_INK : UI_TEXT);
        else
            ui_draw_cross(g, r.x + icon / 2, cy, icon, UI_TEXT);
        const char *text = game_text_get(&it->text, u->lang);
        const char *why = game_text_get(&it->why, u->lang);
        int wy = y + line * rows[k].tl;
        if (rows[k].wl > 0) {
            text_lines(u, text, GFX_FONT_BOLD, px, tx, y, tw, rows[k].tl, UI_TEXT);
            text_lines(u, why, GFX_FONT_REGULAR, px, tx, wy, tw, rows[k].wl, why_color);
        } else if (!why[0]) {
            text_lines(u, text, GFX_FONT_BOLD, px, tx, y, tw, rows[k].tl, UI_TEXT);
        } else {
            /* One line: the text in bold, then as much of the why as fits. */
            char bold[400];
            gfx_text_ellipsize(g, text, GFX_FONT_BOLD, px, tw / 2, bold, sizeof bold);
            int bw = gfx_text(g, bold, GFX_FONT_BOLD, px, tx, y, GFX_ALIGN_LEFT, UI_TEXT);
            char rest[700];
            snprintf(rest, sizeof rest, " — %s", why);
            gfx_text_ellipsize(g, rest, GFX_FONT_REGULAR, px, tw - bw, buf, sizeof buf);
            gfx_text(g, buf, GFX_FONT_REGULAR, px, tx + bw, y, GFX_ALIGN_LEFT, why_color);
        }
        y += line * (rows[k].tl + rows[k].wl) + m->gap / 2;
    }
    u->play.page_rows = shown;
    if (u->play.paged) { /* which rows these are, and how to see the others */
        char a[16], b[16], c[16];
        snprintf(a, sizeof a, "%zu", first + 1);
        snprintf(b, sizeof b, "%zu", first + shown);
        snprintf(c, sizeof c, "%zu", n);
        ui_fmt(u, buf, sizeof buf, shown > 1 ? "fb.game_page" : "fb.game_page1", a, b, c);
        u->play.pager = (gfx_rect){r.x, y, r.w, lh};
        gfx_fill_rounded(g, (gfx_rect){r.x, y, r.w, lh - m->gap / 4}, lh / 3,
                         ui_mix(UI_BG, UI_PANEL, 0.8f));
        gfx_text(g, buf, GFX_FONT_BOLD, px, r.x + r.w / 2, y + (lh - px * 6 / 5) / 2 - m->gap / 8,
                 GFX_ALIGN_CENTER, UI_ACCENT);
        return;
    }
}

bool ui_play_feedback_page(ui *u, int delta)
{
    if (!u->play.paged || u->screen != UI_SCREEN_GAME ||
        game_session_phase(u->session) != GAME_PHASE_FEEDBACK)
        return false;
    size_t n = u->play.result.nitems, page = u->play.page_rows ? u->play.page_rows : 1;
    if (delta > 0) /* the next page; after the last, back to the first */
        u->play.first = u->play.first + page < n ? u->play.first + page : 0;
    else
        u->play.first = u->play.first > page ? u->play.first - page : 0;
    u->dirty = true;
    return true;
}

const ui_kind_view ui_view_play = {.question = play_question,
                                   .input = play_kind_input,
                                   .key = play_key,
                                   .pointer = ui_kind_pointer,
                                   .feedback_height = play_feedback_height,
                                   .feedback_draw = play_feedback_draw,
                                   .shot = play_shot};

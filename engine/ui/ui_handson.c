/* ui_handson.c — what the question kinds' views share: the question shown and its answer, the
 * hands-on kinds' header and submit button, their keys and pointer routed to the view, a press
 * and a release, and the feedback's marks and rows. Knows no kind by name and no table.
 */
#include "ui_kinds.h"

#include <string.h>

/* ==== the question shown ================================================== */

const game_question *ui_question(const ui *u)
{
    if (u->shown_question) return u->shown_question;
    return game_session_question(u->session);
}

const game_answer *ui_answer_shown(const ui *u)
{
    return game_session_answer(u->session, game_session_question_index(u->session));
}

/* Top bar, countdown, prompt; returns the y below them. */
int ui_kind_header(ui *u, const ui_metrics *m, uint64_t now, bool draw)
{
    const game_question *q = ui_question(u);
    int bar = ui_top_bar(u, m, now, draw);
    if (draw) ui_timer_bar(u, m, bar, now);
    int y = bar + m->H / 60 + m->gap * 2;
    int w = m->W - 2 * m->pad;
    const char *prompt = game_text_get(&q->prompt, u->lang);
    int px = gfx_text_fit(u->g, prompt, GFX_FONT_BOLD, m->prompt, m->body, w, m->H / 5);
    y += ui_centered(u, prompt, GFX_FONT_BOLD, px, m->pad, y, w, UI_TEXT, draw);
    return y + m->gap;
}

bool ui_confident(const ui *u)
{
    const game_level *lv = game_session_level(u->session);
    const game_question *q = game_session_question(u->session);
    return lv && q && lv->confidence && q->kind != GAME_KIND_PLAY;
}

int ui_submit_arg(const input_event *ev)
{
    return ev->shift ? GAME_SUBMIT_UNSURE : GAME_SUBMIT_SURE;
}

int ui_kind_submit_width(ui *u, const ui_metrics *m)
{
    if (!ui_confident(u)) return ui_button_width(u, m, "q.validate", NULL);
    return ui_button_width(u, m, "q.sure", NULL) + m->gap + ui_button_width(u, m, "q.unsure", NULL);
}

/* The two halves of a confident submit: "not sure" left, "sure" right. */
static void submit_halves(ui *u, const ui_metrics *m, gfx_rect r, gfx_rect *unsure, gfx_rect *sure)
{
    int uw = ui_button_width(u, m, "q.unsure", NULL);
    *unsure = (gfx_rect){r.x, r.y, uw, r.h};
    *sure = (gfx_rect){r.x + uw + m->gap, r.y, r.w - uw - m->gap, r.h};
}

void ui_kind_add_submit(ui *u, const ui_metrics *m, ui_targets *t, gfx_rect r)
{
    if (!ui_confident(u)) {
        ui_add_target(t, UI_T_SUBMIT, GAME_SUBMIT_SURE, r);
        return;
    }
    gfx_rect a, b;
    submit_halves(u, m, r, &a, &b);
    ui_add_target(t, UI_T_SUBMIT, GAME_SUBMIT_UNSURE, a);
    ui_add_target(t, UI_T_SUBMIT, GAME_SUBMIT_SURE, b);
}

/* The submit button, at the bottom right. */
static gfx_rect submit_rect(ui *u, const ui_metrics *m)
{
    int bw = ui_kind_submit_width(u, m), bh = m->body * 8 / 5;
    return (gfx_rect){m->W - m->pad - bw, m->H - m->pad / 2 - bh, bw, bh};
}

/* Every hands-on layout: the submit button at the bottom right. Returns the bottom of the
 * room above it. */
int ui_kind_layout_begin(ui *u, const ui_metrics *m, ui_kind_layout *L)
{
    memset(L, 0, sizeof *L);
    L->submit = submit_rect(u, m);
    return L->submit.y - m->gap;
}

void ui_kind_draw_submit(ui *u, const ui_metrics *m, gfx_rect r, bool ready, const char *hint,
                         bool focus)
{
    if (ui_confident(u)) {
        gfx_rect a, b;
        submit_halves(u, m, r, &a, &b);
        ui_draw_button(u->g, m, a, ui_str(u, "q.unsure"), ready ? UI_BTN_NORMAL : UI_BTN_DIM,
                       ready && ui_hovering(u, a), u->pressed && ui_hovering(u, a), false);
        ui_draw_button(u->g, m, b, ui_str(u, "q.sure"), ready ? UI_BTN_PRIMARY : UI_BTN_DIM,
                       ready && ui_hovering(u, b), u->pressed && ui_hovering(u, b), focus);
    } else {
        ui_draw_button(u->g, m, r, ui_str(u, "q.validate"), ready ? UI_BTN_PRIMARY : UI_BTN_DIM,
                       ready && ui_hovering(u, r), u->pressed && ui_hovering(u, r), focus);
    }
    ui_kind_hint(u, m, r.x - m->pad, r.y + r.h / 2, hint);
}

/* A hint is made smaller, down to 3/4 of small, before it is cut. */
void ui_kind_hint(ui *u, const ui_metrics *m, int right, int mid_y, const char *hint)
{
    int w = right - m->pad;
    int px = gfx_text_fit_line(u->g, hint, GFX_FONT_REGULAR, m->small, m->small * 3 / 4, w);
    char fit[300];
    gfx_text_ellipsize(u->g, hint, GFX_FONT_REGULAR, px, w, fit, sizeof fit);
    gfx_text(u->g, fit, GFX_FONT_REGULAR, px, m->pad, mid_y - px * 6 / 10, GFX_ALIGN_LEFT,
             UI_ACCENT);
}

/* ==== input =============================================================== */

/* The hands-on kinds take their keys and the pointer before the keys every screen shares (a
 * typed answer takes M and L as letters): keys and text to the view's key, the pointer to its
 * pointer. */
bool ui_kind_route(const ui_kind_view *v, ui *u, const input_event *ev, const ui_targets *ts,
                   uint64_t now)
{
    if (ev->type == INPUT_KEY || ev->type == INPUT_TEXT) return v->key(u, ev, now);
    if (ev->type == INPUT_POINTER_DOWN || ev->type == INPUT_POINTER_MOVE ||
        ev->type == INPUT_POINTER_UP)
        return v->pointer(u, ev, ts, now);
    return false;
}

void ui_kind_press(ui *u, const input_event *ev)
{
    u->px = ev->x;
    u->py = ev->y;
    u->pressed = true;
    u->dirty = true;
    u->focus = -1;
}

/* A release; the target under it (NULL: none). */
const ui_target *ui_kind_release(ui *u, const input_event *ev, const ui_targets *ts)
{
    u->px = ev->x;
    u->py = ev->y;
    u->pressed = false;
    u->dirty = true;
    return ui_target_at(ts, ev->x, ev->y);
}

/* A press and a release, and Submit: the kinds with nothing to drag or mark. */
bool ui_kind_pointer(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    if (ev->type == INPUT_POINTER_DOWN) {
        ui_kind_press(u, ev);
        return true;
    }
    if (ev->type != INPUT_POINTER_UP) return false;
    const ui_target *t = ui_kind_release(u, ev, ts);
    if (t && t->kind == UI_T_SUBMIT) ui_act_args(u, GAME_ACT_SUBMIT, t->index, 0, now);
    return true;
}

/* ==== feedback rows ======================================================= */

int ui_kind_line(const ui_metrics *m)
{
    return m->small * 6 / 5 + m->gap / 2;
}

/* A height for a block given `room`: all of it when it fits or there is no room at all. */
int ui_kind_within(int h, int room)
{
    return h < room || room <= 0 ? h : room;
}

void ui_kind_mark(ui *u, int cx, int cy, int size, bool right)
{
    gfx_fill_circle(u->g, cx, cy, size / 2, right ? UI_RIGHT : UI_WRONG);
    if (right)
        ui_draw_check(u->g, cx, cy, size, UI_TEXT);
    else
        ui_draw_cross(u->g, cx, cy, size, UI_TEXT);
}

/* A feedback row: its text after the mark, cut to leave room for a muted note at the right. */
void ui_kind_row(ui *u, const ui_metrics *m, gfx_rect r, int y, int icon, const char *line,
                 const char *note)
{
    gfx *g = u->g;
    char buf[600];
    int nw = 0, nh;
    if (note[0]) gfx_text_size(g, note, GFX_FONT_REGULAR, m->small, &nw, &nh);
    gfx_text_ellipsize(g, line, GFX_FONT_BOLD, m->small, r.w - icon - m->gap * 3 - nw, buf,
                       sizeof buf);
    gfx_text(g, buf, GFX_FONT_BOLD, m->small, r.x + icon + m->gap, y, GFX_ALIGN_LEFT, UI_TEXT);
    if (note[0])
        gfx_text(g, note, GFX_FONT_REGULAR, m->small, r.x + r.w, y, GFX_ALIGN_RIGHT, UI_MUTED);
}

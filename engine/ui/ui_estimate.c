/* ui_estimate.c — the view of a value on a scale (estimate): the slider and its track (linear
 * or logarithmic), values written as people read them (powers of ten, units), the arrows'
 * small and large steps, and the feedback's scale with both values. Reads the game; changes it
 * only through actions.
 */
#include "ui_kinds.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ==== values on a scale =================================================== */

/* One formatter for every screen and the report (game_number_write), in the level's format. */
static void format_value(const ui *u, const game_question *q, double v, char *buf, size_t n)
{
    game_number_write(v, q->format, 0, game_text_get(&q->unit, u->lang), u->lang, buf, n);
}

/* Position on the scale (0..1) of a value, and back. */
static double scale_pos(const game_question *q, double v)
{
    if (q->log_scale && q->min > 0) {
        if (v < q->min) v = q->min;
        return (log(v) - log(q->min)) / (log(q->max) - log(q->min));
    }
    return (v - q->min) / (q->max - q->min);
}

static double scale_value(const game_question *q, double f)
{
    if (f < 0) f = 0;
    if (f > 1) f = 1;
    if (q->log_scale && q->min > 0) return exp(log(q->min) + f * (log(q->max) - log(q->min)));
    return q->min + f * (q->max - q->min);
}

/* ==== the question ======================================================== */

static void estimate_layout(ui *u, const ui_metrics *m, int y, ui_kind_layout *L)
{
    int bottom = ui_kind_layout_begin(u, m, L);
    int th = m->body;
    L->track = (gfx_rect){m->pad * 3, y + (bottom - y) / 2 - th / 2, m->W - 6 * m->pad, th};
}

static void draw_scale(ui *u, const ui_metrics *m, gfx_rect t, const game_question *q)
{
    gfx *g = u->g;
    gfx_fill_rounded(g, t, t.h / 2, UI_BAR);
    for (int k = 0; k <= 10; k++) { /* ticks */
        int x = t.x + t.h / 2 + (t.w - t.h) * k / 10;
        gfx_fill_rect(g, (gfx_rect){x - 1, t.y + t.h + m->gap / 3, 2, m->gap / 2}, UI_MUTED);
    }
    char buf[96];
    int ly = t.y + t.h + m->gap;
    format_value(u, q, q->min, buf, sizeof buf);
    gfx_text(g, buf, GFX_FONT_REGULAR, m->small, t.x, ly, GFX_ALIGN_LEFT, UI_MUTED);
    format_value(u, q, q->max, buf, sizeof buf);
    gfx_text(g, buf, GFX_FONT_REGULAR, m->small, t.x + t.w, ly, GFX_ALIGN_RIGHT, UI_MUTED);
}

static int marker_x(gfx_rect t, const game_question *q, double v)
{
    return t.x + t.h / 2 + (int)lround((double)(t.w - t.h) * scale_pos(q, v));
}

static void draw_estimate(ui *u, const ui_metrics *m, const ui_kind_layout *L)
{
    gfx *g = u->g;
    const game_question *q = ui_question(u);
    const game_response *d = game_session_draft(u->session);
    gfx_rect t = L->track;
    draw_scale(u, m, t, q);
    int x = marker_x(t, q, d->value);
    gfx_fill_rounded(g, (gfx_rect){t.x, t.y, x - t.x + t.h / 2, t.h}, t.h / 2, UI_ACCENT_DARK);
    gfx_fill_circle(g, x, t.y + t.h / 2, t.h, u->question.sliding ? UI_FOCUS : UI_ACCENT);
    gfx_fill_circle(g, x, t.y + t.h / 2, t.h / 3, UI_INK);
    char buf[96];
    format_value(u, q, d->value, buf, sizeof buf);
    int tw, th;
    gfx_text_size(g, buf, GFX_FONT_BOLD, m->body, &tw, &th);
    int lx = x - tw / 2;
    if (lx < m->pad) lx = m->pad;
    if (lx + tw > m->W - m->pad) lx = m->W - m->pad - tw;
    gfx_fill_rounded(
        g, (gfx_rect){lx - m->gap, t.y - t.h - th - m->gap * 2, tw + 2 * m->gap, th + m->gap},
        m->radius, UI_PANEL);
    gfx_text(g, buf, GFX_FONT_BOLD, m->body, lx, t.y - t.h - th - m->gap * 3 / 2, GFX_ALIGN_LEFT,
             UI_TEXT);
    ui_kind_draw_submit(u, m, L->submit, true, ui_str(u, "q.estimate_keys"), false);
}

static void estimate_question(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    ui_kind_layout L;
    estimate_layout(u, m, ui_kind_header(u, m, now, draw), &L);
    gfx_rect grab = {L.track.x - L.track.h, L.track.y - L.track.h * 2, L.track.w + 2 * L.track.h,
                     L.track.h * 5};
    ui_add_target(t, UI_T_TRACK, 0, grab);
    ui_kind_add_submit(u, m, t, L.submit);
    if (draw) draw_estimate(u, m, &L);
}

/* ==== input =============================================================== */

static void set_value_at(ui *u, int x, uint64_t now)
{
    ui_metrics m;
    int w, h;
    gfx_size(u->g, &w, &h);
    ui_metrics_compute(&m, w, h);
    ui_kind_layout L;
    estimate_layout(u, &m, ui_kind_header(u, &m, now, false), &L);
    gfx_rect t = L.track;
    double f = (double)(x - t.x - t.h / 2) / (double)(t.w - t.h);
    game_action a = {.kind = GAME_ACT_VALUE, .value = scale_value(ui_question(u), f)};
    ui_act(u, &a, now);
}

static void nudge(ui *u, double step, uint64_t now)
{
    const game_question *q = ui_question(u);
    double f = scale_pos(q, game_session_draft(u->session)->value) + step;
    game_action a = {.kind = GAME_ACT_VALUE, .value = scale_value(q, f)};
    ui_act(u, &a, now);
}

static bool estimate_key(ui *u, const input_event *ev, uint64_t now)
{
    u->dirty = true;
    if (ev->type != INPUT_KEY) return false;
    if (ev->key == INPUT_KEY_LEFT || ev->key == INPUT_KEY_RIGHT) {
        nudge(u, ev->key == INPUT_KEY_LEFT ? -0.01 : 0.01, now);
        return true;
    }
    if (ev->key == INPUT_KEY_UP || ev->key == INPUT_KEY_DOWN) {
        nudge(u, ev->key == INPUT_KEY_DOWN ? -0.1 : 0.1, now);
        return true;
    }
    if (ev->key == INPUT_KEY_ENTER) {
        ui_act_args(u, GAME_ACT_SUBMIT, ui_submit_arg(ev), 0, now);
        return true;
    }
    return false;
}

/* The slider follows the pointer from a press on its track to the release. */
static bool estimate_pointer(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    switch (ev->type) {
    case INPUT_POINTER_DOWN: {
        ui_kind_press(u, ev);
        const ui_target *t = ui_target_at(ts, ev->x, ev->y);
        if (t && t->kind == UI_T_TRACK) {
            u->question.sliding = true;
            set_value_at(u, ev->x, now);
        }
        return true;
    }
    case INPUT_POINTER_MOVE:
        if (!u->question.sliding) return false;
        u->px = ev->x;
        u->py = ev->y;
        set_value_at(u, ev->x, now);
        return true;
    case INPUT_POINTER_UP: {
        const ui_target *t = ui_kind_release(u, ev, ts);
        if (u->question.sliding) {
            u->question.sliding = false;
            return true;
        }
        if (t && t->kind == UI_T_SUBMIT) ui_act_args(u, GAME_ACT_SUBMIT, t->index, 0, now);
        return true;
    }
    default:
        return false;
    }
}

/* ==== feedback, recap and shots =========================================== */

/* estimate: the scale with both values */
static int estimate_feedback_height(ui *u, const ui_metrics *m, int w, int room)
{
    (void)u, (void)w;
    return ui_kind_within(m->body * 3 + 2 * ui_kind_line(m), room);
}

/* The scale, with the right value and the player's. */
static void estimate_feedback_draw(ui *u, const ui_metrics *m, gfx_rect r)
{
    gfx *g = u->g;
    const game_question *q = ui_question(u);
    const game_answer *a = ui_answer_shown(u);
    char line[600];
    gfx_rect t = {r.x + m->pad * 2, r.y + m->body * 3 / 2, r.w - m->pad * 4, m->body / 2};
    draw_scale(u, m, t, q);
    int xr = marker_x(t, q, q->target);
    gfx_fill_circle(g, xr, t.y + t.h / 2, t.h, UI_RIGHT);
    ui_draw_check(g, xr, t.y + t.h / 2, t.h * 2, UI_TEXT); /* not only its colour */
    char v[96];
    format_value(u, q, q->target, v, sizeof v);
    ui_fmt(u, line, sizeof line, "fb.right_value", v, NULL, NULL);
    gfx_text(g, line, GFX_FONT_BOLD, m->small, r.x, r.y, GFX_ALIGN_LEFT, UI_RIGHT_TEXT);
    if (!a->timeout) {
        int xp = marker_x(t, q, a->resp.value);
        gfx_fill_circle(g, xp, t.y + t.h / 2, t.h * 3 / 4, UI_ACCENT);
        format_value(u, q, a->resp.value, v, sizeof v);
        ui_fmt(u, line, sizeof line, "fb.your_value", v, NULL, NULL);
        gfx_text(g, line, GFX_FONT_BOLD, m->small, r.x + r.w, r.y, GFX_ALIGN_RIGHT, UI_ACCENT);
    }
}

static void estimate_right_answer(const ui *u, const game_question *q, char *buf, size_t n)
{
    format_value(u, q, q->target, buf, n);
}

/* An estimate far from the right value: the other end of the scale. */
static void estimate_shot(ui *u, const game_question *q, bool right, uint64_t now)
{
    double far = q->target - q->min > q->max - q->target ? q->min : q->max;
    game_action a = {.kind = GAME_ACT_VALUE, .value = right ? q->target : far};
    ui_act(u, &a, now);
    ui_act_args(u, GAME_ACT_SUBMIT, 0, 0, now);
}

const ui_kind_view ui_view_estimate = {.question = estimate_question,
                                       .key = estimate_key,
                                       .pointer = estimate_pointer,
                                       .feedback_height = estimate_feedback_height,
                                       .feedback_draw = estimate_feedback_draw,
                                       .right_answer = estimate_right_answer,
                                       .shot = estimate_shot};

/* ui_feedback.c — the feedback screen every kind shares: the verdict banner with the points and
 * the streak, the kind's account of the answer (through its view), the explanation and its
 * source, Continue; and the layout cache the question and feedback screens keep between
 * frames. Reads the game, never changes it.
 */
#include "ui_kinds.h"
#include "ui_screens.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ==== layout ============================================================== */

int ui_banner_height(const ui_metrics *m)
{
    return m->H / 12;
}

/* The feedback's frame, for every kind: Continue at the bottom right. Returns the top of the
 * room below the verdict banner. */
int ui_feedback_frame(ui *u, const ui_metrics *m, int bar, q_layout *L)
{
    int bh = m->body * 2;
    int bottom = m->H - m->pad;
    memset(L, 0, sizeof *L);
    int bw = ui_button_width(u, m, "fb.continue", "fb.results");
    L->cont = (gfx_rect){m->W - m->pad - bw, bottom - bh, bw, bh};
    return bar + m->gap + ui_banner_height(m) + m->gap;
}

int ui_source_height(ui *u, const ui_metrics *m, int w, int *px)
{
    const game_question *q = game_session_question(u->session);
    *px = m->small;
    if (!q->source) return 0;
    char buf[600];
    ui_fmt(u, buf, sizeof buf, "fb.source", q->source, NULL, NULL);
    /* One line at the small size keeps the room it always had: short sources lay out as
     * before. A longer one (a page's title and its address) is a footnote: 3/4 of small, down
     * to 5/8 for a piece of address wider than the line, so that it leaves the explanation its
     * room. */
    if (gfx_text_lines(u->g, buf, GFX_FONT_REGULAR, m->small, w, NULL, 0) <= 1)
        return m->small * 6 / 5 + m->gap / 2;
    int used = 0, h = 0;
    for (int k = 6; k >= 5; k--) {
        *px = m->small * k / 8;
        h = gfx_text_wrapped_height(u->g, buf, GFX_FONT_REGULAR, *px, w, &used);
        if (used <= w) break;
    }
    return h + m->gap / 2;
}

/* The explanation's panel at px and width w, with its source lines and margins. */
static int explain_height(gfx *g, const ui_metrics *m, const char *ex, int px, int w, int src_h)
{
    return (*ex ? gfx_text_wrapped_height(g, ex, GFX_FONT_REGULAR, px, w, NULL) : 0) + src_h +
           m->gap * 2;
}

/* The explanation's smallest size: small, or down to 3/4 of it when that leaves room for the
 * whole account (full) in room; small when even that is too little (a game's rows, paged):
 * then both share what there is. */
static int explain_floor(gfx *g, const ui_metrics *m, const char *ex, int w, int src_h, int full,
                         int room)
{
    for (int k = 8; k >= 6; k--)
        if (full <= room - explain_height(g, m, ex, m->small * k / 8, w, src_h))
            return m->small * k / 8;
    return m->small;
}

/* A kind with its own item-by-item account (all but the choices): the account between the
 * verdict and the explanation, which takes what is left. */
static void layout_feedback_block(ui *u, const ui_metrics *m, int bar, q_layout *L)
{
    gfx *g = u->g;
    const game_question *q = game_session_question(u->session);
    int w = m->W - 2 * m->pad;
    int top = ui_feedback_frame(u, m, bar, L);
    int limit = L->cont.y - m->gap;
    const char *ex0 = game_text_get(&q->explain, u->lang);
    int ew0 = w - 2 * m->gap;
    L->src_h = ui_source_height(u, m, ew0, &L->src_px);
    const ui_kind_view *v = ui_kind_view_of(q->kind);
    int emin = explain_floor(g, m, ex0, ew0, L->src_h, v->feedback_height(u, m, w, 0),
                             limit - top - m->gap);
    int exh = explain_height(g, m, ex0, emin, ew0, L->src_h);
    int dh = v->feedback_height(u, m, w, limit - top - exh - m->gap);
    L->detail = (gfx_rect){m->pad, top, w, dh};
    int y0 = top + dh + m->gap;
    int room0 = limit - y0 - L->src_h - m->gap * 2;
    L->explain_px =
        *ex0 ? gfx_text_fit(g, ex0, GFX_FONT_REGULAR, m->body, emin, ew0, room0) : m->small;
    int eh0 =
        (*ex0 ? gfx_text_wrapped_height(g, ex0, GFX_FONT_REGULAR, L->explain_px, ew0, NULL) : 0) +
        L->src_h + m->gap * 2;
    if (eh0 > limit - y0) eh0 = limit - y0;
    L->explain = (gfx_rect){m->pad, y0, w, eh0};
}

/* The layout of the current question or feedback, computed by `compute` only when the screen
 * changed: a countdown frame costs drawing, not layout. */
const q_layout *ui_layout_cached(ui *u, const ui_metrics *m, int bar, bool feedback,
                                 ui_layout_fn compute)
{
    q_layout_key k = {
        game_session_question_index(u->session), feedback, m->W, m->H, u->lang, u->question.gen};
    const q_layout_key *o = &u->question.key;
    bool same = u->question.valid && k.question == o->question && k.feedback == o->feedback &&
                k.w == o->w && k.h == o->h && k.lang == o->lang && k.gen == o->gen;
    if (!same) {
        compute(u, m, bar, &u->question.layout);
        u->question.key = k;
        u->question.valid = true;
    }
    return &u->question.layout;
}

/* ==== drawing ============================================================= */

void ui_feedback_screen(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    gfx *g = u->g;
    const game_question *q = game_session_question(u->session);
    size_t qi = game_session_question_index(u->session);
    const game_answer *a = game_session_answer(u->session, qi);
    const ui_kind_view *v = ui_kind_view_of(q->kind);
    int bar = ui_top_bar(u, m, now, draw);
    const q_layout *L = ui_layout_cached(
        u, m, bar, true, v->feedback_layout ? v->feedback_layout : layout_feedback_block);
    ui_add_target(t, UI_T_CONTINUE, 0, L->cont);
    if (!draw) return;

    /* Verdict: an icon and a word, never colour alone. */
    /* Partly right is a share of the answer; points for a wrong answer said "not sure" (the
     * confidence rule) are for the doubt, not for the answer. */
    bool partial = !a->correct && a->points > 0 && a->credit > 0;
    bool doubt = !a->correct && !a->timeout && a->points > 0 && !partial;
    const char *word = a->timeout   ? ui_str(u, "fb.timeout")
                       : a->correct ? ui_str(u, "fb.right")
                       : partial    ? ui_str(u, "fb.partial")
                       : doubt      ? ui_str(u, "fb.wrong_doubt")
                                    : ui_str(u, "fb.wrong");
    gfx_color vc = a->correct ? UI_RIGHT : partial ? UI_ACCENT : UI_WRONG;
    gfx_color vink = partial ? UI_INK : UI_TEXT;
    int vy = bar + m->gap;
    int vh = ui_banner_height(m);
    gfx_rect banner = {m->pad, vy, m->W - 2 * m->pad, vh};
    gfx_fill_rounded(g, banner, m->radius, vc);
    int icon = vh * 7 / 10;
    int ix = banner.x + m->gap + icon / 2, iy = vy + vh / 2;
    gfx_fill_circle(g, ix, iy, icon / 2, partial ? UI_INK : UI_TEXT);
    if (a->timeout)
        ui_draw_clock(g, ix, iy, icon * 7 / 10, vc, UI_TEXT);
    else if (a->correct || partial)
        ui_draw_check(g, ix, iy, icon, partial ? UI_ACCENT : vc);
    else
        ui_draw_cross(g, ix, iy, icon, vc);
    int wpx = m->body * 5 / 4;
    int ww = gfx_text(g, word, GFX_FONT_BOLD, wpx, ix + icon / 2 + m->gap * 2, iy - wpx * 6 / 10,
                      GFX_ALIGN_LEFT, vink);
    int used = ix + icon / 2 + m->gap * 2 + ww; /* right edge of the verdict */
    /* Points, counting up; the streak with its flame, where there is room. */
    float ct = ui_still(u)
                   ? 1
                   : ui_ease((float)(now - game_session_phase_since(u->session)) / UI_ANIM_COUNT);
    char n1[32], buf[128];
    int pw = 0;
    int pr = banner.x + banner.w - m->gap * 2;
    if (a->points > 0) {
        /* Measured at its final value, so that the counting number never jumps about. */
        ui_number(u, n1, sizeof n1, a->points);
        ui_fmt(u, buf, sizeof buf, "fb.points", n1, NULL, NULL);
        int th;
        gfx_text_size(g, buf, GFX_FONT_BOLD, m->body, &pw, &th);
        if (pr - pw >= used + m->gap * 2) {
            ui_number(u, n1, sizeof n1, ui_count_up(0, a->points, ct));
            ui_fmt(u, buf, sizeof buf, "fb.points", n1, NULL, NULL);
            gfx_text(g, buf, GFX_FONT_BOLD, m->body, pr, iy - m->body * 6 / 10, GFX_ALIGN_RIGHT,
                     vink);
        } else {
            pw = -1; /* no room: the score in the top bar counts up instead */
        }
    }
    if (a->correct && a->streak >= 2 && pw >= 0 && !game_session_level(u->session)->no_streak) {
        snprintf(n1, sizeof n1, "%u", a->streak);
        ui_fmt(u, buf, sizeof buf, "fb.streak", n1, NULL, NULL);
        int sw, sh;
        gfx_text_size(g, buf, GFX_FONT_BOLD, m->small, &sw, &sh);
        int fs = vh * 6 / 10;
        int right = pr - m->gap * 2 - pw;
        if (right - sw - fs - m->gap < used + m->gap * 2) { /* no room: just the flame and ×N */
            snprintf(buf, sizeof buf, "×%u", a->streak);
            gfx_text_size(g, buf, GFX_FONT_BOLD, m->small, &sw, &sh);
        }
        if (right - sw - fs - m->gap >= used + m->gap * 2) {
            gfx_text(g, buf, GFX_FONT_BOLD, m->small, right, iy - m->small * 6 / 10,
                     GFX_ALIGN_RIGHT, UI_TEXT);
            /* The flame pops in, then settles. */
            float pop =
                ui_still(u)
                    ? 1
                    : ui_clamp01((float)(now - game_session_phase_since(u->session)) / 400.0f);
            int s = (int)((float)fs * (0.85f + 0.4f * sinf(pop * 3.14159f)));
            ui_draw_flame(g, right - sw - fs / 2 - m->gap / 2, iy, s);
        }
    }

    const char *prompt = game_text_get(&q->prompt, u->lang);
    if (L->prompt_h)
        ui_centered(u, prompt, GFX_FONT_BOLD, L->prompt_px, m->pad, L->prompt_y, m->W - 2 * m->pad,
                    UI_MUTED, true);
    /* The kind's account of the answer: the choices in their cells, or the others' own. */
    if (v->feedback_cells) v->feedback_cells(u, m, L, now);
    if (v->feedback_draw) {
        gfx_clip(g, &L->detail);
        v->feedback_draw(u, m, L->detail);
        gfx_clip(g, NULL);
    }

    /* The explanation: why. */
    gfx_fill_rounded(g, L->explain, m->radius, UI_PANEL);
    gfx_clip(g, &L->explain);
    int ey = L->explain.y + m->gap;
    const char *ex = game_text_get(&q->explain, u->lang);
    if (*ex)
        ey += gfx_text_wrapped(g, ex, GFX_FONT_REGULAR, L->explain_px, L->explain.x + m->gap, ey,
                               L->explain.w - 2 * m->gap, GFX_ALIGN_LEFT, UI_TEXT);
    if (q->source) {
        char src[600]; /* a source is up to 200 bytes, and its label */
        ui_fmt(u, src, sizeof src, "fb.source", q->source, NULL, NULL);
        /* Never larger than the explanation it backs (which may have shrunk to fit): its
         * room was measured at src_px, and a smaller size takes no more lines. */
        int spx = L->src_px < L->explain_px ? L->src_px : L->explain_px;
        gfx_text_wrapped(g, src, GFX_FONT_REGULAR, spx, L->explain.x + m->gap, ey + m->gap / 2,
                         L->explain.w - 2 * m->gap, GFX_ALIGN_LEFT, UI_MUTED);
    }
    if (pw < 0) { /* the banner had no room for the points: they go here */
        ui_number(u, n1, sizeof n1, ui_count_up(0, a->points, ct));
        ui_fmt(u, buf, sizeof buf, "fb.points", n1, NULL, NULL);
        gfx_text(g, buf, GFX_FONT_BOLD, m->small, L->explain.x + L->explain.w - m->gap,
                 L->explain.y + L->explain.h - m->gap / 2 - m->small * 6 / 5, GFX_ALIGN_RIGHT,
                 UI_ACCENT);
    }
    gfx_clip(g, NULL);
    /* Left of Continue, under the explanation: a picture's clues where they were (in place of
     * the key hint). */
    int below = L->explain.y + L->explain.h + m->gap;
    bool pictured = v->feedback_picture &&
                    v->feedback_picture(u, m,
                                        (gfx_rect){m->pad, below, L->cont.x - m->gap - m->pad,
                                                   m->H - m->pad / 2 - below});
    bool last = qi + 1 >= game_session_level(u->session)->nquestions;
    if (!pictured && L->explain.y + L->explain.h <= L->cont.y)
        gfx_text(g, ui_str(u, "fb.keys"), GFX_FONT_REGULAR, m->small, m->pad,
                 L->cont.y + (L->cont.h - m->small * 6 / 5) / 2, GFX_ALIGN_LEFT, UI_MUTED);
    ui_draw_button(g, m, L->cont, ui_str(u, last ? "fb.results" : "fb.continue"), UI_BTN_PRIMARY,
                   ui_hovering(u, L->cont), u->pressed && ui_hovering(u, L->cont), u->focus == 0);
}

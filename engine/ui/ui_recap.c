/* ui_recap.c — the results of a level: the score counting up, the summary, the kept boards'
 * line, and the recap question by question with each right answer in words (through the
 * kinds' views); Again and Menu. Reads the game, never changes it.
 */
#include "ui_kinds.h"
#include "ui_screens.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static void format_time(const ui *u, char *buf, size_t n, uint64_t ms)
{
    char a[24], b[24];
    uint64_t s = (ms + 500) / 1000;
    if (s < 60) {
        snprintf(a, sizeof a, "%llu", (unsigned long long)s);
        ui_fmt(u, buf, n, "res.time_s", a, NULL, NULL);
    } else {
        snprintf(a, sizeof a, "%llu", (unsigned long long)(s / 60));
        snprintf(b, sizeof b, "%llu", (unsigned long long)(s % 60));
        ui_fmt(u, buf, n, "res.time_m", a, b, NULL);
    }
}

/* ---- whole texts ---- */

int ui_recap_text_px(ui *u, const char *text, gfx_font f, int px, int px_min, int w, int *h)
{
    int used = 0;
    *h = gfx_text_wrapped_height(u->g, text, f, px, w, &used);
    while (used > w && px > px_min) {
        px--;
        *h = gfx_text_wrapped_height(u->g, text, f, px, w, &used);
    }
    return px;
}

void ui_shown_note(ui *u, const char *text, gfx_rect box, int used_w)
{
    if (u->nshown >= UI_SHOWN_MAX) return;
    ui_shown_text *s = &u->shown[u->nshown++];
    snprintf(s->text, sizeof s->text, "%s", text);
    s->box = box;
    s->used_w = used_w;
}

int ui_recap_text(ui *u, const char *text, gfx_font f, int px, int px_min, int x, int y, int w,
                  gfx_align align, gfx_color c)
{
    int h;
    px = ui_recap_text_px(u, text, f, px, px_min, w, &h);
    int used = 0;
    gfx_text_wrapped_height(u->g, text, f, px, w, &used);
    h = gfx_text_wrapped(u->g, text, f, px, x, y, w, align, c);
    ui_shown_note(u, text, (gfx_rect){x, y, w, h}, used);
    return h;
}

/* ---- the results screen ---- */

/* The right answer of question q, in words. */
static void right_answer(const ui *u, const game_question *q, char *buf, size_t n)
{
    const ui_kind_view *v = ui_kind_view_of(q->kind);
    buf[0] = '\0';
    if (v->right_answer) v->right_answer(u, q, buf, n);
}

/* Question k's two texts in the recap: "k. prompt", and its right answer (a game: how much of
 * it went right), each in a buffer of UI_SHOWN_TEXT. */
static void recap_texts(const ui *u, const game_level *lv, size_t k, char *pr, char *ans)
{
    const game_question *q = &lv->questions[k];
    const game_answer *a = game_session_answer(u->session, k);
    char right[UI_SHOWN_TEXT - 200];
    right_answer(u, q, right, sizeof right);
    snprintf(pr, UI_SHOWN_TEXT, "%zu. %s", k + 1, game_text_get(&q->prompt, u->lang));
    ui_fmt(u, ans, UI_SHOWN_TEXT, "res.answer", right, NULL, NULL);
    if (game_kind_get(q->kind)->shape == GAME_SHAPE_PLAY) {
        char pc[16];
        snprintf(pc, sizeof pc, "%d", a->timeout ? 0 : (int)(a->resp.credit * 100 + 0.5));
        ui_fmt(u, ans, UI_SHOWN_TEXT, "res.game", pc, NULL, NULL);
    }
}

/* Does text wrapped at w at px keep every line within w? */
static bool recap_fits(ui *u, const char *text, gfx_font f, int px, int w)
{
    int used = 0;
    gfx_text_wrapped_height(u->g, text, f, px, w, &used);
    return used <= w;
}

void ui_recap_summary(const ui *u, char *buf, size_t n)
{
    const game_level *lv = game_session_level(u->session);
    unsigned right = 0, quiz = 0, games = 0;
    double credit = 0;
    for (size_t i = 0; i < lv->nquestions; i++) {
        const game_answer *a = game_session_answer(u->session, i);
        if (game_kind_get(lv->questions[i].kind)->shape == GAME_SHAPE_PLAY) {
            games++;
            credit += a && !a->timeout ? a->resp.credit : 0;
        } else {
            quiz++;
            right += a && a->correct;
        }
    }
    char n1[32], n2[32], n3[200], time[48];
    format_time(u, time, sizeof time, game_session_total_time(u->session));
    snprintf(n3, sizeof n3, "%s", time);
    if (games) { /* a game is counted by its share, as its credit: never "0 right of 1" */
        char pc[16];
        snprintf(pc, sizeof pc, "%d", (int)(credit / games * 100 + 0.5));
        if (!quiz) {
            ui_fmt(u, buf, n, games > 1 ? "res.summary_games" : "res.summary_game", pc, time, NULL);
            return;
        }
        char part[120];
        ui_fmt(u, part, sizeof part, games > 1 ? "res.games_part" : "res.game_part", pc, NULL,
               NULL);
        snprintf(n3, sizeof n3, "%s · %s", part, time);
    }
    snprintf(n1, sizeof n1, "%u", right);
    snprintf(n2, sizeof n2, "%u", quiz);
    /* "1 bonne réponse", "0 bonne réponse" in French: the singular below 2 */
    ui_fmt(u, buf, n, right < 2 ? "res.summary1" : "res.summary", n1, n2, n3);
}

void ui_recap_screen(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    gfx *g = u->g;
    const game_level *lv = game_session_level(u->session);
    int bar = ui_top_bar(u, m, now, draw);
    int bw = ui_button_width(u, m, "res.again", "res.menu"), bh = m->body * 2;
    int bottom = m->H - m->pad;
    gfx_rect again = {m->W / 2 - bw - m->gap, bottom - bh, bw, bh};
    gfx_rect menu = {m->W / 2 + m->gap, bottom - bh, bw, bh};
    ui_add_target(t, UI_T_BACK, 0, menu);
    ui_add_target(t, UI_T_AGAIN, 0, again);
    /* Arrows to page through the recap with a mouse or a finger, beside the hint. */
    int ab = m->small * 2;
    gfx_rect up = {m->W - m->pad - 2 * ab - m->gap, again.y - ab - m->gap / 2, ab, ab};
    gfx_rect down = {m->W - m->pad - ab, up.y, ab, ab};
    if (u->recap.more || u->recap.scroll > 0) {
        ui_add_target(t, UI_T_SCROLL, -1, up);
        ui_add_target(t, UI_T_SCROLL, 1, down);
    }
    if (!draw) return;
    u->nshown = 0;

    /* The score, counting up, beside its summary. */
    float ct = ui_still(u)
                   ? 1
                   : ui_ease((float)(now - game_session_phase_since(u->session)) / UI_ANIM_RESULTS);
    char n1[32], n2[32], l2[200], l3[200];
    long score = game_session_score(u->session);
    ui_number(u, n1, sizeof n1, score);
    ui_number(u, n2, sizeof n2, game_session_max_score(u->session));
    ui_fmt(u, l2, sizeof l2, "res.score", n1, n2, NULL);
    if (game_session_pace(u->session) != GAME_PACE_NORMAL) { /* this run had more time */
        size_t len = strlen(l2);
        snprintf(l2 + len, sizeof l2 - len, " · %s", ui_pace_tag(u, game_session_pace(u->session)));
    }
    ui_recap_summary(u, l3, sizeof l3);
    ui_number(u, n1, sizeof n1, score); /* the width of the final number, not the counting one */
    int sw, sh, w2, w3, hh;
    gfx_text_size(g, n1, GFX_FONT_BOLD, m->big, &sw, &sh);
    /* The two lines beside the score keep to the screen: a long summary (a level with a
     * mini-game, a long time) takes a smaller type rather than run off the edge. */
    int avail = m->W - 2 * m->pad - sw - m->pad, spx = m->small;
    int p2 = gfx_text_fit_line(g, l2, GFX_FONT_BOLD, m->small, m->small * 2 / 3, avail);
    int p3 = gfx_text_fit_line(g, l3, GFX_FONT_REGULAR, m->small, m->small * 2 / 3, avail);
    if (p2 < spx) spx = p2;
    if (p3 < spx) spx = p3;
    gfx_text_size(g, l2, GFX_FONT_BOLD, spx, &w2, &hh);
    gfx_text_size(g, l3, GFX_FONT_REGULAR, spx, &w3, &hh);
    int rw = w2 > w3 ? w2 : w3;
    int group = sw + m->pad + rw;
    int x0 = (m->W - group) / 2;
    if (x0 < m->pad) x0 = m->pad;
    int y = bar + m->gap;
    ui_number(u, n1, sizeof n1, ui_count_up(0, score, ct));
    gfx_text(g, n1, GFX_FONT_BOLD, m->big, x0 + sw, y, GFX_ALIGN_RIGHT, UI_ACCENT);
    int rx = x0 + sw + m->pad;
    int ly = y + (sh - 2 * hh - m->gap / 2) / 2;
    gfx_text(g, l2, GFX_FONT_BOLD, spx, rx, ly, GFX_ALIGN_LEFT, UI_TEXT);
    gfx_text(g, l3, GFX_FONT_REGULAR, spx, rx, ly + hh + m->gap / 2, GFX_ALIGN_LEFT, UI_MUTED);
    y += sh + m->gap;
    /* With results kept: the boards of today, this week and ever, and the player's rank. */
    char board[600];
    ui_records_board_line(u, board, sizeof board);
    if (board[0]) /* wrapped and balanced: two lines at most on a 1024×768 projector */
        y += ui_centered(u, board, GFX_FONT_REGULAR, m->small, m->pad, y - m->gap / 2,
                         m->W - 2 * m->pad, UI_ACCENT, true) +
             m->gap / 2;

    /* Recap: question by question, right or wrong, the question and its right answer, each
     * whole (wrapped, never shortened). Two columns where the screen is wide enough and every
     * text fits half of it; the rows that do not fit are a key press, a wheel turn or a tap on
     * the arrows away. */
    gfx_rect list = {m->pad, y, m->W - 2 * m->pad, again.y - y - m->small * 6 / 5 - m->gap * 2};
    int icon = m->small * 3 / 2;
    int tx_off = icon + m->gap * 2;
    int cols = m->W * 10 >= m->H * 16 ? 2 : 1; /* two columns on wide screens only */
    char pr[2][UI_SHOWN_TEXT], ans[2][UI_SHOWN_TEXT];
    for (size_t k = 0; cols == 2 && k < lv->nquestions; k++) {
        int tw2 = (list.w - m->gap) / 2 - tx_off - m->gap;
        recap_texts(u, lv, k, pr[0], ans[0]);
        if (!recap_fits(u, pr[0], GFX_FONT_REGULAR, m->small * 3 / 4, tw2) ||
            !recap_fits(u, ans[0], GFX_FONT_BOLD, m->small * 3 / 4, tw2))
            cols = 1; /* an address that breaks nowhere needs the whole width */
    }
    int cw = (list.w - (cols - 1) * m->gap) / cols;
    int tw = cw - tx_off - m->gap;
    int ry = list.y;
    size_t first = (size_t)(u->recap.scroll < 0 ? 0 : u->recap.scroll) * (size_t)cols;
    if (first >= lv->nquestions) first = (lv->nquestions - 1) / (size_t)cols * (size_t)cols;
    size_t i = first;
    int lh = m->small * 6 / 5;
    while (i < lv->nquestions) {
        /* One row of the grid: each cell as tall as its texts, the row as its tallest cell. */
        size_t ncell = 0;
        for (size_t c = 0; c < (size_t)cols && i + c < lv->nquestions; c++, ncell++)
            recap_texts(u, lv, i + c, pr[c], ans[c]);
        int px[2], apx[2], rh = 0;
        /* a row alone on its page that still does not fit is drawn smaller, whole */
        for (int base = m->small; base >= m->small / 2; base--) {
            rh = 0;
            for (size_t c = 0; c < ncell; c++) {
                int ph, ah;
                px[c] = ui_recap_text_px(u, pr[c], GFX_FONT_REGULAR, base, base * 3 / 4, tw, &ph);
                apx[c] = ui_recap_text_px(u, ans[c], GFX_FONT_BOLD, base, base * 3 / 4, tw, &ah);
                int h = m->gap / 2 + ph + ah + m->gap / 2;
                if (h < icon + m->gap) h = icon + m->gap;
                if (h > rh) rh = h;
            }
            if (i > first || ry + rh <= list.y + list.h) break;
        }
        /* a row that does not fit waits for the next page, unless it is the page's first */
        if (ry + rh > list.y + list.h && i > first) break;
        for (size_t c = 0; c < ncell; c++) {
            const game_answer *a = game_session_answer(u->session, i + c);
            int cx = list.x + (int)c * (cw + m->gap);
            gfx_fill_rounded(g, (gfx_rect){cx, ry, cw, rh}, m->radius / 2, UI_PANEL);
            int iy = ry + rh / 2, ix = cx + m->gap + icon / 2;
            bool partial = !a->correct && a->points > 0;
            gfx_color ic = a->correct ? UI_RIGHT : partial ? UI_ACCENT : UI_WRONG;
            gfx_fill_circle(g, ix, iy, icon / 2, ic);
            if (a->timeout)
                ui_draw_clock(g, ix, iy, icon * 6 / 10, UI_TEXT, ic);
            else if (a->correct || partial)
                ui_draw_check(g, ix, iy, icon, partial ? UI_INK : UI_TEXT);
            else
                ui_draw_cross(g, ix, iy, icon, UI_TEXT);
            int ty = ry + m->gap / 2;
            ty += ui_recap_text(u, pr[c], GFX_FONT_REGULAR, px[c], px[c], cx + tx_off, ty, tw,
                                GFX_ALIGN_LEFT, UI_MUTED);
            ui_recap_text(u, ans[c], GFX_FONT_BOLD, apx[c], apx[c], cx + tx_off, ty, tw,
                          GFX_ALIGN_LEFT, UI_TEXT);
        }
        ry += rh + m->gap / 2;
        i += ncell;
    }
    size_t others = lv->nquestions - (i - first);
    u->recap.more = i < lv->nquestions;
    if (u->recap.more || first > 0) {
        for (int k = 0; k < 2; k++) {
            gfx_rect r = k ? down : up;
            bool on = k ? u->recap.more : first > 0;
            ui_fill_box(g, m, r, r.h / 2, on && ui_hovering(u, r) ? UI_PANEL_HI : UI_PANEL);
            ui_draw_arrow(g, r, k, on ? UI_TEXT : UI_BAR);
        }
    }
    ui_draw_button(g, m, again, ui_str(u, "res.again"), UI_BTN_NORMAL, ui_hovering(u, again),
                   u->pressed && ui_hovering(u, again), u->focus == 1);
    ui_draw_button(g, m, menu, ui_str(u, "res.menu"), UI_BTN_PRIMARY, ui_hovering(u, menu),
                   u->pressed && ui_hovering(u, menu), u->focus == 0);
    if (others > 0) {
        snprintf(n1, sizeof n1, "%zu", others);
        ui_fmt(u, l2, sizeof l2, others == 1 ? "res.more_one" : "res.more", n1, NULL, NULL);
        gfx_text(g, l2, GFX_FONT_REGULAR, m->small, m->W / 2, again.y - lh - m->gap / 2,
                 GFX_ALIGN_CENTER, UI_MUTED);
    }
}

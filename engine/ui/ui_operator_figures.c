/* ui_operator_figures.c — the operator's "today's figures" (ui_operator.c opens the page and
 * reads them through ui_records.stand_day): visitors per hour as bars, begun / finished /
 * abandoned, the average and best scores, the questions most missed with their share right.
 * Big enough to read from two metres, every text whole (noted in u->shown for the tests).
 */
#include "ui_operator.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

/* A single-line text at x, y (align: its anchor), noted with its box. Returns its width. */
static int fig_line(ui *u, const char *text, gfx_font f, int px, int x, int y, gfx_align align,
                    gfx_color c)
{
    int w = 0, h = 0;
    gfx_text_size(u->g, text, f, px, &w, &h);
    int left = align == GFX_ALIGN_LEFT ? x : align == GFX_ALIGN_RIGHT ? x - w : x - w / 2;
    gfx_text(u->g, text, f, px, x, y, align, c);
    ui_shown_note(u, text, (gfx_rect){left, y, w, h}, w);
    return w;
}

/* Visitors per hour: bars from 9 to 18 h at least, wider when the day was; the hours under
 * them as often as they fit, each bar's count over it when it fits. */
static void fig_chart(ui *u, const ui_metrics *m, gfx_rect r)
{
    const game_stand *d = &u->op.fig;
    int h0 = 9, h1 = 18, most = 0;
    for (int h = 0; h < 24; h++) {
        if (!d->per_hour[h]) continue;
        if (h < h0) h0 = h;
        if (h > h1) h1 = h;
        if (d->per_hour[h] > most) most = d->per_hour[h];
    }
    int y = r.y;
    y += ui_recap_text(u, ui_str(u, "op.fig_hour"), GFX_FONT_BOLD, m->small, m->small * 3 / 4, r.x,
                       y, r.w, GFX_ALIGN_LEFT, UI_TEXT);
    int lpx = m->small * 4 / 5, lh = lpx * 6 / 5;
    int n = h1 - h0 + 1, slot = r.w / n;
    int wide = 0, th = 0;
    gfx_text_size(u->g, "22", GFX_FONT_REGULAR, lpx, &wide, &th);
    int every = 1;
    while (every * slot < wide + m->gap / 2 && every < 12) every++;
    int base = r.y + r.h - lh; /* the bars stand on it, the hours under it */
    int top = y + lh;          /* room for a count over the tallest bar */
    int bar_h = base - top;
    gfx_fill_rect(u->g, (gfx_rect){r.x, base, n * slot, 2}, UI_MUTED);
    char num[16];
    for (int i = 0; i < n; i++) {
        int h = h0 + i, v = d->per_hour[h];
        int x = r.x + i * slot, bw = slot * 3 / 4;
        int bh = most && bar_h > 0 ? (int)((long)bar_h * v / most) : 0;
        if (v && bh < 2) bh = 2;
        if (bh)
            gfx_fill_rounded(u->g, (gfx_rect){x + (slot - bw) / 2, base - bh, bw, bh}, bw / 6,
                             UI_ACCENT);
        snprintf(num, sizeof num, "%d", v);
        int vw = 0;
        gfx_text_size(u->g, num, GFX_FONT_BOLD, lpx, &vw, &th);
        if (v && vw <= slot - 2)
            fig_line(u, num, GFX_FONT_BOLD, lpx, x + slot / 2, base - bh - lh, GFX_ALIGN_CENTER,
                     UI_TEXT);
        if (i % every == 0) {
            snprintf(num, sizeof num, "%d", h);
            fig_line(u, num, GFX_FONT_REGULAR, lpx, x + slot / 2, base + 2, GFX_ALIGN_CENTER,
                     UI_MUTED);
        }
    }
}

/* The counts, one a row: the label at the left, the number big at the right. */
static void fig_counts(ui *u, const ui_metrics *m, gfx_rect r)
{
    const game_stand *d = &u->op.fig;
    char v[5][40], a[32];
    snprintf(v[0], sizeof v[0], "%d", d->begun);
    snprintf(v[1], sizeof v[1], "%d", d->finished);
    snprintf(v[2], sizeof v[2], "%d", d->abandoned);
    snprintf(a, sizeof a, "%d", (int)(d->avg_pct + 0.5));
    if (d->finished)
        ui_fmt(u, v[3], sizeof v[3], "report.pct", a, NULL, NULL);
    else
        snprintf(v[3], sizeof v[3], "\xe2\x80\x94"); /* an em dash: no finished round */
    ui_number(u, v[4], sizeof v[4], d->best_score);
    static const char *const keys[5] = {"op.fig_visitors", "op.fig_finished", "op.fig_abandoned",
                                        "op.fig_avg", "op.fig_best"};
    int y = r.y, row = m->body * 6 / 5 + m->gap / 3;
    for (int i = 0; i < 5; i++) {
        int vw = 0, vh = 0;
        gfx_text_size(u->g, v[i], GFX_FONT_BOLD, m->body, &vw, &vh);
        int lw = r.w - vw - m->gap, lh = 0;
        int px = ui_recap_text_px(u, ui_str(u, keys[i]), GFX_FONT_REGULAR, m->small,
                                  m->small * 3 / 4, lw, &lh);
        int rh = lh > row ? lh : row;
        if (y + rh > r.y + r.h) break;
        ui_recap_text(u, ui_str(u, keys[i]), GFX_FONT_REGULAR, px, px, r.x, y + (m->body - px) / 2,
                      lw, GFX_ALIGN_LEFT, UI_TEXT);
        fig_line(u, v[i], GFX_FONT_BOLD, m->body, r.x + r.w, y, GFX_ALIGN_RIGHT,
                 i == 2 && d->abandoned ? UI_WRONG_TEXT : UI_ACCENT);
        y += rh;
    }
}

/* The questions most missed: each one's share right in a badge, its prompt whole beside it;
 * those that do not fit wait (the terminal's report has them all). */
static void fig_missed(ui *u, const ui_metrics *m, gfx_rect r)
{
    const game_stand *d = &u->op.fig;
    int y = r.y, px_min = m->small * 3 / 4;
    y += ui_recap_text(u, ui_str(u, "op.fig_missed"), GFX_FONT_BOLD, m->small, px_min, r.x, y, r.w,
                       GFX_ALIGN_LEFT, UI_TEXT) +
         m->gap / 3;
    if (!d->nmissed) {
        ui_recap_text(u, ui_str(u, "op.fig_no_missed"), GFX_FONT_REGULAR, m->small, px_min, r.x, y,
                      r.w, GFX_ALIGN_LEFT, UI_MUTED);
        return;
    }
    char b[32], a[16];
    int pw = 0, ph = 0; /* the badge: as wide as "100 %" */
    ui_fmt(u, b, sizeof b, "report.pct", "100", NULL, NULL);
    gfx_text_size(u->g, b, GFX_FONT_BOLD, m->small, &pw, &ph);
    pw += m->gap;
    int lh = m->small * 6 / 5;
    int tx = r.x + pw + m->gap, tw = r.x + r.w - tx;
    for (size_t i = 0; i < d->nmissed && i < GAME_STAND_MISSED; i++) {
        const game_report_question *q = &d->missed[i];
        int qh = 0;
        int qpx = ui_recap_text_px(u, q->prompt, GFX_FONT_REGULAR, m->small, px_min, tw, &qh);
        if (qh < lh) qh = lh;
        if (y + qh > r.y + r.h) break;
        int pct = game_report_pct(q);
        snprintf(a, sizeof a, "%d", pct);
        ui_fmt(u, b, sizeof b, "report.pct", a, NULL, NULL);
        gfx_color c = pct < 50 ? UI_WRONG : pct < 80 ? UI_ACCENT : UI_RIGHT;
        gfx_rect badge = {r.x, y, pw, lh};
        gfx_fill_rounded(u->g, badge, m->radius / 3, c);
        gfx_text(u->g, b, GFX_FONT_BOLD, m->small, r.x + pw / 2, y, GFX_ALIGN_CENTER,
                 pct < 50 || pct >= 80 ? UI_TEXT : UI_INK);
        ui_shown_note(u, b, badge, pw);
        ui_recap_text(u, q->prompt, GFX_FONT_REGULAR, qpx, qpx, tx, y, tw, GFX_ALIGN_LEFT, UI_TEXT);
        y += qh + m->gap / 3;
    }
}

void ui_op_figures_layout(ui *u, const ui_metrics *m, bool draw, ui_targets *t)
{
    int bh = m->body * 2, bw = ui_button_width(u, m, "op.back_menu", NULL);
    gfx_rect back = {m->W - m->pad - bw, m->H - m->pad - bh, bw, bh};
    ui_op_button(u, m, draw, t, UI_T_BACK, 0, back, ui_str(u, "op.back_menu"), UI_BTN_PRIMARY);
    if (!draw) return;
    u->nshown = 0;
    const game_stand *d = &u->op.fig;
    char title[400], date[40] = "";
    if (d->day_ms > 0) {
        time_t tt = (time_t)(d->day_ms / 1000);
        struct tm tm;
        if (localtime_r(&tt, &tm))
            strftime(date, sizeof date, u->lang == GAME_LANG_FR ? "%d/%m/%Y" : "%Y-%m-%d", &tm);
    }
    ui_fmt(u, title, sizeof title, date[0] ? "op.fig_title_date" : "op.fig_title", date, NULL,
           NULL);
    int w = m->W - 2 * m->pad;
    int y = ui_op_heading(u, m, title, m->pad, w, true);
    ui_op_keys(u, m, "op.fig_keys", back.y, back.h, back.x);
    int bottom = back.y - m->gap;
    if (!u->op.fig_ok || !d->begun) {
        ui_recap_text(u, ui_str(u, u->op.fig_ok ? "op.fig_none" : "op.fig_missing"),
                      GFX_FONT_REGULAR, m->body, m->small, m->pad, y, w, GFX_ALIGN_LEFT, UI_MUTED);
        return;
    }
    int band = (bottom - y) * 9 / 20;
    int cw = w * 3 / 5 - m->gap;
    fig_chart(u, m, (gfx_rect){m->pad, y, cw, band});
    fig_counts(u, m, (gfx_rect){m->pad + cw + 2 * m->gap, y, w - cw - 2 * m->gap, band});
    int my = y + band + m->gap;
    fig_missed(u, m, (gfx_rect){m->pad, my, w, bottom - my});
}

/* ui_kiosk_draw.c — the kiosk's screens as seen from two metres: the attract loop (the title,
 * the big call to touch, the FR/EN switch, and its pages in turn: today's top 10, a teaser of a
 * question being answered, where to get help with a QR code), a round's end (score, rank of the
 * day, "Rejouer", the QR code, a countdown), and "Toujours là ?" over a round. One function
 * per screen lays it out and, with draw, draws it (ui_kiosk.c has the logic).
 */
#include "ui_kiosk.h"

#include <stdio.h>
#include <string.h>

/* ==== pieces ============================================================== */

/* The FR/EN switch, big enough for a finger: two halves, the language shown lit. */
static gfx_rect lang_switch(ui *u, const ui_metrics *m, bool draw, ui_targets *t)
{
    int h = m->body * 2, seg = m->body * 5 / 2;
    gfx_rect r = {m->W - m->pad - 2 * seg, m->pad, 2 * seg, h};
    ui_add_target(t, UI_T_LANGUAGE, 0, r);
    if (!draw) return r;
    gfx *g = u->g;
    gfx_fill_rounded(g, r, h / 2, UI_PANEL);
    static const char *const names[2] = {"FR", "EN"};
    for (int i = 0; i < 2; i++) {
        bool on = (i == 0) == (u->lang == GAME_LANG_FR);
        gfx_rect s = {r.x + i * seg + m->gap / 3, r.y + m->gap / 3, seg - 2 * (m->gap / 3),
                      h - 2 * (m->gap / 3)};
        if (on) gfx_fill_rounded(g, s, s.h / 2, UI_ACCENT);
        gfx_text(g, names[i], GFX_FONT_BOLD, m->body, s.x + s.w / 2,
                 s.y + (s.h - m->body * 6 / 5) / 2, GFX_ALIGN_CENTER, on ? UI_INK : UI_MUTED);
    }
    return r;
}

/* Text on one line, at the largest size down to min that holds it in w. */
static int line(ui *u, const char *text, gfx_font f, int px, int min, int x, int y, int w,
                gfx_align a, gfx_color c)
{
    int fit = gfx_text_fit_line(u->g, text, f, px, min, w);
    gfx_text(u->g, text, f, fit, x, y, a, c);
    return fit;
}

/* The QR code of the help address, black on white, with its caption under it. */
static void help_qr(ui *u, const ui_metrics *m, gfx_rect r, bool caption)
{
    gfx *g = u->g;
    int cap = caption ? m->small * 6 / 5 + m->gap / 2 : 0;
    int side = r.w < r.h - cap ? r.w : r.h - cap;
    gfx_rect q = {r.x + (r.w - side) / 2, r.y, side, side};
    if (!gfx_qr_draw(g, ui_kiosk_help_url(u), q)) gfx_fill_rounded(g, q, m->radius, UI_PANEL);
    if (caption)
        line(u, ui_str(u, "kiosk.help.scan"), GFX_FONT_REGULAR, m->small, m->small * 2 / 3,
             r.x + r.w / 2, q.y + side + m->gap / 2, r.w + m->pad, GFX_ALIGN_CENTER, UI_MUTED);
}

/* ==== the attract loop's pages ============================================ */

static void page_top(ui *u, const ui_metrics *m, gfx_rect area)
{
    gfx *g = u->g;
    const ui_records *rec = &u->cfg.records;
    game_board_row rows[10];
    size_t n = 0;
    if (rec->day_best && u->kiosk.pack < u->npacks)
        n = rec->day_best(rec->ud, u->packs[u->kiosk.pack].id ? u->packs[u->kiosk.pack].id : "",
                          rows, 10);
    if (n > 10) n = 10;
    int y = area.y;
    gfx_text(g, ui_str(u, "kiosk.top"), GFX_FONT_BOLD, m->prompt, m->W / 2, y, GFX_ALIGN_CENTER,
             UI_ACCENT);
    y += m->prompt * 6 / 5 + m->gap;
    if (n == 0) {
        int h = area.y + area.h - y;
        ui_centered(u, ui_str(u, "kiosk.top_empty"), GFX_FONT_REGULAR, m->prompt, area.x,
                    y + h / 2 - m->prompt * 3 / 2, area.w, UI_TEXT, true);
        return;
    }
    /* two columns of five: 1–5, 6–10 */
    bool paced = false; /* a run with more time: its tag, and the legend under the rows */
    for (size_t i = 0; i < n; i++) paced |= rows[i].pace != GAME_PACE_NORMAL;
    int legend_h = paced ? m->small * 6 / 5 + m->gap / 2 : 0;
    int rh = (area.y + area.h - y - legend_h) / 5;
    if (rh > m->body * 2) rh = m->body * 2;
    int px = rh * 6 / 10 < m->prompt ? rh * 6 / 10 : m->prompt;
    int cols = n > 5 ? 2 : 1;
    int cw = cols == 2 ? (area.w - m->pad * 2) / 2 : area.w * 6 / 10;
    int x0 = cols == 2 ? area.x : m->W / 2 - cw / 2;
    for (size_t i = 0; i < n; i++) {
        int col = (int)i / 5, row = (int)i % 5;
        gfx_rect r = {x0 + col * (cw + m->pad * 2), y + row * rh, cw, rh - m->gap / 2};
        ui_draw_panel(g, m, r, i == 0 ? UI_PANEL_HI : UI_PANEL);
        char num[32], score[32];
        snprintf(num, sizeof num, "%zu", i + 1);
        int ty = r.y + (r.h - px * 6 / 5) / 2;
        int badge = r.h * 3 / 4;
        gfx_fill_circle(g, r.x + m->gap + badge / 2, r.y + r.h / 2, badge / 2,
                        i < 3 ? UI_ACCENT : UI_BAR);
        gfx_text(g, num, GFX_FONT_BOLD, px * 4 / 5, r.x + m->gap + badge / 2,
                 r.y + (r.h - px * 4 / 5 * 6 / 5) / 2, GFX_ALIGN_CENTER, i < 3 ? UI_INK : UI_TEXT);
        ui_number(u, score, sizeof score, rows[i].score);
        int sw = gfx_text(g, score, GFX_FONT_BOLD, px, r.x + r.w - m->gap * 2, ty, GFX_ALIGN_RIGHT,
                          UI_ACCENT);
        if (rows[i].pace != GAME_PACE_NORMAL) /* played with more time: said beside it */
            sw += m->gap + gfx_text(g, ui_pace_tag(u, rows[i].pace), GFX_FONT_REGULAR, px * 3 / 5,
                                    r.x + r.w - m->gap * 3 - sw, ty + (px - px * 3 / 5) * 9 / 10,
                                    GFX_ALIGN_RIGHT, UI_MUTED);
        const char *nick = rows[i].nick[0] ? rows[i].nick : ui_str(u, "kiosk.anon");
        int nx = r.x + m->gap * 2 + badge, nw = r.x + r.w - m->gap * 4 - sw - nx;
        char shown[sizeof rows[i].nick + 8];
        gfx_text_ellipsize(g, nick, GFX_FONT_BOLD, px, nw, shown, sizeof shown);
        gfx_text(g, shown, GFX_FONT_BOLD, px, nx, ty, GFX_ALIGN_LEFT,
                 rows[i].nick[0] ? UI_TEXT : UI_MUTED);
    }
    if (paced) { /* the legend, under the rows: one line, smaller on a narrow screen */
        const char *lg = ui_pace_legend(u);
        int lpx = gfx_text_fit_line(g, lg, GFX_FONT_REGULAR, m->small, m->small * 2 / 3, area.w);
        gfx_text(g, lg, GFX_FONT_REGULAR, lpx, m->W / 2, y + rh * (n > 5 ? 5 : (int)n),
                 GFX_ALIGN_CENTER, UI_MUTED);
    }
}

/* The teaser: a mock question; a finger comes to the right answer, presses it, the tick. */
static void page_teaser(ui *u, const ui_metrics *m, gfx_rect area, uint64_t now)
{
    gfx *g = u->g;
    uint64_t since = ui_kiosk_page_since(u);
    float t = now > since ? (float)(now - since) / 1000.0f : 0.0f; /* seconds into the page */
    if (ui_still(u)) t = (float)UI_KIOSK_TEASER_MS / 1000.0f;      /* its end, held */
    int y = area.y;
    y += ui_centered(u, ui_str(u, "kiosk.teaser"), GFX_FONT_BOLD, m->body, area.x, y, area.w,
                     UI_ACCENT, true) +
         m->gap;
    int cw = area.w * 3 / 4 > m->H * 5 / 4 ? area.w * 3 / 4 : m->H * 5 / 4;
    if (cw > area.w) cw = area.w;
    int cx = m->W / 2 - cw / 2;
    const char *q = ui_str(u, "kiosk.teaser.q");
    int qpx = gfx_text_fit(g, q, GFX_FONT_BOLD, m->prompt, m->body, cw - 2 * m->pad, m->prompt * 3);
    int qh = gfx_text_wrapped_height(g, q, GFX_FONT_BOLD, qpx, cw - 2 * m->pad, NULL);
    gfx_rect card = {cx, y, cw, qh + m->pad * 2};
    ui_draw_panel(g, m, card, UI_BAR);
    gfx_text_wrapped(g, q, GFX_FONT_BOLD, qpx, cx + m->pad, y + m->pad, cw - 2 * m->pad,
                     GFX_ALIGN_CENTER, UI_TEXT);
    y += card.h + m->gap;
    static const char *const keys[3] = {"kiosk.teaser.a1", "kiosk.teaser.a2", "kiosk.teaser.a3"};
    int left = area.y + area.h - y;
    int ch = (left - 2 * m->gap) / 3;
    if (ch > m->body * 2) ch = m->body * 2;
    gfx_rect cells[3];
    float pressed = t - 3.0f; /* the finger lands at 3 s */
    for (int i = 0; i < 3; i++) {
        cells[i] = (gfx_rect){cx, y + i * (ch + m->gap), cw, ch};
        bool right = i == 1 && pressed >= 0.35f;
        gfx_color fill = right ? UI_RIGHT : UI_PANEL;
        if (i == 1 && pressed >= 0 && pressed < 0.35f) fill = UI_PANEL_HI;
        ui_draw_panel(g, m, cells[i], fill);
        int b = ch * 7 / 10;
        ui_draw_badge(g, cells[i].x + m->gap + b / 2, cells[i].y + ch / 2, b, (size_t)i, false,
                      b * 6 / 10);
        int px = ch * 45 / 100 < m->body ? ch * 45 / 100 : m->body;
        line(u, ui_str(u, keys[i]), GFX_FONT_BOLD, px, px * 2 / 3, cells[i].x + m->gap * 2 + b,
             cells[i].y + (ch - px * 6 / 5) / 2, cw - m->gap * 4 - b * 2, GFX_ALIGN_LEFT, UI_TEXT);
        if (right) {
            float k = ui_ease(ui_clamp01((pressed - 0.35f) / 0.4f));
            int size = (int)((float)b * (0.6f + 0.4f * k));
            ui_draw_check(g, cells[i].x + cw - m->gap - b / 2, cells[i].y + ch / 2, size, UI_TEXT);
        }
    }
    /* the finger: from the lower right to the right answer, a press, then it lifts away */
    float fx0 = (float)(cx + cw + m->pad), fy0 = (float)(area.y + area.h);
    int b1 = ch * 7 / 10; /* beside the tick to come, off the answer's words */
    float fx1 = (float)(cells[1].x + cw - b1 * 2), fy1 = (float)(cells[1].y + ch / 2);
    float k = ui_ease(ui_clamp01((t - 0.8f) / 2.2f));
    float lift = ui_ease(ui_clamp01((t - 4.2f) / 0.8f));
    float fx = fx0 + (fx1 - fx0) * k + (float)m->pad * 2 * lift;
    float fy = fy0 + (fy1 - fy0) * k + (float)m->pad * lift;
    int r = m->body / 2;
    if (pressed >= 0 && pressed < 0.6f) { /* the touch's ripple */
        int rr = r + (int)((float)r * 2.0f * pressed / 0.6f);
        gfx_fill_circle(g, (int)fx, (int)fy, rr, (gfx_color){255, 255, 255, 70});
    }
    if (t < 5.0f) {
        int fr = pressed >= 0 && pressed < 0.35f ? r * 4 / 5 : r;
        gfx_fill_circle(g, (int)fx, (int)fy, fr + 3, UI_ON_PAPER);
        gfx_fill_circle(g, (int)fx, (int)fy, fr, (gfx_color){255, 255, 255, 230});
    }
}

static void page_help(ui *u, const ui_metrics *m, gfx_rect area)
{
    gfx *g = u->g;
    int y = area.y;
    gfx_text(g, ui_str(u, "kiosk.help.title"), GFX_FONT_BOLD, m->prompt, m->W / 2, y,
             GFX_ALIGN_CENTER, UI_ACCENT);
    y += m->prompt * 6 / 5 + m->gap;
    int h = area.y + area.h - y;
    int side = h < area.w / 3 ? h : area.w / 3;
    gfx_rect qr = {area.x + area.w - side, y, side, h};
    help_qr(u, m, qr, true);
    int w = qr.x - m->pad * 2 - area.x;
    static const char *const keys[3] = {"kiosk.help.17", "kiosk.help.cmv", "kiosk.help.urgent"};
    /* the three lines at the largest size that holds them all */
    int px = m->prompt;
    for (; px > m->small; px -= 2) {
        int total = 0;
        for (int i = 0; i < 3; i++)
            total += gfx_text_wrapped_height(g, ui_str(u, keys[i]),
                                             i == 2 ? GFX_FONT_BOLD : GFX_FONT_REGULAR, px,
                                             w - m->gap * 2, NULL) +
                     m->gap * 2;
        if (total <= h) break;
    }
    for (int i = 0; i < 3; i++) {
        gfx_fill_rect(g, (gfx_rect){area.x, y + px / 5, m->gap / 2, px}, UI_ACCENT);
        y += gfx_text_wrapped(g, ui_str(u, keys[i]), i == 2 ? GFX_FONT_BOLD : GFX_FONT_REGULAR, px,
                              area.x + m->gap * 2, y, w - m->gap * 2, GFX_ALIGN_LEFT,
                              i == 2 ? UI_TEXT : UI_MUTED) +
             m->gap * 2;
    }
}

/* ==== the attract loop ==================================================== */

void ui_kiosk_attract_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    gfx *g = u->g;
    if (u->kiosk.attract_next == 0) u->kiosk.attract_next = now + UI_KIOSK_PAGE_MS;
    /* a touch anywhere starts; the switch is on top of it */
    ui_add_target(t, UI_T_START, 0, (gfx_rect){0, 0, m->W, m->H});
    gfx_rect sw = lang_switch(u, m, draw, t);
    /* the call to play: a big pill at the bottom */
    const char *call = ui_str(u, u->kiosk.paused ? "kiosk.paused" : "kiosk.touch");
    int cpx = m->prompt, ch = m->prompt * 2;
    int cw = m->W - 4 * m->pad;
    gfx_rect cta = {m->pad * 2, m->H - m->pad - ch, cw, ch};
    if (!draw) return;
    /* the title */
    int logo = sw.h;
    ui_draw_logo(g, m->pad + logo / 2, sw.y + logo / 2, logo);
    int tx = m->pad + logo * 3 / 2; /* the logo's lamp shines to its right */
    gfx_text(g, ui_str(u, "app.name"), GFX_FONT_BOLD, m->big, tx,
             sw.y + (sw.h - m->big * 6 / 5) / 2, GFX_ALIGN_LEFT, UI_TEXT);
    int nw, nh;
    gfx_text_size(g, ui_str(u, "app.name"), GFX_FONT_BOLD, m->big, &nw, &nh);
    /* the tagline when it fits: a stand says "vous" to everyone walking by */
    const char *tag = game_catalog_get_reg(u->cat, u->lang, GAME_REGISTER_VOUS, "app.tagline");
    int tag_x = tx + nw + m->pad, tag_w = sw.x - m->pad - tag_x;
    int tag_px = gfx_text_fit_line(g, tag, GFX_FONT_REGULAR, m->body, m->small * 3 / 4, tag_w);
    int tag_tw, tag_th;
    gfx_text_size(g, tag, GFX_FONT_REGULAR, tag_px, &tag_tw, &tag_th);
    if (tag_tw <= tag_w)
        gfx_text(g, tag, GFX_FONT_REGULAR, tag_px, tag_x, sw.y + (sw.h - tag_px * 6 / 5) / 2,
                 GFX_ALIGN_LEFT, UI_MUTED);
    /* the page */
    int top = sw.y + sw.h + m->pad;
    int dots = m->gap;
    gfx_rect area = {m->pad * 2, top, m->W - 4 * m->pad, cta.y - m->pad - dots * 2 - top};
    switch (u->kiosk.attract_page) {
    case UI_KIOSK_PAGE_TOP:
        page_top(u, m, area);
        break;
    case UI_KIOSK_PAGE_TEASE:
        page_teaser(u, m, area, now);
        break;
    default:
        page_help(u, m, area);
        break;
    }
    for (int i = 0; i < UI_KIOSK_PAGES; i++)
        gfx_fill_circle(g, m->W / 2 + (i - 1) * dots * 3, cta.y - m->pad / 2 - dots, dots / 2 + 1,
                        i == u->kiosk.attract_page ? UI_ACCENT : UI_PANEL_HI);
    if (u->kiosk.paused) {
        ui_draw_panel(g, m, cta, UI_PANEL);
        char both[200];
        snprintf(both, sizeof both, "%s · %s", call, ui_str(u, "kiosk.paused_sub"));
        line(u, both, GFX_FONT_BOLD, cpx, m->small, m->W / 2, cta.y + (ch - cpx * 6 / 5) / 2,
             cw - 2 * m->pad, GFX_ALIGN_CENTER, UI_MUTED);
    } else {
        gfx_fill_rounded(g, (gfx_rect){cta.x, cta.y + m->gap / 3, cta.w, cta.h}, ch / 2,
                         UI_ACCENT_DARK);
        gfx_fill_rounded(g, cta, ch / 2, UI_ACCENT);
        line(u, call, GFX_FONT_BOLD, cpx, m->body, m->W / 2, cta.y + (ch - cpx * 6 / 5) / 2,
             cw - 2 * m->pad, GFX_ALIGN_CENTER, UI_INK);
    }
}

/* ==== a round's end ======================================================= */

/* "3e sur 41 aujourd'hui", "1st of 41 today". */
static void rank_line(const ui *u, char *buf, size_t n)
{
    buf[0] = '\0';
    if (u->kiosk.last_rank <= 0) return;
    char r[16], of[16];
    snprintf(r, sizeof r, "%d", u->kiosk.last_rank);
    snprintf(of, sizeof of, "%d", u->kiosk.last_of > 0 ? u->kiosk.last_of : u->kiosk.last_rank);
    int k = u->kiosk.last_rank % 100;
    const char *suffix = k >= 11 && k <= 13 ? "th"
                         : k % 10 == 1      ? "st"
                         : k % 10 == 2      ? "nd"
                         : k % 10 == 3      ? "rd"
                                            : "th";
    ui_fmt(u, buf, n, u->kiosk.last_rank == 1 ? "kiosk.rank1" : "kiosk.rank", r, of, suffix);
}

void ui_kiosk_end_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    gfx *g = u->g;
    int right_w = m->W * 3 / 10;
    int lw = m->W - right_w - m->pad * 5;
    int bh = m->body * 2 + m->gap, bw = ui_button_width(u, m, "kiosk.again", NULL);
    if (bw < lw * 6 / 10) bw = lw * 6 / 10;
    if (bw > lw) bw = lw;
    int foot = m->small * 6 / 5 + m->pad;
    gfx_rect again = {m->pad * 2 + (lw - bw) / 2, m->H - foot - m->pad - bh, bw, bh};
    ui_add_target(t, UI_T_AGAIN, 0, again);
    if (!draw) return;
    int y = m->pad * 2;
    int x = m->pad * 2;
    line(u, ui_str(u, "kiosk.thanks"), GFX_FONT_BOLD, m->big, m->body, x + lw / 2, y, lw,
         GFX_ALIGN_CENTER, UI_ACCENT);
    y += m->big * 6 / 5 + m->pad;
    gfx_text(g, ui_str(u, "kiosk.score"), GFX_FONT_REGULAR, m->body, x + lw / 2, y,
             GFX_ALIGN_CENTER, UI_MUTED);
    y += m->body * 6 / 5;
    char score[32], maxn[32], max[48];
    ui_number(u, score, sizeof score, u->kiosk.last_score);
    ui_number(u, maxn, sizeof maxn, u->kiosk.last_max);
    snprintf(max, sizeof max, " / %s", maxn);
    int sw, sh, mw, mh;
    gfx_text_size(g, score, GFX_FONT_BOLD, m->huge, &sw, &sh);
    gfx_text_size(g, max, GFX_FONT_BOLD, m->prompt, &mw, &mh);
    int sx = x + lw / 2 - (sw + mw) / 2;
    gfx_text(g, score, GFX_FONT_BOLD, m->huge, sx, y, GFX_ALIGN_LEFT, UI_TEXT);
    gfx_text(g, max, GFX_FONT_BOLD, m->prompt, sx + sw, y + (m->huge - m->prompt) * 9 / 10,
             GFX_ALIGN_LEFT, UI_MUTED);
    y += m->huge * 6 / 5 + m->gap;
    char rank[160];
    rank_line(u, rank, sizeof rank);
    if (rank[0] && y + m->prompt * 6 / 5 < again.y)
        line(u, rank, GFX_FONT_BOLD, m->prompt, m->body, x + lw / 2, y, lw, GFX_ALIGN_CENTER,
             UI_FOCUS);
    ui_draw_button(g, m, again, ui_str(u, "kiosk.again"), UI_BTN_PRIMARY, ui_hovering(u, again),
                   u->pressed && ui_hovering(u, again), u->focus == 0);
    /* at the right: the QR code, where to get help */
    gfx_rect panel = {m->W - m->pad * 2 - right_w, m->pad * 2, right_w, again.y + bh - m->pad * 2};
    ui_draw_panel(g, m, panel, UI_BAR);
    /* the QR code as wide as the panel, its caption, then where to get help, all centred */
    int inner = right_w - m->pad * 2;
    static const char *const where[2] = {"17cyber.gouv.fr", "Cybermalveillance.gouv.fr"};
    int hpx = m->body;
    for (int i = 0; i < 2; i++)
        hpx = gfx_text_fit_line(g, where[i], GFX_FONT_BOLD, hpx, m->small * 2 / 3, inner);
    int cap = m->small * 6 / 5 + m->gap / 2;
    int text_h = m->body * 6 / 5 + 2 * (hpx * 6 / 5) + m->gap * 2;
    int side = panel.h - m->pad * 2 - cap - text_h;
    if (side > inner) side = inner;
    int total = side + cap + text_h;
    int yy = panel.y + (panel.h - total) / 2;
    help_qr(u, m, (gfx_rect){panel.x + m->pad, yy, inner, side + cap}, true);
    yy += side + cap + m->gap * 2;
    line(u, ui_str(u, "kiosk.help.title"), GFX_FONT_REGULAR, m->body, m->small * 2 / 3,
         panel.x + panel.w / 2, yy, inner, GFX_ALIGN_CENTER, UI_TEXT);
    yy += m->body * 6 / 5;
    for (int i = 0; i < 2; i++, yy += hpx * 6 / 5)
        gfx_text(g, where[i], GFX_FONT_BOLD, hpx, panel.x + panel.w / 2, yy, GFX_ALIGN_CENTER,
                 UI_ACCENT);
    /* the countdown back to the attract loop */
    char secs[16], back[120];
    uint64_t left = u->kiosk.end_until > now ? u->kiosk.end_until - now : 0;
    snprintf(secs, sizeof secs, "%u", (unsigned)((left + 999) / 1000));
    ui_fmt(u, back, sizeof back, "kiosk.back_in", secs, NULL, NULL);
    gfx_text(g, back, GFX_FONT_REGULAR, m->small, m->W / 2, m->H - foot, GFX_ALIGN_CENTER,
             UI_MUTED);
}

/* ==== "Toujours là ?" ===================================================== */

void ui_kiosk_overlay(ui *u, uint64_t now)
{
    if (!u->cfg.kiosk.on || !u->kiosk.still_there) return;
    gfx *g = u->g;
    ui_metrics mm;
    int w, h;
    gfx_size(g, &w, &h);
    ui_metrics_compute(&mm, w, h);
    const ui_metrics *m = &mm;
    gfx_fill_rect(g, (gfx_rect){0, 0, m->W, m->H}, (gfx_color){5, 12, 22, 215});
    int r0 = m->huge * 3 / 4; /* the countdown's disc */
    int pw = m->W * 6 / 10,
        ph = m->pad * 4 + m->big * 6 / 5 + m->gap + m->body * 6 / 5 + m->pad + 2 * r0;
    if (pw < m->H) pw = m->W - m->pad * 4 < m->H ? m->W - m->pad * 4 : m->H;
    gfx_rect p = {m->W / 2 - pw / 2, m->H / 2 - ph / 2, pw, ph};
    ui_draw_panel(g, m, p, UI_PANEL);
    int y = p.y + m->pad * 2;
    line(u, ui_str(u, "kiosk.still"), GFX_FONT_BOLD, m->big, m->body, m->W / 2, y, pw - m->pad * 2,
         GFX_ALIGN_CENTER, UI_ACCENT);
    y += m->big * 6 / 5 + m->gap;
    line(u, ui_str(u, "kiosk.still_sub"), GFX_FONT_REGULAR, m->body, m->small * 3 / 4, m->W / 2, y,
         pw - m->pad * 2, GFX_ALIGN_CENTER, UI_TEXT);
    y += m->body * 6 / 5 + m->pad;
    uint64_t left = u->kiosk.still_until > now ? u->kiosk.still_until - now : 0;
    char secs[16];
    snprintf(secs, sizeof secs, "%u", (unsigned)((left + 999) / 1000));
    int r = r0;
    gfx_fill_circle(g, m->W / 2, y + r, r, UI_ACCENT);
    gfx_text(g, secs, GFX_FONT_BOLD, r, m->W / 2, y + r - r * 6 / 10, GFX_ALIGN_CENTER, UI_INK);
}

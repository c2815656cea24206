/* ui_duel_draw.c — the duel's screen, read from two metres: the set-up (who has joined, with
 * what), the question big with its choices and each player's keys or buttons, who has
 * answered, the reveal, the board. Every text is noted (u->shown) for the tests that hold it
 * is never cut.
 */
#include "ui_duel_internal.h"

#include <stdio.h>
#include <string.h>

/* text wrapped into box at the largest size from max_px down to min_px that fits it; drawn
 * with draw, noted; returns the height taken. */
static int fit_text(ui *u, const char *text, gfx_font f, int max_px, int min_px, gfx_rect box,
                    gfx_align align, gfx_color c, bool draw)
{
    if (!text[0] || box.w <= 0 || box.h <= 0) return 0;
    int px = gfx_text_fit(u->g, text, f, max_px, min_px, box.w, box.h);
    int w = align == GFX_ALIGN_LEFT ? box.w : gfx_text_balance(u->g, text, f, px, box.w);
    int used = 0, h = gfx_text_wrapped_height(u->g, text, f, px, w, &used);
    if (!draw) return h;
    int x = align == GFX_ALIGN_LEFT ? box.x : box.x + (box.w - w) / 2;
    gfx_text_wrapped(u->g, text, f, px, x, box.y, w, align, c);
    ui_shown_note(u, text, (gfx_rect){x, box.y, w, h}, used);
    return h;
}

/* One line at px (smaller if it must), left, centred or right of x; noted. */
static void line(ui *u, const char *text, gfx_font f, int px, int x, int y, int max_w,
                 gfx_align align, gfx_color c)
{
    if (!text[0]) return;
    px = gfx_text_fit_line(u->g, text, f, px, px * 6 / 10, max_w);
    int tw, th;
    gfx_text_size(u->g, text, f, px, &tw, &th);
    gfx_text(u->g, text, f, px, x, y, align, c);
    int bx = align == GFX_ALIGN_LEFT ? x : align == GFX_ALIGN_CENTER ? x - tw / 2 : x - tw;
    ui_shown_note(u, text, (gfx_rect){bx, y, tw < max_w ? tw : max_w, px * 6 / 5}, tw);
}

static int header(ui *u, const ui_metrics *m, uint64_t now, bool draw)
{
    int h = m->small * 5 / 2;
    if (!draw) return h;
    gfx *g = u->g;
    game_duel *d = u->duel->d;
    gfx_fill_rect(g, (gfx_rect){0, 0, m->W, h}, UI_BAR);
    const game_level *lv = u->packs[u->duel->pack].levels[u->duel->level].level;
    char left[200], right[64] = "";
    ui_fmt(u, left, sizeof left, "duel.heading", game_text_get(&lv->title, u->lang), NULL, NULL);
    if (game_duel_phase_of(d) == GAME_DUEL_QUESTION || game_duel_phase_of(d) == GAME_DUEL_REVEAL) {
        char a[16], b[16];
        snprintf(a, sizeof a, "%zu", game_duel_index(d) + 1);
        snprintf(b, sizeof b, "%zu", game_duel_count(d));
        ui_fmt(u, right, sizeof right, "duel.question", a, b, NULL);
    }
    if (u->duel->notice_until > now && u->duel->notice[0] &&
        game_duel_phase_of(d) != GAME_DUEL_SETUP) /* a pad unplugged or replaced: said here */
        snprintf(left, sizeof left, "%s", u->duel->notice);
    int ty = (h - m->small * 6 / 5) / 2, rw = 0, th;
    if (right[0]) gfx_text_size(g, right, GFX_FONT_BOLD, m->small, &rw, &th);
    int room = m->W - 2 * m->pad - rw - 2 * m->gap;
    char cut[200];
    gfx_text_ellipsize(g, left, GFX_FONT_BOLD, m->small, room, cut, sizeof cut);
    bool said = strcmp(left, u->duel->notice) == 0;
    if (said) { /* on an amber pill, to be seen */
        int cw, chh;
        gfx_text_size(g, cut, GFX_FONT_BOLD, m->small, &cw, &chh);
        gfx_fill_rounded(g,
                         (gfx_rect){m->pad - m->gap, ty - m->gap / 2, cw + 2 * m->gap,
                                    m->small * 6 / 5 + m->gap},
                         (m->small * 6 / 5 + m->gap) / 2, UI_ACCENT);
    }
    gfx_text(g, cut, GFX_FONT_BOLD, m->small, m->pad, ty, GFX_ALIGN_LEFT,
             said ? UI_INK : UI_ACCENT);
    if (right[0])
        line(u, right, GFX_FONT_BOLD, m->small, m->W - m->pad, ty, rw, GFX_ALIGN_RIGHT, UI_TEXT);
    return h;
}

/* The notice of the moment (a player joined, a pad unplugged or replaced), over the top. */
static void notice(ui *u, const ui_metrics *m, uint64_t now, int y)
{
    if (u->duel->notice_until <= now || !u->duel->notice[0]) return;
    gfx *g = u->g;
    int px = m->body, tw, th;
    px = gfx_text_fit_line(g, u->duel->notice, GFX_FONT_BOLD, px, m->small * 3 / 4,
                           m->W - 4 * m->pad);
    gfx_text_size(g, u->duel->notice, GFX_FONT_BOLD, px, &tw, &th);
    gfx_rect pill = {m->W / 2 - tw / 2 - m->pad, y, tw + 2 * m->pad, px * 6 / 5 + m->gap * 2};
    gfx_fill_rounded(g, pill, pill.h / 2, UI_ACCENT);
    gfx_text(g, u->duel->notice, GFX_FONT_BOLD, px, m->W / 2, y + m->gap, GFX_ALIGN_CENTER, UI_INK);
}

/* A small key cap in the choice's colour with the player's key for it. */
static void key_cap(ui *u, int p, int pos, gfx_rect r)
{
    char k[32];
    ui_duel_key_name(u, p, pos, k, sizeof k);
    gfx_fill_rounded(u->g, r, r.h / 5, UI_BADGES[pos]);
    int px = gfx_text_fit_line(u->g, k, GFX_FONT_BOLD, r.h * 6 / 10, r.h / 3, r.w - r.h / 5);
    gfx_text(u->g, k, GFX_FONT_BOLD, px, r.x + r.w / 2, r.y + (r.h - px * 6 / 5) / 2,
             GFX_ALIGN_CENTER, UI_ON_PAPER);
}

/* ==== set-up ============================================================== */

static void setup_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    gfx *g = u->g;
    game_duel *d = u->duel->d;
    int top = header(u, m, now, draw) + m->pad;
    int bh = m->body * 2;
    int by = m->H - m->pad - bh;
    int bw = ui_button_width(u, m, "duel.start", "res.menu");
    gfx_rect start = {m->W - m->pad - bw, by, bw, bh};
    gfx_rect back = {m->W - m->pad - 2 * bw - m->gap, by, bw, bh};
    bool can = game_duel_players(d) >= GAME_DUEL_MIN_PLAYERS;
    ui_add_target(t, UI_T_START, 0, start);
    if (!u->cfg.kiosk.on) ui_add_target(t, UI_T_BACK, 0, back);
    /* the call, big */
    int call_h = m->prompt * 6 / 5 * 2;
    call_h = fit_text(u, ui_str(u, "duel.join"), GFX_FONT_BOLD, m->prompt, m->body,
                      (gfx_rect){m->pad, top, m->W - 2 * m->pad, call_h}, GFX_ALIGN_CENTER, UI_TEXT,
                      draw);
    top += call_h + m->gap;
    /* the notice's band, then the four seats */
    int notice_y = top;
    top += m->body * 6 / 5 + m->gap * 3;
    int help_h = m->small * 6 / 5 * 2 + m->gap * 2;
    int seats_h = by - m->pad - help_h - top;
    int sw = (m->W - 2 * m->pad - 3 * m->gap) / 4;
    for (int i = 0; i < GAME_DUEL_MAX_PLAYERS && draw; i++) {
        gfx_rect r = {m->pad + i * (sw + m->gap), top, sw, seats_h};
        const game_duel_player *p = game_duel_player_get(d, i);
        if (!p->joined) {
            gfx_fill_rounded(g, r, m->radius, UI_PANEL);
            fit_text(
                u, ui_str(u, "duel.free"), GFX_FONT_REGULAR, m->body, m->small,
                (gfx_rect){r.x + m->gap, r.y + r.h / 2 - m->body, r.w - 2 * m->gap, m->body * 2},
                GFX_ALIGN_CENTER, UI_MUTED, true);
            continue;
        }
        ui_draw_panel(g, m, r, UI_PANEL_HI);
        gfx_fill_rect(g, (gfx_rect){r.x, r.y, r.w, m->gap / 2 + 2}, ui_duel_color(i));
        /* centred in the seat: the mark, the name, the device, the keys (smaller marks first
         * when the seat is low) */
        int cap = (r.w - 2 * m->gap - 3 * m->gap / 2) / 4;
        if (cap > m->body * 3 / 2) cap = m->body * 3 / 2;
        int rest = m->gap + m->body * 6 / 5 + m->gap / 2 + m->small * 6 / 5 + m->gap + cap;
        int mark = r.h / 3 < r.w / 3 ? r.h / 3 : r.w / 3;
        if (mark > r.h - 2 * m->gap - rest) mark = r.h - 2 * m->gap - rest;
        bool caps = mark >= m->body;
        if (!caps) { /* no room for the keys: the device says it */
            rest -= m->gap + cap;
            mark = r.h / 3 < r.w / 3 ? r.h / 3 : r.w / 3;
            if (mark > r.h - 2 * m->gap - rest) mark = r.h - 2 * m->gap - rest;
        }
        int y = r.y + (r.h - mark - rest) / 2;
        ui_duel_draw_mark(u, i, r.x + r.w / 2, y + mark / 2, mark);
        char name[64], dev[96];
        ui_duel_name(u, i, name, sizeof name);
        y += mark + m->gap;
        line(u, name, GFX_FONT_BOLD, m->body, r.x + r.w / 2, y, r.w - 2 * m->gap, GFX_ALIGN_CENTER,
             UI_TEXT);
        y += m->body * 6 / 5 + m->gap / 2;
        const ui_duel_player *pl = &u->duel->pl[i];
        snprintf(dev, sizeof dev, "%s",
                 ui_str(u, pl->dev == UI_DUEL_KEYS ? "duel.dev_keys"
                           : pl->buzzer            ? "duel.dev_buzzer"
                                                   : "duel.dev_pad"));
        line(u, dev, GFX_FONT_REGULAR, m->small, r.x + r.w / 2, y, r.w - 2 * m->gap,
             GFX_ALIGN_CENTER, UI_MUTED);
        y += m->small * 6 / 5 + m->gap;
        int cx = r.x + (r.w - (4 * cap + 3 * m->gap / 2)) / 2;
        for (int k = 0; caps && k < GAME_DUEL_MAX_CHOICES; k++)
            key_cap(u, i, k, (gfx_rect){cx + k * (cap + m->gap / 2), y, cap, cap});
    }
    if (!draw) return;
    /* how to join: the key groups named in this layout, the pads */
    char groups[160] = "", k[32], keys[220];
    for (int gi = 0; gi < UI_DUEL_GROUPS; gi++) {
        if (gi) strncat(groups, "  ·  ", sizeof groups - strlen(groups) - 1);
        for (int j = 0; j < GAME_DUEL_MAX_CHOICES; j++) {
            input_scan_label(UI_DUEL_KEYS_AT[gi][j], k, sizeof k);
            if (j) strncat(groups, " ", sizeof groups - strlen(groups) - 1);
            strncat(groups, k, sizeof groups - strlen(groups) - 1);
        }
    }
    ui_fmt(u, keys, sizeof keys, "duel.join_keys", groups, NULL, NULL);
    int hy = top + seats_h + m->gap;
    line(u, keys, GFX_FONT_REGULAR, m->small, m->W / 2, hy, m->W - 2 * m->pad, GFX_ALIGN_CENTER,
         UI_TEXT);
    line(u, ui_str(u, "duel.join_pads"), GFX_FONT_REGULAR, m->small, m->W / 2,
         hy + m->small * 6 / 5 + m->gap / 2, m->W - 2 * m->pad, GFX_ALIGN_CENTER, UI_TEXT);
    /* the buttons and the keys */
    ui_draw_button(g, m, start, ui_str(u, "duel.start"), can ? UI_BTN_PRIMARY : UI_BTN_DIM,
                   ui_hovering(u, start), u->pressed && ui_hovering(u, start), can);
    if (!u->cfg.kiosk.on)
        ui_draw_button(g, m, back, ui_str(u, "res.menu"), UI_BTN_NORMAL, ui_hovering(u, back),
                       u->pressed && ui_hovering(u, back), false);
    const char *hint = ui_str(u, can ? "duel.keys_setup" : "duel.need");
    int hw = (u->cfg.kiosk.on ? start.x : back.x) - m->gap - m->pad;
    int hh = fit_text(u, hint, GFX_FONT_REGULAR, m->small, m->small * 2 / 3,
                      (gfx_rect){m->pad, by, hw, bh}, GFX_ALIGN_LEFT, UI_MUTED, false);
    fit_text(u, hint, GFX_FONT_REGULAR, m->small, m->small * 2 / 3,
             (gfx_rect){m->pad, by + (bh - hh) / 2, hw, hh}, GFX_ALIGN_LEFT, UI_MUTED, true);
    notice(u, m, now, notice_y);
}

/* ==== the players' strip (question, reveal) ================================ */

static void strip(ui *u, const ui_metrics *m, gfx_rect area, bool reveal)
{
    gfx *g = u->g;
    game_duel *d = u->duel->d;
    int order[GAME_DUEL_MAX_PLAYERS], n = 0;
    for (int i = 0; i < GAME_DUEL_MAX_PLAYERS; i++)
        if (game_duel_player_get(d, i)->joined) order[n++] = i;
    if (!n) return;
    int cw = (area.w - (n - 1) * m->gap) / n, npos = game_duel_choices(d);
    for (int k = 0; k < n; k++) {
        int i = order[k];
        const game_duel_player *p = game_duel_player_get(d, i);
        const ui_duel_player *pl = &u->duel->pl[i];
        gfx_rect r = {area.x + k * (cw + m->gap), area.y, cw, area.h};
        gfx_color bg = UI_PANEL;
        if (reveal && p->answered) bg = ui_mix(UI_PANEL, p->correct ? UI_RIGHT : UI_WRONG, 0.35f);
        ui_draw_panel(g, m, r, bg);
        gfx_fill_rect(g, (gfx_rect){r.x, r.y, m->gap / 2 + 2, r.h}, ui_duel_color(i));
        int mark = m->body * 3 / 2, x = r.x + m->gap * 2;
        ui_duel_draw_mark(u, i, x + mark / 2, r.y + m->gap + mark / 2, mark);
        char name[64], score[32], num[24];
        ui_duel_name(u, i, name, sizeof name);
        /* during the question, the score before it: a score that grows would tell who was right */
        ui_number(u, num, sizeof num, reveal ? p->score : p->score - p->points);
        ui_fmt(u, score, sizeof score, "duel.points", num, NULL, NULL);
        /* the name beside the mark, the score under the name */
        int nx = x + mark + m->gap, nw = r.x + r.w - m->gap - nx;
        int ny = r.y + m->gap + (mark - m->body * 6 / 5 - m->small * 6 / 5) / 2;
        if (ny < r.y + m->gap / 2) ny = r.y + m->gap / 2;
        line(u, name, GFX_FONT_BOLD, m->body, nx, ny, nw, GFX_ALIGN_LEFT, UI_TEXT);
        line(u, score, GFX_FONT_BOLD, m->small, nx, ny + m->body * 6 / 5, nw, GFX_ALIGN_LEFT,
             UI_ACCENT);
        /* what they did: answered (not what), or at the reveal how it went */
        char st[96];
        const char *key = NULL;
        gfx_color sc = UI_MUTED;
        if (pl->unplugged) {
            key = "duel.unplugged";
            sc = UI_WRONG_TEXT;
        } else if (!reveal) {
            key = p->answered ? "duel.answered" : "duel.waiting";
            sc = p->answered ? UI_TEXT : UI_MUTED;
        }
        if (key) {
            snprintf(st, sizeof st, "%s", ui_str(u, key));
        } else if (!p->answered) {
            snprintf(st, sizeof st, "%s", ui_str(u, "duel.none"));
        } else if (p->correct) {
            char pts[16], ord[8];
            snprintf(pts, sizeof pts, "%ld", p->points);
            snprintf(ord, sizeof ord, "%d", p->order);
            ui_fmt(u, st, sizeof st, p->order == 1 ? "duel.first" : "duel.right", pts, ord, NULL);
            sc = UI_TEXT;
        } else {
            snprintf(st, sizeof st, "%s", ui_str(u, "duel.wrong"));
            sc = UI_TEXT;
        }
        int y = ny + m->body * 6 / 5 + m->small * 6 / 5;
        if (y < r.y + m->gap + mark) y = r.y + m->gap + mark;
        y += m->gap / 2;
        /* on two lines if it must (the reveal has room: no keys under it) */
        int st_h = reveal ? r.y + r.h - m->gap - y : m->small * 6 / 5;
        y += fit_text(u, st, GFX_FONT_BOLD, m->small, m->small * 2 / 3,
                      (gfx_rect){x, y, r.x + r.w - m->gap - x, st_h}, GFX_ALIGN_LEFT, sc, true);
        y += m->gap / 2;
        /* their keys for the choices, in the choices' colours */
        int cap = r.y + r.h - m->gap - y;
        int maxcap = (r.w - 3 * m->gap - (npos - 1) * m->gap / 2) / (npos ? npos : 1);
        if (cap > maxcap) cap = maxcap;
        if (cap > m->body * 2) cap = m->body * 2;
        if (cap >= m->small && !reveal)
            for (int pos = 0; pos < npos; pos++)
                key_cap(u, i, pos, (gfx_rect){x + pos * (cap + m->gap / 2), y, cap, cap});
    }
}

/* ==== a question, its reveal ================================================ */

static const char *choice_text(ui *u, int pos)
{
    game_duel *d = u->duel->d;
    const game_question *q = game_duel_question(d);
    size_t w = game_duel_choice_at(d, pos);
    return q->kind == GAME_KIND_TRUEFALSE ? ui_str(u, w == 0 ? "q.true" : "q.false")
                                          : game_text_get(&q->choices[w], u->lang);
}

/* The cell's text box, beside its badge. */
static gfx_rect cell_box(const ui_metrics *m, gfx_rect r, bool reveal, int *badge)
{
    *badge = r.h * 7 / 10 < m->big ? r.h * 7 / 10 : m->big;
    int tx = r.x + m->gap * 2 + *badge;
    int right = reveal ? m->body + m->gap : 0; /* the reveal's check mark */
    return (gfx_rect){tx, r.y + m->gap / 2, r.x + r.w - m->gap * 2 - right - tx, r.h - m->gap};
}

/* Choice pos in r, its text at px (one size for all the cells). */
static void choice_cell(ui *u, const ui_metrics *m, int pos, gfx_rect r, int px, bool reveal,
                        bool draw)
{
    gfx *g = u->g;
    game_duel *d = u->duel->d;
    const char *text = choice_text(u, pos);
    bool right = pos == game_duel_right_pos(d);
    gfx_color bg = reveal ? (right ? ui_mix(UI_PANEL, UI_RIGHT, 0.55f) : UI_BG) : UI_PANEL;
    if (draw) ui_draw_panel(g, m, r, bg);
    int badge;
    gfx_rect box = cell_box(m, r, reveal, &badge);
    if (draw)
        ui_draw_badge(g, r.x + m->gap + badge / 2, r.y + r.h / 2, badge, (size_t)pos, true,
                      badge * 6 / 10);
    int h = gfx_text_wrapped_height(g, text, GFX_FONT_BOLD, px, box.w, NULL);
    box.y = r.y + (r.h - h) / 2;
    box.h = h;
    fit_text(u, text, GFX_FONT_BOLD, px, px, box, GFX_ALIGN_LEFT,
             reveal && !right ? UI_MUTED : UI_TEXT, draw);
    if (draw && reveal && right)
        ui_draw_check(g, r.x + r.w - m->gap - m->body / 2, r.y + r.h / 2, m->body, UI_TEXT);
}

static void question_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    gfx *g = u->g;
    game_duel *d = u->duel->d;
    bool reveal = game_duel_phase_of(d) == GAME_DUEL_REVEAL;
    const game_question *q = game_duel_question(d);
    int top = header(u, m, now, draw);
    /* the countdown under the bar */
    int tb = m->gap / 2 + 2;
    if (draw && !reveal) {
        uint32_t left = game_duel_time_left(d, now), all = game_duel_time_limit(d);
        float f = all ? (float)left / (float)all : 0;
        gfx_color c = f > 0.5f ? UI_RIGHT_BAR : f > 0.2f ? UI_ACCENT : UI_WRONG_BAR;
        gfx_fill_rect(g, (gfx_rect){0, top, (int)((float)m->W * f), tb}, c);
        char s[16], sec[16];
        snprintf(s, sizeof s, "%u", (left + 999) / 1000);
        ui_fmt(u, sec, sizeof sec, "duel.seconds", s, NULL, NULL);
        int sw, sh;
        gfx_text_size(g, sec, GFX_FONT_BOLD, m->body, &sw, &sh);
        line(u, sec, GFX_FONT_BOLD, m->body, m->W - m->pad, top + tb + m->gap, sw, GFX_ALIGN_RIGHT,
             c);
    }
    top += tb + m->gap;
    int strip_h = m->body * 3 / 2 + m->small * 6 / 5 + m->body * 2 + m->gap * 4;
    if (reveal) strip_h -= m->body * 2;
    int foot = m->small * 6 / 5 + m->gap;
    gfx_rect sa = {m->pad, m->H - m->pad / 2 - foot - strip_h, m->W - 2 * m->pad, strip_h};
    int room = sa.y - m->gap - top;
    int npos = game_duel_choices(d);
    int rows = npos > 2 ? 2 : 1;
    /* the prompt, big; the reveal gives room to the explanation */
    int prompt_h = reveal ? room * 22 / 100 : room * (q->image ? 26 : 40) / 100;
    int sec_w = m->body * 3;
    const char *prompt = game_text_get(&q->prompt, u->lang);
    fit_text(u, prompt, GFX_FONT_BOLD, m->big, reveal ? m->small * 3 / 4 : m->body,
             (gfx_rect){m->pad + sec_w, top, m->W - 2 * m->pad - 2 * sec_w, prompt_h},
             GFX_ALIGN_CENTER, UI_TEXT, draw);
    top += prompt_h + m->gap;
    int choices_h = reveal ? room * 40 / 100 : room - prompt_h - m->gap;
    /* a picture with the question: at the left, the choices in one column at its right */
    int left = m->pad, cols = 2;
    if (q->image) {
        gfx_rect pic = {m->pad, top, (m->W - 2 * m->pad) * 2 / 5, choices_h};
        if (draw) {
            gfx_fill_rounded(g, pic, m->radius, UI_BAR);
            gfx_image_draw(
                g, q->image,
                (gfx_rect){pic.x + m->gap / 2, pic.y + m->gap / 2, pic.w - m->gap, pic.h - m->gap},
                NULL);
        }
        left = pic.x + pic.w + m->gap;
        cols = 1;
        rows = npos;
    }
    int cw = (m->W - m->pad - left - (cols - 1) * m->gap) / cols;
    int ch = (choices_h - (rows - 1) * m->gap) / rows;
    int px = m->prompt, badge;
    gfx_rect box = cell_box(m, (gfx_rect){0, 0, cw, ch}, reveal, &badge);
    for (int pos = 0; pos < npos; pos++) {
        int p = gfx_text_fit(g, choice_text(u, pos), GFX_FONT_BOLD, m->prompt, m->small * 3 / 4,
                             box.w, box.h);
        if (p < px) px = p;
    }
    for (int pos = 0; pos < npos; pos++) {
        gfx_rect r = {left + (pos % cols) * (cw + m->gap), top + (pos / cols) * (ch + m->gap), cw,
                      ch};
        choice_cell(u, m, pos, r, px, reveal, draw);
    }
    top += choices_h + m->gap;
    if (reveal) {
        gfx_rect ex = {m->pad, top, m->W - 2 * m->pad, sa.y - m->gap - top};
        const char *explain = game_text_get(&q->explain, u->lang);
        if (draw && ex.h > 0) ui_draw_panel(g, m, ex, UI_PANEL);
        fit_text(u, explain, GFX_FONT_REGULAR, m->body, m->small * 3 / 4,
                 (gfx_rect){ex.x + m->pad, ex.y + m->gap, ex.w - 2 * m->pad, ex.h - 2 * m->gap},
                 GFX_ALIGN_LEFT, UI_TEXT, draw);
        /* a tap anywhere moves on, as Enter does */
        ui_add_target(t, UI_T_CONTINUE, 0, (gfx_rect){0, 0, m->W, m->H});
    }
    if (!draw) return;
    strip(u, m, sa, reveal);
    const char *hint =
        ui_str(u, reveal ? (u->cfg.kiosk.on ? "duel.keys_reveal_kiosk" : "duel.keys_reveal")
                         : (u->cfg.kiosk.on ? "duel.keys_question_kiosk" : "duel.keys_question"));
    line(u, hint, GFX_FONT_REGULAR, m->small, m->W / 2, m->H - m->pad / 2 - m->small * 6 / 5,
         m->W - 2 * m->pad, GFX_ALIGN_CENTER, UI_MUTED);
}

/* ==== the board ============================================================= */

static void end_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    gfx *g = u->g;
    game_duel *d = u->duel->d;
    int top = header(u, m, now, draw) + m->pad;
    int order[GAME_DUEL_MAX_PLAYERS], rank[GAME_DUEL_MAX_PLAYERS];
    int n = game_duel_board(d, order, rank);
    int bh = m->body * 2, by = m->H - m->pad - bh;
    int bw = ui_button_width(u, m, "duel.again", "res.menu");
    gfx_rect again = {m->W - m->pad - bw, by, bw, bh};
    gfx_rect back = {m->W - m->pad - 2 * bw - m->gap, by, bw, bh};
    ui_add_target(t, UI_T_AGAIN, 0, again);
    ui_add_target(t, UI_T_BACK, 0, back);
    /* the winner, or a tie */
    char title[200], names[160] = "";
    int winners = 0;
    for (int k = 0; k < n && rank[k] == 1; k++) winners++;
    if (winners == 1) {
        ui_duel_name(u, order[0], names, sizeof names);
        ui_fmt(u, title, sizeof title, "duel.winner", names, NULL, NULL);
    } else {
        snprintf(title, sizeof title, "%s", ui_str(u, "duel.tie"));
    }
    int th = m->big * 6 / 5 + m->gap;
    fit_text(u, title, GFX_FONT_BOLD, m->big, m->body,
             (gfx_rect){m->pad, top, m->W - 2 * m->pad, th}, GFX_ALIGN_CENTER, UI_ACCENT, draw);
    top += th + m->gap;
    /* the rows */
    int rows_h = by - m->gap * 2 - top;
    int rh = (rows_h - (GAME_DUEL_MAX_PLAYERS - 1) * m->gap) / GAME_DUEL_MAX_PLAYERS;
    if (rh > m->body * 3) rh = m->body * 3;
    int w = m->W - 2 * m->pad;
    if (w > m->H * 3 / 2) w = m->H * 3 / 2;
    int x = (m->W - w) / 2;
    for (int k = 0; k < n && draw; k++) {
        int i = order[k];
        const game_duel_player *p = game_duel_player_get(d, i);
        gfx_rect r = {x, top + k * (rh + m->gap), w, rh};
        ui_draw_panel(g, m, r, rank[k] == 1 ? UI_PANEL_HI : UI_PANEL);
        if (rank[k] == 1) /* the winners: a gold edge */
            gfx_fill_rounded(g, (gfx_rect){r.x, r.y, m->gap, r.h}, m->gap / 2, UI_ACCENT);
        char rk[8], name[64], num[24], score[32], stats[120], a[16], b[16];
        snprintf(rk, sizeof rk, "%d", rank[k]);
        int px = rh * 45 / 100 < m->big ? rh * 45 / 100 : m->big;
        int cy = r.y + (r.h - px * 6 / 5) / 2;
        line(u, rk, GFX_FONT_BOLD, px, r.x + m->pad, cy, px * 2, GFX_ALIGN_LEFT, UI_TEXT);
        int mark = rh * 7 / 10;
        int mx = r.x + m->pad + px + m->gap * 2;
        ui_duel_draw_mark(u, i, mx + mark / 2, r.y + r.h / 2, mark);
        ui_duel_name(u, i, name, sizeof name);
        ui_number(u, num, sizeof num, p->score);
        ui_fmt(u, score, sizeof score, "duel.points", num, NULL, NULL);
        snprintf(a, sizeof a, "%u", p->right);
        snprintf(b, sizeof b, "%u", p->firsts);
        ui_fmt(u, stats, sizeof stats, "duel.stats", a, b, NULL);
        int sw, sh;
        gfx_text_size(g, score, GFX_FONT_BOLD, px, &sw, &sh);
        line(u, score, GFX_FONT_BOLD, px, r.x + r.w - m->pad, cy, sw, GFX_ALIGN_RIGHT, UI_ACCENT);
        int nx = mx + mark + m->gap * 2, nw = r.x + r.w - m->pad - sw - m->gap * 2 - nx;
        int ny = r.y + (r.h - m->body * 6 / 5 - m->small * 6 / 5) / 2;
        line(u, name, GFX_FONT_BOLD, m->body, nx, ny, nw, GFX_ALIGN_LEFT, UI_TEXT);
        line(u, stats, GFX_FONT_REGULAR, m->small, nx, ny + m->body * 6 / 5, nw, GFX_ALIGN_LEFT,
             UI_MUTED);
    }
    if (!draw) return;
    ui_draw_button(g, m, again, ui_str(u, "duel.again"), UI_BTN_PRIMARY, ui_hovering(u, again),
                   u->pressed && ui_hovering(u, again), true);
    ui_draw_button(g, m, back, ui_str(u, "res.menu"), UI_BTN_NORMAL, ui_hovering(u, back),
                   u->pressed && ui_hovering(u, back), false);
    char hint[160];
    if (u->cfg.kiosk.on) {
        uint64_t at = game_duel_since(d) + UI_DUEL_KIOSK_END_MS;
        char s[16];
        snprintf(s, sizeof s, "%u", (unsigned)((at > now ? at - now : 0) + 999) / 1000);
        ui_fmt(u, hint, sizeof hint, "duel.back_in", s, NULL, NULL);
    } else {
        snprintf(hint, sizeof hint, "%s", ui_str(u, "duel.keys_end"));
    }
    int hw = back.x - m->gap - m->pad;
    int hh = fit_text(u, hint, GFX_FONT_REGULAR, m->small, m->small * 2 / 3,
                      (gfx_rect){m->pad, by, hw, bh}, GFX_ALIGN_LEFT, UI_MUTED, false);
    fit_text(u, hint, GFX_FONT_REGULAR, m->small, m->small * 2 / 3,
             (gfx_rect){m->pad, by + (bh - hh) / 2, hw, hh}, GFX_ALIGN_LEFT, UI_MUTED, true);
}

void ui_duel_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    if (draw) u->nshown = 0;
    if (!u->duel) return;
    switch (game_duel_phase_of(u->duel->d)) {
    case GAME_DUEL_SETUP:
        setup_layout(u, m, now, draw, t);
        break;
    case GAME_DUEL_QUESTION:
    case GAME_DUEL_REVEAL:
        question_layout(u, m, now, draw, t);
        break;
    case GAME_DUEL_END:
        end_layout(u, m, now, draw, t);
        break;
    }
}

/* ui_report.c — the trainer's session report on screen: the players and their scores, the
 * questions with the share right and the wrong answer chosen most, misconceptions first.
 * Reads the kept results (ui_records).
 */
#include "ui_screens.h"

#include <stdio.h>
#include <string.h>

/* Built when opened, from what the records have written by then; none without a session. */
static void report_open(ui *u, uint64_t now)
{
    (void)now;
    const ui_records *rec = &u->cfg.records;
    if (!rec->report || !u->trainer.session[0]) return;
    ui_records_flush(u);
    rec->report_free(&u->report.data);
    game_error err = {0};
    u->report.ok = rec->report(rec->ud, u->trainer.session, &u->report.data, &err);
    u->report.scroll = 0;
    u->report.more = false;
    u->screen = UI_SCREEN_REPORT;
    u->dirty = true;
}

/* One line further down, while a list has lines below the last one shown; one up. */
static void report_scroll(ui *u, int dir)
{
    if (dir > 0 && u->report.more) u->report.scroll++;
    if (dir < 0 && u->report.scroll > 0) u->report.scroll--;
    u->dirty = true;
}

/* The wheel and the arrows scroll both lists; Enter, Esc or Backspace go back. */
static bool report_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    (void)ts, (void)now;
    u->dirty = true;
    if (ev->type == INPUT_WHEEL) {
        report_scroll(u, ev->dy < 0 ? 1 : ev->dy > 0 ? -1 : 0);
        return true;
    }
    if (ev->type != INPUT_KEY) return ev->type == INPUT_TEXT;
    if (ev->key == INPUT_KEY_DOWN) report_scroll(u, 1);
    if (ev->key == INPUT_KEY_UP) report_scroll(u, -1);
    if (ev->key == INPUT_KEY_BACK || ev->key == INPUT_KEY_ENTER || ev->key == INPUT_KEY_ERASE) {
        u->screen = UI_SCREEN_MENU;
        u->focus = -1;
        ui_records_menu_refresh(u);
    }
    return ev->key != INPUT_KEY_FULLSCREEN && ev->key != INPUT_KEY_QUIT;
}

/* A tap on the arrows scrolls, as the keys do; Back goes back. */
static void report_activate(ui *u, const ui_target *t, uint64_t now)
{
    if (t->kind == UI_T_SCROLL)
        report_scroll(u, t->index);
    else
        ui_back_activate(u, t, now);
}

/* "1. Léa" or "2. (anonymous)": a player's line without the score. */
static void report_name(const ui *u, const game_report_player *p, char *buf, size_t n)
{
    snprintf(buf, n, "%d. %s", p->rank, p->nick[0] ? p->nick : ui_str(u, "report.anonymous"));
}

/* A player's score, with its pace's tag when the runs had more time ("840 ×2"). */
static void report_score(const ui *u, const game_report_player *p, char *buf, size_t n)
{
    ui_number(u, buf, n, p->score);
    if (p->pace != GAME_PACE_NORMAL) {
        size_t len = strlen(buf);
        snprintf(buf + len, n - len, " %s", ui_pace_tag(u, p->pace));
    }
}

/* The players' column: as wide as its widest line (a level's title, a rank, nickname and
 * score, the heading), at most 2/5 of the screen so that the questions keep their room; a
 * name that does not fit beside its score then takes a line of its own above it. */
static int report_players_width(ui *u, const ui_metrics *m, const game_report *r)
{
    gfx *g = u->g;
    int most = 0, w = 0, h = 0;
    gfx_text_size(g, ui_str(u, "report.players"), GFX_FONT_BOLD, m->small, &most, &h);
    for (size_t i = 0; i < r->nplayers; i++) {
        const game_report_player *p = &r->players[i];
        char line[160], score[64];
        if (p->rank == 1) {
            gfx_text_size(g, p->level_title[0] ? p->level_title : p->level_id, GFX_FONT_BOLD,
                          m->small, &w, &h);
            if (w > most) most = w;
        }
        report_score(u, p, score, sizeof score);
        report_name(u, p, line, sizeof line);
        gfx_text_size(g, line, GFX_FONT_REGULAR, m->small, &w, &h);
        int sw = 0;
        gfx_text_size(g, score, GFX_FONT_BOLD, m->small, &sw, &h);
        if (w + m->gap + sw > most) most = w + m->gap + sw;
    }
    int cap = (m->W - 3 * m->pad) * 2 / 5;
    return most < cap ? most : cap;
}

/* A player's line: the name, and the score at the column's right edge, on the same line when
 * both fit, else the score on a line of its own under the name. Returns the height (0 with
 * draw false: only measured, into *h). */
static int report_player(ui *u, const ui_metrics *m, const game_report_player *p, int x, int y,
                         int colw, int lh, bool draw)
{
    char name[160], score[64];
    report_name(u, p, name, sizeof name);
    report_score(u, p, score, sizeof score);
    int sw = 0, sh = 0, nw = 0;
    gfx_text_size(u->g, score, GFX_FONT_BOLD, m->small, &sw, &sh);
    gfx_text_size(u->g, name, GFX_FONT_REGULAR, m->small, &nw, &sh);
    bool beside = nw + m->gap + sw <= colw;
    int namew = beside ? colw - sw - m->gap : colw, nh = 0;
    int px = ui_recap_text_px(u, name, GFX_FONT_REGULAR, m->small, m->small * 3 / 4, namew, &nh);
    if (nh < lh) nh = lh;
    int h = beside ? nh : nh + lh;
    if (!draw) return h;
    ui_recap_text(u, name, GFX_FONT_REGULAR, px, px, x, y, namew, GFX_ALIGN_LEFT, UI_TEXT);
    int sy = beside ? y : y + nh;
    gfx_text(u->g, score, GFX_FONT_BOLD, m->small, x + colw, sy, GFX_ALIGN_RIGHT, UI_ACCENT);
    ui_shown_note(u, score, (gfx_rect){x + colw - sw, sy, sw, sh}, sw);
    return h;
}

static void report_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    (void)now;
    gfx *g = u->g;
    gfx_rect back = ui_back_button(u, m, t);
    /* Arrows to scroll with a mouse or a finger, over Back at the right, while there is more
     * to see (the key hint takes the left of Back's row). */
    int ab = m->small * 2;
    gfx_rect down = {m->W - m->pad - ab, back.y - ab - m->gap / 2, ab, ab};
    gfx_rect up = {down.x - m->gap - ab, down.y, ab, ab};
    if (u->report.more || u->report.scroll > 0) {
        ui_add_target(t, UI_T_SCROLL, -1, up);
        ui_add_target(t, UI_T_SCROLL, 1, down);
    }
    if (!draw) return;
    u->nshown = 0;
    const game_report *r = &u->report.data;
    char line[UI_SHOWN_TEXT], a[32], b[32];
    int y = m->pad;
    int limit = back.y - m->gap; /* the players end above the Back row */
    snprintf(a, sizeof a, "%zu", r->npeople);
    ui_fmt(u, line, sizeof line, "report.heading", u->trainer.session, a, NULL);
    y += ui_recap_text(u, line, GFX_FONT_BOLD, m->body, m->small, m->pad, y, m->W - 2 * m->pad,
                       GFX_ALIGN_LEFT, UI_ACCENT) +
         m->gap;
    int lh = m->small * 6 / 5 + m->gap / 3;
    int colw = report_players_width(u, m, r);
    bool more = false;

    /* Left: one ranked list per level; right: the questions, the misconceptions first. ↑↓
     * scroll both lists: a class of 30 does not fit on a 1024×768 projector. A level's title
     * is a line of the list, like a player. Every text whole: what does not fit waits below. */
    int py = y;
    int hh = ui_recap_text(u, ui_str(u, "report.players"), GFX_FONT_BOLD, m->small,
                           m->small * 3 / 4, m->pad, py, colw, GFX_ALIGN_LEFT, UI_TEXT);
    py += hh > lh ? hh : lh;
    size_t line_no = 0, pfirst = (size_t)u->report.scroll, plines = r->nplayers;
    for (size_t i = 0; i < r->nplayers; i++) plines += r->players[i].rank == 1;
    if (pfirst >= plines) pfirst = plines ? plines - 1 : 0; /* the questions scroll on */
    for (size_t i = 0; i < r->nplayers; i++) {
        const game_report_player *p = &r->players[i];
        if (p->rank == 1 && line_no++ >= pfirst) {
            const char *title = p->level_title[0] ? p->level_title : p->level_id;
            int th = 0;
            int tpx =
                ui_recap_text_px(u, title, GFX_FONT_BOLD, m->small, m->small * 3 / 4, colw, &th);
            /* a title is never the last line: its first player comes with it */
            if (py + th + report_player(u, m, p, m->pad, py, colw, lh, false) > limit) {
                more = true;
                break;
            }
            py += ui_recap_text(u, title, GFX_FONT_BOLD, tpx, tpx, m->pad, py, colw, GFX_ALIGN_LEFT,
                                UI_MUTED);
        }
        if (line_no++ < pfirst) continue;
        if (py + report_player(u, m, p, m->pad, py, colw, lh, false) > limit) {
            more = true;
            break;
        }
        py += report_player(u, m, p, m->pad, py, colw, lh, true);
    }
    bool paced = false; /* a tag shown: its legend under the list, where there is room */
    for (size_t i = 0; i < r->nplayers; i++) paced |= r->players[i].pace != GAME_PACE_NORMAL;
    if (paced && !more) {
        int lgh = 0;
        int lpx = ui_recap_text_px(u, ui_pace_legend(u), GFX_FONT_REGULAR, m->small,
                                   m->small * 3 / 4, colw, &lgh);
        if (py + m->gap / 2 + lgh <= limit)
            ui_recap_text(u, ui_pace_legend(u), GFX_FONT_REGULAR, lpx, lpx, m->pad, py + m->gap / 2,
                          colw, GFX_ALIGN_LEFT, UI_MUTED);
    }

    int qx = 2 * m->pad + colw, qw = m->W - qx - m->pad;
    int qy = y;
    hh = ui_recap_text(u, ui_str(u, "report.questions"), GFX_FONT_BOLD, m->small, m->small * 3 / 4,
                       qx, qy, qw, GFX_ALIGN_LEFT, UI_TEXT);
    qy += hh > lh ? hh : lh;
    size_t first = (size_t)u->report.scroll;
    if (first >= r->nquestions) first = r->nquestions ? r->nquestions - 1 : 0;
    int pw = 0, ph = 0; /* the badge: as wide as "100 %" */
    ui_fmt(u, b, sizeof b, "report.pct", "100", NULL, NULL);
    gfx_text_size(g, b, GFX_FONT_BOLD, m->small, &pw, &ph);
    pw += m->gap;
    int tx = qx + pw + m->gap, tw = qx + qw - tx, px_min = m->small * 3 / 4;
    for (size_t i = first; i < r->nquestions; i++) {
        const game_report_question *q = &r->questions[i];
        char wrong[UI_SHOWN_TEXT];
        wrong[0] = '\0';
        if (q->top_wrong[0]) {
            snprintf(a, sizeof a, "%d", q->top_wrong_count);
            ui_fmt(u, wrong, sizeof wrong, "report.wrong", q->top_wrong, a, NULL);
        }
        if (q->sure_wrong > 0) { /* a level that asks how sure: the misconception signal */
            char sw[120];
            snprintf(a, sizeof a, "%d", q->sure_wrong);
            ui_fmt(u, sw, sizeof sw, "report.sure_wrong", a, NULL, NULL);
            size_t len = strlen(wrong);
            snprintf(wrong + len, sizeof wrong - len, "%s%s", len ? " · " : "", sw);
        }
        int prh = 0, wh = 0, ppx = 0, wpx = 0, bottom = up.y - m->gap / 3; /* above the arrows */
        /* A question alone on its page that still does not fit is drawn smaller, whole. */
        for (int px = m->small; px >= m->small / 2; px--) {
            ppx = ui_recap_text_px(u, q->prompt, GFX_FONT_REGULAR, px, px_min * px / m->small, tw,
                                   &prh);
            wh = 0;
            wpx = wrong[0] ? ui_recap_text_px(u, wrong, GFX_FONT_REGULAR, px,
                                              px_min * px / m->small, tw, &wh)
                           : px;
            if (prh < lh) prh = lh;
            if (i > first || qy + prh + wh <= bottom) break;
        }
        if (i > first && qy + prh + wh > bottom) {
            more = true;
            break;
        }
        int pct = game_report_pct(q);
        snprintf(a, sizeof a, "%d", pct);
        ui_fmt(u, b, sizeof b, "report.pct", a, NULL, NULL);
        gfx_color c = pct < 50 ? UI_WRONG : pct < 80 ? UI_ACCENT : UI_RIGHT;
        gfx_fill_rounded(g, (gfx_rect){qx, qy, pw, lh - m->gap / 3}, m->radius / 3, c);
        gfx_text(g, b, GFX_FONT_BOLD, m->small, qx + pw / 2, qy, GFX_ALIGN_CENTER,
                 pct < 50 || pct >= 80 ? UI_TEXT : UI_INK);
        ui_shown_note(u, b, (gfx_rect){qx, qy, pw, lh - m->gap / 3}, pw);
        ui_recap_text(u, q->prompt, GFX_FONT_REGULAR, ppx, ppx, tx, qy, tw, GFX_ALIGN_LEFT,
                      UI_TEXT);
        qy += prh;
        if (wrong[0])
            qy += ui_recap_text(u, wrong, GFX_FONT_REGULAR, wpx, wpx, tx, qy, tw, GFX_ALIGN_LEFT,
                                UI_MUTED);
        qy += m->gap / 3;
    }
    if (!r->nquestions)
        ui_recap_text(u, ui_str(u, "report.empty"), GFX_FONT_REGULAR, m->small, px_min, qx, qy, qw,
                      GFX_ALIGN_LEFT, UI_MUTED);
    u->report.more = more;
    if (more || first > 0 || u->report.scroll > 0) {
        for (int k = 0; k < 2; k++) {
            gfx_rect rr = k ? down : up;
            bool on = k ? more : u->report.scroll > 0;
            ui_fill_box(g, m, rr, rr.h / 2, on && ui_hovering(u, rr) ? UI_PANEL_HI : UI_PANEL);
            ui_draw_arrow(g, rr, k, on ? UI_TEXT : UI_BAR);
        }
    }
    ui_draw_back_button(u, m, back, "report.keys");
}

const ui_screen_view ui_screen_report = {.open = report_open,
                                         .layout = report_layout,
                                         .input = report_input,
                                         .activate = report_activate};

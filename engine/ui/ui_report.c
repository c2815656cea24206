/* ui_report.c — the trainer's session report on screen: the players and their scores, the
 * questions with the share right and the wrong answer chosen most, misconceptions first.
 * Reads the kept results (ui_records).
 */
#include "ui_screens.h"

#include <stdio.h>

/* The players' list in lines: each player, and each level's title above its players. */
static size_t report_player_lines(const game_report *r)
{
    size_t n = r->nplayers;
    for (size_t i = 0; i < r->nplayers; i++) n += r->players[i].rank == 1;
    return n;
}

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
    u->screen = UI_SCREEN_REPORT;
    u->dirty = true;
}

/* The wheel and the arrows scroll both lists; Enter, Esc or Backspace go back. */
static bool report_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    (void)ts, (void)now;
    u->dirty = true;
    if (ev->type == INPUT_WHEEL) {
        if (ev->dy < 0) u->report.scroll++;
        if (ev->dy > 0 && u->report.scroll > 0) u->report.scroll--;
        return true;
    }
    if (ev->type != INPUT_KEY) return ev->type == INPUT_TEXT;
    size_t lines = report_player_lines(&u->report.data);
    size_t most = lines > u->report.data.nquestions ? lines : u->report.data.nquestions;
    if (ev->key == INPUT_KEY_DOWN && (size_t)u->report.scroll + 1 < most) u->report.scroll++;
    if (ev->key == INPUT_KEY_UP && u->report.scroll > 0) u->report.scroll--;
    if (ev->key == INPUT_KEY_BACK || ev->key == INPUT_KEY_ENTER || ev->key == INPUT_KEY_ERASE) {
        u->screen = UI_SCREEN_MENU;
        u->focus = -1;
        ui_records_menu_refresh(u);
    }
    return ev->key != INPUT_KEY_FULLSCREEN && ev->key != INPUT_KEY_QUIT;
}

/* The players' column: as wide as its widest line (a level's title, a rank, nickname and
 * score, the heading), at most 2/5 of the screen so that the questions keep their room. */
static int report_players_width(ui *u, const ui_metrics *m, const game_report *r)
{
    gfx *g = u->g;
    int most = 0, w = 0, h = 0;
    gfx_text_size(g, ui_str(u, "report.players"), GFX_FONT_BOLD, m->small, &most, &h);
    for (size_t i = 0; i < r->nplayers; i++) {
        const game_report_player *p = &r->players[i];
        char line[160], score[32];
        if (p->rank == 1) {
            gfx_text_size(g, p->level_title[0] ? p->level_title : p->level_id, GFX_FONT_BOLD,
                          m->small, &w, &h);
            if (w > most) most = w;
        }
        ui_number(u, score, sizeof score, p->score);
        snprintf(line, sizeof line, "%d. %s", p->rank,
                 p->nick[0] ? p->nick : ui_str(u, "report.anonymous"));
        gfx_text_size(g, line, GFX_FONT_REGULAR, m->small, &w, &h);
        int sw = 0;
        gfx_text_size(g, score, GFX_FONT_BOLD, m->small, &sw, &h);
        if (w + m->gap + sw > most) most = w + m->gap + sw;
    }
    int cap = (m->W - 3 * m->pad) * 2 / 5;
    return most < cap ? most : cap;
}

/* Two lines before a text is shortened: the wrong answer is what the trainer talks about, a
 * level's title names a list. Returns the height drawn. */
static int report_two_lines(gfx *g, const char *text, gfx_font f, int px, int x, int y, int w,
                            int lh, gfx_color c)
{
    char cut[700];
    int one = gfx_text_wrapped_height(g, "x", f, px, w, NULL);
    if (gfx_text_wrapped_height(g, text, f, px, w, NULL) > 2 * one) {
        /* shortened to about two lines' length, then wrapped; one line if it still spills */
        gfx_text_ellipsize(g, text, f, px, 2 * w - w / 5, cut, sizeof cut);
        if (gfx_text_wrapped_height(g, cut, f, px, w, NULL) > 2 * one)
            gfx_text_ellipsize(g, text, f, px, w, cut, sizeof cut);
    } else {
        snprintf(cut, sizeof cut, "%s", text);
    }
    int h = gfx_text_wrapped(g, cut, f, px, x, y, w, GFX_ALIGN_LEFT, c);
    return h > one ? 2 * lh : lh;
}

static void report_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    (void)now;
    gfx *g = u->g;
    gfx_rect back = ui_back_button(u, m, t);
    if (!draw) return;
    const game_report *r = &u->report.data;
    char line[700], a[32], b[32];
    int y = m->pad;
    snprintf(a, sizeof a, "%zu", r->npeople);
    ui_fmt(u, line, sizeof line, "report.heading", u->trainer.session, a, NULL);
    gfx_text(g, line, GFX_FONT_BOLD, m->body, m->pad, y, GFX_ALIGN_LEFT, UI_ACCENT);
    y += m->body * 3 / 2 + m->gap;
    int lh = m->small * 6 / 5 + m->gap / 3;
    int colw = report_players_width(u, m, r);
    /* Left: one ranked list per level; right: the questions, the misconceptions first. */
    int py = y;
    gfx_text(g, ui_str(u, "report.players"), GFX_FONT_BOLD, m->small, m->pad, py, GFX_ALIGN_LEFT,
             UI_TEXT);
    py += lh;
    /* ↑↓ scroll both lists: a class of 30 does not fit on a 1024×768 projector. A level's
     * title is a line of the list, like a player. */
    size_t line_no = 0, pfirst = (size_t)u->report.scroll;
    size_t plines = report_player_lines(r);
    if (pfirst >= plines) pfirst = plines ? plines - 1 : 0;
    for (size_t i = 0; i < r->nplayers && py + lh < back.y; i++) {
        const game_report_player *p = &r->players[i];
        char cut[200];
        if (p->rank == 1 && line_no++ >= pfirst) {
            const char *title = p->level_title[0] ? p->level_title : p->level_id;
            py +=
                report_two_lines(g, title, GFX_FONT_BOLD, m->small, m->pad, py, colw, lh, UI_MUTED);
            if (py + lh >= back.y) break;
        }
        if (line_no++ < pfirst) continue;
        ui_number(u, a, sizeof a, p->score);
        int sw = 0, sh = 0;
        gfx_text_size(g, a, GFX_FONT_BOLD, m->small, &sw, &sh);
        char nick[80];
        snprintf(nick, sizeof nick, "%d. %s", p->rank,
                 p->nick[0] ? p->nick : ui_str(u, "report.anonymous"));
        gfx_text_ellipsize(g, nick, GFX_FONT_REGULAR, m->small, colw - sw - m->gap, cut,
                           sizeof cut);
        gfx_text(g, cut, GFX_FONT_REGULAR, m->small, m->pad, py, GFX_ALIGN_LEFT, UI_TEXT);
        gfx_text(g, a, GFX_FONT_BOLD, m->small, m->pad + colw, py, GFX_ALIGN_RIGHT, UI_ACCENT);
        py += lh;
    }
    int qx = 2 * m->pad + colw, qw = m->W - qx - m->pad;
    int qy = y;
    char head[200];
    gfx_text_ellipsize(g, ui_str(u, "report.questions"), GFX_FONT_BOLD, m->small, qw, head,
                       sizeof head);
    gfx_text(g, head, GFX_FONT_BOLD, m->small, qx, qy, GFX_ALIGN_LEFT, UI_TEXT);
    qy += lh;
    size_t first = (size_t)u->report.scroll;
    if (first >= r->nquestions) first = r->nquestions ? r->nquestions - 1 : 0;
    int pw = 0, ph = 0; /* the badge: as wide as "100 %" */
    ui_fmt(u, b, sizeof b, "report.pct", "100", NULL, NULL);
    gfx_text_size(g, b, GFX_FONT_BOLD, m->small, &pw, &ph);
    pw += m->gap;
    int tx = qx + pw + m->gap, tw = qx + qw - tx;
    for (size_t i = first; i < r->nquestions && qy + 3 * lh < back.y - m->gap; i++) {
        const game_report_question *q = &r->questions[i];
        int pct = game_report_pct(q);
        snprintf(a, sizeof a, "%d", pct);
        ui_fmt(u, b, sizeof b, "report.pct", a, NULL, NULL);
        gfx_color c = pct < 50 ? UI_WRONG : pct < 80 ? UI_ACCENT : UI_RIGHT;
        gfx_fill_rounded(g, (gfx_rect){qx, qy, pw, lh - m->gap / 3}, m->radius / 3, c);
        gfx_text(g, b, GFX_FONT_BOLD, m->small, qx + pw / 2, qy, GFX_ALIGN_CENTER,
                 pct < 50 || pct >= 80 ? UI_TEXT : UI_INK);
        char cut[700];
        gfx_text_ellipsize(g, q->prompt, GFX_FONT_REGULAR, m->small, tw, cut, sizeof cut);
        gfx_text(g, cut, GFX_FONT_REGULAR, m->small, tx, qy, GFX_ALIGN_LEFT, UI_TEXT);
        qy += lh;
        if (q->top_wrong[0]) {
            snprintf(a, sizeof a, "%d", q->top_wrong_count);
            ui_fmt(u, line, sizeof line, "report.wrong", q->top_wrong, a, NULL);
            qy += report_two_lines(g, line, GFX_FONT_REGULAR, m->small, tx, qy, tw, lh, UI_MUTED);
        }
        qy += m->gap / 3;
    }
    if (!r->nquestions)
        gfx_text(g, ui_str(u, "report.empty"), GFX_FONT_REGULAR, m->small, qx, qy, GFX_ALIGN_LEFT,
                 UI_MUTED);
    ui_draw_back_button(u, m, back, "report.keys");
}

const ui_screen_view ui_screen_report = {.open = report_open,
                                         .layout = report_layout,
                                         .input = report_input,
                                         .activate = ui_back_activate};

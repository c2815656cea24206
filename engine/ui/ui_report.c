/* ui_report.c — the trainer's session report on screen: the players and their scores, the
 * questions with the share right and the wrong answer chosen most, misconceptions first.
 * Reads the kept results (ui_records).
 */
#include "ui_screens.h"

#include <stdio.h>

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
    size_t most = u->report.data.nplayers > u->report.data.nquestions ? u->report.data.nplayers
                                                                      : u->report.data.nquestions;
    if (ev->key == INPUT_KEY_DOWN && (size_t)u->report.scroll + 1 < most) u->report.scroll++;
    if (ev->key == INPUT_KEY_UP && u->report.scroll > 0) u->report.scroll--;
    if (ev->key == INPUT_KEY_BACK || ev->key == INPUT_KEY_ENTER || ev->key == INPUT_KEY_ERASE) {
        u->screen = UI_SCREEN_MENU;
        u->focus = -1;
        ui_records_menu_refresh(u);
    }
    return ev->key != INPUT_KEY_FULLSCREEN && ev->key != INPUT_KEY_QUIT;
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
    snprintf(a, sizeof a, "%zu", r->nplayers);
    ui_fmt(u, line, sizeof line, "report.heading", u->trainer.session, a, NULL);
    gfx_text(g, line, GFX_FONT_BOLD, m->body, m->pad, y, GFX_ALIGN_LEFT, UI_ACCENT);
    y += m->body * 3 / 2 + m->gap;
    int lh = m->small * 6 / 5 + m->gap / 3;
    int colw = (m->W - 3 * m->pad) / 4; /* the players: the questions need the room */
    /* Left: the players; right: the questions, the misconceptions first. */
    int py = y;
    gfx_text(g, ui_str(u, "report.players"), GFX_FONT_BOLD, m->small, m->pad, py, GFX_ALIGN_LEFT,
             UI_TEXT);
    py += lh;
    /* ↑↓ scroll both lists: a class of 30 does not fit on a 1024×768 projector */
    size_t pfirst = (size_t)u->report.scroll;
    if (pfirst >= r->nplayers) pfirst = r->nplayers ? r->nplayers - 1 : 0;
    for (size_t i = pfirst; i < r->nplayers && py + lh < back.y; i++, py += lh) {
        ui_number(u, a, sizeof a, r->players[i].score);
        char nick[64];
        snprintf(nick, sizeof nick, "%zu. %s", i + 1,
                 r->players[i].nick[0] ? r->players[i].nick : ui_str(u, "report.anonymous"));
        char cut[64];
        gfx_text_ellipsize(g, nick, GFX_FONT_REGULAR, m->small, colw * 2 / 3, cut, sizeof cut);
        gfx_text(g, cut, GFX_FONT_REGULAR, m->small, m->pad, py, GFX_ALIGN_LEFT, UI_TEXT);
        gfx_text(g, a, GFX_FONT_BOLD, m->small, m->pad + colw, py, GFX_ALIGN_RIGHT, UI_ACCENT);
    }
    int qx = 2 * m->pad + colw, qw = m->W - qx - m->pad;
    int qy = y;
    gfx_text(g, ui_str(u, "report.questions"), GFX_FONT_BOLD, m->small, qx, qy, GFX_ALIGN_LEFT,
             UI_TEXT);
    qy += lh;
    size_t first = (size_t)u->report.scroll;
    if (first >= r->nquestions) first = r->nquestions ? r->nquestions - 1 : 0;
    for (size_t i = first; i < r->nquestions && qy + 2 * lh < back.y - m->gap; i++) {
        const game_report_question *q = &r->questions[i];
        int pct = q->answers ? (int)(100.0 * q->right / q->answers + 0.5) : 0;
        snprintf(a, sizeof a, "%d", pct);
        ui_fmt(u, b, sizeof b, "report.pct", a, NULL, NULL);
        gfx_color c = pct < 50 ? UI_WRONG : pct < 80 ? UI_ACCENT : UI_RIGHT;
        int pw = m->small * 4;
        gfx_fill_rounded(g, (gfx_rect){qx, qy, pw, lh - m->gap / 3}, m->radius / 3, c);
        gfx_text(g, b, GFX_FONT_BOLD, m->small, qx + pw / 2, qy, GFX_ALIGN_CENTER,
                 pct < 50 || pct >= 80 ? UI_TEXT : UI_INK);
        char cut[400];
        gfx_text_ellipsize(g, q->prompt, GFX_FONT_REGULAR, m->small, qw - pw - m->gap, cut,
                           sizeof cut);
        gfx_text(g, cut, GFX_FONT_REGULAR, m->small, qx + pw + m->gap, qy, GFX_ALIGN_LEFT, UI_TEXT);
        qy += lh;
        if (q->top_wrong[0]) {
            snprintf(a, sizeof a, "%d", q->top_wrong_count);
            ui_fmt(u, line, sizeof line, "report.wrong", q->top_wrong, a, NULL);
            gfx_text_ellipsize(g, line, GFX_FONT_REGULAR, m->small, qw - pw - m->gap, cut,
                               sizeof cut);
            gfx_text(g, cut, GFX_FONT_REGULAR, m->small, qx + pw + m->gap, qy, GFX_ALIGN_LEFT,
                     UI_MUTED);
            qy += lh;
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

/* ui_results.c — what the ui keeps and shows of results: each run handed to the app's records
 * as it is played (never waiting for the disk), the nickname screen, high scores in the
 * menu and after a level, and the trainer's session report. Without kept results, none of it
 * shows and the game plays as before. Uses the records interface (ui.h), never store/. */
#include "ui_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const ui_level *level_of(const ui *u)
{
    return &u->packs[u->cur_pack].levels[u->cur_level];
}

bool ui_results_recording(const ui *u)
{
    return u->cfg.records.run_begin != NULL;
}

bool ui_results_reading(const ui *u)
{
    return u->cfg.records.best != NULL;
}

/* What the app has queued is written: the boards read next count it. */
static void flush(ui *u)
{
    const ui_records *rec = &u->cfg.records;
    if (rec->flush) rec->flush(rec->ud);
}

/* ---- recording ---- */

void ui_results_run_begin(ui *u)
{
    const ui_records *rec = &u->cfg.records;
    if (!rec->run_begin) return;
    const game_level *lv = game_session_level(u->session);
    ui_run_record r = {u->trainer_session[0] ? u->trainer_session : NULL,
                       u->nick[0] ? u->nick : NULL,
                       u->packs[u->cur_pack].id ? u->packs[u->cur_pack].id : "",
                       lv->id,
                       game_text_get(&lv->title, u->lang),
                       game_lang_code(u->lang),
                       game_session_max_score(u->session)};
    rec->run_begin(rec->ud, &r);
    u->run_open = true;
}

void ui_results_answer(ui *u, size_t qi)
{
    const ui_records *rec = &u->cfg.records;
    if (!rec->answer || !u->run_open) return;
    const game_level *lv = game_session_level(u->session);
    const game_question *q = &lv->questions[qi];
    const game_answer *a = game_session_answer(u->session, qi);
    char words[600];
    game_answer_words(q, a, u->lang, words, sizeof words);
    ui_answer_record ra = {(int)qi + 1,
                           q->id,
                           game_kind_name(q->kind),
                           game_text_get(&q->prompt, u->lang),
                           words,
                           a->correct,
                           a->timeout,
                           a->points,
                           a->time_ms};
    rec->answer(rec->ud, &ra);
}

/* The boards of the level just played: who leads today, this week and ever, and where the
 * player stands today. */
static void load_board(ui *u)
{
    const ui_records *rec = &u->cfg.records;
    memset(u->board_has, 0, sizeof u->board_has);
    u->rank_today = 0;
    u->ranked_today = 0;
    if (!rec->best) return;
    const game_level *lv = level_of(u)->level;
    const char *pack = u->packs[u->cur_pack].id ? u->packs[u->cur_pack].id : "";
    for (int p = 0; p < 3; p++) {
        game_board_row top;
        if (rec->best(rec->ud, pack, lv->id, (game_period)p, &top, 1) == 1) {
            u->board[p] = top;
            u->board_has[p] = true;
        }
    }
    if (u->nick[0]) {
        game_board_row all[200];
        size_t n = rec->best(rec->ud, pack, lv->id, GAME_PERIOD_TODAY, all, 200);
        u->ranked_today = (int)n;
        for (size_t i = 0; i < n; i++)
            if (strcmp(all[i].nick, u->nick) == 0) u->rank_today = (int)i + 1;
    }
}

void ui_results_run_end(ui *u)
{
    const ui_records *rec = &u->cfg.records;
    if (rec->run_end && u->run_open) {
        rec->run_end(rec->ud, game_session_score(u->session));
        /* The board must count this run: one wait, at the results, never during a question. */
        flush(u);
    }
    u->run_open = false;
    load_board(u);
}

void ui_results_menu_refresh(ui *u)
{
    const ui_records *rec = &u->cfg.records;
    if (!rec->best) return;
    for (size_t k = 0; k < u->nitems; k++) {
        const ui_level *l = &u->packs[u->items[k].pack].levels[u->items[k].level];
        const char *pack = u->packs[u->items[k].pack].id ? u->packs[u->items[k].pack].id : "";
        game_board_row top;
        if (l->level && rec->best(rec->ud, pack, l->level->id, GAME_PERIOD_EVER, &top, 1) == 1) {
            u->best[k] = top.score;
            snprintf(u->best_nick[k], sizeof u->best_nick[k], "%s", top.nick);
        }
    }
    for (size_t p = 0; p < u->npacks && p < UI_MAX_PACKS; p++) {
        game_board_row top;
        u->pack_best[p] = -1;
        if (u->packs[p].id &&
            rec->best(rec->ud, u->packs[p].id, NULL, GAME_PERIOD_EVER, &top, 1) == 1) {
            u->pack_best[p] = top.score;
            snprintf(u->pack_best_nick[p], sizeof u->pack_best_nick[p], "%s", top.nick);
        }
    }
}

void ui_results_poll(ui *u, uint64_t now)
{
    const ui_records *rec = &u->cfg.records;
    char msg[600];
    if (rec->take_error && rec->take_error(rec->ud, msg, sizeof msg)) {
        ui_fmt(u, u->notice, sizeof u->notice, "db.failed", msg, NULL, NULL);
        u->notice_until = now + 10000;
        u->dirty = true;
    }
}

/* One line for the results screen: the player's rank today, then the level's leaders of
 * today, this week and ever, periods with the same leader said once ("Record du jour et de
 * la semaine : Léa (992)"). */
void ui_results_board_line(const ui *u, char *buf, size_t n)
{
    buf[0] = '\0';
    if (!ui_results_reading(u)) return;
    static const char *const periods[] = {"board.today", "board.week", "board.ever"};
    char part[300], num[32];
    if (u->rank_today > 0) {
        char r[16], of[16];
        snprintf(r, sizeof r, "%d", u->rank_today);
        snprintf(of, sizeof of, "%d", u->ranked_today);
        ui_fmt(u, part, sizeof part, "board.rank", r, of, NULL);
        snprintf(buf, n, "%s", part);
    }
    bool done[3] = {false, false, false};
    for (int p = 0; p < 3; p++) {
        if (!u->board_has[p] || done[p]) continue;
        char when[160] = "";
        int same[3], ns = 0;
        for (int q = p; q < 3; q++)
            if (u->board_has[q] && !done[q] && u->board[q].score == u->board[p].score &&
                strcmp(u->board[q].nick, u->board[p].nick) == 0)
                same[ns++] = q, done[q] = true;
        for (int k = 0; k < ns; k++) {
            size_t len = strlen(when);
            snprintf(when + len, sizeof when - len, "%s%s",
                     k == 0        ? ""
                     : k == ns - 1 ? ui_str(u, "board.and")
                                   : ", ",
                     ui_str(u, periods[same[k]]));
        }
        ui_number(u, num, sizeof num, u->board[p].score);
        ui_fmt(u, part, sizeof part, "board.best", when, u->board[p].nick, num);
        size_t len = strlen(buf);
        snprintf(buf + len, n - len, "%s%s", len ? " · " : "", part);
    }
}

void ui_draw_text_field(ui *u, const ui_metrics *m, gfx_rect r, const char *text)
{
    ui_draw_panel(u->g, m, r, UI_PANEL_HI);
    char shown[300];
    snprintf(shown, sizeof shown, "%s|", text);
    gfx_text(u->g, shown, GFX_FONT_BOLD, m->body, r.x + r.w / 2, r.y + (r.h - m->body * 6 / 5) / 2,
             GFX_ALIGN_CENTER, UI_TEXT);
}

/* ---- the nickname screen ---- */

void ui_nick_open(ui *u, size_t pack, size_t level, uint64_t now)
{
    u->nick_pack = pack;
    u->nick_level = level;
    snprintf(u->nick_draft, sizeof u->nick_draft, "%s", u->nick); /* Enter keeps the last one */
    u->nick_bad = false;
    u->screen = UI_SCREEN_NICK;
    u->screen_since = now;
    u->focus = -1;
    u->dirty = true;
}

static void nick_go(ui *u, bool anonymous, uint64_t now)
{
    char ok[sizeof u->nick];
    if (anonymous || !u->nick_draft[0]) {
        u->nick[0] = '\0';
    } else if (u->cfg.records.nick_valid &&
               u->cfg.records.nick_valid(u->nick_draft, ok, sizeof ok)) {
        snprintf(u->nick, sizeof u->nick, "%s", ok);
    } else {
        u->nick_bad = true;
        u->dirty = true;
        return;
    }
    ui_open_level(u, u->nick_pack, u->nick_level, now);
}

bool ui_nick_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    (void)ts;
    if (u->screen != UI_SCREEN_NICK) return false;
    u->dirty = true;
    if (ev->type == INPUT_TEXT) {
        size_t chars = 0;
        for (const char *p = u->nick_draft; *p; p++) chars += ((unsigned char)*p & 0xC0) != 0x80;
        if (chars < GAME_NICK_MAX &&
            strlen(u->nick_draft) + strlen(ev->text) < sizeof u->nick_draft)
            strcat(u->nick_draft, ev->text);
        u->nick_bad = false;
        return true;
    }
    if (ev->type != INPUT_KEY) return false;
    switch (ev->key) {
    case INPUT_KEY_ERASE:
        ui_erase_last(u->nick_draft);
        u->nick_bad = false;
        return true;
    case INPUT_KEY_ENTER:
        if (ev->sym == ' ') return true; /* a space is typed, not Enter */
        nick_go(u, false, now);
        return true;
    case INPUT_KEY_BACK:
        u->screen = UI_SCREEN_MENU;
        u->focus = -1;
        return true;
    case INPUT_KEY_FULLSCREEN:
    case INPUT_KEY_QUIT:
    case INPUT_KEY_VOLUME_UP:
    case INPUT_KEY_VOLUME_DOWN:
        return false;
    default:
        return true; /* letters arrive as text; M and L are letters here */
    }
}

void ui_nick_activate(ui *u, int index, uint64_t now)
{
    nick_go(u, index == 1, now);
}

void ui_nick_screen(ui *u, const ui_metrics *m, bool draw, ui_targets *t)
{
    gfx *g = u->g;
    int w = m->W - 4 * m->pad;
    int bw = ui_button_width(u, m, "nick.play", "nick.anonymous"), bh = m->body * 2;
    int by = m->H * 2 / 3;
    gfx_rect play = {m->W / 2 + m->gap, by, bw, bh};
    gfx_rect anon = {m->W / 2 - m->gap - bw, by, bw, bh};
    ui_add_target(t, UI_T_NICK, 0, play);
    ui_add_target(t, UI_T_NICK, 1, anon);
    if (!draw) return;
    const ui_level *l = &u->packs[u->nick_pack].levels[u->nick_level];
    int y = m->H / 8;
    if (l->level)
        y += ui_centered(u, game_text_get(&l->level->title, u->lang), GFX_FONT_BOLD, m->prompt,
                         2 * m->pad, y, w, UI_ACCENT, true) +
             m->gap * 2;
    y += ui_centered(u, ui_str(u, "nick.ask"), GFX_FONT_BOLD, m->body, 2 * m->pad, y, w, UI_TEXT,
                     true) +
         m->gap;
    gfx_rect field = {m->W / 2 - m->W / 4, y, m->W / 2, m->body * 2};
    ui_draw_text_field(u, m, field, u->nick_draft);
    y = field.y + field.h + m->gap;
    ui_centered(u, ui_str(u, u->nick_bad ? "nick.bad" : "nick.privacy"), GFX_FONT_REGULAR, m->small,
                2 * m->pad, y, w, u->nick_bad ? (gfx_color){255, 150, 140, 255} : UI_MUTED, true);
    ui_draw_button(g, m, play, ui_str(u, "nick.play"), UI_BTN_PRIMARY, ui_hovering(u, play),
                   u->pressed && ui_hovering(u, play), false);
    ui_draw_button(g, m, anon, ui_str(u, "nick.anonymous"), UI_BTN_NORMAL, ui_hovering(u, anon),
                   u->pressed && ui_hovering(u, anon), false);
    ui_footer(u, m, ui_str(u, "nick.keys"));
}

/* ---- the session report ---- */

void ui_report_open(ui *u, uint64_t now)
{
    const ui_records *rec = &u->cfg.records;
    if (!rec->report || !u->trainer_session[0]) return;
    flush(u);
    rec->report_free(&u->report);
    game_error err = {0};
    u->report_ok = rec->report(rec->ud, u->trainer_session, &u->report, &err);
    u->report_scroll = 0;
    u->screen = UI_SCREEN_REPORT;
    u->screen_since = now;
    u->dirty = true;
}

bool ui_report_input(ui *u, const input_event *ev, uint64_t now)
{
    (void)now;
    if (u->screen != UI_SCREEN_REPORT) return false;
    u->dirty = true;
    if (ev->type == INPUT_WHEEL) {
        if (ev->dy < 0) u->report_scroll++;
        if (ev->dy > 0 && u->report_scroll > 0) u->report_scroll--;
        return true;
    }
    if (ev->type != INPUT_KEY) return ev->type == INPUT_TEXT;
    size_t most =
        u->report.nplayers > u->report.nquestions ? u->report.nplayers : u->report.nquestions;
    if (ev->key == INPUT_KEY_DOWN && (size_t)u->report_scroll + 1 < most) u->report_scroll++;
    if (ev->key == INPUT_KEY_UP && u->report_scroll > 0) u->report_scroll--;
    if (ev->key == INPUT_KEY_BACK || ev->key == INPUT_KEY_ENTER || ev->key == INPUT_KEY_ERASE) {
        u->screen = UI_SCREEN_MENU;
        u->focus = -1;
        ui_results_menu_refresh(u);
    }
    return ev->key != INPUT_KEY_FULLSCREEN && ev->key != INPUT_KEY_QUIT;
}

void ui_report_screen(ui *u, const ui_metrics *m, bool draw, ui_targets *t)
{
    gfx *g = u->g;
    int bw = ui_button_width(u, m, "res.menu", NULL), bh = m->body * 2;
    gfx_rect back = {m->W - m->pad - bw, m->H - m->pad - bh, bw, bh};
    ui_add_target(t, UI_T_BACK, 0, back);
    if (!draw) return;
    const game_report *r = &u->report;
    char line[700], a[32], b[32];
    int y = m->pad;
    snprintf(a, sizeof a, "%zu", r->nplayers);
    ui_fmt(u, line, sizeof line, "report.heading", u->trainer_session, a, NULL);
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
    size_t pfirst = (size_t)u->report_scroll;
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
    size_t first = (size_t)u->report_scroll;
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
    ui_draw_button(g, m, back, ui_str(u, "res.menu"), UI_BTN_PRIMARY, ui_hovering(u, back),
                   u->pressed && ui_hovering(u, back), true);
    gfx_text(g, ui_str(u, "report.keys"), GFX_FONT_REGULAR, m->small, m->pad,
             back.y + (bh - m->small * 6 / 5) / 2, GFX_ALIGN_LEFT, UI_MUTED);
}

/* ---- the boards: the focused level's best players today, this week and ever ---- */

static void load_scores(ui *u)
{
    const ui_records *rec = &u->cfg.records;
    memset(u->nscores, 0, sizeof u->nscores);
    u->npack_scores = 0;
    if (!rec->best || !u->nitems) return;
    const ui_menu_item *it = &u->items[u->menu_focus];
    const ui_level *l = &u->packs[it->pack].levels[it->level];
    const char *pack = u->packs[it->pack].id ? u->packs[it->pack].id : "";
    for (int p = 0; p < 3 && l->level; p++)
        u->nscores[p] =
            rec->best(rec->ud, pack, l->level->id, (game_period)p, u->scores[p], UI_BOARD_ROWS);
    u->npack_scores = rec->best(rec->ud, pack, NULL, GAME_PERIOD_EVER, u->pack_scores, 3);
}

void ui_scores_open(ui *u, uint64_t now)
{
    if (!ui_results_reading(u)) return;
    flush(u);
    load_scores(u);
    u->screen = UI_SCREEN_SCORES;
    u->screen_since = now;
    u->focus = -1;
    u->dirty = true;
}

bool ui_scores_input(ui *u, const input_event *ev, uint64_t now)
{
    (void)now;
    if (u->screen != UI_SCREEN_SCORES) return false;
    if (ev->type != INPUT_KEY) return ev->type == INPUT_TEXT || ev->type == INPUT_WHEEL;
    u->dirty = true;
    switch (ev->key) {
    case INPUT_KEY_LEFT:
    case INPUT_KEY_UP:
        if (u->menu_focus > 0) u->menu_focus--;
        load_scores(u);
        return true;
    case INPUT_KEY_RIGHT:
    case INPUT_KEY_DOWN:
        if (u->menu_focus + 1 < (int)u->nitems) u->menu_focus++;
        load_scores(u);
        return true;
    case INPUT_KEY_BACK:
    case INPUT_KEY_ENTER:
    case INPUT_KEY_ERASE:
        u->screen = UI_SCREEN_MENU;
        return true;
    default:
        return false; /* language, sound, full screen: as everywhere */
    }
}

void ui_scores_screen(ui *u, const ui_metrics *m, bool draw, ui_targets *t)
{
    gfx *g = u->g;
    int bw = ui_button_width(u, m, "res.menu", NULL), bh = m->body * 2;
    gfx_rect back = {m->W - m->pad - bw, m->H - m->pad - bh, bw, bh};
    ui_add_target(t, UI_T_BACK, 0, back);
    if (!draw || !u->nitems) return;
    const ui_menu_item *it = &u->items[u->menu_focus];
    const ui_level *l = &u->packs[it->pack].levels[it->level];
    char line[400], num[32];
    int y = m->pad;
    ui_fmt(u, line, sizeof line, "scores.heading",
           l->level ? game_text_get(&l->level->title, u->lang) : l->path, NULL, NULL);
    char cut[400];
    gfx_text_ellipsize(g, line, GFX_FONT_BOLD, m->body, m->W - 2 * m->pad, cut, sizeof cut);
    gfx_text(g, cut, GFX_FONT_BOLD, m->body, m->pad, y, GFX_ALIGN_LEFT, UI_ACCENT);
    y += m->body * 3 / 2 + m->gap;
    static const char *const heads[] = {"scores.today", "scores.week", "scores.ever"};
    int colw = (m->W - 2 * m->pad - 2 * m->gap) / 3;
    int lh = m->small * 6 / 5 + m->gap / 2;
    for (int p = 0; p < 3; p++) {
        int x = m->pad + p * (colw + m->gap);
        gfx_rect panel = {x, y, colw, lh * (UI_BOARD_ROWS + 1) + m->gap * 2};
        ui_draw_panel(g, m, panel, UI_PANEL);
        gfx_text(g, ui_str(u, heads[p]), GFX_FONT_BOLD, m->small, x + m->gap, y + m->gap,
                 GFX_ALIGN_LEFT, UI_TEXT);
        int ry = y + m->gap + lh;
        if (!u->nscores[p])
            gfx_text(g, ui_str(u, "scores.none"), GFX_FONT_REGULAR, m->small, x + m->gap, ry,
                     GFX_ALIGN_LEFT, UI_MUTED);
        for (size_t k = 0; k < u->nscores[p]; k++, ry += lh) {
            snprintf(line, sizeof line, "%zu. %s", k + 1, u->scores[p][k].nick);
            ui_number(u, num, sizeof num, u->scores[p][k].score);
            int nw, nh;
            gfx_text_size(g, num, GFX_FONT_BOLD, m->small, &nw, &nh);
            gfx_text_ellipsize(g, line, GFX_FONT_REGULAR, m->small, colw - 3 * m->gap - nw, cut,
                               sizeof cut);
            gfx_text(g, cut, GFX_FONT_REGULAR, m->small, x + m->gap, ry, GFX_ALIGN_LEFT,
                     k == 0 ? UI_ACCENT : UI_TEXT);
            gfx_text(g, num, GFX_FONT_BOLD, m->small, x + colw - m->gap, ry, GFX_ALIGN_RIGHT,
                     k == 0 ? UI_ACCENT : UI_TEXT);
        }
    }
    y += lh * (UI_BOARD_ROWS + 1) + m->gap * 3;
    /* The pack: each player's best per level, summed, of all time. */
    line[0] = '\0';
    for (size_t k = 0; k < u->npack_scores; k++) {
        ui_number(u, num, sizeof num, u->pack_scores[k].score);
        size_t len = strlen(line);
        snprintf(line + len, sizeof line - len, "%s%zu. %s %s", k ? " · " : "", k + 1,
                 u->pack_scores[k].nick, num);
    }
    if (line[0]) {
        char full[500];
        ui_fmt(u, full, sizeof full, "scores.pack",
               game_text_get(&u->packs[it->pack].title, u->lang), line, NULL);
        gfx_text_ellipsize(g, full, GFX_FONT_REGULAR, m->small, m->W - 2 * m->pad, cut, sizeof cut);
        gfx_text(g, cut, GFX_FONT_REGULAR, m->small, m->pad, y, GFX_ALIGN_LEFT, UI_MUTED);
    }
    ui_draw_button(g, m, back, ui_str(u, "res.menu"), UI_BTN_PRIMARY, ui_hovering(u, back),
                   u->pressed && ui_hovering(u, back), true);
    gfx_text(g, ui_str(u, "scores.keys"), GFX_FONT_REGULAR, m->small, m->pad,
             back.y + (bh - m->small * 6 / 5) / 2, GFX_ALIGN_LEFT, UI_MUTED);
}

/* ---- a trainer names the session ---- */

void ui_session_open(ui *u, uint64_t now)
{
    snprintf(u->session_draft, sizeof u->session_draft, "%s", u->trainer_session);
    u->screen = UI_SCREEN_SESSION;
    u->screen_since = now;
    u->focus = -1;
    u->dirty = true;
}

bool ui_session_input(ui *u, const input_event *ev, uint64_t now)
{
    (void)now;
    if (u->screen != UI_SCREEN_SESSION) return false;
    u->dirty = true;
    if (ev->type == INPUT_TEXT) {
        if (strlen(u->session_draft) + strlen(ev->text) < 61 && (unsigned char)ev->text[0] >= 0x20)
            strcat(u->session_draft, ev->text);
        return true;
    }
    if (ev->type != INPUT_KEY) return false;
    switch (ev->key) {
    case INPUT_KEY_ERASE:
        ui_erase_last(u->session_draft);
        return true;
    case INPUT_KEY_ENTER: {
        if (ev->sym == ' ') return true; /* typed */
        /* trimmed; empty: no session */
        char *s = u->session_draft;
        while (*s == ' ') s++;
        size_t n = strlen(s);
        while (n && s[n - 1] == ' ') n--;
        snprintf(u->trainer_session, sizeof u->trainer_session, "%.*s", (int)n, s);
        u->screen = UI_SCREEN_MENU;
        return true;
    }
    case INPUT_KEY_BACK:
        u->screen = UI_SCREEN_MENU;
        return true;
    case INPUT_KEY_FULLSCREEN:
    case INPUT_KEY_QUIT:
        return false;
    default:
        return true;
    }
}

void ui_session_screen(ui *u, const ui_metrics *m, bool draw, ui_targets *t)
{
    (void)t;
    if (!draw) return;
    int w = m->W - 4 * m->pad;
    int y = m->H / 6;
    y += ui_centered(u, ui_str(u, "session.ask"), GFX_FONT_BOLD, m->body, 2 * m->pad, y, w,
                     UI_ACCENT, true) +
         m->gap;
    gfx_rect field = {m->pad * 2, y, m->W - 4 * m->pad, m->body * 2};
    ui_draw_text_field(u, m, field, u->session_draft);
    y = field.y + field.h + m->gap;
    ui_centered(u, ui_str(u, "session.help"), GFX_FONT_REGULAR, m->small, 2 * m->pad, y, w,
                UI_MUTED, true);
    ui_footer(u, m, ui_str(u, "session.keys"));
}

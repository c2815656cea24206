/* ui_records.c — what the ui keeps of results, through the app's records (ui_records, ui.h;
 * never store/): each run handed over as it is played (never waiting for the disk), the boards
 * of the level just played, the menu's records, the writer's errors as a notice. Without kept
 * results, none of it shows and the game plays as before.
 */
#include "ui_screens.h"

#include <stdio.h>
#include <string.h>

static const ui_level *level_of(const ui *u)
{
    return &u->packs[u->cur_pack].levels[u->cur_level];
}

bool ui_records_writes(const ui *u)
{
    return u->cfg.records.run_begin != NULL;
}

bool ui_records_reads(const ui *u)
{
    return u->cfg.records.best != NULL;
}

void ui_records_flush(ui *u)
{
    const ui_records *rec = &u->cfg.records;
    if (rec->flush) rec->flush(rec->ud);
}

/* ==== recording =========================================================== */

void ui_records_run_begin(ui *u)
{
    const ui_records *rec = &u->cfg.records;
    if (!rec->run_begin) return;
    const game_level *lv = game_session_level(u->session);
    ui_run_record r = {u->trainer.session[0] ? u->trainer.session : NULL,
                       u->nick.name[0] ? u->nick.name : NULL,
                       u->packs[u->cur_pack].id ? u->packs[u->cur_pack].id : "",
                       lv->id,
                       game_text_get(&lv->title, u->lang),
                       game_lang_code(u->lang),
                       game_session_max_score(u->session),
                       game_session_pace(u->session)};
    rec->run_begin(rec->ud, &r);
    u->run_open = true;
}

void ui_records_answer(ui *u, size_t qi)
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
                           a->time_ms,
                           a->credit,
                           game_answer_sure(lv, q, a)};
    rec->answer(rec->ud, &ra);
}

/* The boards of the level just played: who leads today, this week and ever, and where the
 * player stands today. */
static void load_board(ui *u)
{
    const ui_records *rec = &u->cfg.records;
    memset(u->recap.board_has, 0, sizeof u->recap.board_has);
    u->recap.rank_today = 0;
    u->recap.ranked_today = 0;
    if (!rec->best) return;
    const game_level *lv = level_of(u)->level;
    const char *pack = u->packs[u->cur_pack].id ? u->packs[u->cur_pack].id : "";
    for (int p = 0; p < 3; p++) {
        game_board_row top;
        if (rec->best(rec->ud, pack, lv->id, (game_period)p, &top, 1) == 1) {
            u->recap.board[p] = top;
            u->recap.board_has[p] = true;
        }
    }
    if (u->nick.name[0]) {
        game_board_row all[200];
        size_t n = rec->best(rec->ud, pack, lv->id, GAME_PERIOD_TODAY, all, 200);
        u->recap.ranked_today = (int)n;
        for (size_t i = 0; i < n; i++)
            if (strcmp(all[i].nick, u->nick.name) == 0) u->recap.rank_today = (int)i + 1;
    }
}

void ui_records_run_end(ui *u)
{
    const ui_records *rec = &u->cfg.records;
    if (rec->run_end && u->run_open) {
        rec->run_end(rec->ud, game_session_score(u->session));
        /* The board must count this run: one wait, at the results, never during a question. */
        ui_records_flush(u);
    }
    u->run_open = false;
    load_board(u);
}

/* ==== reading ============================================================= */

/* The menu's record of a level is the best of its boards, as a restart will read it: an
 * anonymous run, on no board, is the player's score at the results but never the record.
 * Without boards to read (no database) it stays the best of this window's runs. */
void ui_records_menu_refresh(ui *u)
{
    const ui_records *rec = &u->cfg.records;
    if (!rec->best) return;
    for (size_t k = 0; k < u->menu.nitems; k++) {
        u->menu.best[k] = -1;
        u->menu.best_nick[k][0] = '\0';
        const ui_level *l = &u->packs[u->menu.items[k].pack].levels[u->menu.items[k].level];
        const char *pack =
            u->packs[u->menu.items[k].pack].id ? u->packs[u->menu.items[k].pack].id : "";
        game_board_row top;
        if (l->level && rec->best(rec->ud, pack, l->level->id, GAME_PERIOD_EVER, &top, 1) == 1) {
            u->menu.best[k] = top.score;
            if (u->menu.best_pace) u->menu.best_pace[k] = top.pace;
            snprintf(u->menu.best_nick[k], sizeof u->menu.best_nick[k], "%s", top.nick);
        }
    }
    for (size_t p = 0; p < u->npacks && p < UI_MAX_PACKS; p++) {
        game_board_row top;
        u->menu.pack_best[p] = -1;
        if (u->packs[p].id &&
            rec->best(rec->ud, u->packs[p].id, NULL, GAME_PERIOD_EVER, &top, 1) == 1) {
            u->menu.pack_best[p] = top.score;
            u->menu.pack_best_pace[p] = top.pace;
            snprintf(u->menu.pack_best_nick[p], sizeof u->menu.pack_best_nick[p], "%s", top.nick);
        }
    }
}

void ui_records_poll(ui *u, uint64_t now)
{
    const ui_records *rec = &u->cfg.records;
    char msg[600];
    if (rec->take_error && rec->take_error(rec->ud, msg, sizeof msg)) {
        ui_fmt(u, u->notice.text, sizeof u->notice.text, "db.failed", msg, NULL, NULL);
        u->notice.until = now + 10000;
        u->dirty = true;
    }
}

/* One line for the results screen: the player's rank today, then the level's leaders of
 * today, this week and ever, periods with the same leader said once ("Record du jour et de
 * la semaine : Léa (992)"). */
void ui_records_board_line(const ui *u, char *buf, size_t n)
{
    buf[0] = '\0';
    if (!ui_records_reads(u)) return;
    static const char *const periods[] = {"board.today", "board.week", "board.ever"};
    char part[300], num[48];
    if (u->recap.rank_today > 0) {
        char r[16], of[16];
        snprintf(r, sizeof r, "%d", u->recap.rank_today);
        snprintf(of, sizeof of, "%d", u->recap.ranked_today);
        ui_fmt(u, part, sizeof part, "board.rank", r, of, NULL);
        snprintf(buf, n, "%s", part);
    }
    bool done[3] = {false, false, false};
    for (int p = 0; p < 3; p++) {
        if (!u->recap.board_has[p] || done[p]) continue;
        char when[160] = "";
        int same[3], ns = 0;
        for (int q = p; q < 3; q++)
            if (u->recap.board_has[q] && !done[q] &&
                u->recap.board[q].score == u->recap.board[p].score &&
                strcmp(u->recap.board[q].nick, u->recap.board[p].nick) == 0)
                same[ns++] = q, done[q] = true;
        for (int k = 0; k < ns; k++) {
            size_t len = strlen(when);
            snprintf(when + len, sizeof when - len, "%s%s",
                     k == 0        ? ""
                     : k == ns - 1 ? ui_str(u, "board.and")
                                   : ", ",
                     ui_str(u, periods[same[k]]));
        }
        ui_number(u, num, sizeof num, u->recap.board[p].score);
        if (u->recap.board[p].pace != GAME_PACE_NORMAL) { /* a best with more time says so */
            size_t nl = strlen(num);
            snprintf(num + nl, sizeof num - nl, " %s", ui_pace_tag(u, u->recap.board[p].pace));
        }
        ui_fmt(u, part, sizeof part, "board.best", when, u->recap.board[p].nick, num);
        size_t len = strlen(buf);
        snprintf(buf + len, n - len, "%s%s", len ? " · " : "", part);
    }
    for (int p = 0; p < 3; p++)
        if (u->recap.board_has[p] && u->recap.board[p].pace != GAME_PACE_NORMAL) {
            size_t len = strlen(buf); /* a tag shown: its legend, once */
            snprintf(buf + len, n - len, " · %s", ui_pace_legend(u));
            break;
        }
}

/* ui_goto.c — for `vigie shot` and the screenshot tests: puts the ui on a given screen at
 * rest, playing the level there as a player would (each kind's view answers right, or with a
 * plausible mistake), a mini-game for real from scripted steps.
 */
#include "ui_kinds.h"
#include "ui_screens.h"

#include <stdio.h>
#include <string.h>

bool ui_goto(ui *u, const char *screen, size_t question, ui_answer answer, uint64_t *now_ms,
             game_error *err)
{
    uint64_t now = *now_ms;
    if (strcmp(screen, "title") == 0) {
        ui_screen_open(u, UI_SCREEN_TITLE, now);
        return true;
    }
    if (strcmp(screen, "menu") == 0) {
        ui_screen_open(u, UI_SCREEN_MENU, now);
        return true;
    }
    if (strcmp(screen, "settings") == 0) { /* from the menu */
        ui_screen_open(u, UI_SCREEN_MENU, now);
        ui_screen_open(u, UI_SCREEN_SETTINGS, now);
        return true;
    }
    if (u->menu.nitems == 0) return game_error_set(err, NULL, 0, "no level to show");
    /* the kept results' screens (they need a database) */
    if (strcmp(screen, "nick") == 0 || strcmp(screen, "scores") == 0 ||
        strcmp(screen, "report") == 0) {
        if (!ui_records_reads(u))
            return game_error_set(err, NULL, 0, "the %s screen needs --db", screen);
        if (screen[0] == 'n') {
            ui_nick_open(u, u->menu.items[0].pack, u->menu.items[0].level, now);
        } else if (screen[0] == 's') {
            ui_screen_open(u, UI_SCREEN_SCORES, now);
        } else {
            if (!u->trainer.session[0])
                return game_error_set(err, NULL, 0, "the report screen needs --session");
            ui_screen_open(u, UI_SCREEN_REPORT, now);
        }
        return true;
    }
    ui_open_level(u, u->menu.items[0].pack, u->menu.items[0].level, now);
    if (strcmp(screen, "error") == 0 || u->screen == UI_SCREEN_ERROR)
        return u->screen == UI_SCREEN_ERROR ||
               game_error_set(err, NULL, 0, "the level loads without error");
    if (strcmp(screen, "intro") == 0) return true;
    const game_level *lv = game_session_level(u->session);
    bool results = strcmp(screen, "results") == 0;
    size_t target = results ? lv->nquestions : question;
    if (!results && (question < 1 || question > lv->nquestions))
        return game_error_set(err, NULL, 0, "question %zu: the level has %zu", question,
                              lv->nquestions);
    ui_act_args(u, GAME_ACT_START, 0, 0, now);
    ui_after_step(u, now);
    for (size_t i = 1; i <= target; i++) {
        const game_question *q = game_session_question(u->session);
        if (game_kind_get(q->kind)->shape == GAME_SHAPE_PLAY && i == target && !results) {
            /* A mini-game is played for real, from the steps given (or none). */
            bool at_question = strcmp(screen, "question") == 0;
            uint32_t stop = 0;
            if (at_question) {
                stop = u->play.shot_at_ms;
                if (!stop)
                    stop = u->play.shot_nsteps
                               ? u->play.shot_steps[u->play.shot_nsteps - 1].at_ms + 500
                               : 1000;
            }
            if (!ui_play_scripted(u, u->play.shot_steps, u->play.shot_nsteps, stop, !at_question,
                                  &now, err))
                return false;
            if (at_question) break;
            ui_after_step(u, now);
            now += 5000;
            break;
        }
        if (i == target && strcmp(screen, "question") == 0) {
            now += game_session_limit(u->session, q) ? game_session_limit(u->session, q) * 3 / 10
                                                     : 4000; /* the clock has run a little */
            break;
        }
        /* Right answers, except a wrong one where asked and every third in the results. */
        bool want_right = i == target ? answer == UI_ANSWER_RIGHT : (results ? i % 3 != 0 : true);
        if (i == target && answer == UI_ANSWER_TIMEOUT && game_session_limit(u->session, q)) {
            now += game_session_limit(u->session, q);
            ui_update(u, now);
            now += 5000;
            break;
        }
        now += game_session_limit(u->session, q) ? game_session_limit(u->session, q) / 4 : 5000;
        ui_kind_view_of(q->kind)->shot(u, q, want_right, now);
        ui_after_step(u, now);
        if (i == target && !results) {
            now += 5000; /* every animation over */
            break;
        }
        ui_act_args(u, GAME_ACT_CONTINUE, 0, 0, now);
        ui_after_step(u, now);
    }
    if (results) now += 5000;
    if (u->screen == UI_SCREEN_ERROR) {
        *err = u->error;
        return false;
    }
    *now_ms = now;
    u->px = u->py = -1;
    return true;
}

void ui_goto_play(ui *u, const game_play_step *steps, size_t n, uint32_t at_ms)
{
    u->play.shot_steps = steps;
    u->play.shot_nsteps = n;
    u->play.shot_at_ms = at_ms;
}

void ui_goto_nick(ui *u, const char *nick)
{
    snprintf(u->nick.name, sizeof u->nick.name, "%s", nick);
}

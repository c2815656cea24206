/* ui_act.c — the level being played and the player's actions on it: opening a level, each
 * action stepped through the game (the only place that steps it on the player's behalf), a
 * target activated through the screen table, and what follows a change of phase (sounds,
 * focus, the kept records); the error screen when a step fails. The screens and the kinds'
 * views call it; it calls none of them.
 */
#include "ui_screens.h"

/* ==== the level and its actions =========================================== */

void ui_show_error(ui *u, const game_error *err, uint64_t now)
{
    u->error = *err;
    u->play.live = false;
    ui_screen_open(u, UI_SCREEN_ERROR, now);
}

static size_t item_of(const ui *u, size_t pack, size_t level)
{
    for (size_t k = 0; k < u->menu.nitems; k++)
        if (u->menu.items[k].pack == pack && u->menu.items[k].level == level) return k;
    return 0;
}

void ui_open_level(ui *u, size_t pack, size_t level, uint64_t now_ms)
{
    if (pack >= u->npacks || level >= u->packs[pack].nlevels) return;
    ui_level *l = &u->packs[pack].levels[level];
    u->menu.focus = (int)item_of(u, pack, level);
    u->cur_pack = pack; /* also for a broken level: F5 or a save reloads it */
    u->cur_level = level;
    if (!l->level) {
        ui_show_error(u, &l->error, now_ms);
        return;
    }
    game_session_destroy(u->session);
    u->play.live = false; /* a level (re)opened: its game starts again from init */
    u->seed = u->seed * 6364136223846793005ULL + 1442695040888963407ULL;
    u->session = game_session_create(l->score, l->score_ud, u->cfg.seed + u->seed);
    game_error err = {0};
    if (!u->session) {
        game_error_set(&err, l->path, 0, "out of memory");
        ui_show_error(u, &err, now_ms);
        return;
    }
    game_session_set_pace(u->session, u->cfg.access.pace);
    if (!game_session_begin(u->session, l->level, now_ms, &err)) {
        ui_show_error(u, &err, now_ms);
        return;
    }
    u->cur_pack = pack;
    u->cur_level = level;
    u->question.gen++;
    u->last_phase = GAME_PHASE_INTRO;
    u->shown_score = 0;
    u->recap.scroll = 0;
    u->leave_until = 0;
    ui_screen_open(u, UI_SCREEN_GAME, now_ms);
    u->focus = 0;
}

void ui_act(ui *u, const game_action *a0, uint64_t now)
{
    game_action a = *a0;
    game_error err = {0};
    long before = game_session_score(u->session);
    game_phase was = game_session_phase(u->session);
    if (!game_step(u->session, &a, 1, now, &err)) {
        ui_show_error(u, &err, now);
        return;
    }
    if (game_session_phase(u->session) == GAME_PHASE_FEEDBACK && was == GAME_PHASE_QUESTION)
        u->shown_score = before;
    u->dirty = true;
}

void ui_act_args(ui *u, game_action_kind k, int arg, int arg2, uint64_t now)
{
    game_action a = {.kind = k, .arg = arg, .arg2 = arg2};
    ui_act(u, &a, now);
}

/* Called after every step: sounds, focus and the menu's best scores follow phase changes. */
void ui_after_step(ui *u, uint64_t now)
{
    if (u->screen != UI_SCREEN_GAME) return;
    game_phase ph = game_session_phase(u->session);
    if (ph == u->last_phase) return;
    if (ph == GAME_PHASE_QUESTION && u->last_phase == GAME_PHASE_INTRO) ui_records_run_begin(u);
    if (ph == GAME_PHASE_FEEDBACK) ui_records_answer(u, game_session_question_index(u->session));
    if (ph == GAME_PHASE_RESULTS) ui_records_run_end(u);
    if (ph == GAME_PHASE_FEEDBACK) {
        const game_answer *ans =
            game_session_answer(u->session, game_session_question_index(u->session));
        audio_play(u->a, ans->timeout   ? AUDIO_TIMEUP
                         : ans->correct ? AUDIO_RIGHT
                         : ans->points  ? AUDIO_RIGHT
                                        : AUDIO_WRONG);
        u->focus = 0;
    } else if (ph == GAME_PHASE_QUESTION) {
        u->focus = -1;
        u->question.grabbed = false;
        u->question.drag_from = -1;
        u->question.sliding = false;
        u->question.card_drag = false;
        u->question.nplaced = 0;
        u->question.scroll = 0;
        u->question.scroll_press_y = -1;
        u->question.scroll_dragged = false;
    } else if (ph == GAME_PHASE_RESULTS) {
        size_t k = item_of(u, u->cur_pack, u->cur_level);
        long s = game_session_score(u->session);
        /* With boards, the record is theirs (ui_records_menu_refresh); else this window's. */
        if (!ui_records_reads(u) && s > u->menu.best[k]) {
            u->menu.best[k] = s;
            u->menu.best_pace[k] = game_session_pace(u->session);
        }
        u->focus = 0;
        u->recap.scroll = 0;
    } else if (ph == GAME_PHASE_MENU) {
        ui_screen_open(u, UI_SCREEN_MENU, now);
    }
    u->last_phase = ph;
    u->dirty = true;
}

/* ==== a target activated ================================================== */

void ui_activate(ui *u, const ui_target *t, uint64_t now)
{
    const ui_screen_view *s = ui_screen_view_of(u->screen);
    if (s->activate) s->activate(u, t, now);
    u->dirty = true;
    ui_after_step(u, now);
}

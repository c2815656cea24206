/* ui_app.c — the ui's state: which screen, focus and pointer, and the translation of
 * input into game actions. Sounds play on what the game reports, not on clicks alone.
 */
#include "ui_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LEAVE_CONFIRM_MS 3000

/* ==== strings ============================================================== */

const char *ui_str(const ui *u, const char *key)
{
    return game_catalog_get(u->cat, u->lang, key);
}

void ui_fmt(const ui *u, char *buf, size_t n, const char *key, const char *a1, const char *a2,
            const char *a3)
{
    game_catalog_fmt(u->cat, u->lang, key, a1, a2, a3, buf, n);
}

void ui_number(const ui *u, char *buf, size_t n, long v)
{
    char digits[32];
    snprintf(digits, sizeof digits, "%ld", v < 0 ? -v : v);
    /* French groups with a no-break space, English with a comma. */
    const char *sep = u->lang == GAME_LANG_FR ? "\xc2\xa0" : ",";
    size_t len = strlen(digits), o = 0;
    if (v < 0 && o + 1 < n) buf[o++] = '-';
    for (size_t i = 0; i < len && o + 3 < n; i++) {
        if (i > 0 && (len - i) % 3 == 0)
            for (const char *s = sep; *s && o + 1 < n; s++) buf[o++] = *s;
        buf[o++] = digits[i];
    }
    buf[o] = '\0';
}

/* ==== life cycle =========================================================== */

ui *ui_create(gfx *g, audio *a, const game_catalog *cat, ui_pack *packs, size_t npacks,
              const ui_config *cfg)
{
    ui *u = calloc(1, sizeof *u);
    if (!u) return NULL;
    u->g = g;
    u->a = a;
    u->cat = cat;
    u->packs = packs;
    u->npacks = npacks;
    u->cfg = *cfg;
    u->lang = cfg->lang;
    u->screen = cfg->skip_title ? UI_SCREEN_MENU : UI_SCREEN_TITLE;
    u->px = u->py = -1;
    u->focus = -1;
    for (size_t p = 0; p < npacks; p++) u->nitems += packs[p].nlevels;
    u->items = calloc(u->nitems ? u->nitems : 1, sizeof *u->items);
    u->best = calloc(u->nitems ? u->nitems : 1, sizeof *u->best);
    u->best_nick = calloc(u->nitems ? u->nitems : 1, sizeof *u->best_nick);
    size_t k = 0;
    for (size_t p = 0; p < npacks; p++)
        for (size_t l = 0; l < packs[p].nlevels; l++) {
            u->items[k] = (ui_menu_item){p, l};
            u->best[k++] = -1;
        }
    for (size_t p = 0; p < UI_MAX_PACKS; p++) u->pack_best[p] = -1;
    ui_results_menu_refresh(u);
    if (cfg->session) snprintf(u->trainer_session, sizeof u->trainer_session, "%s", cfg->session);
    if (cfg->notice && *cfg->notice) {
        snprintf(u->notice, sizeof u->notice, "%s", cfg->notice);
        u->notice_until = 12000; /* from the start: the clock starts near 0 */
    }
    u->dirty = true;
    return u;
}

void ui_destroy(ui *u)
{
    if (!u) return;
    game_session_destroy(u->session);
    game_canvas_deinit(&u->canvas);
    game_play_result_deinit(&u->play_result);
    if (u->cfg.records.report_free) u->cfg.records.report_free(&u->report);
    free(u->items);
    free(u->best);
    free(u->best_nick);
    free(u);
}

bool ui_quit_requested(const ui *u)
{
    return u->quit;
}

game_lang ui_lang(const ui *u)
{
    return u->lang;
}

bool ui_take_dirty(ui *u)
{
    bool d = u->dirty;
    u->dirty = false;
    return d;
}

static void set_screen(ui *u, ui_screen s, uint64_t now)
{
    if (s == UI_SCREEN_MENU && u->screen != UI_SCREEN_MENU) ui_results_menu_refresh(u);
    u->screen = s;
    u->screen_since = now;
    u->focus = -1;
    u->pressed = false;
    u->dirty = true;
}

static void show_error(ui *u, const game_error *err, uint64_t now)
{
    u->error = *err;
    u->play_live = false;
    set_screen(u, UI_SCREEN_ERROR, now);
}

void ui_show_error(ui *u, const game_error *err, uint64_t now)
{
    show_error(u, err, now);
}

static size_t item_of(const ui *u, size_t pack, size_t level)
{
    for (size_t k = 0; k < u->nitems; k++)
        if (u->items[k].pack == pack && u->items[k].level == level) return k;
    return 0;
}

void ui_open_level(ui *u, size_t pack, size_t level, uint64_t now_ms)
{
    if (pack >= u->npacks || level >= u->packs[pack].nlevels) return;
    ui_level *l = &u->packs[pack].levels[level];
    u->menu_focus = (int)item_of(u, pack, level);
    u->cur_pack = pack; /* also for a broken level: F5 or a save reloads it */
    u->cur_level = level;
    if (!l->level) {
        show_error(u, &l->error, now_ms);
        return;
    }
    game_session_destroy(u->session);
    u->play_live = false; /* a level (re)opened: its game starts again from init */
    u->seed = u->seed * 6364136223846793005ULL + 1442695040888963407ULL;
    u->session = game_session_create(l->score, l->score_ud, u->cfg.seed + u->seed);
    game_error err = {0};
    if (!u->session) {
        game_error_set(&err, l->path, 0, "out of memory");
        show_error(u, &err, now_ms);
        return;
    }
    if (!game_session_begin(u->session, l->level, now_ms, &err)) {
        show_error(u, &err, now_ms);
        return;
    }
    u->cur_pack = pack;
    u->cur_level = level;
    u->layout_gen++;
    u->last_phase = GAME_PHASE_INTRO;
    u->shown_score = 0;
    u->results_scroll = 0;
    u->leave_until = 0;
    set_screen(u, UI_SCREEN_GAME, now_ms);
    u->focus = 0;
}

/* ==== game actions ========================================================= */

void ui_act(ui *u, const game_action *a0, uint64_t now)
{
    game_action a = *a0;
    game_error err = {0};
    long before = game_session_score(u->session);
    game_phase was = game_session_phase(u->session);
    if (!game_step(u->session, &a, 1, now, &err)) {
        show_error(u, &err, now);
        return;
    }
    if (game_session_phase(u->session) == GAME_PHASE_FEEDBACK && was == GAME_PHASE_QUESTION)
        u->shown_score = before;
    u->dirty = true;
}

/* The menu's choice: with results kept, who plays first; else the level at once. */
static void choose_level(ui *u, size_t item, uint64_t now)
{
    if (ui_results_recording(u))
        ui_nick_open(u, u->items[item].pack, u->items[item].level, now);
    else
        ui_open_level(u, u->items[item].pack, u->items[item].level, now);
}

static void act(ui *u, game_action_kind k, int arg, uint64_t now)
{
    game_action a = {.kind = k, .arg = arg};
    ui_act(u, &a, now);
}

/* Called after every step: sounds, focus and the menu's best scores follow phase changes. */
static void after_step(ui *u, uint64_t now)
{
    if (u->screen != UI_SCREEN_GAME) return;
    game_phase ph = game_session_phase(u->session);
    if (ph == u->last_phase) return;
    if (ph == GAME_PHASE_QUESTION && u->last_phase == GAME_PHASE_INTRO) ui_results_run_begin(u);
    if (ph == GAME_PHASE_FEEDBACK) ui_results_answer(u, game_session_question_index(u->session));
    if (ph == GAME_PHASE_RESULTS) ui_results_run_end(u);
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
        u->grabbed = false;
        u->drag_from = -1;
        u->sliding = false;
        u->card_drag = false;
        u->nplaced = 0;
    } else if (ph == GAME_PHASE_RESULTS) {
        size_t k = item_of(u, u->cur_pack, u->cur_level);
        long s = game_session_score(u->session);
        if (s > u->best[k]) u->best[k] = s;
        u->focus = 0;
        u->results_scroll = 0;
    } else if (ph == GAME_PHASE_MENU) {
        set_screen(u, UI_SCREEN_MENU, now);
    }
    u->last_phase = ph;
    u->dirty = true;
}

void ui_update(ui *u, uint64_t now_ms)
{
    if (u->screen == UI_SCREEN_GAME && game_session_phase(u->session) == GAME_PHASE_QUESTION) {
        game_error err = {0};
        long before = game_session_score(u->session);
        if (!game_step(u->session, NULL, 0, now_ms, &err)) {
            show_error(u, &err, now_ms);
            return;
        }
        if (game_session_phase(u->session) == GAME_PHASE_FEEDBACK) u->shown_score = before;
    }
    ui_results_poll(u, now_ms);
    if (u->screen == UI_SCREEN_GAME) {
        long before = game_session_score(u->session);
        game_phase ph = game_session_phase(u->session);
        ui_play_update(u, now_ms);
        if (u->screen == UI_SCREEN_GAME && ph == GAME_PHASE_QUESTION &&
            game_session_phase(u->session) == GAME_PHASE_FEEDBACK)
            u->shown_score = before;
    }
    after_step(u, now_ms);
}

/* ==== input ================================================================ */

static void activate(ui *u, const ui_target *t, uint64_t now)
{
    switch (t->kind) {
    case UI_T_START:
        if (u->screen == UI_SCREEN_TITLE)
            set_screen(u, UI_SCREEN_MENU, now);
        else
            act(u, GAME_ACT_START, 0, now);
        break;
    case UI_T_CHOICE:
        act(u, GAME_ACT_CHOOSE, t->index, now);
        break;
    case UI_T_SUBMIT:
        act(u, GAME_ACT_SUBMIT, 0, now);
        break;
    case UI_T_CONTINUE:
        act(u, GAME_ACT_CONTINUE, 0, now);
        break;
    case UI_T_AGAIN:
        ui_open_level(u, u->cur_pack, u->cur_level, now);
        break;
    case UI_T_BACK:
        if (u->screen == UI_SCREEN_GAME) act(u, GAME_ACT_QUIT, 0, now);
        set_screen(u, UI_SCREEN_MENU, now);
        break;
    case UI_T_LEVEL:
        if (t->index >= 0 && (size_t)t->index < u->nitems) choose_level(u, (size_t)t->index, now);
        break;
    case UI_T_NICK:
        ui_nick_activate(u, t->index, now);
        break;
    case UI_T_SCORES:
        ui_scores_open(u, now);
        break;
    case UI_T_LANGUAGE:
        u->lang = u->lang == GAME_LANG_FR ? GAME_LANG_EN : GAME_LANG_FR;
        break;
    case UI_T_SOUND:
        audio_toggle_mute(u->a);
        break;
    case UI_T_SCROLL:
        if (t->index > 0 && u->results_more) u->results_scroll++;
        if (t->index < 0 && u->results_scroll > 0) u->results_scroll--;
        break;
    case UI_T_ITEM:
    case UI_T_ITEM_UP:
    case UI_T_ITEM_DOWN:
    case UI_T_BIN:
    case UI_T_UNDO:
    case UI_T_TRACK:
    case UI_T_PART:
    case UI_T_CARD:
        break; /* the question's own, through its kind's view */
    case UI_T_NONE:
        break;
    }
    u->dirty = true;
    after_step(u, now);
}

static const ui_target *target_at(const ui_targets *ts, int x, int y)
{
    for (int i = ts->n - 1; i >= 0; i--)
        if (ui_hit(ts->t[i].r, x, y)) return &ts->t[i];
    return NULL;
}

static const ui_target *find_target(const ui_targets *ts, ui_target_kind k, int index)
{
    for (int i = 0; i < ts->n; i++)
        if (ts->t[i].kind == k && ts->t[i].index == index) return &ts->t[i];
    return NULL;
}

static void key_game(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    game_phase ph = game_session_phase(u->session);
    if (ev->key == INPUT_KEY_BACK) {
        if (ph == GAME_PHASE_QUESTION || ph == GAME_PHASE_FEEDBACK) {
            /* Leaving loses the run: ask for a second press. */
            if (now < u->leave_until) {
                act(u, GAME_ACT_QUIT, 0, now);
                set_screen(u, UI_SCREEN_MENU, now);
            } else {
                u->leave_until = now + LEAVE_CONFIRM_MS;
                u->dirty = true;
            }
        } else {
            act(u, GAME_ACT_QUIT, 0, now);
            set_screen(u, UI_SCREEN_MENU, now);
        }
        return;
    }
    switch (ph) {
    case GAME_PHASE_INTRO:
        if (ev->key == INPUT_KEY_ENTER) act(u, GAME_ACT_START, 0, now);
        break;
    case GAME_PHASE_QUESTION: /* its kind's view took its keys first */
        break;
    case GAME_PHASE_FEEDBACK:
        if (ev->key == INPUT_KEY_ENTER) act(u, GAME_ACT_CONTINUE, 0, now);
        if (ev->key == INPUT_KEY_UP || ev->key == INPUT_KEY_DOWN)
            ui_play_feedback_page(u, ev->key == INPUT_KEY_DOWN ? 1 : -1);
        break;
    case GAME_PHASE_RESULTS:
        if (ev->key == INPUT_KEY_LEFT || ev->key == INPUT_KEY_RIGHT) {
            u->focus = u->focus == 0 ? 1 : 0;
            u->dirty = true;
        } else if (ev->key == INPUT_KEY_UP || ev->key == INPUT_KEY_DOWN) {
            if (ev->key == INPUT_KEY_DOWN && u->results_more) u->results_scroll++;
            if (ev->key == INPUT_KEY_UP && u->results_scroll > 0) u->results_scroll--;
            u->dirty = true;
        } else if (ev->key == INPUT_KEY_ENTER) {
            const ui_target *t = find_target(ts, u->focus == 1 ? UI_T_AGAIN : UI_T_BACK, 0);
            if (t) activate(u, t, now);
        }
        break;
    case GAME_PHASE_MENU:
        break;
    }
}

static void key_menu(ui *u, const input_event *ev, uint64_t now)
{
    switch (ev->key) {
    case INPUT_KEY_UP:
    case INPUT_KEY_LEFT:
        if (u->menu_focus > 0) u->menu_focus--;
        break;
    case INPUT_KEY_DOWN:
    case INPUT_KEY_RIGHT:
        if (u->menu_focus + 1 < (int)u->nitems) u->menu_focus++;
        break;
    case INPUT_KEY_ENTER:
        if (u->nitems) choose_level(u, (size_t)u->menu_focus, now);
        break;
    case INPUT_KEY_BACK:
        set_screen(u, UI_SCREEN_TITLE, now);
        break;
    default:
        break;
    }
    u->dirty = true;
}

void ui_input(ui *u, const input_event *ev, uint64_t now_ms)
{
    ui_targets ts;
    ui_screen_layout(u, now_ms, false, &ts);
    /* the nickname screen types, the report screen scrolls */
    if (ui_nick_input(u, ev, &ts, now_ms) || ui_report_input(u, ev, now_ms) ||
        ui_scores_input(u, ev, now_ms) || ui_session_input(u, ev, now_ms))
        return;
    /* the menu's T: the trainer names a session */
    if (u->screen == UI_SCREEN_MENU && ev->type == INPUT_KEY && ev->sym == 't' &&
        ui_results_recording(u)) {
        ui_session_open(u, now_ms);
        return;
    }
    /* the menu's S: the best scores */
    if (u->screen == UI_SCREEN_MENU && ev->type == INPUT_KEY && ev->sym == 's' &&
        ui_results_reading(u)) {
        ui_scores_open(u, now_ms);
        return;
    }
    /* the menu's R: the session report */
    if (u->screen == UI_SCREEN_MENU && ev->type == INPUT_KEY && ev->sym == 'r' &&
        u->trainer_session[0] && ui_results_reading(u)) {
        ui_report_open(u, now_ms);
        return;
    }
    /* the question shown takes its keys and the pointer first, through its kind's view (a
     * mini-game every key but the engine's own, a typed answer M and L as letters) */
    if (u->screen == UI_SCREEN_GAME && game_session_phase(u->session) == GAME_PHASE_QUESTION &&
        ui_kind_view_of(game_session_question(u->session)->kind)->input(u, ev, &ts, now_ms)) {
        after_step(u, now_ms);
        return;
    }
    if (ev->type == INPUT_TEXT) return;
    input_event alias;
    if (ev->type == INPUT_KEY &&
        ev->key == INPUT_KEY_ERASE) { /* Backspace, when not typing: back */
        alias = *ev;
        alias.key = INPUT_KEY_BACK;
        ev = &alias;
    }
    switch (ev->type) {
    case INPUT_QUIT:
        u->quit = true;
        return;
    case INPUT_RESIZED:
    case INPUT_EXPOSED:
        u->dirty = true;
        return;
    case INPUT_POINTER_MOVE: {
        const ui_target *before = target_at(&ts, u->px, u->py);
        u->px = ev->x;
        u->py = ev->y;
        if (before != target_at(&ts, u->px, u->py)) u->dirty = true;
        return;
    }
    case INPUT_POINTER_DOWN: {
        u->px = ev->x;
        u->py = ev->y;
        const ui_target *t = target_at(&ts, ev->x, ev->y);
        /* A paged game feedback: a tap on its pager shows the next rows. */
        if (!t && u->play_paged && ui_hit(u->play_pager, ev->x, ev->y) &&
            ui_play_feedback_page(u, 1))
            return;
        u->pressed = t != NULL;
        u->press_target = t ? (int)(t - ts.t) : -1;
        u->dirty = true;
        return;
    }
    case INPUT_POINTER_UP: {
        u->px = ev->x;
        u->py = ev->y;
        bool was = u->pressed;
        u->pressed = false;
        u->dirty = true;
        const ui_target *t = target_at(&ts, ev->x, ev->y);
        /* A press counts where it ends on the target it began on. */
        if (was && t && (int)(t - ts.t) == u->press_target) {
            if (u->screen == UI_SCREEN_GAME &&
                game_session_phase(u->session) == GAME_PHASE_QUESTION)
                u->focus = -1;
            activate(u, t, now_ms);
        }
        return;
    }
    case INPUT_WHEEL:
        if (ui_play_feedback_page(u, ev->dy < 0 ? 1 : -1)) return;
        if (u->screen == UI_SCREEN_GAME && game_session_phase(u->session) == GAME_PHASE_RESULTS) {
            if (ev->dy < 0 && u->results_more) u->results_scroll++;
            if (ev->dy > 0 && u->results_scroll > 0) u->results_scroll--;
            u->dirty = true;
        } else if (u->screen == UI_SCREEN_MENU) {
            int step = ev->dy > 0 ? -1 : 1;
            u->menu_focus += step;
            if (u->menu_focus < 0) u->menu_focus = 0;
            if (u->menu_focus >= (int)u->nitems) u->menu_focus = (int)u->nitems - 1;
            u->dirty = true;
        }
        return;
    case INPUT_KEY:
        break;
    default:
        return;
    }

    if (u->overlay && ev->key == INPUT_KEY_BACK) { /* Esc first hides a reload error */
        u->overlay = false;
        u->dirty = true;
        return;
    }
    switch (ev->key) {
    case INPUT_KEY_RELOAD:
        if (u->screen == UI_SCREEN_GAME || u->screen == UI_SCREEN_ERROR) u->reload_request = true;
        return;
    case INPUT_KEY_MUTE:
        audio_toggle_mute(u->a);
        u->dirty = true;
        return;
    case INPUT_KEY_VOLUME_UP:
    case INPUT_KEY_VOLUME_DOWN:
        audio_set_volume(u->a, audio_volume(u->a) + (ev->key == INPUT_KEY_VOLUME_UP ? 10 : -10));
        audio_play(u->a, AUDIO_CLICK);
        u->dirty = true;
        return;
    case INPUT_KEY_QUIT:
        u->quit = true;
        return;
    case INPUT_KEY_FULLSCREEN:
        gfx_toggle_fullscreen(u->g);
        u->dirty = true;
        return;
    case INPUT_KEY_LANGUAGE:
        if (u->screen != UI_SCREEN_GAME || game_session_phase(u->session) != GAME_PHASE_QUESTION) {
            u->lang = u->lang == GAME_LANG_FR ? GAME_LANG_EN : GAME_LANG_FR;
            u->dirty = true;
        }
        return;
    default:
        break;
    }
    switch (u->screen) {
    case UI_SCREEN_TITLE:
        if (ev->key == INPUT_KEY_ENTER || ev->key == INPUT_KEY_CHOICE)
            set_screen(u, UI_SCREEN_MENU, now_ms);
        break;
    case UI_SCREEN_MENU:
        key_menu(u, ev, now_ms);
        break;
    case UI_SCREEN_ERROR:
        if (ev->key == INPUT_KEY_ENTER || ev->key == INPUT_KEY_BACK)
            set_screen(u, UI_SCREEN_MENU, now_ms);
        break;
    case UI_SCREEN_GAME:
        key_game(u, ev, &ts, now_ms);
        break;
    case UI_SCREEN_NICK:
    case UI_SCREEN_REPORT:
    case UI_SCREEN_SCORES:
    case UI_SCREEN_SESSION:
        break; /* handled above */
    }
    after_step(u, now_ms);
}

/* ==== time ================================================================= */

int ui_wait_ms(ui *u, uint64_t now_ms)
{
    if (u->dirty) return 0;
    int wait = -1;
    if (u->leave_until > now_ms) wait = (int)(u->leave_until - now_ms);
    if (u->notice_until > now_ms && (wait < 0 || u->notice_until - now_ms < (uint64_t)wait))
        wait = (int)(u->notice_until - now_ms);
    if (u->toast_until > now_ms && (wait < 0 || u->toast_until - now_ms < (uint64_t)wait))
        wait = (int)(u->toast_until - now_ms);
    if (u->screen != UI_SCREEN_GAME) return wait;
    game_phase ph = game_session_phase(u->session);
    uint64_t since = game_session_phase_since(u->session);
    uint64_t anim_end = since + (ph == GAME_PHASE_FEEDBACK  ? UI_ANIM_PULSE
                                 : ph == GAME_PHASE_RESULTS ? UI_ANIM_RESULTS
                                                            : 0);
    if (now_ms < anim_end) return 16; /* an animation runs: about 60 frames a second */
    if (ui_play_live(u)) return 16;   /* a mini-game: 60 frames a second */
    if (ph == GAME_PHASE_QUESTION && game_session_question(u->session)->time_ms) {
        /* The countdown bar moves: 30 frames a second is smooth enough for a bar. */
        return 33;
    }
    return wait;
}

void ui_draw(ui *u, uint64_t now_ms)
{
    ui_targets ts;
    if (u->screen == UI_SCREEN_GAME && game_session_phase(u->session) == GAME_PHASE_MENU)
        u->screen = UI_SCREEN_MENU;
    ui_screen_layout(u, now_ms, true, &ts);
    ui_draw_overlays(u, now_ms);
}

/* ==== hot reload ============================================================ */

#define TOAST_MS 1500

void ui_level_reloaded(ui *u, size_t pack, size_t level, uint64_t now_ms)
{
    u->overlay = false;
    u->toast_until = now_ms + TOAST_MS;
    u->dirty = true;
    u->layout_gen++;
    bool playing = u->screen == UI_SCREEN_GAME && u->cur_pack == pack && u->cur_level == level &&
                   game_session_level(u->session);
    bool broken_open = u->screen == UI_SCREEN_ERROR && u->cur_pack == pack && u->cur_level == level;
    if (!playing && !broken_open) return;
    game_phase ph = playing ? game_session_phase(u->session) : GAME_PHASE_INTRO;
    size_t qi = playing ? game_session_question_index(u->session) : 0;
    ui_open_level(u, pack, level, now_ms);
    if (u->screen != UI_SCREEN_GAME) return;
    const game_level *lv = game_session_level(u->session);
    if (ph == GAME_PHASE_QUESTION || ph == GAME_PHASE_FEEDBACK || ph == GAME_PHASE_RESULTS) {
        if (qi >= lv->nquestions) qi = lv->nquestions - 1;
        game_session_jump(u->session, qi, now_ms);
        u->last_phase = GAME_PHASE_QUESTION;
        u->focus = -1;
    }
}

void ui_reload_failed(ui *u, const game_error *err, uint64_t now_ms)
{
    (void)now_ms;
    u->overlay = true;
    u->overlay_error = *err;
    u->dirty = true;
}

bool ui_take_reload_request(ui *u, size_t *pack, size_t *level)
{
    if (!u->reload_request) return false;
    u->reload_request = false;
    *pack = u->cur_pack;
    *level = u->cur_level;
    return true;
}

/* ==== fixed screens for shots ============================================== */

bool ui_goto(ui *u, const char *screen, size_t question, ui_answer answer, uint64_t *now_ms,
             game_error *err)
{
    uint64_t now = *now_ms;
    if (strcmp(screen, "title") == 0) {
        set_screen(u, UI_SCREEN_TITLE, now);
        return true;
    }
    if (strcmp(screen, "menu") == 0) {
        set_screen(u, UI_SCREEN_MENU, now);
        return true;
    }
    if (u->nitems == 0) return game_error_set(err, NULL, 0, "no level to show");
    /* the kept results' screens (they need a database) */
    if (strcmp(screen, "nick") == 0 || strcmp(screen, "scores") == 0 ||
        strcmp(screen, "report") == 0) {
        if (!ui_results_reading(u))
            return game_error_set(err, NULL, 0, "the %s screen needs --db", screen);
        if (screen[0] == 'n') {
            ui_nick_open(u, u->items[0].pack, u->items[0].level, now);
        } else if (screen[0] == 's') {
            ui_scores_open(u, now);
        } else {
            if (!u->trainer_session[0])
                return game_error_set(err, NULL, 0, "the report screen needs --session");
            ui_report_open(u, now);
        }
        return true;
    }
    ui_open_level(u, u->items[0].pack, u->items[0].level, now);
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
    act(u, GAME_ACT_START, 0, now);
    after_step(u, now);
    for (size_t i = 1; i <= target; i++) {
        const game_question *q = game_session_question(u->session);
        if (game_kind_get(q->kind)->shape == GAME_SHAPE_PLAY && i == target && !results) {
            /* A mini-game is played for real, from the steps given (or none). */
            bool at_question = strcmp(screen, "question") == 0;
            uint32_t stop = 0;
            if (at_question) {
                stop = u->shot_at_ms;
                if (!stop)
                    stop = u->shot_nsteps ? u->shot_steps[u->shot_nsteps - 1].at_ms + 500 : 1000;
            }
            if (!ui_play_scripted(u, u->shot_steps, u->shot_nsteps, stop, !at_question, &now, err))
                return false;
            if (at_question) break;
            after_step(u, now);
            now += 5000;
            break;
        }
        if (i == target && strcmp(screen, "question") == 0) {
            now += q->time_ms ? q->time_ms * 3 / 10 : 4000; /* the clock has run a little */
            break;
        }
        /* Right answers, except a wrong one where asked and every third in the results. */
        bool want_right = i == target ? answer == UI_ANSWER_RIGHT : (results ? i % 3 != 0 : true);
        if (i == target && answer == UI_ANSWER_TIMEOUT && q->time_ms) {
            now += q->time_ms;
            ui_update(u, now);
            now += 5000;
            break;
        }
        now += q->time_ms ? q->time_ms / 4 : 5000;
        ui_kind_view_of(q->kind)->shot(u, q, want_right, now);
        after_step(u, now);
        if (i == target && !results) {
            now += 5000; /* every animation over */
            break;
        }
        act(u, GAME_ACT_CONTINUE, 0, now);
        after_step(u, now);
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
    u->shot_steps = steps;
    u->shot_nsteps = n;
    u->shot_at_ms = at_ms;
}

void ui_goto_nick(ui *u, const char *nick)
{
    snprintf(u->nick, sizeof u->nick, "%s", nick);
}

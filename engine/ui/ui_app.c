/* ui_app.c — the ui's life and its loop: creating it, routing input through the table of
 * screens (the screen's own input first, then the window, the pointer and the keys every
 * screen shares, then the screen's keys), time, drawing, waiting, and the trainer's hot
 * reload. Knows the screens only by their rows (ui_screens.h).
 */
#include "ui_keyboard.h"
#include "ui_kiosk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TOAST_MS 1500

/* ==== life cycle ========================================================== */

/* The menu's items, one per level of every pack, with their records. */
static void menu_items_build(ui *u)
{
    free(u->menu.items);
    free(u->menu.best);
    free(u->menu.best_nick);
    free(u->menu.best_pace);
    u->menu.nitems = 0;
    for (size_t p = 0; p < u->npacks; p++) u->menu.nitems += u->packs[p].nlevels;
    u->menu.items = calloc(u->menu.nitems ? u->menu.nitems : 1, sizeof *u->menu.items);
    u->menu.best = calloc(u->menu.nitems ? u->menu.nitems : 1, sizeof *u->menu.best);
    u->menu.best_nick = calloc(u->menu.nitems ? u->menu.nitems : 1, sizeof *u->menu.best_nick);
    u->menu.best_pace = calloc(u->menu.nitems ? u->menu.nitems : 1, sizeof *u->menu.best_pace);
    if (!u->menu.items || !u->menu.best || !u->menu.best_nick || !u->menu.best_pace) {
        u->menu.nitems = 0; /* an empty menu, never a write past an array */
        return;
    }
    size_t k = 0;
    for (size_t p = 0; p < u->npacks; p++)
        for (size_t l = 0; l < u->packs[p].nlevels; l++) {
            u->menu.items[k] = (ui_menu_item){p, l};
            u->menu.best[k++] = -1;
        }
    for (size_t p = 0; p < UI_MAX_PACKS; p++) u->menu.pack_best[p] = -1;
    ui_records_menu_refresh(u);
}

void ui_set_packs(ui *u, ui_pack *packs, size_t npacks)
{
    /* the last level played is held by its session (and a duel by its own): let go first */
    ui_duel_free(u);
    game_session_destroy(u->session);
    u->session = NULL;
    u->play.live = false;
    u->start_at.on = false;
    u->reload.failed = false;
    u->packs = packs;
    u->npacks = npacks;
    u->cur_pack = u->cur_level = 0;
    menu_items_build(u);
    if (u->menu.focus >= (int)u->menu.nitems) u->menu.focus = 0;
    u->menu.scroll = 0;
    u->question.gen++;
    u->dirty = true;
}

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
    ui_access_apply(u);
    u->screen = cfg->skip_title ? UI_SCREEN_MENU : UI_SCREEN_TITLE;
    u->px = u->py = -1;
    u->focus = -1;
    menu_items_build(u);
    if (cfg->session) snprintf(u->trainer.session, sizeof u->trainer.session, "%s", cfg->session);
    if (cfg->notice && *cfg->notice) {
        snprintf(u->notice.text, sizeof u->notice.text, "%s", cfg->notice);
        u->notice.until = 12000; /* from the start: the clock starts near 0 */
    }
    u->kiosk.fixed_round = -1;
    if (cfg->kiosk.on) { /* the stand: the attract loop, on the kiosk's pack */
        const char *id = cfg->kiosk.pack_id ? cfg->kiosk.pack_id : "stand";
        for (size_t p = 0; p < npacks; p++)
            if (packs[p].id && strcmp(packs[p].id, id) == 0) {
                u->kiosk.pack = p;
                break;
            }
        u->screen = UI_SCREEN_ATTRACT;
    }
    u->dirty = true;
    return u;
}

void ui_destroy(ui *u)
{
    if (!u) return;
    ui_duel_free(u); /* a duel being played when the window closes */
    ui_speech_free(u);
    game_session_destroy(u->session);
    game_canvas_deinit(&u->play.canvas);
    game_play_result_deinit(&u->play.result);
    if (u->cfg.records.report_free) u->cfg.records.report_free(&u->report.data);
    free(u->menu.items);
    free(u->menu.best);
    free(u->menu.best_nick);
    free(u->menu.best_pace);
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

/* ==== time ================================================================ */

void ui_update(ui *u, uint64_t now_ms)
{
    /* the kiosk's clock first: "Toujours là ?" holds the screen's time (a question does not
     * run out under it) */
    ui_kiosk_update(u, now_ms);
    if (u->kiosk.still_there) {
        ui_records_poll(u, now_ms);
        return;
    }
    const ui_screen_view *s = ui_screen_view_of(u->screen);
    if (s->update && !s->update(u, now_ms)) return;
    ui_records_poll(u, now_ms);
    ui_after_step(u, now_ms);
    ui_kiosk_follow(u, now_ms);
}

/* ==== input =============================================================== */

/* The keys every screen shares: the window's, the sound's, the language; true when taken. */
static bool shared_key(ui *u, const input_event *ev)
{
    if (u->reload.failed && ev->key == INPUT_KEY_BACK) { /* Esc first hides a reload error */
        u->reload.failed = false;
        u->dirty = true;
        return true;
    }
    switch (ev->key) {
    case INPUT_KEY_RELOAD:
        if (ui_screen_view_of(u->screen)->level) u->reload.request = true;
        return true;
    case INPUT_KEY_MUTE:
        audio_toggle_mute(u->a);
        u->dirty = true;
        return true;
    case INPUT_KEY_VOLUME_UP:
    case INPUT_KEY_VOLUME_DOWN:
        audio_set_volume(u->a, audio_volume(u->a) + (ev->key == INPUT_KEY_VOLUME_UP ? 10 : -10));
        audio_play(u->a, AUDIO_CLICK);
        u->dirty = true;
        return true;
    case INPUT_KEY_QUIT:
        u->quit = true;
        return true;
    case INPUT_KEY_FULLSCREEN:
        gfx_toggle_fullscreen(u->g);
        u->dirty = true;
        return true;
    case INPUT_KEY_LANGUAGE: /* not while a question runs */
        if (u->screen != UI_SCREEN_GAME || game_session_phase(u->session) != GAME_PHASE_QUESTION) {
            u->lang = u->lang == GAME_LANG_FR ? GAME_LANG_EN : GAME_LANG_FR;
            u->dirty = true;
        }
        return true;
    default:
        return false;
    }
}

/* A printable key comes twice: its key, then (SDL_TEXTINPUT) its character. In a text field
 * the key is nothing and its character is typed: Space is a space, M, L, + and - are letters,
 * never a shortcut. Elsewhere the key acts and its character is dropped: the T that opens the
 * session's field, the Space that starts a typed question, type nothing there. True when ev
 * goes no further. */
static bool typed_twice(ui *u, const input_event *ev)
{
    if (ev->type == INPUT_TEXT && u->drop_text) {
        u->drop_text = false;
        return true;
    }
    if (ev->type != INPUT_KEY) return false;
    const ui_screen_view *s = ui_screen_view_of(u->screen);
    bool field = s->typing && s->typing(u);
    u->drop_text = ev->printable && !field;
    return ev->printable && field;
}

static void route_input(ui *u, const input_event *ev, uint64_t now_ms);

/* ---- Tab's focus: every target of every screen, in the order the screen lists them ---- */

const ui_target *ui_tab_target(const ui *u, const ui_targets *ts)
{
    if (!u->tab.on) return NULL;
    for (int i = 0; i < ts->n; i++)
        if ((int)ts->t[i].kind == u->tab.kind && ts->t[i].index == u->tab.index) return &ts->t[i];
    return NULL;
}

/* A ring around the target Tab is on, in the focus colour with a line of the background's
 * inside it: seen on a dark panel and on an amber button alike. Over the target's edge, so
 * that a target as large as the screen (the title's) shows it too. */
void ui_tab_draw(ui *u, const ui_targets *ts)
{
    const ui_target *t = ui_tab_target(u, ts);
    if (!t || ui_screen_view_of(u->screen)->own_tab) return;
    int W, H;
    gfx_size(u->g, &W, &H);
    int f = H / 180 + 2;
    gfx_rect r = {t->r.x - 2, t->r.y - 2, t->r.w + 4, t->r.h + 4};
    if (r.x < 0) r.w += r.x, r.x = 0;
    if (r.y < 0) r.h += r.y, r.y = 0;
    if (r.x + r.w > W) r.w = W - r.x;
    if (r.y + r.h > H) r.h = H - r.y;
    if (r.w < 2 * f + 4 || r.h < 2 * f + 4) return;
    for (int k = 0; k < 2; k++) {
        gfx_color c = k == 0 ? UI_FOCUS : UI_BG;
        int o = k == 0 ? 0 : f, th = k == 0 ? f : 2;
        gfx_rect in = {r.x + o, r.y + o, r.w - 2 * o, r.h - 2 * o};
        gfx_fill_rect(u->g, (gfx_rect){in.x, in.y, in.w, th}, c);
        gfx_fill_rect(u->g, (gfx_rect){in.x, in.y + in.h - th, in.w, th}, c);
        gfx_fill_rect(u->g, (gfx_rect){in.x, in.y, th, in.h}, c);
        gfx_fill_rect(u->g, (gfx_rect){in.x + in.w - th, in.y, th, in.h}, c);
    }
}

static void tab_move(ui *u, const ui_targets *ts, int dir)
{
    if (ts->n == 0) return;
    const ui_target *cur = ui_tab_target(u, ts);
    int i = cur ? (int)(cur - ts->t) + dir : dir > 0 ? 0 : ts->n - 1;
    i = (i % ts->n + ts->n) % ts->n;
    /* a target of no size (the intro's Back, for Esc alone) is no control to reach */
    for (int k = 0; k < ts->n && (ts->t[i].r.w <= 0 || ts->t[i].r.h <= 0); k++)
        i = ((i + (dir < 0 ? -1 : 1)) % ts->n + ts->n) % ts->n;
    if (ts->t[i].r.w <= 0 || ts->t[i].r.h <= 0) return;
    u->tab.on = true;
    u->tab.kind = (int)ts->t[i].kind;
    u->tab.index = ts->t[i].index;
    u->dirty = true;
    const ui_screen_view *s = ui_screen_view_of(u->screen);
    if (s->focus) s->focus(u, &ts->t[i]);
}

/* Enter on Tab's target: a press and a release at its middle, as a click there (the on-screen
 * keyboard's keys, a card, a field all take it); Tab stays on it while the screen stays. */
static void tab_press(ui *u, const ui_target *t, uint64_t now)
{
    int kind = (int)t->kind, index = t->index, px = u->px, py = u->py;
    ui_screen screen = u->screen;
    input_event ev = {
        .type = INPUT_POINTER_DOWN, .x = t->r.x + t->r.w / 2, .y = t->r.y + t->r.h / 2};
    route_input(u, &ev, now);
    ev.type = INPUT_POINTER_UP;
    route_input(u, &ev, now);
    u->px = px, u->py = py; /* the mouse did not move */
    if (u->screen == screen) u->tab.on = true, u->tab.kind = kind, u->tab.index = index;
}

/* Tab and Shift+Tab move Tab's focus (not in a mini-game: its Tab is its own; not on a screen
 * whose Tab is); Enter presses it; any other key, or the pointer, puts it away. True when
 * taken. */
static bool tab_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    if (ui_screen_view_of(u->screen)->own_tab || ui_play_live(u)) return false;
    if (ev->type == INPUT_POINTER_DOWN && u->tab.on) {
        u->tab.on = false;
        u->dirty = true;
    }
    if (ev->type != INPUT_KEY) return false;
    if (ev->sym == '\t' && !ev->ctrl && !ev->alt) {
        tab_move(u, ts, ev->shift ? -1 : 1);
        return true;
    }
    if (!u->tab.on) return false;
    const ui_target *t = ui_tab_target(u, ts);
    if (ev->key == INPUT_KEY_ENTER && t && t->kind == UI_T_FIELD)
        return false; /* a text field's Enter is the field's (it submits), never a click */
    if (ev->key == INPUT_KEY_ENTER && t) {
        tab_press(u, t, now);
        return true;
    }
    if (ev->sym == ' ' && !ev->ctrl && !ev->alt && t && t->kind != UI_T_FIELD) {
        tab_press(u, t, now); /* Space presses too, as on a form; its text types nothing */
        u->drop_text = true;
        return true;
    }
    u->tab.on = false;
    u->dirty = true;
    return false;
}

void ui_input(ui *u, const input_event *ev, uint64_t now_ms)
{
    /* the kiosk sees everything first: its locks, its idle clock, the operator's chord */
    if (ui_kiosk_filter(u, ev, now_ms)) return;
    route_input(u, ev, now_ms);
    ui_kiosk_follow(u, now_ms);
}

static void route_input(ui *u, const input_event *ev, uint64_t now_ms)
{
    ui_keyboard_follow(u, ev); /* a finger brings the on-screen keyboard, a key hides it */
    if (typed_twice(u, ev)) return;
    if (ui_speech_key(u, ev)) return; /* F2, F3: on every screen, even in a text field */
    ui_targets ts;
    ui_access_frame(u);
    ui_screen_layout(u, now_ms, false, &ts);
    if (tab_input(u, ev, &ts, now_ms)) {
        ui_after_step(u, now_ms);
        return;
    }
    /* its keys type into the field as the physical keys do, before any shortcut could see them */
    if (ui_keyboard_input(u, ev, &ts, now_ms)) {
        ui_after_step(u, now_ms);
        return;
    }
    /* the screen's own first: a text field types, the menu's letters, the question's keys */
    const ui_screen_view *s = ui_screen_view_of(u->screen);
    if (s->input && s->input(u, ev, &ts, now_ms)) {
        ui_after_step(u, now_ms);
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
    s = ui_screen_view_of(u->screen); /* the input may have failed into the error screen */
    switch (ev->type) {
    case INPUT_QUIT:
        u->quit = true;
        return;
    case INPUT_RESIZED:
    case INPUT_EXPOSED:
        u->dirty = true;
        return;
    case INPUT_POINTER_MOVE: {
        const ui_target *before = ui_target_at(&ts, u->px, u->py);
        u->px = ev->x;
        u->py = ev->y;
        if (before != ui_target_at(&ts, u->px, u->py)) u->dirty = true;
        return;
    }
    case INPUT_POINTER_DOWN: {
        u->px = ev->x;
        u->py = ev->y;
        const ui_target *t = ui_target_at(&ts, ev->x, ev->y);
        u->pressed = t != NULL;
        u->press_target = t ? (int)(t - ts.t) : -1;
        u->press_kind = t ? (int)t->kind : (int)UI_T_NONE;
        u->press_index = t ? t->index : 0;
        u->dirty = true;
        return;
    }
    case INPUT_POINTER_UP: {
        u->px = ev->x;
        u->py = ev->y;
        bool was = u->pressed;
        u->pressed = false;
        u->dirty = true;
        const ui_target *t = ui_target_at(&ts, ev->x, ev->y);
        /* A press counts where it ends on the target it began on: the same target, not the
         * same place in the list (a menu that scrolled its focus into view between the two
         * lays its targets out in another order). */
        if (was && t && (int)t->kind == u->press_kind && t->index == u->press_index)
            ui_activate(u, t, now_ms);
        return;
    }
    case INPUT_WHEEL:
        if (s->wheel) s->wheel(u, ev, now_ms);
        return;
    case INPUT_KEY:
        break;
    default:
        return;
    }
    if (shared_key(u, ev)) return;
    if (s->key) s->key(u, ev, &ts, now_ms);
    ui_after_step(u, now_ms);
}

/* ==== waiting and drawing ================================================= */

int ui_wait_ms(ui *u, uint64_t now_ms)
{
    if (u->dirty) return 0;
    /* the screen's own animations first, then the notes that go away by themselves */
    int kiosk = ui_kiosk_wait(u, now_ms);   /* the idle reset, its countdown */
    if (u->kiosk.still_there) return kiosk; /* the screen under it holds still */
    const ui_screen_view *s = ui_screen_view_of(u->screen);
    int own = s->wait ? s->wait(u, now_ms) : -1;
    if (kiosk >= 0 && (own < 0 || kiosk < own)) own = kiosk;
    if (own >= 0) return own;
    int wait = -1;
    if (u->leave_until > now_ms) wait = (int)(u->leave_until - now_ms);
    if (u->notice.until > now_ms && (wait < 0 || u->notice.until - now_ms < (uint64_t)wait))
        wait = (int)(u->notice.until - now_ms);
    if (u->reload.toast_until > now_ms &&
        (wait < 0 || u->reload.toast_until - now_ms < (uint64_t)wait))
        wait = (int)(u->reload.toast_until - now_ms);
    return wait;
}

void ui_draw(ui *u, uint64_t now_ms)
{
    ui_targets ts;
    if (u->screen == UI_SCREEN_GAME && game_session_phase(u->session) == GAME_PHASE_MENU)
        u->screen = UI_SCREEN_MENU;
    /* Larger text, on a new screen: drawn first at the normal size, then at the player's, and
     * again a step smaller while a text is cut or smaller than the normal size drew it. */
    if (ui_access_probe(u)) {
        ui_screen_layout(u, now_ms, true, &ts);
        ui_access_probe_done(u);
    }
    for (int tries = 0; tries < 3; tries++) {
        ui_access_frame(u);
        gfx_text_cut_stats before;
        gfx_text_cuts(u->g, &before);
        gfx_text_min_reset(u->g);
        /* only while a larger size is being tried, not on every frame after */
        gfx_boxes_log(u->g, u->fit.pct > 100 && !u->fit.settled);
        ui_screen_layout(u, now_ms, true, &ts);
        ui_draw_overlays(u, now_ms);
        ui_kiosk_overlay(u, now_ms);
        if (!ui_access_refit(u, &before)) break;
    }
    ui_speech_follow(u); /* what is drawn now is read */
}

/* ==== hot reload ========================================================== */

/* The level just opened, at question qi (clamped to the last). */
static void jump_to(ui *u, size_t qi, uint64_t now_ms)
{
    const game_level *lv = game_session_level(u->session);
    if (qi >= lv->nquestions) qi = lv->nquestions - 1;
    game_session_jump(u->session, qi, now_ms);
    u->last_phase = GAME_PHASE_QUESTION;
    u->focus = -1;
}

void ui_open_level_at(ui *u, size_t pack, size_t level, size_t question, uint64_t now_ms)
{
    u->start_at.on = true;
    u->start_at.pack = pack;
    u->start_at.level = level;
    u->start_at.question = question;
    ui_open_level(u, pack, level, now_ms);
    if (u->screen == UI_SCREEN_GAME && game_session_level(u->session)) jump_to(u, question, now_ms);
}

void ui_level_reloaded(ui *u, size_t pack, size_t level, uint64_t now_ms)
{
    u->reload.failed = false;
    u->reload.toast_until = now_ms + TOAST_MS;
    u->dirty = true;
    u->question.gen++;
    bool playing = u->screen == UI_SCREEN_GAME && u->cur_pack == pack && u->cur_level == level &&
                   game_session_level(u->session);
    bool broken_open = u->screen == UI_SCREEN_ERROR && u->cur_pack == pack && u->cur_level == level;
    if (!playing && !broken_open) return;
    game_phase ph = playing ? game_session_phase(u->session) : GAME_PHASE_INTRO;
    size_t qi = playing ? game_session_question_index(u->session) : 0;
    ui_open_level(u, pack, level, now_ms);
    if (u->screen != UI_SCREEN_GAME) return;
    if (ph == GAME_PHASE_QUESTION || ph == GAME_PHASE_FEEDBACK || ph == GAME_PHASE_RESULTS) {
        jump_to(u, qi, now_ms);
    } else if (broken_open && u->start_at.on && u->start_at.pack == pack &&
               u->start_at.level == level) {
        /* opened broken with --question N, now fixed: straight to question N */
        jump_to(u, u->start_at.question, now_ms);
    }
}

void ui_reload_failed(ui *u, const game_error *err, uint64_t now_ms)
{
    (void)now_ms;
    u->reload.failed = true;
    u->reload.error = *err;
    u->dirty = true;
}

bool ui_take_reload_request(ui *u, size_t *pack, size_t *level)
{
    if (!u->reload.request) return false;
    u->reload.request = false;
    *pack = u->cur_pack;
    *level = u->cur_level;
    return true;
}

/* ui_kiosk.c — the stand's kiosk (docs/stand.md): the attract loop when nobody plays, a
 * walk-up round (a nickname or none, then the kiosk pack's level straight at its first
 * question), its end (score, rank of the day, QR code) and back by itself, the idle reset
 * ("Toujours là ?", then the attract loop, the run recorded abandoned), and the locks: every
 * way out (Esc, Backspace as back, F5, Ctrl+Q, F11, the window's close) does nothing; the
 * operator's chord and long press open the operator's menu. Drawing is ui_kiosk_draw.c.
 */
#include "ui_keyboard.h"
#include "ui_kiosk.h"

#include <stdio.h>
#include <string.h>

bool ui_kiosk_on(const ui *u)
{
    return u->cfg.kiosk.on;
}

const char *ui_kiosk_help_url(const ui *u)
{
    const char *url = u->cfg.kiosk.help_url;
    return url && *url ? url : UI_KIOSK_HELP_URL;
}

static uint64_t idle_ms(const ui *u)
{
    return (uint64_t)(u->cfg.kiosk.idle_reset_s ? u->cfg.kiosk.idle_reset_s : 45) * 1000u;
}

bool ui_kiosk_playing(const ui *u)
{
    if (!u->cfg.kiosk.on) return false;
    switch (u->screen) {
    case UI_SCREEN_NICK:
    case UI_SCREEN_GAME:
    case UI_SCREEN_DUEL:
    case UI_SCREEN_ERROR: /* a broken level: the idle reset still brings the attract loop back */
        return true;
    default:
        return false;
    }
}

bool ui_kiosk_nick(const ui *u)
{
    return u->cfg.kiosk.on;
}

/* ==== a round ============================================================= */

/* A visitor walks up: the next round's nickname screen (or the duel's set-up). */
static void start_round(ui *u, uint64_t now)
{
    if (u->kiosk.paused || u->kiosk.pack >= u->npacks) return;
    size_t n = u->packs[u->kiosk.pack].nlevels;
    if (n == 0) return;
    size_t level = u->kiosk.fixed_round >= 0 && (size_t)u->kiosk.fixed_round < n
                       ? (size_t)u->kiosk.fixed_round
                       : u->kiosk.round % n;
    if (u->kiosk.fixed_round < 0) u->kiosk.round = (level + 1) % n;
    u->kiosk.last_input = now;
    u->kiosk.still_there = false;
    if (u->kiosk.duel)
        ui_duel_open(u, u->kiosk.pack, level, now);
    else
        ui_nick_open(u, u->kiosk.pack, level, now);
}

void ui_kiosk_play(ui *u, uint64_t now)
{
    ui_open_level_at(u, u->nick.pack, u->nick.level, 0, now);
    /* opened at its question, the intro never shows: its run begins here */
    if (u->screen == UI_SCREEN_GAME && game_session_phase(u->session) == GAME_PHASE_QUESTION)
        ui_records_run_begin(u);
    u->kiosk.last_input = now;
}

void ui_kiosk_follow(ui *u, uint64_t now)
{
    if (!u->cfg.kiosk.on) return;
    /* the menu and the title are not a visitor's (an error screen's "back to the menu") */
    if (u->screen == UI_SCREEN_MENU || u->screen == UI_SCREEN_TITLE ||
        (u->screen == UI_SCREEN_GAME && u->session &&
         game_session_phase(u->session) == GAME_PHASE_MENU)) {
        ui_kiosk_attract(u, now);
        return;
    }
    if (u->screen != UI_SCREEN_GAME || !u->session ||
        game_session_phase(u->session) != GAME_PHASE_RESULTS)
        return;
    ui_after_step(u, now); /* the run is ended in the records (and flushed) */
    u->kiosk.last_score = game_session_score(u->session);
    u->kiosk.last_max = game_session_max_score(u->session);
    u->kiosk.last_rank = u->kiosk.last_of = 0;
    const ui_records *rec = &u->cfg.records;
    const char *pack = u->packs[u->cur_pack].id ? u->packs[u->cur_pack].id : "";
    if (rec->day_rank)
        u->kiosk.last_rank = rec->day_rank(rec->ud, pack, u->kiosk.last_score, &u->kiosk.last_of);
    u->kiosk.end_until = now + UI_KIOSK_END_MS;
    u->keyboard.want = false;
    ui_screen_show(u, UI_SCREEN_KIOSK_END);
    u->focus = 0;
}

void ui_kiosk_attract(ui *u, uint64_t now)
{
    const ui_records *rec = &u->cfg.records;
    if (u->run_open) { /* begun, never finished: abandoned, never a score */
        if (rec->run_abandon) rec->run_abandon(rec->ud);
        u->run_open = false;
    }
    ui_duel_free(u);
    game_session_destroy(u->session);
    u->session = NULL;
    u->play.live = false;
    u->nick.name[0] = u->nick.draft[0] = '\0';
    u->nick.bad = false;
    u->keyboard.want = false;
    u->keyboard.page = u->keyboard.shift = 0;
    u->kiosk.still_there = false;
    u->kiosk.swallow_up = false;
    u->leave_until = 0;
    u->reload.failed = false;
    u->lang = u->cfg.lang; /* the next visitor finds the stand's language */
    u->kiosk.attract_page = 0;
    u->kiosk.attract_next = now + UI_KIOSK_PAGE_MS;
    ui_screen_show(u, UI_SCREEN_ATTRACT);
}

/* "Toujours là ?" dismissed: the round goes on. A question left running under it starts again
 * with its whole time (its clock did not stop while the visitor was away, so what was left of it
 * may be gone: they lose nothing by answering to the prompt). */
static void still_dismiss(ui *u, uint64_t now)
{
    u->kiosk.still_there = false;
    u->kiosk.last_input = now;
    u->dirty = true;
    if (u->screen == UI_SCREEN_GAME && u->session &&
        game_session_phase(u->session) == GAME_PHASE_QUESTION) {
        game_session_jump(u->session, game_session_question_index(u->session), now);
        u->play.live = false; /* a mini-game starts again from its init */
        u->question.gen++;
        u->question.nplaced = 0;
        u->question.grabbed = u->question.sliding = u->question.card_drag = false;
        u->question.drag_from = -1;
    }
}

/* ==== the locks and the idle clock ======================================== */

static bool presence(const ui *u, const input_event *ev)
{
    switch (ev->type) {
    case INPUT_KEY:
    case INPUT_TEXT:
    case INPUT_POINTER_DOWN:
    case INPUT_POINTER_UP:
    case INPUT_WHEEL:
    case INPUT_PAD_BUTTON:
        return true;
    case INPUT_POINTER_MOVE:
        return u->pressed; /* a drag; a mouse nudged by a passer-by is nobody */
    default:
        return false;
    }
}

static bool typing(const ui *u)
{
    const ui_screen_view *s = ui_screen_view_of(u->screen);
    return s->typing && s->typing(u);
}

int ui_kiosk_corner(const ui_metrics *m)
{
    return m->H / 9;
}

static bool in_corner(const ui *u, int x, int y)
{
    int w, h;
    ui_metrics m;
    gfx_size(u->g, &w, &h);
    ui_metrics_compute(&m, w, h);
    int c = ui_kiosk_corner(&m);
    return x >= 0 && y >= 0 && x < c && y < c;
}

bool ui_kiosk_filter(ui *u, const input_event *ev, uint64_t now)
{
    if (!u->cfg.kiosk.on) return false;
    if (presence(u, ev)) u->kiosk.last_input = now;
    /* the operator: Ctrl+Alt+O */
    if (ev->type == INPUT_KEY && ev->key == INPUT_KEY_OPERATOR) { /* input/ maps the chord */
        u->kiosk.still_there = false;
        u->drop_text = ev->printable;
        ui_operator_open(u, now);
        u->dirty = true;
        return true;
    }
    /* …or a 3-second press in the top-left corner (ui_kiosk_update fires it) */
    if (ev->type == INPUT_POINTER_DOWN) {
        u->kiosk.corner_down = in_corner(u, ev->x, ev->y);
        u->kiosk.corner_since = now;
        u->kiosk.corner_fired = false;
    } else if (ev->type == INPUT_POINTER_MOVE && u->kiosk.corner_down &&
               !in_corner(u, ev->x, ev->y)) {
        u->kiosk.corner_down = false;
    } else if (ev->type == INPUT_POINTER_UP) {
        u->kiosk.corner_down = false;
        if (u->kiosk.corner_fired) { /* its release is the operator's, not a tap */
            u->kiosk.corner_fired = false;
            u->pressed = false;
            return true;
        }
    }
    /* "Toujours là ?": a touch or a key dismisses it, and does nothing else */
    if (u->kiosk.still_there) {
        switch (ev->type) {
        case INPUT_POINTER_DOWN:
        case INPUT_KEY:
        case INPUT_PAD_BUTTON:
            u->kiosk.swallow_up = ev->type == INPUT_POINTER_DOWN;
            u->drop_text = ev->type == INPUT_KEY && ev->printable;
            still_dismiss(u, now);
            return true;
        case INPUT_TEXT:
        case INPUT_POINTER_UP:
        case INPUT_POINTER_MOVE:
        case INPUT_WHEEL:
            return true;
        default:
            break;
        }
    }
    if (ev->type == INPUT_POINTER_UP && u->kiosk.swallow_up) {
        u->kiosk.swallow_up = false;
        u->pressed = false;
        return true;
    }
    /* the locks: no way out for a visitor */
    if (ev->type == INPUT_QUIT) return true;
    if (ev->type != INPUT_KEY) return false;
    switch (ev->key) {
    case INPUT_KEY_QUIT:
    case INPUT_KEY_FULLSCREEN:
    case INPUT_KEY_RELOAD:
        return true;
    case INPUT_KEY_BACK: /* the operator's screens have their own Esc (back to the menu) */
        return u->screen != UI_SCREEN_OPERATOR && u->screen != UI_SCREEN_SETTINGS;
    case INPUT_KEY_ERASE: /* erases in a text field; never "back" */
        return u->screen != UI_SCREEN_OPERATOR && u->screen != UI_SCREEN_SETTINGS && !typing(u);
    default:
        return false;
    }
}

void ui_kiosk_update(ui *u, uint64_t now)
{
    if (!u->cfg.kiosk.on) return;
    if (u->kiosk.corner_down && !u->kiosk.corner_fired &&
        now >= u->kiosk.corner_since + UI_KIOSK_CORNER_MS) {
        u->kiosk.corner_down = false;
        u->kiosk.corner_fired = true;
        u->kiosk.still_there = false;
        u->pressed = false;
        ui_operator_open(u, now);
        u->dirty = true;
    }
    if (!ui_kiosk_playing(u)) {
        u->kiosk.still_there = false;
        return;
    }
    if (!u->kiosk.still_there && now >= u->kiosk.last_input + idle_ms(u)) {
        u->kiosk.still_there = true;
        u->kiosk.still_until = now + UI_KIOSK_STILL_MS;
        u->pressed = false;
        u->dirty = true;
    } else if (u->kiosk.still_there && now >= u->kiosk.still_until) {
        /* every answer given, only the last Continue left: the run is finished, not abandoned
         * (but a last question whose time ran out while nobody was there is walking away) */
        if (u->screen == UI_SCREEN_GAME && u->session &&
            game_session_phase(u->session) == GAME_PHASE_FEEDBACK &&
            game_session_question_index(u->session) + 1 ==
                game_session_level(u->session)->nquestions &&
            !game_session_answer(u->session, game_session_question_index(u->session))->timeout) {
            ui_act_args(u, GAME_ACT_CONTINUE, 0, 0, now);
            ui_after_step(u, now);
        }
        ui_kiosk_attract(u, now);
    }
}

static int min_wait(int a, int b)
{
    if (a < 0) return b;
    if (b < 0) return a;
    return a < b ? a : b;
}

/* ms to the next whole second of a countdown that ends at end. */
static int to_next_second(uint64_t end, uint64_t now)
{
    if (now >= end) return 0;
    int left = (int)((end - now) % 1000);
    return left ? left : 1000;
}

int ui_kiosk_wait(ui *u, uint64_t now)
{
    if (!u->cfg.kiosk.on) return -1;
    int w = -1;
    if (u->kiosk.corner_down && !u->kiosk.corner_fired)
        w = min_wait(w, now >= u->kiosk.corner_since + UI_KIOSK_CORNER_MS
                            ? 0
                            : (int)(u->kiosk.corner_since + UI_KIOSK_CORNER_MS - now));
    if (!ui_kiosk_playing(u)) return w;
    if (u->kiosk.still_there) return min_wait(w, to_next_second(u->kiosk.still_until, now));
    uint64_t at = u->kiosk.last_input + idle_ms(u);
    return min_wait(w, now >= at ? 0 : (int)(at - now));
}

/* ==== the attract loop ==================================================== */

static void attract_open(ui *u, uint64_t now)
{
    u->kiosk.attract_page = 0;
    u->kiosk.attract_next = now + UI_KIOSK_PAGE_MS;
    ui_screen_show(u, UI_SCREEN_ATTRACT);
}

/* Gamepads and buzzers start a round too. */
static bool attract_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    (void)ts;
    if (ev->type != INPUT_PAD_BUTTON) return false;
    start_round(u, now);
    return true;
}

/* Any key the shared ones left (L is the language, M the sound). */
static void attract_key(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    (void)ev, (void)ts;
    start_round(u, now);
}

static void attract_activate(ui *u, const ui_target *t, uint64_t now)
{
    if (t->kind == UI_T_LANGUAGE) {
        u->lang = u->lang == GAME_LANG_FR ? GAME_LANG_EN : GAME_LANG_FR;
        u->dirty = true;
    } else if (t->kind == UI_T_START) {
        start_round(u, now);
    }
}

uint64_t ui_kiosk_page_since(const ui *u)
{
    return u->kiosk.attract_next >= UI_KIOSK_PAGE_MS ? u->kiosk.attract_next - UI_KIOSK_PAGE_MS : 0;
}

static bool attract_update(ui *u, uint64_t now)
{
    if (u->kiosk.attract_next == 0) u->kiosk.attract_next = now + UI_KIOSK_PAGE_MS;
    if (now < u->kiosk.attract_next) return true;
    u->kiosk.attract_page = (u->kiosk.attract_page + 1) % UI_KIOSK_PAGES;
    u->kiosk.attract_next += UI_KIOSK_PAGE_MS;
    if (u->kiosk.attract_next <= now) u->kiosk.attract_next = now + UI_KIOSK_PAGE_MS;
    u->dirty = true;
    return true;
}

/* The next page's turn; while the teaser plays, frames at 30 a second at most. */
static int attract_wait(ui *u, uint64_t now)
{
    if (u->kiosk.attract_next == 0 || now >= u->kiosk.attract_next) return 0;
    if (u->kiosk.attract_page == UI_KIOSK_PAGE_TEASE && !ui_still(u) &&
        now < ui_kiosk_page_since(u) + UI_KIOSK_TEASER_MS)
        return 34;
    return (int)(u->kiosk.attract_next - now);
}

const ui_screen_view ui_screen_attract = {.open = attract_open,
                                          .layout = ui_kiosk_attract_layout,
                                          .input = attract_input,
                                          .key = attract_key,
                                          .activate = attract_activate,
                                          .update = attract_update,
                                          .wait = attract_wait};

/* ==== the end of a round ================================================== */

static void end_key(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    (void)ts;
    if (ev->key == INPUT_KEY_ENTER) start_round(u, now);
}

static void end_activate(ui *u, const ui_target *t, uint64_t now)
{
    if (t->kind == UI_T_AGAIN) start_round(u, now);
}

static bool end_update(ui *u, uint64_t now)
{
    if (now >= u->kiosk.end_until) ui_kiosk_attract(u, now);
    return true;
}

static int end_wait(ui *u, uint64_t now)
{
    return to_next_second(u->kiosk.end_until, now);
}

const ui_screen_view ui_screen_kiosk_end = {.layout = ui_kiosk_end_layout,
                                            .key = end_key,
                                            .activate = end_activate,
                                            .update = end_update,
                                            .wait = end_wait};

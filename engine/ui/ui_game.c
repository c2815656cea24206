/* ui_game.c — the game screen: its phases (intro, the question through its kind's view,
 * feedback, results), its keys after the shared ones, its pointer, its time. Acting on the
 * game and following its phases is ui_act.c.
 */
#include "ui_kinds.h"
#include "ui_screens.h"

#include <stdio.h>

#define LEAVE_CONFIRM_MS 3000

/* ==== the screen: its phases ============================================== */

static bool focused(const ui *u, int target_index)
{
    return u->focus == target_index;
}

static void intro_screen(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    gfx *g = u->g;
    const game_level *lv = game_session_level(u->session);
    (void)now;
    int bar = 0; /* no score bar yet: the level's title is the headline */
    int bw = ui_button_width(u, m, "intro.start", NULL), bh = m->body * 2;
    gfx_rect start = {m->W / 2 - bw / 2, m->H - ui_footer_height(m) - bh - m->pad, bw, bh};
    ui_add_target(t, UI_T_START, 0, start);
    ui_add_target(t, UI_T_BACK, 0, (gfx_rect){0, 0, 0, 0});
    if (!draw) return;
    int w = m->W - 4 * m->pad;
    int y = bar + m->pad * 2;
    int logo = m->big;
    ui_draw_logo(g, m->W / 2 - logo / 4, y + logo / 2, logo);
    y += logo + m->pad;
    const char *title = game_text_get(&lv->title, u->lang);
    int px = gfx_text_fit(g, title, GFX_FONT_BOLD, m->big, m->body, w, m->big * 3);
    y += ui_centered(u, title, GFX_FONT_BOLD, px, 2 * m->pad, y, w, UI_TEXT, true);
    y += m->pad;
    int count_y = start.y - m->pad - m->body * 6 / 5; /* at the lowest, just above the button */
    const char *desc = game_text_get(&lv->description, u->lang);
    if (*desc && count_y - m->pad > y) {
        gfx_rect box = {0, y, m->W, count_y - m->pad - y};
        int dpx = gfx_text_fit(g, desc, GFX_FONT_REGULAR, m->body, m->small, w, box.h);
        gfx_clip(g, &box);
        int dh = ui_centered(u, desc, GFX_FONT_REGULAR, dpx, 2 * m->pad, y, w, UI_MUTED, true);
        gfx_clip(g, NULL);
        y += dh + m->pad;
    }
    if (y > count_y) y = count_y;
    uint32_t minutes = game_level_minutes(lv, u->lang);
    char n1[24], n2[24], buf[128];
    snprintf(n1, sizeof n1, "%zu", lv->nquestions);
    snprintf(n2, sizeof n2, "%u", minutes);
    ui_fmt(u, buf, sizeof buf, "intro.count", n1, n2, NULL);
    if (lv->nquestions == 1 && game_kind_get(lv->questions[0].kind)->shape == GAME_SHAPE_PLAY)
        ui_fmt(u, buf, sizeof buf, "intro.game", n2, NULL, NULL);
    gfx_text(g, buf, GFX_FONT_BOLD, m->body, m->W / 2, y, GFX_ALIGN_CENTER, UI_ACCENT);
    ui_draw_button(g, m, start, ui_str(u, "intro.start"), UI_BTN_PRIMARY, ui_hovering(u, start),
                   u->pressed && ui_hovering(u, start), focused(u, 0));
    ui_footer(u, m, ui_str(u, "intro.hint"));
}

static void game_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    switch (game_session_phase(u->session)) {
    case GAME_PHASE_INTRO:
        intro_screen(u, m, now, draw, t);
        break;
    case GAME_PHASE_QUESTION:
        ui_kind_view_of(game_session_question(u->session)->kind)->question(u, m, now, draw, t);
        break;
    case GAME_PHASE_FEEDBACK:
        ui_feedback_screen(u, m, now, draw, t);
        break;
    case GAME_PHASE_RESULTS:
        ui_recap_screen(u, m, now, draw, t);
        break;
    case GAME_PHASE_MENU: /* the level was left: the menu, until the screen follows */
        ui_screen_menu.layout(u, m, now, draw, t);
        break;
    }
}

static void game_key(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    game_phase ph = game_session_phase(u->session);
    if (ev->key == INPUT_KEY_BACK) {
        if (ph == GAME_PHASE_QUESTION || ph == GAME_PHASE_FEEDBACK) {
            /* Leaving loses the run: ask for a second press. */
            if (now < u->leave_until) {
                ui_act_args(u, GAME_ACT_QUIT, 0, 0, now);
                ui_screen_open(u, UI_SCREEN_MENU, now);
            } else {
                u->leave_until = now + LEAVE_CONFIRM_MS;
                u->dirty = true;
            }
        } else {
            ui_act_args(u, GAME_ACT_QUIT, 0, 0, now);
            ui_screen_open(u, UI_SCREEN_MENU, now);
        }
        return;
    }
    switch (ph) {
    case GAME_PHASE_INTRO:
        if (ev->key == INPUT_KEY_ENTER) ui_act_args(u, GAME_ACT_START, 0, 0, now);
        break;
    case GAME_PHASE_QUESTION: /* its kind's view took its keys first */
        break;
    case GAME_PHASE_FEEDBACK:
        if (ev->key == INPUT_KEY_ENTER) ui_act_args(u, GAME_ACT_CONTINUE, 0, 0, now);
        if (ev->key == INPUT_KEY_UP || ev->key == INPUT_KEY_DOWN)
            ui_play_feedback_page(u, ev->key == INPUT_KEY_DOWN ? 1 : -1);
        break;
    case GAME_PHASE_RESULTS:
        if (ev->key == INPUT_KEY_LEFT || ev->key == INPUT_KEY_RIGHT) {
            u->focus = u->focus == 0 ? 1 : 0;
            u->dirty = true;
        } else if (ev->key == INPUT_KEY_UP || ev->key == INPUT_KEY_DOWN) {
            if (ev->key == INPUT_KEY_DOWN && u->recap.more) u->recap.scroll++;
            if (ev->key == INPUT_KEY_UP && u->recap.scroll > 0) u->recap.scroll--;
            u->dirty = true;
        } else if (ev->key == INPUT_KEY_ENTER) {
            const ui_target *t = ui_target_find(ts, u->focus == 1 ? UI_T_AGAIN : UI_T_BACK, 0);
            if (t) ui_activate(u, t, now);
        }
        break;
    case GAME_PHASE_MENU:
        break;
    }
}

/* ==== the screen's input and time ====================================== */

/* The question takes its keys and the pointer first, through its kind's view (a mini-game
 * every key but the engine's own, a typed answer M and L as letters); a paged game feedback
 * takes a tap on its pager, off every target, for its next rows. */
static bool game_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    game_phase ph = game_session_phase(u->session);
    if (ph == GAME_PHASE_QUESTION) {
        const ui_kind_view *v = ui_kind_view_of(game_session_question(u->session)->kind);
        return v->input ? v->input(u, ev, ts, now) : ui_kind_route(v, u, ev, ts, now);
    }
    if (ev->type == INPUT_POINTER_DOWN && ph == GAME_PHASE_FEEDBACK && u->play.paged &&
        !ui_target_at(ts, ev->x, ev->y) && ui_hit(u->play.pager, ev->x, ev->y)) {
        u->px = ev->x;
        u->py = ev->y;
        return ui_play_feedback_page(u, 1);
    }
    return false;
}

/* A typed answer's field has the keys while its question runs. */
static bool game_typing(const ui *u)
{
    return game_session_phase(u->session) == GAME_PHASE_QUESTION &&
           ui_kind_view_of(game_session_question(u->session)->kind)->typed;
}

static void game_activate(ui *u, const ui_target *t, uint64_t now)
{
    switch (game_session_phase(u->session)) {
    case GAME_PHASE_QUESTION:
        u->focus = -1; /* the pointer leads */
        break;
    case GAME_PHASE_MENU:
        ui_screen_menu.activate(u, t, now);
        return;
    default:
        break;
    }
    switch (t->kind) {
    case UI_T_START:
        ui_act_args(u, GAME_ACT_START, 0, 0, now);
        break;
    case UI_T_CHOICE:
        ui_act_args(u, GAME_ACT_CHOOSE, t->index, 0, now);
        break;
    case UI_T_SUBMIT:
        ui_act_args(u, GAME_ACT_SUBMIT, t->index, 0, now);
        break;
    case UI_T_CONTINUE:
        ui_act_args(u, GAME_ACT_CONTINUE, 0, 0, now);
        break;
    case UI_T_AGAIN:
        ui_open_level(u, u->cur_pack, u->cur_level, now);
        break;
    case UI_T_BACK:
        ui_act_args(u, GAME_ACT_QUIT, 0, 0, now);
        ui_screen_open(u, UI_SCREEN_MENU, now);
        break;
    case UI_T_SCROLL:
        if (t->index > 0 && u->recap.more) u->recap.scroll++;
        if (t->index < 0 && u->recap.scroll > 0) u->recap.scroll--;
        break;
    default:
        break; /* the question's own, through its kind's view */
    }
}

/* The wheel pages a game's feedback, or scrolls the results' recap. */
static void game_wheel(ui *u, const input_event *ev, uint64_t now)
{
    (void)now;
    if (ui_play_feedback_page(u, ev->dy < 0 ? 1 : -1)) return;
    if (game_session_phase(u->session) == GAME_PHASE_RESULTS) {
        if (ev->dy < 0 && u->recap.more) u->recap.scroll++;
        if (ev->dy > 0 && u->recap.scroll > 0) u->recap.scroll--;
        u->dirty = true;
    }
}

/* Time runs out on the question; a mini-game runs its frames. */
static bool game_update(ui *u, uint64_t now)
{
    if (game_session_phase(u->session) == GAME_PHASE_QUESTION) {
        game_error err = {0};
        long before = game_session_score(u->session);
        if (!game_step(u->session, NULL, 0, now, &err)) {
            ui_show_error(u, &err, now);
            return false;
        }
        if (game_session_phase(u->session) == GAME_PHASE_FEEDBACK) u->shown_score = before;
    }
    long before = game_session_score(u->session);
    game_phase ph = game_session_phase(u->session);
    ui_play_update(u, now);
    if (u->screen == UI_SCREEN_GAME && ph == GAME_PHASE_QUESTION &&
        game_session_phase(u->session) == GAME_PHASE_FEEDBACK)
        u->shown_score = before;
    return true;
}

static int game_wait(ui *u, uint64_t now)
{
    game_phase ph = game_session_phase(u->session);
    uint64_t since = game_session_phase_since(u->session);
    uint64_t anim_end = since + (ph == GAME_PHASE_FEEDBACK  ? UI_ANIM_PULSE
                                 : ph == GAME_PHASE_RESULTS ? UI_ANIM_RESULTS
                                                            : 0);
    if (now < anim_end && !ui_still(u)) return 16; /* an animation runs: about 60 a second */
    if (ui_play_live(u)) return 16;                /* a mini-game: 60 frames a second */
    if (ph == GAME_PHASE_QUESTION &&
        game_session_limit(u->session, game_session_question(u->session))) {
        if (ui_still(u)) /* reduced motion: the countdown moves with its seconds only */
            return ui_still_tick(game_session_time_left(u->session, now));
        /* The countdown bar moves: 30 frames a second is smooth enough for a bar. */
        return 33;
    }
    return -1;
}

const ui_screen_view ui_screen_game = {.layout = game_layout,
                                       .input = game_input,
                                       .key = game_key,
                                       .activate = game_activate,
                                       .wheel = game_wheel,
                                       .update = game_update,
                                       .wait = game_wait,
                                       .typing = game_typing,
                                       .level = true};

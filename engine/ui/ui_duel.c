/* ui_duel.c — duels and teams with buzzers: two to four players (or teams) on one screen, each
 * with a gamepad, a USB buzzer or four keys of the shared keyboard. Joining at set-up, the
 * keys and buttons during the questions, pads plugged in and out, the kiosk's own time. The
 * rules are game/game_duel.h; the drawing ui_duel_draw.c.
 */
#include "ui_duel_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const int UI_DUEL_KEYS_AT[UI_DUEL_GROUPS][GAME_DUEL_MAX_CHOICES] = {
    {30, 31, 32, 33}, /* 1 2 3 4 */
    {36, 37, 38, 39}, /* 7 8 9 0 */
    {29, 27, 6, 25},  /* Z X C V */
    {16, 54, 55, 56}, /* M , . / */
};

/* ==== who is who ========================================================== */

void ui_duel_name(const ui *u, int p, char *buf, size_t n)
{
    char num[16];
    snprintf(num, sizeof num, "%d", p + 1);
    ui_fmt(u, buf, n, "duel.team", num, NULL, NULL);
}

void ui_duel_key_name(const ui *u, int p, int pos, char *buf, size_t n)
{
    const ui_duel_player *pl = &u->duel->pl[p];
    if (pl->dev == UI_DUEL_KEYS) {
        input_scan_label(UI_DUEL_KEYS_AT[pl->group][pos], buf, n);
    } else if (pl->buzzer) {
        snprintf(buf, n, "%d", pos + 1); /* a buzzer's buttons are numbered */
    } else {
        static const char *const face[] = {"A", "B", "X", "Y"}; /* south, east, west, north */
        snprintf(buf, n, "%s", face[pos]);
    }
}

gfx_color ui_duel_color(int p)
{
    static const gfx_color c[GAME_DUEL_MAX_PLAYERS] = {
        {255, 196, 0, 255},   /* amber */
        {64, 196, 255, 255},  /* sky */
        {255, 110, 170, 255}, /* pink */
        {140, 230, 110, 255}, /* green */
    };
    return c[p & 3];
}

void ui_duel_draw_mark(ui *u, int p, int cx, int cy, int size)
{
    gfx *g = u->g;
    gfx_color c = ui_duel_color(p);
    int r = size / 2;
    switch (p & 3) {
    case 0:
        gfx_fill_circle(g, cx, cy, r, c);
        break;
    case 1:
        gfx_fill_rounded(g, (gfx_rect){cx - r * 9 / 10, cy - r * 9 / 10, r * 9 / 5, r * 9 / 5},
                         r / 5, c);
        break;
    case 2:
        gfx_fill_triangle(g, (float)cx, (float)(cy - r), (float)(cx + r * 23 / 20),
                          (float)(cy + r * 4 / 5), (float)(cx - r * 23 / 20),
                          (float)(cy + r * 4 / 5), c);
        break;
    default:
        gfx_fill_triangle(g, (float)cx, (float)(cy - r * 11 / 10), (float)(cx + r), (float)cy,
                          (float)(cx - r), (float)cy, c);
        gfx_fill_triangle(g, (float)cx, (float)(cy + r * 11 / 10), (float)(cx + r), (float)cy,
                          (float)(cx - r), (float)cy, c);
        break;
    }
    char num[16];
    snprintf(num, sizeof num, "%d", p + 1);
    int px = size * 45 / 100;
    gfx_text(g, num, GFX_FONT_BOLD, px, cx, cy - px * 6 / 10 + ((p & 3) == 2 ? size / 10 : 0),
             GFX_ALIGN_CENTER, UI_ON_PAPER);
}

/* ==== opening and leaving ================================================= */

void ui_duel_free(ui *u)
{
    if (!u->duel) return;
    game_duel_destroy(u->duel->d);
    free(u->duel);
    u->duel = NULL;
}

void ui_duel_open(ui *u, size_t pack, size_t level, uint64_t now)
{
    game_error err = {0};
    const game_level *lv = pack < u->npacks && level < u->packs[pack].nlevels
                               ? u->packs[pack].levels[level].level
                               : NULL;
    if (!lv) {
        game_error_set(&err, "", 0, "no such level for a duel");
        ui_show_error(u, &err, now);
        return;
    }
    ui_duel_free(u);
    game_duel *d = game_duel_create(lv, u->seed++, &err);
    if (!d) {
        ui_show_error(u, &err, now);
        return;
    }
    u->duel = calloc(1, sizeof *u->duel);
    if (!u->duel) {
        game_duel_destroy(d);
        return;
    }
    u->duel->d = d;
    u->duel->pack = pack;
    u->duel->level = level;
    ui_screen_show(u, UI_SCREEN_DUEL);
    u->dirty = true;
}

bool ui_duel_playing(const ui *u)
{
    if (u->screen != UI_SCREEN_DUEL || !u->duel) return false;
    game_duel_phase ph = game_duel_phase_of(u->duel->d);
    return ph == GAME_DUEL_QUESTION || ph == GAME_DUEL_REVEAL;
}

/* Leaves the duel: to the attract loop in the kiosk, else to the menu. */
static void leave(ui *u, uint64_t now)
{
    ui_duel_free(u);
    if (u->cfg.kiosk.on)
        ui_kiosk_attract(u, now);
    else
        ui_screen_open(u, UI_SCREEN_MENU, now);
    u->dirty = true;
}

static void notice(ui *u, uint64_t now, const char *key, int p)
{
    char name[64];
    ui_duel_name(u, p, name, sizeof name);
    ui_fmt(u, u->duel->notice, sizeof u->duel->notice, key, name, NULL, NULL);
    u->duel->notice_until = now + UI_DUEL_NOTICE_MS;
}

/* ==== the flow ============================================================ */

static void begin(ui *u, uint64_t now)
{
    if (!game_duel_start(u->duel->d, now)) return;
    audio_play(u->a, AUDIO_CLICK);
    u->duel->notice_until = 0; /* "Équipe 4 a rejoint…" is over */
}

static void next(ui *u, uint64_t now)
{
    game_duel *d = u->duel->d;
    switch (game_duel_phase_of(d)) {
    case GAME_DUEL_SETUP:
        begin(u, now);
        break;
    case GAME_DUEL_REVEAL:
        game_duel_next(d, now);
        break;
    case GAME_DUEL_END:
        game_duel_restart(d); /* Rejouer: the same players, back at set-up */
        break;
    default:
        break;
    }
}

/* The sounds of a question closing. */
static void follow(ui *u)
{
    game_duel *d = u->duel->d;
    int ph = (int)game_duel_phase_of(d);
    if (ph == u->duel->last_phase) return;
    if (ph == GAME_DUEL_REVEAL) {
        bool any = false;
        for (int i = 0; i < GAME_DUEL_MAX_PLAYERS; i++) {
            const game_duel_player *p = game_duel_player_get(d, i);
            any |= p->joined && p->correct;
        }
        audio_play(u->a, any ? AUDIO_RIGHT : AUDIO_TIMEUP);
    }
    u->duel->last_phase = ph;
}

static int player_of_pad(const ui *u, int pad)
{
    for (int i = 0; i < GAME_DUEL_MAX_PLAYERS; i++)
        if (u->duel->pl[i].dev == UI_DUEL_PAD && u->duel->pl[i].pad == pad &&
            game_duel_player_get(u->duel->d, i)->joined)
            return i;
    return -1;
}

static int player_of_group(const ui *u, int group)
{
    for (int i = 0; i < GAME_DUEL_MAX_PLAYERS; i++)
        if (u->duel->pl[i].dev == UI_DUEL_KEYS && u->duel->pl[i].group == group &&
            game_duel_player_get(u->duel->d, i)->joined)
            return i;
    return -1;
}

/* A press of player p's answer at position pos (their button or key number). */
static void press(ui *u, int p, int pos, uint64_t now)
{
    game_duel *d = u->duel->d;
    if (game_duel_phase_of(d) != GAME_DUEL_QUESTION) return;
    if (game_duel_answer(d, p, pos, now)) audio_play(u->a, AUDIO_CLICK);
}

static void join(ui *u, ui_duel_player dev, uint64_t now)
{
    int p = game_duel_join(u->duel->d);
    if (p < 0) return;
    u->duel->pl[p] = dev;
    audio_play(u->a, AUDIO_CLICK);
    notice(u, now, "duel.joined", p);
}

/* A pad's button: join at set-up, Start begins; an answer in a question; a new pad takes an
 * unplugged one's place. */
static void pad_button(ui *u, const input_event *ev, uint64_t now)
{
    game_duel *d = u->duel->d;
    game_duel_phase ph = game_duel_phase_of(d);
    int p = player_of_pad(u, ev->pad);
    if (p < 0) {
        if (ph == GAME_DUEL_SETUP) {
            if (ev->button == INPUT_PAD_START && game_duel_players(d) >= GAME_DUEL_MIN_PLAYERS) {
                begin(u, now);
                return;
            }
            join(u,
                 (ui_duel_player){
                     .dev = UI_DUEL_PAD, .pad = ev->pad, .buzzer = input_pad_plain(ev->pad)},
                 now);
            return;
        }
        /* mid-game: it takes the place of the first player whose pad was unplugged */
        for (int i = 0; i < GAME_DUEL_MAX_PLAYERS; i++) {
            ui_duel_player *pl = &u->duel->pl[i];
            if (pl->dev != UI_DUEL_PAD || !pl->unplugged) continue;
            pl->pad = ev->pad;
            pl->buzzer = input_pad_plain(ev->pad);
            pl->unplugged = false;
            game_duel_rejoin(d, i);
            notice(u, now, "duel.replaced", i);
            return;
        }
        return;
    }
    if (ev->button == INPUT_PAD_START) {
        if (ph != GAME_DUEL_QUESTION) next(u, now);
        return;
    }
    if (ev->button < GAME_DUEL_MAX_CHOICES) press(u, p, ev->button, now);
}

static void pad_removed(ui *u, int pad, uint64_t now)
{
    int p = player_of_pad(u, pad);
    if (p < 0) return;
    game_duel_remove(u->duel->d, p, now);
    if (game_duel_phase_of(u->duel->d) == GAME_DUEL_SETUP) {
        u->duel->pl[p] = (ui_duel_player){0};
        notice(u, now, "duel.left", p);
    } else {
        u->duel->pl[p].unplugged = true;
        notice(u, now, "duel.gone", p);
    }
}

/* A key of one of the four groups: join at set-up, an answer in a question. */
static bool group_key(ui *u, const input_event *ev, uint64_t now)
{
    for (int g = 0; g < UI_DUEL_GROUPS; g++)
        for (int k = 0; k < GAME_DUEL_MAX_CHOICES; k++) {
            if (ev->scan != UI_DUEL_KEYS_AT[g][k]) continue;
            game_duel_phase ph = game_duel_phase_of(u->duel->d);
            int p = player_of_group(u, g);
            if (ph == GAME_DUEL_SETUP && p < 0)
                join(u, (ui_duel_player){.dev = UI_DUEL_KEYS, .group = g}, now);
            else if (p >= 0)
                press(u, p, k, now);
            return true;
        }
    return false;
}

static bool duel_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    (void)ts;
    if (!u->duel) return false;
    switch (ev->type) {
    case INPUT_PAD_BUTTON:
        pad_button(u, ev, now);
        break;
    case INPUT_PAD_REMOVED:
        pad_removed(u, ev->pad, now);
        break;
    case INPUT_PAD_ADDED: /* it joins (or takes a place) with its first press */
        break;
    case INPUT_KEY:
        if (ev->ctrl || ev->alt) return false; /* Ctrl+Q, the operator's chord */
        if (!group_key(u, ev, now)) return false;
        break;
    default:
        return false;
    }
    follow(u);
    u->dirty = true;
    return true;
}

/* Enter (and Space) moves on, Esc leaves (not in the kiosk). */
static void duel_key(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    (void)ts;
    if (!u->duel) return;
    if (ev->key == INPUT_KEY_ENTER && game_duel_phase_of(u->duel->d) != GAME_DUEL_QUESTION)
        next(u, now);
    else if (ev->key == INPUT_KEY_BACK && !u->cfg.kiosk.on) {
        game_duel_phase ph = game_duel_phase_of(u->duel->d);
        if ((ph == GAME_DUEL_QUESTION || ph == GAME_DUEL_REVEAL) && now >= u->leave_until) {
            /* mid-game, a second Esc leaves: a stray press does not end a duel */
            u->leave_until = now + UI_DUEL_NOTICE_MS;
            snprintf(u->duel->notice, sizeof u->duel->notice, "%s", ui_str(u, "duel.leave"));
            u->duel->notice_until = u->leave_until;
        } else {
            u->leave_until = 0;
            leave(u, now);
        }
    } else
        return;
    if (u->duel) follow(u);
    u->dirty = true;
}

static void duel_activate(ui *u, const ui_target *t, uint64_t now)
{
    if (!u->duel) return;
    switch (t->kind) {
    case UI_T_START:
    case UI_T_CONTINUE:
    case UI_T_AGAIN:
        next(u, now);
        follow(u);
        break;
    case UI_T_BACK:
        leave(u, now);
        break;
    default:
        break;
    }
    u->dirty = true;
}

static bool duel_update(ui *u, uint64_t now)
{
    if (!u->duel) return true;
    game_duel *d = u->duel->d;
    game_duel_phase ph = game_duel_phase_of(d);
    game_duel_update(d, now);
    if (u->cfg.kiosk.on) { /* nobody minds the machine: it moves on by itself */
        uint64_t since = game_duel_since(d);
        if (ph == GAME_DUEL_REVEAL && now >= since + UI_DUEL_KIOSK_REVEAL_MS)
            game_duel_next(d, now);
        else if (ph == GAME_DUEL_END && now >= since + UI_DUEL_KIOSK_END_MS) {
            leave(u, now);
            return true;
        }
    }
    if (game_duel_phase_of(d) != ph) {
        follow(u);
        u->dirty = true;
    }
    if (u->duel->notice_until && now >= u->duel->notice_until) {
        u->duel->notice_until = 0;
        u->dirty = true;
    }
    return true;
}

/* A question's countdown moves every quarter second; the kiosk's own turns; a notice ends. */
static int duel_wait(ui *u, uint64_t now)
{
    if (!u->duel) return -1;
    game_duel *d = u->duel->d;
    int64_t w = -1;
    game_duel_phase ph = game_duel_phase_of(d);
    if (ph == GAME_DUEL_QUESTION) {
        uint32_t left = game_duel_time_left(d, now);
        w = ui_still(u) ? ui_still_tick(left) : left < 250 ? (int64_t)left : 250;
    } else if (u->cfg.kiosk.on && (ph == GAME_DUEL_REVEAL || ph == GAME_DUEL_END)) {
        uint64_t at = game_duel_since(d) +
                      (ph == GAME_DUEL_REVEAL ? UI_DUEL_KIOSK_REVEAL_MS : UI_DUEL_KIOSK_END_MS);
        w = at > now ? (int64_t)(at - now) : 0;
    }
    if (u->duel->notice_until > now) {
        int64_t n = (int64_t)(u->duel->notice_until - now);
        if (w < 0 || n < w) w = n;
    }
    return (int)w;
}

const ui_screen_view ui_screen_duel = {.layout = ui_duel_layout,
                                       .input = duel_input,
                                       .key = duel_key,
                                       .activate = duel_activate,
                                       .update = duel_update,
                                       .wait = duel_wait};

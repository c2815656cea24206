/* ui_nick.c — the two text fields of kept results: who plays (a nickname, checked by the
 * records, or nobody) before a level, and the name a trainer gives the session runs are
 * grouped under.
 */
#include "ui_keyboard.h"
#include "ui_kiosk.h"

#include <stdio.h>
#include <string.h>

/* ==== the nickname ======================================================== */

void ui_nick_open(ui *u, size_t pack, size_t level, uint64_t now)
{
    u->nick.pack = pack;
    u->nick.level = level;
    ui_screen_open(u, UI_SCREEN_NICK, now);
}

static void nick_open(ui *u, uint64_t now)
{
    (void)now;
    snprintf(u->nick.draft, sizeof u->nick.draft, "%s",
             u->nick.name); /* Enter keeps the last one */
    if (ui_kiosk_nick(u)) { /* a stand: never the last visitor's name; the keyboard at once */
        u->nick.draft[0] = u->nick.name[0] = '\0';
        u->keyboard.want = true;
        u->keyboard.page = u->keyboard.shift = 0;
    }
    u->nick.bad = false;
    u->screen = UI_SCREEN_NICK;
    u->focus = -1;
    u->dirty = true;
}

static void nick_go(ui *u, bool anonymous, uint64_t now)
{
    char ok[sizeof u->nick.name];
    if (anonymous || !u->nick.draft[0] || (ui_kiosk_nick(u) && !u->cfg.records.nick_valid)) {
        u->nick.name[0] = '\0';
    } else if (u->cfg.records.nick_valid &&
               u->cfg.records.nick_valid(u->nick.draft, ok, sizeof ok)) {
        snprintf(u->nick.name, sizeof u->nick.name, "%s", ok);
    } else {
        u->nick.bad = true;
        u->dirty = true;
        return;
    }
    if (ui_kiosk_nick(u))
        ui_kiosk_play(u, now); /* straight at the first question */
    else
        ui_open_level(u, u->nick.pack, u->nick.level, now);
}

/* Both screens are a text field: every key that types is text (ui_app.c). */
static bool text_field(const ui *u)
{
    (void)u;
    return true;
}

/* Typing: characters arrive as text; the keys left edit, give the name or go back. */
static bool nick_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    (void)ts;
    u->dirty = true;
    if (ev->type == INPUT_TEXT) {
        size_t chars = 0;
        for (const char *p = u->nick.draft; *p; p++) chars += ((unsigned char)*p & 0xC0) != 0x80;
        if (chars < GAME_NICK_MAX &&
            strlen(u->nick.draft) + strlen(ev->text) < sizeof u->nick.draft)
            strcat(u->nick.draft, ev->text);
        u->nick.bad = false;
        return true;
    }
    if (ev->type != INPUT_KEY) return false;
    switch (ev->key) {
    case INPUT_KEY_ERASE:
        ui_erase_last(u->nick.draft);
        u->nick.bad = false;
        return true;
    case INPUT_KEY_ENTER:
        nick_go(u, false, now);
        return true;
    case INPUT_KEY_BACK:
        u->screen = UI_SCREEN_MENU;
        u->focus = -1;
        return true;
    case INPUT_KEY_FULLSCREEN:
    case INPUT_KEY_QUIT:
        return false;
    default:
        return true; /* no shortcut acts in a text field */
    }
}

/* Its buttons: 0 play, 1 play without a name. */
static void nick_activate(ui *u, const ui_target *t, uint64_t now)
{
    if (t->kind == UI_T_NICK) nick_go(u, t->index == 1, now);
}

/* The level's title, the question, the field, a line on privacy, the buttons. With the
 * on-screen keyboard up, all of it above the keyboard, from the top. */
static void nick_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    (void)now;
    gfx *g = u->g;
    int w = m->W - 4 * m->pad;
    int kb = ui_keyboard_top(u, m);
    int bw = ui_button_width(u, m, "nick.play", "nick.anonymous"), bh = m->body * 2;
    int by = kb < m->H ? kb - m->gap * 2 - bh : m->H * 2 / 3;
    gfx_rect play = {m->W / 2 + m->gap, by, bw, bh};
    gfx_rect anon = {m->W / 2 - m->gap - bw, by, bw, bh};
    ui_add_target(t, UI_T_NICK, 0, play);
    ui_add_target(t, UI_T_NICK, 1, anon);
    const ui_level *l = &u->packs[u->nick.pack].levels[u->nick.level];
    int y = kb < m->H ? m->pad : m->H / 8;
    if (l->level)
        y += ui_centered(u, game_text_get(&l->level->title, u->lang), GFX_FONT_BOLD, m->prompt,
                         2 * m->pad, y, w, UI_ACCENT, draw) +
             m->gap * 2;
    y += ui_centered(u, ui_str(u, "nick.ask"), GFX_FONT_BOLD, m->body, 2 * m->pad, y, w, UI_TEXT,
                     draw) +
         m->gap;
    gfx_rect field = {m->W / 2 - m->W / 4, y, m->W / 2, m->body * 2};
    ui_keyboard_field(t, field);
    if (draw) {
        ui_draw_text_field(u, m, field, u->nick.draft);
        y = field.y + field.h + m->gap;
        ui_centered(u, ui_str(u, u->nick.bad ? "nick.bad" : "nick.privacy"), GFX_FONT_REGULAR,
                    m->small, 2 * m->pad, y, w, u->nick.bad ? UI_WRONG_TEXT : UI_MUTED, true);
        ui_draw_button(g, m, play, ui_str(u, "nick.play"), UI_BTN_PRIMARY, ui_hovering(u, play),
                       u->pressed && ui_hovering(u, play), false);
        ui_draw_button(g, m, anon, ui_str(u, "nick.anonymous"), UI_BTN_NORMAL, ui_hovering(u, anon),
                       u->pressed && ui_hovering(u, anon), false);
        if (kb == m->H)
            ui_footer(u, m, ui_str(u, ui_kiosk_nick(u) ? "kiosk.nick_hint" : "nick.keys"));
    }
    ui_keyboard_layout(u, m, draw, t);
}

const ui_screen_view ui_screen_nick = {.open = nick_open,
                                       .layout = nick_layout,
                                       .input = nick_input,
                                       .activate = nick_activate,
                                       .typing = text_field};

/* ==== a trainer names the session ========================================= */

void ui_set_session(ui *u, const char *name)
{
    snprintf(u->trainer.session, sizeof u->trainer.session, "%s", name ? name : "");
    u->dirty = true;
}

static void session_open(ui *u, uint64_t now)
{
    (void)now;
    snprintf(u->trainer.draft, sizeof u->trainer.draft, "%s", u->trainer.session);
    u->screen = UI_SCREEN_SESSION;
    u->focus = -1;
    u->dirty = true;
}

static bool session_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    (void)ts, (void)now;
    u->dirty = true;
    if (ev->type == INPUT_TEXT) {
        if (strlen(u->trainer.draft) + strlen(ev->text) < 61 && (unsigned char)ev->text[0] >= 0x20)
            strcat(u->trainer.draft, ev->text);
        return true;
    }
    if (ev->type != INPUT_KEY) return false;
    switch (ev->key) {
    case INPUT_KEY_ERASE:
        ui_erase_last(u->trainer.draft);
        return true;
    case INPUT_KEY_ENTER: {
        /* trimmed; empty: no session */
        char *s = u->trainer.draft;
        while (*s == ' ') s++;
        size_t n = strlen(s);
        while (n && s[n - 1] == ' ') n--;
        snprintf(u->trainer.session, sizeof u->trainer.session, "%.*s", (int)n, s);
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

/* The question, the field, what a session is for; the on-screen keyboard under them when up
 * (its OK names the session, as Enter does). */
static void session_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    (void)now;
    int w = m->W - 4 * m->pad;
    int kb = ui_keyboard_top(u, m);
    int y = kb < m->H ? m->pad * 2 : m->H / 6;
    y += ui_centered(u, ui_str(u, "session.ask"), GFX_FONT_BOLD, m->body, 2 * m->pad, y, w,
                     UI_ACCENT, draw) +
         m->gap;
    gfx_rect field = {m->pad * 2, y, m->W - 4 * m->pad, m->body * 2};
    ui_keyboard_field(t, field);
    if (draw) {
        ui_draw_text_field(u, m, field, u->trainer.draft);
        y = field.y + field.h + m->gap;
        ui_centered(u, ui_str(u, "session.help"), GFX_FONT_REGULAR, m->small, 2 * m->pad, y, w,
                    UI_MUTED, true);
        if (kb == m->H) ui_footer(u, m, ui_str(u, "session.keys"));
    }
    ui_keyboard_layout(u, m, draw, t);
}

const ui_screen_view ui_screen_session = {
    .open = session_open, .layout = session_layout, .input = session_input, .typing = text_field};

/* ui_fixture.h — an offscreen ui on one level file, already at one of its questions: the setup
 * the ui tests share. Criterion tests only (it asserts). */
#ifndef VIGIE_TESTS_UI_FIXTURE_H
#define VIGIE_TESTS_UI_FIXTURE_H

#include "common.h"
#include "app/app.h"
#include "gfx/gfx.h"
#include "input/input.h"
#include "script/script.h"
#include "ui/ui.h"
#include "ui/ui_internal.h"
#include "ui/ui_keyboard.h"

#include <SDL.h>
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    gfx *g;
    game_catalog cat;
    app_levels lv;
    ui *u;
    uint64_t now; /* the ui's clock, in ms: tests move it forward themselves */
} ui_fixture;

static inline void ui_fixture_open(ui_fixture *f, int w, int h, const char *file, game_lang lang,
                                   uint64_t seed, size_t question)
{
    char err[256];
    game_error gerr = {0};
    f->g = gfx_create_offscreen(w, h, err, sizeof err);
    cr_assert_not_null(f->g, "%s", err);
    cr_assert(script_catalog_load(&f->cat, &gerr), "%s", gerr.message);
    app_levels_load_file(&f->lv, file, seed);
    ui_config cfg = {.lang = lang, .seed = seed};
    f->u = ui_create(f->g, NULL, &f->cat, f->lv.packs, f->lv.npacks, &cfg);
    f->now = 1000;
    cr_assert(ui_goto(f->u, "question", question, UI_ANSWER_RIGHT, &f->now, &gerr), "%s",
              gerr.message);
}

static inline void ui_fixture_close(ui_fixture *f)
{
    ui_destroy(f->u);
    app_levels_unload(&f->lv);
    game_catalog_deinit(&f->cat);
    gfx_destroy(f->g);
}

/* ---- a person at the keyboard: SDL events in the order SDL sends them, through input/ ---- */

/* One SDL event through input_from_sdl into the ui, as the app's loop does (the window is
 * taken to be 1280×720 points, one pixel each: touch positions are scaled by it). */
static inline void ui_fixture_sdl(ui *u, const SDL_Event *ev, uint64_t *now)
{
    input_event ie;
    if (input_from_sdl(ev, 1280, 720, 1.0f, &ie)) ui_input(u, &ie, *now += 20);
    ui_update(u, *now);
    ui_draw(u, *now);
}

static inline void ui_fixture_key_event(ui *u, Uint32 type, SDL_Keycode sym, Uint16 mod,
                                        uint64_t *now)
{
    SDL_Event ev = {0};
    ev.type = type;
    ev.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
    ev.key.keysym.sym = sym;
    ev.key.keysym.mod = mod;
    ui_fixture_sdl(u, &ev, now);
}

/* A key that types nothing (Enter, an arrow, Escape, F11…): down, then up. */
static inline void ui_fixture_press(ui *u, SDL_Keycode sym, uint64_t *now)
{
    ui_fixture_key_event(u, SDL_KEYDOWN, sym, KMOD_NONE, now);
    ui_fixture_key_event(u, SDL_KEYUP, sym, KMOD_NONE, now);
}

/* A click as a mouse makes it at window point (x, y): a motion there, the left button down,
 * then up. */
static inline void ui_fixture_click(ui *u, int x, int y, uint64_t *now)
{
    SDL_Event ev = {0};
    ev.type = SDL_MOUSEMOTION;
    ev.motion.x = x;
    ev.motion.y = y;
    ui_fixture_sdl(u, &ev, now);
    ev = (SDL_Event){0};
    ev.type = SDL_MOUSEBUTTONDOWN;
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.state = SDL_PRESSED;
    ev.button.x = x;
    ev.button.y = y;
    ui_fixture_sdl(u, &ev, now);
    ev.type = SDL_MOUSEBUTTONUP;
    ev.button.state = SDL_RELEASED;
    ui_fixture_sdl(u, &ev, now);
}

/* A tap of a finger at window point (x, y): down, then up (no mouse events: input/ drops
 * the ones SDL makes from touches). */
static inline void ui_fixture_tap(ui *u, int x, int y, uint64_t *now)
{
    SDL_Event ev = {0};
    ev.type = SDL_FINGERDOWN;
    ev.tfinger.x = ((float)x + 0.5f) / 1280.0f;
    ev.tfinger.y = ((float)y + 0.5f) / 720.0f;
    ev.tfinger.pressure = 1.0f;
    ui_fixture_sdl(u, &ev, now);
    ev.type = SDL_FINGERUP;
    ev.tfinger.pressure = 0.0f;
    ui_fixture_sdl(u, &ev, now);
}

/* Types UTF-8 text as a person does: for each character its key down (its keysym: the
 * lower-case letter with Shift for a capital, SDLK_SPACE, SDLK_MINUS…, a non-ASCII
 * character's code point, as SDL gives it), the text it makes, then its key up. */
static inline void ui_fixture_type(ui *u, const char *text, uint64_t *now)
{
    for (const unsigned char *p = (const unsigned char *)text; *p;) {
        size_t len = *p < 0x80 ? 1 : *p < 0xE0 ? 2 : *p < 0xF0 ? 3 : 4;
        SDL_Keycode sym;
        Uint16 mod = KMOD_NONE;
        if (*p >= 'A' && *p <= 'Z') {
            sym = SDLK_a + (*p - 'A');
            mod = KMOD_LSHIFT;
        } else if (len == 1) {
            sym = *p; /* SDLK_SPACE is ' ', SDLK_MINUS '-', SDLK_0 '0', SDLK_a 'a'… */
        } else {
            unsigned cp = *p & (0xFF >> (len + 1));
            for (size_t k = 1; k < len; k++) cp = cp << 6 | (p[k] & 0x3F);
            sym = (SDL_Keycode)cp;
        }
        ui_fixture_key_event(u, SDL_KEYDOWN, sym, mod, now);
        SDL_Event te = {0};
        te.type = SDL_TEXTINPUT;
        memcpy(te.text.text, p, len);
        ui_fixture_sdl(u, &te, now);
        ui_fixture_key_event(u, SDL_KEYUP, sym, mod, now);
        p += len;
    }
}

/* ---- the same at another window size (1024×768…): touch positions scale by w×h ---- */

static inline void ui_fixture_sdl_sized(ui *u, const SDL_Event *ev, int w, int h, uint64_t *now)
{
    input_event ie;
    if (input_from_sdl(ev, w, h, 1.0f, &ie)) ui_input(u, &ie, *now += 20);
    ui_update(u, *now);
    ui_draw(u, *now);
}

/* A tap of a finger at point (x, y) of a window of w×h points. */
static inline void ui_fixture_tap_sized(ui *u, int x, int y, int w, int h, uint64_t *now)
{
    SDL_Event ev = {0};
    ev.type = SDL_FINGERDOWN;
    ev.tfinger.x = ((float)x + 0.5f) / (float)w;
    ev.tfinger.y = ((float)y + 0.5f) / (float)h;
    ev.tfinger.pressure = 1.0f;
    ui_fixture_sdl_sized(u, &ev, w, h, now);
    ev.type = SDL_FINGERUP;
    ev.tfinger.pressure = 0.0f;
    ui_fixture_sdl_sized(u, &ev, w, h, now);
}

/* ---- a finger on the on-screen keyboard, at a window of w×h points ---- */

/* Taps the key of the page shown that reads label; false when none does. */
static inline bool ui_fixture_tap_label(ui *u, const char *label, int w, int h, uint64_t *now)
{
    ui_targets ts = {0};
    ui_screen_layout(u, *now, false, &ts);
    for (int i = 0; i < ts.n; i++) {
        const char *l = ts.t[i].kind == UI_T_KEY ? ui_keyboard_label(u, ts.t[i].index) : NULL;
        if (l && strcmp(l, label) == 0) {
            ui_fixture_tap_sized(u, ts.t[i].r.x + ts.t[i].r.w / 2, ts.t[i].r.y + ts.t[i].r.h / 2, w,
                                 h, now);
            return true;
        }
    }
    return false;
}

/* Taps the key that reads label on the page shown, with Shift if it must; false when none. */
static inline bool ui_fixture_tap_on_page(ui *u, const char *label, int w, int h, uint64_t *now)
{
    if (ui_fixture_tap_label(u, label, w, h, now)) return true;
    if (!ui_fixture_tap_label(u, "⇧", w, h, now)) return false;
    if (ui_fixture_tap_label(u, label, w, h, now)) return true;
    ui_fixture_tap_label(u, "⇧", w, h, now); /* Shift again is caps lock, once more off */
    ui_fixture_tap_label(u, "⇪", w, h, now);
    return false;
}

/* Types one character as a person looks for it: on the page shown, else on the other one. */
static inline void ui_fixture_tap_char(ui *u, const char *c, int w, int h, uint64_t *now)
{
    const char *label = strcmp(c, " ") == 0 ? (ui_lang(u) == GAME_LANG_FR ? "espace" : "space") : c;
    if (ui_fixture_tap_on_page(u, label, w, h, now)) return;
    if (!ui_fixture_tap_label(u, "?123", w, h, now))
        cr_assert(ui_fixture_tap_label(u, "ABC", w, h, now), "no key to the other page");
    cr_assert(ui_fixture_tap_on_page(u, label, w, h, now), "no key types %s", c);
}

/* Types UTF-8 text key by key on the on-screen keyboard. */
static inline void ui_fixture_tap_text(ui *u, const char *text, int w, int h, uint64_t *now)
{
    for (const unsigned char *p = (const unsigned char *)text; *p;) {
        size_t len = *p < 0x80 ? 1 : *p < 0xE0 ? 2 : *p < 0xF0 ? 3 : 4;
        char c[8] = {0};
        memcpy(c, p, len);
        ui_fixture_tap_char(u, c, w, h, now);
        p += len;
    }
}

/* ---- kept results that keep nothing but say they do: the menu asks who plays, offers T ---- */

static inline void ui_fixture_no_run_begin(void *ud, const ui_run_record *r)
{
    (void)ud, (void)r;
}

static inline void ui_fixture_no_answer(void *ud, const ui_answer_record *a)
{
    (void)ud, (void)a;
}

static inline void ui_fixture_no_run_end(void *ud, long score)
{
    (void)ud, (void)score;
}

static inline bool ui_fixture_any_nick(const char *in, char *out, size_t n)
{
    snprintf(out, n, "%s", in);
    return true;
}

static inline size_t ui_fixture_no_best(void *ud, const char *pack, const char *level,
                                        game_period p, game_board_row *out, size_t max)
{
    (void)ud, (void)pack, (void)level, (void)p, (void)out, (void)max;
    return 0;
}

static inline bool ui_fixture_empty_report(void *ud, const char *session, game_report *out,
                                           game_error *err)
{
    (void)ud, (void)session, (void)err;
    memset(out, 0, sizeof *out);
    return true;
}

static inline void ui_fixture_no_report_free(game_report *r)
{
    (void)r;
}

/* Such records; with reads, they also read (empty boards, an empty report): R and Bilan show. */
static inline ui_records ui_fixture_records(bool reads)
{
    ui_records r = {.run_begin = ui_fixture_no_run_begin,
                    .answer = ui_fixture_no_answer,
                    .run_end = ui_fixture_no_run_end,
                    .nick_valid = ui_fixture_any_nick};
    if (reads) {
        r.best = ui_fixture_no_best;
        r.report = ui_fixture_empty_report;
        r.report_free = ui_fixture_no_report_free;
    }
    return r;
}

#endif

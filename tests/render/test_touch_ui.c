/* test_touch_ui.c — a touch screen with no keyboard, as a person uses it: finger taps (SDL
 * finger events through input/) on the keys of the on-screen keyboard, which type what the
 * physical keys type into the nickname, the session's name and the typed answers; the menu's
 * buttons for the session and its report; a physical keyboard that never gets the on-screen
 * one. Asserts on what the game and the ui recorded; the last tests compare screenshots of the
 * keyboard up with tests/golden/kb-*.png (VIGIE_UPDATE_GOLDEN=1 rewrites them: look at them). */
#include "../common.h"
#include "audio/audio.h"
#include "ui/ui_internal.h"
#include "ui/ui_keyboard.h"
#include "golden.h"
#include "ui_fixture.h"

#include <SDL_image.h>
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static ui_fixture F;
static ui *u;
static uint64_t now;
static int win_w = 1280, win_h = 720;
static audio *snd;

#define KINDS VIGIE_SOURCE_DIR "/tests/data/kinds-level.lua"

/* ==== setting up ========================================================== */

/* At question (1-based) of the kinds level, reached by ui_goto: no finger has pressed yet. */
static void open_at(int w, int h, game_lang lang, size_t question)
{
    win_w = w, win_h = h;
    ui_fixture_open(&F, w, h, KINDS, lang, 3, question);
    u = F.u;
    now = F.now - 3000; /* well within the time limit */
}

/* Records that keep nothing but say they do: the menu asks who plays, offers the session and,
 * once it is named, its report. */
/* The menu, with results kept, the sound at 80 % (muted: no device in a test), a session
 * already named or not. */
static void open_menu(int w, int h, game_lang lang, const char *session)
{
    char err[256];
    game_error gerr = {0};
    win_w = w, win_h = h;
    F.g = gfx_create_offscreen(w, h, err, sizeof err);
    cr_assert_not_null(F.g, "%s", err);
    cr_assert(script_catalog_load(&F.cat, &gerr), "%s", gerr.message);
    app_levels_load_file(&F.lv, KINDS, 3);
    snd = audio_create(80);
    audio_toggle_mute(snd);
    ui_config cfg = {.lang = lang,
                     .seed = 3,
                     .skip_title = true,
                     .session = session,
                     .records = ui_fixture_records(true)};
    F.u = u = ui_create(F.g, snd, &F.cat, F.lv.packs, F.lv.npacks, &cfg);
    now = 1000;
    ui_draw(u, now);
    cr_assert_eq(u->screen, UI_SCREEN_MENU);
}

static void close_menu(void)
{
    ui_fixture_close(&F);
    audio_destroy(snd);
    snd = NULL;
}

/* ==== a person's finger =================================================== */

static void targets(ui_targets *ts)
{
    ui_screen_layout(u, now, false, ts);
}

static void tap_at(int x, int y)
{
    ui_fixture_tap_sized(u, x, y, win_w, win_h, &now);
}

/* Taps the first target of this kind and index on the screen shown. */
static void tap_target(ui_target_kind kind, int index)
{
    ui_targets ts;
    targets(&ts);
    const ui_target *t = ui_target_find(&ts, kind, index);
    cr_assert_not_null(t, "no target %d/%d on this screen", kind, index);
    tap_at(t->r.x + t->r.w / 2, t->r.y + t->r.h / 2);
}

static int keys_shown(void)
{
    ui_targets ts;
    targets(&ts);
    int n = 0;
    for (int i = 0; i < ts.n; i++) n += ts.t[i].kind == UI_T_KEY;
    return n;
}

static bool tap_label(const char *label)
{
    return ui_fixture_tap_label(u, label, win_w, win_h, &now);
}

static void tap_text(const char *text)
{
    ui_fixture_tap_text(u, text, win_w, win_h, &now);
}

static void tap_ok(void)
{
    cr_assert(tap_label("OK"), "no OK key");
}

static const game_answer *answer(size_t qi)
{
    return game_session_answer(u->session, qi);
}

static game_phase phase(void)
{
    return game_session_phase(u->session);
}

/* ==== the nickname ======================================================== */

Test(touch_ui, tapping_z_o_e_acute_dash_2_then_ok_plays_as_zoe_dash_2)
{
    open_menu(1280, 720, GAME_LANG_FR, NULL);
    tap_target(UI_T_LEVEL, 0);
    cr_assert_eq(u->screen, UI_SCREEN_NICK);
    cr_assert_gt(keys_shown(), 30, "a finger reached the field: the keyboard is up");
    tap_text("Z");
    tap_text("o");
    tap_text("é");
    tap_text("-");
    tap_text("2");
    cr_assert_str_eq(u->nick.draft, "Zoé-2");
    tap_ok();
    cr_assert_str_eq(u->nick.name, "Zoé-2");
    cr_assert_eq(u->screen, UI_SCREEN_GAME);
    close_menu();
}

Test(touch_ui, the_keys_m_l_plus_and_minus_are_letters_never_shortcuts)
{
    open_menu(1280, 720, GAME_LANG_FR, NULL);
    tap_target(UI_T_LEVEL, 0);
    tap_text("ml+-M");
    cr_assert_str_eq(u->nick.draft, "ml+-M");
    cr_assert_eq(audio_volume(snd), 80);
    cr_assert(audio_muted(snd));
    cr_assert_eq(ui_lang(u), GAME_LANG_FR);
    close_menu();
}

Test(touch_ui, backspace_on_the_keyboard_erases_one_accented_letter)
{
    open_menu(1280, 720, GAME_LANG_EN, NULL);
    tap_target(UI_T_LEVEL, 0);
    tap_text("Léa");
    tap_label("⌫");
    tap_label("⌫");
    cr_assert_str_eq(u->nick.draft, "L");
    close_menu();
}

/* ==== typed answers ======================================================= */

Test(touch_ui, tapping_signal_spam_then_ok_is_judged_right)
{
    open_at(1280, 720, GAME_LANG_FR, 3);
    cr_assert_eq(keys_shown(), 0, "no finger yet: no keyboard");
    tap_target(UI_T_FIELD, 0);
    cr_assert_gt(keys_shown(), 30);
    tap_text("signal spam");
    cr_assert_eq(phase(), GAME_PHASE_QUESTION, "the space key is a space, not Submit");
    cr_assert_str_eq(game_session_draft(u->session)->text, "signal spam");
    tap_ok();
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    cr_assert_str_eq(answer(2)->resp.text, "signal spam");
    cr_assert(answer(2)->correct);
    ui_fixture_close(&F);
}

Test(touch_ui, a_tapped_passphrase_with_spaces_and_symbols_reaches_the_model_whole)
{
    open_at(1024, 768, GAME_LANG_EN, 6);
    cr_assert_eq(game_session_question(u->session)->kind, GAME_KIND_PASSWORD);
    tap_target(UI_T_FIELD, 0);
    tap_text("Cheval violet_7 mange #nuages? @ok!");
    cr_assert_eq(phase(), GAME_PHASE_QUESTION);
    tap_ok();
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    cr_assert_str_eq(answer(5)->resp.text, "Cheval violet_7 mange #nuages? @ok!");
    ui_fixture_close(&F);
}

Test(touch_ui, a_typed_question_reached_by_a_tap_comes_with_the_keyboard)
{
    open_at(1280, 720, GAME_LANG_FR, 2);
    game_error err = {0};
    cr_assert(ui_goto(u, "feedback", 2, UI_ANSWER_RIGHT, &now, &err), "%s", err.message);
    tap_target(UI_T_CONTINUE, 0);
    cr_assert_eq(phase(), GAME_PHASE_QUESTION);
    cr_assert_eq(game_session_question(u->session)->kind, GAME_KIND_INPUT);
    cr_assert_gt(keys_shown(), 30);
    ui_fixture_close(&F);
}

/* ==== a physical keyboard ================================================= */

Test(touch_ui, with_a_physical_keyboard_no_on_screen_keyboard_appears)
{
    open_menu(1280, 720, GAME_LANG_FR, NULL);
    ui_fixture_press(u, SDLK_RETURN, &now);
    cr_assert_eq(u->screen, UI_SCREEN_NICK);
    cr_assert_eq(keys_shown(), 0);
    ui_fixture_type(u, "Bo", &now);
    cr_assert_eq(keys_shown(), 0);
    ui_fixture_press(u, SDLK_RETURN, &now);
    cr_assert_str_eq(u->nick.name, "Bo");
    close_menu();
}

Test(touch_ui, a_physical_key_hides_the_keyboard_a_finger_brought)
{
    open_at(1280, 720, GAME_LANG_FR, 3);
    tap_target(UI_T_FIELD, 0);
    cr_assert_gt(keys_shown(), 30);
    ui_fixture_type(u, "s", &now);
    cr_assert_eq(keys_shown(), 0);
    cr_assert_str_eq(game_session_draft(u->session)->text, "s");
    ui_targets ts;
    targets(&ts);
    cr_assert_not_null(ui_target_find(&ts, UI_T_SUBMIT, 0),
                       "Submit is back with the keyboard gone");
    ui_fixture_close(&F);
}

/* ==== where the keys are ================================================== */

/* Every key at least 44 px each way, and every other target (the field, the buttons) above
 * the keyboard, on the nick screen and a password question at both sizes. */
static void check_room(void)
{
    ui_targets ts;
    targets(&ts);
    int top = win_h, keys = 0;
    for (int i = 0; i < ts.n; i++)
        if (ts.t[i].kind == UI_T_KEY) {
            keys++;
            cr_assert_geq(ts.t[i].r.w, 44, "key %d is %d px wide", ts.t[i].index, ts.t[i].r.w);
            cr_assert_geq(ts.t[i].r.h, 44, "key %d is %d px high", ts.t[i].index, ts.t[i].r.h);
            cr_assert_leq(ts.t[i].r.x + ts.t[i].r.w, win_w);
            cr_assert_geq(ts.t[i].r.x, 0);
            if (ts.t[i].r.y < top) top = ts.t[i].r.y;
        }
    cr_assert_gt(keys, 30);
    for (int i = 0; i < ts.n; i++)
        if (ts.t[i].kind != UI_T_KEY && ts.t[i].r.w > 0)
            cr_assert_leq(ts.t[i].r.y + ts.t[i].r.h, top, "target %d reaches under the keyboard",
                          ts.t[i].kind);
}

Test(touch_ui, keys_are_a_finger_wide_and_nothing_hides_under_them)
{
    static const int sizes[][2] = {{1280, 720}, {1024, 768}};
    for (int s = 0; s < 2; s++) {
        open_menu(sizes[s][0], sizes[s][1], GAME_LANG_FR, NULL);
        tap_target(UI_T_LEVEL, 0);
        check_room();
        tap_label("?123");
        check_room();
        close_menu();
        open_at(sizes[s][0], sizes[s][1], GAME_LANG_EN, 6);
        tap_target(UI_T_FIELD, 0);
        check_room();
        ui_fixture_close(&F);
    }
}

/* ==== the menu's buttons ================================================== */

Test(touch_ui, the_session_button_opens_its_field_and_the_report_button_its_report)
{
    open_menu(1280, 720, GAME_LANG_FR, NULL);
    ui_targets ts;
    targets(&ts);
    cr_assert_null(ui_target_find(&ts, UI_T_REPORT, 0), "no report before a session is named");
    tap_target(UI_T_SESSION, 0);
    cr_assert_eq(u->screen, UI_SCREEN_SESSION);
    cr_assert_gt(keys_shown(), 30);
    tap_text("2nde B");
    tap_ok();
    cr_assert_eq(u->screen, UI_SCREEN_MENU);
    cr_assert_str_eq(u->trainer.session, "2nde B");
    tap_target(UI_T_REPORT, 0);
    cr_assert_eq(u->screen, UI_SCREEN_REPORT);
    close_menu();
}

Test(touch_ui, the_arrows_reach_the_session_and_report_buttons_below_the_levels)
{
    open_menu(1280, 720, GAME_LANG_EN, "2nde B");
    for (size_t i = 0; i < u->menu.nitems; i++) ui_fixture_press(u, SDLK_DOWN, &now);
    cr_assert_eq(u->focus, 0, "past the last level: the session button");
    ui_fixture_press(u, SDLK_DOWN, &now);
    cr_assert_eq(u->focus, 1, "then the report button");
    ui_fixture_press(u, SDLK_RETURN, &now);
    cr_assert_eq(u->screen, UI_SCREEN_REPORT);
    close_menu();
    open_menu(1280, 720, GAME_LANG_EN, NULL);
    for (size_t i = 0; i < u->menu.nitems; i++) ui_fixture_press(u, SDLK_DOWN, &now);
    ui_fixture_press(u, SDLK_RETURN, &now);
    cr_assert_eq(u->screen, UI_SCREEN_SESSION);
    cr_assert_eq(keys_shown(), 0, "reached by keys: no on-screen keyboard");
    close_menu();
}

/* ==== pixels ============================================================== */

#define OUT VIGIE_BUILD_DIR "/test-shots"

static SDL_Surface *shoot(const char *name, char *path, size_t n)
{
    char err[256];
    mkdir(OUT, 0755);
    snprintf(path, n, "%s/%s.png", OUT, name);
    ui_draw(u, now);
    cr_assert(gfx_save_png(F.g, path, err, sizeof err), "%s", err);
    SDL_Surface *s32 = golden_load32(path);
    cr_assert_not_null(s32, "%s", IMG_GetError());
    return s32;
}

/* The menu's footer at 1024×768 in English, the longest: no text on its outer columns. */
Test(touch_ui, the_menu_footer_stays_inside_a_1024_wide_window)
{
    static const char *const sessions[] = {NULL, "2nde B"};
    for (int k = 0; k < 2; k++)
        for (int l = 0; l < 2; l++) {
            open_menu(1024, 768, l ? GAME_LANG_EN : GAME_LANG_FR, sessions[k]);
            char path[700], name[64];
            snprintf(name, sizeof name, "touch-footer-%d-%d", k, l);
            SDL_Surface *s = shoot(name, path, sizeof path);
            Uint32 bg = golden_pixel(s, 0, s->h - 1);
            for (int y = s->h - 80; y < s->h; y++)
                for (int x = 0; x < 3; x++) {
                    cr_assert_eq(golden_pixel(s, x, y), bg, "text at the left edge (%d, %d): %s", x,
                                 y, path);
                    cr_assert_eq(golden_pixel(s, s->w - 1 - x, y), bg,
                                 "text at the right edge (%d, %d): %s", s->w - 1 - x, y, path);
                }
            SDL_FreeSurface(s);
            close_menu();
        }
}

static void compare(const char *name)
{
    char actual[700];
    SDL_FreeSurface(shoot(name, actual, sizeof actual));
    golden_compare(name, actual);
}

static const int shot_sizes[][2] = {{1280, 720}, {1024, 768}};

static void shot_name(char *buf, size_t n, const char *what, int s, int l)
{
    snprintf(buf, n, "kb-%s-%dx%d-%s", what, shot_sizes[s][0], shot_sizes[s][1], l ? "en" : "fr");
}

Test(touch_ui, golden_nickname_with_the_keyboard_up)
{
    for (int s = 0; s < 2; s++)
        for (int l = 0; l < 2; l++) {
            open_menu(shot_sizes[s][0], shot_sizes[s][1], l ? GAME_LANG_EN : GAME_LANG_FR, NULL);
            tap_target(UI_T_LEVEL, 0);
            tap_text("Zoé-2");
            u->px = u->py = -1; /* no finger resting on a key */
            char name[80];
            shot_name(name, sizeof name, "nick", s, l);
            compare(name);
            close_menu();
        }
}

Test(touch_ui, golden_typed_answers_with_the_keyboard_up)
{
    for (int s = 0; s < 2; s++)
        for (int l = 0; l < 2; l++) {
            char name[80];
            open_at(shot_sizes[s][0], shot_sizes[s][1], l ? GAME_LANG_EN : GAME_LANG_FR, 3);
            tap_target(UI_T_FIELD, 0);
            tap_text("signal spam");
            u->px = u->py = -1;
            shot_name(name, sizeof name, "input", s, l);
            compare(name);
            ui_fixture_close(&F);
            open_at(shot_sizes[s][0], shot_sizes[s][1], l ? GAME_LANG_EN : GAME_LANG_FR, 6);
            tap_target(UI_T_FIELD, 0);
            tap_text("Soleil 2024!");
            u->px = u->py = -1;
            shot_name(name, sizeof name, "password", s, l);
            compare(name);
            ui_fixture_close(&F);
        }
}

Test(touch_ui, golden_session_name_with_the_keyboard_up)
{
    for (int s = 0; s < 2; s++)
        for (int l = 0; l < 2; l++) {
            open_menu(shot_sizes[s][0], shot_sizes[s][1], l ? GAME_LANG_EN : GAME_LANG_FR, NULL);
            tap_target(UI_T_SESSION, 0);
            tap_text("2nde B");
            u->px = u->py = -1;
            char name[80];
            shot_name(name, sizeof name, "session", s, l);
            compare(name);
            close_menu();
        }
}

/* A key that reads label is on the page shown. */
static bool shows(const char *label)
{
    ui_targets ts;
    targets(&ts);
    for (int i = 0; i < ts.n; i++)
        if (ts.t[i].kind == UI_T_KEY && strcmp(ui_keyboard_label(u, ts.t[i].index), label) == 0)
            return true;
    return false;
}

Test(touch_ui, the_next_field_starts_on_the_letters_after_ok)
{
    open_menu(1280, 720, GAME_LANG_FR, NULL);
    tap_target(UI_T_SESSION, 0);
    tap_text("B2");
    cr_assert(shows("ABC"), "the digits' page is up after typing 2");
    tap_ok();
    cr_assert_eq(u->screen, UI_SCREEN_MENU);
    cr_assert_str_eq(u->trainer.session, "B2");
    tap_target(UI_T_LEVEL, 0);
    cr_assert_eq(u->screen, UI_SCREEN_NICK);
    cr_assert(shows("a") && shows("?123"), "the nickname's keyboard starts on the letters");
    close_menu();
}

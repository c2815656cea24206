/* test_keys_ui.c — the keyboard as a person uses it in the window: SDL events in the order SDL
 * sends them (a printable key's KEYDOWN, then its TEXTINPUT, then its KEYUP) through input/
 * into the ui. Text fields take every printable key as text; shortcuts never act in them; a
 * key that opens a field does not type into it; the first arrow goes where it points. Asserts
 * on what the game and the ui recorded, not on pixels. */
#include "../common.h"
#include "audio/audio.h"
#include "ui/ui_internal.h"
#include "ui_fixture.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

static ui_fixture F;
static ui *u;
static uint64_t now;

#define KINDS    VIGIE_SOURCE_DIR "/tests/data/kinds-level.lua"
#define PHISHING VIGIE_SOURCE_DIR "/levels/lycee/phishing-basics.lua"

static void open_at(const char *file, size_t question)
{
    ui_fixture_open(&F, 1280, 720, file, GAME_LANG_FR, 3, question);
    u = F.u;
    now = F.now - 3000; /* well within the time limit */
}

static void type(const char *text)
{
    ui_fixture_type(u, text, &now);
}

static void press(SDL_Keycode k)
{
    ui_fixture_press(u, k, &now);
}

/* The middle of the first target of this kind and index on the screen shown. */
static void target_centre(ui_target_kind kind, int index, int *x, int *y)
{
    ui_targets ts;
    ui_screen_layout(u, now, false, &ts);
    for (int i = 0; i < ts.n; i++)
        if (ts.t[i].kind == kind && ts.t[i].index == index) {
            *x = ts.t[i].r.x + ts.t[i].r.w / 2;
            *y = ts.t[i].r.y + ts.t[i].r.h / 2;
            return;
        }
    cr_assert_fail("no target %d/%d on this screen", kind, index);
}

static const game_answer *answer(size_t qi)
{
    return game_session_answer(u->session, qi);
}

static game_phase phase(void)
{
    return game_session_phase(u->session);
}

/* ==== typed answers ======================================================= */

Test(keys_ui, typing_signal_spam_then_enter_is_judged_right)
{
    open_at(KINDS, 3);
    type("signal spam");
    cr_assert_eq(phase(), GAME_PHASE_QUESTION, "Space is a space, not Submit");
    cr_assert_str_eq(game_session_draft(u->session)->text, "signal spam");
    press(SDLK_RETURN);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    cr_assert_str_eq(answer(2)->resp.text, "signal spam");
    cr_assert(answer(2)->correct);
    ui_fixture_close(&F);
}

Test(keys_ui, a_four_word_passphrase_reaches_the_model_whole)
{
    open_at(KINDS, 6);
    type("cheval violet mange 7 nuages");
    cr_assert_eq(phase(), GAME_PHASE_QUESTION);
    press(SDLK_RETURN);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    cr_assert_str_eq(answer(5)->resp.text, "cheval violet mange 7 nuages");
    ui_fixture_close(&F);
}

Test(keys_ui, shortcuts_are_letters_in_a_typed_answer)
{
    open_at(KINDS, 3);
    audio *a = audio_create(80);
    audio_toggle_mute(a); /* no sound device in a test */
    u->a = a;
    type("Mail +-L");
    cr_assert_str_eq(game_session_draft(u->session)->text, "Mail +-L");
    cr_assert_eq(audio_volume(a), 80);
    cr_assert(audio_muted(a));
    cr_assert_eq(ui_lang(u), GAME_LANG_FR);
    ui_fixture_close(&F);
    audio_destroy(a);
}

Test(keys_ui, the_space_that_continues_to_a_typed_question_types_nothing_in_it)
{
    open_at(KINDS, 2);
    game_error err = {0};
    cr_assert(ui_goto(u, "feedback", 2, UI_ANSWER_RIGHT, &now, &err), "%s", err.message);
    type(" "); /* Space continues, like Enter */
    cr_assert_eq(phase(), GAME_PHASE_QUESTION);
    cr_assert_eq(game_session_question_index(u->session), 2);
    cr_assert_str_eq(game_session_draft(u->session)->text, "");
    ui_fixture_close(&F);
}

/* ==== multiple answers ==================================================== */

Test(keys_ui, one_three_enter_on_a_multi_submits_the_first_and_third)
{
    open_at(PHISHING, 5);
    cr_assert(game_kind_get(game_session_question(u->session)->kind)->several);
    unsigned want =
        1u << game_session_choice_at(u->session, 0) | 1u << game_session_choice_at(u->session, 2);
    type("1");
    type("3");
    press(SDLK_RETURN);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK, "Enter submits, as the hint says");
    cr_assert_eq(answer(4)->resp.chosen, want);
    ui_fixture_close(&F);
}

Test(keys_ui, space_on_a_focused_box_ticks_it_and_enter_submits)
{
    open_at(PHISHING, 5);
    press(SDLK_RIGHT); /* the second box */
    type(" ");
    cr_assert_eq(game_session_selected(u->session), 1u << game_session_choice_at(u->session, 1));
    press(SDLK_RETURN);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    ui_fixture_close(&F);
}

Test(keys_ui, a_click_then_a_key_then_enter_on_a_multi_submits_both)
{
    open_at(PHISHING, 5);
    unsigned want =
        1u << game_session_choice_at(u->session, 0) | 1u << game_session_choice_at(u->session, 2);
    int x, y;
    target_centre(UI_T_CHOICE, 0, &x, &y);
    ui_fixture_click(u, x, y, &now);
    type("3");
    press(SDLK_RETURN);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    cr_assert_eq(answer(4)->resp.chosen, want);
    ui_fixture_close(&F);
}

Test(keys_ui, a_tap_on_submit_sends_the_whole_typed_answer)
{
    open_at(KINDS, 3);
    type("signal spam");
    int x, y;
    target_centre(UI_T_SUBMIT, 0, &x, &y);
    ui_fixture_tap(u, x, y, &now);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    cr_assert_str_eq(answer(2)->resp.text, "signal spam");
    cr_assert(answer(2)->correct);
    ui_fixture_close(&F);
}

/* ==== the first arrow ===================================================== */

Test(keys_ui, right_then_enter_on_true_false_answers_false)
{
    open_at(PHISHING, 3);
    cr_assert_eq(game_session_question(u->session)->kind, GAME_KIND_TRUEFALSE);
    press(SDLK_RIGHT);
    press(SDLK_RETURN);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    /* written order: 0 true, 1 false */
    cr_assert_eq(answer(2)->resp.chosen, 1u << 1, "→ from no focus is the choice on the right");
    ui_fixture_close(&F);
}

Test(keys_ui, left_then_enter_on_true_false_answers_true)
{
    open_at(PHISHING, 3);
    press(SDLK_LEFT);
    press(SDLK_RETURN);
    cr_assert_eq(answer(2)->resp.chosen, 1u << 0);
    ui_fixture_close(&F);
}

/* ==== the kept results' text fields ======================================= */

static audio *snd;

/* The menu, with results kept and the sound at 80 % (muted: no device in a test). */
static void open_menu(void)
{
    char err[256];
    game_error gerr = {0};
    F.g = gfx_create_offscreen(1280, 720, err, sizeof err);
    cr_assert_not_null(F.g, "%s", err);
    cr_assert(script_catalog_load(&F.cat, &gerr), "%s", gerr.message);
    app_levels_load_file(&F.lv, KINDS, 3);
    snd = audio_create(80);
    audio_toggle_mute(snd);
    ui_config cfg = {
        .lang = GAME_LANG_FR, .seed = 3, .skip_title = true, .records = ui_fixture_records(false)};
    F.u = u = ui_create(F.g, snd, &F.cat, F.lv.packs, F.lv.npacks, &cfg);
    now = 1000;
    ui_draw(u, now);
    cr_assert_eq(u->screen, UI_SCREEN_MENU);
}

static void close_menu(void)
{
    ui_fixture_close(&F);
    audio_destroy(snd);
}

Test(keys_ui, t_in_the_menu_leaves_the_session_field_empty)
{
    open_menu();
    type("t");
    cr_assert_eq(u->screen, UI_SCREEN_SESSION);
    cr_assert_str_eq(u->trainer.draft, "", "the T that opened the field is not in it");
    type("2nde B");
    press(SDLK_RETURN);
    cr_assert_eq(u->screen, UI_SCREEN_MENU);
    cr_assert_str_eq(u->trainer.session, "2nde B");
    close_menu();
}

Test(keys_ui, a_space_that_opens_the_nickname_field_does_not_type_in_it)
{
    open_menu();
    type(" "); /* Space chooses the menu's level, like Enter */
    cr_assert_eq(u->screen, UI_SCREEN_NICK);
    cr_assert_str_eq(u->nick.draft, "");
    close_menu();
}

Test(keys_ui, a_nickname_with_a_dash_keeps_the_volume)
{
    open_menu();
    press(SDLK_RETURN); /* the menu's first level: who plays? */
    cr_assert_eq(u->screen, UI_SCREEN_NICK);
    type("Zoé-2B");
    cr_assert_eq(audio_volume(snd), 80, "- in a nickname is a dash, not the volume");
    cr_assert_str_eq(u->nick.draft, "Zoé-2B");
    press(SDLK_RETURN);
    cr_assert_str_eq(u->nick.name, "Zoé-2B");
    cr_assert_eq(u->screen, UI_SCREEN_GAME);
    close_menu();
}

Test(keys_ui, mute_language_and_volume_keys_are_letters_in_a_nickname)
{
    open_menu();
    press(SDLK_RETURN);
    type("ML+=-");
    cr_assert_str_eq(u->nick.draft, "ML+=-");
    cr_assert_eq(audio_volume(snd), 80);
    cr_assert(audio_muted(snd));
    cr_assert_eq(ui_lang(u), GAME_LANG_FR);
    close_menu();
}

Test(keys_ui, shortcuts_are_letters_in_the_session_name)
{
    open_menu();
    type("t");
    type("ML -+");
    cr_assert_str_eq(u->trainer.draft, "ML -+");
    cr_assert_eq(audio_volume(snd), 80);
    cr_assert(audio_muted(snd));
    cr_assert_eq(ui_lang(u), GAME_LANG_FR);
    close_menu();
}

/* ==== the first arrow in vertical lists =================================== */

Test(keys_ui, down_from_no_focus_in_an_order_list_is_the_second_item)
{
    open_at(KINDS, 1);
    const game_response *d = game_session_draft(u->session);
    unsigned char second = d->order[1];
    press(SDLK_DOWN);
    press(SDLK_RETURN); /* pick up the second item */
    press(SDLK_DOWN);   /* carry it down one */
    press(SDLK_RETURN);
    cr_assert_eq(game_session_draft(u->session)->order[2], second);
    ui_fixture_close(&F);
}

Test(keys_ui, up_from_no_focus_in_an_order_list_is_the_first_item)
{
    open_at(KINDS, 1);
    unsigned char first = game_session_draft(u->session)->order[0];
    press(SDLK_UP);
    press(SDLK_RETURN);
    press(SDLK_DOWN);
    press(SDLK_RETURN);
    cr_assert_eq(game_session_draft(u->session)->order[1], first);
    ui_fixture_close(&F);
}

Test(keys_ui, down_from_no_focus_on_a_mail_marks_the_second_part)
{
    open_at(VIGIE_SOURCE_DIR "/tests/data/mail-level.lua", 1);
    press(SDLK_DOWN);
    press(SDLK_RETURN);
    cr_assert_eq(game_session_draft(u->session)->chosen, 0x2u);
    ui_fixture_close(&F);
}

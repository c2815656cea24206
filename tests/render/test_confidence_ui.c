/* test_confidence_ui.c — a level whose rule is "confidence": the question screen has two submit
 * buttons, "not sure" and "sure", played by mouse, finger and keys through input/ as SDL sends
 * them (Enter submits as sure, Shift+Enter as not sure, Space still ticks). */
#include "ui_fixture.h"

#define CONFIDENCE VIGIE_SOURCE_DIR "/tests/data/confidence-level.lua"
#define KINDS      VIGIE_SOURCE_DIR "/tests/data/kinds-level.lua"

static ui_fixture F;
#define u   (F.u)
#define now (F.now)

static void open_at(const char *file, int w, int h, game_lang lang, size_t question)
{
    ui_fixture_open(&F, w, h, file, lang, 3, question + 1); /* ui_goto counts from 1 */
}

/* The targets of a kind on the screen shown: how many, and the centre of the one of index. */
static int targets(ui_target_kind kind, int index, int *x, int *y, gfx_rect *r)
{
    ui_targets ts;
    ui_screen_layout(u, now, false, &ts);
    int n = 0;
    for (int i = 0; i < ts.n; i++) {
        if (ts.t[i].kind != kind) continue;
        n++;
        if (ts.t[i].index != index) continue;
        if (x) *x = ts.t[i].r.x + ts.t[i].r.w / 2;
        if (y) *y = ts.t[i].r.y + ts.t[i].r.h / 2;
        if (r) *r = ts.t[i].r;
    }
    return n;
}

static const game_answer *answer(size_t qi)
{
    return game_session_answer(u->session, qi);
}

static game_phase phase(void)
{
    return game_session_phase(u->session);
}

Test(confidence_ui, a_click_chooses_and_the_not_sure_button_submits_not_sure)
{
    open_at(CONFIDENCE, 1280, 720, GAME_LANG_FR, 0);
    int x = 0, y = 0;
    cr_assert_eq(targets(UI_T_SUBMIT, GAME_SUBMIT_UNSURE, NULL, NULL, NULL), 2, "two buttons");
    size_t right = game_session_position_of(u->session, 0);
    targets(UI_T_CHOICE, (int)right, &x, &y, NULL);
    ui_fixture_click(u, x, y, &now);
    cr_assert_eq(phase(), GAME_PHASE_QUESTION, "a click chooses; it does not submit");
    targets(UI_T_SUBMIT, GAME_SUBMIT_UNSURE, &x, &y, NULL);
    ui_fixture_click(u, x, y, &now);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    cr_assert(answer(0)->correct);
    cr_assert(answer(0)->resp.unsure);
    cr_assert_eq(answer(0)->points, 667, "right but not sure: 2/3");
    ui_fixture_close(&F);
}

Test(confidence_ui, a_letter_then_enter_submits_as_sure)
{
    open_at(CONFIDENCE, 1280, 720, GAME_LANG_EN, 0);
    char letter[2] = {(char)('a' + game_session_position_of(u->session, 0)), 0};
    ui_fixture_type(u, letter, &now);
    cr_assert_eq(phase(), GAME_PHASE_QUESTION);
    ui_fixture_press(u, SDLK_RETURN, &now);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    cr_assert_not(answer(0)->resp.unsure);
    cr_assert_eq(answer(0)->points, 1000);
    ui_fixture_close(&F);
}

Test(confidence_ui, shift_enter_on_a_focused_choice_submits_it_not_sure)
{
    open_at(CONFIDENCE, 1280, 720, GAME_LANG_FR, 1);
    ui_fixture_press(u, SDLK_LEFT, &now); /* the focus on the first: true */
    ui_fixture_key_event(u, SDL_KEYDOWN, SDLK_RETURN, KMOD_LSHIFT, &now);
    ui_fixture_key_event(u, SDL_KEYUP, SDLK_RETURN, KMOD_LSHIFT, &now);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    cr_assert(answer(1)->resp.unsure);
    ui_fixture_close(&F);
}

Test(confidence_ui, space_still_ticks_a_box_and_enter_submits_them_sure)
{
    open_at(CONFIDENCE, 1280, 720, GAME_LANG_FR, 2);
    ui_fixture_press(u, SDLK_LEFT, &now);
    ui_fixture_key_event(u, SDL_KEYDOWN, SDLK_SPACE, KMOD_NONE, &now);
    SDL_Event te = {.type = SDL_TEXTINPUT};
    strcpy(te.text.text, " ");
    ui_fixture_sdl(u, &te, &now);
    ui_fixture_key_event(u, SDL_KEYUP, SDLK_SPACE, KMOD_NONE, &now);
    cr_assert_eq(phase(), GAME_PHASE_QUESTION, "Space ticks");
    cr_assert_neq(game_session_selected(u->session), 0);
    ui_fixture_press(u, SDLK_RETURN, &now);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    cr_assert_not(answer(2)->resp.unsure);
    ui_fixture_close(&F);
}

Test(confidence_ui, a_finger_on_not_sure_submits_an_order_not_sure)
{
    open_at(CONFIDENCE, 1280, 720, GAME_LANG_FR, 3);
    int x = 0, y = 0;
    cr_assert_eq(targets(UI_T_SUBMIT, GAME_SUBMIT_UNSURE, &x, &y, NULL), 2);
    ui_fixture_tap(u, x, y, &now);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    cr_assert(answer(3)->resp.unsure);
    ui_fixture_close(&F);
}

Test(confidence_ui, both_buttons_fit_apart_on_a_1024x768_screen_in_both_languages)
{
    for (int lang = 0; lang < GAME_LANG_COUNT; lang++)
        for (size_t qi = 0; qi < 4; qi++) {
            open_at(CONFIDENCE, 1024, 768, (game_lang)lang, qi);
            gfx_rect a = {0}, b = {0};
            cr_assert_eq(targets(UI_T_SUBMIT, GAME_SUBMIT_UNSURE, NULL, NULL, &a), 2);
            targets(UI_T_SUBMIT, GAME_SUBMIT_SURE, NULL, NULL, &b);
            cr_expect(a.x >= 0 && a.x + a.w <= b.x && b.x + b.w <= 1024 && b.y + b.h <= 768,
                      "question %zu, lang %d: %d+%d, %d+%d", qi, lang, a.x, a.w, b.x, b.w);
            ui_targets ts;
            ui_screen_layout(u, now, false, &ts);
            for (int i = 0; i < ts.n; i++) {
                const gfx_rect *r = &ts.t[i].r;
                if (ts.t[i].kind == UI_T_SUBMIT || ts.t[i].kind != UI_T_CHOICE) continue;
                cr_expect(r->y + r->h <= a.y, "question %zu: a choice runs into the buttons", qi);
            }
            ui_fixture_close(&F);
        }
}

Test(confidence_ui, a_level_without_the_rule_keeps_one_submit_and_a_choice_answers_at_once)
{
    open_at(KINDS, 1280, 720, GAME_LANG_FR, 0);
    cr_assert_eq(targets(UI_T_SUBMIT, GAME_SUBMIT_SURE, NULL, NULL, NULL), 1);
    ui_fixture_close(&F);
}

Test(confidence_ui, a_wrong_answer_said_not_sure_earns_a_third_and_stays_wrong)
{
    open_at(CONFIDENCE, 1024, 768, GAME_LANG_FR, 0);
    int x = 0, y = 0;
    size_t right = game_session_position_of(u->session, 0);
    targets(UI_T_CHOICE, (int)(right == 0 ? 1 : 0), &x, &y, NULL);
    ui_fixture_click(u, x, y, &now);
    targets(UI_T_SUBMIT, GAME_SUBMIT_UNSURE, &x, &y, NULL);
    ui_fixture_click(u, x, y, &now);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    cr_assert_not(answer(0)->correct);
    cr_assert(answer(0)->resp.unsure);
    cr_assert_eq(answer(0)->points, 333, "wrong but not sure: 1/3, for the doubt");
    cr_assert_float_eq(answer(0)->credit, 0, 1e-9, "still wrong in the report");
    ui_fixture_close(&F);
}

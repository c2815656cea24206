/* test_kiosk.c — the stand's kiosk driven by events with a simulated clock, on its test pack
 * (tests/data/kiosk-stand) with kept results that log their calls: the attract loop starts a
 * round on a touch; the nickname is never the last visitor's; every way out is refused on
 * every kiosk screen; the idle reset asks "Toujours là ?", then goes back and records the run
 * abandoned; a finished round shows its rank and goes back by itself; the attract loop sleeps
 * between its changes; the operator's chord and long press reach the operator. Screenshots
 * of each screen go to VIGIE_KIOSK_SHOTS when set (/work/shots/i15/kiosk). */
#include "golden.h"
#include "kiosk_fixture.h"

#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>

static kiosk_fx F;

static void teardown(void)
{
    kiosk_close(&F);
}

static void open_fr(void)
{
    kiosk_open(&F, 1280, 720, GAME_LANG_FR, 7);
}

TestSuite(kiosk, .init = open_fr, .fini = teardown);

/* From the attract loop, a touch, and "Jouer sans pseudo": the round's first question. */
static void walk_up_anonymous(void)
{
    cr_assert_eq(F.u->screen, UI_SCREEN_ATTRACT);
    kiosk_tap(&F, F.w / 2, F.h / 2);
    cr_assert_eq(F.u->screen, UI_SCREEN_NICK);
    cr_assert(kiosk_tap_target(&F, UI_T_NICK, 1));
    cr_assert_eq(F.u->screen, UI_SCREEN_GAME);
    cr_assert_eq(kiosk_phase(&F), GAME_PHASE_QUESTION, "no intro in kiosk");
}

/* Answers the question shown by a tap on its first choice, then continues. */
static void answer_and_continue(void)
{
    cr_assert_eq(kiosk_phase(&F), GAME_PHASE_QUESTION);
    cr_assert(kiosk_tap_target(&F, UI_T_CHOICE, 0));
    if (kiosk_phase(&F) == GAME_PHASE_QUESTION) cr_assert(kiosk_tap_target(&F, UI_T_SUBMIT, 0));
    cr_assert_eq(kiosk_phase(&F), GAME_PHASE_FEEDBACK);
    kiosk_wait(&F, 1500, 100); /* the feedback's animation */
    cr_assert(kiosk_tap_target(&F, UI_T_CONTINUE, 0));
}

static bool logged(const char *key, const char *text)
{
    for (size_t i = 0; i < F.strs.n; i++)
        if ((!key || strcmp(F.strs.e[i].key, key) == 0) &&
            (!text ||
             (key ? strcmp(F.strs.e[i].text, text) == 0 : strstr(F.strs.e[i].text, text) != NULL)))
            return true;
    return false;
}

/* The strings the next frame shows. */
static void draw_logged(void)
{
    F.strs.n = 0;
    F.u->str_log = &F.strs;
    ui_draw(F.u, F.now);
    F.u->str_log = NULL;
}

Test(kiosk, a_touch_on_the_attract_loop_starts_a_round)
{
    cr_assert_eq(F.u->screen, UI_SCREEN_ATTRACT, "kiosk starts on the attract loop");
    draw_logged();
    cr_assert(logged("kiosk.touch", "Touchez l’écran pour jouer"));
    walk_up_anonymous();
    cr_assert_eq(F.log.begun, 1, "the run begins at the first question");
    cr_assert_str_eq(F.log.nick, "");
    cr_assert(ui_kiosk_playing(F.u));
    /* the next visitor gets the next round */
    cr_assert_eq(F.u->kiosk.round, 1);
}

Test(kiosk, the_language_switch_does_not_start_a_round)
{
    cr_assert(kiosk_tap_target(&F, UI_T_LANGUAGE, 0));
    cr_assert_eq(F.u->screen, UI_SCREEN_ATTRACT);
    cr_assert_eq(ui_lang(F.u), GAME_LANG_EN);
    draw_logged();
    cr_assert(logged("kiosk.touch", "Touch the screen to play"));
    ui_fixture_press(F.u, SDLK_l, &F.now); /* L still switches back */
    cr_assert_eq(ui_lang(F.u), GAME_LANG_FR);
    cr_assert_eq(F.u->screen, UI_SCREEN_ATTRACT);
}

Test(kiosk, the_nickname_is_empty_for_the_next_visitor)
{
    /* visitor 1 types on the on-screen keyboard, shown at once */
    kiosk_tap(&F, F.w / 2, F.h / 2);
    cr_assert_eq(F.u->screen, UI_SCREEN_NICK);
    cr_assert(F.u->keyboard.want, "the keyboard shows at once");
    cr_assert_str_eq(F.u->nick.draft, "");
    ui_fixture_tap_text(F.u, "Léa", F.w, F.h, &F.now);
    cr_assert_str_eq(F.u->nick.draft, "Léa");
    cr_assert(kiosk_tap_target(&F, UI_T_NICK, 0));
    cr_assert_eq(F.log.begun, 1);
    cr_assert_str_eq(F.log.nick, "Léa");
    for (int q = 0; q < 3; q++) answer_and_continue();
    cr_assert_eq(F.u->screen, UI_SCREEN_KIOSK_END);
    kiosk_wait(&F, 21000, 500);
    cr_assert_eq(F.u->screen, UI_SCREEN_ATTRACT);
    /* visitor 2: an empty field; types with a keyboard, Enter */
    kiosk_tap(&F, F.w / 2, F.h / 2);
    cr_assert_eq(F.u->screen, UI_SCREEN_NICK);
    cr_assert_str_eq(F.u->nick.draft, "", "the last visitor's name is gone");
    draw_logged();
    cr_assert_not(logged(NULL, "Léa"));
    ui_fixture_type(F.u, "Max", &F.now);
    cr_assert_str_eq(F.u->nick.draft, "Max");
    ui_fixture_press(F.u, SDLK_RETURN, &F.now);
    cr_assert_eq(F.u->screen, UI_SCREEN_GAME);
    cr_assert_str_eq(F.log.nick, "Max");
    /* …walks away: visitor 3 finds the field empty too */
    kiosk_wait(&F, 60000, 1000);
    cr_assert_eq(F.u->screen, UI_SCREEN_ATTRACT);
    kiosk_tap(&F, F.w / 2, F.h / 2);
    cr_assert_str_eq(F.u->nick.draft, "");
    cr_assert(kiosk_tap_target(&F, UI_T_NICK, 0)); /* Jouer with nothing typed: anonymous */
    cr_assert_str_eq(F.log.nick, "");
}

/* Every way out, at the screen shown: nothing quits, the screen and the game stay. */
static void try_every_way_out(const char *where)
{
    ui_screen s = F.u->screen;
    game_phase ph = kiosk_phase(&F);
    SDL_Event quit = {.type = SDL_QUIT};
    ui_fixture_sdl_sized(F.u, &quit, F.w, F.h, &F.now);
    ui_fixture_key_event(F.u, SDL_KEYDOWN, SDLK_q, KMOD_LCTRL, &F.now);
    ui_fixture_key_event(F.u, SDL_KEYUP, SDLK_q, KMOD_LCTRL, &F.now);
    ui_fixture_press(F.u, SDLK_ESCAPE, &F.now);
    ui_fixture_press(F.u, SDLK_ESCAPE, &F.now); /* twice: the game's "Esc again to leave" */
    ui_fixture_press(F.u, SDLK_F11, &F.now);
    ui_fixture_press(F.u, SDLK_F5, &F.now);
    if (s != UI_SCREEN_NICK) ui_fixture_press(F.u, SDLK_BACKSPACE, &F.now);
    cr_assert_not(ui_quit_requested(F.u), "%s: quit", where);
    cr_assert_eq(F.u->screen, s, "%s: the screen changed to %d", where, F.u->screen);
    cr_assert_eq(kiosk_phase(&F), ph, "%s: the game changed", where);
    size_t p, l;
    cr_assert_not(ui_take_reload_request(F.u, &p, &l), "%s: F5 reloads", where);
}

Test(kiosk, every_quit_attempt_is_refused_everywhere)
{
    try_every_way_out("attract");
    kiosk_tap(&F, F.w / 2, F.h / 2);
    try_every_way_out("nickname");
    ui_fixture_type(F.u, "Zoé", &F.now);
    ui_fixture_press(F.u, SDLK_BACKSPACE, &F.now); /* in the field, Backspace erases */
    cr_assert_str_eq(F.u->nick.draft, "Zo");
    cr_assert_eq(F.u->screen, UI_SCREEN_NICK);
    ui_fixture_press(F.u, SDLK_RETURN, &F.now);
    try_every_way_out("question");
    cr_assert(kiosk_tap_target(&F, UI_T_CHOICE, 0));
    if (kiosk_phase(&F) == GAME_PHASE_QUESTION) kiosk_tap_target(&F, UI_T_SUBMIT, 0);
    try_every_way_out("feedback");
    kiosk_wait(&F, 46000, 1000);
    cr_assert(F.u->kiosk.still_there);
    bool still = F.u->kiosk.still_there;
    SDL_Event quit = {.type = SDL_QUIT};
    ui_fixture_sdl_sized(F.u, &quit, F.w, F.h, &F.now);
    cr_assert_eq(F.u->kiosk.still_there, still, "the window's close is nobody's touch");
    cr_assert_not(ui_quit_requested(F.u));
    ui_fixture_press(F.u, SDLK_ESCAPE, &F.now); /* a key: dismisses, and nothing more */
    cr_assert_not(F.u->kiosk.still_there);
    cr_assert_eq(F.u->screen, UI_SCREEN_GAME);
    kiosk_tap_target(&F, UI_T_CONTINUE, 0);
    answer_and_continue();
    answer_and_continue();
    cr_assert_eq(F.u->screen, UI_SCREEN_KIOSK_END);
    try_every_way_out("end");
}

Test(kiosk, idle_reset_asks_then_abandons_the_run)
{
    walk_up_anonymous();
    /* no input: the question runs out (20 s), the feedback waits; at 45 s, "Toujours là ?" */
    kiosk_wait(&F, 44000, 1000);
    cr_assert_not(F.u->kiosk.still_there);
    kiosk_wait(&F, 2000, 1000);
    cr_assert(F.u->kiosk.still_there);
    draw_logged();
    cr_assert(logged("kiosk.still", "Toujours là\xc2\xa0?"));
    cr_assert_gt(ui_wait_ms(F.u, F.now), 0);
    cr_assert_leq(ui_wait_ms(F.u, F.now), 1000, "its countdown moves every second");
    cr_assert_geq(ui_wait_ms(F.u, F.now), 100, "nothing else moves under it");
    /* a touch dismisses it, and does nothing else (the Continue under it is not pressed) */
    game_phase ph = kiosk_phase(&F);
    kiosk_tap_target(&F, UI_T_CONTINUE, 0);
    cr_assert_not(F.u->kiosk.still_there);
    cr_assert_eq(kiosk_phase(&F), ph);
    cr_assert_eq(F.u->screen, UI_SCREEN_GAME);
    /* a second idle: the prompt, 10 s, then the attract loop; the run abandoned, not ended */
    kiosk_wait(&F, 45000 + 10000 + 1000, 1000);
    cr_assert_eq(F.u->screen, UI_SCREEN_ATTRACT);
    cr_assert_eq(F.log.abandoned, 1);
    cr_assert_eq(F.log.ended, 0);
    cr_assert_null(F.u->session, "the session is freed");
    cr_assert_not(ui_kiosk_playing(F.u));
}

Test(kiosk, a_question_under_the_prompt_gets_its_time_back)
{
    F.u->cfg.kiosk.idle_reset_s = 5; /* shorter than the question's 20 s */
    walk_up_anonymous();
    kiosk_wait(&F, 6000, 500);
    cr_assert(F.u->kiosk.still_there);
    kiosk_wait(&F, 8000, 500); /* 14 s in: still the question, the prompt holds its clock */
    cr_assert_eq(kiosk_phase(&F), GAME_PHASE_QUESTION);
    kiosk_tap(&F, F.w / 2, F.h / 2);
    cr_assert_not(F.u->kiosk.still_there);
    cr_assert_eq(kiosk_phase(&F), GAME_PHASE_QUESTION);
    cr_assert_geq(game_session_time_left(F.u->session, F.now), 19000, "its whole time again");
}

Test(kiosk, a_finished_round_shows_its_rank_and_goes_back)
{
    walk_up_anonymous();
    answer_and_continue();
    /* one answered with a key: 2, its text, and Enter to continue */
    ui_fixture_type(F.u, "2", &F.now);
    cr_assert_eq(kiosk_phase(&F), GAME_PHASE_FEEDBACK);
    ui_fixture_press(F.u, SDLK_RETURN, &F.now);
    answer_and_continue();
    cr_assert_eq(F.u->screen, UI_SCREEN_KIOSK_END, "the end, not the recap");
    cr_assert_eq(F.log.ended, 1);
    cr_assert_eq(F.log.answers, 3);
    draw_logged();
    cr_assert(logged("kiosk.rank", "3e sur 41 aujourd’hui"));
    cr_assert(logged("kiosk.back_in", "Retour à l’accueil dans 20 s"));
    cr_assert_not(ui_kiosk_playing(F.u));
    kiosk_wait(&F, 10000, 1000);
    draw_logged();
    cr_assert(logged("kiosk.back_in", "Retour à l’accueil dans 10 s"));
    kiosk_wait(&F, 10000, 1000);
    cr_assert_eq(F.u->screen, UI_SCREEN_ATTRACT, "back by itself");
    cr_assert_eq(F.log.abandoned, 0, "a finished run is never abandoned");
    cr_assert_eq(F.log.open, 0);
}

Test(kiosk, walking_away_after_the_last_answer_keeps_the_score)
{
    walk_up_anonymous();
    answer_and_continue();
    answer_and_continue();
    cr_assert(kiosk_tap_target(&F, UI_T_CHOICE, 0)); /* the last answer, then nobody */
    if (kiosk_phase(&F) == GAME_PHASE_QUESTION) kiosk_tap_target(&F, UI_T_SUBMIT, 0);
    kiosk_wait(&F, 45000 + 10000 + 1000, 1000);
    cr_assert_eq(F.u->screen, UI_SCREEN_ATTRACT);
    cr_assert_eq(F.log.ended, 1, "every answer given: a finished run");
    cr_assert_eq(F.log.abandoned, 0);
}

Test(kiosk, the_menu_is_never_a_visitors)
{
    walk_up_anonymous();
    ui_screen_open(F.u, UI_SCREEN_MENU, F.now); /* as an error screen's "back to the menu" */
    kiosk_wait(&F, 100, 100);
    cr_assert_eq(F.u->screen, UI_SCREEN_ATTRACT);
    cr_assert_eq(F.log.abandoned, 1);
}

Test(kiosk, rejouer_starts_the_next_round_with_an_empty_name)
{
    kiosk_tap(&F, F.w / 2, F.h / 2);
    ui_fixture_type(F.u, "Léa", &F.now);
    ui_fixture_press(F.u, SDLK_RETURN, &F.now);
    cr_assert_str_eq(F.log.nick, "Léa");
    for (int q = 0; q < 3; q++) answer_and_continue();
    cr_assert_eq(F.u->screen, UI_SCREEN_KIOSK_END);
    cr_assert(kiosk_tap_target(&F, UI_T_AGAIN, 0));
    cr_assert_eq(F.u->screen, UI_SCREEN_NICK);
    cr_assert_eq(F.u->nick.level, 1, "the next round of the pack");
    cr_assert_str_eq(F.u->nick.draft, "", "whoever plays next types their own name");
    cr_assert(F.u->keyboard.want);
}

Test(kiosk, the_attract_loop_sleeps_between_its_changes)
{
    /* over two minutes of the loop, asleep but for its turns and the teaser's frames */
    int frames = 0, pages = 0, last_page = F.u->kiosk.attract_page;
    struct rusage r0, r1;
    getrusage(RUSAGE_SELF, &r0);
    uint64_t end = F.now + 120000;
    while (F.now < end) {
        ui_update(F.u, F.now);
        if (ui_take_dirty(F.u)) {
            ui_draw(F.u, F.now);
            frames++;
        }
        int w = ui_wait_ms(F.u, F.now);
        cr_assert_geq(w, 0, "the loop turns by itself");
        bool teasing =
            F.u->kiosk.attract_page == 1 && F.now < ui_kiosk_page_since(F.u) + UI_KIOSK_TEASER_MS;
        if (teasing) {
            cr_assert_geq(w, 33, "at most 30 frames a second");
            cr_assert_leq(w, 40);
        } else {
            cr_assert_gt(w, 1000, "page %d: a busy redraw (%d ms)", F.u->kiosk.attract_page, w);
        }
        F.now += (uint64_t)w;
        if (F.u->kiosk.attract_page != last_page) pages++, last_page = F.u->kiosk.attract_page;
        if (teasing) ui_draw(F.u, F.now), frames++;
    }
    cr_assert_geq(pages, 120000 / 8000 - 1, "the pages turn (%d)", pages);
    /* 5 teasers of ~170 frames, and a frame per turn */
    cr_assert_lt(frames, 5 * 180 + pages + 5, "%d frames in two minutes", frames);
    getrusage(RUSAGE_SELF, &r1);
    double cpu = (double)(r1.ru_utime.tv_sec - r0.ru_utime.tv_sec + r1.ru_stime.tv_sec -
                          r0.ru_stime.tv_sec) +
                 (double)(r1.ru_utime.tv_usec - r0.ru_utime.tv_usec + r1.ru_stime.tv_usec -
                          r0.ru_stime.tv_usec) /
                     1e6;
    printf("attract loop at 1280x720: %d frames in 2 min, %d page turns, %.2f s of CPU to draw "
           "them (a software renderer)\n",
           frames, pages, cpu);
}

/* The day's board with runs played with more time (issue 17). */
static size_t paced_day_best(void *ud, const char *pack, game_board_row *out, size_t max)
{
    size_t n = kiosk_day_best(ud, pack, out, max);
    if (n > 1) out[1].pace = GAME_PACE_X2;
    if (n > 3) out[3].pace = GAME_PACE_UNTIMED;
    return n;
}

Test(kiosk, with_reduced_motion_the_attract_loop_never_animates_and_paced_runs_are_tagged)
{
    F.u->cfg.access.reduced_motion = true;
    F.u->cfg.records.day_best = paced_day_best;
    uint64_t end = F.now + 30000;
    int teasers = 0;
    while (F.now < end) {
        ui_update(F.u, F.now);
        if (ui_take_dirty(F.u)) ui_draw(F.u, F.now);
        if (F.u->kiosk.attract_page == 0) { /* the day's board */
            char path[600], err[256];
            snprintf(path, sizeof path, "%s/kiosk-pace-top-fr.png", VIGIE_BUILD_DIR);
            cr_assert(gfx_save_png(F.g, path, err, sizeof err), "%s", err);
        }
        teasers += F.u->kiosk.attract_page == 1;
        int w = ui_wait_ms(F.u, F.now);
        cr_assert(w == 0 || w > 1000, "page %d: a frame %d ms on: an animation",
                  F.u->kiosk.attract_page, w);
        F.now += (uint64_t)(w > 0 ? w : 0);
    }
    cr_assert_gt(teasers, 0, "the teaser was shown, held still");
}

Test(kiosk, paused_ignores_touches)
{
    F.u->kiosk.paused = true;
    F.u->dirty = true;
    draw_logged();
    cr_assert(logged("kiosk.paused", "Stand en pause"));
    kiosk_tap(&F, F.w / 2, F.h / 2);
    ui_fixture_press(F.u, SDLK_RETURN, &F.now);
    cr_assert_eq(F.u->screen, UI_SCREEN_ATTRACT);
    F.u->kiosk.paused = false;
    kiosk_tap(&F, F.w / 2, F.h / 2);
    cr_assert_eq(F.u->screen, UI_SCREEN_NICK);
}

/* The operator's screen once its code is merged (ui_operator.c); until then, its stub: the
 * chord was taken by the kiosk (it started nothing) and the screen did not become a round. */
static void assert_operator_reached(const char *how)
{
    cr_assert_neq(F.u->screen, UI_SCREEN_NICK, "%s started a round", how);
    if (ui_screen_operator.layout)
        cr_assert_eq(F.u->screen, UI_SCREEN_OPERATOR, "%s: no operator", how);
}

Test(kiosk, the_chord_calls_the_operator)
{
    kiosk_event(
        &F,
        (input_event){
            .type = INPUT_KEY, .key = INPUT_KEY_OPERATOR, .ctrl = true, .alt = true, .sym = 'o'});
    assert_operator_reached("Ctrl+Alt+O");
}

Test(kiosk, a_long_press_in_the_corner_calls_the_operator)
{
    /* a short tap there is a visitor's touch */
    kiosk_tap(&F, 5, 5);
    cr_assert_eq(F.u->screen, UI_SCREEN_NICK);
    kiosk_wait(&F, 60000, 1000);
    cr_assert_eq(F.u->screen, UI_SCREEN_ATTRACT);
    /* held 3 s */
    SDL_Event ev = {0};
    ev.type = SDL_FINGERDOWN;
    ev.tfinger.x = 5.5f / (float)F.w;
    ev.tfinger.y = 5.5f / (float)F.h;
    ev.tfinger.pressure = 1.0f;
    ui_fixture_sdl_sized(F.u, &ev, F.w, F.h, &F.now);
    int w = ui_wait_ms(F.u, F.now);
    cr_assert(w >= 0 && w <= 3000, "the ui wakes when the press is long enough (%d)", w);
    kiosk_wait(&F, 3100, 100);
    ev.type = SDL_FINGERUP;
    ev.tfinger.pressure = 0.0f;
    ui_fixture_sdl_sized(F.u, &ev, F.w, F.h, &F.now);
    assert_operator_reached("the long press");
}

/* ---- screenshots: each screen, three sizes, both languages (VIGIE_KIOSK_SHOTS) ---- */

static void shot(kiosk_fx *f, const char *name)
{
    const char *dir = getenv("VIGIE_KIOSK_SHOTS");
    if (!dir) return;
    char path[512], err[256];
    ui_draw(f->u, f->now);
    snprintf(path, sizeof path, "%s/%s-%dx%d-%s.png", dir, name, f->w, f->h,
             ui_lang(f->u) == GAME_LANG_FR ? "fr" : "en");
    cr_assert(gfx_save_png(f->g, path, err, sizeof err), "%s", err);
}

static void shots_at(int w, int h, game_lang lang)
{
    kiosk_fx f;
    kiosk_open(&f, w, h, lang, 3);
    f.now = 1000;
    f.u->kiosk.attract_next = f.now + 8000;
    shot(&f, "attract-top");
    kiosk_wait(&f, 8000 + 3500, 500); /* the teaser, the finger on the answer */
    shot(&f, "attract-teaser");
    kiosk_wait(&f, 1000, 500);
    shot(&f, "attract-teaser-tick");
    kiosk_wait(&f, 4000, 500);
    shot(&f, "attract-help");
    f.u->kiosk.paused = true;
    shot(&f, "attract-paused");
    f.u->kiosk.paused = false;
    ui_fixture_tap_sized(f.u, w / 2, h / 2, w, h, &f.now);
    cr_assert_eq(f.u->screen, UI_SCREEN_NICK);
    ui_fixture_tap_text(f.u, "Zoé", w, h, &f.now);
    shot(&f, "nick");
    ui_fixture_press(f.u, SDLK_RETURN, &f.now);
    kiosk_wait(&f, 3000, 500);
    shot(&f, "question");
    kiosk_wait(&f, 43000, 1000);
    cr_assert(f.u->kiosk.still_there);
    kiosk_wait(&f, 2000, 1000);
    shot(&f, "still-there");
    ui_fixture_press(f.u, SDLK_RETURN, &f.now); /* dismissed */
    for (int q = 0; q < 3 && f.u->screen == UI_SCREEN_GAME; q++) {
        if (game_session_phase(f.u->session) == GAME_PHASE_QUESTION) {
            ui_fixture_type(f.u, "1", &f.now);
        }
        kiosk_wait(&f, 1500, 500);
        ui_fixture_press(f.u, SDLK_RETURN, &f.now);
    }
    cr_assert_eq(f.u->screen, UI_SCREEN_KIOSK_END);
    kiosk_wait(&f, 4000, 1000);
    shot(&f, "end");
    kiosk_close(&f);
}

Test(kiosk_shots, every_screen_at_three_sizes, .timeout = 120)
{
    if (!getenv("VIGIE_KIOSK_SHOTS")) return;
    static const int sizes[3][2] = {{1920, 1080}, {1280, 720}, {1024, 768}};
    for (int s = 0; s < 3; s++)
        for (int l = 0; l < 2; l++)
            shots_at(sizes[s][0], sizes[s][1], l ? GAME_LANG_EN : GAME_LANG_FR);
}

/* ---- golden screenshots: the attract loop and the end, both sizes, both languages ---- */

#define OUT VIGIE_BUILD_DIR "/test-shots"
/* The screen shown against tests/golden/<name>.png (VIGIE_UPDATE_GOLDEN=1 rewrites it). */
static void compare(kiosk_fx *f, const char *name)
{
    char actual[700], err[256];
    mkdir(OUT, 0755);
    snprintf(actual, sizeof actual, "%s/%s.png", OUT, name);
    ui_draw(f->u, f->now);
    cr_assert(gfx_save_png(f->g, actual, err, sizeof err), "%s", err);
    golden_compare(name, actual);
}

Test(kiosk_golden, the_attract_loop_and_the_end_at_both_sizes)
{
    static const int sizes[2][2] = {{1280, 720}, {1024, 768}};
    for (int s = 0; s < 2; s++)
        for (int l = 0; l < 2; l++) {
            kiosk_fx f;
            int w = sizes[s][0], h = sizes[s][1];
            kiosk_open(&f, w, h, l ? GAME_LANG_EN : GAME_LANG_FR, 5);
            char name[96];
            const char *lang = l ? "en" : "fr";
            snprintf(name, sizeof name, "kiosk-attract-%dx%d-%s", w, h, lang);
            compare(&f, name);
            ui_fixture_tap_sized(f.u, w / 2, h / 2, w, h, &f.now);
            ui_fixture_press(f.u, SDLK_RETURN, &f.now);
            for (int q = 0; q < 3 && f.u->screen == UI_SCREEN_GAME; q++) {
                kiosk_wait(&f, 2000, 500);
                ui_fixture_type(f.u, "1", &f.now);
                kiosk_wait(&f, 1500, 500);
                ui_fixture_press(f.u, SDLK_RETURN, &f.now);
            }
            cr_assert_eq(f.u->screen, UI_SCREEN_KIOSK_END);
            kiosk_wait(&f, 2000, 500);
            snprintf(name, sizeof name, "kiosk-end-%dx%d-%s", w, h, lang);
            compare(&f, name);
            kiosk_close(&f);
        }
}

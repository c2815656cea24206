/* test_play_ui.c — a mini-game in the window's ui, driven by input events: keys and taps reach
 * the game in canvas units, the engine keeps Escape, the time limit ends the game, and a game
 * that fails shows the error screen. */
#define _GNU_SOURCE /* mkstemps */
#include "ui_fixture.h"

#include "ui/ui_internal.h"
#include "ui/ui_kinds.h"
#include "ui/ui_screens.h"
#include "ui/ui_widgets.h"

#include <stdio.h>
#include <unistd.h>

static ui_fixture F;
static ui *u;
static uint64_t now;

static void open_level(const char *file)
{
    ui_fixture_open(&F, 1280, 720, file, GAME_LANG_FR, 3, 1);
    u = F.u;
    now = F.now;
}

static void frame(uint64_t ms)
{
    now += ms;
    ui_update(u, now);
    ui_draw(u, now);
}

static void key(input_key k, int sym)
{
    input_event ev = {.type = INPUT_KEY, .key = k, .sym = sym};
    ui_input(u, &ev, now += 50);
    frame(16);
}

/* A tap at canvas units (cx, cy), through the canvas' place on screen. */
static void tap(float cx, float cy)
{
    gfx_rect r = u->play.rect;
    cr_assert_gt(r.w, 0);
    input_event d = {.type = INPUT_POINTER_DOWN,
                     .x = r.x + (int)(cx * (float)r.w / GAME_CANVAS_W),
                     .y = r.y + (int)(cy * (float)r.h / GAME_CANVAS_H)};
    input_event up = d;
    up.type = INPUT_POINTER_UP;
    ui_input(u, &d, now += 50);
    ui_input(u, &up, now += 50);
    frame(16);
}

static game_phase phase(void)
{
    return game_session_phase(u->session);
}

#define GAME_LEVEL VIGIE_SOURCE_DIR "/tests/data/game-level.lua"

Test(play_ui, the_game_runs_with_the_keyboard_alone)
{
    open_level(GAME_LEVEL);
    frame(16);
    cr_assert(ui_play_live(u));
    cr_assert_eq(phase(), GAME_PHASE_QUESTION);
    key(INPUT_KEY_RIGHT, 0); /* report the parcel scam: right */
    key(INPUT_KEY_LEFT, 0);  /* trust the school's reminder: right */
    cr_assert_eq(phase(), GAME_PHASE_QUESTION);
    key(INPUT_KEY_DOWN, '\t');  /* Tab: the focus goes to "Report" */
    key(INPUT_KEY_ENTER, '\r'); /* report the password scam: right, and over */
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    cr_assert_eq(game_session_score(u->session), 1000);
    cr_assert(u->play.has_result);
    cr_assert_eq(u->play.result.nitems, 3);
    ui_fixture_close(&F);
}

Test(play_ui, the_game_runs_with_the_pointer_alone)
{
    open_level(GAME_LEVEL);
    frame(16);
    tap(340, 515); /* "Trust" on the parcel scam: wrong */
    tap(340, 515); /* "Trust" on the reminder: right */
    tap(860, 515); /* "Report" on the password scam: right */
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    cr_assert_eq(game_session_score(u->session), 667);
    ui_fixture_close(&F);
}

Test(play_ui, a_press_outside_the_canvas_is_not_the_games)
{
    open_level(GAME_LEVEL);
    frame(16);
    gfx_rect r = u->play.rect;
    input_event d = {.type = INPUT_POINTER_DOWN, .x = r.x + r.w / 2, .y = r.y + r.h + 5};
    ui_input(u, &d, now += 50);
    d.type = INPUT_POINTER_UP;
    ui_input(u, &d, now += 50);
    frame(16);
    cr_assert_eq(phase(), GAME_PHASE_QUESTION);
    ui_fixture_close(&F);
}

Test(play_ui, escape_stays_the_engines)
{
    open_level(GAME_LEVEL);
    frame(16);
    key(INPUT_KEY_BACK, 0);
    cr_assert_eq(phase(), GAME_PHASE_QUESTION); /* once: "again to leave" */
    key(INPUT_KEY_BACK, 0);
    cr_assert_eq(phase(), GAME_PHASE_MENU);
    cr_assert_not(ui_play_live(u));
    ui_fixture_close(&F);
}

Test(play_ui, the_first_escape_in_a_game_asks_to_confirm_as_a_quiz_does)
{
    open_level(GAME_LEVEL);
    frame(16);
    cr_assert_str_eq(ui_play_hint(u, now), "q.game_keys");
    ui_fixture_press(u, SDLK_ESCAPE, &now);
    cr_assert_eq(phase(), GAME_PHASE_QUESTION);
    cr_assert_str_eq(ui_play_hint(u, now), "q.leave", "the first Esc shows the confirmation");
    cr_assert(ui_play_live(u));
    ui_fixture_press(u, SDLK_ESCAPE, &now);
    cr_assert_eq(phase(), GAME_PHASE_MENU);
    ui_fixture_close(&F);
}

Test(play_ui, a_level_that_is_one_game_says_its_title_and_no_standing_score)
{
    open_level(GAME_LEVEL);
    frame(16);
    char left[256], score[64];
    cr_assert(ui_top_bar_texts(u, left, sizeof left, score, sizeof score));
    cr_assert_str_eq(left, "Test de mini-jeu", "not \"Question 1/1\"");
    cr_assert_str_eq(score, "", "the game scores when it ends");
    key(INPUT_KEY_RIGHT, 0);
    key(INPUT_KEY_LEFT, 0);
    key(INPUT_KEY_DOWN, '\t');
    key(INPUT_KEY_ENTER, '\r');
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    cr_assert(ui_top_bar_texts(u, left, sizeof left, score, sizeof score));
    cr_assert_str_eq(score, "Score 1\xc2\xa0"
                            "000");
    ui_fixture_close(&F);
}

Test(play_ui, the_results_of_a_game_count_it_by_its_share_not_as_wrong)
{
    open_level(GAME_LEVEL);
    frame(16);
    key(INPUT_KEY_RIGHT, 0); /* report the parcel scam: right */
    key(INPUT_KEY_RIGHT, 0); /* report the school's reminder: wrong */
    key(INPUT_KEY_DOWN, '\t');
    key(INPUT_KEY_ENTER, '\r'); /* report the password scam: right, and over */
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    key(INPUT_KEY_ENTER, '\r');
    cr_assert_eq(phase(), GAME_PHASE_RESULTS);
    char line[256];
    ui_recap_summary(u, line, sizeof line);
    cr_assert(strncmp(line, "Jeu réussi à 67 % · ", strlen("Jeu réussi à 67 % · ")) == 0,
              "got \"%s\"", line);
    ui_fixture_close(&F);
}

Test(play_ui, the_time_limit_ends_the_game_and_it_still_explains)
{
    open_level(GAME_LEVEL);
    frame(16);
    key(INPUT_KEY_RIGHT, 0);
    frame(61000);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    const game_answer *a = game_session_answer(u->session, 0);
    cr_assert(a->timeout);
    cr_assert_eq(a->points, 0);
    cr_assert(u->play.has_result, "finish(true) gave the items");
    cr_assert_eq(u->play.result.nitems, 3);
    ui_fixture_close(&F);
}

Test(play_ui, a_game_that_fails_shows_the_error_screen)
{
    char path[] = "/tmp/vigie-play-ui-XXXXXX.lua";
    int fd = mkstemps(path, 4);
    cr_assert_geq(fd, 0);
    const char *src =
        "local t = 0\n"
        "return { id = \"boom\", title = \"B\", questions = { { kind = \"game\", prompt = \"P\",\n"
        "  explain = \"E\", init = function() t = 0 end,\n"
        "  update = function(dt) t = t + dt; if t > 4 then error(\"kaboom\") end end,\n"
        "  draw = function(g) g.text(\"x\", 0, 0, 100, 100) end,\n"
        "  finish = function() return { credit = 1 } end } } }\n";
    cr_assert_eq(write(fd, src, strlen(src)), (ssize_t)strlen(src));
    close(fd);
    open_level(path);
    frame(16);
    cr_assert_eq(u->screen, UI_SCREEN_GAME);
    for (int i = 0; i < 300 && u->screen == UI_SCREEN_GAME; i++) frame(16);
    cr_assert_eq(u->screen, UI_SCREEN_ERROR);
    cr_assert(strstr(u->error.message, "kaboom"), "%s", u->error.message);
    cr_assert_eq(u->error.line, 4);
    ui_fixture_close(&F);
    unlink(path);
}

Test(play_ui, a_live_game_asks_for_frames_and_a_finished_one_does_not)
{
    open_level(GAME_LEVEL);
    frame(16);
    ui_take_dirty(u);
    cr_assert_eq(ui_wait_ms(u, now), 16);
    key(INPUT_KEY_RIGHT, 0);
    key(INPUT_KEY_LEFT, 0);
    key(INPUT_KEY_RIGHT, 0);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    frame(5000); /* the feedback's animation is over */
    ui_take_dirty(u);
    cr_assert_eq(ui_wait_ms(u, now), -1);
    ui_fixture_close(&F);
}

Test(play_ui, a_long_result_is_shown_a_page_at_a_time)
{
    char err[256];
    game_error gerr = {0};
    ui_fixture f = {0};
    f.g = gfx_create_offscreen(1024, 768, err, sizeof err);
    cr_assert_not_null(f.g, "%s", err);
    cr_assert(script_catalog_load(&f.cat, &gerr), "%s", gerr.message);
    app_levels_load_file(&f.lv, VIGIE_SOURCE_DIR "/levels/lycee/chatbot-invente.lua", 1);
    ui_config cfg = {.lang = GAME_LANG_FR, .seed = 1};
    f.u = ui_create(f.g, NULL, &f.cat, f.lv.packs, f.lv.npacks, &cfg);
    game_scripted *a = NULL;
    size_t n = 0;
    cr_assert(script_answers_load(VIGIE_SOURCE_DIR "/tests/levels/chatbot-invente.mixed.lua",
                                  f.lv.packs[0].levels[0].level, &a, &n, &gerr),
              "%s", gerr.message);
    ui_goto_play(f.u, a[0].steps, a[0].nsteps, 0);
    f.now = 1000;
    cr_assert(ui_goto(f.u, "feedback", 1, UI_ANSWER_RIGHT, &f.now, &gerr), "%s", gerr.message);
    u = f.u;
    now = f.now;
    frame(16);
    cr_assert(u->play.paged, "six rows with long whys do not fit at 1024×768");
    cr_assert_eq(u->play.first, 0);
    size_t page = u->play.page_rows;
    cr_assert_geq(page, 1);
    key(INPUT_KEY_DOWN, 0); /* the next page */
    cr_assert_eq(u->play.first, page);
    key(INPUT_KEY_UP, 0);
    cr_assert_eq(u->play.first, 0);
    for (int i = 0; i < 6; i++) key(INPUT_KEY_DOWN, 0); /* past the last page: the first */
    cr_assert_lt(u->play.first, 6);
    while (u->play.first != 0) key(INPUT_KEY_DOWN, 0);
    gfx_rect p = u->play.pager; /* a tap on the pager shows the next rows */
    input_event d = {.type = INPUT_POINTER_DOWN, .x = p.x + p.w / 2, .y = p.y + p.h / 2};
    ui_input(u, &d, now += 50);
    d.type = INPUT_POINTER_UP;
    ui_input(u, &d, now += 50);
    cr_assert_eq(u->play.first, page);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    key(INPUT_KEY_ENTER, '\r');
    cr_assert_eq(phase(), GAME_PHASE_RESULTS);
    script_answers_free(a, n);
    ui_fixture_close(&f);
}

/* The feedback of a shipped game after one of its scripted runs, at w×h in lang. */
static void open_feedback(ui_fixture *f, int w, int h, game_lang lang, const char *level,
                          const char *answers, game_scripted **a, size_t *n)
{
    char err[256];
    game_error gerr = {0};
    *f = (ui_fixture){0};
    f->g = gfx_create_offscreen(w, h, err, sizeof err);
    cr_assert_not_null(f->g, "%s", err);
    cr_assert(script_catalog_load(&f->cat, &gerr), "%s", gerr.message);
    app_levels_load_file(&f->lv, level, 1);
    ui_config cfg = {.lang = lang, .seed = 1};
    f->u = ui_create(f->g, NULL, &f->cat, f->lv.packs, f->lv.npacks, &cfg);
    cr_assert(script_answers_load(answers, f->lv.packs[0].levels[0].level, a, n, &gerr), "%s",
              gerr.message);
    ui_goto_play(f->u, (*a)[0].steps, (*a)[0].nsteps, 0);
    f->now = 1000;
    cr_assert(ui_goto(f->u, "feedback", 1, UI_ANSWER_RIGHT, &f->now, &gerr), "%s", gerr.message);
    u = f->u;
    now = f->now;
    frame(16);
}

Test(play_ui, a_game_feedback_pages_its_rows_rather_than_counting_the_right_ones)
{
    static const struct {
        int w, h;
        game_lang lang;
    } sizes[] = {{1280, 720, GAME_LANG_FR},
                 {1024, 768, GAME_LANG_FR},
                 {1280, 720, GAME_LANG_EN},
                 {1024, 768, GAME_LANG_EN}};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        ui_fixture f;
        game_scripted *a = NULL;
        size_t n = 0;
        open_feedback(&f, sizes[i].w, sizes[i].h, sizes[i].lang,
                      VIGIE_SOURCE_DIR "/levels/lycee/inbox-triage.lua",
                      VIGIE_SOURCE_DIR "/tests/levels/inbox-triage.perfect.lua", &a, &n);
        cr_assert_eq(u->play.result.nitems, 10);
        /* every row drawn, or pages: never "… and 7 more" in place of their explanations */
        cr_assert(u->play.paged || u->play.page_rows == u->play.result.nitems,
                  "%d×%d: %zu rows of 10 shown, not paged", sizes[i].w, sizes[i].h,
                  u->play.page_rows);
        size_t seen = 0;
        while (seen < 10) {
            cr_assert_gt(u->play.page_rows, 0);
            seen += u->play.page_rows;
            if (seen < 10) key(INPUT_KEY_DOWN, 0);
        }
        script_answers_free(a, n);
        ui_fixture_close(&f);
    }
}

static void write_game(const char *path, double credit)
{
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fprintf(f,
            "local n\n"
            "return { id = \"reload\", title = \"R\", questions = { { kind = \"game\",\n"
            "  prompt = \"P\", explain = \"E\", init = function() n = 0 end,\n"
            "  update = function(dt) n = n + 1 end, input = function(e) return e.key == \"enter\" "
            "end,\n"
            "  draw = function(g) g.text(tostring(n), 0, 0, 200, 100) end,\n"
            "  finish = function() return { credit = %.2f } end } } }\n",
            credit);
    fclose(f);
}

Test(play_ui, a_saved_game_starts_again_from_init_with_the_new_code)
{
    char path[] = "/tmp/vigie-play-reload-XXXXXX.lua";
    int fd = mkstemps(path, 4);
    cr_assert_geq(fd, 0);
    close(fd);
    write_game(path, 0.1);
    open_level(path);
    for (int i = 0; i < 5; i++) frame(16);
    cr_assert(ui_play_live(u));
    write_game(path, 0.9);
    void *old = NULL;
    game_error err = {0};
    cr_assert(app_levels_reload(&F.lv, 0, 0, 3, &old, &err), "%s", err.message);
    ui_level_reloaded(u, 0, 0, now);
    script_level_unload(old);
    frame(16);
    cr_assert(ui_play_live(u), "the game runs again, from init");
    cr_assert_eq(phase(), GAME_PHASE_QUESTION);
    key(INPUT_KEY_ENTER, '\r');
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    cr_assert_eq(game_session_score(u->session), 900, "the new finish() scored");
    ui_fixture_close(&F);
    unlink(path);
}

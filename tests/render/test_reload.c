/* test_reload.c — the trainer's loop without a window: a saved file wakes the loop
 * (inotify → SDL event), a reload restarts the level at the question being played, a
 * broken save keeps the old level and reports the error, and fixing it brings it back. */
#include "../common.h"
#include "app/app.h"
#include "app/app_watch.h"
#include "gfx/gfx.h"
#include "script/script.h"

#include "ui_fixture.h"

#include <SDL.h>
#include <criterion/criterion.h>
#include <unistd.h>

static char dir[] = "/tmp/vigie-reload-XXXXXX";
static char path[300];

static void write_level(const char *prompt2, int correct2)
{
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fprintf(f,
            "return { id = \"r\", title = \"R\", questions = {\n"
            "  { id = \"one\", prompt = \"First?\", choices = { \"a\", \"b\" }, correct = 1, "
            "explain = \"x\" },\n"
            "  { id = \"two\", prompt = \"%s\", choices = { \"a\", \"b\", \"c\" }, correct = %d, "
            "explain = \"x\" },\n"
            "} }\n",
            prompt2, correct2);
    fclose(f);
}

static void setup(void)
{
    cr_assert_not_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/level.lua", dir);
    write_level("Second?", 2);
}

static void teardown(void)
{
    unlink(path);
    rmdir(dir);
}

TestSuite(reload, .init = setup, .fini = teardown);

Test(reload, a_reload_restarts_the_current_question_and_a_broken_save_keeps_the_old_level)
{
    ui_fixture F;
    ui_fixture_open(&F, 1024, 768, path, GAME_LANG_EN, 1, 2);
    app_levels *lv = &F.lv;
    ui *u = F.u;
    uint64_t now = F.now;
    game_error gerr = {0};

    /* A good save: the new text, at the same question. */
    write_level("Changed second?", 2);
    size_t p, i;
    bool all;
    cr_assert(app_levels_find(lv, path, &p, &i, &all));
    void *old = NULL;
    cr_assert(app_levels_reload(lv, p, i, 1, &old, &gerr), "%s", gerr.message);
    ui_level_reloaded(u, p, i, now);
    script_level_unload(old);
    const game_level *level = lv->packs[0].levels[0].level;
    cr_assert_str_eq(game_text_get(&level->questions[1].prompt, GAME_LANG_EN), "Changed second?");
    ui_draw(
        u,
        now); /* draws the restarted question over the new data: ASan would catch a stale level */

    /* A broken save: nothing changes, the error names the file and the line. */
    write_level("Broken?", 7);
    cr_assert_not(app_levels_reload(lv, p, i, 1, &old, &gerr));
    cr_assert_eq(gerr.line, 3, "%s", gerr.message);
    cr_assert(strstr(gerr.message, "correct = 7, but there are 3 choices"), "%s", gerr.message);
    ui_reload_failed(u, &gerr, now);
    ui_draw(u, now);
    cr_assert_eq(lv->packs[0].levels[0].level, level, "the old level goes on");

    /* Fixed: back. */
    write_level("Fixed second?", 3);
    cr_assert(app_levels_reload(lv, p, i, 1, &old, &gerr), "%s", gerr.message);
    ui_level_reloaded(u, p, i, now);
    script_level_unload(old);
    ui_draw(u, now);
    cr_assert_eq(lv->packs[0].levels[0].level->questions[1].correct_mask, 0x4u);

    ui_fixture_close(&F);
}

Test(reload, a_saved_file_wakes_the_event_loop_with_its_path)
{
    cr_assert_eq(SDL_Init(SDL_INIT_EVENTS), 0, "%s", SDL_GetError());
    Uint32 type = SDL_RegisterEvents(1);
    const char *dirs[] = {dir};
    app_watch *w = app_watch_start(dirs, 1, type);
    cr_assert_not_null(w);
    write_level("Saved?", 1);
    /* The event comes at once; the wait is long only so that a loaded machine, where the
     * watcher's thread may wait its turn, still gets it in time. */
    SDL_Event ev;
    bool seen = false;
    for (int k = 0; k < 600 && !seen; k++) {
        if (SDL_WaitEventTimeout(&ev, 100) && ev.type == type) {
            char got[300];
            snprintf(got, sizeof got, "%s", (const char *)ev.user.data1);
            free(ev.user.data1);
            cr_assert_str_eq(got, path);
            seen = true;
        }
    }
    cr_assert(seen, "no event within 60 s of the save");
    app_watch_stop(w);
    SDL_Quit();
}

/* The ui of `vigie --open path --question N`: the level file's levels, opened at question n
 * (0-based) as app_play does. */
static void open_at(ui_fixture *f, size_t n)
{
    char err[256];
    game_error gerr = {0};
    f->g = gfx_create_offscreen(1024, 768, err, sizeof err);
    cr_assert_not_null(f->g, "%s", err);
    cr_assert(script_catalog_load(&f->cat, &gerr), "%s", gerr.message);
    app_levels_load_file(&f->lv, path, 1);
    ui_config cfg = {.lang = GAME_LANG_EN, .seed = 1, .skip_title = true};
    f->u = ui_create(f->g, NULL, &f->cat, f->lv.packs, f->lv.npacks, &cfg);
    f->now = 1000;
    ui_open_level_at(f->u, 0, 0, n, f->now);
}

static void reload(ui_fixture *f, bool ok)
{
    size_t p, i;
    bool all;
    void *old = NULL;
    game_error gerr = {0};
    cr_assert(app_levels_find(&f->lv, path, &p, &i, &all));
    cr_assert_eq(app_levels_reload(&f->lv, p, i, 1, &old, &gerr), ok, "%s", gerr.message);
    if (ok) {
        ui_level_reloaded(f->u, p, i, f->now);
        script_level_unload(old);
    } else {
        ui_reload_failed(f->u, &gerr, f->now);
    }
    ui_draw(f->u, f->now);
}

Test(reload, open_at_question_n_starts_there_without_the_ones_before_and_a_save_restarts_it)
{
    ui_fixture F;
    open_at(&F, 1);
    ui *u = F.u;
    cr_assert_eq(u->screen, UI_SCREEN_GAME);
    cr_assert_eq(game_session_phase(u->session), GAME_PHASE_QUESTION);
    cr_assert_eq(game_session_question_index(u->session), 1);
    cr_assert_eq(game_session_score(u->session), 0, "no question before was played");
    ui_draw(u, F.now);

    F.now += 4000;
    write_level("Edited second?", 2);
    reload(&F, true);
    cr_assert_eq(game_session_phase(u->session), GAME_PHASE_QUESTION);
    cr_assert_eq(game_session_question_index(u->session), 1);
    cr_assert_str_eq(game_text_get(&game_session_question(u->session)->prompt, GAME_LANG_EN),
                     "Edited second?");

    /* A broken save keeps the question; the fix restarts it. */
    write_level("Broken?", 7);
    reload(&F, false);
    write_level("Fixed?", 3);
    reload(&F, true);
    cr_assert_eq(game_session_question_index(u->session), 1);
    cr_assert_eq(game_session_phase(u->session), GAME_PHASE_QUESTION);
    ui_fixture_close(&F);
}

Test(reload, a_level_opened_broken_at_question_n_starts_at_question_n_once_fixed)
{
    write_level("Broken?", 7);
    ui_fixture F;
    open_at(&F, 1);
    ui *u = F.u;
    cr_assert_eq(u->screen, UI_SCREEN_ERROR);
    write_level("Fixed?", 3);
    reload(&F, true);
    cr_assert_eq(u->screen, UI_SCREEN_GAME);
    cr_assert_eq(game_session_phase(u->session), GAME_PHASE_QUESTION);
    cr_assert_eq(game_session_question_index(u->session), 1);
    ui_fixture_close(&F);
}

/* Past the last question: the last, never out of bounds (the command line refuses it first). */
Test(reload, open_at_a_question_past_the_end_opens_the_last)
{
    ui_fixture F;
    open_at(&F, 9);
    cr_assert_eq(game_session_question_index(F.u->session), 1);
    ui_draw(F.u, F.now);
    ui_fixture_close(&F);
}

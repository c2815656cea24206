/* ui_fixture.h — an offscreen ui on one level file, already at one of its questions: the setup
 * the ui tests share. Criterion tests only (it asserts). */
#ifndef VIGIE_TESTS_UI_FIXTURE_H
#define VIGIE_TESTS_UI_FIXTURE_H

#include "app/app.h"
#include "gfx/gfx.h"
#include "script/script.h"
#include "ui/ui.h"

#include <criterion/criterion.h>

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

#endif

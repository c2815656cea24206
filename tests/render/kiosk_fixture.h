/* kiosk_fixture.h — an offscreen ui in kiosk mode on the kiosk's test pack
 * (tests/data/kiosk-stand), with kept results that log every call: the setup test_kiosk.c and
 * test_kiosk_soak.c share. Criterion tests only (it asserts). */
#ifndef VIGIE_TESTS_KIOSK_FIXTURE_H
#define VIGIE_TESTS_KIOSK_FIXTURE_H

#include "ui/ui_kiosk.h"
#include "ui_fixture.h"

#define KIOSK_PACK VIGIE_SOURCE_DIR "/tests/data/kiosk-stand"

typedef struct {
    int begun, answers, ended, abandoned, flushes;
    char nick[64]; /* the last run's, "" anonymous */
    long last_score;
    int open; /* runs begun and neither ended nor abandoned */
} kiosk_log;

static inline void kiosk_run_begin(void *ud, const ui_run_record *r)
{
    kiosk_log *l = ud;
    l->begun++;
    l->open++;
    snprintf(l->nick, sizeof l->nick, "%s", r->nick ? r->nick : "");
}
static inline void kiosk_answer(void *ud, const ui_answer_record *a)
{
    (void)a;
    ((kiosk_log *)ud)->answers++;
}
static inline void kiosk_run_end(void *ud, long score)
{
    kiosk_log *l = ud;
    l->ended++;
    l->open--;
    l->last_score = score;
}
static inline void kiosk_run_abandon(void *ud)
{
    kiosk_log *l = ud;
    l->abandoned++;
    l->open--;
}
static inline void kiosk_flush(void *ud)
{
    ((kiosk_log *)ud)->flushes++;
}
static inline bool kiosk_nick_valid(const char *in, char *out, size_t n)
{
    snprintf(out, n, "%s", in);
    return true;
}
static inline size_t kiosk_day_best(void *ud, const char *pack, game_board_row *out, size_t max)
{
    (void)ud, (void)pack;
    static const char *const names[] = {"Léa", "Max", "", "Zoé", "Nour"};
    size_t n = max < 5 ? max : 5;
    for (size_t i = 0; i < n; i++) {
        memset(&out[i], 0, sizeof out[i]);
        snprintf(out[i].nick, sizeof out[i].nick, "%s", names[i]);
        out[i].score = 3000 - (long)i * 350;
        out[i].max_score = 3000;
    }
    return n;
}
static inline int kiosk_day_rank(void *ud, const char *pack, long score, int *of)
{
    (void)ud, (void)pack, (void)score;
    *of = 41;
    return 3;
}

typedef struct {
    gfx *g;
    game_catalog cat;
    app_levels lv;
    ui *u;
    int w, h;
    uint64_t now;
    kiosk_log log;
    ui_str_log strs;
} kiosk_fx;

/* The kiosk on its test pack at w×h, in lang. */
static inline void kiosk_open(kiosk_fx *f, int w, int h, game_lang lang, uint64_t seed)
{
    char err[256];
    game_error gerr = {0};
    memset(&f->log, 0, sizeof f->log);
    f->w = w;
    f->h = h;
    f->g = gfx_create_offscreen(w, h, err, sizeof err);
    cr_assert_not_null(f->g, "%s", err);
    cr_assert(script_catalog_load(&f->cat, &gerr), "%s", gerr.message);
    app_levels_load(&f->lv, KIOSK_PACK, seed);
    cr_assert_eq(f->lv.npacks, 1);
    ui_config cfg = {.lang = lang, .seed = seed};
    cfg.records = (ui_records){.ud = &f->log,
                               .run_begin = kiosk_run_begin,
                               .answer = kiosk_answer,
                               .run_end = kiosk_run_end,
                               .flush = kiosk_flush,
                               .nick_valid = kiosk_nick_valid,
                               .run_abandon = kiosk_run_abandon,
                               .day_best = kiosk_day_best,
                               .day_rank = kiosk_day_rank};
    cfg.kiosk = (ui_kiosk_config){.on = true, .pin = "1234", .idle_reset_s = 45};
    f->u = ui_create(f->g, NULL, &f->cat, f->lv.packs, f->lv.npacks, &cfg);
    cr_assert_not_null(f->u);
    f->now = 1000;
    ui_update(f->u, f->now);
    ui_draw(f->u, f->now);
}

static inline void kiosk_close(kiosk_fx *f)
{
    ui_destroy(f->u);
    app_levels_unload(&f->lv);
    game_catalog_deinit(&f->cat);
    gfx_destroy(f->g);
}

/* Time passes by steps of step ms, as the app's loop would see it (updates, a frame). */
static inline void kiosk_wait(kiosk_fx *f, uint64_t ms, uint64_t step)
{
    for (uint64_t t = 0; t < ms; t += step) {
        f->now += step;
        ui_update(f->u, f->now);
        if (ui_take_dirty(f->u)) ui_draw(f->u, f->now);
    }
}

/* A finger's tap at (x, y). */
static inline void kiosk_tap(kiosk_fx *f, int x, int y)
{
    ui_fixture_tap_sized(f->u, x, y, f->w, f->h, &f->now);
}

/* Taps the centre of the target of kind k and index i of the screen shown; false when none. */
static inline bool kiosk_tap_target(kiosk_fx *f, ui_target_kind k, int i)
{
    ui_targets ts = {0};
    ui_screen_layout(f->u, f->now, false, &ts);
    const ui_target *t = ui_target_find(&ts, k, i);
    if (!t) return false;
    kiosk_tap(f, t->r.x + t->r.w / 2, t->r.y + t->r.h / 2);
    return true;
}

static inline game_phase kiosk_phase(const kiosk_fx *f)
{
    return f->u->screen == UI_SCREEN_GAME ? game_session_phase(f->u->session) : GAME_PHASE_MENU;
}

/* A sent input_event (the keys input/ may not map yet: the operator's chord). */
static inline void kiosk_event(kiosk_fx *f, input_event ev)
{
    ui_input(f->u, &ev, f->now += 20);
    ui_update(f->u, f->now);
    ui_draw(f->u, f->now);
}

#endif

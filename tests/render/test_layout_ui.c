/* test_layout_ui.c — what a player saw wrong at 1024×768 (issue 10: 9), read from the layout,
 * not from pixels: Continue never sits in the verdict banner nor on the feedback's text, for
 * every kind; a sort's feedback names the bins by their labels, whole; a marked part's "!"
 * never covers the part it marks. Each test walks the shipped levels and the test levels at
 * both window sizes, in both languages. */
#include "../common.h"
#include "ui/ui_internal.h"
#include "ui/ui_mockup.h"
#include "ui_fixture.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#define SRC VIGIE_SOURCE_DIR

static const char *const levels[] = {
    SRC "/levels/lycee/phishing-basics.lua", SRC "/levels/lycee/arnaques-en-action.lua",
    SRC "/tests/data/kinds-level.lua",       SRC "/tests/data/mockups-level.lua",
    SRC "/tests/data/mail-level.lua",        SRC "/tests/data/image-level.lua",
    SRC "/tests/data/office-level.lua",      SRC "/tests/data/long-bins-level.lua",
};
static const int sizes[][2] = {{1024, 768}, {1280, 720}};
static const game_lang langs[] = {GAME_LANG_FR, GAME_LANG_EN};

#define NLEVELS (sizeof levels / sizeof levels[0])
#define NSIZES  (sizeof sizes / sizeof sizes[0])
#define NLANGS  (sizeof langs / sizeof langs[0])

/* Do a and b share a pixel? */
static bool meet(gfx_rect a, gfx_rect b)
{
    return a.w > 0 && a.h > 0 && b.w > 0 && b.h > 0 && a.x < b.x + b.w && b.x < a.x + a.w &&
           a.y < b.y + b.h && b.y < a.y + a.h;
}

static gfx_rect grown(gfx_rect r, int by)
{
    return (gfx_rect){r.x - by, r.y - by, r.w + 2 * by, r.h + 2 * by};
}

/* The ui on question q (1-based) of file, on its feedback after `answer`. */
static void open_feedback(ui_fixture *F, const char *file, int w, int h, game_lang lang, size_t q,
                          ui_answer answer)
{
    game_error err = {0};
    ui_fixture_open(F, w, h, file, lang, 3, q);
    cr_assert(ui_goto(F->u, "feedback", q, answer, &F->now, &err), "%s q%zu: %s", file, q,
              err.message);
    ui_draw(F->u, F->now);
}

static size_t question_count(const char *file)
{
    ui_fixture F;
    ui_fixture_open(&F, 640, 480, file, GAME_LANG_FR, 3, 1);
    size_t n = game_session_level(F.u->session)->nquestions;
    ui_fixture_close(&F);
    return n;
}

/* To look at: build-dev/test-shots/NAME.png. */
static void save(ui_fixture *F, const char *name)
{
    char path[600], err[200];
    mkdir(VIGIE_BUILD_DIR "/test-shots", 0755);
    snprintf(path, sizeof path, VIGIE_BUILD_DIR "/test-shots/%s.png", name);
    ui_draw(F->u, F->now);
    gfx_save_png(F->g, path, err, sizeof err);
}

/* ==== Continue: at the bottom, off the verdict and the text ================ */

Test(feedback_layout, continue_never_sits_in_the_verdict_banner_nor_on_the_text)
{
    for (size_t lv = 0; lv < NLEVELS; lv++) {
        size_t nq = question_count(levels[lv]);
        for (size_t q = 1; q <= nq; q++)
            for (size_t s = 0; s < NSIZES; s++)
                for (size_t l = 0; l < NLANGS; l++)
                    for (int ans = UI_ANSWER_RIGHT; ans <= UI_ANSWER_WRONG; ans++) {
                        ui_fixture F;
                        int W = sizes[s][0], H = sizes[s][1];
                        open_feedback(&F, levels[lv], W, H, langs[l], q, (ui_answer)ans);
                        ui *u = F.u;
                        const game_question *qq = game_session_question(u->session);
                        if (game_kind_get(qq->kind)->shape == GAME_SHAPE_PLAY) {
                            ui_fixture_close(&F);
                            continue; /* a mini-game's feedback is its own (ui_play.c) */
                        }
                        ui_targets ts;
                        ui_screen_layout(u, F.now, false, &ts);
                        const ui_target *cont = ui_target_find(&ts, UI_T_CONTINUE, 0);
                        cr_assert_not_null(cont);
                        ui_metrics m;
                        ui_metrics_compute(&m, W, H);
                        int bar = ui_top_bar(u, &m, F.now, false);
                        gfx_rect banner = {m.pad, bar + m.gap, W - 2 * m.pad, ui_banner_height(&m)};
                        const q_layout *L = &u->question.layout;
                        const char *where = levels[lv] + strlen(SRC) + 1;
                        cr_assert(!meet(cont->r, banner),
                                  "%s q%zu %dx%d lang %d: Continue (%d,%d %dx%d) is in the "
                                  "verdict banner (%d,%d %dx%d)",
                                  where, q, W, H, langs[l], cont->r.x, cont->r.y, cont->r.w,
                                  cont->r.h, banner.x, banner.y, banner.w, banner.h);
                        cr_assert(!meet(cont->r, L->explain),
                                  "%s q%zu %dx%d lang %d: Continue is on the explanation", where, q,
                                  W, H, langs[l]);
                        cr_assert(!meet(cont->r, L->detail),
                                  "%s q%zu %dx%d lang %d: Continue is on the kind's account", where,
                                  q, W, H, langs[l]);
                        for (size_t k = 0; k < L->nshown; k++)
                            cr_assert(!meet(cont->r, L->cells[L->shown[k]]),
                                      "%s q%zu %dx%d lang %d: Continue is on a choice", where, q, W,
                                      H, langs[l]);
                        cr_assert(cont->r.y + cont->r.h <= H && cont->r.x + cont->r.w <= W,
                                  "%s q%zu: Continue is on screen", where, q);
                        ui_fixture_close(&F);
                    }
    }
}

/* ==== sort: the bins by their names, whole ================================= */

/* Every sort question of the levels, answered wrong (one card in another bin): each row names
 * the right bin and, where the card went elsewhere, the player's, by their labels, whole; the
 * rows fit in the account's block (nothing is clipped). */
Test(sort_feedback, names_the_right_bin_and_the_players_by_their_labels_whole)
{
    int seen = 0;
    for (size_t lv = 0; lv < NLEVELS; lv++) {
        size_t nq = question_count(levels[lv]);
        for (size_t q = 1; q <= nq; q++)
            for (size_t s = 0; s < NSIZES; s++)
                for (size_t l = 0; l < NLANGS; l++) {
                    ui_fixture F;
                    int W = sizes[s][0], H = sizes[s][1];
                    open_feedback(&F, levels[lv], W, H, langs[l], q, UI_ANSWER_WRONG);
                    ui *u = F.u;
                    const game_question *qq = game_session_question(u->session);
                    if (qq->kind != GAME_KIND_SORT) {
                        ui_fixture_close(&F);
                        continue;
                    }
                    seen++;
                    const game_answer *a =
                        game_session_answer(u->session, game_session_question_index(u->session));
                    ui_metrics m;
                    ui_metrics_compute(&m, W, H);
                    const q_layout *L = &u->question.layout;
                    int total = 0, wrong = 0;
                    for (size_t i = 0; i < qq->nitems; i++) {
                        char line[600], note[200];
                        total += ui_items_feedback_row(u, &m, L->detail.w, L->detail.h, i, line,
                                                       sizeof line, note, sizeof note);
                        const char *bin = game_text_get(&qq->bins[qq->item_bin[i]], langs[l]);
                        cr_assert(strstr(line, bin), "row \"%s\" names its bin \"%s\"", line, bin);
                        cr_assert(!strstr(line, "…") && !strstr(note, "…"), "\"%s\" is cut", line);
                        signed char put = a->resp.bins[i];
                        if (put >= 0 && put != (signed char)qq->item_bin[i]) {
                            wrong++;
                            char want[200];
                            ui_fmt(u, want, sizeof want, "fb.you_put",
                                   game_text_get(&qq->bins[put], langs[l]), NULL, NULL);
                            cr_assert_str_eq(note, want, "the player's bin by its label");
                        } else {
                            cr_assert_str_empty(note);
                        }
                    }
                    cr_assert_gt(wrong, 0, "the wrong answer put a card in another bin");
                    /* As a list, the rows fit in their block; in the bins' columns (when that
                     * is shorter), nothing drawn is cut. */
                    gfx_text_cuts_reset(F.g);
                    ui_draw(u, F.now);
                    gfx_text_cut_stats cs;
                    gfx_text_cuts(F.g, &cs);
                    cr_assert(cs.cut == 0 && cs.overflow == 0,
                              "q%zu %dx%d lang %d: \"%s\" is cut (rows as a list: %d px, their "
                              "block: %d px)",
                              q, W, H, langs[l], cs.last, total, L->detail.h);
                    if (W == 1024 && lv == 1) {
                        char name[80];
                        snprintf(name, sizeof name, "layout-sort-q%zu-%s", q,
                                 langs[l] == GAME_LANG_FR ? "fr" : "en");
                        save(&F, name);
                    }
                    ui_fixture_close(&F);
                }
    }
    cr_assert_geq(seen, 3 * (int)(NSIZES * NLANGS), "the levels have sort questions");
}

/* ==== a marked part's "!" ================================================== */

/* Every hotspot question, every part marked: each part's "!" is on screen and off the part it
 * marks and its ring; on a mock-up (not a picture), off every other part too; the room kept
 * for the flags leaves every part in sight. */
Test(mockup_flags, a_marked_parts_flag_never_covers_a_part)
{
    int seen = 0;
    for (size_t lv = 0; lv < NLEVELS; lv++) {
        size_t nq = question_count(levels[lv]);
        for (size_t q = 1; q <= nq; q++)
            for (size_t s = 0; s < NSIZES; s++)
                for (size_t l = 0; l < NLANGS; l++) {
                    ui_fixture F;
                    int W = sizes[s][0], H = sizes[s][1];
                    ui_fixture_open(&F, W, H, levels[lv], langs[l], 3, q);
                    ui *u = F.u;
                    const game_question *qq = game_session_question(u->session);
                    if (qq->kind != GAME_KIND_HOTSPOT) {
                        ui_fixture_close(&F);
                        continue;
                    }
                    seen++;
                    for (size_t i = 0; i < qq->nparts; i++)
                        ui_act_args(u, GAME_ACT_CHOOSE, (int)i, 0, F.now);
                    cr_assert_eq(game_session_phase(u->session), GAME_PHASE_QUESTION);
                    /* The flags' column leaves the mock-up whole: every part above Submit. */
                    ui_targets ts;
                    ui_screen_layout(u, F.now, false, &ts);
                    const ui_target *submit = ui_target_find(&ts, UI_T_SUBMIT, 0);
                    cr_assert_not_null(submit);
                    for (size_t i = 0; i < qq->nparts; i++) {
                        gfx_rect p = ui_hotspot_part(u, F.now, (int)i);
                        cr_assert_leq(p.y + p.h, submit->r.y, "%s q%zu %dx%d: part %zu is whole",
                                      levels[lv] + strlen(SRC) + 1, q, W, H, i);
                    }
                    for (size_t i = 0; i < qq->nparts; i++) {
                        gfx_rect f = ui_hotspot_flag(u, F.now, (int)i);
                        cr_assert(f.w > 0 && f.x >= 0 && f.y >= 0 && f.x + f.w <= W &&
                                      f.y + f.h <= H,
                                  "q%zu part %zu: its flag (%d,%d %dx%d) is on screen", q, i, f.x,
                                  f.y, f.w, f.h);
                        for (size_t j = 0; j < qq->nparts; j++) {
                            if (j != i && qq->mockup == GAME_MOCKUP_IMAGE) continue;
                            gfx_rect o = ui_hotspot_part(u, F.now, (int)j);
                            cr_assert(!meet(f, grown(o, 4)),
                                      "%s q%zu %dx%d: the flag of part %zu (%d,%d %dx%d) covers "
                                      "part %zu (%d,%d %dx%d)",
                                      levels[lv] + strlen(SRC) + 1, q, W, H, i, f.x, f.y, f.w, f.h,
                                      j, o.x, o.y, o.w, o.h);
                        }
                    }
                    if (W == 1024) {
                        char name[100];
                        snprintf(name, sizeof name, "layout-flags-%zu-q%zu-%s", lv, q,
                                 langs[l] == GAME_LANG_FR ? "fr" : "en");
                        save(&F, name);
                    }
                    ui_fixture_close(&F);
                }
    }
    cr_assert_geq(seen, 6 * (int)(NSIZES * NLANGS), "the levels have hotspot questions");
}

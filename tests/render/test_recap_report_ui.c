/* test_recap_report_ui.c — nothing is cut on the results' recap and on the trainer's report, at
 * 1024×768 and 1280×720, in French and English: every question, right answer, nickname and
 * heading is drawn whole (the ui notes each text it draws there, u->shown), no line is wider
 * than its box, no text lies over another, and what does not fit is a key press away. The
 * recap is played on every shipped level and the test levels with long answers; the report
 * reads a session with long prompts, long wrong answers and the longest nicknames. */
#include "app/app.h"
#include "gfx/gfx.h"
#include "script/script.h"
#include "store/store.h"
#include "ui/ui_internal.h"
#include "ui/ui_kinds.h"
#include "ui/ui_widgets.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SRC VIGIE_SOURCE_DIR

static const int sizes[][2] = {{1024, 768}, {1280, 720}};
static const game_lang langs[] = {GAME_LANG_FR, GAME_LANG_EN};

/* One frame, counted from nothing by the text layer's count of cut texts. */
static void frame(ui *u, gfx *g, uint64_t now)
{
    gfx_text_cuts_reset(g);
    ui_draw(u, now);
}

static void key(ui *u, gfx *g, input_key k, uint64_t *now)
{
    input_event ev = {.type = INPUT_KEY, .key = k};
    ui_input(u, &ev, *now += 100);
    ui_update(u, *now);
    frame(u, g, *now);
}

static bool ends_with_ellipsis(const char *s)
{
    size_t n = strlen(s);
    return n >= 3 && strcmp(s + n - 3, "\xe2\x80\xa6") == 0;
}

/* Every text drawn in the last frame is whole, within its box and the screen, over no other
 * one: as the ui noted them, and as the text layer counted them. */
static void check_frame(const ui *u, gfx *g, int w, int h, const char *where)
{
    gfx_text_cut_stats cuts;
    gfx_text_cuts(g, &cuts);
    cr_assert(cuts.cut == 0 && cuts.overflow == 0,
              "%s: the text layer cut %u texts and overflowed %u, the last \"%s\"", where, cuts.cut,
              cuts.overflow, cuts.last);
    cr_assert_gt(u->nshown, 0, "%s: nothing noted", where);
    cr_assert_lt(u->nshown, UI_SHOWN_MAX, "%s: more texts than the log holds", where);
    for (size_t i = 0; i < u->nshown; i++) {
        const ui_shown_text *a = &u->shown[i];
        cr_assert_leq(a->used_w, a->box.w, "%s: \"%s\" is %d px wide in a box of %d", where,
                      a->text, a->used_w, a->box.w);
        cr_assert(a->box.x >= 0 && a->box.x + a->box.w <= w && a->box.y >= 0 &&
                      a->box.y + a->box.h <= h,
                  "%s: \"%s\" leaves the screen", where, a->text);
        cr_assert_not(ends_with_ellipsis(a->text), "%s: \"%s\" is cut", where, a->text);
        for (size_t j = 0; j < i; j++) {
            const ui_shown_text *b = &u->shown[j];
            bool apart = a->box.x >= b->box.x + b->box.w || b->box.x >= a->box.x + a->box.w ||
                         a->box.y >= b->box.y + b->box.h || b->box.y >= a->box.y + a->box.h;
            cr_assert(apart, "%s: \"%s\" lies over \"%s\"", where, a->text, b->text);
        }
    }
}

/* Was text drawn in the last frame, whole? */
static bool shown(const ui *u, const char *text)
{
    for (size_t i = 0; i < u->nshown; i++)
        if (strcmp(u->shown[i].text, text) == 0) return true;
    return false;
}

/* ---- the recap ---- */

static void recap_level(const char *file, int w, int h, game_lang lang)
{
    char err[256], where[600];
    game_error gerr = {0};
    gfx *g = gfx_create_offscreen(w, h, err, sizeof err);
    cr_assert_not_null(g, "%s", err);
    game_catalog cat;
    cr_assert(script_catalog_load(&cat, &gerr), "%s", gerr.message);
    app_levels lv;
    app_levels_load_file(&lv, file, 3);
    ui_config cfg = {.lang = lang, .seed = 3};
    ui *u = ui_create(g, NULL, &cat, lv.packs, lv.npacks, &cfg);
    uint64_t now = 1000;
    cr_assert(ui_goto(u, "results", 0, UI_ANSWER_RIGHT, &now, &gerr), "%s: %s", file, gerr.message);
    frame(u, g, now);
    const game_level *l = game_session_level(u->session);
    bool *seen = calloc(l->nquestions, sizeof *seen);
    for (int page = 0; page < 40; page++) {
        snprintf(where, sizeof where, "%s %dx%d %s, page %d", file, w, h, game_lang_code(lang),
                 page + 1);
        check_frame(u, g, w, h, where);
        for (size_t i = 0; i < l->nquestions; i++) {
            const game_question *q = &l->questions[i];
            char prompt[UI_SHOWN_TEXT], right[UI_SHOWN_TEXT - 200], line[UI_SHOWN_TEXT];
            snprintf(prompt, sizeof prompt, "%zu. %s", i + 1, game_text_get(&q->prompt, lang));
            if (!shown(u, prompt)) continue;
            seen[i] = true;
            const ui_kind_view *v = ui_kind_view_of(q->kind);
            if (!v->right_answer) continue; /* a game: its share, in words of the catalog */
            right[0] = '\0';
            v->right_answer(u, q, right, sizeof right);
            ui_fmt(u, line, sizeof line, "res.answer", right, NULL, NULL);
            cr_assert(shown(u, line), "%s: question %zu's right answer is not whole: %s", where,
                      i + 1, line);
        }
        if (!u->recap.more) break;
        key(u, g, INPUT_KEY_DOWN, &now);
    }
    for (size_t i = 0; i < l->nquestions; i++)
        cr_assert(seen[i], "%s %dx%d %s: question %zu is on no page", file, w, h,
                  game_lang_code(lang), i + 1);
    /* and back up to the first page */
    for (int k = 0; k < 40 && u->recap.scroll > 0; k++) key(u, g, INPUT_KEY_UP, &now);
    cr_assert_eq(u->recap.scroll, 0);
    free(seen);
    ui_destroy(u);
    app_levels_unload(&lv);
    game_catalog_deinit(&cat);
    gfx_destroy(g);
}

static void recap_everywhere(const char *file)
{
    for (int s = 0; s < 2; s++)
        for (int l = 0; l < 2; l++) recap_level(file, sizes[s][0], sizes[s][1], langs[l]);
}

Test(recap_ui, the_shipped_levels_recap_shows_every_question_and_right_answer_whole)
{
    recap_everywhere(SRC "/levels/lycee/phishing-basics.lua");
    recap_everywhere(SRC "/levels/lycee/arnaques-en-action.lua");
    recap_everywhere(SRC "/levels/lycee/inbox-triage.lua");
    recap_everywhere(SRC "/levels/lycee/chatbot-invente.lua");
}

Test(recap_ui, long_orders_sorts_and_addresses_are_shown_whole_in_the_recap)
{
    recap_everywhere(SRC "/tests/data/kinds-level.lua");
    recap_everywhere(SRC "/tests/data/mail-level.lua");
    recap_everywhere(SRC "/tests/data/mockups-level.lua");
    recap_everywhere(SRC "/tests/data/image-level.lua");
}

/* ---- the report ---- */

static char dir[] = "/tmp/vigie-recap-report-XXXXXX";

/* A prompt of n bytes or so, words of a sentence; a wrong answer the same. */
static void long_text(char *buf, size_t n, const char *start)
{
    static const char *const words[] = {"Le",     "lien", "reçu",    "par",     "SMS",   "mène",
                                        "vers",   "une",  "adresse", "qui",     "imite", "la",
                                        "banque", "de",   "ta",      "famille", "et",    "demande"};
    size_t len = (size_t)snprintf(buf, n, "%s", start);
    for (size_t k = 0; len + 12 < n; k++)
        len += (size_t)snprintf(buf + len, n - len, " %s", words[k % 18]);
    snprintf(buf + len, n - len, " ?");
}

static void fill_session(const char *db)
{
    game_error err = {0};
    store *s = store_open(db, NULL, 0, &err);
    cr_assert_not_null(s, "%s", err.message);
    static const char *const nicks[] = {"Anne-Sophie_2E5", "Maximilien-Ange", "", "Zoé-2E",
                                        "Wwwwwwwwwwwwwwww"};
    char prompt[2][6][500], wrong[6][590];
    for (int q = 0; q < 6; q++) {
        for (int l = 0; l < 2; l++) { /* each level its own prompts */
            char start[40];
            snprintf(start, sizeof start, "Question %d%c.", q + 1, 'A' + l);
            long_text(prompt[l][q], q % 2 ? 480 : 120, start);
        }
        long_text(wrong[q], q % 3 ? 300 : 580, "Réponse");
    }
    for (int p = 0; p < 5; p++) {
        store_run r = {"2nde B",
                       nicks[p],
                       "lycee",
                       p < 3 ? "phishing-basics" : "arnaques",
                       p < 3 ? "Hameçonnage : les bases, et comment ne pas s’y laisser prendre"
                             : "Arnaques en action",
                       "fr",
                       1000 + p * 100000,
                       6000,
                       GAME_PACE_NORMAL};
        int64_t run;
        cr_assert(store_run_begin(s, &r, &run, &err), "%s", err.message);
        for (int q = 0; q < 6; q++) {
            bool right = (p + q) % 3 == 0;
            char qid[16];
            snprintf(qid, sizeof qid, "q%d", q + 1);
            store_answer a = {run,
                              q + 1,
                              qid,
                              "choice",
                              prompt[p >= 3][q],
                              right ? "Bonne" : wrong[q],
                              right,
                              false,
                              right   ? 1000
                              : q % 2 ? 300
                                      : 0,
                              3000,
                              2000 + q * 1000,
                              right   ? 1.0
                              : q % 2 ? 0.5
                                      : 0,
                              STORE_SURE_NOT_ASKED};
            cr_assert(store_answer_add(s, &a, &err), "%s", err.message);
        }
        cr_assert(store_run_end(s, run, 1000 * (long)p + 999999, 10000 + p * 100000, &err), "%s",
                  err.message);
    }
    store_close(s);
}

static void report_at(const char *db, int w, int h, game_lang lang)
{
    char err[256], where[200];
    game_error gerr = {0};
    gfx *g = gfx_create_offscreen(w, h, err, sizeof err);
    cr_assert_not_null(g, "%s", err);
    game_catalog cat;
    cr_assert(script_catalog_load(&cat, &gerr), "%s", gerr.message);
    app_levels lv;
    app_levels_load(&lv, SRC "/levels", 7);
    store *reader = store_open(db, NULL, 0, &gerr);
    cr_assert_not_null(reader, "%s", gerr.message);
    app_records records = {reader, NULL};
    ui_config cfg = {.lang = lang,
                     .seed = 7,
                     .skip_title = true,
                     .records = app_records_ui(&records),
                     .session = "2nde B"};
    ui *u = ui_create(g, NULL, &cat, lv.packs, lv.npacks, &cfg);
    uint64_t now = 1000;
    ui_screen_open(u, UI_SCREEN_REPORT, now);
    cr_assert_eq(u->screen, UI_SCREEN_REPORT);
    cr_assert(u->report.ok);
    frame(u, g, now);
    const game_report *r = &u->report.data;
    bool seen_q[16] = {0}, seen_p[16] = {0};
    cr_assert_leq(r->nquestions, 16);
    cr_assert_leq(r->nplayers, 16);
    for (int page = 0; page < 40; page++) {
        snprintf(where, sizeof where, "report %dx%d %s, line %d", w, h, game_lang_code(lang),
                 page + 1);
        check_frame(u, g, w, h, where);
        for (size_t i = 0; i < r->nquestions; i++) {
            if (!shown(u, r->questions[i].prompt)) continue;
            seen_q[i] = true;
            if (r->questions[i].top_wrong[0]) {
                char a[16], line[UI_SHOWN_TEXT];
                snprintf(a, sizeof a, "%d", r->questions[i].top_wrong_count);
                ui_fmt(u, line, sizeof line, "report.wrong", r->questions[i].top_wrong, a, NULL);
                cr_assert(shown(u, line), "%s: the wrong answer is not whole: %s", where, line);
            }
        }
        for (size_t i = 0; i < r->nplayers; i++) {
            char name[80];
            snprintf(name, sizeof name, "%d. %s", r->players[i].rank,
                     r->players[i].nick[0] ? r->players[i].nick : ui_str(u, "report.anonymous"));
            seen_p[i] |= shown(u, name);
        }
        if (!u->report.more) break;
        key(u, g, INPUT_KEY_DOWN, &now);
    }
    for (size_t i = 0; i < r->nquestions; i++)
        cr_assert(seen_q[i], "report %dx%d %s: question %zu is on no page", w, h,
                  game_lang_code(lang), i + 1);
    for (size_t i = 0; i < r->nplayers; i++)
        cr_assert(seen_p[i], "report %dx%d %s: player \"%s\" is on no page, or cut", w, h,
                  game_lang_code(lang), r->players[i].nick);
    /* the share right counts partial credit: q2, q4 and q6 were half right for some */
    bool some_share = false;
    for (size_t i = 0; i < r->nquestions; i++)
        some_share |= game_report_pct(&r->questions[i]) !=
                      100 * r->questions[i].right / r->questions[i].answers;
    cr_assert(some_share);
    ui_destroy(u);
    store_close(reader);
    app_levels_unload(&lv);
    game_catalog_deinit(&cat);
    gfx_destroy(g);
}

Test(report_ui, long_prompts_wrong_answers_and_nicknames_are_shown_whole_in_the_report)
{
    cr_assert_not_null(mkdtemp(dir));
    char db[700];
    snprintf(db, sizeof db, "%s/vigie.db", dir);
    fill_session(db);
    for (int s = 0; s < 2; s++)
        for (int l = 0; l < 2; l++) report_at(db, sizes[s][0], sizes[s][1], langs[l]);
    char cmd[800];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    cr_assert_eq(system(cmd), 0);
}

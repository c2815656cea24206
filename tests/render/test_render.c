/* test_render.c — screenshots of every screen kind, at 1280×720 and 1024×768, in French
 * and English, and as the accessibility settings draw them (high contrast, the larger text and the
 * dyslexia font at 1024×768; the light theme at 1280×720; in French for half the screens, in
 * English for the other half) — under the sanitizers, one of those ways per screen —, rendered
 * offscreen by
 * `vigie shot` and compared with the references in tests/golden/ with a small tolerance. A changed
 * screen fails here: look at the new image (written next to the build as test-shots/NAME.png), and
 * if it is right, update the reference on purpose: `make golden`, which sets VIGIE_UPDATE_GOLDEN=1.
 *
 * Also: the text cache really caches (an unchanged screen rasterises nothing). */
#include "../common.h"
#include "app/app.h"
#include "gfx/gfx.h"
#include "script/script.h"
#include "golden.h"
#include "ui_fixture.h"

#include <SDL.h>
#include <criterion/criterion.h>
#include <string.h>
#include <sys/stat.h>

#define BIN VIGIE_BIN
#define SRC VIGIE_SOURCE_DIR
#define OUT VIGIE_BUILD_DIR "/test-shots"

/* The ways a screen is rendered: the two sizes in the two languages, then as the players who
 * need the accessibility settings see it (docs/accessibility.md): high contrast, the larger
 * text and the dyslexia font at 1024×768, the light theme at 1280×720. */
static const struct {
    const char *tag, *size, *lang, *opts;
} ways[] = {
    {"", "1280x720", "fr", ""},
    {"", "1280x720", "en", ""},
    {"", "1024x768", "fr", ""},
    {"", "1024x768", "en", ""},
    {"hc-larger-dys-", "1024x768", "fr",
     "--theme high-contrast --text-size larger --font dyslexic"},
    {"hc-larger-dys-", "1024x768", "en",
     "--theme high-contrast --text-size larger --font dyslexic"},
    {"light-", "1280x720", "fr", "--theme light"},
    {"light-", "1280x720", "en", "--theme light"},
};
enum { WAYS = sizeof ways / sizeof ways[0] };

static void shot_ways(const char *name, const char *level, const char *args, int nways)
{
    mkdir(OUT, 0755);
    /* The accessibility settings' ways in one language per screen, French or English from
     * screen to screen (both are covered, at half the cost); the plain ways in both. */
    unsigned h = test_name_hash(name);
    int use[WAYS], n = 0;
    for (int w = 0; w < nways; w++)
        if (w < 4 || strcmp(ways[w].lang, h % 2 ? "en" : "fr") == 0) use[n++] = w;
    /* Under the sanitizers each screen is rendered in one of its ways, a different one from
     * screen to screen (common.h): every way is still drawn, and compared. */
    unsigned way = (h / 2) % (unsigned)n;
    for (int k = 0; k < n; k++) {
        int w = use[k];
        if (TEST_SANITIZED && (unsigned)k != way) continue;
        char full[200], path[600], cmd[2000];
        const char *out;
        snprintf(full, sizeof full, "%s-%s%s-%s", name, ways[w].tag, ways[w].size, ways[w].lang);
        snprintf(path, sizeof path, "%s/%s.png", OUT, full);
        snprintf(cmd, sizeof cmd,
                 "cd '%s' && '%s' shot %s %s %s --size %s --lang %s --out '%s' 2>&1", SRC, BIN,
                 level, args, ways[w].opts, ways[w].size, ways[w].lang, path);
        int st = run_capture(cmd, &out);
        cr_assert_eq(st, 0, "%s: %s", cmd, out);
        golden_compare(full, path);
    }
}

/* A screen kind: in every way, the accessibility settings' too. */
static void shot(const char *name, const char *level, const char *args)
{
    shot_ways(name, level, args, WAYS);
}

/* A variant of a screen kind shown elsewhere (another mock-up's feedback, a picture missing):
 * the four plain ways only. */
static void shot_plain(const char *name, const char *level, const char *args)
{
    shot_ways(name, level, args, 4);
}

#define LEVEL "levels/lycee/phishing-basics.lua"

Test(render, title_screen)
{
    shot("title", LEVEL, "--phase title");
}
Test(render, menu_screen)
{
    shot("menu", "levels", "--phase menu");
}
Test(render, settings_screen)
{
    shot("settings", LEVEL, "--phase settings");
}
Test(render, intro_screen)
{
    shot("intro", LEVEL, "--phase intro");
}
Test(render, question_single_choice)
{
    shot("question-choice", LEVEL, "--phase question --question 2");
}
Test(render, question_true_false)
{
    shot("question-truefalse", LEVEL, "--phase question --question 3");
}
Test(render, question_multiple_choice)
{
    shot("question-multi", LEVEL, "--phase question --question 5");
}
Test(render, feedback_right)
{
    shot("feedback-right", LEVEL, "--phase feedback --question 1 --answer right");
}
Test(render, feedback_wrong)
{
    shot("feedback-wrong", LEVEL, "--phase feedback --question 2 --answer wrong");
}
Test(render, feedback_timeout)
{
    shot_plain("feedback-timeout", LEVEL, "--phase feedback --question 4 --answer timeout");
}
Test(render, feedback_multi_every_wrong_choice_ticked)
{
    shot("feedback-multi", LEVEL, "--phase feedback --question 7 --answer wrong");
}
Test(render, results_screen)
{
    shot("results", LEVEL, "--phase results");
}
Test(render, error_screen)
{
    shot("error", "tests/data/broken-level.lua", "--phase error");
}
/* Lua's message, and below its line what it usually means and the line to look at. */
Test(render, error_screen_explains_a_syntax_error)
{
    shot_plain("error-syntax", "tests/syntax/missing-comma.lua", "--phase error");
}
#define KINDS "tests/data/kinds-level.lua"
Test(render, question_order)
{
    shot("question-order", KINDS, "--phase question --question 1");
}
Test(render, question_sort)
{
    shot("question-sort", KINDS, "--phase question --question 2");
}
Test(render, question_input)
{
    shot("question-input", KINDS, "--phase question --question 3");
}
Test(render, question_estimate)
{
    shot("question-estimate", KINDS, "--phase question --question 5");
}
Test(render, feedback_order)
{
    shot("feedback-order", KINDS, "--phase feedback --question 1 --answer wrong");
}
Test(render, feedback_sort)
{
    shot("feedback-sort", KINDS, "--phase feedback --question 2 --answer wrong");
}
Test(render, feedback_input)
{
    shot("feedback-input", KINDS, "--phase feedback --question 4 --answer wrong");
}
Test(render, question_password)
{
    shot("question-password", KINDS, "--phase question --question 6");
}
Test(render, feedback_password)
{
    shot("feedback-password", KINDS, "--phase feedback --question 6 --answer wrong");
}
Test(render, feedback_estimate)
{
    shot("feedback-estimate", KINDS, "--phase feedback --question 5 --answer wrong");
}
Test(render, question_hotspot_mail)
{
    shot("question-mail", "tests/data/mail-level.lua", "--phase question");
}
Test(render, feedback_hotspot_mail)
{
    shot("feedback-mail", "tests/data/mail-level.lua", "--phase feedback --answer wrong");
}
Test(render, question_hotspot_sms)
{
    shot("question-sms", "tests/data/mockups-level.lua", "--phase question --question 1");
}
Test(render, question_hotspot_browser)
{
    shot("question-browser", "tests/data/mockups-level.lua", "--phase question --question 2");
}
Test(render, question_hotspot_post)
{
    shot("question-post", "tests/data/mockups-level.lua", "--phase question --question 3");
}
Test(render, feedback_hotspot_post)
{
    shot_plain("feedback-post", "tests/data/mockups-level.lua",
               "--phase feedback --question 3 --answer wrong");
}
Test(render, feedback_hotspot_sms)
{
    shot_plain("feedback-sms", "tests/data/mockups-level.lua",
               "--phase feedback --question 1 --answer wrong");
}
Test(render, question_with_a_picture)
{
    shot("question-image", "tests/data/image-level.lua", "--phase question --question 1");
}
Test(render, question_hotspot_on_a_picture)
{
    shot("question-spots", "tests/data/image-level.lua", "--phase question --question 3");
}
Test(render, feedback_hotspot_on_a_picture)
{
    shot_plain("feedback-spots", "tests/data/image-level.lua",
               "--phase feedback --question 3 --answer wrong");
}
Test(render, question_with_a_missing_picture)
{
    shot_plain("question-noimage", "tests/data/image-level.lua", "--phase question --question 2");
}

Test(render, question_mini_game)
{
    shot("question-game", "tests/data/game-level.lua",
         "--phase question --answers tests/data/game-level.partly.lua --at 1.5");
}
Test(render, feedback_mini_game)
{
    shot("feedback-game", "tests/data/game-level.lua",
         "--phase feedback --answers tests/data/game-level.partly.lua");
}
Test(render, feedback_mini_game_timed_out)
{
    shot_plain("feedback-game-timeout", "tests/data/game-level.lua",
               "--phase feedback --answers tests/data/game-level.timeout.lua");
}

Test(render, shipped_mini_games)
{
    shot("game-inbox", "levels/lycee/inbox-triage.lua",
         "--answers tests/levels/inbox-triage.mixed.lua --at 4");
    shot_plain("game-inbox-feedback", "levels/lycee/inbox-triage.lua",
               "--phase feedback --answers tests/levels/inbox-triage.mixed.lua");
    shot("game-chatbot", "levels/lycee/chatbot-invente.lua",
         "--answers tests/levels/chatbot-invente.mixed.lua --at 17.5");
    shot_plain("game-chatbot-feedback", "levels/lycee/chatbot-invente.lua",
               "--phase feedback --answers tests/levels/chatbot-invente.mixed.lua");
}

Test(render, kept_results_screens)
{
    /* a database with a trainer's session of two players, made by scripted runs */
    char db[600], cmd[2000];
    const char *out;
    snprintf(db, sizeof db, "%s/render-results.db", VIGIE_BUILD_DIR);
    snprintf(cmd, sizeof cmd, "rm -f '%s' '%s-wal' '%s-shm'", db, db, db);
    cr_assert_eq(system(cmd), 0);
    static const char *const runs[][2] = {{"perfect", "Ana"}, {"mixed", "Bo"}};
    for (int i = 0; i < 2; i++) {
        snprintf(cmd, sizeof cmd,
                 "cd '%s' && '%s' run levels/lycee/phishing-basics.lua --answers "
                 "tests/levels/phishing-basics.%s.lua --lang fr --db '%s' --nick %s "
                 "--session '2nde B' 2>&1",
                 SRC, BIN, runs[i][0], db, runs[i][1]);
        cr_assert_eq(run_capture(cmd, &out), 0, "%s", out);
    }
    char args[900];
    snprintf(args, sizeof args, "--phase nick --db '%s' --nick Bo", db);
    shot("db-nick", "levels", args);
    snprintf(args, sizeof args, "--phase menu --db '%s' --session '2nde B'", db);
    shot_plain("db-menu", "levels", args);
    snprintf(args, sizeof args, "--phase scores --db '%s'", db);
    shot("db-scores", "levels", args);
    snprintf(args, sizeof args, "--phase results --db '%s' --nick Bo", db);
    shot_plain("db-results", "levels", args);
}

Test(render, session_report_screen)
{
    /* a session with two levels played, a long nickname, an accented one and an anonymous
     * player: the report must rank each level apart and cut nothing */
    char db[600], cmd[2000];
    const char *out;
    snprintf(db, sizeof db, "%s/render-report.db", VIGIE_BUILD_DIR);
    snprintf(cmd, sizeof cmd, "rm -f '%s' '%s-wal' '%s-shm'", db, db, db);
    cr_assert_eq(system(cmd), 0);
    static const char *const runs[][3] = {
        {"phishing-basics", "perfect", "--nick Ana"},
        {"phishing-basics", "mixed", "--nick 'Anne-Sophie_2E5'"},
        {"arnaques-en-action", "mixed", "--nick Zoé-2E"},
        {"arnaques-en-action", "perfect", ""},
    };
    for (int i = 0; i < 4; i++) {
        snprintf(cmd, sizeof cmd,
                 "cd '%s' && '%s' run levels/lycee/%s.lua --answers tests/levels/%s.%s.lua "
                 "--lang fr --db '%s' %s --session '2nde B' 2>&1",
                 SRC, BIN, runs[i][0], runs[i][0], runs[i][1], db, runs[i][2]);
        cr_assert_eq(run_capture(cmd, &out), 0, "%s", out);
    }
    char args[900];
    snprintf(args, sizeof args, "--phase report --db '%s' --session '2nde B'", db);
    shot("db-report", "levels", args);
}

Test(render, an_unchanged_screen_rasterises_no_text)
{
    ui_fixture F;
    ui_fixture_open(&F, 1280, 720, SRC "/" LEVEL, GAME_LANG_FR, 1, 2);
    gfx *g = F.g;
    ui *u = F.u;
    uint64_t now = F.now;
    ui_draw(u, now);
    gfx_present(g);
    size_t entries, before, after;
    gfx_text_cache_stats(g, &entries, &before);
    cr_assert_gt(before, 5);
    for (int i = 0; i < 50; i++) {
        ui_draw(u, now); /* the same second of the countdown: nothing changes */
        gfx_present(g);
    }
    gfx_text_cache_stats(g, &entries, &after);
    cr_assert_eq(after, before, "%zu strings rasterised again", after - before);
    ui_fixture_close(&F);
}

Test(render, an_idle_untimed_question_asks_for_no_frame)
{
    ui_fixture F;
    ui_fixture_open(&F, 1280, 720, SRC "/bench/level.lua", GAME_LANG_FR, 1, 1);
    ui *u = F.u;
    uint64_t now = F.now;
    ui_draw(u, now);
    ui_take_dirty(u);
    cr_assert_eq(ui_wait_ms(u, now + 10), -1, "an untimed question with nothing moving sleeps");
    ui_fixture_close(&F);
}

Test(render, french_punctuation_never_starts_a_line)
{
    char err[256];
    gfx *g = gfx_create_offscreen(640, 480, err, sizeof err);
    cr_assert_not_null(g, "%s", err);
    /* At the width of "… minuit", "minuit !" must go to the next line together rather than
     * leave the "!" alone; and "4 800 €" must not be split. The widest line shows which. */
    int full, head, h, used;
    gfx_text_size(g, "Inscris-toi avant minuit", GFX_FONT_REGULAR, 24, &full, &h);
    gfx_text_size(g, "Inscris-toi avant", GFX_FONT_REGULAR, 24, &head, &h);
    gfx_text_wrapped_height(g, "Inscris-toi avant minuit !", GFX_FONT_REGULAR, 24, full + 2, &used);
    cr_assert_eq(used, head, "line 1 is \"Inscris-toi avant\" (%d), not %d wide", head, used);
    gfx_text_size(g, "Julie a gagné 4", GFX_FONT_REGULAR, 24, &full, &h);
    gfx_text_size(g, "Julie a gagné", GFX_FONT_REGULAR, 24, &head, &h);
    gfx_text_wrapped_height(g, "Julie a gagné 4 800 €", GFX_FONT_REGULAR, 24, full + 2, &used);
    cr_assert_eq(used, head, "line 1 is \"Julie a gagné\" (%d), not %d wide", head, used);
    /* An ordinary space still breaks. */
    gfx_text_wrapped_height(g, "Julie a gagné beaucoup", GFX_FONT_REGULAR, 24, head + 2, &used);
    cr_assert_eq(used, head);
    gfx_destroy(g);
}

Test(render, a_cut_text_never_ends_in_punctuation_before_the_ellipsis)
{
    char err[256];
    gfx *g = gfx_create_offscreen(640, 480, err, sizeof err);
    cr_assert_not_null(g, "%s", err);
    static const char *const texts[] = {"dans le fil de Léo. Touche ce qui doit l’alerter",
                                        "Réponse : a · b · c · d · e · f · g · h",
                                        "un concours trop beau, un deepfake : repère"};
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        int w, h;
        gfx_text_size(g, texts[k], GFX_FONT_REGULAR, 24, &w, &h);
        for (int cut = w / 4; cut < w; cut += 7) {
            char buf[200];
            gfx_text_ellipsize(g, texts[k], GFX_FONT_REGULAR, 24, cut, buf, sizeof buf);
            size_t n = strlen(buf);
            cr_assert_geq(n, 3);
            cr_assert_str_eq(buf + n - 3, "\xe2\x80\xa6", "cut text ends with …: %s", buf);
            const char *before = buf + n - 4;
            cr_assert_null(strchr(" .,;:", *before), "no \"%c…\" in \"%s\"", *before, buf);
            cr_assert(n < 5 || strncmp(buf + n - 5, "\xc2\xb7", 2) != 0, "no \"·…\": %s", buf);
        }
    }
    gfx_destroy(g);
}

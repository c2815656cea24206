/* test_scoring.c — the default scoring rule (scripts/scoring.lua) on the kinds that give
 * partial credit: a blind or degenerate answer earns nothing, a real one its credit over chance.
 * Levels are loaded from text. */
#include "script/script.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static script_level *level(const char *questions)
{
    char src[4096];
    snprintf(src, sizeof src, "return { id = \"s\", title = \"T\", questions = {\n%s} }\n",
             questions);
    script_options opt = {.budget_ms = 20000, .memory_cap = 8u << 20};
    script_level *sl = NULL;
    game_error err = {0};
    cr_assert(
        script_level_load_source("scoring.lua", src, strlen(src), &opt, NULL, NULL, &sl, &err),
        "%s", err.message);
    return sl;
}

/* What the rule gives an instant answer r to question qi, as the game calls it: the points,
 * and the credit in *credit if not NULL. */
static long scored(script_level *sl, size_t qi, game_response r, double *credit)
{
    const game_question *q = &script_level_data(sl)->questions[qi];
    bool correct = game_response_correct(q, &r);
    game_score_ctx ctx = {
        .question = q, .index = qi, .resp = r, .correct = correct, .streak = correct};
    long p = -1;
    double c = -1;
    game_error err = {0};
    cr_assert(script_level_score(sl, &ctx, &p, &c, &err), "%s", err.message);
    if (credit) *credit = c;
    return p;
}

static long points(script_level *sl, size_t qi, game_response r)
{
    return scored(sl, qi, r, NULL);
}

/* An order or a sort answer from 1-based numbers, as an answers file writes it. */
static game_response items(const char *kind, const int *v, size_t n)
{
    game_response r = {0};
    for (size_t k = 0; k < n; k++) {
        if (!strcmp(kind, "order"))
            r.order[k] = (unsigned char)(v[k] - 1);
        else
            r.bins[k] = (signed char)(v[k] - 1);
    }
    return r;
}
#define ITEMS(kind, ...)                                                                           \
    items(kind, (const int[]){__VA_ARGS__}, sizeof((const int[]){__VA_ARGS__}) / sizeof(int))

#define CARD(b) "{ text = \"c\", bin = " #b " }, "

Test(scoring, all_the_cards_in_one_bin_earn_nothing)
{
    script_level *sl =
        level("{ kind = \"sort\", prompt = \"P\", bins = { \"a\", \"b\" },\n"
              "  items = { " CARD(1) CARD(2) CARD(1) CARD(2) CARD(1)
                  CARD(2) "} },\n"
                          "{ kind = \"sort\", prompt = \"P\", bins = { \"a\", \"b\" },\n"
                          "  items = { " CARD(1) CARD(1) CARD(2) CARD(1) CARD(2) CARD(1) "} },\n");
    cr_assert_eq(points(sl, 0, ITEMS("sort", 1, 1, 1, 1, 1, 1)), 0, "three of six right");
    cr_assert_eq(points(sl, 0, ITEMS("sort", 2, 2, 2, 2, 2, 2)), 0);
    cr_assert_eq(points(sl, 1, ITEMS("sort", 1, 1, 1, 1, 1, 1)), 0,
                 "four of six right, all in the bin most cards belong to");
    cr_assert_eq(points(sl, 0, ITEMS("sort", 1, 2, 1, 2, 1, 1)), 667,
                 "five of six over a chance of a half: (5/6 − 1/2) / (1 − 1/2)");
    cr_assert_eq(points(sl, 1, ITEMS("sort", 1, 1, 2, 1, 2, 2)), 500,
                 "five of six over a chance of four of six: (5/6 − 4/6) / (1 − 4/6)");
    cr_assert_eq(points(sl, 1, ITEMS("sort", 1, 1, 2, 1, 2, 1)), 1000);
    script_level_unload(sl);
}

#define ORDER4 "{ kind = \"order\", prompt = \"P\", items = { \"a\", \"b\", \"c\", \"d\" } },\n"

Test(scoring, an_order_no_better_than_a_random_one_earns_nothing)
{
    script_level *sl = level(ORDER4);
    cr_assert_eq(points(sl, 0, ITEMS("order", 4, 3, 2, 1)), 0, "reversed");
    cr_assert_eq(points(sl, 0, ITEMS("order", 2, 3, 4, 1)), 0, "3 of 6 pairs, as chance does");
    cr_assert_eq(points(sl, 0, ITEMS("order", 3, 4, 1, 2)), 0, "2 of 6 pairs");
    cr_assert_eq(points(sl, 0, ITEMS("order", 2, 1, 4, 3)), 333, "4 of 6: (4/6 − 1/2) / (1/2)");
    cr_assert_eq(points(sl, 0, ITEMS("order", 2, 1, 3, 4)), 667, "5 of 6: (5/6 − 1/2) / (1/2)");
    cr_assert_eq(points(sl, 0, ITEMS("order", 1, 2, 3, 4)), 1000);
    script_level_unload(sl);
}

Test(scoring, ticking_every_choice_earns_nothing)
{
    script_level *sl =
        level("{ kind = \"multi\", prompt = \"P\", choices = { \"a\", \"b\", \"c\", \"d\" },\n"
              "  correct = { 1, 2, 3 } },\n"
              "{ kind = \"multi\", prompt = \"P\", choices = { \"a\", \"b\", \"c\", \"d\", \"e\",\n"
              "  \"f\" }, correct = { 1, 2, 3 } },\n");
    cr_assert_eq(points(sl, 0, (game_response){.chosen = 0xfu}), 0, "3 right of 4, all ticked");
    cr_assert_eq(points(sl, 0, (game_response){.chosen = 0x3u}), 0,
                 "2 of 3 right, one missed: no better than ticking everything");
    cr_assert_eq(points(sl, 0, (game_response){.chosen = 0x7u}), 1000);
    cr_assert_eq(points(sl, 1, (game_response){.chosen = 0x3fu}), 0, "3 right of 6, all ticked");
    cr_assert_eq(points(sl, 1, (game_response){.chosen = 0x3u}), 667, "2 of 3, nothing wrong");
    cr_assert_eq(points(sl, 1, (game_response){.chosen = 0xbu}), 333, "2 of 3, one wrong");
    script_level_unload(sl);
}

Test(scoring, a_password_weaker_than_asked_earns_nothing)
{
    script_level *sl = level("{ kind = \"password\", prompt = \"P\", strength = 3 },\n");
    game_response r = {0};
    snprintf(r.text, sizeof r.text, "azerty");
    cr_assert_eq(points(sl, 0, r), 0, "very weak");
    snprintf(r.text, sizeof r.text, "Soleil2024!");
    cr_assert_eq(points(sl, 0, r), 0, "weak");
    snprintf(r.text, sizeof r.text, "girafe parapluie volcan tartine");
    cr_assert_eq(points(sl, 0, r), 1000, "four unrelated words");
    script_level_unload(sl);
}

Test(scoring, a_password_measured_on_a_phone_is_judged_by_its_level_never_by_a_text)
{
    /* The live classroom: the password never leaves the phone, only its meter's level comes.
     * The rule sees that level, the bits it starts at, and an empty answer. */
    script_options opt = {.budget_ms = 20000, .memory_cap = 8u << 20};
    const char *src = "return { id = \"s\", title = \"T\",\n"
                      "  score = function(answer, ctx)\n"
                      "    return ctx.level * 1000 + ctx.bits + #answer end,\n"
                      "  questions = { { kind = \"password\", prompt = \"P\", strength = 3 } } }\n";
    script_level *sl = NULL;
    game_error err = {0};
    cr_assert(script_level_load_source("pw.lua", src, strlen(src), &opt, NULL, NULL, &sl, &err),
              "%s", err.message);
    cr_assert_eq(points(sl, 0, (game_response){.pw_measured = true, .pw_level = 3}), 3060,
                 "level 3 starts at 60 bits");
    cr_assert_eq(points(sl, 0, (game_response){.pw_measured = true, .pw_level = 4}), 4080);
    cr_assert_eq(points(sl, 0, (game_response){.pw_measured = true, .pw_level = 0}), 0);
    cr_assert_eq(points(sl, 0, (game_response){.pw_measured = true, .pw_level = 9}), 4080,
                 "a level out of range is held to 0 … 4");
    game_response stray = {.pw_measured = true, .pw_level = 1};
    snprintf(stray.text, sizeof stray.text, "girafe parapluie volcan tartine");
    cr_assert_eq(points(sl, 0, stray), 1028, "a text beside a measured level is not read");
    script_level_unload(sl);

    sl = level("{ kind = \"password\", prompt = \"P\", strength = 3 },\n");
    cr_assert_eq(points(sl, 0, (game_response){.pw_measured = true, .pw_level = 3}), 1000,
                 "the engine's rule: strong enough");
    cr_assert_eq(points(sl, 0, (game_response){.pw_measured = true, .pw_level = 2}), 0);
    script_level_unload(sl);
}

Test(scoring, an_estimate_no_better_than_a_guess_anywhere_on_the_scale_earns_nothing)
{
    /* A guess anywhere on 0…100 for 50 averages 2 × (0.05 + 0.2 − 0.2²/(2 × 0.2)) = 0.3. */
    script_level *sl = level("{ kind = \"estimate\", prompt = \"P\", min = 0, max = 100,\n"
                             "  answer = 50, close = 0.05, spread = 0.25 },\n");
    cr_assert_eq(points(sl, 0, (game_response){.value = 53}), 1000, "within close");
    cr_assert_eq(points(sl, 0, (game_response){.value = 69}), 0, "1 − 0.14/0.2 = 0.3: chance");
    cr_assert_eq(points(sl, 0, (game_response){.value = 40}), 643,
                 "1 − 0.05/0.2 = 0.75: (0.75 − 0.3) / (1 − 0.3)");
    cr_assert_eq(points(sl, 0, (game_response){.value = 0}), 0);
    script_level_unload(sl);
}

Test(scoring, the_rule_returns_the_credit_it_gave_beside_the_points)
{
    /* the credit is the share right, before the speed factor: what the report counts */
    script_level *sl =
        level(ORDER4 "{ kind = \"choice\", prompt = \"P\", choices = { \"a\", \"b\" },"
                     " correct = 1 },\n");
    double c = -1;
    cr_assert_eq(scored(sl, 0, ITEMS("order", 2, 1, 4, 3), &c), 333);
    cr_assert_float_eq(c, 1.0 / 3, 1e-9, "4 of 6 pairs: (4/6 − 1/2) / (1/2), got %g", c);
    cr_assert_eq(scored(sl, 0, ITEMS("order", 1, 2, 3, 4), &c), 1000);
    cr_assert_float_eq(c, 1.0, 1e-9);
    cr_assert_eq(scored(sl, 0, ITEMS("order", 4, 3, 2, 1), &c), 0);
    cr_assert_float_eq(c, 0.0, 1e-9);
    cr_assert_eq(scored(sl, 1, (game_response){.chosen = 2u}, &c), 0);
    cr_assert_float_eq(c, 0.0, 1e-9, "a wrong choice");
    script_level_unload(sl);
}

Test(scoring, a_rule_of_the_levels_own_that_returns_points_only_gets_the_share_of_its_points)
{
    script_options opt = {.budget_ms = 20000, .memory_cap = 8u << 20};
    const char *src = "return { id = \"s\", title = \"T\",\n"
                      "  score = function(answer, ctx) if ctx.correct then return 100 end\n"
                      "    return #answer == 4 and answer[1] == 2 and 25 or 0 end,\n"
                      "  questions = {\n" ORDER4 "} }\n";
    script_level *sl = NULL;
    game_error err = {0};
    cr_assert(script_level_load_source("own.lua", src, strlen(src), &opt, NULL, NULL, &sl, &err),
              "%s", err.message);
    double c = -1;
    cr_assert_eq(scored(sl, 0, ITEMS("order", 2, 1, 3, 4), &c), 25);
    cr_assert_float_eq(c, 0.025, 1e-9, "25 of the question's 1000 points");
    cr_assert_eq(scored(sl, 0, ITEMS("order", 1, 2, 3, 4), &c), 100);
    cr_assert_float_eq(c, 1.0, 1e-9, "right is all of it, whatever the points");
    script_level_unload(sl);
}

/* ---- ctx.credit and the ready-made rules ------------------------------------------------ */

/* A level of a choice (timed 20 s) and a sort of six cards, three per bin, with this score
 * line (a function or a name). */
static script_level *level_scored(const char *score, game_error *err)
{
    char src[2048];
    snprintf(src, sizeof src,
             "return { id = \"s\", title = \"T\",\n"
             "  questions = {\n"
             "    { prompt = \"P\", choices = { \"a\", \"b\" }, correct = 1, time = 20 },\n"
             "    { kind = \"sort\", prompt = \"P\", bins = { \"a\", \"b\" }, time = 20,\n"
             "      items = { " CARD(1) CARD(2) CARD(1) CARD(2) CARD(1) CARD(2) "} },\n"
                                                                                "  },\n"
                                                                                "  score = %s,\n"
                                                                                "}\n",
             score);
    script_level *sl = NULL;
    script_options opt = {.budget_ms = 20000, .memory_cap = 8u << 20};
    if (!script_level_load_source("rules.lua", src, strlen(src), &opt, NULL, NULL, &sl, err))
        return NULL;
    return sl;
}

/* The points for r to question qi after t_ms of its 20 s, the streak given, sure or not. */
static long scored_at(script_level *sl, size_t qi, game_response r, uint32_t t_ms, unsigned streak,
                      double *credit)
{
    const game_question *q = &script_level_data(sl)->questions[qi];
    bool correct = game_response_correct(q, &r);
    game_score_ctx ctx = {.question = q,
                          .index = qi,
                          .resp = r,
                          .correct = correct,
                          .time_ms = t_ms,
                          .limit_ms = 20000,
                          .streak = correct ? streak : 0};
    long p = -1;
    double c = -1;
    game_error err = {0};
    cr_assert(script_level_score(sl, &ctx, &p, &c, &err), "%s", err.message);
    if (credit) *credit = c;
    return p;
}

static const game_response RIGHT = {.chosen = 1u << 0};

Test(scoring, a_level_rule_of_one_line_gets_the_engine_credit_of_every_kind)
{
    game_error err = {0};
    script_level *sl = level_scored("function(a, ctx) return ctx.points * ctx.credit end", &err);
    cr_assert_not_null(sl, "%s", err.message);
    double c;
    cr_assert_eq(scored_at(sl, 1, ITEMS("sort", 1, 2, 1, 2, 1, 1), 10000, 1, &c), 667,
                 "five of six over a chance of a half, no speed factor: (5/6 − 1/2)/(1/2)");
    cr_assert_float_eq(c, 0.667, 1e-9, "the share of its points: it returned no credit");
    cr_assert_eq(scored_at(sl, 1, ITEMS("sort", 1, 1, 1, 1, 1, 1), 0, 1, NULL), 0,
                 "a blind answer has no credit");
    cr_assert_eq(scored_at(sl, 0, RIGHT, 19000, 4, NULL), 1000);
    cr_assert_eq(scored_at(sl, 0, (game_response){.chosen = 1u << 1}, 0, 0, NULL), 0);
    script_level_unload(sl);
}

Test(scoring, each_ready_made_rule_gives_its_figures)
{
    /* a right choice after 10 s of 20, third in a row: speed 0.75, streak bonus 200; a sort
     * five of six right (credit 2/3) after 10 s */
    static const struct {
        const char *name;
        long right, sort;
    } rules[] = {
        {"\"standard\"", 750 + 200, 500}, {"\"accuracy\"", 1000, 667},
        {"\"no-streak\"", 750, 500},      {"\"no-speed\"", 1000 + 200, 667},
        {"\"confidence\"", 1000, 667},
    };
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) {
        game_error err = {0};
        script_level *sl = level_scored(rules[i].name, &err);
        cr_assert_not_null(sl, "%s: %s", rules[i].name, err.message);
        cr_expect_eq(scored_at(sl, 0, RIGHT, 10000, 3, NULL), rules[i].right, "%s", rules[i].name);
        double c;
        cr_expect_eq(scored_at(sl, 1, ITEMS("sort", 1, 2, 1, 2, 1, 1), 10000, 0, &c), rules[i].sort,
                     "%s", rules[i].name);
        cr_expect_float_eq(c, 2.0 / 3, 1e-9, "%s keeps the credit", rules[i].name);
        cr_expect_eq(scored_at(sl, 0, (game_response){.chosen = 1u << 1}, 0, 0, NULL), 0, "%s",
                     rules[i].name);
        cr_expect_eq(script_level_data(sl)->confidence, i == 4, "%s", rules[i].name);
        /* the screens show no streak where it earns nothing */
        cr_expect_eq(script_level_data(sl)->no_streak, i == 1 || i == 2 || i == 4, "%s",
                     rules[i].name);
        script_level_unload(sl);
    }
}

Test(scoring, the_confidence_rule_pays_sure_only_when_more_likely_right_than_wrong)
{
    game_error err = {0};
    script_level *sl = level_scored("\"confidence\"", &err);
    cr_assert_not_null(sl, "%s", err.message);
    game_response unsure = RIGHT;
    unsure.unsure = true;
    double c;
    cr_assert_eq(scored_at(sl, 0, RIGHT, 5000, 1, &c), 1000, "sure and right: all of it");
    cr_assert_eq(scored_at(sl, 0, unsure, 5000, 1, &c), 667, "not sure and right: 2/3");
    cr_assert_float_eq(c, 1, 1e-9, "a right answer is right, sure or not");
    game_response wrong = {.chosen = 1u << 1};
    cr_assert_eq(scored_at(sl, 0, wrong, 0, 0, NULL), 0, "sure and wrong: nothing, not less");
    wrong.unsure = true;
    cr_assert_eq(scored_at(sl, 0, wrong, 0, 0, &c), 333, "not sure and wrong: 1/3, for the doubt");
    cr_assert_float_eq(c, 0, 1e-9, "the doubt earns points, the answer stays wrong (credit 0)");
    game_response part = ITEMS("sort", 1, 2, 1, 2, 1, 1);
    cr_assert_eq(scored_at(sl, 1, part, 0, 0, NULL), 667, "sure: 1000 × 2/3");
    part.unsure = true;
    cr_assert_eq(scored_at(sl, 1, part, 0, 0, NULL), 556, "not sure: 1000 × (1 + 2/3) / 3");
    /* Honest: a player right with probability p expects p saying "sure" and (1 + p) / 3 saying
     * "not sure"; "sure" pays more exactly when p > 1/2. */
    for (int k = 0; k <= 10; k++) {
        double p = k / 10.0, sure = p * 1000, unsure_ = p * 667 + (1 - p) * 333;
        cr_expect((sure > unsure_) == (p > 0.5 + 1e-9), "p = %.1f", p);
    }
    script_level_unload(sl);
}

Test(scoring, ctx_sure_reaches_a_rule_of_the_levels_own)
{
    game_error err = {0};
    script_level *sl = level_scored("function(a, ctx) return ctx.sure and 10 or 3 end", &err);
    cr_assert_not_null(sl, "%s", err.message);
    game_response unsure = RIGHT;
    unsure.unsure = true;
    cr_assert_eq(scored_at(sl, 0, RIGHT, 0, 1, NULL), 10);
    cr_assert_eq(scored_at(sl, 0, unsure, 0, 1, NULL), 3);
    cr_assert_not(script_level_data(sl)->confidence, "only the confidence rule asks the player");
    script_level_unload(sl);
}

Test(scoring, an_unknown_rule_name_is_an_error_at_its_line_quoting_it_and_the_nearest)
{
    game_error err = {0};
    cr_assert_null(level_scored("\"acuracy\"", &err));
    cr_assert_eq(err.line, 7, "the score line, not %d", err.line);
    cr_assert_str_eq(err.message,
                     "score: no rule is called \"acuracy\"; did you mean \"accuracy\"?");
    cr_assert_null(level_scored("\"nostreak\"", &err));
    cr_assert(strstr(err.message, "did you mean \"no-streak\"?"), "%s", err.message);
    cr_assert_null(level_scored("42", &err));
    cr_assert(strstr(err.message, "score must be a function (answer, ctx) or the name of a rule"),
              "%s", err.message);
}

Test(scoring, a_rule_that_returns_nothing_is_reported_at_its_own_line_quoting_it)
{
    static const struct {
        const char *score, *says;
    } cases[] = {
        {"function(a, ctx)\n    if ctx.correct then return 10 end\n  end",
         "the score function must return a number (the points); it returned nothing"},
        {"function(a, ctx) return \"ten\" end",
         "the score function must return a number (the points); it returned the string \"ten\""},
        {"function(a, ctx) return nil end",
         "the score function must return a number (the points); it returned nil"},
        {"function(a, ctx) return 10, 2 end",
         "the score function's second result, the credit, must be a number from 0 (nothing "
         "right) to 1 (all right); it returned 2"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        game_error err = {0};
        script_level *sl = level_scored(cases[i].score, &err);
        cr_assert_not_null(sl, "%s", err.message);
        const game_question *q = &script_level_data(sl)->questions[0];
        game_score_ctx ctx = {.question = q, .resp = {.chosen = 1u << 1}};
        long p;
        double c;
        cr_assert_not(script_level_score(sl, &ctx, &p, &c, &err));
        cr_expect_str_eq(err.message, cases[i].says);
        cr_expect_eq(err.line, 7, "case %zu: the line where the function starts, not %d", i,
                     err.line);
        cr_expect_str_eq(err.file, "rules.lua");
        script_level_unload(sl);
    }
}

/* ---- a pack's rule ------------------------------------------------------------------------ */

/* A folder with this pack.lua and a level of one choice (timed 20 s) without a rule; the
 * level's path in path. */
static void pack_folder(const char *pack, char *path, size_t n)
{
    char dir[] = "/tmp/vigie-scoring-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    snprintf(path, n, "%s/pack.lua", dir);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs(pack, f);
    fclose(f);
    snprintf(path, n, "%s/l.lua", dir);
    f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs("return { id = \"l\", title = \"L\", questions = {\n"
          "  { prompt = \"P\", choices = { \"a\", \"b\" }, correct = 1, time = 20 } } }\n",
          f);
    fclose(f);
}

Test(scoring, a_pack_names_a_ready_made_rule_for_its_levels)
{
    char path[256];
    pack_folder("return {\n  id = \"p\", title = \"P\", levels = { \"l.lua\" },\n"
                "  score = \"no-speed\",\n}\n",
                path, sizeof path);
    script_level *sl = NULL;
    game_error err = {0};
    cr_assert(script_level_load(path, NULL, NULL, NULL, &sl, &err), "%s", err.message);
    cr_assert_eq(scored_at(sl, 0, RIGHT, 10000, 3, NULL), 1200, "no speed factor, the streak");
    script_level_unload(sl);
}

Test(scoring, a_pack_rule_name_with_a_typo_is_an_error_at_its_line_in_pack_lua)
{
    char path[256];
    pack_folder("return {\n  id = \"p\", title = \"P\", levels = { \"l.lua\" },\n"
                "  score = \"confident\",\n}\n",
                path, sizeof path);
    script_level *sl = NULL;
    game_error err = {0};
    cr_assert_not(script_level_load(path, NULL, NULL, NULL, &sl, &err));
    cr_assert(strstr(err.message, "pack.lua:3: score: no rule is called \"confident\"; did you "
                                  "mean \"confidence\"?"),
              "%s", err.message);
}

Test(scoring, a_pack_rule_that_returns_nothing_is_reported_at_its_line_in_pack_lua)
{
    char path[256];
    pack_folder("return {\n  id = \"p\", title = \"P\", levels = { \"l.lua\" },\n\n"
                "  score = function(answer, ctx)\n    local p = ctx.points\n  end,\n}\n",
                path, sizeof path);
    script_level *sl = NULL;
    game_error err = {0};
    cr_assert(script_level_load(path, NULL, NULL, NULL, &sl, &err), "%s", err.message);
    const game_question *q = &script_level_data(sl)->questions[0];
    game_score_ctx ctx = {.question = q, .resp = RIGHT, .correct = true, .streak = 1};
    long p;
    double c;
    cr_assert_not(script_level_score(sl, &ctx, &p, &c, &err));
    cr_assert_str_eq(err.message,
                     "the score function must return a number (the points); it returned nothing");
    cr_assert_eq(err.line, 4);
    cr_assert(strstr(err.file, "pack.lua"), "%s", err.file);
    script_level_unload(sl);
}

Test(scoring, check_calls_the_rule_on_a_timeout_and_names_a_rule_silent_when_wrong)
{
    game_error err = {0};
    script_level *sl =
        level_scored("function(a, ctx)\n    if ctx.correct then return 100 end\n  end", &err);
    cr_assert_not_null(sl, "%s", err.message);
    cr_assert_not(script_level_check_score(sl, &err));
    cr_assert_str_eq(err.message, "the score function must return a number (the points); it "
                                  "returned nothing (question 1 \"q1\", when the time runs out)");
    cr_assert_eq(err.line, 7);
    script_level_unload(sl);
    sl = level_scored("\"confidence\"", &err);
    cr_assert(script_level_check_score(sl, &err), "%s", err.message);
    script_level_unload(sl);
}

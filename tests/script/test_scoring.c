/* test_scoring.c — the default scoring rule (scripts/scoring.lua) on the kinds that give
 * partial credit: a blind or degenerate answer earns nothing, a real one its credit over chance.
 * Levels are loaded from text. */
#include "script/script.h"

#include <criterion/criterion.h>
#include <stdio.h>
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

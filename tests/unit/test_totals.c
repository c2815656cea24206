/* test_totals.c — the sums a player reads (issue 11, item 13): a level's time taken past 2^32 ms,
 * and scores shown to the last digit however large, capped where a sum could overflow. */
#include "game/game.h"
#include "ui/ui_internal.h"
#include "ui/ui_widgets.h"

#include <criterion/criterion.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long points_given; /* what the rule below says an answer is worth */

static bool fixed_score(void *ud, const game_score_ctx *ctx, long *points, double *credit,
                        game_error *err)
{
    (void)ud, (void)ctx, (void)err;
    *points = points_given;
    *credit = 1;
    return true;
}

static game_level *untimed_level(size_t n)
{
    game_level *lv = calloc(1, sizeof *lv);
    lv->id = strdup("t");
    lv->path = strdup("t.lua");
    lv->questions = calloc(n, sizeof *lv->questions);
    lv->nquestions = n;
    for (size_t i = 0; i < n; i++) {
        game_question *q = &lv->questions[i];
        char id[32];
        snprintf(id, sizeof id, "q%zu", i + 1);
        q->id = strdup(id);
        q->kind = GAME_KIND_CHOICE;
        q->nchoices = 2;
        q->correct_mask = 0x1u;
        q->points = 1000;
        q->prompt.s[0] = strdup("?");
    }
    return lv;
}

/* Plays every question of lv, each answered after `after` ms; returns the session. */
static game_session *play(game_level *lv, uint64_t after)
{
    game_session *s = game_session_create(fixed_score, NULL, 1);
    game_error err = {0};
    cr_assert(game_session_begin(s, lv, 0, &err), "%s", err.message);
    game_scripted *ans = calloc(lv->nquestions, sizeof *ans);
    for (size_t i = 0; i < lv->nquestions; i++)
        ans[i] = (game_scripted){.resp = {.chosen = 0x1u}, .after_ms = after};
    cr_assert(game_session_play_scripted(s, ans, lv->nquestions, 0, &err), "%s", err.message);
    free(ans);
    return s;
}

Test(totals, the_time_taken_adds_up_past_two_to_the_32_ms)
{
    points_given = 100;
    game_level *lv = untimed_level(3);
    game_session *s = play(lv, 3000000000u); /* 3e9 ms, about 35 days, each */
    cr_assert_eq(game_session_answer(s, 0)->time_ms, 3000000000u);
    cr_assert_eq(game_session_total_time(s), UINT64_C(9000000000));
    game_session_destroy(s);
    game_level_destroy(lv);
}

Test(totals, an_answer_is_worth_at_most_a_trillion_points)
{
    points_given = LONG_MAX;
    game_level *lv = untimed_level(4);
    game_session *s = play(lv, 10);
    cr_assert_eq(game_session_answer(s, 0)->points, GAME_POINTS_MAX);
    cr_assert_eq(game_session_score(s), 4 * GAME_POINTS_MAX, "no overflow");
    cr_assert_eq(game_session_max_score(s), 4 * GAME_POINTS_MAX);
    game_session_destroy(s);
    game_level_destroy(lv);
}

static struct ui *ui_in(game_lang lang)
{
    static struct ui u;
    memset(&u, 0, sizeof u);
    u.lang = lang;
    return &u;
}

Test(totals, ten_to_the_12_is_shown_to_the_last_digit)
{
    char buf[64];
    ui_number(ui_in(GAME_LANG_EN), buf, sizeof buf, 1000000000000L);
    cr_assert_str_eq(buf, "1,000,000,000,000");
    ui_number(ui_in(GAME_LANG_FR), buf, sizeof buf, 1000000000000L);
    cr_assert_str_eq(buf, "1\u00a0000\u00a0000\u00a0000\u00a0000");
    ui_number(ui_in(GAME_LANG_EN), buf, sizeof buf, -1234567);
    cr_assert_str_eq(buf, "-1,234,567");
    ui_number(ui_in(GAME_LANG_EN), buf, sizeof buf, LONG_MIN);
    cr_assert_str_eq(buf, "-9,223,372,036,854,775,808");
}

Test(totals, a_score_counting_up_ends_on_the_exact_number)
{
    cr_assert_eq(ui_count_up(0, 1000000000000L, 1.0f), 1000000000000L, "not 999 999 995 904");
    cr_assert_eq(ui_count_up(0, 999999999999L, 1.0f), 999999999999L);
    cr_assert_eq(ui_count_up(5, 1000000000005L, 0.5f), 500000000005L);
    cr_assert_eq(ui_count_up(7, 9, 0.0f), 7);
    cr_assert_eq(ui_count_up(0, 123456789012L, 2.0f), 123456789012L);
}

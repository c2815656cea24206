/* test_duel.c — duels and teams with buzzers (game/game_duel.h), headless on levels built in C:
 * which questions a duel asks, joining, the scoring by order of arrival, locks, time, the
 * reveal and the end, removed and returning players, ties on the board, a random soak. */
#include "game/game.h"
#include "game/game_duel.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A level of kinds[i] questions (choice: 4 choices, written choice 2 right; truefalse:
 * "false" right), each of time_ms (0: untimed). */
static game_level *make_level(const game_kind *kinds, size_t n, uint32_t time_ms)
{
    game_level *lv = calloc(1, sizeof *lv);
    lv->id = strdup("duel");
    lv->path = strdup("duel.lua");
    lv->questions = calloc(n, sizeof *lv->questions);
    lv->nquestions = n;
    for (size_t i = 0; i < n; i++) {
        game_question *q = &lv->questions[i];
        char id[32];
        snprintf(id, sizeof id, "q%zu", i + 1);
        q->id = strdup(id);
        q->kind = kinds[i];
        q->nchoices = kinds[i] == GAME_KIND_TRUEFALSE ? 0 : 4;
        if (kinds[i] == GAME_KIND_MULTI)
            q->correct_mask = 0x3u;
        else if (kinds[i] == GAME_KIND_TRUEFALSE)
            q->correct_mask = 0x2u;
        else
            q->correct_mask = 0x4u;
        q->time_ms = time_ms;
        q->points = 1000;
        q->prompt.s[0] = strdup(id);
    }
    return lv;
}

static game_level *choices(size_t n, uint32_t time_ms)
{
    game_kind k[16];
    for (size_t i = 0; i < n; i++) k[i] = GAME_KIND_CHOICE;
    return make_level(k, n, time_ms);
}

/* The displayed positions of the open question's right answer and of a wrong one. */
static int right(const game_duel *d)
{
    return game_duel_right_pos(d);
}
static int wrong(const game_duel *d)
{
    return (game_duel_right_pos(d) + 1) % game_duel_choices(d);
}

static long score(const game_duel *d, int p)
{
    return game_duel_player_get(d, p)->score;
}

/* A duel on lv with np players joined and started at 1000 ms. */
static game_duel *started(const game_level *lv, int np)
{
    game_duel *d = game_duel_create(lv, 42, NULL);
    cr_assert_not_null(d);
    for (int i = 0; i < np; i++) cr_assert_eq(game_duel_join(d), i);
    cr_assert(game_duel_start(d, 1000));
    return d;
}

Test(duel, asks_choice_and_truefalse_only)
{
    game_kind k[] = {GAME_KIND_MULTI, GAME_KIND_CHOICE, GAME_KIND_INPUT, GAME_KIND_TRUEFALSE,
                     GAME_KIND_ORDER};
    game_level *lv = make_level(k, 5, 0);
    game_duel *d = started(lv, 2);
    cr_assert_eq(game_duel_count(d), 2);
    cr_assert_str_eq(game_duel_question(d)->id, "q2");
    cr_assert_eq(game_duel_choices(d), 4);
    cr_assert(game_duel_answer(d, 0, right(d), 1500));
    cr_assert(game_duel_answer(d, 1, right(d), 1600));
    cr_assert(game_duel_next(d, 2000));
    cr_assert_str_eq(game_duel_question(d)->id, "q4");
    cr_assert_eq(game_duel_choices(d), 2);
    /* true/false are not shuffled: "false" (written 1) is position 1 */
    cr_assert_eq(game_duel_right_pos(d), 1);
    cr_assert_eq(game_duel_choice_at(d, 0), 0);
    game_duel_destroy(d);
    game_level_destroy(lv);
}

Test(duel, refuses_a_level_without_such_questions)
{
    game_kind k[] = {GAME_KIND_MULTI, GAME_KIND_INPUT};
    game_level *lv = make_level(k, 2, 0);
    /* a choice of six cannot be answered with four buttons */
    lv->questions[1].kind = GAME_KIND_CHOICE;
    lv->questions[1].nchoices = 6;
    game_error err = {0};
    cr_assert_null(game_duel_create(lv, 1, &err));
    cr_assert(strstr(err.message, "no question for a duel"), "%s", err.message);
    cr_assert_eq(err.kind, GAME_ERR_CONTENT);
    cr_assert_str_eq(err.file, "duel.lua");
    game_level_destroy(lv);
}

Test(duel, joining)
{
    game_level *lv = choices(1, 0);
    game_duel *d = game_duel_create(lv, 1, NULL);
    cr_assert_not(game_duel_start(d, 0), "not alone");
    cr_assert_eq(game_duel_join(d), 0);
    cr_assert_not(game_duel_start(d, 0), "not alone");
    cr_assert_eq(game_duel_join(d), 1);
    cr_assert_eq(game_duel_join(d), 2);
    cr_assert_eq(game_duel_join(d), 3);
    cr_assert_eq(game_duel_join(d), -1, "four at most");
    /* leaving at set-up frees the slot, the next joins it */
    cr_assert(game_duel_remove(d, 1, 0));
    cr_assert_eq(game_duel_players(d), 3);
    cr_assert_eq(game_duel_join(d), 1);
    cr_assert(game_duel_start(d, 0));
    cr_assert_eq(game_duel_join(d), -1, "no joining once started");
    game_duel_destroy(d);
    game_level_destroy(lv);
}

Test(duel, first_right_scores_most_wrong_locks)
{
    game_level *lv = choices(2, 0);
    game_duel *d = started(lv, 4);
    int r = right(d), w = wrong(d);
    cr_assert(game_duel_answer(d, 2, w, 1100)); /* wrong: locked */
    cr_assert(game_duel_answer(d, 1, r, 1200)); /* first right */
    cr_assert_not(game_duel_answer(d, 2, r, 1250), "a locked player's second press is ignored");
    cr_assert_not(game_duel_answer(d, 1, w, 1260), "pressed twice: the first counts");
    cr_assert(game_duel_answer(d, 3, r, 1300));
    cr_assert_eq(game_duel_phase_of(d), GAME_DUEL_QUESTION, "player 0 has not answered");
    cr_assert(game_duel_answer(d, 0, r, 1400));
    cr_assert_eq(game_duel_phase_of(d), GAME_DUEL_REVEAL, "everyone answered: closed");
    cr_assert_eq(score(d, 1), 100);
    cr_assert_eq(score(d, 3), 60);
    cr_assert_eq(score(d, 0), 40);
    cr_assert_eq(score(d, 2), 0);
    cr_assert_eq(game_duel_player_get(d, 1)->order, 1);
    cr_assert_eq(game_duel_player_get(d, 1)->firsts, 1);
    cr_assert_eq(game_duel_player_get(d, 2)->order, 0);
    cr_assert_not(game_duel_player_get(d, 2)->correct);
    cr_assert_eq(game_duel_player_get(d, 0)->time_ms, 400);
    /* the second question: everything open again */
    cr_assert(game_duel_next(d, 2000));
    cr_assert_eq(game_duel_index(d), 1);
    cr_assert_not(game_duel_player_get(d, 2)->answered);
    cr_assert(game_duel_answer(d, 2, right(d), 2100));
    cr_assert_eq(game_duel_player_get(d, 2)->points, 100);
    game_duel_destroy(d);
    game_level_destroy(lv);
}

Test(duel, same_millisecond_goes_by_arrival)
{
    game_level *lv = choices(1, 0);
    game_duel *d = started(lv, 3);
    int r = right(d);
    cr_assert(game_duel_answer(d, 2, r, 5000));
    cr_assert(game_duel_answer(d, 0, r, 5000));
    cr_assert(game_duel_answer(d, 1, r, 5000));
    cr_assert_eq(score(d, 2), 100);
    cr_assert_eq(score(d, 0), 60);
    cr_assert_eq(score(d, 1), 40);
    game_duel_destroy(d);
    game_level_destroy(lv);
}

Test(duel, all_wrong)
{
    game_level *lv = choices(1, 0);
    game_duel *d = started(lv, 2);
    cr_assert(game_duel_answer(d, 0, wrong(d), 1100));
    cr_assert(game_duel_answer(d, 1, wrong(d), 1200));
    cr_assert_eq(game_duel_phase_of(d), GAME_DUEL_REVEAL);
    cr_assert_eq(score(d, 0) + score(d, 1), 0);
    cr_assert(game_duel_next(d, 1300));
    cr_assert_eq(game_duel_phase_of(d), GAME_DUEL_END);
    int order[4], rank[4];
    cr_assert_eq(game_duel_board(d, order, rank), 2);
    cr_assert_eq(rank[0], 1);
    cr_assert_eq(rank[1], 1, "nobody scored: both first");
    game_duel_destroy(d);
    game_level_destroy(lv);
}

Test(duel, nobody_answers_time_runs_out)
{
    game_level *lv = choices(2, 0); /* untimed: 20 s in a duel */
    game_duel *d = started(lv, 2);
    cr_assert_eq(game_duel_time_limit(d), GAME_DUEL_DEFAULT_MS);
    cr_assert_eq(game_duel_time_left(d, 1000 + 5000), 15000);
    game_duel_update(d, 1000 + 19999);
    cr_assert_eq(game_duel_phase_of(d), GAME_DUEL_QUESTION);
    game_duel_update(d, 1000 + 20000);
    cr_assert_eq(game_duel_phase_of(d), GAME_DUEL_REVEAL);
    cr_assert_eq(game_duel_since(d), 21000, "closed when the time ran out");
    cr_assert_not(game_duel_answer(d, 0, right(d), 21001), "too late");
    cr_assert_eq(score(d, 0), 0);
    game_duel_destroy(d);
    game_level_destroy(lv);
}

Test(duel, late_answer_expires_first)
{
    game_level *lv = choices(1, 8000); /* the level's own time limit */
    game_duel *d = started(lv, 2);
    cr_assert_eq(game_duel_time_limit(d), 8000);
    cr_assert_not(game_duel_answer(d, 0, right(d), 1000 + 8000));
    cr_assert_eq(game_duel_phase_of(d), GAME_DUEL_REVEAL);
    cr_assert_eq(score(d, 0), 0);
    game_duel_destroy(d);
    game_level_destroy(lv);
}

Test(duel, removed_player_keeps_score_and_is_not_waited_for)
{
    game_level *lv = choices(3, 0);
    game_duel *d = started(lv, 3);
    cr_assert(game_duel_answer(d, 1, right(d), 1100));
    cr_assert(game_duel_answer(d, 0, right(d), 1200));
    cr_assert(game_duel_answer(d, 2, wrong(d), 1300));
    cr_assert(game_duel_next(d, 2000));
    /* question 2: player 1 unplugged after player 0 and 2 answered: it closes */
    cr_assert(game_duel_answer(d, 0, right(d), 2100));
    cr_assert(game_duel_answer(d, 2, right(d), 2200));
    cr_assert(game_duel_remove(d, 1, 2300));
    cr_assert_eq(game_duel_phase_of(d), GAME_DUEL_REVEAL);
    cr_assert_eq(game_duel_since(d), 2300);
    cr_assert_eq(score(d, 1), 100, "kept");
    cr_assert_not(game_duel_player_get(d, 1)->present);
    cr_assert_eq(game_duel_players(d), 3, "still on the board");
    /* question 3: a gone player cannot answer; back, they can */
    cr_assert(game_duel_next(d, 3000));
    cr_assert_not(game_duel_answer(d, 1, right(d), 3100));
    cr_assert(game_duel_rejoin(d, 1));
    cr_assert(game_duel_answer(d, 1, right(d), 3200));
    cr_assert_eq(score(d, 1), 200);
    cr_assert_not(game_duel_rejoin(d, 3), "never joined");
    cr_assert_not(game_duel_remove(d, 3, 3300));
    game_duel_destroy(d);
    game_level_destroy(lv);
}

Test(duel, everyone_unplugged_waits_for_the_time)
{
    game_level *lv = choices(1, 0);
    game_duel *d = started(lv, 2);
    cr_assert(game_duel_remove(d, 0, 1100));
    cr_assert(game_duel_remove(d, 1, 1200));
    cr_assert_eq(game_duel_phase_of(d), GAME_DUEL_QUESTION, "nobody left to wait for is no answer");
    game_duel_update(d, 21000);
    cr_assert_eq(game_duel_phase_of(d), GAME_DUEL_REVEAL);
    game_duel_destroy(d);
    game_level_destroy(lv);
}

Test(duel, board_ties_share_a_rank)
{
    game_level *lv = choices(2, 0);
    game_duel *d = started(lv, 4);
    /* q1: 3 first (100), 1 second (60), 0 wrong, 2 wrong */
    cr_assert(game_duel_answer(d, 3, right(d), 1100));
    cr_assert(game_duel_answer(d, 1, right(d), 1200));
    cr_assert(game_duel_answer(d, 0, wrong(d), 1300));
    cr_assert(game_duel_answer(d, 2, wrong(d), 1400));
    cr_assert(game_duel_next(d, 2000));
    /* q2: 1 first (100), 0 second (60), 2 third (40), 3 wrong */
    cr_assert(game_duel_answer(d, 1, right(d), 2100));
    cr_assert(game_duel_answer(d, 0, right(d), 2200));
    cr_assert(game_duel_answer(d, 2, right(d), 2300));
    cr_assert(game_duel_answer(d, 3, wrong(d), 2400));
    /* 0: 60, 1: 160, 2: 40, 3: 100 */
    int order[4], rank[4];
    cr_assert_eq(game_duel_board(d, order, rank), 4);
    cr_assert_eq(order[0], 1);
    cr_assert_eq(order[1], 3);
    cr_assert_eq(order[2], 0);
    cr_assert_eq(order[3], 2);
    cr_assert_eq(rank[3], 4);
    game_duel_destroy(d);

    /* equal scores: one rank, by player number, the next rank skips */
    d = started(lv, 3);
    cr_assert(game_duel_answer(d, 2, right(d), 1100));
    cr_assert(game_duel_answer(d, 0, wrong(d), 1200));
    cr_assert(game_duel_answer(d, 1, wrong(d), 1300));
    cr_assert(game_duel_next(d, 2000));
    cr_assert(game_duel_answer(d, 1, right(d), 2100));
    cr_assert(game_duel_answer(d, 0, wrong(d), 2200));
    cr_assert(game_duel_answer(d, 2, wrong(d), 2300));
    cr_assert_eq(game_duel_board(d, order, rank), 3);
    cr_assert_eq(order[0], 1);
    cr_assert_eq(order[1], 2);
    cr_assert_eq(rank[0], 1);
    cr_assert_eq(rank[1], 1);
    cr_assert_eq(order[2], 0);
    cr_assert_eq(rank[2], 3);
    game_duel_destroy(d);
    game_level_destroy(lv);
}

Test(duel, end_and_restart)
{
    game_level *lv = choices(1, 0);
    game_duel *d = started(lv, 2);
    cr_assert_not(game_duel_next(d, 1100), "not during the question");
    cr_assert(game_duel_answer(d, 0, right(d), 1100));
    cr_assert(game_duel_answer(d, 1, wrong(d), 1200));
    cr_assert(game_duel_next(d, 1300));
    cr_assert_eq(game_duel_phase_of(d), GAME_DUEL_END);
    cr_assert_not(game_duel_next(d, 1400));
    game_duel_restart(d);
    cr_assert_eq(game_duel_phase_of(d), GAME_DUEL_SETUP);
    cr_assert_eq(game_duel_players(d), 2, "the same players");
    cr_assert_eq(score(d, 0), 0);
    cr_assert(game_duel_start(d, 5000));
    cr_assert_eq(game_duel_index(d), 0);
    game_duel_destroy(d);
    game_level_destroy(lv);
}

Test(duel, choices_shuffled_by_the_seed)
{
    game_level *lv = choices(8, 0);
    int differ = 0;
    game_duel *a = game_duel_create(lv, 7, NULL), *b = game_duel_create(lv, 7, NULL);
    game_duel *c = game_duel_create(lv, 8, NULL);
    game_duel *all[] = {a, b, c};
    for (int k = 0; k < 3; k++) {
        game_duel_join(all[k]);
        game_duel_join(all[k]);
        game_duel_start(all[k], 0);
    }
    for (int q = 0; q < 8; q++) {
        unsigned seen = 0;
        for (int pos = 0; pos < 4; pos++) {
            cr_assert_eq(game_duel_choice_at(a, pos), game_duel_choice_at(b, pos));
            differ += game_duel_choice_at(a, pos) != game_duel_choice_at(c, pos);
            seen |= 1u << game_duel_choice_at(a, pos);
        }
        cr_assert_eq(seen, 0xFu, "a permutation");
        cr_assert_eq(game_duel_choice_at(a, game_duel_right_pos(a)), 2);
        for (int k = 0; k < 3; k++) {
            game_duel_update(all[k], 100000 * (uint64_t)(q + 1));
            game_duel_next(all[k], 100000 * (uint64_t)(q + 1));
        }
    }
    cr_assert_gt(differ, 0, "another seed, another order");
    for (int k = 0; k < 3; k++) game_duel_destroy(all[k]);
    game_level_destroy(lv);
}

/* Random presses (seeded, printed): the points given always are the table's in order, a
 * player never scores twice a question, the scores add up. */
Test(duel, random_presses)
{
    unsigned seed =
        getenv("VIGIE_TEST_SEED") ? (unsigned)strtoul(getenv("VIGIE_TEST_SEED"), 0, 10) : 20261206u;
    printf("test_duel random_presses: seed %u\n", seed);
    game_rng rng;
    game_rng_init(&rng, seed);
    game_level *lv = choices(10, 5000);
    for (int round = 0; round < 200; round++) {
        int np = 2 + (int)game_rng_below(&rng, 3);
        game_duel *d = started(lv, np);
        long total[4] = {0};
        uint64_t now = 1000;
        while (game_duel_phase_of(d) != GAME_DUEL_END) {
            if (game_duel_phase_of(d) == GAME_DUEL_QUESTION) {
                now += game_rng_below(&rng, 1500);
                int p = (int)game_rng_below(&rng, 4), pos = (int)game_rng_below(&rng, 5);
                game_duel_answer(d, p, pos, now);
                game_duel_update(d, now);
            }
            if (game_duel_phase_of(d) == GAME_DUEL_REVEAL) {
                bool given[4] = {0};
                for (int i = 0; i < np; i++) {
                    const game_duel_player *pl = game_duel_player_get(d, i);
                    total[i] += pl->points;
                    if (pl->order) {
                        cr_assert(pl->correct);
                        cr_assert_eq(pl->points, GAME_DUEL_POINTS[pl->order - 1]);
                        cr_assert_not(given[pl->order - 1], "seed %u: one per order", seed);
                        given[pl->order - 1] = true;
                    } else {
                        cr_assert_eq(pl->points, 0);
                    }
                }
                for (int o = 1; o < 4; o++)
                    cr_assert(!given[o] || given[o - 1], "seed %u: orders without a gap", seed);
                game_duel_next(d, now);
            }
        }
        for (int i = 0; i < np; i++) cr_assert_eq(score(d, i), total[i], "seed %u", seed);
        game_duel_destroy(d);
    }
    game_level_destroy(lv);
}

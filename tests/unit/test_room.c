/* test_room.c — the live classroom's room (game/game_room.h) on a level built in C and a C rule
 * that records what it sees: the flow, the players, ranks and the top, time, skipping, a rule
 * that fails, a thousand players. test_room_kinds.c plays every kind with the engine's rule. */
#include "game/game.h"
#include "game/game_room.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
/* ==== a level built in C, a rule written in C ===================================== */

static game_level *make_level(size_t n, size_t nchoices, uint32_t time_ms)
{
    game_level *lv = calloc(1, sizeof *lv);
    lv->id = strdup("room");
    lv->path = strdup("room.lua");
    lv->questions = calloc(n, sizeof *lv->questions);
    lv->nquestions = n;
    for (size_t i = 0; i < n; i++) {
        game_question *q = &lv->questions[i];
        char id[32];
        snprintf(id, sizeof id, "q%zu", i + 1);
        q->id = strdup(id);
        q->kind = GAME_KIND_CHOICE;
        q->nchoices = nchoices;
        q->correct_mask = 0x2u; /* written choice 1 */
        q->time_ms = time_ms;
        q->points = 1000;
        q->prompt.s[0] = strdup("prompt");
    }
    return lv;
}

typedef struct {
    int calls;
    game_score_ctx last;
    bool fail;
} recorder;

/* Right: 100 per step of the streak, plus one point per 100 ms left; wrong or a timeout: 0. */
static bool rec_score(void *ud, const game_score_ctx *ctx, long *points, double *credit,
                      game_error *err)
{
    recorder *r = ud;
    r->calls++;
    r->last = *ctx;
    if (r->fail) return game_error_set(err, "rule.lua", 7, "boom");
    long speed = ctx->limit_ms && ctx->time_ms < ctx->limit_ms
                     ? (long)(ctx->limit_ms - ctx->time_ms) / 100
                     : 0;
    *points = ctx->correct ? 100 * (long)ctx->streak + speed : 0;
    *credit = ctx->correct ? 1 : 0;
    return true;
}

static const game_response RIGHT = {.chosen = 0x2u}, WRONG = {.chosen = 0x1u};

/* A room on a C level of n 4-choice questions of 20 s, players 1 … np in the lobby. */
typedef struct {
    game_level *lv;
    recorder rec;
    game_room *r;
} fixture;

static void setup(fixture *f, size_t n, uint32_t time_ms, unsigned np)
{
    memset(f, 0, sizeof *f);
    f->lv = make_level(n, 4, time_ms);
    game_error err = {0};
    f->r = game_room_create(f->lv, rec_score, &f->rec, 7, &err);
    cr_assert_not_null(f->r, "%s", err.message);
    for (unsigned i = 1; i <= np; i++) {
        char nick[16];
        snprintf(nick, sizeof nick, "P%u", i);
        cr_assert(game_room_join(f->r, i, nick));
    }
}

static void teardown(fixture *f)
{
    game_room_destroy(f->r);
    game_level_destroy(f->lv);
}

static game_room_take answer(fixture *f, uint32_t id, game_response resp, uint32_t ms)
{
    game_error err = {0};
    size_t qi = game_room_question_index(f->r);
    return game_room_answer(f->r, id, (uint32_t)(qi + 1), &resp, ms, &err);
}

static const game_room_player *P(fixture *f, uint32_t id)
{
    const game_room_player *p = game_room_player_get(f->r, id);
    cr_assert_not_null(p);
    return p;
}

/* ==== the flow ===================================================================== */

Test(game_room, walks_lobby_question_reveal_podium_next_and_end)
{
    fixture f;
    setup(&f, 2, 20000, 2);
    cr_assert_eq(game_room_phase_get(f.r), GAME_ROOM_LOBBY);
    cr_assert_eq(game_room_question_index(f.r), SIZE_MAX);
    cr_assert_null(game_room_question(f.r));
    cr_assert_eq(game_room_max_score(f.r), 0, "nothing played, nothing to earn yet");

    cr_assert(game_room_open(f.r, 0, 20000, 1000));
    cr_assert_eq(game_room_phase_get(f.r), GAME_ROOM_QUESTION);
    cr_assert_eq(game_room_question(f.r), &f.lv->questions[0]);
    cr_assert_eq(answer(&f, 1, RIGHT, 2000), GAME_ROOM_TAKEN);
    size_t a, of;
    game_room_answered(f.r, &a, &of);
    cr_assert_eq(a, 1);
    cr_assert_eq(of, 2);
    cr_assert_eq(P(&f, 1)->score, 100 + 180, "scored at once: streak 1, 18 s left");
    cr_assert(game_room_close(f.r, 21000, NULL));
    cr_assert_eq(game_room_phase_get(f.r), GAME_ROOM_REVEAL);
    cr_assert(P(&f, 2)->answers[0].timeout);
    game_room_podium(f.r);
    cr_assert_eq(game_room_phase_get(f.r), GAME_ROOM_PODIUM);

    cr_assert(game_room_open(f.r, 1, 20000, 30000));
    cr_assert_eq(answer(&f, 1, RIGHT, 0), GAME_ROOM_TAKEN);
    cr_assert_eq(answer(&f, 2, RIGHT, 10000), GAME_ROOM_TAKEN);
    game_room_answered(f.r, &a, &of);
    cr_assert_eq(a, 2);
    cr_assert_eq(of, 2);
    cr_assert(game_room_close(f.r, 40000, NULL));
    cr_assert_eq(P(&f, 1)->score, 280 + 200 + 200, "streak 2, no time taken");
    cr_assert_eq(P(&f, 2)->score, 100 + 100, "streak 1 after a timeout, 10 s left");
    cr_assert_eq(P(&f, 1)->correct, 2);
    cr_assert_eq(game_room_max_score(f.r), (100 + 200) + (200 + 200),
                 "the rule's perfect instant answers: at streak 1, then 2");
    cr_assert_not(game_room_open(f.r, 2, 20000, 50000), "there is no third question");
    game_room_end(f.r);
    cr_assert_eq(game_room_phase_get(f.r), GAME_ROOM_END);
    cr_assert_not(game_room_open(f.r, 1, 20000, 60000));
    teardown(&f);
}

Test(game_room, only_goes_forward_and_opens_one_question_at_a_time)
{
    fixture f;
    setup(&f, 3, 20000, 1);
    cr_assert(game_room_open(f.r, 1, 20000, 0), "the teacher may start further on");
    cr_assert_not(game_room_open(f.r, 2, 20000, 0), "one is open");
    cr_assert(game_room_close(f.r, 100, NULL));
    cr_assert_not(game_room_open(f.r, 1, 20000, 200), "never the same question twice");
    cr_assert_not(game_room_open(f.r, 0, 20000, 200), "never back");
    cr_assert_not(game_room_close(f.r, 300, NULL), "nothing open to close");
    cr_assert(game_room_open(f.r, 2, 20000, 300));
    teardown(&f);
}

/* ==== answers ======================================================================= */

Test(game_room, an_unanswered_question_is_a_timeout_at_close_with_the_limit_as_its_time)
{
    fixture f;
    setup(&f, 2, 20000, 2);
    game_room_open(f.r, 0, 20000, 0);
    answer(&f, 1, RIGHT, 500);
    answer(&f, 2, RIGHT, 500);
    game_room_close(f.r, 1000, NULL);
    cr_assert_eq(P(&f, 2)->streak, 1);
    game_room_open(f.r, 1, 20000, 5000);
    answer(&f, 1, RIGHT, 500);
    cr_assert(game_room_time_up(f.r, 25000));
    f.rec.calls = 0;
    cr_assert(game_room_close(f.r, 25000, NULL));
    cr_assert_eq(f.rec.calls, 1, "the rule scores the timeout, as a solo game's");
    cr_assert(f.rec.last.timeout);
    const game_answer *t = &P(&f, 2)->answers[1];
    cr_assert(t->answered && t->timeout && !t->correct);
    cr_assert_eq(t->points, 0);
    cr_assert_eq(t->time_ms, 20000);
    cr_assert_eq(P(&f, 2)->streak, 0, "a timeout ends the streak");
    cr_assert_eq(P(&f, 1)->streak, 2);
    teardown(&f);
}

Test(game_room, a_second_answer_is_refused_and_the_first_kept)
{
    fixture f;
    setup(&f, 1, 20000, 1);
    game_room_open(f.r, 0, 20000, 0);
    cr_assert_eq(answer(&f, 1, WRONG, 1000), GAME_ROOM_TAKEN);
    cr_assert_eq(answer(&f, 1, RIGHT, 2000), GAME_ROOM_TWICE);
    cr_assert_not(P(&f, 1)->answers[0].correct);
    cr_assert_eq(P(&f, 1)->score, 0);
    teardown(&f);
}

Test(game_room, answers_for_another_question_when_closed_or_from_strangers_are_refused)
{
    fixture f;
    setup(&f, 2, 20000, 1);
    game_error err = {0};
    cr_assert_eq(game_room_answer(f.r, 1, 1, &RIGHT, 10, &err), GAME_ROOM_CLOSED, "in the lobby");
    game_room_open(f.r, 0, 20000, 0);
    cr_assert_eq(game_room_answer(f.r, 1, 2, &RIGHT, 10, &err), GAME_ROOM_WRONG_Q);
    cr_assert_eq(game_room_answer(f.r, 1, 0, &RIGHT, 10, &err), GAME_ROOM_WRONG_Q);
    cr_assert_eq(game_room_answer(f.r, 9, 1, &RIGHT, 10, &err), GAME_ROOM_UNKNOWN);
    game_room_close(f.r, 100, NULL);
    cr_assert_eq(game_room_answer(f.r, 1, 1, &RIGHT, 10, &err), GAME_ROOM_CLOSED, "late");
    cr_assert(P(&f, 1)->answers[0].timeout);
    teardown(&f);
}

Test(game_room, a_late_joiner_plays_from_the_next_question_and_owes_nothing_before)
{
    fixture f;
    setup(&f, 3, 20000, 1);
    game_room_open(f.r, 0, 20000, 0);
    cr_assert(game_room_join(f.r, 2, "Late"));
    cr_assert_not(game_room_join(f.r, 2, "Again"), "an id joins once");
    cr_assert_eq(P(&f, 2)->first, 1);
    cr_assert_eq(answer(&f, 2, RIGHT, 100), GAME_ROOM_NOT_YET);
    size_t a, of;
    game_room_answered(f.r, &a, &of);
    cr_assert_eq(of, 1, "not waited for");
    answer(&f, 1, RIGHT, 0);
    game_room_close(f.r, 1000, NULL);
    cr_assert_not(P(&f, 2)->answers[0].answered, "no timeout for a question not theirs");
    game_room_tally t;
    game_room_tally_get(f.r, 0, &t);
    cr_assert_eq(t.right + t.partly + t.wrong + t.none, 1);
    game_room_podium(f.r);
    cr_assert(game_room_join(f.r, 3, "Later"));
    cr_assert_eq(P(&f, 3)->first, 1, "at the podium: the next question");
    game_room_open(f.r, 1, 20000, 2000);
    cr_assert_eq(answer(&f, 2, RIGHT, 0), GAME_ROOM_TAKEN);
    cr_assert_eq(P(&f, 2)->streak, 1);
    game_room_close(f.r, 3000, NULL);
    long max1 = 100 + 200, max2 = 200 + 200; /* perfect, instant: streak 1, then 2 */
    cr_assert_eq(game_room_max_score(f.r), max1 + max2);
    cr_assert_eq(game_room_player_max(f.r, 1), max1 + max2);
    cr_assert_eq(game_room_player_max(f.r, 2), max2,
                 "their maximum leaves out what was not theirs");
    teardown(&f);
}

Test(game_room, an_away_player_is_not_waited_for_and_gets_a_timeout)
{
    fixture f;
    setup(&f, 2, 20000, 3);
    game_room_open(f.r, 0, 20000, 0);
    game_room_set_away(f.r, 3, true);
    cr_assert_eq(game_room_players_here(f.r), 2);
    cr_assert_eq(game_room_players_in(f.r), 3);
    answer(&f, 1, RIGHT, 0);
    answer(&f, 2, WRONG, 0);
    size_t a, of;
    game_room_answered(f.r, &a, &of);
    cr_assert_eq(a, 2);
    cr_assert_eq(of, 2, "everyone present answered");
    game_room_set_away(f.r, 2, true);
    game_room_answered(f.r, &a, &of);
    cr_assert_eq(a, 2, "an away player's answer still counts");
    cr_assert_eq(of, 2);
    game_room_close(f.r, 1000, NULL);
    cr_assert(P(&f, 3)->answers[0].timeout);
    cr_assert_eq(P(&f, 3)->streak, 0);
    game_room_set_away(f.r, 3, false);
    cr_assert_not(P(&f, 3)->away);
    teardown(&f);
}

Test(game_room, a_rename_changes_the_nick_whole_and_never_a_removed_player)
{
    fixture f;
    setup(&f, 1, 20000, 2);
    cr_assert(game_room_rename(f.r, 1, "Lina"));
    cr_assert_str_eq(P(&f, 1)->nick, "Lina");
    cr_assert_not(game_room_rename(f.r, 9, "Nobody"));
    cr_assert_not(game_room_rename(f.r, 1, ""));
    /* 16 two-byte letters and one more: cut before the last, never inside it */
    cr_assert(game_room_rename(f.r, 1, "ééééééééééééééééé"));
    cr_assert_str_eq(P(&f, 1)->nick, "éééééééééééééééé");
    game_room_remove(f.r, 2);
    cr_assert_not(game_room_rename(f.r, 2, "Back"));
    teardown(&f);
}

Test(game_room, a_removed_player_has_no_rank_no_place_in_the_top_the_tally_or_the_count)
{
    fixture f;
    setup(&f, 1, 20000, 3);
    game_room_open(f.r, 0, 20000, 0);
    answer(&f, 1, RIGHT, 0);
    answer(&f, 2, WRONG, 0);
    game_room_remove(f.r, 1);
    cr_assert_eq(answer(&f, 1, RIGHT, 0), GAME_ROOM_UNKNOWN);
    size_t a, of;
    game_room_answered(f.r, &a, &of);
    cr_assert_eq(a, 1);
    cr_assert_eq(of, 2);
    game_room_close(f.r, 1000, NULL);
    cr_assert_eq(game_room_rank(f.r, 1), 0);
    cr_assert_eq(game_room_rank(f.r, 2), 1, "two at 0 share the first place");
    cr_assert_eq(game_room_rank(f.r, 3), 1);
    const game_room_player *top[5];
    size_t n = game_room_top(f.r, top, 5);
    cr_assert_eq(n, 2);
    for (size_t i = 0; i < n; i++) cr_assert_neq(top[i]->id, 1);
    game_room_tally t;
    game_room_tally_get(f.r, 0, &t);
    cr_assert_eq(t.right, 0, "the removed player's right answer is not shown");
    cr_assert_eq(t.wrong, 1);
    cr_assert_eq(t.none, 1);
    cr_assert_eq(game_room_players_in(f.r), 2);
    cr_assert_eq(game_room_player_count(f.r), 3, "kept, marked removed");
    cr_assert(game_room_player_at(f.r, 0)->removed);
    teardown(&f);
}

Test(game_room, ranks_share_a_place_at_a_tie_and_count_only_higher_scores)
{
    fixture f;
    setup(&f, 1, 0, 5);
    game_room_open(f.r, 0, 0, 0); /* untimed: the points do not depend on the time */
    answer(&f, 1, RIGHT, 300);
    answer(&f, 2, RIGHT, 100);
    answer(&f, 3, WRONG, 100);
    answer(&f, 4, RIGHT, 200);
    game_room_close(f.r, 1000, NULL);
    cr_assert_eq(game_room_rank(f.r, 1), 1);
    cr_assert_eq(game_room_rank(f.r, 2), 1);
    cr_assert_eq(game_room_rank(f.r, 4), 1);
    cr_assert_eq(game_room_rank(f.r, 3), 4, "1 + the three with more");
    cr_assert_eq(game_room_rank(f.r, 5), 4);
    cr_assert_eq(game_room_rank(f.r, 42), 0, "unknown");
    teardown(&f);
}

Test(game_room, the_top_is_best_score_then_least_time_then_who_joined_first)
{
    fixture f;
    setup(&f, 1, 0, 6);
    game_room_open(f.r, 0, 0, 0);
    answer(&f, 1, RIGHT, 300);
    answer(&f, 2, RIGHT, 100);
    answer(&f, 3, WRONG, 50);
    answer(&f, 4, RIGHT, 200);
    answer(&f, 5, RIGHT, 100);
    answer(&f, 6, WRONG, 10);
    game_room_close(f.r, 1000, NULL);
    cr_assert_eq(game_room_player_time(f.r, 2), 100);
    const game_room_player *top[6];
    uint32_t want[] = {2, 5, 4, 1, 6, 3};
    cr_assert_eq(game_room_top(f.r, top, 6), 6);
    for (size_t i = 0; i < 6; i++) cr_assert_eq(top[i]->id, want[i], "place %zu", i + 1);
    cr_assert_eq(game_room_top(f.r, top, 3), 3);
    for (size_t i = 0; i < 3; i++) cr_assert_eq(top[i]->id, want[i], "place %zu of 3", i + 1);
    cr_assert_eq(game_room_top(f.r, top, 0), 0);
    teardown(&f);
}

/* ==== time ========================================================================== */

Test(game_room, a_pause_freezes_the_time_left_and_the_time_is_never_up_while_paused)
{
    fixture f;
    setup(&f, 1, 20000, 1);
    game_room_open(f.r, 0, 20000, 1000);
    cr_assert_eq(game_room_time_left(f.r, 6000), 15000);
    game_room_pause(f.r, true, 6000);
    cr_assert(game_room_paused(f.r));
    cr_assert_eq(game_room_time_left(f.r, 60000), 15000, "frozen");
    cr_assert_not(game_room_time_up(f.r, 1000000));
    game_room_pause(f.r, true, 70000); /* paused twice: still from 6000 */
    game_room_pause(f.r, false, 106000);
    cr_assert_not(game_room_paused(f.r));
    cr_assert_eq(game_room_time_left(f.r, 106000), 15000);
    cr_assert_eq(game_room_time_left(f.r, 116000), 5000);
    cr_assert_not(game_room_time_up(f.r, 120999));
    cr_assert(game_room_time_up(f.r, 121000));
    cr_assert_eq(game_room_time_left(f.r, 130000), 0);
    game_room_close(f.r, 121000, NULL);
    cr_assert_not(game_room_paused(f.r));
    cr_assert_eq(game_room_time_left(f.r, 121000), 0, "closed");
    teardown(&f);
}

Test(game_room, an_untimed_question_waits_for_the_teacher_and_the_rule_sees_no_limit)
{
    fixture f;
    setup(&f, 1, 20000, 2);
    game_room_open(f.r, 0, 0, 1000);
    cr_assert_eq(game_room_time_left(f.r, 500000), 0);
    cr_assert_not(game_room_time_up(f.r, 10000000));
    answer(&f, 1, RIGHT, 90000);
    cr_assert_eq(f.rec.last.limit_ms, 0);
    cr_assert_eq(f.rec.last.time_ms, 90000, "no limit holds the time");
    game_room_pause(f.r, true, 50000);
    game_room_pause(f.r, false, 60000);
    cr_assert(game_room_close(f.r, 101000, NULL));
    cr_assert_eq(P(&f, 2)->answers[0].time_ms, 90000, "the time it was open, the pause left out");
    teardown(&f);
}

Test(game_room, an_answer_over_the_limit_counts_the_limit)
{
    fixture f;
    setup(&f, 1, 20000, 1);
    game_room_open(f.r, 0, 20000, 0);
    cr_assert_eq(answer(&f, 1, RIGHT, 20400), GAME_ROOM_TAKEN, "on its way when time was up");
    cr_assert_eq(P(&f, 1)->answers[0].time_ms, 20000);
    teardown(&f);
}

/* ==== skipping ======================================================================= */

Test(game_room, a_skipped_question_scores_nothing_restores_streaks_and_counts_in_no_maximum)
{
    fixture f;
    setup(&f, 4, 20000, 2);
    game_room_open(f.r, 0, 20000, 0);
    answer(&f, 1, RIGHT, 0);
    answer(&f, 2, RIGHT, 0);
    game_room_close(f.r, 100, NULL);
    long before = P(&f, 1)->score;
    long max_before = game_room_max_score(f.r);
    game_room_open(f.r, 1, 20000, 1000);
    answer(&f, 1, RIGHT, 0);
    answer(&f, 2, WRONG, 0);
    game_room_skip(f.r, 2000);
    cr_assert_eq(game_room_phase_get(f.r), GAME_ROOM_REVEAL);
    cr_assert(game_room_skipped(f.r, 1));
    cr_assert_not(game_room_counts(f.r, 1));
    cr_assert_eq(P(&f, 1)->score, before);
    cr_assert_eq(P(&f, 1)->streak, 1, "as before the skipped question");
    cr_assert_eq(P(&f, 2)->streak, 1);
    cr_assert_eq(P(&f, 1)->correct, 1);
    cr_assert_not(P(&f, 1)->answers[1].answered);
    cr_assert_eq(game_room_max_score(f.r), max_before);
    cr_assert_eq(game_room_player_time(f.r, 1), 0);
    game_room_tally t;
    game_room_tally_get(f.r, 1, &t);
    cr_assert_eq(t.right + t.partly + t.wrong + t.none, 0);

    game_room_skip(f.r, 3000); /* from the reveal: the next one */
    cr_assert(game_room_skipped(f.r, 2));
    cr_assert_eq(game_room_question_index(f.r), 2);
    cr_assert(game_room_open(f.r, 3, 20000, 4000));
    answer(&f, 1, RIGHT, 0);
    cr_assert_eq(P(&f, 1)->streak, 2, "a skip does not break a streak");
    game_room_close(f.r, 5000, NULL);
    cr_assert_eq(game_room_max_score(f.r), max_before + (100 * 4 + 200),
                 "and question 4's, the rule's for streak 4, instant");
    game_room_skip(f.r, 6000);
    cr_assert_eq(game_room_question_index(f.r), 3, "no question after the last to skip");
    teardown(&f);
}

Test(game_room, ending_while_a_question_is_open_counts_it_for_nobody)
{
    fixture f;
    setup(&f, 2, 20000, 1);
    game_room_open(f.r, 0, 20000, 0);
    answer(&f, 1, RIGHT, 0);
    game_room_end(f.r);
    cr_assert_eq(game_room_phase_get(f.r), GAME_ROOM_END);
    cr_assert(game_room_skipped(f.r, 0));
    cr_assert_eq(P(&f, 1)->score, 0);
    cr_assert_eq(game_room_max_score(f.r), 0);
    teardown(&f);
}

/* ==== a rule that fails ============================================================== */

Test(game_room, a_failing_rule_says_why_and_the_answer_is_not_taken)
{
    fixture f;
    setup(&f, 1, 20000, 2);
    game_room_open(f.r, 0, 20000, 0);
    f.rec.fail = true;
    game_error err = {0};
    cr_assert_eq(game_room_answer(f.r, 1, 1, &RIGHT, 10, &err), GAME_ROOM_FAILED);
    cr_assert_str_eq(err.message, "boom");
    cr_assert_str_eq(err.file, "rule.lua");
    cr_assert_eq(err.line, 7);
    cr_assert_not(P(&f, 1)->answers[0].answered);
    memset(&err, 0, sizeof err);
    cr_assert_not(game_room_close(f.r, 100, &err));
    cr_assert_str_eq(err.message, "boom");
    cr_assert_eq(game_room_phase_get(f.r), GAME_ROOM_QUESTION);
    f.rec.fail = false;
    cr_assert(game_room_close(f.r, 100, &err), "closing again goes on");
    cr_assert(P(&f, 1)->answers[0].timeout && P(&f, 2)->answers[0].timeout);
    teardown(&f);
}

Test(game_room, a_rule_that_fails_on_the_maximum_makes_no_room)
{
    game_level *lv = make_level(2, 4, 20000);
    recorder rec = {.fail = true};
    game_error err = {0};
    cr_assert_null(game_room_create(lv, rec_score, &rec, 1, &err));
    cr_assert_str_eq(err.message, "boom");
    game_level_destroy(lv);
}

/* ==== many players ======================================================================= */

Test(game_room, a_thousand_players_answer_every_question_and_all_are_counted)
{
    enum { N = 1000, Q = 5 };
    fixture f;
    setup(&f, Q, 20000, 0);
    clock_t c0 = clock();
    for (uint32_t id = 1; id <= N; id++) cr_assert(game_room_join(f.r, id, "Élève"));
    for (size_t q = 0; q < Q; q++) {
        cr_assert(game_room_open(f.r, q, 20000, q * 100000));
        for (uint32_t id = 1; id <= N; id++)
            if (id % 10) /* one in ten does not answer */
                cr_assert_eq(answer(&f, id, id % 3 ? RIGHT : WRONG, id % 20000), GAME_ROOM_TAKEN);
        size_t a, of;
        game_room_answered(f.r, &a, &of);
        cr_assert_eq(a, N - N / 10);
        cr_assert_eq(of, N);
        cr_assert(game_room_close(f.r, q * 100000 + 20000, NULL));
        game_room_tally t;
        game_room_tally_get(f.r, q, &t);
        cr_assert_eq(t.none, N / 10);
        cr_assert_eq(t.right + t.wrong + t.none, N);
        for (uint32_t id = 1; id <= N; id++) game_room_rank(f.r, id);
        const game_room_player *top[5];
        cr_assert_eq(game_room_top(f.r, top, 5), 5);
        for (size_t i = 1; i < 5; i++) cr_assert_geq(top[i - 1]->score, top[i]->score);
    }
    double cpu = (double)(clock() - c0) / CLOCKS_PER_SEC;
    /* The teacher's machine does this between two frames; the bound only catches a blow-up
     * (a square made cubic), far above what any machine takes. */
    cr_assert_lt(cpu, 20.0, "%.3f s of CPU for 1,000 players and 5 questions", cpu);
    long best = 0;
    for (uint32_t id = 1; id <= N; id++) best = P(&f, id)->score > best ? P(&f, id)->score : best;
    const game_room_player *top[1];
    game_room_top(f.r, top, 1);
    cr_assert_eq(top[0]->score, best);
    cr_assert_eq(game_room_rank(f.r, top[0]->id), 1);
    teardown(&f);
}

/* ==== the trainer's pace (vigie host --time) ========================================== */

Test(game_room, at_twice_the_time_a_question_expires_at_twice_its_limit_with_no_speed_factor)
{
    fixture f;
    setup(&f, 2, 20000, 2);
    game_room_set_pace(f.r, GAME_PACE_X2);
    cr_assert_eq(game_room_pace(f.r), GAME_PACE_X2);
    game_room_open(f.r, 0, 20000, 0);
    cr_assert_eq(game_room_time_left(f.r, 0), 40000);
    cr_assert_not(game_room_time_up(f.r, 39999), "not at the written limit");
    cr_assert(game_room_time_up(f.r, 40000), "at twice the limit");
    cr_assert_eq(answer(&f, 1, RIGHT, 5000), GAME_ROOM_TAKEN);
    cr_assert_eq(f.rec.last.limit_ms, 0, "the rule sees no limit: no speed factor");
    cr_assert_eq(P(&f, 1)->answers[0].points, 100, "the streak's points only");
    cr_assert(game_room_close(f.r, 45000, NULL));
    cr_assert_eq(P(&f, 2)->answers[0].time_ms, 40000, "a timeout counts the longer limit");
    cr_assert(P(&f, 2)->answers[0].timeout);
    teardown(&f);
}

Test(game_room, at_the_normal_pace_the_speed_factor_stays)
{
    fixture f;
    setup(&f, 1, 20000, 1);
    game_room_set_pace(f.r, GAME_PACE_NORMAL);
    game_room_open(f.r, 0, 20000, 0);
    cr_assert_eq(game_room_time_left(f.r, 0), 20000);
    answer(&f, 1, RIGHT, 5000);
    cr_assert_eq(f.rec.last.limit_ms, 20000);
    cr_assert_eq(P(&f, 1)->answers[0].points, 100 + 150);
    teardown(&f);
}

/* test_game.c — the game model alone: no SDL, no Lua. A C scoring rule stands in for
 * the Lua one so that these tests pin the state machine, not the formula. */
#include "game/game.h"
#include "game/game_play.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- a level built in C ---- */

static char *dup(const char *s)
{
    return strdup(s);
}

static game_level *make_level(size_t n, game_kind kind, size_t nchoices, uint32_t time_ms)
{
    game_level *lv = calloc(1, sizeof *lv);
    lv->id = dup("test");
    lv->path = dup("test.lua");
    lv->questions = calloc(n, sizeof *lv->questions);
    lv->nquestions = n;
    for (size_t i = 0; i < n; i++) {
        game_question *q = &lv->questions[i];
        char id[32];
        snprintf(id, sizeof id, "q%zu", i + 1);
        q->id = dup(id);
        q->kind = kind;
        q->nchoices = kind == GAME_KIND_TRUEFALSE ? 2 : nchoices;
        q->correct_mask = kind == GAME_KIND_MULTI ? 0x5u : 0x2u; /* {1,3} or choice 2 */
        q->time_ms = time_ms;
        q->points = 1000;
        q->prompt.s[0] = dup("prompt");
    }
    return lv;
}

/* ---- a recording scoring rule ---- */

typedef struct {
    int calls;
    game_score_ctx last;
    bool fail;
    long wrong_points; /* what a wrong answer earns, and its credit (0 by default) */
    double wrong_credit, right_credit;
} recorder;

static bool rec_score(void *ud, const game_score_ctx *ctx, long *points, double *credit,
                      game_error *err)
{
    recorder *r = ud;
    r->calls++;
    r->last = *ctx;
    if (r->fail) return game_error_set(err, "rule.lua", 7, "boom");
    *points = ctx->correct ? 100 * (long)ctx->streak : r->wrong_points;
    *credit = ctx->correct ? r->right_credit : r->wrong_credit;
    return true;
}

static game_action A(game_action_kind k, int arg)
{
    return (game_action){.kind = k, .arg = arg};
}

/* The displayed position of written choice `i` in the current question. */
static int pos(game_session *s, size_t i)
{
    return (int)game_session_position_of(s, i);
}

Test(game_session, starts_in_the_menu_and_walks_intro_question_feedback_results_menu)
{
    recorder r = {0};
    game_level *lv = make_level(2, GAME_KIND_CHOICE, 4, 20000);
    game_session *s = game_session_create(rec_score, &r, 42);
    cr_assert_eq(game_session_phase(s), GAME_PHASE_MENU);
    cr_assert(game_session_begin(s, lv, 0, NULL));
    cr_assert_eq(game_session_phase(s), GAME_PHASE_INTRO);
    game_action start = A(GAME_ACT_START, 0);
    cr_assert(game_step(s, &start, 1, 100, NULL));
    cr_assert_eq(game_session_phase(s), GAME_PHASE_QUESTION);
    for (int q = 0; q < 2; q++) {
        game_action pick = A(GAME_ACT_CHOOSE, pos(s, 1));
        cr_assert(game_step(s, &pick, 1, 1000 + 5000 * (uint64_t)q, NULL));
        cr_assert_eq(game_session_phase(s), GAME_PHASE_FEEDBACK);
        game_action next = A(GAME_ACT_CONTINUE, 0);
        cr_assert(game_step(s, &next, 1, 2000 + 5000 * (uint64_t)q, NULL));
    }
    cr_assert_eq(game_session_phase(s), GAME_PHASE_RESULTS);
    cr_assert_eq(game_session_correct_count(s), 2);
    cr_assert_eq(game_session_score(s), 100 + 200);
    game_action next = A(GAME_ACT_CONTINUE, 0);
    cr_assert(game_step(s, &next, 1, 20000, NULL));
    cr_assert_eq(game_session_phase(s), GAME_PHASE_MENU);
    game_session_destroy(s);
    game_level_destroy(lv);
}

Test(game_session, an_answer_keeps_the_credit_the_rule_gave_and_it_agrees_with_the_verdict)
{
    recorder r = {.wrong_points = 50, .wrong_credit = 0.5, .right_credit = 0.2};
    game_level *lv = make_level(3, GAME_KIND_CHOICE, 4, 20000);
    game_session *s = game_session_create(rec_score, &r, 42);
    cr_assert(game_session_begin(s, lv, 0, NULL));
    game_action start = A(GAME_ACT_START, 0), next = A(GAME_ACT_CONTINUE, 0);
    cr_assert(game_step(s, &start, 1, 100, NULL));
    game_action wrong = A(GAME_ACT_CHOOSE, pos(s, 0));
    cr_assert(game_step(s, &wrong, 1, 1000, NULL));
    cr_assert_float_eq(game_session_answer(s, 0)->credit, 0.5, 1e-9, "partly right: its share");
    cr_assert(game_step(s, &next, 1, 2000, NULL));
    game_action right = A(GAME_ACT_CHOOSE, pos(s, 1));
    cr_assert(game_step(s, &right, 1, 3000, NULL));
    cr_assert_float_eq(game_session_answer(s, 1)->credit, 1.0, 1e-9, "right is all of it");
    cr_assert(game_step(s, &next, 1, 4000, NULL));
    r.wrong_points = 0; /* a rule that gives a share but no points: wrong, so none */
    wrong = A(GAME_ACT_CHOOSE, pos(s, 0));
    cr_assert(game_step(s, &wrong, 1, 5000, NULL));
    cr_assert_float_eq(game_session_answer(s, 2)->credit, 0.0, 1e-9);
    game_session_destroy(s);
    game_level_destroy(lv);
}

Test(game_session, ignores_actions_that_make_no_sense_in_the_phase)
{
    recorder r = {0};
    game_level *lv = make_level(1, GAME_KIND_CHOICE, 4, 20000);
    game_session *s = game_session_create(rec_score, &r, 1);
    game_session_begin(s, lv, 0, NULL);
    r.calls = 0; /* begin asked the rule for the max score */
    game_action acts[] = {A(GAME_ACT_CHOOSE, 0), A(GAME_ACT_SUBMIT, 0)};
    cr_assert(game_step(s, acts, 2, 10, NULL));
    cr_assert_eq(game_session_phase(s), GAME_PHASE_INTRO, "choosing during the intro does nothing");
    game_action start = A(GAME_ACT_START, 0), bad = A(GAME_ACT_CHOOSE, 9),
                cont = A(GAME_ACT_CONTINUE, 0);
    game_step(s, &start, 1, 20, NULL);
    cr_assert(game_step(s, &bad, 1, 30, NULL));
    cr_assert(game_step(s, &cont, 1, 40, NULL));
    cr_assert_eq(game_session_phase(s), GAME_PHASE_QUESTION, "an out-of-range choice is ignored");
    cr_assert_eq(r.calls, 0);
    game_session_destroy(s);
    game_level_destroy(lv);
}

Test(game_session, quit_goes_back_to_the_menu_from_any_phase)
{
    recorder r = {0};
    game_level *lv = make_level(3, GAME_KIND_CHOICE, 4, 20000);
    game_session *s = game_session_create(rec_score, &r, 1);
    game_session_begin(s, lv, 0, NULL);
    game_action acts[] = {A(GAME_ACT_START, 0), A(GAME_ACT_QUIT, 0)};
    game_step(s, acts, 2, 10, NULL);
    cr_assert_eq(game_session_phase(s), GAME_PHASE_MENU);
    game_session_destroy(s);
    game_level_destroy(lv);
}

Test(game_shuffle, same_seed_gives_the_same_order_and_every_order_is_a_permutation)
{
    recorder r = {0};
    game_level *lv = make_level(5, GAME_KIND_CHOICE, 6, 20000);
    game_session *a = game_session_create(rec_score, &r, 1234);
    game_session *b = game_session_create(rec_score, &r, 1234);
    game_session_begin(a, lv, 0, NULL);
    game_session_begin(b, lv, 0, NULL);
    game_action start = A(GAME_ACT_START, 0);
    game_step(a, &start, 1, 0, NULL);
    game_step(b, &start, 1, 0, NULL);
    for (int q = 0; q < 5; q++) {
        unsigned seen = 0;
        for (size_t p = 0; p < 6; p++) {
            cr_assert_eq(game_session_choice_at(a, p), game_session_choice_at(b, p));
            seen |= 1u << game_session_choice_at(a, p);
            cr_assert_eq(game_session_position_of(a, game_session_choice_at(a, p)), p);
        }
        cr_assert_eq(seen, 0x3fu, "a permutation of the 6 choices");
        game_action acts[] = {A(GAME_ACT_CHOOSE, 0), A(GAME_ACT_CONTINUE, 0)};
        game_step(a, acts, 2, 100, NULL);
        game_step(b, acts, 2, 100, NULL);
    }
    game_session_destroy(a);
    game_session_destroy(b);
    game_level_destroy(lv);
}

Test(game_shuffle, different_seeds_give_different_orders)
{
    recorder r = {0};
    game_level *lv = make_level(1, GAME_KIND_CHOICE, 6, 20000);
    int differ = 0;
    size_t first[6];
    for (uint64_t seed = 1; seed <= 20; seed++) {
        game_session *s = game_session_create(rec_score, &r, seed);
        game_session_begin(s, lv, 0, NULL);
        bool same = true;
        for (size_t p = 0; p < 6; p++) {
            if (seed == 1) first[p] = game_session_choice_at(s, p);
            same = same && first[p] == game_session_choice_at(s, p);
        }
        differ += !same;
        game_session_destroy(s);
    }
    cr_assert_geq(differ, 15, "20 seeds should give mostly different orders (%d differ)", differ);
    game_level_destroy(lv);
}

Test(game_shuffle, true_false_keeps_true_first)
{
    recorder r = {0};
    game_level *lv = make_level(1, GAME_KIND_TRUEFALSE, 2, 20000);
    for (uint64_t seed = 1; seed <= 10; seed++) {
        game_session *s = game_session_create(rec_score, &r, seed);
        game_session_begin(s, lv, 0, NULL);
        cr_assert_eq(game_session_choice_at(s, 0), 0);
        game_session_destroy(s);
    }
    game_level_destroy(lv);
}

Test(game_timer, expiry_is_a_wrong_answer_scored_through_the_rule)
{
    recorder r = {0};
    game_level *lv = make_level(2, GAME_KIND_CHOICE, 4, 10000);
    game_session *s = game_session_create(rec_score, &r, 7);
    game_session_begin(s, lv, 0, NULL);
    r.calls = 0;
    game_action start = A(GAME_ACT_START, 0);
    game_step(s, &start, 1, 1000, NULL);
    cr_assert(game_step(s, NULL, 0, 10999, NULL));
    cr_assert_eq(game_session_phase(s), GAME_PHASE_QUESTION, "1 ms before the limit it still runs");
    cr_assert_eq(game_session_time_left(s, 10999), 1);
    cr_assert(game_step(s, NULL, 0, 11000, NULL));
    cr_assert_eq(game_session_phase(s), GAME_PHASE_FEEDBACK);
    const game_answer *a = game_session_answer(s, 0);
    cr_assert(a->timeout);
    cr_assert_not(a->correct);
    cr_assert_eq(a->points, 0);
    cr_assert_eq(a->time_ms, 10000);
    cr_assert_eq(r.calls, 1);
    cr_assert(r.last.timeout);
    game_session_destroy(s);
    game_level_destroy(lv);
}

Test(game_timer, an_answer_arriving_after_the_limit_is_a_timeout)
{
    recorder r = {0};
    game_level *lv = make_level(1, GAME_KIND_CHOICE, 4, 10000);
    game_session *s = game_session_create(rec_score, &r, 7);
    game_session_begin(s, lv, 0, NULL);
    game_action start = A(GAME_ACT_START, 0);
    game_step(s, &start, 1, 0, NULL);
    game_action right = A(GAME_ACT_CHOOSE, pos(s, 1));
    cr_assert(game_step(s, &right, 1, 15000, NULL));
    cr_assert(game_session_answer(s, 0)->timeout);
    cr_assert_eq(game_session_answer(s, 0)->points, 0);
    game_session_destroy(s);
    game_level_destroy(lv);
}

Test(game_timer, untimed_questions_never_expire)
{
    recorder r = {0};
    game_level *lv = make_level(1, GAME_KIND_CHOICE, 4, 0);
    game_session *s = game_session_create(rec_score, &r, 7);
    game_session_begin(s, lv, 0, NULL);
    game_action start = A(GAME_ACT_START, 0);
    game_step(s, &start, 1, 0, NULL);
    game_step(s, NULL, 0, 10u * 3600 * 1000, NULL);
    cr_assert_eq(game_session_phase(s), GAME_PHASE_QUESTION);
    cr_assert_eq(game_session_time_left(s, 5000), 0);
    game_session_destroy(s);
    game_level_destroy(lv);
}

Test(game_multi, choices_toggle_and_submit_sends_the_set)
{
    recorder r = {0};
    game_level *lv = make_level(1, GAME_KIND_MULTI, 4, 30000);
    game_session *s = game_session_create(rec_score, &r, 3);
    game_session_begin(s, lv, 0, NULL);
    game_action start = A(GAME_ACT_START, 0), submit = A(GAME_ACT_SUBMIT, 0);
    game_step(s, &start, 1, 0, NULL);
    game_step(s, &submit, 1, 10, NULL);
    cr_assert_eq(game_session_phase(s), GAME_PHASE_QUESTION, "nothing ticked: no submit");
    game_action t[] = {A(GAME_ACT_CHOOSE, pos(s, 0)), A(GAME_ACT_CHOOSE, pos(s, 1)),
                       A(GAME_ACT_CHOOSE, pos(s, 1)), A(GAME_ACT_CHOOSE, pos(s, 2))};
    game_step(s, t, 4, 20, NULL);
    cr_assert_eq(game_session_selected(s), 0x5u);
    game_step(s, &submit, 1, 3000, NULL);
    cr_assert_eq(game_session_phase(s), GAME_PHASE_FEEDBACK);
    cr_assert(game_session_answer(s, 0)->correct);
    cr_assert_eq(r.last.resp.chosen, 0x5u);
    cr_assert_eq(r.last.time_ms, 3000);
    game_session_destroy(s);
    game_level_destroy(lv);
}

Test(game_confidence, a_single_choice_is_chosen_then_submitted_sure_or_not)
{
    recorder r = {0};
    game_level *lv = make_level(2, GAME_KIND_CHOICE, 3, 20000);
    lv->confidence = true;
    game_session *s = game_session_create(rec_score, &r, 5);
    game_session_begin(s, lv, 0, NULL);
    game_action start = A(GAME_ACT_START, 0);
    game_step(s, &start, 1, 0, NULL);
    game_action pick[] = {A(GAME_ACT_CHOOSE, pos(s, 0)), A(GAME_ACT_CHOOSE, pos(s, 1))};
    game_step(s, pick, 2, 10, NULL);
    cr_assert_eq(game_session_phase(s), GAME_PHASE_QUESTION, "a choice waits for a submit");
    cr_assert_eq(game_session_selected(s), 0x2u, "the last choice replaces the first");
    game_action unsure = A(GAME_ACT_SUBMIT, GAME_SUBMIT_UNSURE);
    game_step(s, &unsure, 1, 20, NULL);
    cr_assert_eq(game_session_phase(s), GAME_PHASE_FEEDBACK);
    cr_assert(r.last.resp.unsure && r.last.correct);
    cr_assert_eq(game_answer_sure(lv, &lv->questions[0], game_session_answer(s, 0)), GAME_SURE_NO);
    game_action next = A(GAME_ACT_CONTINUE, 0), sure = A(GAME_ACT_SUBMIT, GAME_SUBMIT_SURE);
    game_step(s, &next, 1, 30, NULL);
    game_step(s, &sure, 1, 40, NULL);
    cr_assert_eq(game_session_phase(s), GAME_PHASE_QUESTION, "nothing chosen: no submit");
    game_step(s, &pick[1], 1, 50, NULL);
    game_step(s, &sure, 1, 60, NULL);
    cr_assert_not(r.last.resp.unsure);
    cr_assert_eq(game_answer_sure(lv, &lv->questions[1], game_session_answer(s, 1)), GAME_SURE_YES);
    game_session_destroy(s);
    game_level_destroy(lv);
}

Test(game_confidence, not_sure_counts_only_where_the_level_asks)
{
    recorder r = {0};
    game_level *lv = make_level(1, GAME_KIND_MULTI, 4, 20000);
    game_session *s = game_session_create(rec_score, &r, 5);
    game_session_begin(s, lv, 0, NULL);
    game_action acts[] = {A(GAME_ACT_START, 0), A(GAME_ACT_CHOOSE, pos(s, 0)),
                          A(GAME_ACT_SUBMIT, GAME_SUBMIT_UNSURE)};
    game_step(s, acts, 3, 10, NULL);
    cr_assert_eq(game_session_phase(s), GAME_PHASE_FEEDBACK);
    cr_assert_not(r.last.resp.unsure, "a level without the confidence rule never asks");
    cr_assert_eq(game_answer_sure(lv, &lv->questions[0], game_session_answer(s, 0)),
                 GAME_SURE_NOT_ASKED);
    game_session_destroy(s);
    game_level_destroy(lv);
}

Test(game_score, streak_counts_right_answers_in_a_row_and_resets_on_a_wrong_one)
{
    recorder r = {0};
    game_level *lv = make_level(4, GAME_KIND_CHOICE, 4, 20000);
    game_session *s = game_session_create(rec_score, &r, 9);
    game_session_begin(s, lv, 0, NULL);
    game_action start = A(GAME_ACT_START, 0);
    game_step(s, &start, 1, 0, NULL);
    unsigned expect[] = {1, 2, 0, 1};
    size_t pick[] = {1, 1, 0, 1};
    for (int i = 0; i < 4; i++) {
        game_action a[] = {A(GAME_ACT_CHOOSE, pos(s, pick[i])), A(GAME_ACT_CONTINUE, 0)};
        game_step(s, a, 1, 100, NULL);
        cr_assert_eq(r.last.streak, expect[i], "question %d", i + 1);
        game_step(s, a + 1, 1, 100, NULL);
    }
    game_session_destroy(s);
    game_level_destroy(lv);
}

Test(game_score, max_score_asks_the_rule_for_perfect_instant_answers)
{
    recorder r = {0};
    game_level *lv = make_level(3, GAME_KIND_CHOICE, 4, 20000);
    game_session *s = game_session_create(rec_score, &r, 9);
    game_session_begin(s, lv, 0, NULL);
    cr_assert_eq(game_session_max_score(s), 100 + 200 + 300);
    game_session_destroy(s);
    game_level_destroy(lv);
}

Test(game_score, a_failing_rule_stops_the_level_with_its_error)
{
    recorder r = {0};
    game_level *lv = make_level(2, GAME_KIND_CHOICE, 4, 20000);
    game_session *s = game_session_create(rec_score, &r, 9);
    game_session_begin(s, lv, 0, NULL);
    game_action start = A(GAME_ACT_START, 0), pick = A(GAME_ACT_CHOOSE, 0);
    game_step(s, &start, 1, 0, NULL);
    r.fail = true;
    game_error err = {0};
    cr_assert_not(game_step(s, &pick, 1, 10, &err));
    cr_assert_str_eq(err.message, "boom");
    cr_assert_eq(err.line, 7);
    cr_assert_eq(game_session_phase(s), GAME_PHASE_MENU);
    game_session_destroy(s);
    game_level_destroy(lv);
}

Test(game_scripted, plays_a_level_from_answers_through_the_same_actions)
{
    recorder r = {0};
    game_level *lv = make_level(3, GAME_KIND_CHOICE, 4, 10000);
    game_session *s = game_session_create(rec_score, &r, 5);
    game_session_begin(s, lv, 0, NULL);
    game_scripted ans[] = {{.timeout = false, .resp = {.chosen = 0x2u}, .after_ms = 2000},
                           {.timeout = true, .resp = {.chosen = 0}, .after_ms = 0},
                           {.timeout = false, .resp = {.chosen = 0x1u}, .after_ms = 12000}};
    game_error err = {0};
    cr_assert(game_session_play_scripted(s, ans, 3, 0, &err), "%s", err.message);
    cr_assert_eq(game_session_phase(s), GAME_PHASE_RESULTS);
    cr_assert(game_session_answer(s, 0)->correct);
    cr_assert_eq(game_session_answer(s, 0)->time_ms, 2000);
    cr_assert(game_session_answer(s, 1)->timeout);
    cr_assert(game_session_answer(s, 2)->timeout, "12 s on a 10 s question is too late");
    cr_assert_eq(game_session_total_time(s), 22000);
    game_session_destroy(s);
    game_level_destroy(lv);
}

Test(game_scripted, refuses_too_few_answers_and_several_picks_on_a_single_choice)
{
    recorder r = {0};
    game_level *lv = make_level(2, GAME_KIND_CHOICE, 4, 10000);
    game_session *s = game_session_create(rec_score, &r, 5);
    game_error err = {0};
    game_scripted one[] = {{.timeout = false, .resp = {.chosen = 0x2u}, .after_ms = 1000}};
    game_session_begin(s, lv, 0, NULL);
    cr_assert_not(game_session_play_scripted(s, one, 1, 0, &err));
    cr_assert(strstr(err.message, "answers stop at 1"), "%s", err.message);
    game_scripted two[] = {{.timeout = false, .resp = {.chosen = 0x3u}, .after_ms = 1000},
                           {.timeout = false, .resp = {.chosen = 0x2u}, .after_ms = 1000}};
    game_session_begin(s, lv, 0, NULL);
    cr_assert_not(game_session_play_scripted(s, two, 2, 0, &err));
    cr_assert(strstr(err.message, "takes one"), "%s", err.message);
    game_session_destroy(s);
    game_level_destroy(lv);
}

Test(game_text, falls_back_to_the_other_language_then_to_empty)
{
    game_text t = {{NULL, dup("hello")}};
    cr_assert_str_eq(game_text_get(&t, GAME_LANG_FR), "hello");
    game_text_deinit(&t);
    cr_assert_str_eq(game_text_get(&t, GAME_LANG_EN), "");
    game_lang l;
    cr_assert(game_lang_parse("fr_FR.UTF-8", &l) && l == GAME_LANG_FR);
    cr_assert(game_lang_parse("en_GB", &l) && l == GAME_LANG_EN);
    cr_assert_not(game_lang_parse("C.UTF-8", &l));
    cr_assert_not(game_lang_parse("frisian", &l));
}

Test(game_answers, typed_answers_compare_without_case_accents_or_extra_spaces)
{
    char out[64];
    game_normalize("  Élève   À  Paris\xc2\xa0! ", out, sizeof out);
    cr_assert_str_eq(out, "eleve a paris !");
    game_normalize("SIGNAL-Spam.FR", out, sizeof out);
    cr_assert_str_eq(out, "signal-spam.fr");
    game_normalize("\xc5\x92uvre", out, sizeof out); /* Œ is typed "oe" */
    cr_assert_str_eq(out, "oeuvre");
    game_normalize("\xe2\x82\xac 5", out, sizeof out); /* other characters stay as they are */
    cr_assert_str_eq(out, "\xe2\x82\xac 5");
}

Test(game_answers, a_typographic_apostrophe_dash_or_space_is_what_a_keyboard_types)
{
    char a[64], b[64];
    /* l’ANSSI as a level writes it in French typography, l'ANSSI as a keyboard types it */
    game_normalize("l\xe2\x80\x99"
                   "ANSSI",
                   a, sizeof a);
    game_normalize("l'anssi", b, sizeof b);
    cr_assert_str_eq(a, b);
    cr_assert_str_eq(a, "l'anssi");
    game_normalize("l\xca\xbc"
                   "anssi",
                   a, sizeof a); /* ʼ, a phone keyboard's */
    cr_assert_str_eq(a, "l'anssi");
    game_normalize("e\xe2\x80\x93"
                   "mail",
                   a, sizeof a); /* – */
    cr_assert_str_eq(a, "e-mail");
    game_normalize("19\xe2\x80\xaf"
                   "000",
                   a, sizeof a); /* narrow no-break space */
    cr_assert_str_eq(a, "19 000");
    game_normalize("\xe2\x80\x9cok\xe2\x80\x9d \xe2\x80\xa6", a, sizeof a); /* “ok” … */
    cr_assert_str_eq(a, "\"ok\" \xe2\x80\xa6");
}

Test(game_answers, each_kind_knows_an_exactly_right_answer)
{
    game_question q = {0};
    game_response r = {0};
    q.kind = GAME_KIND_ORDER;
    q.nitems = 3;
    for (int i = 0; i < 3; i++) r.order[i] = (unsigned char)i;
    cr_assert(game_response_correct(&q, &r));
    r.order[0] = 1, r.order[1] = 0;
    cr_assert_not(game_response_correct(&q, &r));

    q.kind = GAME_KIND_SORT;
    q.nbins = 2;
    q.item_bin[0] = 0, q.item_bin[1] = 1, q.item_bin[2] = 1;
    r.bins[0] = 0, r.bins[1] = 1, r.bins[2] = 1;
    cr_assert(game_response_correct(&q, &r));
    r.bins[2] = -1;
    cr_assert_not(game_response_correct(&q, &r), "an unplaced card is not right");

    q.kind = GAME_KIND_INPUT;
    q.numeric = true;
    q.number = 1.5;
    q.tolerance = 0.1;
    snprintf(r.text, sizeof r.text, "1,55");
    cr_assert(game_response_correct(&q, &r), "a decimal comma, within the tolerance");
    snprintf(r.text, sizeof r.text, "1.7");
    cr_assert_not(game_response_correct(&q, &r));
    snprintf(r.text, sizeof r.text, "1.5abc");
    cr_assert_not(game_response_correct(&q, &r));

    q.kind = GAME_KIND_ESTIMATE;
    q.min = 1, q.max = 1e6, q.target = 1000, q.log_scale = true, q.close = 0.05;
    cr_assert_float_eq(game_estimate_distance(&q, 10000), 1.0 / 6, 1e-9, "one decade of six");
    r.value = 1100;
    cr_assert(game_response_correct(&q, &r));
    r.value = 10000;
    cr_assert_not(game_response_correct(&q, &r));
}

Test(game_answers, an_order_question_never_starts_in_the_right_order)
{
    recorder rc = {0};
    game_level *lv = make_level(1, GAME_KIND_CHOICE, 2, 20000);
    lv->questions[0].kind = GAME_KIND_ORDER;
    lv->questions[0].nitems = 2;
    for (uint64_t seed = 1; seed <= 64; seed++) {
        game_session *s = game_session_create(rec_score, &rc, seed);
        game_session_begin(s, lv, 0, NULL);
        game_action start = A(GAME_ACT_START, 0);
        game_step(s, &start, 1, 0, NULL);
        const game_response *d = game_session_draft(s);
        cr_assert(d->order[0] == 1 && d->order[1] == 0, "seed %llu", (unsigned long long)seed);
        game_session_destroy(s);
    }
    game_level_destroy(lv);
}

/* Swaps needed to sort a permutation: its size less its number of cycles. */
static size_t swaps_to_sort(const unsigned char *p, size_t n)
{
    bool seen[GAME_MAX_ITEMS] = {0};
    size_t cycles = 0;
    for (size_t i = 0; i < n; i++) {
        if (seen[i]) continue;
        cycles++;
        for (size_t j = i; !seen[j]; j = p[j]) seen[j] = true;
    }
    return n - cycles;
}

Test(game_answers, an_order_of_four_or_more_never_starts_within_one_swap_of_solved)
{
    recorder rc = {0};
    game_level *lv = make_level(1, GAME_KIND_CHOICE, 2, 20000);
    lv->questions[0].kind = GAME_KIND_ORDER;
    for (size_t n = 3; n <= GAME_MAX_ITEMS; n++) {
        lv->questions[0].nitems = n;
        for (uint64_t seed = 1; seed <= 2000; seed++) {
            game_session *s = game_session_create(rec_score, &rc, seed);
            game_session_begin(s, lv, 0, NULL);
            game_action start = A(GAME_ACT_START, 0);
            game_step(s, &start, 1, 0, NULL);
            size_t need = swaps_to_sort(game_session_draft(s)->order, n);
            cr_assert_geq(need, n >= 4 ? 2u : 1u, "%zu items, seed %llu: %zu swap(s) from solved",
                          n, (unsigned long long)seed, need);
            game_session_destroy(s);
        }
    }
    game_level_destroy(lv);
}

Test(game_answers, a_sort_question_waits_for_every_card_before_it_can_be_submitted)
{
    recorder rc = {0};
    game_level *lv = make_level(1, GAME_KIND_CHOICE, 2, 20000);
    game_question *q = &lv->questions[0];
    q->kind = GAME_KIND_SORT;
    q->nitems = 2;
    q->nbins = 2;
    q->item_bin[0] = 0, q->item_bin[1] = 1;
    game_session *s = game_session_create(rec_score, &rc, 1);
    game_session_begin(s, lv, 0, NULL);
    game_action acts[] = {
        A(GAME_ACT_START, 0), {.kind = GAME_ACT_PLACE, .arg = 0, .arg2 = 0}, A(GAME_ACT_SUBMIT, 0)};
    game_step(s, acts, 3, 10, NULL);
    cr_assert_eq(game_session_phase(s), GAME_PHASE_QUESTION);
    game_action more[] = {{.kind = GAME_ACT_PLACE, .arg = 1, .arg2 = 1}, A(GAME_ACT_SUBMIT, 0)};
    game_step(s, more, 2, 20, NULL);
    cr_assert_eq(game_session_phase(s), GAME_PHASE_FEEDBACK);
    cr_assert(game_session_answer(s, 0)->correct);
    game_session_destroy(s);
    game_level_destroy(lv);
}

/* The password estimator, on cases chosen to show each thing it looks for. */
static game_password_report pw(const char *p)
{
    game_password_report r;
    game_password_check_default(p, &r);
    return r;
}

static bool found(const game_password_report *r, game_password_finding k)
{
    for (size_t i = 0; i < r->nfindings; i++)
        if (r->findings[i].kind == k) return true;
    return false;
}

Test(password, common_passwords_are_very_weak_even_disguised)
{
    /* On every attacker's first list; "P@ssw0rd" is "password" with the usual swaps. */
    static const char *const cases[] = {"123456", "azerty", "motdepasse", "P@ssw0rd", "soleil"};
    for (size_t i = 0; i < 5; i++) {
        game_password_report r = pw(cases[i]);
        cr_assert_eq(r.level, 0, "%s: level %d", cases[i], r.level);
        cr_assert(found(&r, GAME_PW_COMMON), "%s", cases[i]);
    }
}

Test(password, a_word_a_year_and_a_symbol_stay_weak)
{
    /* The classic "complex" password: it ticks every box of old rules, yet an attacker
     * tries word + year + symbol early. */
    game_password_report r = pw("Soleil2024!");
    cr_assert_eq(r.level, 0, "%.1f bits", r.bits);
    cr_assert(found(&r, GAME_PW_COMMON_PART));
    cr_assert(found(&r, GAME_PW_YEAR));
}

Test(password, keyboard_walks_runs_and_repeats_are_seen)
{
    game_password_report r = pw("qsdfghjk");
    cr_assert(found(&r, GAME_PW_WALK));
    cr_assert_eq(r.level, 0);
    r = pw("abcdefgh");
    cr_assert(found(&r, GAME_PW_SEQUENCE));
    r = pw("zzzzzzzzzz");
    cr_assert(found(&r, GAME_PW_REPEAT));
    cr_assert_lt(r.bits, 28);
}

Test(password, short_and_single_kind_are_said)
{
    game_password_report r = pw("Lyon");
    cr_assert(found(&r, GAME_PW_SHORT));
    r = pw("kqzwvbnr");
    cr_assert(found(&r, GAME_PW_ONE_CLASS), "letters only, and short");
}

Test(password, four_unrelated_words_make_a_strong_passphrase)
{
    /* Long and easy to remember: what the ANSSI recommends. Words we list cost little,
     * words we do not are still counted as dictionary words, not random letters. */
    game_password_report r = pw("Cheval-Agrafe-Pile-Correct");
    cr_assert_geq(r.level, 3, "%.1f bits", r.bits);
    r = pw("mon chat sur le toit de paris");
    cr_assert_geq(r.level, 3, "%.1f bits", r.bits);
}

Test(password, random_characters_score_by_length_and_kinds)
{
    /* 8 random characters of four kinds: fair; 16: very strong. */
    game_password_report r8 = pw("kT4#pQ9z"), r16 = pw("Tq9#vL2@xW7!pR4$");
    cr_assert_eq(r8.level, 2, "%.1f bits", r8.bits);
    cr_assert_eq(r16.level, 4, "%.1f bits", r16.bits);
    cr_assert(found(&r16, GAME_PW_LONG));
    cr_assert_lt(r8.crack_seconds, r16.crack_seconds);
}

Test(password, the_empty_password_is_nothing)
{
    game_password_report r = pw("");
    cr_assert_eq(r.level, 0);
    cr_assert_eq(r.length, 0);
}

/* ---- mini-games: the model's side ---- */

Test(game_play, finishing_a_game_answers_with_its_credit_clamped)
{
    game_level *lv = make_level(3, GAME_KIND_PLAY, 0, 0);
    recorder rec = {0};
    game_session *s = game_session_create(rec_score, &rec, 1);
    cr_assert(game_session_begin(s, lv, 0, NULL));
    game_action start = A(GAME_ACT_START, 0), next = A(GAME_ACT_CONTINUE, 0);
    cr_assert(game_step(s, &start, 1, 0, NULL));
    /* choosing or submitting means nothing to a game */
    game_action noise[] = {A(GAME_ACT_CHOOSE, 0), A(GAME_ACT_SUBMIT, 0)};
    cr_assert(game_step(s, noise, 2, 100, NULL));
    cr_assert_eq(game_session_phase(s), GAME_PHASE_QUESTION);
    double credits[] = {1.0, 0.25, 7.0};
    for (size_t i = 0; i < 3; i++) {
        game_action fin = {.kind = GAME_ACT_FINISH, .value = credits[i]};
        cr_assert(game_step(s, &fin, 1, 1000 * (i + 1), NULL));
        cr_assert_eq(game_session_phase(s), GAME_PHASE_FEEDBACK);
        const game_answer *a = game_session_answer(s, i);
        cr_assert_float_eq(a->resp.credit, i == 1 ? 0.25 : 1.0, 1e-9);
        cr_assert_eq(a->correct, i != 1);
        cr_assert_float_eq(rec.last.resp.credit, a->resp.credit, 1e-9);
        cr_assert(game_step(s, &next, 1, 1000 * (i + 1), NULL));
    }
    cr_assert_eq(game_session_phase(s), GAME_PHASE_RESULTS);
    game_session_destroy(s);
    game_level_destroy(lv);
}

Test(game_play, a_scripted_game_answer_is_its_credit)
{
    game_level *lv = make_level(2, GAME_KIND_PLAY, 0, 30000);
    recorder rec = {0};
    game_session *s = game_session_create(rec_score, &rec, 1);
    cr_assert(game_session_begin(s, lv, 0, NULL));
    game_scripted ans[2] = {{.after_ms = 12000}, {.timeout = true}};
    ans[0].resp.credit = 1;
    game_error err = {0};
    cr_assert(game_session_play_scripted(s, ans, 2, 0, &err), "%s", err.message);
    cr_assert(game_session_answer(s, 0)->correct);
    cr_assert_eq(game_session_answer(s, 0)->time_ms, 12000);
    cr_assert(game_session_answer(s, 1)->timeout);
    game_session_destroy(s);
    game_level_destroy(lv);
}

Test(game_play, canvas_limits_colours_and_keys)
{
    game_canvas c = {0};
    game_draw d = {.kind = GAME_DRAW_TEXT};
    for (int i = 0; i < GAME_CANVAS_MAX_CMDS; i++) cr_assert(game_canvas_add(&c, &d, "x"));
    cr_assert_not(game_canvas_add(&c, &d, "x"));
    game_canvas_reset(&c);
    cr_assert_eq(c.n, 0);
    static char big[GAME_CANVAS_MAX_TEXT + 1];
    memset(big, 'a', sizeof big - 1);
    cr_assert_not(game_canvas_add(&c, &d, big)); /* with its terminator, one byte too many */
    big[sizeof big - 2] = '\0';
    cr_assert(game_canvas_add(&c, &d, big));
    game_canvas_deinit(&c);

    unsigned char theme;
    uint32_t rgba;
    cr_assert(game_color_parse("accent", &theme, &rgba) && theme == GAME_COLOR_ACCENT);
    cr_assert(game_color_parse("#FF8000", &theme, &rgba) && theme == GAME_COLOR_RGBA);
    cr_assert_eq(rgba, 0xff8000ffu);
    cr_assert(game_color_parse("#01020304", &theme, &rgba) && rgba == 0x01020304u);
    cr_assert_not(game_color_parse("#12", &theme, &rgba));
    cr_assert_not(game_color_parse("#gg0000", &theme, &rgba));
    cr_assert_not(game_color_parse("red", &theme, &rgba));

    const char *ok[] = {"up", "enter", "space", "backspace", "tab", "a", "z", "0", "9"};
    const char *bad[] = {"", "A", "F1", "escape", "ab", "é"};
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) cr_assert(game_event_key_valid(ok[i]));
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        cr_assert_not(game_event_key_valid(bad[i]), "%s", bad[i]);
}

/* ---- the pace: a player's time accommodation (docs/accessibility.md) ---- */

Test(game_pace, names_parse_and_limits)
{
    static const char *const names[] = {"normal", "1.5", "2", "untimed"};
    for (int p = 0; p < GAME_PACE_COUNT; p++) {
        game_pace back;
        cr_assert_str_eq(game_pace_name((game_pace)p), names[p]);
        cr_assert(game_pace_parse(names[p], &back) && back == (game_pace)p);
    }
    game_pace x;
    cr_assert(game_pace_parse("x2", &x) && x == GAME_PACE_X2);
    cr_assert(!game_pace_parse("3", &x) && !game_pace_parse("", &x) && !game_pace_parse(NULL, &x));
    cr_assert_eq(game_pace_limit(GAME_PACE_NORMAL, 20000), 20000);
    cr_assert_eq(game_pace_limit(GAME_PACE_X15, 20000), 30000);
    cr_assert_eq(game_pace_limit(GAME_PACE_X2, 20000), 40000);
    cr_assert_eq(game_pace_limit(GAME_PACE_UNTIMED, 20000), 0);
    cr_assert_eq(game_pace_limit(GAME_PACE_X2, 0), 0, "an untimed question stays untimed");
    cr_assert_eq(game_pace_limit(GAME_PACE_X2, UINT32_MAX), UINT32_MAX, "no overflow");
}

/* A question of 10 s under each pace: when it runs out, and what the rule is told. */
Test(game_pace, the_limits_stretch_or_go_and_the_rule_sees_no_limit_but_at_the_normal_pace)
{
    game_level *lv = make_level(1, GAME_KIND_CHOICE, 3, 10000);
    static const uint32_t ends[] = {10000, 15000, 20000, 0};
    for (int p = 0; p < GAME_PACE_COUNT; p++) {
        recorder r = {0};
        game_session *s = game_session_create(rec_score, &r, 1);
        game_session_set_pace(s, (game_pace)p);
        cr_assert(game_session_begin(s, lv, 0, NULL));
        game_action start = A(GAME_ACT_START, 0);
        cr_assert(game_step(s, &start, 1, 0, NULL));
        cr_assert_eq(game_session_limit(s, &lv->questions[0]), ends[p]);
        /* just before the end (or an hour in, untimed): still the question */
        uint64_t before = ends[p] ? ends[p] - 1 : 3600000;
        cr_assert(game_step(s, NULL, 0, before, NULL));
        cr_assert_eq(game_session_phase(s), GAME_PHASE_QUESTION, "pace %s",
                     game_pace_name((game_pace)p));
        cr_assert_eq(game_session_time_left(s, before), ends[p] ? 1u : 0u);
        if (ends[p]) { /* at the end: a timeout */
            cr_assert(game_step(s, NULL, 0, ends[p], NULL));
            cr_assert_eq(game_session_phase(s), GAME_PHASE_FEEDBACK);
            cr_assert(game_session_answer(s, 0)->timeout);
            cr_assert_eq(game_session_answer(s, 0)->time_ms, ends[p]);
        } else { /* answered after an hour: no timeout */
            game_action a = A(GAME_ACT_CHOOSE, pos(s, 1));
            cr_assert(game_step(s, &a, 1, before, NULL));
            cr_assert(!game_session_answer(s, 0)->timeout);
            cr_assert(game_session_answer(s, 0)->correct);
        }
        /* the speed factor: the rule sees the limit only at the normal pace */
        cr_assert_eq(r.last.limit_ms, p == GAME_PACE_NORMAL ? 10000u : 0u, "pace %s",
                     game_pace_name((game_pace)p));
        cr_assert_eq(game_session_pace(s), (game_pace)p);
        game_session_destroy(s);
    }
    game_level_destroy(lv);
}

/* test_room_kinds.c — the live classroom's room (game/game_room.h) with every kind a phone
 * answers, scored by the engine's own rule (Lua) as `vigie host` scores them: each player earns
 * what a solo game with the same seed, answers and times gives; the tally, kind by kind; answers
 * out of their question's shape; a chat, an invoice, a voicemail and a notification sent to
 * phones and tallied. test_room.c has the flow on a level built in C. */
#include "common.h"
#include "game/game.h"
#include "game/game_room.h"
#include "net/net.h"
#include "net/net_internal.h"
#include "script/script.h"

#include <criterion/criterion.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== the engine's rule: equal to a solo game ============================================ */

/* One question of every kind a phone answers, timed; the rule is the engine's. */
static const char ROOM_LEVEL[] =
    "return { id = 'room', title = 'Room', questions = {\n"
    " { kind = 'choice', prompt = 'P', choices = { 'a', 'b', 'c', 'd' }, correct = 2, time = 20 "
    "},\n"
    " { kind = 'multi', prompt = 'P', choices = { 'a', 'b', 'c', 'd', 'e' }, correct = { 1, 3 },\n"
    "   time = 20 },\n"
    " { kind = 'truefalse', prompt = 'P', correct = false, time = 15 },\n"
    " { kind = 'order', prompt = 'P', items = { 'a', 'b', 'c', 'd', 'e' }, time = 30 },\n"
    " { kind = 'sort', prompt = 'P', bins = { 'x', 'y' }, items = { { text = 'a', bin = 1 },\n"
    "   { text = 'b', bin = 2 }, { text = 'c', bin = 1 }, { text = 'd', bin = 2 } }, time = 30 },\n"
    " { kind = 'input', prompt = 'P', accept = { 'signal spam' }, time = 25 },\n"
    " { kind = 'estimate', prompt = 'P', min = 1, max = 1000, answer = 100, log = true, time = 20 "
    "},\n"
    " { kind = 'password', prompt = 'P', strength = 3, time = 40 },\n"
    " { kind = 'hotspot', prompt = 'P', sms = { from = { text = '+33 7 00', clue = 'c' },\n"
    "   messages = { { text = 'pay', clue = 'c' }, 'bye' }, links = { { text = 'x.info',\n"
    "   url = 'https://x.info', clue = 'c' } } }, time = 40 },\n"
    " { kind = 'choice', prompt = 'P', choices = { 'a', 'b', 'c' }, correct = 3, time = 20 },\n"
    "} }\n";

static script_level *room_level(void)
{
    script_options opt = {.budget_ms = 20000, .memory_cap = 16u << 20, .quiet = true};
    script_level *sl = NULL;
    game_error err = {0};
    cr_assert(script_level_load_source("room.lua", ROOM_LEVEL, strlen(ROOM_LEVEL), &opt, NULL, NULL,
                                       &sl, &err),
              "%s:%d: %s", err.file, err.line, err.message);
    return sl;
}

static const char *const PASSWORDS[] = {"azerty", "Tq9#vL2@xW7!pR4$zK8&", "soleil2024",
                                        "cheval agrafe pile correcte lune"};
static const char *const TEXTS[] = {"signal spam", "Signal  SPAM", "la police", "x"};

/* A random answer of q's shape, in written indices, as the network hands it over. */
static game_response random_response(game_rng *g, const game_question *q)
{
    game_response r = {0};
    switch (game_kind_get(q->kind)->shape) {
    case GAME_SHAPE_PICK:
        if (game_kind_get(q->kind)->several)
            r.chosen = 1u + game_rng_below(g, (1u << q->nchoices) - 1);
        else
            r.chosen = 1u << game_rng_below(g, (uint32_t)q->nchoices);
        break;
    case GAME_SHAPE_ORDER:
        for (size_t k = 0; k < q->nitems; k++) r.order[k] = (unsigned char)k;
        for (size_t k = q->nitems; k > 1; k--) {
            size_t j = game_rng_below(g, (uint32_t)k);
            unsigned char t = r.order[k - 1];
            r.order[k - 1] = r.order[j];
            r.order[j] = t;
        }
        if (game_rng_below(g, 3) == 0) /* now and then exactly right */
            for (size_t k = 0; k < q->nitems; k++) r.order[k] = (unsigned char)k;
        break;
    case GAME_SHAPE_BINS:
        for (size_t k = 0; k < q->nitems; k++)
            r.bins[k] = (signed char)game_rng_below(g, (uint32_t)q->nbins);
        break;
    case GAME_SHAPE_TEXT:
        if (q->kind == GAME_KIND_PASSWORD)
            snprintf(r.text, sizeof r.text, "%s", PASSWORDS[game_rng_below(g, 4)]);
        else
            snprintf(r.text, sizeof r.text, "%s", TEXTS[game_rng_below(g, 4)]);
        break;
    case GAME_SHAPE_VALUE:
        r.value = q->min + (q->max - q->min) * (double)game_rng_below(g, 1000001) / 1e6;
        if (game_rng_below(g, 4) == 0) r.value = q->target;
        break;
    case GAME_SHAPE_PARTS:
        r.chosen = game_rng_below(g, 1u << q->nparts);
        break;
    case GAME_SHAPE_PLAY:
        r.credit = (double)game_rng_below(g, 101) / 100;
        break;
    }
    return r;
}

Test(game_room, every_player_scores_what_a_solo_game_with_the_same_seed_answers_and_times_gives)
{
    unsigned seed = test_seed("room_equals_solo", 20261206);
    enum { PLAYERS = 12 };
    script_level *sl = room_level();
    const game_level *lv = script_level_data(sl);
    size_t nq = lv->nquestions;
    game_rng g;
    game_rng_init(&g, seed);
    uint64_t room_seed = game_rng_next(&g);

    /* what each player answers, and after how long: a timeout now and then */
    game_scripted plan[PLAYERS][16];
    memset(plan, 0, sizeof plan);
    for (size_t p = 0; p < PLAYERS; p++)
        for (size_t i = 0; i < nq; i++) {
            const game_question *q = &lv->questions[i];
            plan[p][i].timeout = game_rng_below(&g, 7) == 0;
            plan[p][i].resp = random_response(&g, q);
            /* under the limit: a solo game ends the question at the limit itself */
            plan[p][i].after_ms = game_rng_below(&g, q->time_ms);
        }

    game_error err = {0};
    game_room *r = game_room_create(lv, script_level_score, sl, room_seed, &err);
    cr_assert_not_null(r, "%s", err.message);
    game_session *shown = game_session_create(script_level_score, sl, room_seed);
    cr_assert(game_session_begin(shown, lv, 0, &err), "%s", err.message);
    for (uint32_t p = 0; p < PLAYERS; p++) cr_assert(game_room_join(r, p + 1, "P"));
    uint64_t now = 0;
    for (size_t i = 0; i < nq; i++) {
        const game_question *q = &lv->questions[i];
        cr_assert(game_room_open(r, i, q->time_ms, now));
        /* the projector and every phone show what the solo game shows with that seed */
        cr_assert(game_session_jump(shown, i, now));
        for (size_t pos = 0; pos < GAME_MAX_ITEMS; pos++)
            cr_assert_eq(game_room_choice_at(r, pos), game_session_choice_at(shown, pos),
                         "seed %u, question %zu, position %zu", seed, i + 1, pos);
        cr_assert_eq(
            memcmp(game_room_start_order(r), game_session_draft(shown)->order, GAME_MAX_ITEMS), 0,
            "seed %u, question %zu: the starting order", seed, i + 1);
        cr_assert_eq(game_room_estimate_start(r), game_session_draft(shown)->value);
        for (size_t p = 0; p < PLAYERS; p++) {
            const game_scripted *a = &plan[p][i];
            if (a->timeout) continue;
            game_room_take t = game_room_answer(r, (uint32_t)p + 1, (uint32_t)i + 1, &a->resp,
                                                (uint32_t)a->after_ms, &err);
            cr_assert_eq(t, GAME_ROOM_TAKEN, "seed %u: %s", seed, err.message);
        }
        now += q->time_ms;
        cr_assert(game_room_time_up(r, now));
        cr_assert(game_room_close(r, now, &err), "%s", err.message);
        game_room_podium(r);
    }
    game_session_destroy(shown);

    for (size_t p = 0; p < PLAYERS; p++) {
        game_session *s = game_session_create(script_level_score, sl, room_seed);
        cr_assert(game_session_begin(s, lv, 0, &err), "%s", err.message);
        cr_assert(game_session_play_scripted(s, plan[p], nq, 0, &err), "seed %u: %s", seed,
                  err.message);
        const game_room_player *rp = game_room_player_get(r, (uint32_t)p + 1);
        for (size_t i = 0; i < nq; i++) {
            const game_answer *want = game_session_answer(s, i), *got = &rp->answers[i];
            cr_assert_eq(got->points, want->points, "seed %u, player %zu, question %zu (%s)", seed,
                         p + 1, i + 1, game_kind_name(lv->questions[i].kind));
            cr_assert_eq(got->timeout, want->timeout);
            cr_assert_eq(got->correct, want->correct);
            cr_assert_eq(got->streak, want->streak);
            cr_assert_eq(got->time_ms, want->time_ms);
            cr_assert_float_eq(got->credit, want->credit, 1e-12);
        }
        cr_assert_eq(rp->score, game_session_score(s), "seed %u, player %zu", seed, p + 1);
        cr_assert_eq(rp->correct, game_session_correct_count(s));
        cr_assert_eq(game_room_player_time(r, rp->id), game_session_total_time(s));
        cr_assert_eq(game_room_max_score(r), game_session_max_score(s));
        game_session_destroy(s);
    }
    game_room_destroy(r);
    script_level_unload(sl);
}

/* ==== the tally, kind by kind ========================================================== */

/* Opens question i, lets players 1 … n answer resps[k] (NULL: no answer), closes, tallies. */
static void tally_of(game_room *r, size_t i, const game_response *const *resps, size_t n,
                     game_room_tally *t)
{
    game_error err = {0};
    cr_assert(game_room_open(r, i, 0, 0));
    for (size_t k = 0; k < n; k++)
        if (resps[k])
            cr_assert_eq(game_room_answer(r, (uint32_t)k + 1, (uint32_t)i + 1, resps[k], 100, &err),
                         GAME_ROOM_TAKEN, "%s", err.message);
    cr_assert(game_room_close(r, 1000, &err), "%s", err.message);
    game_room_tally_get(r, i, t);
}

Test(game_room, the_tally_counts_picks_by_shown_position_parts_and_right_partly_wrong_none)
{
    script_level *sl = room_level();
    const game_level *lv = script_level_data(sl);
    game_error err = {0};
    game_room *r = game_room_create(lv, script_level_score, sl, 99, &err);
    cr_assert_not_null(r, "%s", err.message);
    for (uint32_t p = 1; p <= 4; p++) game_room_join(r, p, "P");
    game_room_tally t;

    /* choice: written 1 is right */
    game_response c1 = {.chosen = 0x2}, c3 = {.chosen = 0x8};
    tally_of(r, 0, (const game_response *[]){&c1, &c1, &c3, NULL}, 4, &t);
    cr_assert_eq(t.npicks, 4);
    cr_assert_eq(t.picks[game_room_position_of(r, 1)], 2, "counted where it was shown");
    cr_assert_eq(t.picks[game_room_position_of(r, 3)], 1);
    cr_assert_eq(t.picks[game_room_position_of(r, 0)], 0);
    cr_assert_eq(t.right, 2);
    cr_assert_eq(t.wrong, 1);
    cr_assert_eq(t.none, 1);
    cr_assert_eq(t.partly, 0);
    game_room_tally first = t;

    /* multi: {0, 2} right; {0} partly; {1, 3, 4} wrong */
    game_response m_right = {.chosen = 0x5}, m_part = {.chosen = 0x1}, m_wrong = {.chosen = 0x1A};
    tally_of(r, 1, (const game_response *[]){&m_right, &m_part, &m_wrong, &m_part}, 4, &t);
    cr_assert_eq(t.npicks, 5);
    cr_assert_eq(t.picks[game_room_position_of(r, 0)], 3, "every tick counts");
    cr_assert_eq(t.picks[game_room_position_of(r, 2)], 1);
    cr_assert_eq(t.picks[game_room_position_of(r, 4)], 1);
    cr_assert_eq(t.right, 1);
    cr_assert_eq(t.partly, 2);
    cr_assert_eq(t.wrong, 1);
    cr_assert_eq(t.none, 0);

    /* true/false: false (written 1) is right; true stays first */
    game_response tf_true = {.chosen = 0x1}, tf_false = {.chosen = 0x2};
    tally_of(r, 2, (const game_response *[]){&tf_true, &tf_false, &tf_false, NULL}, 4, &t);
    cr_assert_eq(t.npicks, 2);
    cr_assert_eq(t.picks[0], 1);
    cr_assert_eq(t.picks[1], 2);
    cr_assert_eq(t.right, 2);
    cr_assert_eq(t.wrong, 1);

    /* order: right, two swapped (partly), reversed (wrong) */
    game_response o_right = {.order = {0, 1, 2, 3, 4}}, o_part = {.order = {1, 0, 2, 3, 4}},
                  o_wrong = {.order = {4, 3, 2, 1, 0}};
    tally_of(r, 3, (const game_response *[]){&o_right, &o_part, &o_wrong, NULL}, 4, &t);
    cr_assert_eq(t.npicks, 0);
    cr_assert_eq(t.right, 1);
    cr_assert_eq(t.partly, 1);
    cr_assert_eq(t.wrong, 1);
    cr_assert_eq(t.none, 1);

    /* sort: right, all in one bin (wrong: no better than chance) */
    game_response s_right = {.bins = {0, 1, 0, 1}}, s_wrong = {.bins = {0, 0, 0, 0}},
                  s_part = {.bins = {0, 1, 0, 0}};
    tally_of(r, 4, (const game_response *[]){&s_right, &s_wrong, &s_part, &s_right}, 4, &t);
    cr_assert_eq(t.right, 2);
    cr_assert_eq(t.partly, 1);
    cr_assert_eq(t.wrong, 1);

    /* input */
    game_response i_right = {.text = "Signal Spam"}, i_wrong = {.text = "la police"};
    tally_of(r, 5, (const game_response *[]){&i_right, &i_wrong, NULL, NULL}, 4, &t);
    cr_assert_eq(t.right, 1);
    cr_assert_eq(t.wrong, 1);
    cr_assert_eq(t.none, 2);

    /* estimate: on target, near it, far */
    game_response e_right = {.value = 100}, e_near = {.value = 250}, e_far = {.value = 1};
    tally_of(r, 6, (const game_response *[]){&e_right, &e_near, &e_far, NULL}, 4, &t);
    cr_assert_eq(t.right, 1);
    cr_assert_eq(t.partly, 1, "near but not close enough: partly");
    cr_assert_eq(t.wrong, 1);

    /* password from phones: only the meter's level came */
    game_response p4 = {.pw_measured = true, .pw_level = 4},
                  p3 = {.pw_measured = true, .pw_level = 3},
                  p1 = {.pw_measured = true, .pw_level = 1};
    tally_of(r, 7, (const game_response *[]){&p4, &p3, &p1, NULL}, 4, &t);
    cr_assert_eq(t.right, 2, "strength 3 asked: 3 and 4 reach it");
    cr_assert_eq(t.wrong, 1);
    cr_assert_eq(t.none, 1);

    /* hotspot: parts in written order; clues are from, the first message and the link */
    const game_question *hq = &lv->questions[8];
    unsigned clues = 0;
    for (size_t p = 0; p < hq->nparts; p++) clues |= (unsigned)hq->parts[p].clue << p;
    unsigned one_clue = clues & (0u - clues); /* the lowest */
    unsigned not_clue = ((1u << hq->nparts) - 1) & ~clues;
    game_response h_right = {.chosen = clues}, h_part = {.chosen = clues & ~one_clue},
                  h_wrong = {.chosen = not_clue};
    tally_of(r, 8, (const game_response *[]){&h_right, &h_part, &h_wrong, &h_right}, 4, &t);
    cr_assert_eq(t.npicks, hq->nparts);
    for (size_t p = 0; p < hq->nparts; p++) {
        unsigned want = ((clues >> p) & 1) ? 2 + ((h_part.chosen >> p) & 1) : 1;
        cr_assert_eq(t.picks[p], want, "part %zu", p);
    }
    cr_assert_eq(t.right, 2);
    cr_assert_eq(t.partly, 1);
    cr_assert_eq(t.wrong, 1);

    game_room_tally_get(r, 0, &t);
    cr_assert_eq(memcmp(&t, &first, sizeof t), 0,
                 "a question's bars stay as they were, by its own shown order");
    game_room_tally_get(r, 9, &t);
    cr_assert_eq(t.npicks, 3, "not played yet: the bars, all empty");
    cr_assert_eq(t.right + t.partly + t.wrong + t.none, 0);
    game_room_tally_get(r, 42, &t);
    cr_assert_eq(t.npicks, 0);
    game_room_destroy(r);
    script_level_unload(sl);
}

/* ==== the mock-ups office staff meet ================================================= */

/* tests/data/office-level.lua: a chat, an invoice, a voicemail, an MFA notification. */
static script_level *office_level(void)
{
    script_options opt = {.budget_ms = 20000, .memory_cap = 16u << 20, .quiet = true};
    script_level *sl = NULL;
    game_error err = {0};
    cr_assert(script_level_load(VIGIE_SOURCE_DIR "/tests/data/office-level.lua", &opt, NULL, NULL,
                                &sl, &err),
              "%s:%d: %s", err.file, err.line, err.message);
    return sl;
}

Test(game_room, a_hosted_chat_document_call_or_notification_is_sent_part_by_part_and_tallied)
{
    script_level *sl = office_level();
    const game_level *lv = script_level_data(sl);
    cr_assert_eq(lv->nquestions, 4);
    game_error err = {0};
    game_room *r = game_room_create(lv, script_level_score, sl, 7, &err);
    cr_assert_not_null(r, "%s", err.message);
    for (uint32_t p = 1; p <= 4; p++) game_room_join(r, p, "P");
    for (size_t i = 0; i < lv->nquestions; i++) {
        const game_question *q = &lv->questions[i];
        cr_assert_neq(q->mockup, GAME_MOCKUP_IMAGE);
        /* what the phones get: one part per part, labelled in the room's language */
        net_question nq = {.number = (uint32_t)i + 1, .of = 4, .q = q, .time_ms = q->time_ms};
        char *msg = net_msg_question(&nq, GAME_LANG_EN, NULL, false, q->time_ms);
        cr_assert_not_null(msg);
        json_error_t je;
        json_t *j = json_loads(msg, 0, &je);
        cr_assert_not_null(j, "%s", msg);
        json_t *parts = json_object_get(j, "parts");
        cr_assert_eq(json_array_size(parts), q->nparts, "%s", msg);
        for (size_t p = 0; p < q->nparts; p++)
            cr_assert_str_eq(json_string_value(json_object_get(json_array_get(parts, p), "label")),
                             game_text_get(&q->parts[p].text, GAME_LANG_EN));
        cr_assert_null(strstr(msg, "clue"), "the clues stay on the host: %s", msg);
        json_decref(j);
        free(msg);
        /* a phone marks the last part, by its written position */
        char mark[64];
        snprintf(mark, sizeof mark, "{\"parts\":[%zu]}", q->nparts - 1);
        game_response from_phone;
        cr_assert(net_answer_from_text(&nq, mark, strlen(mark), &from_phone), "%s", mark);
        cr_assert_eq(from_phone.chosen, 1u << (q->nparts - 1));
        /* and the class: right, partly (a clue missed), wrong (decoys only), none */
        unsigned clues = (unsigned)q->correct_mask;
        unsigned one_clue = clues & (0u - clues);
        unsigned not_clue = ((1u << q->nparts) - 1) & ~clues;
        cr_assert(clues && one_clue != clues && not_clue, "question %zu: two clues and a decoy", i);
        game_response h_right = {.chosen = clues}, h_part = {.chosen = clues & ~one_clue},
                      h_wrong = {.chosen = not_clue};
        game_room_tally t;
        tally_of(r, i, (const game_response *[]){&h_right, &h_part, &h_wrong, NULL}, 4, &t);
        cr_assert_eq(t.npicks, q->nparts);
        for (size_t p = 0; p < q->nparts; p++) {
            unsigned want = ((clues >> p) & 1) ? 1 + ((h_part.chosen >> p) & 1) : 1;
            cr_assert_eq(t.picks[p], want, "question %zu, part %s", i, q->parts[p].name);
        }
        cr_assert_eq(t.right, 1, "question %zu", i);
        cr_assert_eq(t.partly, 1);
        cr_assert_eq(t.wrong, 1);
        cr_assert_eq(t.none, 1);
    }
    game_room_destroy(r);
    script_level_unload(sl);
}

/* ==== what no player could give ======================================================= */

Test(game_room, an_answer_out_of_the_questions_shape_is_held_to_it_and_never_fails_the_rule)
{
    script_level *sl = room_level();
    const game_level *lv = script_level_data(sl);
    game_error err = {0};
    game_room *r = game_room_create(lv, script_level_score, sl, 5, &err);
    cr_assert_not_null(r, "%s", err.message);
    game_room_join(r, 1, "P");
    /* choice: a choice that is not there is not chosen */
    game_response bad = {.chosen = 0x2u | 0x80u};
    game_room_open(r, 0, 0, 0);
    cr_assert_eq(game_room_answer(r, 1, 1, &bad, 10, &err), GAME_ROOM_TAKEN, "%s", err.message);
    cr_assert_eq(game_room_player_get(r, 1)->answers[0].resp.chosen, 0x2u);
    cr_assert(game_room_player_get(r, 1)->answers[0].correct);
    game_room_close(r, 100, &err);
    /* order: items repeated and out of range: the order shown, untouched */
    game_room_open(r, 3, 0, 0);
    game_response order = {.order = {0, 0, 9, 1, 2}};
    cr_assert_eq(game_room_answer(r, 1, 4, &order, 10, &err), GAME_ROOM_TAKEN, "%s", err.message);
    cr_assert_eq(memcmp(game_room_player_get(r, 1)->answers[3].resp.order, game_room_start_order(r),
                        GAME_MAX_ITEMS),
                 0);
    cr_assert_not(game_room_player_get(r, 1)->answers[3].correct, "never starts solved");
    game_room_close(r, 100, &err);
    /* sort: a bin that is not there */
    game_room_open(r, 4, 0, 0);
    game_response bins = {.bins = {0, 7, -5, 1}};
    cr_assert_eq(game_room_answer(r, 1, 5, &bins, 10, &err), GAME_ROOM_TAKEN, "%s", err.message);
    const signed char *b = game_room_player_get(r, 1)->answers[4].resp.bins;
    cr_assert(b[0] == 0 && b[1] == -1 && b[2] == -1 && b[3] == 1);
    game_room_close(r, 100, &err);
    /* input: text without its end */
    game_room_open(r, 5, 0, 0);
    game_response text;
    memset(&text, 0, sizeof text);
    memset(text.text, 'a', sizeof text.text);
    cr_assert_eq(game_room_answer(r, 1, 6, &text, 10, &err), GAME_ROOM_TAKEN, "%s", err.message);
    cr_assert_eq(strlen(game_room_player_get(r, 1)->answers[5].resp.text), GAME_TEXT_MAX - 1);
    game_room_close(r, 100, &err);
    /* estimate: not a number, then off the scale */
    game_room_open(r, 6, 0, 0);
    game_response nan = {.value = 0.0 / 0.0};
    cr_assert_eq(game_room_answer(r, 1, 7, &nan, 10, &err), GAME_ROOM_TAKEN, "%s", err.message);
    double v = game_room_player_get(r, 1)->answers[6].resp.value;
    cr_assert(v >= lv->questions[6].min && v <= lv->questions[6].max, "%g", v);
    game_room_close(r, 100, &err);
    game_room_destroy(r);
    script_level_unload(sl);
}

/* game_score.h — inside game/ only: one answer scored by the level's rule, and a question's
 * most points, as the solo session and the classroom's room both do it. So a player on a phone
 * and a player at the window earn the same for the same answer in the same time.
 * Pure C: no clock (times are given), no I/O.
 */
#ifndef VIGIE_GAME_SCORE_H
#define VIGIE_GAME_SCORE_H

#include "game.h"

/* The most question i (play order) of a level can earn: the rule's points for the perfect
 * answer, instant, with the longest streak it could have there; clamped to 0 … GAME_POINTS_MAX.
 * False and err when the rule fails. */
bool game_score_max(game_score_fn score, void *ud, const game_question *q, size_t i, long *out,
                    game_error *err);

/* Scores one answer to question q (index i, play order) into *a: a timeout when `timeout`
 * (resp ignored, may be NULL), else resp; took_ms the time taken, held to limit_ms (0: untimed)
 * when over it or on a timeout. *streak is the player's streak before it, and after it on
 * success. False and err when the rule fails: then *a and *streak are left as they were. */
bool game_score_answer(game_score_fn score, void *ud, const game_question *q, size_t i,
                       uint32_t limit_ms, bool timeout, const game_response *resp, uint64_t took_ms,
                       unsigned *streak, game_answer *a, game_error *err);

#endif

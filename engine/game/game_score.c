/* game_score.c — one answer scored by the level's rule, and a question's most points: the one
 * place the solo session (game_session.c) and the classroom's room (game_room.c) score, so the
 * two cannot drift apart. Pure C: the rule is a callback, times come in as numbers.
 */
#include "game_score.h"

#include <string.h>

static long clamp_points(long p)
{
    return p < 0 ? 0 : p > GAME_POINTS_MAX ? GAME_POINTS_MAX : p;
}

bool game_score_max(game_score_fn score, void *ud, const game_question *q, size_t i, long *out,
                    game_error *err)
{
    game_score_ctx ctx = {
        .question = q,
        .index = i,
        .timeout = false,
        .correct = true,
        .time_ms = 0,
        .limit_ms = q->time_ms,
        .streak = (unsigned)i + 1,
    };
    game_response_perfect(q, &ctx.resp);
    double credit;
    if (!score(ud, &ctx, out, &credit, err)) return false;
    *out = clamp_points(*out);
    return true;
}

bool game_score_answer(game_score_fn score, void *ud, const game_question *q, size_t i,
                       uint32_t limit_ms, bool timeout, const game_response *resp, uint64_t took_ms,
                       unsigned *streak, game_answer *a, game_error *err)
{
    game_answer na = {.answered = true, .timeout = timeout};
    if (limit_ms && (timeout || took_ms > limit_ms)) took_ms = limit_ms;
    if (took_ms > UINT32_MAX) took_ms = UINT32_MAX;
    if (!timeout && resp) na.resp = *resp;
    na.correct = !timeout && game_response_correct(q, &na.resp);
    na.time_ms = (uint32_t)took_ms;
    na.streak = na.correct ? *streak + 1 : 0;
    game_score_ctx ctx = {
        .question = q,
        .index = i,
        .timeout = timeout,
        .resp = na.resp,
        .correct = na.correct,
        .time_ms = na.time_ms,
        .limit_ms = limit_ms,
        .streak = na.streak,
    };
    long pts = 0;
    double credit = 0;
    if (!score(ud, &ctx, &pts, &credit, err)) return false;
    na.points = clamp_points(pts);
    /* The verdict and the share agree: right is all of it, an answer worth nothing none of it
     * (docs/scoring.md: such an answer is wrong, never partly right). */
    if (!(credit >= 0)) credit = 0; /* NaN too */
    na.credit = na.correct ? 1 : na.points == 0 ? 0 : credit > 1 ? 1 : credit;
    *a = na;
    *streak = na.streak;
    return true;
}

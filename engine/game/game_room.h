/* game_room.h — the live classroom's room as the game model runs it: many players, one level,
 * the same questions at the same time, each answer scored by the level's own rule as in a solo
 * game. C alone: no network (engine/net/ brings the answers), no clock (times are given), no
 * drawing (ui_host.c reads it).
 *
 * The flow, driven by the teacher (or `vigie host --auto`):
 *   LOBBY → QUESTION (open) → REVEAL (closed: the distribution, the right answer)
 *         → PODIUM (between questions) → QUESTION … → END
 * A question can be skipped (a mini-game nobody plays from a device, or the teacher's choice):
 * it scores nothing for anyone and counts in no maximum.
 */
#ifndef VIGIE_GAME_ROOM_H
#define VIGIE_GAME_ROOM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "game/game.h"
#include "game/game_results.h"

typedef enum {
    GAME_ROOM_LOBBY = 0,
    GAME_ROOM_QUESTION, /* open: answers are taken */
    GAME_ROOM_REVEAL,   /* closed: what the class answered */
    GAME_ROOM_PODIUM,
    GAME_ROOM_END,
} game_room_phase;

typedef struct {
    uint32_t id; /* the network's player id (never reused) */
    char nick[GAME_NICK_MAX * 2 + 1];
    bool away;    /* their device is gone for now */
    bool removed; /* the teacher removed them: kept for no board, no report */
    long score;
    unsigned streak, correct;
    size_t first;         /* the first question (play order) they could answer: a late joiner's */
    game_answer *answers; /* one per question in play order; .answered false: none */
} game_room_player;

typedef struct game_room game_room;

/* A room for lv (borrowed: it must outlive the room) scored by `score`. The seed shuffles the
 * choices once, for everyone: the projector and every device show the same letters. NULL and
 * err when the rule fails on the level's maximum. */
game_room *game_room_create(const game_level *lv, game_score_fn score, void *score_ud,
                            uint64_t seed, game_error *err);
void game_room_destroy(game_room *r);

const game_level *game_room_level(const game_room *r);
game_room_phase game_room_phase_get(const game_room *r);
/* The current (or last) question's index in play order; SIZE_MAX before the first. */
size_t game_room_question_index(const game_room *r);
const game_question *game_room_question(const game_room *r);
/* The number of questions, and the maximum score of those played and not skipped so far. */
size_t game_room_question_count(const game_room *r);
long game_room_max_score(const game_room *r);
/* Whether question i was opened and not skipped: it counts in scores and maxima. */
bool game_room_counts(const game_room *r, size_t i);

/* What every screen shows where, for the current question: written index of the choice at
 * shown position pos (PICK); the items' starting order (order: written indices); where the
 * estimate's slider starts. */
size_t game_room_choice_at(const game_room *r, size_t pos);
size_t game_room_position_of(const game_room *r, size_t written);
const unsigned char *game_room_start_order(const game_room *r);
double game_room_estimate_start(const game_room *r);

/* ---- players ---- */

/* A player arrives (nick already checked by the store's rules). In the lobby they play from
 * the first question; later, from the next one. False when the id is known. */
bool game_room_join(game_room *r, uint32_t id, const char *nick);
void game_room_set_away(game_room *r, uint32_t id, bool away);
bool game_room_rename(game_room *r, uint32_t id, const char *nick);
void game_room_remove(game_room *r, uint32_t id);
/* Players in the order they joined, removed ones included (check .removed). A player's pointer
 * (here, from game_room_player_get or game_room_top) holds until the next join. */
size_t game_room_player_count(const game_room *r);
const game_room_player *game_room_player_at(const game_room *r, size_t i);
const game_room_player *game_room_player_get(const game_room *r, uint32_t id);
/* A player's own maximum: over the questions that count (game_room_counts) from their .first
 * on (a late joiner's earlier questions are not theirs); 0 for a removed or unknown player. */
long game_room_player_max(const game_room *r, uint32_t id);
/* The time they took over their answers, ms (timeouts count the limit): ties go to the least. */
uint64_t game_room_player_time(const game_room *r, uint32_t id);
/* Players not removed; of them, those not away. */
size_t game_room_players_in(const game_room *r);
size_t game_room_players_here(const game_room *r);
/* 1-based rank by score (ties share a rank; removed players are not ranked); 0 if unknown. */
unsigned game_room_rank(const game_room *r, uint32_t id);
/* The best players, best first (score, then who reached it first), at most max. */
size_t game_room_top(const game_room *r, const game_room_player **out, size_t max);

/* ---- the flow ---- */

/* The trainer's time accommodation for the whole room (game_pace): each question's limit given
 * to game_room_open is made 1.5 or 2 times as long (or none), and any pace but NORMAL scores
 * without the speed factor, as in the solo game. NORMAL until set. */
void game_room_set_pace(game_room *r, game_pace p);
game_pace game_room_pace(const game_room *r);
/* Opens question i (play order) at now_ms; time_ms its limit as the level writes it, the room's
 * pace applied (0: untimed: the teacher closes it). From the lobby, a reveal or a podium. False
 * when there is no such question, or it is not after the current one (the room only goes forward),
 * or one is open, or the room ended. */
bool game_room_open(game_room *r, size_t i, uint32_t time_ms, uint64_t now_ms);
/* Pauses or resumes the open question's countdown. */
void game_room_pause(game_room *r, bool paused, uint64_t now_ms);
bool game_room_paused(const game_room *r);
/* Milliseconds left on the open question (0 when untimed, closed or out of time). */
uint32_t game_room_time_left(const game_room *r, uint64_t now_ms);
/* True when the open question's time is up (never when untimed or paused). */
bool game_room_time_up(const game_room *r, uint64_t now_ms);

typedef enum {
    GAME_ROOM_TAKEN = 0,
    GAME_ROOM_UNKNOWN, /* no such player, or removed */
    GAME_ROOM_CLOSED,  /* no question open */
    GAME_ROOM_WRONG_Q, /* for another question */
    GAME_ROOM_TWICE,   /* already answered */
    GAME_ROOM_NOT_YET, /* joined after the question opened */
    GAME_ROOM_FAILED,  /* the scoring rule failed: err says why */
} game_room_take;

/* Player id answers question number q (1-based, play order) with resp, taken time_ms after the
 * question reached them: scored at once by the level's rule (speed, streak), shown at reveal. */
game_room_take game_room_answer(game_room *r, uint32_t id, uint32_t q, const game_response *resp,
                                uint32_t time_ms, game_error *err);
/* How many of the players who may answer the open question have answered, out of how many:
 * removed players and late joiners are in neither; an away player who has not answered is not
 * waited for (in neither), so answered == of means everyone present answered. */
void game_room_answered(const game_room *r, size_t *answered, size_t *of);

/* Closes the open question: those who may answer and did not (away ones too) get a timeout,
 * scored by the rule (0 points, streak reset with the shipped rules). → REVEAL. False when no
 * question is open, or the rule failed (err): those already scored stay so and a second close
 * goes on with the rest. */
bool game_room_close(game_room *r, uint64_t now_ms, game_error *err);
/* Skips the open (or next, from a reveal/podium/lobby) question: nobody scores. → REVEAL of
 * nothing; game_room_skipped says so. */
void game_room_skip(game_room *r, uint64_t now_ms);
bool game_room_skipped(const game_room *r, size_t i);
/* REVEAL → PODIUM (else nothing). */
void game_room_podium(game_room *r);
/* Any phase → END. A question still open is skipped: the run stopped before it closed. */
void game_room_end(game_room *r);

/* ---- what the class answered (the reveal's bars) ---- */

typedef struct {
    /* PICK kinds: per shown position, how many picked it (multi: ticked it); hotspot: per part
     * (written order), how many marked it */
    unsigned picks[GAME_MAX_PARTS];
    size_t npicks;
    /* every kind: exactly right, partly right (0 < credit < 1), wrong, no answer */
    unsigned right, partly, wrong, none;
} game_room_tally;
void game_room_tally_get(const game_room *r, size_t i, game_room_tally *out);

#endif

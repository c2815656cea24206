/* game_duel.h — duels and teams with buzzers: two to four players (or teams) on one screen
 * answer the same question, each with their own buttons. No SDL, no I/O: the caller gives the
 * time, as to game_session.
 *
 * The questions: the level's "choice" questions of at most GAME_DUEL_MAX_CHOICES choices and
 * its "truefalse" questions, in the level's order (the others are skipped: a buzzer has four
 * buttons). A choice question's choices are shuffled with the seed; true/false stay "true",
 * "false".
 *
 * A question opens; each player answers once. The right answers score by their order of
 * arrival: GAME_DUEL_POINTS (100, 60, 40, 20) for the first, second… A wrong answer scores 0
 * and locks that player out of the question. The question closes when every player still
 * plugged in has answered, or when its time runs out (the question's own time limit, else
 * GAME_DUEL_DEFAULT_MS); the reveal (the right answer, the explanation) shows until "next".
 * Two answers at the same millisecond: the one given first to game_duel_answer is first.
 *
 * A player whose device is unplugged (game_duel_remove) keeps their score; the questions no
 * longer wait for them; game_duel_rejoin brings them back (another device takes their place).
 * The board ranks by score, equal scores share a rank (1, 1, 3).
 */
#ifndef VIGIE_GAME_DUEL_H
#define VIGIE_GAME_DUEL_H

#include "game.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define GAME_DUEL_MAX_PLAYERS 4
#define GAME_DUEL_MIN_PLAYERS 2
#define GAME_DUEL_MAX_CHOICES 4
#define GAME_DUEL_DEFAULT_MS  20000u

/* Points of the 1st, 2nd, 3rd, 4th right answer to a question. */
extern const long GAME_DUEL_POINTS[GAME_DUEL_MAX_PLAYERS];

typedef enum {
    GAME_DUEL_SETUP = 0, /* players join */
    GAME_DUEL_QUESTION,  /* a question is open */
    GAME_DUEL_REVEAL,    /* the right answer, the explanation, until next */
    GAME_DUEL_END,       /* the board */
} game_duel_phase;

typedef struct {
    bool joined;  /* the slot is taken */
    bool present; /* plugged in: false after game_duel_remove (the score stays) */
    long score;
    unsigned right;  /* right answers */
    unsigned firsts; /* first right answers */
    /* the open (or just closed) question */
    bool answered;
    bool correct;
    int choice;       /* the displayed position answered, -1 none */
    int order;        /* 1 the first right answer, 2 the second…; 0 wrong or none */
    long points;      /* what this question gave */
    uint64_t time_ms; /* how long after the opening they answered */
} game_duel_player;

typedef struct game_duel game_duel;

/* A duel on lv (borrowed: it must outlive the duel). NULL with err when the level has no
 * question a buzzer can answer. */
game_duel *game_duel_create(const game_level *lv, uint64_t seed, game_error *err);
void game_duel_destroy(game_duel *d);
/* How many of the level's questions the duel asks (≥ 1). */
size_t game_duel_count(const game_duel *d);

/* Set-up: takes the first free slot; its index, or -1 when full or not in set-up. */
int game_duel_join(game_duel *d);
/* Set-up: frees the slot. Later: the player stays (their score too), marked not present; an
 * open question no longer waits for them. False when there is no such player. */
bool game_duel_remove(game_duel *d, int player, uint64_t now_ms);
/* A player marked not present is back (another device took their place). */
bool game_duel_rejoin(game_duel *d, int player);
/* The players who joined. */
int game_duel_players(const game_duel *d);

/* Opens the first question; false unless in set-up with at least GAME_DUEL_MIN_PLAYERS. */
bool game_duel_start(game_duel *d, uint64_t now_ms);
/* A player answers the displayed position pos of the open question; false when ignored (no
 * question open, no such player or position, already answered, locked out or unplugged). Expires
 * the question first if its time is up. May close the question (everyone has answered). */
bool game_duel_answer(game_duel *d, int player, int pos, uint64_t now_ms);
/* Closes the open question if its time is up. */
void game_duel_update(game_duel *d, uint64_t now_ms);
/* The reveal: the next question, or the end after the last. False in another phase. */
bool game_duel_next(game_duel *d, uint64_t now_ms);
/* Back to set-up with the same players, scores at zero (Rejouer). */
void game_duel_restart(game_duel *d);

game_duel_phase game_duel_phase_of(const game_duel *d);
/* The question being played (or revealed), its number from 0 among the duel's. NULL in
 * set-up. */
const game_question *game_duel_question(const game_duel *d);
size_t game_duel_index(const game_duel *d);
/* How many positions the open question shows (2 for true/false). */
int game_duel_choices(const game_duel *d);
/* The written choice shown at position pos (true/false: 0 true, 1 false). */
size_t game_duel_choice_at(const game_duel *d, int pos);
/* The position of the right answer. */
int game_duel_right_pos(const game_duel *d);
/* Milliseconds left on the open question; 0 otherwise. Its whole time. */
uint32_t game_duel_time_left(const game_duel *d, uint64_t now_ms);
uint32_t game_duel_time_limit(const game_duel *d);
/* When the current phase began. */
uint64_t game_duel_since(const game_duel *d);
/* Player i (0 … GAME_DUEL_MAX_PLAYERS-1); NULL when out of range. */
const game_duel_player *game_duel_player_get(const game_duel *d, int i);
/* The board: the joined players' indices, best first (equal scores by player number), and
 * their ranks (equal scores share one). Returns how many. */
int game_duel_board(const game_duel *d, int order[GAME_DUEL_MAX_PLAYERS],
                    int rank[GAME_DUEL_MAX_PLAYERS]);

#endif

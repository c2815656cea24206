/* game_results.h — kept results as plain data: a row of a high-score board, the periods
 * boards cover, the trainer's session report.
 *
 * The store (store/) fills them and the ui (ui/) reads them; neither includes the other's
 * header, so they live here with the rest of the model. Types, and the one sum both print
 * (a question's share right): no SQLite, no SDL, and nothing here reads a database or a clock.
 */
#ifndef VIGIE_GAME_RESULTS_H
#define VIGIE_GAME_RESULTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "game/game.h" /* game_pace */

#define GAME_NICK_MAX 16 /* bytes of a nickname, UTF-8 */

/* The period a board covers, ending now. */
typedef enum { GAME_PERIOD_TODAY = 0, GAME_PERIOD_WEEK, GAME_PERIOD_EVER } game_period;

/* One row of a board: a player's best score (a level's, or a pack's sum of best per level). */
typedef struct {
    char nick[GAME_NICK_MAX * 2 + 1];
    long score, max_score;
    int64_t at_ms;
    game_pace pace; /* the run's time accommodation; a pack's sum: the most generous of its
                       levels' best runs (NORMAL when every one was played at the normal pace) */
} game_board_row;

/* The session report: players and scores, ranked per level; per question, the share right and the
 * wrong answer chosen most, the misconceptions first. */
typedef struct {
    char question_id[65], level_id[65];
    char prompt[520];    /* whole: a level's prompt is at most 500 bytes */
    int answers, right;  /* right: the answers exactly right */
    double credit;       /* the sum of the answers' credits: a partly right one counts its share */
    char top_wrong[600]; /* "" when nobody was wrong; whole (game_answer_words fills 600) */
    int top_wrong_count;
    int sure_wrong; /* the answers wrong though the player said "sure" (a level that asks) */
} game_report_question;

/* The question's share right in percent, rounded: the credits over the answers (0 without any). */
static inline int game_report_pct(const game_report_question *q)
{
    return q->answers ? (int)(100.0 * q->credit / q->answers + 0.5) : 0;
}

/* A player's total on one level of the session; a player who played two levels has two. */
typedef struct {
    char nick[GAME_NICK_MAX * 2 + 1]; /* "" when anonymous */
    long score, max_score;
    int64_t at_ms;
    char level_id[65], level_title[128];
    int rank;       /* within the level, from 1 */
    game_pace pace; /* the run's time accommodation */
} game_report_player;

typedef struct {
    char name[128];
    int64_t started_ms;
    size_t npeople;              /* distinct players (an anonymous run is one of its own) */
    size_t nplayers;             /* rows of players: one per player and level */
    game_report_player *players; /* one ranked list per level, the level played first first;
                                    best first within a level */
    size_t nquestions;
    game_report_question *questions; /* lowest share right first */
} game_report;

/* ---- a stand's day (the kiosk: `vigie report --stand`, the operator's figures) ---- */

#define GAME_STAND_MISSED 5
/* One day at a stand, from local midnight (or the board's reset, for the boards only: the
 * figures always count the whole day). A visitor is a run begun. */
typedef struct {
    int64_t day_ms;   /* the day's local midnight, Unix ms */
    int per_hour[24]; /* runs begun in each hour of the day, local time */
    int begun;        /* every run begun that day */
    int finished;     /* played to the end */
    int abandoned;    /* left mid-round: the idle reset, or the operator */
    double avg_pct;   /* the finished runs' average score, in % of their maximum; 0 if none */
    long best_score;  /* the day's best finished score (0 if none) */
    size_t nmissed;   /* the questions most missed, fewest right first (at least 3 answers) */
    game_report_question missed[GAME_STAND_MISSED];
} game_stand;

/* ---- nicknames (game_nick.c) ---- */

/* The room a nickname needs once normalised: longer text is refused. */
#define GAME_NICK_BUF 256
/* A nickname as it is seen: in as Unicode NFKC (fullwidth letters and digits, ligatures,
 * a letter and its combining accent become the plain form, "Le\u0301a" the "Léa" one types)
 * into out (n bytes, GAME_NICK_BUF will do). Returns out, or "" (a static empty text, which no
 * nickname rule accepts, so that a caller can run its rules on the result at once; never NULL)
 * when in is refused: not UTF-8, too long, or holding what cannot be seen or is no character
 * (controls, format characters such as zero-width spaces, joiners, direction marks and the BOM,
 * line and paragraph separators, spaces other than " " (checked before NFKC too, which would
 * make a no-break space a plain one), default-ignorable, unassigned and private-use code
 * points). What a nickname may then hold is game_nick_valid's rule, run on the
 * result; the caller's out must live as long as the result is used. */
const char *game_nick_nfkc(const char *in, char *out, size_t n);
/* The rule of a kept nickname (the results store and the live classroom): NFKC (above), then
 * letters (any script), digits, '-', '_', '.' and single spaces (trimmed), 1 to GAME_NICK_MAX
 * characters, fewer than 6 digits (no phone number), no '@' (no e-mail). The normalised form goes
 * to out (n bytes). False when in is not a nickname. */
bool game_nick_valid(const char *in, char *out, size_t n);

#endif

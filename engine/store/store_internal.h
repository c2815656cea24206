/* store_internal.h — shared by the store/ files only: the handle and the helpers that turn
 * SQLite's answers into errors a trainer can act on. Includes sqlite3.h: only store/ may. */
#ifndef VIGIE_STORE_INTERNAL_H
#define VIGIE_STORE_INTERNAL_H

#include "store.h"

#include <sqlite3.h>

/* The longest path the store takes, with its NUL (SQLite's own limit is lower). */
#define STORE_PATH_MAX 1024

struct store {
    sqlite3 *db;
    char *path;
    /* The database's own random number, in its header (application_id): every write
     * transaction rewrites it, so that each log SQLite writes carries it and a log from another
     * database is told apart (store_wal.c). 0 for a read-only connection. */
    uint32_t id;
    bool read_only;
    bool bad_setting; /* a setting could not be read: its default was used */
    bool checked;     /* the open ran the full check (store_full_checked) */
};

/* ---- what a row must hold to be read ----
 * A database may have been made by another program: every value read is checked for type
 * and range in the query itself, and a row that fails is skipped (store_damaged_rows counts
 * them). Each takes the table's alias as a string literal. Times are 0 … year 9999. */
/* clang-format off */
#define STORE_TIME_OK(c) "(typeof(" c ") = 'integer' AND " c " BETWEEN 0 AND 253402300799999)"
#define STORE_POINTS_OK(c) \
    "(typeof(" c ") = 'integer' AND " c " BETWEEN -1000000000000 AND 1000000000000)"
#define STORE_TEXT_OK(c) "typeof(" c ") = 'text'"
#define STORE_INT_OR_NULL(c) "(" c " IS NULL OR typeof(" c ") = 'integer')"
#define STORE_RUN_OK(r) "("                                         \
    "typeof(" r ".id) = 'integer'"                                  \
    " AND " STORE_TEXT_OK(r ".pack_id")                             \
    " AND " STORE_TEXT_OK(r ".level_id")                            \
    " AND " STORE_TEXT_OK(r ".level_title")                         \
    " AND " STORE_TEXT_OK(r ".lang")                                \
    " AND " STORE_TIME_OK(r ".started_ms")                          \
    " AND " STORE_POINTS_OK(r ".max_score")                         \
    " AND " r ".max_score >= 0"                                     \
    " AND (" r ".score IS NULL OR " STORE_POINTS_OK(r ".score") ")" \
    " AND (" r ".ended_ms IS NULL OR " STORE_TIME_OK(r ".ended_ms") ")" \
    " AND " STORE_INT_OR_NULL(r ".session_id")                      \
    " AND " STORE_INT_OR_NULL(r ".player_id")                       \
    " AND typeof(" r ".abandoned) = 'integer' AND " r ".abandoned IN (0, 1))"
#define STORE_ANSWER_OK(a) "("                                      \
    "typeof(" a ".run_id) = 'integer'"                              \
    " AND typeof(" a ".seq) = 'integer'"                            \
    " AND " STORE_TEXT_OK(a ".question_id")                         \
    " AND " STORE_TEXT_OK(a ".kind")                                \
    " AND " STORE_TEXT_OK(a ".prompt")                              \
    " AND " STORE_TEXT_OK(a ".answer")                              \
    " AND typeof(" a ".correct) = 'integer' AND " a ".correct IN (0, 1)" \
    " AND typeof(" a ".timeout) = 'integer' AND " a ".timeout IN (0, 1)" \
    " AND " STORE_POINTS_OK(a ".points")                            \
    " AND typeof(" a ".time_ms) = 'integer' AND " a ".time_ms BETWEEN 0 AND 4294967295" \
    " AND " STORE_TIME_OK(a ".at_ms")                               \
    " AND typeof(" a ".credit) IN ('real', 'integer') AND " a ".credit BETWEEN 0 AND 1)"
#define STORE_PLAYER_OK(p) "("                                      \
    "typeof(" p ".id) = 'integer'"                                  \
    " AND " STORE_TEXT_OK(p ".nick")                                \
    " AND length(" p ".nick) BETWEEN 1 AND 64)"
#define STORE_SESSION_OK(se) "("                                    \
    "typeof(" se ".id) = 'integer'"                                 \
    " AND " STORE_TEXT_OK(se ".name")                               \
    " AND " STORE_TIME_OK(se ".started_ms") ")"
/* A finished run as the boards read it: only the columns they read are checked (a bad title
 * or language puts no score in doubt), so that the covering indexes of schema 5 (runs_board,
 * runs_board_pack, runs_pack_started) answer the boards without reading the table. */
#define STORE_SCORED_OK(r) "("                                      \
    "typeof(" r ".pack_id) = 'text'"                                \
    " AND " STORE_TIME_OK(r ".started_ms")                          \
    " AND " STORE_POINTS_OK(r ".max_score")                         \
    " AND " r ".max_score >= 0"                                     \
    " AND " STORE_POINTS_OK(r ".score")                             \
    " AND " STORE_TIME_OK(r ".ended_ms")                            \
    " AND " STORE_INT_OR_NULL(r ".player_id")                       \
    " AND typeof(" r ".abandoned) = 'integer' AND " r ".abandoned = 0)"
/* A run as the day's figures count it: begun, maybe ended, maybe scored, maybe abandoned. */
#define STORE_BEGUN_OK(r) "("                                       \
    "typeof(" r ".pack_id) = 'text'"                                \
    " AND " STORE_TIME_OK(r ".started_ms")                          \
    " AND " STORE_POINTS_OK(r ".max_score")                         \
    " AND " r ".max_score >= 0"                                     \
    " AND (" r ".score IS NULL OR " STORE_POINTS_OK(r ".score") ")" \
    " AND (" r ".ended_ms IS NULL OR " STORE_TIME_OK(r ".ended_ms") ")" \
    " AND typeof(" r ".abandoned) = 'integer' AND " r ".abandoned IN (0, 1))"
/* A run's pace as a number, game_pace's order (a value not known is NORMAL's 0): MAX of it is
 * the most generous pace of a sum's runs. */
#define STORE_PACE_NUM(r) "(CASE " r ".pace WHEN '1.5' THEN 1 WHEN '2' THEN 2" \
    " WHEN 'untimed' THEN 3 ELSE 0 END)"
/* The same, for the aliases the queries use. */
#define STORE_PACE_R      STORE_PACE_NUM("r")
#define STORE_RUN_R       STORE_RUN_OK("r")
#define STORE_SCORED_R    STORE_SCORED_OK("r")
#define STORE_BEGUN_R     STORE_BEGUN_OK("r")
#define STORE_RUN_R2      STORE_RUN_OK("r2")
#define STORE_ANSWER_A    STORE_ANSWER_OK("a")
#define STORE_PLAYER_P    STORE_PLAYER_OK("p")
#define STORE_SESSION_SE  STORE_SESSION_OK("se")
/* clang-format on */

/* A pace read back as STORE_PACE_NUM's number (anything else: NORMAL). */
static inline game_pace store_pace_of(long long n)
{
    return n > 0 && n < GAME_PACE_COUNT ? (game_pace)n : GAME_PACE_NORMAL;
}

/* Fills err with the message about path; returns false. */
bool store_fail(game_error *err, const char *path, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* What SQLite said about the last call, in words a trainer can act on; returns false. */
bool store_db_fail(store *s, game_error *err, const char *doing);
/* Runs sql; on failure fills err ("cannot <doing>: …") and returns false. */
bool store_exec(store *s, const char *sql, game_error *err, const char *doing);
/* A prepared statement, or NULL. */
sqlite3_stmt *store_prep(store *s, const char *sql);
/* Binds v ("" for NULL) as text; false on failure. */
bool store_bind_text(sqlite3_stmt *st, int i, const char *v);
/* BEGIN IMMEDIATE, and the database's number written again (see struct store). */
bool store_begin(store *s, game_error *err, const char *doing);
/* Runs one statement inside BEGIN IMMEDIATE … COMMIT, and finalizes it. */
bool store_write_one(store *s, sqlite3_stmt *st, game_error *err, const char *doing);
/* Purges what is older than the kept retention, if one is set (at each start). */
void store_retention_apply(store *s);

/* Whether the write-ahead log beside the database at path belongs to it (store_wal.c):
 * none (no log, an empty one, or one SQLite would not apply), ours, or another database's. */
typedef enum { STORE_WAL_NONE = 0, STORE_WAL_OURS, STORE_WAL_FOREIGN } store_wal_verdict;
store_wal_verdict store_wal_check(const char *path);

#endif

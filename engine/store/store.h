/* store.h — results that last: one SQLite database of players' nicknames, sessions, runs and
 * answers; high scores, the trainer's session report, exports and purges.
 *
 * Only store/ includes sqlite3.h. The database is kept crash-safe for a stand switched off
 * at the wall: WAL with synchronous=FULL (a committed answer survives a power cut), each
 * answer committed in its own BEGIN IMMEDIATE transaction, a busy timeout, a checkpoint on a
 * clean close, and quick_check at start-up after an unclean stop (see store_full_checked: a
 * clean close leaves a stamp beside the file, PATH-clean, that the next open takes away). A
 * file that cannot be opened or is corrupt is
 * moved aside (never overwritten) and a new one made. The game model knows nothing of this:
 * the app and the ui hand records over, and the writer (store_writer) commits them on a
 * thread of its own so that a frame never waits for the disk.
 */
#ifndef VIGIE_STORE_H
#define VIGIE_STORE_H

#include "game/game.h"
#include "game/game_results.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define STORE_SCHEMA_VERSION 6
#define STORE_NICK_MAX       GAME_NICK_MAX /* bytes of a nickname, UTF-8 */

typedef struct store store;

/* $XDG_DATA_HOME/vigie/vigie.db, else ~/.local/share/vigie/vigie.db; the folder is made. */
bool store_default_path(char *buf, size_t n);

/* Opens (or creates) the database at path and brings its schema up to date. A file that is
 * not a database or fails its quick_check (run unless the last stop was clean) is renamed
 * "PATH.broken-YYYYMMDD-HHMMSS" and a new one made: moved (may be NULL) then gets that name, for
 * the player to be told once; else "". NULL with err filled when no database can be had (a
 * read-only folder, a full disk). */
store *store_open(const char *path, char *moved, size_t nlen, game_error *err);
/* How a command opens the database. Every mode refuses a path SQLite cannot open (too long),
 * a path that is not a regular file (a folder, a device, a pipe), and a database whose -wal
 * file belongs to another database (that counts as damaged). */
typedef enum {
    STORE_CREATE = 0, /* store_open: made when missing */
    STORE_EXISTING,   /* read and written, never made: "no results database at PATH" */
    STORE_READ,       /* read only, never made: nothing written, moved or made beside it (a
                         read-only file in a read-only folder is fine); a damaged database is
                         refused, not moved aside; an older schema is brought up to date when
                         the file can be written */
} store_mode;
store *store_open_mode(const char *path, store_mode mode, char *moved, size_t nlen,
                       game_error *err);
/* Another connection to the database first has opened (and checked, and migrated), for
 * another thread: the writer's. */
store *store_open_peer(const store *first, game_error *err);
/* Checkpoints the WAL into the database and closes. NULL is fine. The last connection of a
 * game (the file's log written back and gone) leaves the clean stamp PATH-clean: the file's
 * device, inode, size and time of change, as it left them. */
void store_close(store *s);
/* Whether opening s ran the full check (quick_check, which reads the whole file: 1 to 2 s on
 * a month of a stand). It runs unless the clean stamp says the file is as a clean close left
 * it (and no log with data waits beside it): after a crash, a power cut, a kill, a file
 * another program wrote or made, a copy. A read-only open (STORE_READ) also skips it while a
 * log is beside the file (a game is running, or stopped short: its next start checks); then
 * a damaged page is an error of the query that reads it. Opening for writing takes the stamp
 * away; a peer connection (store_open_peer) never checks. */
bool store_full_checked(const store *s);
int store_schema_version(store *s);
/* Writes the WAL back into the database (a clean close does it too). */
bool store_checkpoint(store *s);
/* The first schema, as Vigie's first release wrote it: for the migration tests. */
extern const char STORE_SCHEMA_V1[];

/* Nicknames: 1 to 16 characters of letters, digits, spaces, - _ . — nothing that looks like
 * more than a nickname. Normalises (trims, collapses spaces) into out; false when refused. */
bool store_nick_valid(const char *in, char *out, size_t n);

/* ---- writing ---- */

typedef struct {
    const char *session; /* a trainer's session name, or NULL */
    const char *nick;    /* NULL or "": anonymous */
    const char *pack_id, *level_id, *level_title;
    const char *lang;
    int64_t started_ms; /* Unix time, ms */
    long max_score;
    game_pace pace; /* kept as game_pace_name: NORMAL unless the player or trainer chose more
                       time (a zeroed store_run is a normal one) */
} store_run;

/* How sure the player said they were: kept NULL, 1 or 0 in the answers' sure column. The
 * model's values, under the store's names. */
typedef game_sure store_sure;
#define STORE_SURE_NOT_ASKED GAME_SURE_NOT_ASKED
#define STORE_SURE_YES       GAME_SURE_YES
#define STORE_SURE_NO        GAME_SURE_NO

typedef struct {
    int64_t run; /* from store_run_begin */
    int seq;     /* 1, 2, … in the run */
    const char *question_id;
    const char *kind;
    const char *prompt; /* the question as the player read it */
    const char *answer; /* what the player answered, in words ("" for a timeout) */
    bool correct, timeout;
    long points;
    uint32_t time_ms;
    int64_t at_ms;
    double credit;   /* 0 … 1: the share of the answer that was right, as the rule gave it */
    store_sure sure; /* where the level asked how sure the player was */
} store_answer;

/* Each in a transaction of its own; false with err on failure (the database stays whole). */
bool store_run_begin(store *s, const store_run *r, int64_t *run, game_error *err);
bool store_answer_add(store *s, const store_answer *a, game_error *err);
bool store_run_end(store *s, int64_t run, long score, int64_t ended_ms, game_error *err);
/* The run was left before its end (a stand's idle reset, its operator): kept with ended_ms and
 * marked abandoned, with no score; no board counts it. */
bool store_run_abandon(store *s, int64_t run, int64_t ended_ms, game_error *err);
/* Names a trainer's session (made if new); *id its number. */
bool store_session_open(store *s, const char *name, int64_t now_ms, int64_t *id, game_error *err);

/* ---- reading ---- */

/* Boards and the report are the model's plain types (game/game_results.h), which the ui reads
 * without knowing the store; the store's names for them are aliases. */
typedef game_period store_period;
#define STORE_TODAY GAME_PERIOD_TODAY
#define STORE_WEEK  GAME_PERIOD_WEEK
#define STORE_EVER  GAME_PERIOD_EVER

typedef game_board_row store_score;

/* The best scores of a level (or, with level_id NULL, of a pack: the sum of each player's
 * best per level) over a period ending at now_ms, best first. Returns how many. */
size_t store_best(store *s, const char *pack_id, const char *level_id, store_period p,
                  int64_t now_ms, store_score *out, size_t max);

/* The session report (game_report): players and scores; per question, the share right and the
 * wrong answer chosen most, the misconceptions first. */
typedef game_report_question store_report_question;
typedef game_report store_report;

bool store_report_build(store *s, const char *session, store_report *out, game_error *err);
void store_report_free(store_report *r);
/* Every session, the newest first: name, start, runs, players, one line each. */
bool store_sessions_print(store *s, FILE *f, game_error *err);
/* The report in plain text for a terminal. */
void store_report_print(const store_report *r, FILE *f);

/* ---- a stand's day ---- */

/* The local midnight (Unix ms) of the day at_ms is in. */
int64_t store_local_midnight(int64_t at_ms);
/* The finished runs of a pack since since_ms (one row per run, best first), ending at now. */
size_t store_day_best(store *s, const char *pack_id, int64_t since_ms, store_score *out,
                      size_t max);
/* The rank of score among the finished runs of a pack since since_ms, from 1; *of how many. */
int store_day_rank(store *s, const char *pack_id, int64_t since_ms, long score, int *of);
/* A day's figures (game_stand) of a pack (NULL: every pack), the day that holds day_ms. */
bool store_stand_day(store *s, const char *pack_id, int64_t day_ms, game_stand *out,
                     game_error *err);
/* The figures in plain text for a terminal (`vigie report --stand`), in lang. */
void store_stand_print(const game_stand *d, const char *pack_id, game_lang lang, FILE *f);

/* ---- settings (the settings table): the stand's, and the others to come ---- */

/* The value of key into buf; false (buf "") when unset or unreadable. */
bool store_setting_get(store *s, const char *key, char *buf, size_t n);
/* Sets key (value NULL: removes it). */
bool store_setting_set(store *s, const char *key, const char *value, game_error *err);

/* ---- exports and purges ---- */

typedef enum { STORE_CSV = 0, STORE_JSON } store_format;

/* Every answer (with its run, player and session) of the session, or since since_ms (0: all).
 * CSV: UTF-8 with a BOM, comma-separated, RFC 4180 quoting, a cell that starts with = + - @
 * (or a tab or a carriage return) is prefixed with ' so that no spreadsheet runs it. */
bool store_export(store *s, FILE *f, store_format fmt, const char *session, int64_t since_ms,
                  game_error *err);

/* Removes runs (and their answers) that started before before_ms, and sessions left empty.
 * *removed gets the number of runs. */
bool store_purge(store *s, int64_t before_ms, long *removed, game_error *err);
/* Retention: results older than days are purged at each start (0: keep everything). */
bool store_retention_set(store *s, int days, game_error *err);
int store_retention(store *s);

/* Rows the boards, reports and exports skipped because a value in them has the wrong type or
 * is out of range (a database another program wrote), and settings that could not be read
 * (their default is used). 0 for a sound database. */
long store_damaged_rows(store *s);

/* ---- the writer: records committed on a thread of their own ---- */

typedef struct store_writer store_writer;

/* Takes the store (it closes it). */
store_writer *store_writer_start(store *s);
/* Queue a record; the strings are copied. Never blocks on the disk. */
void store_writer_run_begin(store_writer *w, const store_run *r);
void store_writer_answer(store_writer *w, const store_answer *a); /* a->run is ignored: the
                                                                    last run begun */
void store_writer_run_end(store_writer *w, long score, int64_t ended_ms);
/* The last run begun was left before its end (store_run_abandon). */
void store_writer_run_abandon(store_writer *w, int64_t ended_ms);
/* Waits for what is queued. */
void store_writer_flush(store_writer *w);
/* The first error the writer met, once ("" when none). */
bool store_writer_take_error(store_writer *w, char *buf, size_t n);
/* Flushes, stops the thread, closes the store. NULL is fine. */
void store_writer_stop(store_writer *w);

#endif

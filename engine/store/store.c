/* store.c — the SQLite database: opening it safely, its schema and migrations, records,
 * high scores, the session report, exports and purges. See store.h for the guarantees. */
#include "store.h"

#include <sqlite3.h>

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct store {
    sqlite3 *db;
    char *path;
};

/* ---- errors ---- */

static bool fail(game_error *err, const char *path, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static bool fail(game_error *err, const char *path, const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return game_error_set(err, path, 0, "%s", msg);
}

/* What SQLite said, in words a trainer can act on. */
static bool db_fail(store *s, game_error *err, const char *doing)
{
    int ext = sqlite3_extended_errcode(s->db), code = ext & 0xff;
    const char *why = code == SQLITE_FULL ? "the disk is full"
                      : ext == SQLITE_IOERR_WRITE || ext == SQLITE_IOERR_FSYNC
                          ? "the disk is full or cannot be written"
                      : code == SQLITE_READONLY ? "the database's folder is read-only"
                      : code == SQLITE_CANTOPEN ? "the database cannot be opened"
                      : code == SQLITE_BUSY     ? "another program holds the database"
                      : code == SQLITE_CORRUPT  ? "the database is damaged"
                                                : NULL;
    if (why) return fail(err, s->path, "cannot %s: %s (%s)", doing, why, sqlite3_errmsg(s->db));
    return fail(err, s->path, "cannot %s: %s", doing, sqlite3_errmsg(s->db));
}

static bool exec(store *s, const char *sql, game_error *err, const char *doing)
{
    return sqlite3_exec(s->db, sql, NULL, NULL, NULL) == SQLITE_OK || db_fail(s, err, doing);
}

/* ---- the schema ---- */

/* Version 1, as the first release wrote it; kept so that the migration is tested from it. */
const char STORE_SCHEMA_V1[] =
    "CREATE TABLE players(id INTEGER PRIMARY KEY, nick TEXT NOT NULL UNIQUE,"
    " created_ms INTEGER NOT NULL);"
    "CREATE TABLE sessions(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
    " started_ms INTEGER NOT NULL);"
    "CREATE TABLE runs(id INTEGER PRIMARY KEY, session_id INTEGER REFERENCES sessions(id),"
    " player_id INTEGER REFERENCES players(id), pack_id TEXT NOT NULL, level_id TEXT NOT NULL,"
    " level_title TEXT NOT NULL, lang TEXT NOT NULL, started_ms INTEGER NOT NULL,"
    " ended_ms INTEGER, score INTEGER, max_score INTEGER NOT NULL);"
    "CREATE TABLE answers(run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL, question_id TEXT NOT NULL, kind TEXT NOT NULL, prompt TEXT NOT NULL,"
    " answer TEXT NOT NULL, correct INTEGER NOT NULL, timeout INTEGER NOT NULL,"
    " points INTEGER NOT NULL, time_ms INTEGER NOT NULL, at_ms INTEGER NOT NULL,"
    " PRIMARY KEY(run_id, seq));";

/* Each step takes the schema from version i + 1 to i + 2. */
static const char *const MIGRATIONS[] = {
    STORE_SCHEMA_V1,
    /* 2: settings (the retention), and the indexes the boards and reports read by */
    "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE INDEX runs_level ON runs(pack_id, level_id, started_ms);"
    "CREATE INDEX runs_session ON runs(session_id);"
    "CREATE INDEX runs_started ON runs(started_ms);",
};

int store_schema_version(store *s)
{
    sqlite3_stmt *st;
    int v = -1;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* Brings the schema to target, each step in one transaction with its version number: a
 * crash leaves the old version or the new one, never half of one. */
static bool migrate_to(store *s, int target, game_error *err)
{
    for (;;) {
        if (!exec(s, "BEGIN IMMEDIATE", err, "start a migration")) return false;
        int v = store_schema_version(s);
        if (v < 0 || v > STORE_SCHEMA_VERSION) {
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            return fail(err, s->path,
                        "the database has schema version %d; this Vigie knows up to %d "
                        "(a newer Vigie made it)",
                        v, STORE_SCHEMA_VERSION);
        }
        if (v >= target) return exec(s, "COMMIT", err, "end a migration");
        char sql[64];
        snprintf(sql, sizeof sql, "PRAGMA user_version = %d", v + 1);
        if (sqlite3_exec(s->db, MIGRATIONS[v], NULL, NULL, NULL) != SQLITE_OK ||
            sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK) {
            db_fail(s, err, "update the database's schema");
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            return false;
        }
        if (!exec(s, "COMMIT", err, "commit a migration")) return false;
    }
}

/* ---- opening ---- */

bool store_default_path(char *buf, size_t n)
{
    const char *xdg = getenv("XDG_DATA_HOME");
    char dir[900];
    if (xdg && xdg[0] == '/') {
        snprintf(dir, sizeof dir, "%s/vigie", xdg);
    } else {
        const char *home = getenv("HOME");
        if (!home || !*home) return false;
        snprintf(dir, sizeof dir, "%s/.local/share/vigie", home);
    }
    /* mkdir -p */
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        mkdir(dir, 0700);
        *p = '/';
    }
    if (mkdir(dir, 0700) != 0 && errno != EEXIST) return false;
    return (size_t)snprintf(buf, n, "%s/vigie.db", dir) < n;
}

static void close_db(sqlite3 *db)
{
    if (db) sqlite3_close_v2(db);
}

typedef enum { OPEN_OK = 0, OPEN_BROKEN, OPEN_FAILED } open_result;

/* Opens path with the settings every connection needs, and checks it. */
static open_result open_checked(store *s, bool check, game_error *err)
{
    int rc = sqlite3_open_v2(s->path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (rc != SQLITE_OK) {
        if (!s->db) return fail(err, s->path, "out of memory"), OPEN_FAILED;
        db_fail(s, err, "open the database");
        return OPEN_FAILED;
    }
    sqlite3_extended_result_codes(s->db, 1);
    sqlite3_busy_timeout(s->db, 5000);
    /* Not a database at all: SQLite says so at the first read. A peer connection (the
     * writer's) skips the check its first connection has just made. */
    sqlite3_stmt *st = NULL;
    rc = sqlite3_prepare_v2(s->db, check ? "PRAGMA quick_check" : "PRAGMA schema_version", -1, &st,
                            NULL);
    bool ok = rc == SQLITE_OK;
    bool broken = false;
    if (ok) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            const char *r = (const char *)sqlite3_column_text(st, 0);
            broken = check && (!r || strcmp(r, "ok") != 0);
        } else {
            broken = (rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT;
            ok = broken;
        }
    } else {
        rc = sqlite3_extended_errcode(s->db);
        broken = (rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT;
        ok = broken;
    }
    sqlite3_finalize(st);
    if (broken) return OPEN_BROKEN;
    if (!ok) {
        db_fail(s, err, "read the database");
        return OPEN_FAILED;
    }
    /* WAL, and FULL: a commit that returned survives a power cut. */
    st = NULL;
    bool wal = sqlite3_prepare_v2(s->db, "PRAGMA journal_mode=WAL", -1, &st, NULL) == SQLITE_OK &&
               sqlite3_step(st) == SQLITE_ROW &&
               strcmp((const char *)sqlite3_column_text(st, 0), "wal") == 0;
    sqlite3_finalize(st);
    if (!wal) {
        db_fail(s, err, "switch the database to write-ahead logging");
        return OPEN_FAILED;
    }
    if (!exec(s, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON", err, "set up the database"))
        return OPEN_FAILED;
    return OPEN_OK;
}

/* Renames path (and its -wal and -shm) to path.broken-STAMP; never overwrites. */
static bool move_aside(const char *path, char *moved, size_t n)
{
    time_t t = time(NULL);
    struct tm tm;
    localtime_r(&t, &tm);
    char stamp[32];
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    for (int k = 0; k < 100; k++) {
        if (k)
            snprintf(moved, n, "%s.broken-%s-%d", path, stamp, k);
        else
            snprintf(moved, n, "%s.broken-%s", path, stamp);
        if (access(moved, F_OK) == 0) continue;
        if (rename(path, moved) != 0) return false;
        static const char *const ext[] = {"-wal", "-shm"};
        for (int e = 0; e < 2; e++) {
            char a[1200], b[1200];
            snprintf(a, sizeof a, "%s%s", path, ext[e]);
            snprintf(b, sizeof b, "%s%s", moved, ext[e]);
            if (access(a, F_OK) == 0) rename(a, b);
        }
        return true;
    }
    return false;
}

static void apply_retention(store *s);

store *store_open(const char *path, char *notice, size_t nlen, game_error *err)
{
    if (notice && nlen) notice[0] = '\0';
    store *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(path))) {
        free(s);
        fail(err, path, "out of memory");
        return NULL;
    }
    open_result r = open_checked(s, true, err);
    if (r == OPEN_BROKEN) {
        close_db(s->db);
        s->db = NULL;
        char moved[1100];
        if (!move_aside(path, moved, sizeof moved)) {
            fail(err, path, "the database is damaged and cannot be moved aside: %s",
                 strerror(errno));
            store_close(s);
            return NULL;
        }
        if (notice) snprintf(notice, nlen, "%s", moved);
        r = open_checked(s, true, err);
    }
    if (r != OPEN_OK || !migrate_to(s, STORE_SCHEMA_VERSION, err)) {
        store_close(s);
        return NULL;
    }
    apply_retention(s);
    return s;
}

store *store_open_peer(const store *first, game_error *err)
{
    store *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(first->path))) {
        free(s);
        fail(err, first->path, "out of memory");
        return NULL;
    }
    if (open_checked(s, false, err) != OPEN_OK) {
        store_close(s);
        return NULL;
    }
    return s;
}

bool store_checkpoint(store *s)
{
    return sqlite3_wal_checkpoint_v2(s->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL) ==
           SQLITE_OK;
}

void store_close(store *s)
{
    if (!s) return;
    if (s->db) {
        /* A clean exit leaves one file: the WAL written back into the database. */
        sqlite3_wal_checkpoint_v2(s->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
        close_db(s->db);
    }
    free(s->path);
    free(s);
}

/* ---- nicknames ---- */

bool store_nick_valid(const char *in, char *out, size_t n)
{
    size_t o = 0, chars = 0;
    bool space = false;
    for (const unsigned char *p = (const unsigned char *)in; *p;) {
        unsigned char c = *p;
        size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (!len) return false;
        for (size_t k = 1; k < len; k++)
            if ((p[k] & 0xc0) != 0x80) return false;
        if (len == 1) {
            if (c == ' ') {
                space = o > 0;
                p++;
                continue;
            }
            if (!isalnum(c) && c != '-' && c != '_' && c != '.') return false;
        } else if (len == 2 && c == 0xc2) {
            return false; /* Latin-1 symbols and no-break spaces are no letters */
        }
        if (space) {
            if (o + 1 >= n) return false;
            out[o++] = ' ';
            chars++;
            space = false;
        }
        if (o + len >= n) return false;
        memcpy(out + o, p, len);
        o += len;
        p += len;
        chars++;
    }
    out[o] = '\0';
    /* 1 to 16 characters, and not an e-mail address or a phone number in disguise */
    if (chars == 0 || chars > STORE_NICK_MAX) return false;
    size_t digits = 0;
    for (size_t i = 0; i < o; i++) digits += isdigit((unsigned char)out[i]) != 0;
    return digits < 6;
}

/* ---- writing ---- */

static bool bind_text(sqlite3_stmt *st, int i, const char *v)
{
    return sqlite3_bind_text(st, i, v ? v : "", -1, SQLITE_TRANSIENT) == SQLITE_OK;
}

/* Runs one statement inside BEGIN IMMEDIATE … COMMIT. */
static bool write_one(store *s, sqlite3_stmt *st, game_error *err, const char *doing)
{
    if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
        sqlite3_finalize(st);
        return db_fail(s, err, doing);
    }
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        db_fail(s, err, doing);
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return false;
    }
    if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
        db_fail(s, err, doing);
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return false;
    }
    return true;
}

static sqlite3_stmt *prep(store *s, const char *sql)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) return NULL;
    return st;
}

bool store_session_open(store *s, const char *name, int64_t now_ms, int64_t *id, game_error *err)
{
    if (!name || !*name || strlen(name) > 120)
        return fail(err, s->path, "a session needs a name of 1 to 120 bytes");
    sqlite3_stmt *st = prep(s, "INSERT OR IGNORE INTO sessions(name, started_ms) VALUES(?, ?)");
    if (!st || !bind_text(st, 1, name) || sqlite3_bind_int64(st, 2, now_ms) != SQLITE_OK)
        return sqlite3_finalize(st), db_fail(s, err, "start the session");
    if (!write_one(s, st, err, "start the session")) return false;
    st = prep(s, "SELECT id FROM sessions WHERE name = ?");
    bool ok = st && bind_text(st, 1, name) && sqlite3_step(st) == SQLITE_ROW;
    if (ok) *id = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return ok || db_fail(s, err, "find the session");
}

bool store_run_begin(store *s, const store_run *r, int64_t *run, game_error *err)
{
    int64_t session = 0, player = 0;
    if (r->session && *r->session &&
        !store_session_open(s, r->session, r->started_ms, &session, err))
        return false;
    char nick[STORE_NICK_MAX * 4 + 1];
    if (r->nick && *r->nick) {
        if (!store_nick_valid(r->nick, nick, sizeof nick))
            return fail(err, s->path, "\"%s\" is not a nickname", r->nick);
        sqlite3_stmt *st = prep(s, "INSERT OR IGNORE INTO players(nick, created_ms) VALUES(?, ?)");
        if (!st || !bind_text(st, 1, nick) || sqlite3_bind_int64(st, 2, r->started_ms) != SQLITE_OK)
            return sqlite3_finalize(st), db_fail(s, err, "record the player");
        if (!write_one(s, st, err, "record the player")) return false;
        st = prep(s, "SELECT id FROM players WHERE nick = ?");
        bool ok = st && bind_text(st, 1, nick) && sqlite3_step(st) == SQLITE_ROW;
        if (ok) player = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        if (!ok) return db_fail(s, err, "find the player");
    }
    sqlite3_stmt *st = prep(s, "INSERT INTO runs(session_id, player_id, pack_id, level_id,"
                               " level_title, lang, started_ms, max_score)"
                               " VALUES(NULLIF(?, 0), NULLIF(?, 0), ?, ?, ?, ?, ?, ?)");
    if (!st || sqlite3_bind_int64(st, 1, session) || sqlite3_bind_int64(st, 2, player) ||
        !bind_text(st, 3, r->pack_id) || !bind_text(st, 4, r->level_id) ||
        !bind_text(st, 5, r->level_title) || !bind_text(st, 6, r->lang) ||
        sqlite3_bind_int64(st, 7, r->started_ms) || sqlite3_bind_int64(st, 8, r->max_score))
        return sqlite3_finalize(st), db_fail(s, err, "record the run");
    if (!write_one(s, st, err, "record the run")) return false;
    *run = sqlite3_last_insert_rowid(s->db);
    return true;
}

bool store_answer_add(store *s, const store_answer *a, game_error *err)
{
    sqlite3_stmt *st = prep(s, "INSERT INTO answers(run_id, seq, question_id, kind, prompt,"
                               " answer, correct, timeout, points, time_ms, at_ms)"
                               " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st || sqlite3_bind_int64(st, 1, a->run) || sqlite3_bind_int(st, 2, a->seq) ||
        !bind_text(st, 3, a->question_id) || !bind_text(st, 4, a->kind) ||
        !bind_text(st, 5, a->prompt) || !bind_text(st, 6, a->answer) ||
        sqlite3_bind_int(st, 7, a->correct) || sqlite3_bind_int(st, 8, a->timeout) ||
        sqlite3_bind_int64(st, 9, a->points) || sqlite3_bind_int64(st, 10, a->time_ms) ||
        sqlite3_bind_int64(st, 11, a->at_ms))
        return sqlite3_finalize(st), db_fail(s, err, "record the answer");
    return write_one(s, st, err, "record the answer");
}

bool store_run_end(store *s, int64_t run, long score, int64_t ended_ms, game_error *err)
{
    sqlite3_stmt *st = prep(s, "UPDATE runs SET score = ?, ended_ms = ? WHERE id = ?");
    if (!st || sqlite3_bind_int64(st, 1, score) || sqlite3_bind_int64(st, 2, ended_ms) ||
        sqlite3_bind_int64(st, 3, run))
        return sqlite3_finalize(st), db_fail(s, err, "record the score");
    return write_one(s, st, err, "record the score");
}

/* ---- reading ---- */

/* The start of the period that ends at now_ms, local time: midnight today, Monday of this
 * week, or the beginning. */
static int64_t period_start(store_period p, int64_t now_ms)
{
    if (p == STORE_EVER) return 0;
    time_t t = (time_t)(now_ms / 1000);
    struct tm tm;
    localtime_r(&t, &tm);
    tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
    if (p == STORE_WEEK) tm.tm_mday -= (tm.tm_wday + 6) % 7; /* back to Monday */
    tm.tm_isdst = -1;
    return (int64_t)mktime(&tm) * 1000;
}

size_t store_best(store *s, const char *pack_id, const char *level_id, store_period p,
                  int64_t now_ms, store_score *out, size_t max)
{
    const char *sql =
        level_id ? "SELECT p.nick, MAX(r.score), r.max_score, r.ended_ms FROM runs r"
                   " JOIN players p ON p.id = r.player_id"
                   " WHERE r.pack_id = ?1 AND r.level_id = ?2 AND r.ended_ms IS NOT NULL"
                   " AND r.started_ms >= ?3 GROUP BY r.player_id"
                   " ORDER BY 2 DESC, 4 ASC LIMIT ?4"
                 : "SELECT nick, SUM(best), SUM(mx), MAX(at) FROM ("
                   " SELECT p.nick nick, MAX(r.score) best, MAX(r.max_score) mx,"
                   " MAX(r.ended_ms) at FROM runs r JOIN players p ON p.id = r.player_id"
                   " WHERE r.pack_id = ?1 AND r.ended_ms IS NOT NULL AND r.started_ms >= ?3"
                   " AND ?2 IS NULL GROUP BY r.player_id, r.level_id)"
                   " GROUP BY nick ORDER BY 2 DESC, 4 ASC LIMIT ?4";
    sqlite3_stmt *st = prep(s, sql);
    size_t n = 0;
    if (!st) return 0;
    bind_text(st, 1, pack_id);
    if (level_id)
        bind_text(st, 2, level_id);
    else
        sqlite3_bind_null(st, 2);
    sqlite3_bind_int64(st, 3, period_start(p, now_ms));
    sqlite3_bind_int64(st, 4, (sqlite3_int64)max);
    while (n < max && sqlite3_step(st) == SQLITE_ROW) {
        store_score *o = &out[n++];
        snprintf(o->nick, sizeof o->nick, "%s", (const char *)sqlite3_column_text(st, 0));
        o->score = (long)sqlite3_column_int64(st, 1);
        o->max_score = (long)sqlite3_column_int64(st, 2);
        o->at_ms = sqlite3_column_int64(st, 3);
    }
    sqlite3_finalize(st);
    return n;
}

/* Room for one more element in a growing array; false when out of memory. */
static bool room_for(size_t n, size_t *cap, void **arr, size_t elem)
{
    if (n < *cap) return true;
    size_t nc = *cap ? *cap * 2 : 32;
    void *na = realloc(*arr, nc * elem);
    if (!na) return false;
    *arr = na;
    *cap = nc;
    return true;
}

static void copy_col(sqlite3_stmt *st, int i, char *buf, size_t n)
{
    const unsigned char *t = sqlite3_column_text(st, i);
    snprintf(buf, n, "%s", t ? (const char *)t : "");
}

bool store_report_build(store *s, const char *session, store_report *out, game_error *err)
{
    memset(out, 0, sizeof *out);
    sqlite3_stmt *st = prep(s, "SELECT id, name, started_ms FROM sessions"
                               " WHERE name = ?1 OR CAST(id AS TEXT) = ?1");
    if (!st) return db_fail(s, err, "read the sessions");
    bind_text(st, 1, session);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_finalize(st);
        return fail(err, s->path, "no session \"%s\" (vigie report alone lists them)", session);
    }
    int64_t id = sqlite3_column_int64(st, 0);
    copy_col(st, 1, out->name, sizeof out->name);
    out->started_ms = sqlite3_column_int64(st, 2);
    sqlite3_finalize(st);

    /* Players: each nickname's total; an anonymous run is a player of its own. */
    st = prep(s, "SELECT COALESCE(p.nick, ''), SUM(COALESCE(r.score, 0)), SUM(r.max_score),"
                 " MAX(r.started_ms) FROM runs r LEFT JOIN players p ON p.id = r.player_id"
                 " WHERE r.session_id = ? GROUP BY COALESCE(r.player_id, -r.id)"
                 " ORDER BY 2 DESC, 4 ASC");
    if (!st) return db_fail(s, err, "read the session's runs");
    sqlite3_bind_int64(st, 1, id);
    size_t cap = 0;
    while (sqlite3_step(st) == SQLITE_ROW &&
           room_for(out->nplayers, &cap, (void **)&out->players, sizeof *out->players)) {
        store_score *o = &out->players[out->nplayers++];
        copy_col(st, 0, o->nick, sizeof o->nick);
        o->score = (long)sqlite3_column_int64(st, 1);
        o->max_score = (long)sqlite3_column_int64(st, 2);
        o->at_ms = sqlite3_column_int64(st, 3);
    }
    sqlite3_finalize(st);

    /* Questions: the share right, lowest first; then each one's most chosen wrong answer. */
    st = prep(s, "SELECT r.level_id, a.question_id, MIN(a.prompt), COUNT(*), SUM(a.correct)"
                 " FROM answers a JOIN runs r ON r.id = a.run_id WHERE r.session_id = ?"
                 " GROUP BY r.level_id, a.question_id"
                 " ORDER BY CAST(SUM(a.correct) AS REAL) / COUNT(*) ASC, COUNT(*) DESC");
    if (!st) return db_fail(s, err, "read the session's answers");
    sqlite3_bind_int64(st, 1, id);
    cap = 0;
    while (sqlite3_step(st) == SQLITE_ROW &&
           room_for(out->nquestions, &cap, (void **)&out->questions, sizeof *out->questions)) {
        store_report_question *q = &out->questions[out->nquestions++];
        memset(q, 0, sizeof *q);
        copy_col(st, 0, q->level_id, sizeof q->level_id);
        copy_col(st, 1, q->question_id, sizeof q->question_id);
        copy_col(st, 2, q->prompt, sizeof q->prompt);
        q->answers = sqlite3_column_int(st, 3);
        q->right = sqlite3_column_int(st, 4);
    }
    sqlite3_finalize(st);
    st = prep(s, "SELECT a.answer, COUNT(*) FROM answers a JOIN runs r ON r.id = a.run_id"
                 " WHERE r.session_id = ? AND r.level_id = ? AND a.question_id = ?"
                 " AND a.correct = 0 AND a.timeout = 0 AND a.answer <> ''"
                 " GROUP BY a.answer ORDER BY 2 DESC, 1 ASC LIMIT 1");
    if (!st) return db_fail(s, err, "read the wrong answers");
    for (size_t i = 0; i < out->nquestions; i++) {
        store_report_question *q = &out->questions[i];
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, id);
        bind_text(st, 2, q->level_id);
        bind_text(st, 3, q->question_id);
        if (sqlite3_step(st) == SQLITE_ROW) {
            copy_col(st, 0, q->top_wrong, sizeof q->top_wrong);
            q->top_wrong_count = sqlite3_column_int(st, 1);
        }
    }
    sqlite3_finalize(st);
    return true;
}

void store_report_free(store_report *r)
{
    free(r->players);
    free(r->questions);
    memset(r, 0, sizeof *r);
}

void store_report_print(const store_report *r, FILE *f)
{
    time_t t = (time_t)(r->started_ms / 1000);
    struct tm tm;
    localtime_r(&t, &tm);
    char when[40];
    strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
    fprintf(f, "Session \"%s\" (%s): %zu player%s\n\n", r->name, when, r->nplayers,
            r->nplayers == 1 ? "" : "s");
    fprintf(f, "Players\n");
    for (size_t i = 0; i < r->nplayers; i++)
        fprintf(f, "  %3zu. %-16s %7ld / %ld\n", i + 1,
                r->players[i].nick[0] ? r->players[i].nick : "-", r->players[i].score,
                r->players[i].max_score);
    fprintf(f, "\nQuestions, the misconceptions first\n");
    for (size_t i = 0; i < r->nquestions; i++) {
        const store_report_question *q = &r->questions[i];
        int pct = q->answers ? (int)(100.0 * q->right / q->answers + 0.5) : 0;
        fprintf(f, "  %3d %% right (%d/%d)  %s · %s\n", pct, q->right, q->answers, q->level_id,
                q->prompt);
        if (q->top_wrong[0])
            fprintf(f, "         most chosen wrong answer (%d): %s\n", q->top_wrong_count,
                    q->top_wrong);
    }
}

bool store_sessions_print(store *s, FILE *f, game_error *err)
{
    sqlite3_stmt *st = prep(s, "SELECT se.name, se.started_ms, COUNT(r.id),"
                               " COUNT(DISTINCT COALESCE(r.player_id, -r.id))"
                               " FROM sessions se LEFT JOIN runs r ON r.session_id = se.id"
                               " GROUP BY se.id ORDER BY se.started_ms DESC");
    if (!st) return db_fail(s, err, "read the sessions");
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        time_t t = (time_t)(sqlite3_column_int64(st, 1) / 1000);
        struct tm tm;
        localtime_r(&t, &tm);
        char when[40];
        strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
        fprintf(f, "%s  %-32s %4d run%s, %d player%s\n", when,
                (const char *)sqlite3_column_text(st, 0), sqlite3_column_int(st, 2),
                sqlite3_column_int(st, 2) == 1 ? " " : "s", sqlite3_column_int(st, 3),
                sqlite3_column_int(st, 3) == 1 ? "" : "s");
        n++;
    }
    sqlite3_finalize(st);
    if (!n) fprintf(f, "no session yet: start the game with --session NAME\n");
    return true;
}

/* ---- exports ---- */

static void iso(int64_t ms, char *buf, size_t n)
{
    if (ms <= 0) {
        snprintf(buf, n, "%s", "");
        return;
    }
    time_t t = (time_t)(ms / 1000);
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(buf, n, "%Y-%m-%d %H:%M:%S", &tm);
}

/* One CSV cell: quoted when it must be; a formula's first character neutralised. */
static void csv_cell(FILE *f, const char *v, char sep)
{
    bool formula =
        v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r';
    bool quote = formula || strchr(v, sep) || strchr(v, '"') || strchr(v, '\n') || strchr(v, '\r');
    if (quote) fputc('"', f);
    if (formula) fputc('\'', f);
    for (const char *p = v; *p; p++) {
        if (*p == '"') fputc('"', f);
        fputc(*p, f);
    }
    if (quote) fputc('"', f);
}

static const char *const EXPORT_COLUMNS[] = {
    "session",     "run",       "player",        "pack",   "level",    "level_title", "lang",
    "run_started", "run_score", "run_max_score", "seq",    "question", "kind",        "prompt",
    "answer",      "correct",   "timeout",       "points", "time_ms",  "answered_at", NULL};

bool store_export(store *s, FILE *f, store_format fmt, const char *session, int64_t since_ms,
                  game_error *err)
{
    sqlite3_stmt *st = prep(
        s, "SELECT COALESCE(se.name, ''), r.id, COALESCE(p.nick, ''), r.pack_id, r.level_id,"
           " r.level_title, r.lang, r.started_ms, COALESCE(r.score, 0), r.max_score, a.seq,"
           " a.question_id, a.kind, a.prompt, a.answer, a.correct, a.timeout, a.points,"
           " a.time_ms, a.at_ms FROM answers a JOIN runs r ON r.id = a.run_id"
           " LEFT JOIN players p ON p.id = r.player_id LEFT JOIN sessions se"
           " ON se.id = r.session_id WHERE (?1 IS NULL OR se.name = ?1 OR CAST(se.id AS TEXT) = ?1)"
           " AND r.started_ms >= ?2 ORDER BY r.started_ms, r.id, a.seq");
    if (!st) return db_fail(s, err, "read the answers");
    if (session)
        bind_text(st, 1, session);
    else
        sqlite3_bind_null(st, 1);
    sqlite3_bind_int64(st, 2, since_ms);
    const char sep =
        ';'; /* what Calc and Excel expect in French; every cell is text or an integer */
    if (fmt == STORE_CSV) {
        fputs("\xEF\xBB\xBF", f); /* UTF-8, said so for Excel */
        for (int c = 0; EXPORT_COLUMNS[c]; c++) {
            if (c) fputc(sep, f);
            fputs(EXPORT_COLUMNS[c], f);
        }
        fputs("\r\n", f);
    } else {
        fputs("{\n  \"columns\": [", f);
        for (int c = 0; EXPORT_COLUMNS[c]; c++)
            fprintf(f, "%s\"%s\"", c ? ", " : "", EXPORT_COLUMNS[c]);
        fputs("],\n  \"answers\": [", f);
    }
    int rc;
    long rows = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (fmt == STORE_JSON) fputs(rows ? ",\n    {" : "\n    {", f);
        for (int c = 0; EXPORT_COLUMNS[c]; c++) {
            char buf[64];
            const char *v;
            bool number = false;
            if (c == 7 || c == 19) {
                iso(sqlite3_column_int64(st, c), buf, sizeof buf);
                v = buf;
            } else if (sqlite3_column_type(st, c) == SQLITE_INTEGER) {
                snprintf(buf, sizeof buf, "%lld", (long long)sqlite3_column_int64(st, c));
                v = buf;
                number = true;
            } else {
                const unsigned char *t = sqlite3_column_text(st, c);
                v = t ? (const char *)t : "";
            }
            if (fmt == STORE_CSV) {
                if (c) fputc(sep, f);
                csv_cell(f, v, sep);
            } else {
                fprintf(f, "%s\"%s\": ", c ? ", " : "", EXPORT_COLUMNS[c]);
                if (number && c != 15 && c != 16) {
                    fputs(v, f);
                } else if (c == 15 || c == 16) {
                    fputs(strcmp(v, "0") ? "true" : "false", f);
                } else {
                    fputc('"', f);
                    for (const unsigned char *p = (const unsigned char *)v; *p; p++) {
                        if (*p == '"' || *p == '\\')
                            fprintf(f, "\\%c", *p);
                        else if (*p < 0x20)
                            fprintf(f, "\\u%04x", *p);
                        else
                            fputc(*p, f);
                    }
                    fputc('"', f);
                }
            }
        }
        if (fmt == STORE_CSV)
            fputs("\r\n", f);
        else
            fputc('}', f);
        rows++;
    }
    sqlite3_finalize(st);
    if (fmt == STORE_JSON) fputs(rows ? "\n  ]\n}\n" : "]\n}\n", f);
    if (rc != SQLITE_DONE) return db_fail(s, err, "read the answers");
    if (ferror(f)) return fail(err, s->path, "cannot write the export: %s", strerror(errno));
    return true;
}

/* ---- purges ---- */

bool store_purge(store *s, int64_t before_ms, long *removed, game_error *err)
{
    if (!exec(s, "BEGIN IMMEDIATE", err, "start the purge")) return false;
    sqlite3_stmt *st = prep(s, "DELETE FROM answers WHERE run_id IN"
                               " (SELECT id FROM runs WHERE started_ms < ?)");
    bool ok =
        st && sqlite3_bind_int64(st, 1, before_ms) == SQLITE_OK && sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    st = ok ? prep(s, "DELETE FROM runs WHERE started_ms < ?") : NULL;
    ok = ok && st && sqlite3_bind_int64(st, 1, before_ms) == SQLITE_OK &&
         sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    if (ok && removed) *removed = (long)sqlite3_changes(s->db);
    /* A session or a nickname no run refers to any more is personal data kept for nothing. */
    st = ok ? prep(s, "DELETE FROM sessions WHERE started_ms < ? AND id NOT IN"
                      " (SELECT session_id FROM runs WHERE session_id IS NOT NULL)")
            : NULL;
    ok = ok && st && sqlite3_bind_int64(st, 1, before_ms) == SQLITE_OK &&
         sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    ok = ok && sqlite3_exec(s->db,
                            "DELETE FROM players WHERE id NOT IN (SELECT player_id FROM runs"
                            " WHERE player_id IS NOT NULL)",
                            NULL, NULL, NULL) == SQLITE_OK;
    if (!ok) {
        db_fail(s, err, "purge old results");
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return false;
    }
    return exec(s, "COMMIT", err, "end the purge");
}

bool store_retention_set(store *s, int days, game_error *err)
{
    if (days < 0 || days > 36500) return fail(err, s->path, "keep results 0 to 36500 days");
    sqlite3_stmt *st = prep(s, "INSERT INTO settings(key, value) VALUES('retention_days', ?)"
                               " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    char v[16];
    snprintf(v, sizeof v, "%d", days);
    if (!st || !bind_text(st, 1, v))
        return sqlite3_finalize(st), db_fail(s, err, "save the setting");
    return write_one(s, st, err, "save the setting");
}

int store_retention(store *s)
{
    sqlite3_stmt *st = prep(s, "SELECT value FROM settings WHERE key = 'retention_days'");
    int days = 0;
    if (st && sqlite3_step(st) == SQLITE_ROW) days = atoi((const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return days;
}

static void apply_retention(store *s)
{
    int days = store_retention(s);
    if (days <= 0) return;
    long removed = 0;
    store_purge(s, ((int64_t)time(NULL) - (int64_t)days * 86400) * 1000, &removed, NULL);
}

/* store.c — the SQLite database: opening it safely, its schema and migrations, nicknames and
 * the records of each run. The reading side is store_query.c, exports and purges
 * store_export.c; the SQL helpers they share are store_sql.c (store_internal.h). See store.h for
 * the guarantees. */
#include "store_internal.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

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
    /* 3: each answer's credit, the share of it that was right (0 … 1), so that the report
     * counts a partly right answer as the share it is; answers kept before were all or
     * nothing */
    "ALTER TABLE answers ADD COLUMN credit REAL NOT NULL DEFAULT 0;"
    "UPDATE answers SET credit = CASE WHEN correct THEN 1.0 ELSE 0.0 END;",
    /* 4: how sure the player said they were, where the level asked (its rule is "confidence"):
     * 1 sure, 0 not sure, NULL not asked — as every answer kept before */
    "ALTER TABLE answers ADD COLUMN sure INTEGER;",
    /* 5: a stand's runs left before their end (the idle reset, the operator): kept, marked, never
     * a score; and covering indexes, so that a month of a stand (a million answers) does not
     * slow the boards: a level's board (best first; today's and this week's by time), a pack's (by
     * player and level), the day's board and figures (a pack's runs by time) */
    "ALTER TABLE runs ADD COLUMN abandoned INTEGER NOT NULL DEFAULT 0;"
    "CREATE INDEX runs_board ON runs(pack_id, level_id, score DESC, ended_ms, player_id,"
    " max_score, started_ms, abandoned);"
    "CREATE INDEX runs_board_pack ON runs(pack_id, player_id, level_id, score, max_score,"
    " ended_ms, started_ms, abandoned);"
    "DROP INDEX IF EXISTS runs_level;"
    "CREATE INDEX runs_level ON runs(pack_id, level_id, started_ms, score, max_score, ended_ms,"
    " player_id, abandoned);"
    "CREATE INDEX runs_pack_started ON runs(pack_id, started_ms, score, ended_ms, max_score,"
    " abandoned, player_id);",
    /* 6: the pace a run was played at (game_pace_name: "normal", "1.5", "2", "untimed"), so
     * that boards say which runs had more time; every run kept before was "normal". The
     * covering indexes take it, so that the boards still read no table */
    "ALTER TABLE runs ADD COLUMN pace TEXT NOT NULL DEFAULT 'normal';"
    "DROP INDEX IF EXISTS runs_board;"
    "CREATE INDEX runs_board ON runs(pack_id, level_id, score DESC, ended_ms, player_id,"
    " max_score, started_ms, abandoned, pace);"
    "DROP INDEX IF EXISTS runs_board_pack;"
    "CREATE INDEX runs_board_pack ON runs(pack_id, player_id, level_id, score, max_score,"
    " ended_ms, started_ms, abandoned, pace);"
    "DROP INDEX IF EXISTS runs_level;"
    "CREATE INDEX runs_level ON runs(pack_id, level_id, started_ms, score, max_score, ended_ms,"
    " player_id, abandoned, pace);"
    "DROP INDEX IF EXISTS runs_pack_started;"
    "CREATE INDEX runs_pack_started ON runs(pack_id, started_ms, score, ended_ms, max_score,"
    " abandoned, player_id, pace);",
};
_Static_assert(sizeof MIGRATIONS / sizeof *MIGRATIONS == STORE_SCHEMA_VERSION,
               "one migration per schema version");

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
        if (!store_exec(s, "BEGIN IMMEDIATE", err, "start a migration")) return false;
        int v = store_schema_version(s);
        if (v < 0 || v > STORE_SCHEMA_VERSION) {
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            return store_fail(err, s->path,
                              "the database has schema version %d; this Vigie knows up to %d "
                              "(a newer Vigie made it)",
                              v, STORE_SCHEMA_VERSION);
        }
        if (v >= target) return store_exec(s, "COMMIT", err, "end a migration");
        char sql[64];
        snprintf(sql, sizeof sql, "PRAGMA user_version = %d", v + 1);
        if (sqlite3_exec(s->db, MIGRATIONS[v], NULL, NULL, NULL) != SQLITE_OK ||
            sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK) {
            store_db_fail(s, err, "update the database's schema");
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            return false;
        }
        if (!store_exec(s, "COMMIT", err, "commit a migration")) return false;
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

/* "file:PATH?immutable=1", PATH escaped as a URI needs; NULL when out of memory. */
static char *immutable_uri(const char *path)
{
    size_t n = strlen(path);
    char *u = malloc(3 * n + 32), *o = u;
    if (!u) return NULL;
    o += sprintf(o, "file:");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++)
        o += *p == '%' || *p == '?' || *p == '#' ? sprintf(o, "%%%02X", *p) : sprintf(o, "%c", *p);
    strcpy(o, "?immutable=1");
    return u;
}

/* Whether path-ext is there with something in it. */
static bool side_file_has_data(const char *path, const char *ext)
{
    char side[STORE_PATH_MAX + 8];
    snprintf(side, sizeof side, "%s%s", path, ext);
    struct stat st;
    return stat(side, &st) == 0 && st.st_size > 0;
}

/* The first read: quick_check (or, for a peer, the schema). */
static open_result first_read(store *s, bool check, game_error *err)
{
    /* Not a database at all: SQLite says so at the first read. A peer connection (the
     * writer's) skips the check its first connection has just made. */
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(s->db, check ? "PRAGMA quick_check" : "PRAGMA schema_version", -1,
                                &st, NULL);
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
        store_db_fail(s, err, "read the database");
        return OPEN_FAILED;
    }
    return OPEN_OK;
}

/* Opens path with the settings every connection needs, and checks it. A read-only one opens
 * it as it is; when SQLite cannot make its shared-memory file beside it (a read-only folder)
 * and no log waits there, it reads the file as immutable. */
static open_result open_checked(store *s, bool check, game_error *err)
{
    int flags = s->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(s->path, &s->db, flags, NULL);
    open_result r = OPEN_FAILED;
    if (rc == SQLITE_OK) {
        sqlite3_extended_result_codes(s->db, 1);
        sqlite3_busy_timeout(s->db, 5000);
        r = first_read(s, check, err);
    }
    int code = s->db ? sqlite3_errcode(s->db) & 0xff : SQLITE_NOMEM;
    if (r == OPEN_FAILED && s->read_only && (code == SQLITE_READONLY || code == SQLITE_CANTOPEN) &&
        !side_file_has_data(s->path, "-wal")) {
        close_db(s->db);
        s->db = NULL;
        char *uri = immutable_uri(s->path);
        rc = uri ? sqlite3_open_v2(uri, &s->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL)
                 : SQLITE_NOMEM;
        free(uri);
        if (rc == SQLITE_OK) {
            sqlite3_extended_result_codes(s->db, 1);
            r = first_read(s, check, err);
        }
    }
    if (rc != SQLITE_OK) {
        if (!s->db) return store_fail(err, s->path, "out of memory"), OPEN_FAILED;
        store_db_fail(s, err, "open the database");
        return OPEN_FAILED;
    }
    if (r != OPEN_OK || s->read_only) return r;
    /* WAL, and FULL: a commit that returned survives a power cut. */
    sqlite3_stmt *st = NULL;
    const char *mode = NULL;
    if (sqlite3_prepare_v2(s->db, "PRAGMA journal_mode=WAL", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        mode = (const char *)sqlite3_column_text(st, 0);
    bool wal = mode && strcmp(mode, "wal") == 0;
    sqlite3_finalize(st);
    if (!wal) {
        store_db_fail(s, err, "switch the database to write-ahead logging");
        return OPEN_FAILED;
    }
    if (!store_exec(s, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON", err,
                    "set up the database"))
        return OPEN_FAILED;
    return OPEN_OK;
}

/* ---- the clean stamp (store_full_checked) ---- */

/* path-clean into buf; false when it does not fit. */
static bool stamp_path(const char *path, char *buf, size_t n)
{
    return (size_t)snprintf(buf, n, "%s-clean", path) < n;
}

/* What the stamp says of a file: where it is, how long, when it last changed. */
static void stamp_text(const struct stat *st, char *buf, size_t n)
{
    snprintf(buf, n, "vigie-clean 1 %llu %llu %lld %lld %ld\n", (unsigned long long)st->st_dev,
             (unsigned long long)st->st_ino, (long long)st->st_size, (long long)st->st_mtim.tv_sec,
             (long)st->st_mtim.tv_nsec);
}

/* Whether the last stop was clean: the stamp is there and says the file is as it was left,
 * and no log with data waits beside it. */
static bool stopped_clean(const char *path)
{
    char sp[STORE_PATH_MAX + 16], want[160], got[160] = "";
    struct stat st;
    if (!stamp_path(path, sp, sizeof sp) || stat(path, &st) != 0 ||
        side_file_has_data(path, "-wal"))
        return false;
    FILE *f = fopen(sp, "r");
    if (!f) return false;
    bool read = fgets(got, sizeof got, f) != NULL;
    fclose(f);
    stamp_text(&st, want, sizeof want);
    return read && strcmp(got, want) == 0;
}

/* The game holds the file from now on: a stop before the clean close is an unclean one. */
static void stamp_take(const char *path)
{
    char sp[STORE_PATH_MAX + 16];
    if (!stamp_path(path, sp, sizeof sp) || unlink(sp) != 0) return;
    /* On the disk before anything is written: a power cut must not bring the stamp back. */
    char dir[STORE_PATH_MAX + 16];
    const char *slash = strrchr(sp, '/');
    snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - sp) + 1 : 1, slash ? sp : ".");
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

/* After the last connection's close: the log gone means the file is whole. Written to a
 * temporary name then renamed, so that a stamp is whole or absent. */
static void stamp_leave(const char *path)
{
    char sp[STORE_PATH_MAX + 16], tmp[STORE_PATH_MAX + 32], wal[STORE_PATH_MAX + 8], text[160];
    struct stat st;
    snprintf(wal, sizeof wal, "%s-wal", path);
    if (!stamp_path(path, sp, sizeof sp) || access(wal, F_OK) == 0 || stat(path, &st) != 0) return;
    snprintf(tmp, sizeof tmp, "%s.%ld", sp, (long)getpid());
    stamp_text(&st, text, sizeof text);
    FILE *f = fopen(tmp, "w");
    if (!f) return;
    bool ok = fputs(text, f) >= 0;
    ok = fclose(f) == 0 && ok;
    if (!ok || rename(tmp, sp) != 0) unlink(tmp);
}

bool store_full_checked(const store *s)
{
    return s && s->checked;
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
        stamp_take(path);
        static const char *const ext[] = {"-wal", "-shm"};
        for (int e = 0; e < 2; e++) {
            char a[STORE_PATH_MAX + 8], b[STORE_PATH_MAX + 64];
            snprintf(a, sizeof a, "%s%s", path, ext[e]);
            snprintf(b, sizeof b, "%s%s", moved, ext[e]);
            if (access(a, F_OK) == 0) rename(a, b);
        }
        return true;
    }
    return false;
}

/* Refuses what SQLite must not be given: a path too long for it, something that is not a
 * regular file (a device, a pipe, a folder: SQLite would write PATH-journal beside
 * /dev/null, or wait on a pipe forever), and, unless mode creates, a database that is not
 * there. */
static bool path_usable(const char *path, store_mode mode, game_error *err)
{
    sqlite3_vfs *vfs = sqlite3_vfs_find(NULL);
    size_t max = vfs && vfs->mxPathname > 0 ? (size_t)vfs->mxPathname : 512;
    if (max > STORE_PATH_MAX) max = STORE_PATH_MAX;
    size_t len = strlen(path);
    if (path[0] != '/') { /* SQLite opens it by its full name */
        char cwd[4096];
        len += getcwd(cwd, sizeof cwd) ? strlen(cwd) + 1 : 0;
    }
    if (!*path) return store_fail(err, path, "no path for the database");
    if (len >= max)
        return store_fail(err, NULL, /* a path that long is no help in the message */
                          "the database's path is too long (%zu bytes; SQLite opens at most %zu)",
                          len, max - 1);
    struct stat st;
    if (stat(path, &st) != 0) {
        if (errno == ENOENT && mode == STORE_CREATE) return true;
        if (errno == ENOENT)
            return store_fail(err, path, "no results database at %s (nothing was created)", path);
        return store_fail(err, path, "cannot open the database: %s", strerror(errno));
    }
    if (!S_ISREG(st.st_mode))
        return store_fail(err, path,
                          "not a regular file (a folder, a device or a pipe): the results "
                          "database must be a file");
    static const char *const ext[] = {"-wal", "-shm", "-journal"};
    for (int e = 0; e < 3; e++) {
        char side[STORE_PATH_MAX + 16];
        snprintf(side, sizeof side, "%s%s", path, ext[e]);
        if (stat(side, &st) == 0 && !S_ISREG(st.st_mode))
            return store_fail(err, path, "%s is not a regular file: move it away", side);
    }
    return true;
}

/* The database's number (struct store): read, or drawn and written, then checkpointed so that
 * the database file itself carries it from now on. */
static bool number_database(store *s, game_error *err)
{
    sqlite3_stmt *st = store_prep(s, "PRAGMA application_id");
    if (st && sqlite3_step(st) == SQLITE_ROW) s->id = (uint32_t)sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    if (s->id) return true;
    FILE *r = fopen("/dev/urandom", "rb");
    if (!r || fread(&s->id, sizeof s->id, 1, r) != 1) s->id = 0;
    if (r) fclose(r);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    s->id ^= (uint32_t)ts.tv_nsec ^ (uint32_t)ts.tv_sec * 2654435761u ^ (uint32_t)getpid();
    if (!s->id) s->id = 1;
    if (!store_begin(s, err, "number the database") ||
        !store_exec(s, "COMMIT", err, "number the database"))
        return false;
    store_checkpoint(s);
    return true;
}

store *store_open_mode(const char *path, store_mode mode, char *notice, size_t nlen,
                       game_error *err)
{
    if (notice && nlen) notice[0] = '\0';
    if (!path_usable(path, mode, err)) return NULL;
    store *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(path))) {
        free(s);
        store_fail(err, path, "out of memory");
        return NULL;
    }
    s->read_only = mode == STORE_READ;
    open_result r = OPEN_BROKEN;
    const char *why = "is damaged";
    /* The full check reads the whole file: only when the last stop was not clean. A reader
     * leaves it to the game's next start while a log waits (a game runs, or stopped short). */
    bool check = !stopped_clean(path) && !(s->read_only && side_file_has_data(path, "-wal"));
    if (!s->read_only) stamp_take(path);
    s->checked = check;
    if (store_wal_check(path) == STORE_WAL_FOREIGN)
        why = "has beside it the log of another database (its -wal file)";
    else
        r = open_checked(s, check, err);
    if (r == OPEN_BROKEN && s->read_only) {
        store_fail(err, path,
                   "the results database %s; nothing was changed (the game sets it aside and "
                   "starts a new one at its next start)",
                   why);
        store_close(s);
        return NULL;
    }
    if (r == OPEN_BROKEN) {
        close_db(s->db);
        s->db = NULL;
        char moved[STORE_PATH_MAX + 64];
        if (!move_aside(path, moved, sizeof moved)) {
            store_fail(err, path, "the database %s and cannot be moved aside: %s", why,
                       strerror(errno));
            store_close(s);
            return NULL;
        }
        if (notice) snprintf(notice, nlen, "%s", moved);
        s->checked = true;
        r = open_checked(s, true, err);
    }
    if (r != OPEN_OK) {
        store_close(s);
        return NULL;
    }
    if (s->read_only) {
        /* Read as it is: an older schema is brought up to date by a connection of its own. */
        int v = store_schema_version(s);
        if (v <= 0 || v > STORE_SCHEMA_VERSION) {
            store_fail(err, path,
                       v <= 0 ? "not a results database (no Vigie schema in it)"
                              : "the database has schema version %d; this Vigie knows up to %d "
                                "(a newer Vigie made it)",
                       v, STORE_SCHEMA_VERSION);
            store_close(s);
            return NULL;
        }
        if (v < STORE_SCHEMA_VERSION) {
            store *w = store_open_mode(path, STORE_EXISTING, NULL, 0, err);
            if (!w) {
                store_close(s);
                return NULL;
            }
            store_close(w);
            close_db(s->db);
            s->db = NULL;
            if (open_checked(s, false, err) != OPEN_OK) {
                store_close(s);
                return NULL;
            }
        }
        return s;
    }
    if (!migrate_to(s, STORE_SCHEMA_VERSION, err) || !number_database(s, err)) {
        store_close(s);
        return NULL;
    }
    store_retention_apply(s);
    return s;
}

store *store_open(const char *path, char *notice, size_t nlen, game_error *err)
{
    return store_open_mode(path, STORE_CREATE, notice, nlen, err);
}

store *store_open_peer(const store *first, game_error *err)
{
    store *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(first->path))) {
        free(s);
        store_fail(err, first->path, "out of memory");
        return NULL;
    }
    s->id = first->id;
    s->read_only = first->read_only;
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
        if (!s->read_only)
            sqlite3_wal_checkpoint_v2(s->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
        bool closed = sqlite3_close(s->db) == SQLITE_OK;
        if (!closed) close_db(s->db); /* statements left open: closed when they are */
        /* The last connection gone, its log too: the stop is clean. */
        if (closed && !s->read_only) stamp_leave(s->path);
    }
    free(s->path);
    free(s);
}

/* ---- nicknames ---- */

bool store_nick_valid(const char *in, char *out, size_t n)
{
    return game_nick_valid(in, out, n);
}

/* ---- writing ---- */

bool store_session_open(store *s, const char *name, int64_t now_ms, int64_t *id, game_error *err)
{
    if (!name || !*name || strlen(name) > 120)
        return store_fail(err, s->path, "a session needs a name of 1 to 120 bytes");
    sqlite3_stmt *st =
        store_prep(s, "INSERT OR IGNORE INTO sessions(name, started_ms) VALUES(?, ?)");
    if (!st || !store_bind_text(st, 1, name) || sqlite3_bind_int64(st, 2, now_ms) != SQLITE_OK)
        return sqlite3_finalize(st), store_db_fail(s, err, "start the session");
    if (!store_write_one(s, st, err, "start the session")) return false;
    st = store_prep(s, "SELECT id FROM sessions WHERE name = ?");
    bool ok = st && store_bind_text(st, 1, name) && sqlite3_step(st) == SQLITE_ROW;
    if (ok) *id = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return ok || store_db_fail(s, err, "find the session");
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
            return store_fail(err, s->path, "\"%s\" is not a nickname", r->nick);
        sqlite3_stmt *st =
            store_prep(s, "INSERT OR IGNORE INTO players(nick, created_ms) VALUES(?, ?)");
        if (!st || !store_bind_text(st, 1, nick) ||
            sqlite3_bind_int64(st, 2, r->started_ms) != SQLITE_OK)
            return sqlite3_finalize(st), store_db_fail(s, err, "record the player");
        if (!store_write_one(s, st, err, "record the player")) return false;
        st = store_prep(s, "SELECT id FROM players WHERE nick = ?");
        bool ok = st && store_bind_text(st, 1, nick) && sqlite3_step(st) == SQLITE_ROW;
        if (ok) player = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        if (!ok) return store_db_fail(s, err, "find the player");
    }
    sqlite3_stmt *st = store_prep(s, "INSERT INTO runs(session_id, player_id, pack_id, level_id,"
                                     " level_title, lang, started_ms, max_score, pace)"
                                     " VALUES(NULLIF(?, 0), NULLIF(?, 0), ?, ?, ?, ?, ?, ?, ?)");
    if (!st || sqlite3_bind_int64(st, 1, session) || sqlite3_bind_int64(st, 2, player) ||
        !store_bind_text(st, 3, r->pack_id) || !store_bind_text(st, 4, r->level_id) ||
        !store_bind_text(st, 5, r->level_title) || !store_bind_text(st, 6, r->lang) ||
        sqlite3_bind_int64(st, 7, r->started_ms) || sqlite3_bind_int64(st, 8, r->max_score) ||
        !store_bind_text(st, 9, game_pace_name(r->pace)))
        return sqlite3_finalize(st), store_db_fail(s, err, "record the run");
    if (!store_write_one(s, st, err, "record the run")) return false;
    *run = sqlite3_last_insert_rowid(s->db);
    return true;
}

bool store_answer_add(store *s, const store_answer *a, game_error *err)
{
    sqlite3_stmt *st = store_prep(s, "INSERT INTO answers(run_id, seq, question_id, kind, prompt,"
                                     " answer, correct, timeout, points, time_ms, at_ms, credit,"
                                     " sure) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st || sqlite3_bind_int64(st, 1, a->run) || sqlite3_bind_int(st, 2, a->seq) ||
        !store_bind_text(st, 3, a->question_id) || !store_bind_text(st, 4, a->kind) ||
        !store_bind_text(st, 5, a->prompt) || !store_bind_text(st, 6, a->answer) ||
        sqlite3_bind_int(st, 7, a->correct) || sqlite3_bind_int(st, 8, a->timeout) ||
        sqlite3_bind_int64(st, 9, a->points) || sqlite3_bind_int64(st, 10, a->time_ms) ||
        sqlite3_bind_int64(st, 11, a->at_ms) ||
        sqlite3_bind_double(st, 12,
                            a->credit < 0   ? 0
                            : a->credit > 1 ? 1
                                            : a->credit) ||
        (a->sure == STORE_SURE_NOT_ASKED ? sqlite3_bind_null(st, 13)
                                         : sqlite3_bind_int(st, 13, a->sure == STORE_SURE_YES)))
        return sqlite3_finalize(st), store_db_fail(s, err, "record the answer");
    return store_write_one(s, st, err, "record the answer");
}

bool store_run_end(store *s, int64_t run, long score, int64_t ended_ms, game_error *err)
{
    sqlite3_stmt *st = store_prep(s, "UPDATE runs SET score = ?, ended_ms = ? WHERE id = ?");
    if (!st || sqlite3_bind_int64(st, 1, score) || sqlite3_bind_int64(st, 2, ended_ms) ||
        sqlite3_bind_int64(st, 3, run))
        return sqlite3_finalize(st), store_db_fail(s, err, "record the score");
    return store_write_one(s, st, err, "record the score");
}

bool store_run_abandon(store *s, int64_t run, int64_t ended_ms, game_error *err)
{
    /* A run already finished keeps its score: only one still open is abandoned. */
    sqlite3_stmt *st = store_prep(s, "UPDATE runs SET ended_ms = ?, abandoned = 1"
                                     " WHERE id = ? AND score IS NULL");
    if (!st || sqlite3_bind_int64(st, 1, ended_ms) || sqlite3_bind_int64(st, 2, run))
        return sqlite3_finalize(st), store_db_fail(s, err, "record the abandoned run");
    return store_write_one(s, st, err, "record the abandoned run");
}

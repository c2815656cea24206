/* store_sql.c — the helpers every store/ file shares: SQLite's errors in words a trainer can
 * act on, statements prepared, bound and written in one transaction each. Calls no other
 * store/ file.
 */
#include "store_internal.h"

#include <stdarg.h>
#include <stdio.h>

/* ---- errors ---- */

bool store_fail(game_error *err, const char *path, const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return game_error_set(err, path, 0, "%s", msg);
}

/* What SQLite said, in words a trainer can act on. */
bool store_db_fail(store *s, game_error *err, const char *doing)
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
    if (why)
        return store_fail(err, s->path, "cannot %s: %s (%s)", doing, why, sqlite3_errmsg(s->db));
    return store_fail(err, s->path, "cannot %s: %s", doing, sqlite3_errmsg(s->db));
}

bool store_exec(store *s, const char *sql, game_error *err, const char *doing)
{
    return sqlite3_exec(s->db, sql, NULL, NULL, NULL) == SQLITE_OK || store_db_fail(s, err, doing);
}

bool store_bind_text(sqlite3_stmt *st, int i, const char *v)
{
    return sqlite3_bind_text(st, i, v ? v : "", -1, SQLITE_TRANSIENT) == SQLITE_OK;
}

bool store_begin(store *s, game_error *err, const char *doing)
{
    if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return store_db_fail(s, err, doing);
    if (!s->id) return true;
    /* Page 1 goes into the log with every transaction: a log always says whose it is. */
    char sql[48];
    snprintf(sql, sizeof sql, "PRAGMA application_id = %ld", (long)(int32_t)s->id);
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK) {
        store_db_fail(s, err, doing);
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return false;
    }
    return true;
}

/* Runs one statement inside BEGIN IMMEDIATE … COMMIT. */
bool store_write_one(store *s, sqlite3_stmt *st, game_error *err, const char *doing)
{
    if (!store_begin(s, err, doing)) {
        sqlite3_finalize(st);
        return false;
    }
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        store_db_fail(s, err, doing);
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return false;
    }
    if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
        store_db_fail(s, err, doing);
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return false;
    }
    return true;
}

sqlite3_stmt *store_prep(store *s, const char *sql)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) return NULL;
    return st;
}

/* store_internal.h — shared by the store/ files only: the handle and the helpers that turn
 * SQLite's answers into errors a trainer can act on. Includes sqlite3.h: only store/ may. */
#ifndef VIGIE_STORE_INTERNAL_H
#define VIGIE_STORE_INTERNAL_H

#include "store.h"

#include <sqlite3.h>

struct store {
    sqlite3 *db;
    char *path;
};

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
/* Runs one statement inside BEGIN IMMEDIATE … COMMIT, and finalizes it. */
bool store_write_one(store *s, sqlite3_stmt *st, game_error *err, const char *doing);
/* Purges what is older than the kept retention, if one is set (at each start). */
void store_retention_apply(store *s);

#endif

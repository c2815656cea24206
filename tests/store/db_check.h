/* db_check.h — what the crash and power-loss tests ask of a database after the worst: it opens,
 * passes integrity_check, holds every answer the child reported as committed, as a whole prefix
 * of its script (no half-written row), its counts add up, and the game opens it again without
 * calling it damaged. Criterion tests only (it asserts). */
#ifndef VIGIE_TESTS_DB_CHECK_H
#define VIGIE_TESTS_DB_CHECK_H

#include "store/store.h"

#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inline long db_scalar(sqlite3 *h, const char *sql)
{
    sqlite3_stmt *st;
    cr_assert_eq(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK, "%s", sqlite3_errmsg(h));
    cr_assert_eq(sqlite3_step(st), SQLITE_ROW);
    long v = (long)sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* Reads the child's lines in buf ("R<run>" once, then each committed seq), keeps what is left
 * of an unfinished line. */
static inline void db_take_lines(char *buf, size_t *have, long *run, long *last)
{
    char *nl;
    buf[*have] = '\0';
    while ((nl = strchr(buf, '\n'))) {
        *nl = '\0';
        if (buf[0] == 'R')
            *run = atol(buf + 1);
        else
            *last = atol(buf);
        size_t rest = *have - (size_t)(nl + 1 - buf);
        memmove(buf, nl + 1, rest);
        *have = rest;
        buf[rest] = '\0';
    }
}

/* The checks after the event `what` number i; returns how many answers the run kept. The
 * child's answers are "answer <seq>" to "Which one?", at 1000 + seq. */
static inline long db_check_after(const char *db, long run, long reported, const char *what, int i)
{
    sqlite3 *h;
    cr_assert_eq(sqlite3_open(db, &h), SQLITE_OK);
    sqlite3_stmt *ck;
    cr_assert_eq(sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &ck, NULL), SQLITE_OK);
    cr_assert_eq(sqlite3_step(ck), SQLITE_ROW);
    cr_assert_str_eq((const char *)sqlite3_column_text(ck, 0), "ok", "%s %d", what, i);
    sqlite3_finalize(ck);
    /* the old schema, the new one or one between (each migration step commits on its own);
     * none only when the very first creation was cut short (then nothing had been committed) */
    long version = db_scalar(h, "PRAGMA user_version");
    cr_assert((version >= 1 && version <= STORE_SCHEMA_VERSION) || (version == 0 && !run),
              "%s %d: version %ld", what, i, version);
    if (version == 0) {
        sqlite3_close(h);
        return 0;
    }
    long count = 0;
    if (run) {
        char sql[300];
        snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM answers WHERE run_id = %ld", run);
        count = db_scalar(h, sql);
        snprintf(sql, sizeof sql, "SELECT COALESCE(MAX(seq), 0) FROM answers WHERE run_id = %ld",
                 run);
        long max = db_scalar(h, sql);
        cr_assert_geq(count, reported, "%s %d: %ld answers committed, %ld kept", what, i, reported,
                      count);
        cr_assert_eq(max, count, "%s %d: not a prefix of the script (%ld rows, last seq %ld)", what,
                     i, count, max);
        snprintf(sql, sizeof sql,
                 "SELECT COUNT(*) FROM answers WHERE run_id = %ld AND (question_id = '' OR"
                 " answer <> 'answer ' || seq OR prompt <> 'Which one?' OR at_ms <> 1000 + seq)",
                 run);
        cr_assert_eq(db_scalar(h, sql), 0, "%s %d: a half-written answer", what, i);
    }
    cr_assert_eq(db_scalar(h, "SELECT COALESCE(SUM(c), 0) FROM (SELECT COUNT(*) c FROM answers"
                              " GROUP BY question_id)"),
                 db_scalar(h, "SELECT COUNT(*) FROM answers"), "%s %d: counts do not add up", what,
                 i);
    sqlite3_close(h);
    game_error err = {0};
    char moved[700];
    store *s = store_open(db, moved, sizeof moved, &err);
    cr_assert_not_null(s, "%s %d: %s", what, i, err.message);
    cr_assert_str_eq(moved, "", "%s %d: called damaged", what, i);
    store_close(s);
    return count;
}

#endif

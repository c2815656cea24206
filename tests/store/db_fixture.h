/* db_fixture.h — the store tests' database: a fresh temporary folder for each test (Criterion
 * runs each in a process of its own), the database path in it, the folder removed after (its
 * read-only parts too), and a store opened on it. Criterion tests only (it asserts). */
#ifndef VIGIE_TESTS_DB_FIXTURE_H
#define VIGIE_TESTS_DB_FIXTURE_H

#include "store/store.h"

#include <criterion/criterion.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

/* Makes the folder dir (a mkdtemp template, changed in place) and puts its vigie.db in db. */
static inline void db_fixture_make(char *dir, char *db, size_t n)
{
    cr_assert_not_null(mkdtemp(dir));
    snprintf(db, n, "%s/vigie.db", dir);
}

static inline void db_fixture_remove(const char *dir)
{
    char cmd[700];
    snprintf(cmd, sizeof cmd, "chmod -R u+w '%s'; rm -rf '%s'", dir, dir);
    if (system(cmd) != 0) cr_log_warn("could not remove %s", dir);
}

/* The store on db, which must open; with nothing_moved, nothing may have been moved aside. */
static inline store *db_fixture_open(const char *db, bool nothing_moved)
{
    game_error err = {0};
    char notice[700];
    store *s = store_open(db, notice, sizeof notice, &err);
    cr_assert_not_null(s, "%s", err.message);
    if (nothing_moved) cr_assert_str_eq(notice, "", "nothing moved aside");
    return s;
}

#endif

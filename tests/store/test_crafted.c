/* test_crafted.c — databases the game did not write, or put where it does not expect them: a
 * value of the wrong type or out of range in every column of every table (made with SQLite by
 * the test, one column at a time), a write-ahead log of another database put beside ours and
 * one a crash of ours left there, a read-only database in a read-only folder, a missing
 * database, a device, a pipe and a folder given as the database, a path too long for SQLite.
 * Each must be read, skipped with a count, refused with a message or set aside with the
 * notice: never a crash, never results lost without a word. */
#include "db_check.h"
#include "store/store.h"

#include <criterion/criterion.h>
#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char dir[] = "/tmp/vigie-crafted-XXXXXX";
static char db[600];

static void setup(void)
{
    cr_assert_not_null(mkdtemp(dir));
    snprintf(db, sizeof db, "%s/vigie.db", dir);
}

static void teardown(void)
{
    char cmd[700];
    snprintf(cmd, sizeof cmd, "chmod -R u+w '%s'; rm -rf '%s'", dir, dir);
    if (system(cmd) != 0) cr_log_warn("could not remove %s", dir);
}

TestSuite(crafted, .init = setup, .fini = teardown);

static void exec_on(const char *path, const char *sql)
{
    sqlite3 *h;
    cr_assert_eq(sqlite3_open(path, &h), SQLITE_OK);
    cr_assert_eq(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK, "%s: %s", sql,
                 sqlite3_errmsg(h));
    cr_assert_eq(sqlite3_close(h), SQLITE_OK);
}

static void copy_file(const char *from, const char *to)
{
    FILE *a = fopen(from, "rb"), *b = fopen(to, "wb");
    cr_assert(a && b, "copy %s to %s", from, to);
    char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, a)) > 0) cr_assert_eq(fwrite(buf, 1, n, b), n);
    fclose(a);
    cr_assert_eq(fclose(b), 0);
}

static bool exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

/* The tables as a program other than Vigie could make them: the same names, no types and no
 * constraints, so that any value goes anywhere. Two players of one session on one level, an
 * answer each, a retention of 0. */
static void make_crafted(const char *path, int64_t t)
{
    char sql[2000];
    snprintf(sql, sizeof sql,
             "CREATE TABLE players(id, nick, created_ms);"
             "CREATE TABLE sessions(id, name, started_ms);"
             "CREATE TABLE runs(id, session_id, player_id, pack_id, level_id, level_title, lang,"
             " started_ms, ended_ms, score, max_score);"
             "CREATE TABLE answers(run_id, seq, question_id, kind, prompt, answer, correct,"
             " timeout, points, time_ms, at_ms, credit);"
             "CREATE TABLE settings(key PRIMARY KEY, value);"
             "PRAGMA user_version = 3;"
             "INSERT INTO players VALUES(1, 'Ana', %lld), (2, 'Bo', %lld);"
             "INSERT INTO sessions VALUES(1, 'S', %lld);"
             "INSERT INTO runs VALUES(1, 1, 1, 'p', 'l1', 'L1', 'fr', %lld, %lld, 900, 1000),"
             " (2, 1, 2, 'p', 'l1', 'L1', 'fr', %lld, %lld, 500, 1000);"
             "INSERT INTO answers VALUES(1, 1, 'q1', 'choice', 'Q?', 'A', 1, 0, 900, 3000, %lld,"
             " 1.0), (2, 1, 'q1', 'choice', 'Q?', 'B', 0, 0, 0, 3000, %lld, 0.0);"
             "INSERT INTO settings VALUES('retention_days', '0');",
             (long long)t, (long long)t, (long long)t, (long long)t, (long long)t + 5000,
             (long long)t, (long long)t + 5000, (long long)t + 1000, (long long)t + 1000);
    exec_on(path, sql);
}

/* Every reading of the store on path, as the commands and the boards do it; asserts that what
 * comes out is sound. Returns the damaged rows the store counted. */
static long read_everything(const char *path, store_mode mode, int64_t now)
{
    game_error err = {0};
    char moved[800];
    store *s = store_open_mode(path, mode, moved, sizeof moved, &err);
    cr_assert_not_null(s, "%s", err.message);
    cr_assert_str_eq(moved, "", "values of the wrong type are no damaged file");
    for (int p = 0; p < 3; p++) {
        store_score best[8];
        size_t n = store_best(s, "p", p == 2 ? NULL : "l1", (store_period)p, now, best, 8);
        cr_assert_leq(n, 2);
        for (size_t i = 0; i < n; i++) {
            cr_assert(best[i].nick[0], "a board row has a nickname");
            cr_assert(best[i].max_score >= 0 && best[i].max_score <= 2000000000000L);
        }
    }
    store_report r;
    if (store_report_build(s, "S", &r, &err)) {
        FILE *f = tmpfile();
        store_report_print(&r, f);
        fclose(f);
        for (size_t i = 0; i < r.nquestions; i++)
            cr_assert(r.questions[i].answers >= 1 && r.questions[i].credit >= 0 &&
                      r.questions[i].credit <= r.questions[i].answers);
        store_report_free(&r);
    }
    FILE *f = tmpfile();
    cr_assert(store_sessions_print(s, f, &err), "%s", err.message);
    fclose(f);
    for (int fmt = 0; fmt < 2; fmt++) {
        f = tmpfile();
        cr_assert(store_export(s, f, (store_format)fmt, fmt ? NULL : "S", 0, &err), "%s",
                  err.message);
        if (fmt == STORE_JSON) { /* still JSON, whatever the values */
            rewind(f);
            json_error_t je;
            json_t *doc = json_loadf(f, 0, &je);
            cr_assert_not_null(doc, "%s", je.text);
            json_decref(doc);
        }
        fclose(f);
    }
    int days = store_retention(s);
    cr_assert(days >= 0 && days <= 36500);
    long bad = store_damaged_rows(s);
    if (mode != STORE_READ) {
        long removed = -1;
        store_purge(s, now - 3600000, &removed, &err);
    }
    store_close(s);
    return bad;
}

Test(crafted, a_bad_value_in_any_column_is_skipped_or_defaulted_never_a_crash, .timeout = 300)
{
    static const struct {
        const char *table, *column;
        bool may_be_null; /* NULL is a value the game writes there, or one it never reads */
    } cols[] = {
        {"players", "id", false},
        {"players", "nick", false},
        {"players", "created_ms", true},
        {"sessions", "id", false},
        {"sessions", "name", false},
        {"sessions", "started_ms", false},
        {"runs", "id", false},
        {"runs", "session_id", true},
        {"runs", "player_id", true},
        {"runs", "pack_id", false},
        {"runs", "level_id", false},
        {"runs", "level_title", false},
        {"runs", "lang", false},
        {"runs", "started_ms", false},
        {"runs", "ended_ms", true},
        {"runs", "score", true},
        {"runs", "max_score", false},
        {"runs", "abandoned", false},
        {"answers", "run_id", false},
        {"answers", "seq", false},
        {"answers", "question_id", false},
        {"answers", "kind", false},
        {"answers", "prompt", false},
        {"answers", "answer", false},
        {"answers", "correct", false},
        {"answers", "timeout", false},
        {"answers", "points", false},
        {"answers", "time_ms", false},
        {"answers", "at_ms", false},
        {"answers", "credit", false},
        {"settings", "key", true},
        {"settings", "value", false},
    };
    static const char *const values[] = {
        "NULL", "'text'", "X'00FF'", "1e300", "-9223372036854775808", "9223372036854775807",
        "-1",   "''"};
    int64_t now = (int64_t)time(NULL) * 1000, t = now - 60000;
    char base[700], work[700], sql[300];
    snprintf(base, sizeof base, "%s/base.db", dir);
    snprintf(work, sizeof work, "%s/work.db", dir);
    make_crafted(base, t);
    cr_assert_eq(read_everything(base, STORE_READ, now), 0, "the crafted base is sound");
    for (size_t c = 0; c < sizeof cols / sizeof *cols; c++) {
        for (size_t v = 0; v < sizeof values / sizeof *values; v++) {
            static const char *const ext[] = {"", "-wal", "-shm"};
            for (int e = 0; e < 3; e++) {
                char p[720];
                snprintf(p, sizeof p, "%s%s", work, ext[e]);
                unlink(p);
            }
            /* abandoned is NOT NULL (schema 5): any other value than 0 or 1 is damage */
            bool abandoned = strcmp(cols[c].column, "abandoned") == 0;
            if (abandoned && v == 0) continue;
            copy_file(base, work);
            snprintf(sql, sizeof sql, "UPDATE %s SET %s = %s", cols[c].table, cols[c].column,
                     values[v]);
            exec_on(work, sql);
            long bad = read_everything(work, STORE_READ, now);
            if ((v == 0 && !cols[c].may_be_null) || abandoned)
                cr_assert_gt(bad, 0, "%s: the damaged rows are counted", sql);
            read_everything(work, STORE_CREATE, now);
        }
    }
}

Test(crafted, a_null_retention_keeps_everything_and_is_counted)
{
    int64_t now = (int64_t)time(NULL) * 1000;
    make_crafted(db, now - 400LL * 86400000);
    exec_on(db, "UPDATE settings SET value = NULL");
    game_error err = {0};
    store *s = store_open(db, NULL, 0, &err);
    cr_assert_not_null(s, "%s", err.message);
    cr_assert_eq(store_retention(s), 0, "the default: keep everything");
    cr_assert_eq(store_damaged_rows(s), 1);
    store_score best[4];
    cr_assert_eq(store_best(s, "p", "l1", STORE_EVER, now, best, 4), 2, "nothing was purged");
    store_close(s);
}

/* Two answers of a run of nick in a new database at path, left open (its log not written
 * back): the caller closes it. */
static store *open_with_log(const char *path, const char *nick)
{
    game_error err = {0};
    store *s = store_open(path, NULL, 0, &err);
    cr_assert_not_null(s, "%s", err.message);
    store_run r = {NULL, nick, "p", "l1", "L1", "fr", 1000, 2000, GAME_PACE_NORMAL};
    int64_t run;
    cr_assert(store_run_begin(s, &r, &run, &err), "%s", err.message);
    for (int i = 1; i <= 2; i++) {
        store_answer a = {run,
                          i,
                          "q",
                          "choice",
                          "P",
                          "A",
                          true,
                          false,
                          1000,
                          10,
                          1000 + i,
                          1.0,
                          STORE_SURE_NOT_ASKED};
        cr_assert(store_answer_add(s, &a, &err), "%s", err.message);
    }
    cr_assert(store_run_end(s, run, 2000, 5000, &err), "%s", err.message);
    return s;
}

static long count_runs_without_log(const char *path)
{
    char copy[900];
    snprintf(copy, sizeof copy, "%s.alone", path);
    copy_file(path, copy);
    sqlite3 *h;
    cr_assert_eq(sqlite3_open(copy, &h), SQLITE_OK);
    long n = db_scalar(h, "SELECT COUNT(*) FROM runs");
    sqlite3_close(h);
    return n;
}

Test(crafted, a_log_of_another_database_sets_both_aside_with_the_notice)
{
    char other[700], from[820], to[720];
    snprintf(other, sizeof other, "%s/other.db", dir);
    store *mine = open_with_log(db, "Ana");
    store_close(mine); /* ours: written back, one file */
    store *theirs = open_with_log(other, "Bo");
    snprintf(from, sizeof from, "%s-wal", other);
    snprintf(to, sizeof to, "%s-wal", db);
    copy_file(from, to); /* their log, with its commits, beside our database */
    store_close(theirs);
    game_error err = {0};
    char moved[800];
    store *s = store_open(db, moved, sizeof moved, &err);
    cr_assert_not_null(s, "%s", err.message);
    cr_assert(strstr(moved, "vigie.db.broken-"), "the notice: %s", moved);
    store_score best[4];
    cr_assert_eq(store_best(s, "p", "l1", STORE_EVER, 10000, best, 4), 0, "a new database");
    store_close(s);
    /* ours is kept whole beside it, with the foreign log */
    cr_assert_eq(count_runs_without_log(moved), 1);
    snprintf(from, sizeof from, "%s-wal", moved);
    cr_assert(exists(from), "the log went aside with it");
    /* a read-only command changes nothing and says why */
    mine = open_with_log(db, "Ana");
    store_close(mine);
    theirs = open_with_log(other, "Bo");
    snprintf(from, sizeof from, "%s-wal", other);
    copy_file(from, to);
    store_close(theirs);
    cr_assert_null(store_open_mode(db, STORE_READ, moved, sizeof moved, &err));
    cr_assert(strstr(err.message, "another database"), "%s", err.message);
    cr_assert(exists(to), "nothing moved");
}

Test(crafted, a_log_a_crash_of_this_database_left_is_recovered)
{
    store *s = open_with_log(db, "Ana");
    /* the files as a power cut leaves them: the database and its log, not written back */
    char copy[700], from[720], to[720];
    snprintf(copy, sizeof copy, "%s/copy.db", dir);
    copy_file(db, copy);
    snprintf(from, sizeof from, "%s-wal", db);
    snprintf(to, sizeof to, "%s-wal", copy);
    copy_file(from, to);
    store_close(s);
    struct stat st;
    cr_assert(stat(to, &st) == 0 && st.st_size > 0, "a log with commits in it");
    cr_assert_eq(count_runs_without_log(copy), 0, "the run is in the log only");
    for (int mode = STORE_READ; mode >= STORE_CREATE; mode--) {
        game_error err = {0};
        char moved[800];
        s = store_open_mode(copy, (store_mode)mode, moved, sizeof moved, &err);
        cr_assert_not_null(s, "%s", err.message);
        cr_assert_str_eq(moved, "");
        store_score best[4];
        cr_assert_eq(store_best(s, "p", "l1", STORE_EVER, 10000, best, 4), 1);
        cr_assert_eq(best[0].score, 2000);
        store_close(s);
    }
}

Test(crafted, a_read_only_database_in_a_read_only_folder_is_read_and_left_alone)
{
    char ro[700], path[720];
    snprintf(ro, sizeof ro, "%s/ro", dir);
    cr_assert_eq(mkdir(ro, 0755), 0);
    snprintf(path, sizeof path, "%s/vigie.db", ro);
    store *s = open_with_log(path, "Ana");
    store_close(s);
    cr_assert_eq(chmod(path, 0444), 0);
    cr_assert_eq(chmod(ro, 0555), 0);
    cr_assert_eq(chmod(dir, 0755), 0);
    pid_t pid = fork();
    cr_assert_geq(pid, 0);
    if (pid == 0) {
        /* root writes anywhere: the reader is somebody else, as a trainer's account would be */
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) _exit(10);
        game_error err = {0};
        store *r = store_open_mode(path, STORE_READ, NULL, 0, &err);
        if (!r) {
            fprintf(stderr, "%s\n", err.message);
            _exit(11);
        }
        store_report rep;
        store_score best[4];
        FILE *f = tmpfile();
        bool ok = store_best(r, "p", "l1", STORE_EVER, 10000, best, 4) == 1 &&
                  store_sessions_print(r, f, &err) &&
                  store_export(r, f, STORE_CSV, NULL, 0, &err) && ftell(f) > 100;
        if (!store_report_build(r, "nope", &rep, &err) && !strstr(err.message, "no session"))
            ok = false;
        fclose(f);
        store_close(r);
        _exit(ok ? 0 : 12);
    }
    int st;
    waitpid(pid, &st, 0);
    cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0, "the reader failed: %d", WEXITSTATUS(st));
    char side[740];
    snprintf(side, sizeof side, "%s-shm", path);
    cr_assert(!exists(side), "nothing made beside it");
    snprintf(side, sizeof side, "%s-wal", path);
    cr_assert(!exists(side), "nothing made beside it");
}

Test(crafted, reading_or_purging_a_missing_database_makes_none)
{
    for (int mode = STORE_EXISTING; mode <= STORE_READ; mode++) {
        game_error err = {0};
        cr_assert_null(store_open_mode(db, (store_mode)mode, NULL, 0, &err));
        cr_assert(strstr(err.message, "no results database at"), "%s", err.message);
        cr_assert(!exists(db), "nothing was created");
    }
}

Test(crafted, a_device_a_pipe_and_a_folder_are_refused_before_sqlite_opens_them)
{
    char fifo[700], folder[700], side[720];
    snprintf(fifo, sizeof fifo, "%s/pipe.db", dir);
    snprintf(folder, sizeof folder, "%s/folder.db", dir);
    cr_assert_eq(mkfifo(fifo, 0600), 0);
    cr_assert_eq(mkdir(folder, 0700), 0);
    /* a journal the old Vigie left there as root: a regular file that is not ours to remove */
    bool journal_before = exists("/dev/null-journal");
    const char *const paths[] = {"/dev/null", fifo, folder};
    for (int i = 0; i < 3; i++) {
        for (int mode = STORE_CREATE; mode <= STORE_READ; mode++) {
            game_error err = {0};
            cr_assert_null(store_open_mode(paths[i], (store_mode)mode, NULL, 0, &err), "%s",
                           paths[i]);
            cr_assert(strstr(err.message, "not a regular file"), "%s: %s", paths[i], err.message);
        }
    }
    cr_assert(journal_before || !exists("/dev/null-journal"), "no journal beside /dev/null");
    snprintf(side, sizeof side, "%s-journal", fifo);
    cr_assert(!exists(side));
    /* a pipe in place of the log is refused too, not waited on */
    store *s = open_with_log(db, "Ana");
    store_close(s);
    snprintf(side, sizeof side, "%s-wal", db);
    cr_assert_eq(mkfifo(side, 0600), 0);
    game_error err = {0};
    cr_assert_null(store_open_mode(db, STORE_READ, NULL, 0, &err));
    cr_assert(strstr(err.message, "not a regular file"), "%s", err.message);
}

Test(crafted, a_path_too_long_for_sqlite_is_refused_with_a_clear_message)
{
    char path[1200];
    int n = snprintf(path, sizeof path, "%s/", dir);
    while (n < 1100) n += snprintf(path + n, sizeof path - (size_t)n, "%s", "abcdefghij/");
    snprintf(path + n, sizeof path - (size_t)n, "%s", "vigie.db");
    for (int mode = STORE_CREATE; mode <= STORE_READ; mode++) {
        game_error err = {0};
        cr_assert_null(store_open_mode(path, (store_mode)mode, NULL, 0, &err));
        cr_assert(strstr(err.message, "too long"), "%s", err.message);
    }
}

Test(crafted, a_report_that_fails_half_way_frees_what_it_had_read)
{
    /* the answers without their credit column: the players are read, the questions cannot */
    int64_t now = (int64_t)time(NULL) * 1000;
    make_crafted(db, now - 60000);
    exec_on(db, "ALTER TABLE answers DROP COLUMN credit");
    game_error err = {0};
    store *s = store_open_mode(db, STORE_READ, NULL, 0, &err);
    cr_assert_not_null(s, "%s", err.message);
    store_report r;
    cr_assert_not(store_report_build(s, "S", &r, &err));
    cr_assert(strstr(err.message, "cannot read"), "%s", err.message);
    cr_assert_null(r.players, "freed (ASan's leak check runs this too)");
    store_close(s);
}

Test(crafted, a_log_holding_one_small_update_is_still_known_as_ours)
{
    /* Every transaction writes page 1 into the log, even one that changes a single row and
     * grows nothing: without it, this log would carry no page 1 and look foreign. */
    store *s = open_with_log(db, "Ana");
    cr_assert(store_checkpoint(s), "the log written back and emptied");
    game_error err = {0};
    cr_assert(store_run_end(s, 1, 1500, 6000, &err), "%s", err.message);
    char copy[700], from[720], to[720];
    snprintf(copy, sizeof copy, "%s/copy.db", dir);
    copy_file(db, copy);
    snprintf(from, sizeof from, "%s-wal", db);
    snprintf(to, sizeof to, "%s-wal", copy);
    copy_file(from, to);
    store_close(s);
    char moved[800];
    s = store_open(copy, moved, sizeof moved, &err);
    cr_assert_not_null(s, "%s", err.message);
    cr_assert_str_eq(moved, "", "our own log, recovered");
    store_score best[4];
    cr_assert_eq(store_best(s, "p", "l1", STORE_EVER, 10000, best, 4), 1);
    cr_assert_eq(best[0].score, 1500, "the update in the log is kept");
    store_close(s);
}

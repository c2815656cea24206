/* test_crash.c — a stand switched off mid-game: a child process records scripted answers,
 * reporting each one's sequence number once its commit returned, and is killed with SIGKILL
 * at a random moment — some kills land while it migrates a first-version database, some
 * while it checkpoints. After each kill the database must open, pass integrity_check, hold
 * every reported answer, hold a prefix of the script with no half-written answer, and its
 * per-question counts must add up. 200 kills here; VIGIE_CRASH_RUNS=1000 for a longer run. */
#include "db_check.h"

#include <criterion/criterion.h>
#include <poll.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char dir[] = "/tmp/vigie-crash-XXXXXX";
static char db[600];

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void remove_db(void)
{
    static const char *const ext[] = {"", "-wal", "-shm"};
    for (int i = 0; i < 3; i++) {
        char p[700];
        snprintf(p, sizeof p, "%s%s", db, ext[i]);
        unlink(p);
    }
}

/* A database as the first release left it, with a run in it: the child will migrate it. */
static void make_v1(void)
{
    remove_db();
    sqlite3 *h;
    cr_assert_eq(sqlite3_open(db, &h), SQLITE_OK);
    cr_assert_eq(sqlite3_exec(h, STORE_SCHEMA_V1, NULL, NULL, NULL), SQLITE_OK);
    cr_assert_eq(sqlite3_exec(h,
                              "PRAGMA user_version = 1; PRAGMA journal_mode = WAL;"
                              "INSERT INTO players(nick, created_ms) VALUES('Old', 1);"
                              "INSERT INTO runs(player_id, pack_id, level_id, level_title, lang,"
                              " started_ms, max_score) VALUES(1, 'p', 'l', 'L', 'fr', 1, 10);"
                              "INSERT INTO answers VALUES(1, 1, 'q1', 'choice', 'P', 'A', 1, 0,"
                              " 1, 1, 1)",
                              NULL, NULL, NULL),
                 SQLITE_OK);
    sqlite3_close(h);
}

/* The child: plays the script into the database, says "R<run>" then each committed seq. */
static void child(int fd)
{
    game_error err = {0};
    store *s = store_open(db, NULL, 0, &err);
    if (!s) _exit(3);
    store_run r = {"crash", "Ana", "p", "l", "Level", "fr", 1000, 10000};
    int64_t run;
    if (!store_run_begin(s, &r, &run, &err)) _exit(4);
    char line[64];
    int n = snprintf(line, sizeof line, "R%lld\n", (long long)run);
    if (write(fd, line, (size_t)n) != n) _exit(5);
    for (int seq = 1; seq <= 100000; seq++) {
        char qid[8], answer[40];
        snprintf(qid, sizeof qid, "q%d", seq % 7);
        snprintf(answer, sizeof answer, "answer %d", seq);
        store_answer a = {run,          seq,   qid, "choice", "Which one?", answer,
                          seq % 3 == 0, false, 100, 1500,     1000 + seq};
        if (!store_answer_add(s, &a, &err)) _exit(6);
        n = snprintf(line, sizeof line, "%d\n", seq);
        if (write(fd, line, (size_t)n) != n) _exit(7);
        if (seq % 10 == 0) store_checkpoint(s);
    }
    store_close(s);
    _exit(0);
}

/* One kill; returns the number of answers the child had reported. */
static long one_kill(unsigned *seed, int i)
{
    if (i % 4 == 0) make_v1(); /* a migration at start: some kills land in it */
    int fds[2];
    cr_assert_eq(pipe(fds), 0);
    pid_t pid = fork();
    cr_assert_geq(pid, 0);
    if (pid == 0) {
        close(fds[0]);
        child(fds[1]);
    }
    close(fds[1]);
    int delay = (int)(rand_r(seed) % 40); /* ms after the start, often inside open */
    int64_t end = now_ms() + delay;
    char buf[4096];
    size_t have = 0;
    long run = 0, last = 0;
    for (;;) {
        int64_t left = end - now_ms();
        if (left <= 0) break;
        struct pollfd p = {fds[0], POLLIN, 0};
        if (poll(&p, 1, (int)left) <= 0) continue;
        ssize_t r = read(fds[0], buf + have, sizeof buf - have - 1);
        if (r <= 0) break;
        have += (size_t)r;
        db_take_lines(buf, &have, &run, &last);
    }
    kill(pid, SIGKILL);
    int st;
    waitpid(pid, &st, 0);
    /* A line sent just before the kill still counts: its commit had returned. */
    ssize_t r;
    while ((r = read(fds[0], buf + have, sizeof buf - have - 1)) > 0) {
        have += (size_t)r;
        db_take_lines(buf, &have, &run, &last);
    }
    close(fds[0]);
    cr_assert(WIFSIGNALED(st) || (WIFEXITED(st) && WEXITSTATUS(st) == 0),
              "kill %d: the child failed by itself (exit %d)", i, WEXITSTATUS(st));

    db_check_after(db, run, last, "kill", i);
    return last;
}

Test(crash, killed_at_random_moments_the_database_keeps_every_committed_answer, .timeout = 600)
{
    cr_assert_not_null(mkdtemp(dir));
    snprintf(db, sizeof db, "%s/vigie.db", dir);
    const char *env = getenv("VIGIE_CRASH_RUNS");
    int runs = env && atoi(env) > 0 ? atoi(env) : 200;
    unsigned seed = (unsigned)time(NULL);
    cr_log_info("crash test: %d kills, seed %u", runs, seed);
    long answered = 0, empty = 0;
    for (int i = 0; i < runs; i++) {
        long got = one_kill(&seed, i);
        answered += got;
        empty += got == 0;
    }
    /* the kills fall both before any answer (in open, in a migration) and between answers */
    cr_assert_gt(answered, runs, "%ld answers in %d runs", answered, runs);
    cr_assert_gt(empty, 0, "no kill landed during start-up");
    char cmd[700];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) cr_log_warn("could not remove %s", dir);
}

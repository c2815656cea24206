/* test_hostile.c — every script in tests/hostile/ tries one trick. Each goes through
 * `vigie check` (followed, in the same process, by _clean.lua, which must find nothing
 * left behind) and `vigie run`, and must end with the outcome its first line announces:
 *   -- expect: error "substring"     exit 1 and a `path:line: message` with it
 *   -- expect: ok …                  the trick is harmless: exit 0
 * within a bounded CPU time and memory, touching no file, and printing a bounded output.
 *
 * The time limits are part of the subject: the tricks run with the engine's own (a call 1 s, a
 * frame 50 ms), whatever the environment says. On a slow or loaded machine one of them may fire
 * before the check a trick is about (a frame that builds a 1 MB text meets the frame's budget
 * before g.text refuses the text): either limit may fire, provided the stop is clean — exit 1,
 * `path:line:` and the limit's message, _clean.lua still clean, no file touched. The trick is
 * then played again with the limits raised, and there it must end as announced.
 *
 * Under the sanitizers (common.h) each trick goes through one of the two, check or run, by the
 * hash of its name: every trick still meets the sandbox under ASan and UBSan, in half the time. */
#define _GNU_SOURCE
#include "../common.h"

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include <dirent.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define BIN             VIGIE_BIN
#define DIR_            VIGIE_SOURCE_DIR "/tests/hostile"
#define MAX_CPU_SECONDS 8.0 /* CPU time, not wall time: a loaded machine changes nothing */
#define MAX_RSS_KIB     (256 * 1024)
#define MAX_OUTPUT      (64 * 1024)
#define CAPTURE         (1 << 20)
/* The limits of the second play, when one fired first: five and forty times the engine's, far
 * above what any trick but an endless loop needs, and short enough for an endless loop that
 * met a limit as announced while _clean.lua, after it, met one too. */
#define RAISED_LEVEL "VIGIE_LEVEL_BUDGET_MS=5000"
#define RAISED_FRAME "VIGIE_FRAME_BUDGET_MS=2000"

extern char **environ;

typedef struct {
    int status;
    double cpu_seconds, wall_seconds;
    long rss_kib;
    const char *out; /* the static capture buffer: valid until the next run */
    size_t out_len;
} outcome;

/* What the child printed; static, so that a failing assertion leaks nothing. */
static char captured[CAPTURE + 1];

/* Runs argv in dir with the environment envp, capturing stdout and stderr together. */
static outcome run(const char *dir, char *const argv[], char *const envp[])
{
    outcome o = {.out = captured};
    int pipefd[2];
    cr_assert_eq(pipe(pipefd), 0);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addchdir_np(&fa, dir);
    posix_spawn_file_actions_adddup2(&fa, pipefd[1], 1);
    posix_spawn_file_actions_adddup2(&fa, pipefd[1], 2);
    posix_spawn_file_actions_addclose(&fa, pipefd[0]);
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    pid_t pid;
    int spawned = posix_spawn(&pid, argv[0], &fa, NULL, argv, envp);
    posix_spawn_file_actions_destroy(&fa);
    close(pipefd[1]);
    if (spawned != 0) close(pipefd[0]);
    cr_assert_eq(spawned, 0, "cannot start %s", argv[0]);
    ssize_t r;
    while ((r = read(pipefd[0], captured + o.out_len, CAPTURE - o.out_len)) > 0) {
        o.out_len += (size_t)r;
        if (o.out_len == CAPTURE) { /* keep draining, count only */
            char sink[4096];
            while ((r = read(pipefd[0], sink, sizeof sink)) > 0) o.out_len += (size_t)r;
            break;
        }
    }
    close(pipefd[0]);
    captured[o.out_len < CAPTURE ? o.out_len : CAPTURE] = '\0';
    struct rusage ru;
    int st;
    wait4(pid, &st, 0, &ru);
    clock_gettime(CLOCK_MONOTONIC, &b);
    o.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    o.cpu_seconds = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
                    (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    o.wall_seconds = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
    o.rss_kib = ru.ru_maxrss;
    return o;
}

/* The environment with the engine's own time limits (none set), and with them raised. */
static char **env_default, **env_raised;

static void make_envs(void)
{
    if (env_default) return;
    size_t n = 0;
    while (environ[n]) n++;
    env_default = calloc(n + 1, sizeof *env_default);
    env_raised = calloc(n + 3, sizeof *env_raised);
    cr_assert(env_default && env_raised);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (strncmp(environ[i], "VIGIE_LEVEL_BUDGET_MS=", 22) &&
            strncmp(environ[i], "VIGIE_FRAME_BUDGET_MS=", 22)) {
            env_default[k] = env_raised[k] = environ[i];
            k++;
        }
    env_raised[k++] = RAISED_LEVEL;
    env_raised[k] = RAISED_FRAME;
}

static char **names;
static size_t nnames;

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list(void)
{
    if (names) return;
    DIR *d = opendir(DIR_);
    cr_assert_not_null(d);
    struct dirent *e;
    size_t cap = 128;
    names = calloc(cap, sizeof *names);
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n > 4 && !strcmp(e->d_name + n - 4, ".lua") && e->d_name[0] != '_' && nnames < cap)
            names[nnames++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, nnames, sizeof *names, cmp);
}

/* Criterion's parameters must be plain data: the file's index. */
ParameterizedTestParameters(hostile, each_trick_ends_cleanly)
{
    list();
    static int idx[256];
    for (size_t i = 0; i < nnames && i < 256; i++) idx[i] = (int)i;
    return cr_make_param_array(int, idx, nnames < 256 ? nnames : 256);
}

static bool dir_untouched(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) n++;
    closedir(d);
    char path[600];
    snprintf(path, sizeof path, "%s/canary.txt", dir);
    FILE *f = fopen(path, "r");
    char buf[16] = {0};
    bool same = f && fgets(buf, sizeof buf, f) && !strcmp(buf, "canary\n");
    if (f) fclose(f);
    return n == 1 && same;
}

typedef struct {
    const char *name;
    char file[600], where[700]; /* where: "path:", which every error names */
    bool want_ok;
    char expect[300];
} trick;

static void check_bounds(const trick *t, const char *what, const outcome *o)
{
    cr_assert_lt(o->cpu_seconds, MAX_CPU_SECONDS, "%s: %s took %.1f s of CPU (%.1f s in all)",
                 t->name, what, o->cpu_seconds, o->wall_seconds);
    cr_assert_lt(o->rss_kib, MAX_RSS_KIB, "%s: %s used %ld KiB", t->name, what, o->rss_kib);
    cr_assert_lt(o->out_len, MAX_OUTPUT, "%s: %s printed %zu bytes", t->name, what, o->out_len);
    cr_assert_lt(o->status, 128, "%s: %s was killed by signal %d:\n%s", t->name, what,
                 o->status - 128, o->out);
}

/* Whether some `file:line: message` in out is a time limit's: the level's ("ran for more than
 * 1000 ms and was stopped") or a frame's ("took more than 50 ms, the budget of one frame, and was
 * stopped"). Read loosely — stopped, in ms — so that a budget counted in CPU time, worded
 * otherwise, still reads as one; not the memory cap (MiB) nor the stuck-call watchdog, which
 * ends the process and is no clean stop. */
static bool stopped_by_a_time_limit(const char *out, const char *file)
{
    size_t n = strlen(file);
    for (const char *p = out; (p = strstr(p, file)); p += n) {
        if (p[n] != ':' || p[n + 1] < '0' || p[n + 1] > '9') continue;
        const char *end = strchr(p, '\n');
        char line[1024];
        snprintf(line, sizeof line, "%.*s", end ? (int)(end - p) : (int)strlen(p), p);
        if (strstr(line, "was stopped") && strstr(line, " ms") && !strstr(line, "MiB") &&
            !strstr(line, "stuck"))
            return true;
    }
    return false;
}

typedef enum { AS_ANNOUNCED, BY_A_TIME_LIMIT } ending;

/* Plays the trick through check (and, in the same process, _clean.lua) in dir, with envp;
 * checks that it stops cleanly and ends as announced or — when time_may_fire — that a time
 * limit stopped the trick or _clean.lua first. */
static ending play_check(const trick *t, const char *dir, char *const envp[], bool time_may_fire)
{
    char clean[600];
    snprintf(clean, sizeof clean, "%s/_clean.lua", DIR_);
    char *check_argv[] = {(char *)BIN, "check", (char *)t->file, clean, NULL};
    outcome o = run(dir, check_argv, envp);
    check_bounds(t, "vigie check", &o);
    bool clean_ok = strstr(o.out, "_clean.lua: ok") != NULL;
    bool clean_time = stopped_by_a_time_limit(o.out, clean);
    bool trick_time = stopped_by_a_time_limit(o.out, t->file);
    if (time_may_fire && o.status == 1 &&
        (clean_time || (trick_time && (t->want_ok || !strstr(o.out, t->expect))))) {
        cr_assert(strstr(o.out, t->where), "%s: check did not name it:\n%s", t->name, o.out);
        cr_assert(clean_ok || clean_time, "%s: the level loaded after it is not clean:\n%s",
                  t->name, o.out);
        return BY_A_TIME_LIMIT;
    }
    cr_assert_eq(o.status, t->want_ok ? 0 : 1, "%s: check exited %d:\n%s", t->name, o.status,
                 o.out);
    if (!t->want_ok) {
        cr_assert(strstr(o.out, t->where), "%s: no `path:line:` in\n%s", t->name, o.out);
        cr_assert(strstr(o.out, t->expect), "%s: expected \"%s\" in\n%s", t->name, t->expect,
                  o.out);
    }
    cr_assert(clean_ok, "%s: the level loaded after it is not clean:\n%s", t->name, o.out);
    return AS_ANNOUNCED;
}

/* Plays the trick through run, as play_check does through check. */
static ending play_run(const trick *t, const char *dir, char *const envp[], bool time_may_fire)
{
    char answers[600];
    snprintf(answers, sizeof answers, "%s/_answers.lua", DIR_);
    char *run_argv[] = {(char *)BIN, "run", (char *)t->file, "--answers", answers, NULL};
    outcome o = run(dir, run_argv, envp);
    check_bounds(t, "vigie run", &o);
    if (time_may_fire && o.status == 1 && stopped_by_a_time_limit(o.out, t->file) &&
        (t->want_ok || !strstr(o.out, t->expect)))
        return BY_A_TIME_LIMIT;
    cr_assert_eq(o.status, t->want_ok ? 0 : 1, "%s: run exited %d:\n%s", t->name, o.status, o.out);
    if (!t->want_ok)
        cr_assert(strstr(o.out, t->expect), "%s: run said\n%s", t->name, o.out);
    else
        cr_assert(strstr(o.out, "\"score\""), "%s: run said\n%s", t->name, o.out);
    return AS_ANNOUNCED;
}

/* Plays the trick through check and run (under the sanitizers, one of them), then checks that
 * its folder is untouched. */
static ending play(const trick *t, const char *dir, char *const envp[], bool time_may_fire)
{
    unsigned half = test_name_hash(t->name) % 2;
    ending how = AS_ANNOUNCED;
    if (!TEST_SANITIZED || half == 0)
        if (play_check(t, dir, envp, time_may_fire) == BY_A_TIME_LIMIT) how = BY_A_TIME_LIMIT;
    if (!TEST_SANITIZED || half == 1)
        if (play_run(t, dir, envp, time_may_fire) == BY_A_TIME_LIMIT) how = BY_A_TIME_LIMIT;
    cr_assert(dir_untouched(dir), "%s touched files in its folder", t->name);
    return how;
}

/* The folder a trick runs in, with its canary; removed by the suite's .fini, pass or fail. */
static char tmp[64];

static void remove_tmp(void)
{
    if (!tmp[0]) return;
    char canary[600];
    snprintf(canary, sizeof canary, "%s/canary.txt", tmp);
    unlink(canary);
    rmdir(tmp);
    tmp[0] = '\0';
}

TestSuite(hostile, .fini = remove_tmp);

ParameterizedTest(int *i, hostile, each_trick_ends_cleanly, .timeout = 300)
{
    list();
    make_envs();
    trick t = {.name = names[*i]};
    snprintf(t.file, sizeof t.file, "%s/%s", DIR_, t.name);
    snprintf(t.where, sizeof t.where, "%s:", t.file);
    FILE *f = fopen(t.file, "rb");
    cr_assert_not_null(f);
    char first[300] = {0};
    bool read = fgets(first, sizeof first, f) != NULL;
    fclose(f);
    cr_assert(read, "%s is empty", t.name);
    if (strncmp(first, "-- expect: ok", 13) == 0) {
        t.want_ok = true;
    } else if (strncmp(first, "-- expect: error \"", 18) == 0) {
        snprintf(t.expect, sizeof t.expect, "%s", first + 18);
        char *q = strrchr(t.expect, '"');
        cr_assert_not_null(q, "%s: bad expect line", t.name);
        *q = '\0';
        /* \" in the expect line stands for a quote */
        for (char *p = t.expect; (p = strstr(p, "\\\""));) memmove(p, p + 1, strlen(p));
    } else if (first[0] == 0x1b) {
        snprintf(t.expect, sizeof t.expect, "bytecode"); /* a binary file cannot carry a comment */
    } else {
        cr_assert_fail("%s: its first line must be `-- expect: …`", t.name);
    }

    snprintf(tmp, sizeof tmp, "/tmp/vigie-hostile-XXXXXX");
    cr_assert_not_null(mkdtemp(tmp));
    char canary[600];
    snprintf(canary, sizeof canary, "%s/canary.txt", tmp);
    FILE *c = fopen(canary, "w");
    cr_assert_not_null(c);
    fputs("canary\n", c);
    fclose(c);

    if (play(&t, tmp, env_default, true) == BY_A_TIME_LIMIT) {
        fprintf(stderr, "%s: a time limit fired first (a slow machine?); played again with %s %s\n",
                t.name, RAISED_LEVEL, RAISED_FRAME);
        play(&t, tmp, env_raised, false);
    }
}

Test(hostile, the_corpus_has_at_least_forty_tricks)
{
    list();
    cr_assert_geq(nnames, 40, "%zu", nnames);
}

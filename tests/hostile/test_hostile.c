/* test_hostile.c — every script in tests/hostile/ tries one trick. Each goes through
 * `vigie check` (followed, in the same process, by _clean.lua, which must find nothing
 * left behind) and `vigie run`, and must end with the outcome its first line announces:
 *   -- expect: error "substring"     exit 1 and a `path:line: message` with it
 *   -- expect: ok …                  the trick is harmless: exit 0
 * within a bounded time and memory, touching no file, and printing a bounded output. */
#define _GNU_SOURCE
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

#define BIN         VIGIE_BIN
#define DIR_        VIGIE_SOURCE_DIR "/tests/hostile"
#define MAX_SECONDS 8.0
#define MAX_RSS_KIB (256 * 1024)
#define MAX_OUTPUT  (64 * 1024)

extern char **environ;

typedef struct {
    int status;
    double seconds;
    long rss_kib;
    char *out;
    size_t out_len;
} outcome;

/* Runs argv in dir, capturing stdout and stderr together. */
static outcome run(const char *dir, char *const argv[])
{
    outcome o = {0};
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
    cr_assert_eq(posix_spawn(&pid, argv[0], &fa, NULL, argv, environ), 0);
    close(pipefd[1]);
    size_t cap = 1 << 20;
    o.out = malloc(cap + 1);
    ssize_t r;
    while ((r = read(pipefd[0], o.out + o.out_len, cap - o.out_len)) > 0) {
        o.out_len += (size_t)r;
        if (o.out_len == cap) { /* keep draining, count only */
            char sink[4096];
            while ((r = read(pipefd[0], sink, sizeof sink)) > 0) o.out_len += (size_t)r;
            break;
        }
    }
    close(pipefd[0]);
    o.out[o.out_len < cap ? o.out_len : cap] = '\0';
    struct rusage ru;
    int st;
    wait4(pid, &st, 0, &ru);
    clock_gettime(CLOCK_MONOTONIC, &b);
    posix_spawn_file_actions_destroy(&fa);
    o.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    o.seconds = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
    o.rss_kib = ru.ru_maxrss;
    return o;
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

static void check_bounds(const char *what, const outcome *o)
{
    cr_assert_lt(o->seconds, MAX_SECONDS, "%s took %.1f s", what, o->seconds);
    cr_assert_lt(o->rss_kib, MAX_RSS_KIB, "%s used %ld KiB", what, o->rss_kib);
    cr_assert_lt(o->out_len, MAX_OUTPUT, "%s printed %zu bytes", what, o->out_len);
    cr_assert_lt(o->status, 128, "%s was killed by signal %d:\n%s", what, o->status - 128, o->out);
}

ParameterizedTest(int *i, hostile, each_trick_ends_cleanly, .timeout = 60)
{
    list();
    const char *name = names[*i];
    char file[600], clean[600], answers[600], expect[300];
    snprintf(file, sizeof file, "%s/%s", DIR_, name);
    snprintf(clean, sizeof clean, "%s/_clean.lua", DIR_);
    snprintf(answers, sizeof answers, "%s/_answers.lua", DIR_);
    FILE *f = fopen(file, "rb");
    cr_assert_not_null(f);
    char first[300] = {0};
    cr_assert_not_null(fgets(first, sizeof first, f), "%s is empty", name);
    fclose(f);
    bool want_ok = false;
    expect[0] = '\0';
    if (strncmp(first, "-- expect: ok", 13) == 0) {
        want_ok = true;
    } else if (strncmp(first, "-- expect: error \"", 18) == 0) {
        snprintf(expect, sizeof expect, "%s", first + 18);
        char *q = strrchr(expect, '"');
        cr_assert_not_null(q, "%s: bad expect line", name);
        *q = '\0';
        /* \" in the expect line stands for a quote */
        for (char *p = expect; (p = strstr(p, "\\\""));) memmove(p, p + 1, strlen(p));
    } else if (first[0] == 0x1b) {
        snprintf(expect, sizeof expect, "bytecode"); /* a binary file cannot carry a comment */
    } else {
        cr_assert_fail("%s: its first line must be `-- expect: …`", name);
    }

    char tmp[] = "/tmp/vigie-hostile-XXXXXX";
    cr_assert_not_null(mkdtemp(tmp));
    char canary[600];
    snprintf(canary, sizeof canary, "%s/canary.txt", tmp);
    FILE *c = fopen(canary, "w");
    fputs("canary\n", c);
    fclose(c);

    char *check_argv[] = {(char *)BIN, "check", file, clean, NULL};
    outcome o = run(tmp, check_argv);
    check_bounds("vigie check", &o);
    cr_assert_eq(o.status, want_ok ? 0 : 1, "%s: check exited %d:\n%s", name, o.status, o.out);
    char where[700];
    snprintf(where, sizeof where, "%s:", file);
    if (!want_ok) {
        cr_assert(strstr(o.out, where), "%s: no `path:line:` in\n%s", name, o.out);
        cr_assert(strstr(o.out, expect), "%s: expected \"%s\" in\n%s", name, expect, o.out);
    }
    cr_assert(strstr(o.out, "_clean.lua: ok"), "%s: the level loaded after it is not clean:\n%s",
              name, o.out);
    free(o.out);

    char *run_argv[] = {(char *)BIN, "run", file, "--answers", answers, NULL};
    o = run(tmp, run_argv);
    check_bounds("vigie run", &o);
    cr_assert_eq(o.status, want_ok ? 0 : 1, "%s: run exited %d:\n%s", name, o.status, o.out);
    if (!want_ok)
        cr_assert(strstr(o.out, expect), "%s: run said\n%s", name, o.out);
    else
        cr_assert(strstr(o.out, "\"score\""), "%s: run said\n%s", name, o.out);
    free(o.out);

    cr_assert(dir_untouched(tmp), "%s touched files in its folder", name);
    unlink(canary);
    rmdir(tmp);
}

Test(hostile, the_corpus_has_at_least_forty_tricks)
{
    list();
    cr_assert_geq(nnames, 40, "%zu", nnames);
}

/* common.h — small helpers shared by the tests: running the vigie binary and reading what it
 * prints, and the seed of a test that draws at random. */
#ifndef VIGIE_TESTS_COMMON_H
#define VIGIE_TESTS_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

/* The last output run_capture read. This header owns it, so that a failing assertion, which
 * leaves the test at once, leaks nothing: it is freed by the next run_capture and at exit. */
static char *run_capture_buf;

static inline void run_capture_release(void)
{
    free(run_capture_buf);
    run_capture_buf = NULL;
}

/* Runs a shell command line (add 2>&1 to it for stderr too) and sets *out, when out is not NULL,
 * to what it printed: valid until the next call; the caller does not free it. Returns the exit
 * status, or -1. */
static inline int run_capture(const char *cmd, const char **out)
{
    static int registered;
    if (!registered) registered = atexit(run_capture_release) == 0;
    run_capture_release();
    if (out) *out = "";
    FILE *p = popen(cmd, "r");
    if (!p) return -1;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n - 1, p)) > 0) {
        n += r;
        if (n + 1 >= cap) {
            char *bigger = realloc(buf, cap * 2);
            if (!bigger) break; /* keep what was read */
            buf = bigger;
            cap *= 2;
        }
    }
    if (buf) buf[n] = '\0';
    int st = pclose(p);
    run_capture_buf = buf;
    if (out && buf) *out = buf;
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* Removes a test's scratch folder and all it holds; the status of rm -rf (0 when done). */
static inline int remove_tree(const char *dir)
{
    char cmd[1100];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd);
}

/* The seed of a test that draws at random: VIGIE_TEST_SEED when it is set, to replay a run, else
 * `fallback`, so that every run of the suite draws the same. Printed to stderr (ctest shows it
 * with a failure); put it in assertion messages too. */
/* TEST_SANITIZED is 1 when the tests run under AddressSanitizer and UBSan (tests/CMakeLists.txt):
 * that run looks for memory errors, not for a changed pixel or a cut text, and every instruction
 * is several times slower, so the slowest tests cover a rotating share of their cases there. */
#ifndef TEST_SANITIZED
#define TEST_SANITIZED 0
#endif

/* A stable small hash of a name, to spread the share a sanitized run covers over cases. */
static inline unsigned test_name_hash(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static inline unsigned test_seed(const char *test, unsigned fallback)
{
    const char *e = getenv("VIGIE_TEST_SEED");
    unsigned seed = e && *e ? (unsigned)strtoul(e, NULL, 10) : fallback;
    fprintf(stderr, "%s: seed %u (VIGIE_TEST_SEED=%u replays this run)\n", test, seed, seed);
    return seed;
}

#endif

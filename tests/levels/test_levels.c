/* test_levels.c — every shipped level is valid and is played through `vigie run` from
 * scripted answers, with scores worked out by hand in the answers files. */
#include "../common.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <jansson.h>
#include <sys/stat.h>
#include <unistd.h>

#define BIN VIGIE_BIN
#define SRC VIGIE_SOURCE_DIR

/* Reads `expect = { score = N, correct = N, points = { … } }` from an answers file. */
typedef struct {
    long score, correct;
    long points[64];
    size_t npoints;
} expectation;

static bool read_expect(const char *path, expectation *e)
{
    FILE *f = fopen(path, "r");
    if (!f) return false;
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    char *x = strstr(buf, "expect");
    if (!x) return false;
    char *s = strstr(x, "score"), *c = strstr(x, "correct"), *p = strstr(x, "points");
    if (!s || !c || sscanf(strchr(s, '=') + 1, "%ld", &e->score) != 1 ||
        sscanf(strchr(c, '=') + 1, "%ld", &e->correct) != 1)
        return false;
    e->npoints = 0;
    if (p) {
        char *q = strchr(p, '{');
        while (q && *q != '}' && e->npoints < 64) {
            q++;
            char *end;
            long v = strtol(q, &end, 10);
            if (end == q) break;
            e->points[e->npoints++] = v;
            q = end;
            while (*q == ' ' || *q == '\n') q++;
            if (*q != ',') break;
        }
    }
    return true;
}

/* The two runs play_with compares, released by the suite's .fini even when an assertion fails. */
static json_t *runs_held[2];

static void release_runs(void)
{
    for (int i = 0; i < 2; i++) {
        json_decref(runs_held[i]);
        runs_held[i] = NULL;
    }
}

TestSuite(levels, .fini = release_runs);

static json_t *run_level(const char *level, const char *answers, const char *extra)
{
    char cmd[2048];
    const char *out;
    snprintf(cmd, sizeof cmd, "'%s' run '%s' --answers '%s' %s", BIN, level, answers, extra);
    int st = run_capture(cmd, &out);
    cr_assert_eq(st, 0, "%s exited %d:\n%s", cmd, st, out);
    json_error_t jerr;
    json_t *j = json_loads(out, 0, &jerr);
    cr_assert_not_null(j, "not JSON (%s): %s", jerr.text, out);
    return j;
}

static void play_with(const char *level, const char *level_id, const char *answers)
{
    expectation e;
    cr_assert(read_expect(answers, &e), "%s: no `expect = { score = …, correct = … }`", answers);
    json_t *j = runs_held[0] = run_level(level, answers, "--seed 1");
    cr_assert_str_eq(json_string_value(json_object_get(j, "level")), level_id);
    cr_assert_eq(json_integer_value(json_object_get(j, "score")), e.score,
                 "%s: score %lld, expected %ld", answers,
                 (long long)json_integer_value(json_object_get(j, "score")), e.score);
    json_t *qs = json_object_get(j, "questions");
    long correct = 0;
    for (size_t i = 0; i < json_array_size(qs); i++) {
        json_t *q = json_array_get(qs, i);
        correct += json_is_true(json_object_get(q, "correct"));
        cr_assert(json_is_string(json_object_get(q, "id")) &&
                  json_is_string(json_object_get(q, "kind")));
        cr_assert(json_is_integer(json_object_get(q, "time_ms")));
        if (i < e.npoints)
            cr_assert_eq(json_integer_value(json_object_get(q, "points")), e.points[i],
                         "%s: question %zu", answers, i + 1);
    }
    cr_assert_eq(correct, e.correct);
    cr_assert_geq(json_integer_value(json_object_get(j, "max_score")), e.score);
    /* Answers name choices as written: another seed or language changes nothing (a question
     * of arithmetic, not of memory: not again under the sanitizers, common.h). */
    if (!TEST_SANITIZED) {
        json_t *k = runs_held[1] = run_level(level, answers, "--seed 987654 --lang en");
        cr_assert_eq(json_integer_value(json_object_get(k, "score")), e.score);
    }
    release_runs();
}

Test(levels, every_shipped_level_is_played_by_a_scripted_run)
{
    char dir[600];
    snprintf(dir, sizeof dir, "%s/levels", SRC);
    DIR *d = opendir(dir);
    cr_assert_not_null(d);
    struct dirent *pe;
    int levels = 0;
    while ((pe = readdir(d))) {
        if (pe->d_name[0] == '.') continue;
        char pack[900];
        snprintf(pack, sizeof pack, "%s/%s", dir, pe->d_name);
        DIR *pd = opendir(pack);
        if (!pd) continue;
        struct dirent *le;
        while ((le = readdir(pd))) {
            size_t n = strlen(le->d_name);
            if (n < 5 || strcmp(le->d_name + n - 4, ".lua") || !strcmp(le->d_name, "pack.lua"))
                continue;
            char level[1200], id[256];
            snprintf(level, sizeof level, "%s/%s", pack, le->d_name);
            snprintf(id, sizeof id, "%.*s", (int)(n - 4), le->d_name);
            levels++;
            /* Every answers file for it: tests/levels/<file name>.<case>.lua */
            char tdir[700];
            snprintf(tdir, sizeof tdir, "%s/tests/levels", SRC);
            DIR *td = opendir(tdir);
            cr_assert_not_null(td);
            struct dirent *ae;
            int runs = 0;
            while ((ae = readdir(td))) {
                if (strncmp(ae->d_name, id, strlen(id)) || ae->d_name[strlen(id)] != '.') continue;
                size_t an = strlen(ae->d_name);
                if (an < 5 || strcmp(ae->d_name + an - 4, ".lua")) continue;
                char answers[1400];
                snprintf(answers, sizeof answers, "%s/%s", tdir, ae->d_name);
                play_with(level, id, answers);
                runs++;
            }
            closedir(td);
            cr_assert_geq(runs, 1, "%s has no scripted run in tests/levels/%s.*.lua", level, id);
        }
        closedir(pd);
    }
    closedir(d);
    cr_assert_geq(levels, 1);
}

Test(levels, every_shipped_level_passes_check_without_a_warning)
{
    char cmd[1200];
    const char *out;
    snprintf(cmd, sizeof cmd, "'%s' check '%s/levels' 2>&1", BIN, SRC);
    int st = run_capture(cmd, &out);
    cr_assert_eq(st, 0, "%s", out);
    cr_assert_null(strstr(out, ": warning:"), "%s", out);
}

Test(levels, every_hands_on_kind_scores_right_partly_and_wrong_answers_as_worked_out_by_hand)
{
    static const char *const runs[] = {"right", "partly", "wrong"};
    for (size_t i = 0; i < 3; i++) {
        char answers[700];
        snprintf(answers, sizeof answers, "%s/tests/data/kinds-level.%s.lua", SRC, runs[i]);
        play_with(SRC "/tests/data/kinds-level.lua", "kinds", answers);
    }
}

Test(levels, a_mail_mock_up_scores_clues_found_less_wrong_marks)
{
    play_with(SRC "/tests/data/mail-level.lua", "mail-clues",
              SRC "/tests/data/mail-level.right.lua");
    play_with(SRC "/tests/data/mail-level.lua", "mail-clues",
              SRC "/tests/data/mail-level.partly.lua");
    play_with(SRC "/tests/data/mockups-level.lua", "mockups",
              SRC "/tests/data/mockups-level.right.lua");
    play_with(SRC "/tests/data/mockups-level.lua", "mockups",
              SRC "/tests/data/mockups-level.partly.lua");
    play_with(SRC "/tests/data/image-level.lua", "images",
              SRC "/tests/data/image-level.partly.lua");
    play_with(SRC "/tests/data/office-level.lua", "office",
              SRC "/tests/data/office-level.right.lua");
    play_with(SRC "/tests/data/office-level.lua", "office",
              SRC "/tests/data/office-level.partly.lua");
}

Test(levels, hands_on_answers_that_do_not_fit_are_refused_with_their_number)
{
    static const char *const bad[][2] = {
        {"return { { answer = { 1, 1, 2, 3 } }, { answer = { 1, 2, 1, 2 } }, { answer = 'x' }, "
         "{ answer = '1' }, { answer = 1 }, { answer = 'x' } }",
         "answer 1"},
        {"return { { answer = { 1, 2, 3, 4 } }, { answer = { 1, 2, 3, 2 } }, { answer = 'x' }, "
         "{ answer = '1' }, { answer = 1 }, { answer = 'x' } }",
         "answer 2"},
        {"return { { answer = { 1, 2, 3, 4 } }, { answer = { 1, 2, 1, 2 } }, { answer = {} }, "
         "{ answer = '1' }, { answer = 1 }, { answer = 'x' } }",
         "answer 3"},
        {"return { { answer = { 1, 2, 3, 4 } }, { answer = { 1, 2, 1, 2 } }, { answer = 'x' }, "
         "{ answer = '1' }, { answer = 'lots' }, { answer = 'x' } }",
         "answer 5"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char path[] = "/tmp/vigie-kinds-XXXXXX";
        int fd = mkstemp(path);
        cr_assert_geq(fd, 0);
        FILE *f = fdopen(fd, "w");
        fputs(bad[i][0], f);
        fclose(f);
        char cmd[1400];
        const char *out;
        snprintf(cmd, sizeof cmd, "'%s' run '%s/tests/data/kinds-level.lua' --answers '%s' 2>&1",
                 BIN, SRC, path);
        cr_assert_eq(run_capture(cmd, &out), 1, "%s", out);
        cr_assert(strstr(out, bad[i][1]), "expected \"%s\" in %s", bad[i][1], out);
        unlink(path);
    }
}

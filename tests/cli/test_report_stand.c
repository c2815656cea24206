/* test_report_stand.c — `vigie report --stand`: a stand's day in the terminal, on a small
 * database the test makes through store_* (Europe/Paris local time): today's figures by default,
 * another day's with --date, one pack's with --pack, in French and English; the database is only
 * read; no database is exit 1, a bad date or language exit 2. */
#include "../common.h"
#include "app/app.h"
#include "store/store.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#define BIN VIGIE_BIN

static char dir[] = "/tmp/vigie-report-stand-XXXXXX";
static char db[600];

static void setup(void)
{
    setenv("TZ", "Europe/Paris", 1); /* the child process inherits it */
    tzset();
    cr_assert_not_null(mkdtemp(dir));
    snprintf(db, sizeof db, "%s/vigie.db", dir);
}

static void teardown(void)
{
    char cmd[700];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) cr_log_warn("could not remove %s", dir);
}

TestSuite(report_stand, .init = setup, .fini = teardown);

static int64_t paris(int y, int mo, int d, int h, int mi)
{
    struct tm tm = {.tm_year = y - 1900,
                    .tm_mon = mo - 1,
                    .tm_mday = d,
                    .tm_hour = h,
                    .tm_min = mi,
                    .tm_isdst = -1};
    return (int64_t)mktime(&tm) * 1000;
}

/* A run in pack at `at`: three answers, the first one ("Quel numéro pour signaler ?") wrong
 * when miss, then finished with score (of 1000) or abandoned. */
static void play(store *s, const char *pack, int64_t at, bool miss, long score, bool abandon)
{
    game_error err = {0};
    store_run r = {NULL, NULL, pack, "round", "Le bon numéro", "fr", at, 1000, GAME_PACE_NORMAL};
    int64_t run;
    cr_assert(store_run_begin(s, &r, &run, &err), "%s", err.message);
    static const char *const prompts[] = {"Quel numéro pour signaler ?", "Arnaque ou pas ?",
                                          "Vrai ou IA ?"};
    for (int i = 0; i < 3; i++) {
        char qid[8];
        snprintf(qid, sizeof qid, "q%d", i + 1);
        bool right = !(i == 0 && miss);
        store_answer a = {run,
                          i + 1,
                          qid,
                          "choice",
                          prompts[i],
                          right ? "17Cyber" : "3018",
                          right,
                          false,
                          right ? 200 : 0,
                          3000,
                          at + 1000 * (i + 1),
                          right ? 1.0 : 0.0,
                          STORE_SURE_NOT_ASKED};
        cr_assert(store_answer_add(s, &a, &err), "%s", err.message);
    }
    if (abandon)
        cr_assert(store_run_abandon(s, run, at + 30000, &err), "%s", err.message);
    else
        cr_assert(store_run_end(s, run, score, at + 120000, &err), "%s", err.message);
}

/* Today (at 10:05, 10:40 and 14:20, whatever the hour now: the day is the test's), and the
 * 14th of October 2026. */
static void make_db(void)
{
    game_error err = {0};
    char notice[700];
    store *s = store_open(db, notice, sizeof notice, &err);
    cr_assert_not_null(s, "%s", err.message);
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    int y = tm.tm_year + 1900, mo = tm.tm_mon + 1, d = tm.tm_mday;
    play(s, "stand", paris(y, mo, d, 10, 5), true, 600, false);
    play(s, "stand", paris(y, mo, d, 10, 40), true, 800, false);
    play(s, "stand", paris(y, mo, d, 14, 20), true, 0, true);
    play(s, "lycee", paris(y, mo, d, 14, 30), false, 1000, false);
    play(s, "stand", paris(2026, 10, 14, 9, 15), false, 900, false);
    store_close(s);
}

static int vigie(const char *args, const char **out)
{
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "'%s' report --stand --db '%s' %s 2>&1", BIN, db, args);
    return run_capture(cmd, out);
}

Test(report_stand, today_in_french_counts_the_days_runs_and_the_question_most_missed)
{
    make_db();
    struct stat before, after;
    cr_assert_eq(stat(db, &before), 0);
    const char *out;
    cr_assert_eq(vigie("--lang fr --pack stand", &out), 0, "%s", out);
    cr_log_info("%s", out);
    cr_assert(strstr(out, "3 manches commencées, 2 finies, 1 abandonnée"), "%s", out);
    cr_assert(strstr(out, "Score moyen"), "%s", out);
    cr_assert(strstr(out, "70"), "the average of 60 and 80 %%: %s", out);
    cr_assert(strstr(out, "10\xc2\xa0h"), "the hour 10 has its bar: %s", out);
    cr_assert(strstr(out, "Quel numéro pour signaler ?"), "the question most missed: %s", out);
    cr_assert(strstr(out, "3018"), "its wrong answer chosen most: %s", out);
    cr_assert_eq(stat(db, &after), 0);
    cr_assert(before.st_size == after.st_size && before.st_mtime == after.st_mtime,
              "the report only reads");
}

Test(report_stand, every_pack_in_english_and_another_day_with_date)
{
    make_db();
    const char *out;
    cr_assert_eq(vigie("--lang en", &out), 0, "%s", out);
    cr_assert(strstr(out, "Visitors: 4 rounds begun, 3 finished, 1 abandoned"),
              "every pack without --pack: %s", out);
    cr_assert(strstr(out, "every pack"), "%s", out);
    cr_assert_eq(vigie("--lang en --date 2026-10-14", &out), 0, "%s", out);
    cr_assert(strstr(out, "2026-10-14"), "%s", out);
    cr_assert(strstr(out, "Visitors: 1 round begun, 1 finished, 0 abandoned"), "%s", out);
    cr_assert(strstr(out, "09:00"), "%s", out);
    cr_assert_eq(vigie("--lang en --date 2026-10-15", &out), 0, "%s", out);
    cr_assert(strstr(out, "No round that day."), "%s", out);
}

Test(report_stand, no_database_is_exit_1_a_bad_date_or_language_exit_2)
{
    const char *out;
    cr_assert_eq(vigie("", &out), 1, "%s", out);
    cr_assert(strstr(out, "no results database"), "%s", out);
    struct stat st;
    cr_assert_neq(stat(db, &st), 0, "nothing was made");
    make_db();
    cr_assert_eq(vigie("--date 2026-02-30x", &out), 2, "%s", out);
    cr_assert(strstr(out, "--date"), "%s", out);
    cr_assert_eq(vigie("--date yesterday", &out), 2, "%s", out);
    cr_assert_eq(vigie("--lang de", &out), 2, "%s", out);
    cr_assert(strstr(out, "--lang"), "%s", out);
    cr_assert_eq(vigie("--what", &out), 2, "%s", out);
    cr_assert(strstr(out, "usage"), "an unknown option prints the usage: %s", out);
}

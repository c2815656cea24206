/* test_pace.c — the pace a run was played at (issue 17: time accommodations), kept: an older
 * database migrates with its runs "normal"; a run played untimed or at 2× keeps its pace, and
 * every board row the ui reads says so (a level's best ever and of the day, a pack's sum, the
 * stand's day board, the session report and its print); the exports have a run_pace column. */
#include "db_fixture.h"
#include "store/store.h"

#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static char dir[] = "/tmp/vigie-pace-XXXXXX";
static char db[600];

static void setup(void)
{
    db_fixture_make(dir, db, sizeof db);
}

static void teardown(void)
{
    db_fixture_remove(dir);
}

TestSuite(pace, .init = setup, .fini = teardown);

static store *open_ok(void)
{
    return db_fixture_open(db, true);
}

/* A finished run of nick on level of pack "p" in session "S", one answer, at `at`. */
static void play(store *s, const char *nick, const char *level, int64_t at, long score,
                 game_pace pace)
{
    game_error err = {0};
    store_run r = {"S", nick, "p", level, "Level", "fr", at, 1000, pace};
    int64_t run;
    cr_assert(store_run_begin(s, &r, &run, &err), "%s", err.message);
    store_answer a = {run,
                      1,
                      "q1",
                      "choice",
                      "Prompt",
                      "B",
                      true,
                      false,
                      score,
                      4000,
                      at + 100,
                      1.0,
                      STORE_SURE_NOT_ASKED};
    cr_assert(store_answer_add(s, &a, &err), "%s", err.message);
    cr_assert(store_run_end(s, run, score, at + 1000, &err), "%s", err.message);
}

static char *text_of(void (*fill)(store *, FILE *), store *s)
{
    /* a temporary file read back (open_memstream's buffer would be a local's address to GCC) */
    FILE *f = tmpfile();
    cr_assert_not_null(f);
    fill(s, f);
    long len = ftell(f);
    cr_assert_geq(len, 0);
    char *text = malloc((size_t)len + 1);
    cr_assert_not_null(text);
    rewind(f);
    cr_assert_eq(fread(text, 1, (size_t)len, f), (size_t)len);
    text[len] = '\0';
    fclose(f);
    return text;
}

/* Whether the CSV line that holds p ends with field (its last column). */
static bool line_ends_with(const char *p, const char *field)
{
    size_t n = strcspn(p, "\r\n"), k = strlen(field);
    return n >= k && memcmp(p + n - k, field, k) == 0;
}

static void csv(store *s, FILE *f)
{
    game_error err = {0};
    cr_assert(store_export(s, f, STORE_CSV, NULL, 0, &err), "%s", err.message);
}

static void json(store *s, FILE *f)
{
    game_error err = {0};
    cr_assert(store_export(s, f, STORE_JSON, NULL, 0, &err), "%s", err.message);
}

static void report(store *s, FILE *f)
{
    game_error err = {0};
    store_report r;
    cr_assert(store_report_build(s, "S", &r, &err), "%s", err.message);
    store_report_print(&r, f);
    store_report_free(&r);
}

Test(pace, a_version_5_database_migrates_and_its_runs_stay_normal)
{
    sqlite3 *h;
    cr_assert_eq(sqlite3_open(db, &h), SQLITE_OK);
    cr_assert_eq(sqlite3_exec(h, STORE_SCHEMA_V1, NULL, NULL, NULL), SQLITE_OK);
    cr_assert_eq(sqlite3_exec(h,
                              "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                              "ALTER TABLE answers ADD COLUMN credit REAL NOT NULL DEFAULT 0;"
                              "ALTER TABLE answers ADD COLUMN sure INTEGER;"
                              "ALTER TABLE runs ADD COLUMN abandoned INTEGER NOT NULL DEFAULT 0;"
                              "CREATE INDEX runs_board ON runs(pack_id, level_id, score DESC,"
                              " ended_ms, player_id, max_score, started_ms, abandoned);"
                              "PRAGMA user_version = 5;"
                              "INSERT INTO players(nick, created_ms) VALUES('Ana', 1);"
                              "INSERT INTO runs(player_id, pack_id, level_id, level_title, lang,"
                              " started_ms, ended_ms, score, max_score)"
                              " VALUES(1, 'p', 'l', 'L', 'fr', 5000, 6000, 700, 1000);"
                              "INSERT INTO answers(run_id, seq, question_id, kind, prompt, answer,"
                              " correct, timeout, points, time_ms, at_ms, credit)"
                              " VALUES(1, 1, 'q1', 'choice', 'P', 'B', 1, 0, 700, 3000, 5500, 1);",
                              NULL, NULL, NULL),
                 SQLITE_OK, "%s", sqlite3_errmsg(h));
    sqlite3_close(h);
    store *s = open_ok();
    cr_assert_eq(store_schema_version(s), STORE_SCHEMA_VERSION);
    cr_assert_geq(STORE_SCHEMA_VERSION, 6);
    store_score b[2];
    cr_assert_eq(store_best(s, "p", "l", STORE_EVER, 10000, b, 2), 1);
    cr_assert_eq(b[0].score, 700);
    cr_assert_eq(b[0].pace, GAME_PACE_NORMAL);
    cr_assert_eq(store_damaged_rows(s), 0);
    char *t = text_of(csv, s);
    cr_assert(strstr(t, ";run_pace\r\n"), "%s", t);
    cr_assert(strstr(t, ";normal\r\n"), "the old run is normal: %s", t);
    free(t);
    store_close(s);
    cr_assert_eq(sqlite3_open(db, &h), SQLITE_OK);
    sqlite3_stmt *st;
    cr_assert_eq(sqlite3_prepare_v2(h, "SELECT pace FROM runs", -1, &st, NULL), SQLITE_OK);
    cr_assert_eq(sqlite3_step(st), SQLITE_ROW);
    cr_assert_str_eq((const char *)sqlite3_column_text(st, 0), "normal");
    sqlite3_finalize(st);
    sqlite3_close(h);
}

Test(pace, an_untimed_run_is_kept_with_its_pace_and_every_board_row_says_so)
{
    store *s = open_ok();
    int64_t now = (int64_t)time(NULL) * 1000;
    play(s, "Ana", "l1", now - 60000, 900, GAME_PACE_UNTIMED);
    play(s, "Bo", "l1", now - 50000, 800, GAME_PACE_NORMAL);
    play(s, "Bo", "l2", now - 40000, 500, GAME_PACE_X2);
    play(s, "Ana", "l2", now - 30000, 100, GAME_PACE_NORMAL);

    store_score b[4];
    cr_assert_eq(store_best(s, "p", "l1", STORE_EVER, now, b, 4), 2);
    cr_assert_str_eq(b[0].nick, "Ana");
    cr_assert_eq(b[0].pace, GAME_PACE_UNTIMED, "the best of all time says it was untimed");
    cr_assert_eq(b[1].pace, GAME_PACE_NORMAL);
    cr_assert_eq(store_best(s, "p", "l1", STORE_TODAY, now, b, 4), 2);
    cr_assert_eq(b[0].pace, GAME_PACE_UNTIMED, "and the best of the day");
    cr_assert_eq(b[1].pace, GAME_PACE_NORMAL);
    /* a pack's sum: the most generous pace among the best runs it sums */
    cr_assert_eq(store_best(s, "p", NULL, STORE_EVER, now, b, 4), 2);
    cr_assert_str_eq(b[0].nick, "Bo"); /* 800 + 500 */
    cr_assert_eq(b[0].pace, GAME_PACE_X2);
    cr_assert_eq(b[1].pace, GAME_PACE_UNTIMED); /* Ana: 900 untimed + 100 */
    /* the stand's day board, one row per run */
    cr_assert_eq(store_day_best(s, "p", 0, b, 4), 4);
    cr_assert_eq(b[0].score, 900);
    cr_assert_eq(b[0].pace, GAME_PACE_UNTIMED);
    cr_assert_eq(b[2].score, 500);
    cr_assert_eq(b[2].pace, GAME_PACE_X2);
    cr_assert_eq(b[3].pace, GAME_PACE_NORMAL);

    game_error err = {0};
    store_report r;
    cr_assert(store_report_build(s, "S", &r, &err), "%s", err.message);
    cr_assert_eq(r.nplayers, 4);
    for (size_t i = 0; i < r.nplayers; i++) {
        const game_report_player *p = &r.players[i];
        game_pace want = strcmp(p->level_id, "l1") == 0
                             ? (strcmp(p->nick, "Ana") == 0 ? GAME_PACE_UNTIMED : GAME_PACE_NORMAL)
                             : (strcmp(p->nick, "Bo") == 0 ? GAME_PACE_X2 : GAME_PACE_NORMAL);
        cr_assert_eq(p->pace, want, "%s on %s", p->nick, p->level_id);
    }
    store_report_free(&r);
    char *t = text_of(report, s);
    cr_assert(strstr(t, "900 / 1000  pace untimed\n"), "%s", t);
    cr_assert(strstr(t, "500 / 1000  pace 2\n"), "%s", t);
    cr_assert(strstr(t, "800 / 1000\n"), "a normal run has no tag: %s", t);
    cr_assert(strstr(t, "no speed bonus"), "the legend: %s", t);
    free(t);
    store_close(s);
}

Test(pace, a_report_with_no_run_at_another_pace_has_no_legend)
{
    store *s = open_ok();
    play(s, "Ana", "l1", 1000, 900, GAME_PACE_NORMAL);
    char *t = text_of(report, s);
    cr_assert_null(strstr(t, "pace"), "%s", t);
    free(t);
    store_close(s);
}

Test(pace, the_exports_show_each_runs_pace)
{
    store *s = open_ok();
    play(s, "Ana", "l1", 1000, 900, GAME_PACE_UNTIMED);
    play(s, "Bo", "l1", 2000, 800, GAME_PACE_X15);
    play(s, "Cy", "l1", 3000, 700, GAME_PACE_NORMAL);
    char *t = text_of(csv, s);
    const char *ana = strstr(t, ";Ana;"), *bo = strstr(t, ";Bo;"), *cy = strstr(t, ";Cy;");
    cr_assert(ana && bo && cy, "%s", t);
    cr_assert(line_ends_with(ana, ";untimed"), "%s", t);
    cr_assert(line_ends_with(bo, ";1.5"), "%s", t);
    cr_assert(line_ends_with(cy, ";normal"), "%s", t);
    free(t);
    t = text_of(json, s);
    cr_assert(strstr(t, "\"run_pace\": \"untimed\""), "%s", t);
    cr_assert(strstr(t, "\"run_pace\": \"1.5\""), "%s", t);
    cr_assert(strstr(t, "\"run_pace\": \"normal\""), "%s", t);
    free(t);
    store_close(s);
}

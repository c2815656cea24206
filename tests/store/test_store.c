/* test_store.c — the results database against real SQLite files in a temporary folder: the
 * schema and its migration from version 1, records and high scores, the session report,
 * exports parsed back, purges and retention, a damaged file, a read-only folder, a full disk,
 * and the writer thread. */
#include "db_check.h"
#include "db_fixture.h"
#include "store/store.h"

#include <criterion/criterion.h>
#include <jansson.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char dir[] = "/tmp/vigie-store-XXXXXX";
static char db[600];

static void setup(void)
{
    db_fixture_make(dir, db, sizeof db);
}

static void teardown(void)
{
    db_fixture_remove(dir);
}

TestSuite(store, .init = setup, .fini = teardown);

static store *open_ok(void)
{
    return db_fixture_open(db, false);
}

/* A day's noon, local time, in ms. */
static int64_t day(int y, int m, int d, int h)
{
    struct tm tm = {
        .tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d, .tm_hour = h, .tm_isdst = -1};
    return (int64_t)mktime(&tm) * 1000;
}

/* A run of one player with the given answers (1 right, 0 wrong) and score. */
static int64_t play(store *s, const char *session, const char *nick, const char *level,
                    const char *const *answers, const int *right, int n, long score, int64_t at)
{
    game_error err = {0};
    store_run r = {session, nick, "pack", level, "Level", "fr", at, 1000L * n, GAME_PACE_NORMAL};
    int64_t run;
    cr_assert(store_run_begin(s, &r, &run, &err), "%s", err.message);
    for (int i = 0; i < n; i++) {
        char qid[16], prompt[32];
        snprintf(qid, sizeof qid, "q%d", i + 1);
        snprintf(prompt, sizeof prompt, "Question %d?", i + 1);
        store_answer a = {run,
                          i + 1,
                          qid,
                          "choice",
                          prompt,
                          answers[i],
                          right[i] != 0,
                          false,
                          right[i] ? 900 : 0,
                          3000,
                          at + 1000 * (i + 1),
                          right[i] ? 1.0 : 0.0,
                          STORE_SURE_NOT_ASKED};
        cr_assert(store_answer_add(s, &a, &err), "%s", err.message);
    }
    cr_assert(store_run_end(s, run, score, at + 1000 * (n + 1), &err), "%s", err.message);
    return run;
}

static sqlite3 *raw(void)
{
    sqlite3 *h;
    cr_assert_eq(sqlite3_open(db, &h), SQLITE_OK);
    return h;
}

static void text_of(sqlite3 *h, const char *sql, char *buf, size_t n)
{
    sqlite3_stmt *st;
    cr_assert_eq(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
    cr_assert_eq(sqlite3_step(st), SQLITE_ROW);
    snprintf(buf, n, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
}

Test(store, a_new_database_is_in_wal_mode_at_the_current_schema)
{
    store *s = open_ok();
    cr_assert_eq(store_schema_version(s), STORE_SCHEMA_VERSION);
    store_close(s);
    sqlite3 *h = raw();
    char mode[16];
    text_of(h, "PRAGMA journal_mode", mode, sizeof mode);
    cr_assert_str_eq(mode, "wal");
    cr_assert_eq(db_scalar(h, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    sqlite3_close(h);
    char wal[700];
    snprintf(wal, sizeof wal, "%s-wal", db);
    struct stat st;
    cr_assert(stat(wal, &st) != 0 || st.st_size == 0, "a clean close checkpoints the WAL");
}

Test(store, the_first_schema_migrates_and_keeps_its_data)
{
    sqlite3 *h = raw();
    cr_assert_eq(sqlite3_exec(h, STORE_SCHEMA_V1, NULL, NULL, NULL), SQLITE_OK);
    cr_assert_eq(sqlite3_exec(h,
                              "PRAGMA user_version = 1;"
                              "INSERT INTO players(nick, created_ms) VALUES('Ana', 1);"
                              "INSERT INTO runs(player_id, pack_id, level_id, level_title, lang,"
                              " started_ms, ended_ms, score, max_score)"
                              " VALUES(1, 'pack', 'l', 'L', 'fr', 5, 6, 700, 1000);"
                              "INSERT INTO answers VALUES(1, 1, 'q1', 'choice', 'P', 'A', 1, 0,"
                              " 700, 2000, 6)",
                              NULL, NULL, NULL),
                 SQLITE_OK, "%s", sqlite3_errmsg(h));
    sqlite3_close(h);
    store *s = open_ok();
    cr_assert_eq(store_schema_version(s), STORE_SCHEMA_VERSION);
    store_score best[4];
    size_t n = store_best(s, "pack", "l", STORE_EVER, 10, best, 4);
    cr_assert_eq(n, 1);
    cr_assert_str_eq(best[0].nick, "Ana");
    cr_assert_eq(best[0].score, 700);
    game_error err = {0};
    cr_assert(store_retention_set(s, 30, &err), "version 2's settings work: %s", err.message);
    cr_assert_eq(store_retention(s), 30);
    store_close(s);
    /* opening again changes nothing */
    s = open_ok();
    cr_assert_eq(store_schema_version(s), STORE_SCHEMA_VERSION);
    store_close(s);
}

Test(store, answers_kept_before_credits_count_all_when_right_and_nothing_when_wrong)
{
    /* a database as version 2 left it: answers with no credit */
    sqlite3 *h = raw();
    cr_assert_eq(sqlite3_exec(h, STORE_SCHEMA_V1, NULL, NULL, NULL), SQLITE_OK);
    cr_assert_eq(sqlite3_exec(h,
                              "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                              "PRAGMA user_version = 2;"
                              "INSERT INTO sessions(name, started_ms) VALUES('S', 1);"
                              "INSERT INTO runs(session_id, pack_id, level_id, level_title, lang,"
                              " started_ms, ended_ms, score, max_score)"
                              " VALUES(1, 'pack', 'l', 'L', 'fr', 5, 6, 700, 2000);"
                              "INSERT INTO answers VALUES(1, 1, 'q1', 'choice', 'P', 'A', 1, 0,"
                              " 700, 2000, 6);"
                              "INSERT INTO answers VALUES(1, 2, 'q2', 'order', 'Q', 'B', 0, 0,"
                              " 300, 2000, 7)",
                              NULL, NULL, NULL),
                 SQLITE_OK, "%s", sqlite3_errmsg(h));
    sqlite3_close(h);
    store *s = open_ok();
    cr_assert_eq(store_schema_version(s), STORE_SCHEMA_VERSION);
    store_close(s);
    h = raw();
    cr_assert_eq(db_scalar(h, "SELECT COUNT(*) FROM answers WHERE seq = 1 AND credit = 1.0"), 1);
    cr_assert_eq(db_scalar(h, "SELECT COUNT(*) FROM answers WHERE seq = 2 AND credit = 0.0"), 1,
                 "a wrong answer of old had no credit kept: none");
    sqlite3_close(h);
}

Test(store, a_partly_right_answer_keeps_its_credit_and_the_report_counts_its_share)
{
    store *s = open_ok();
    game_error err = {0};
    store_run r = {"S", "Ana", "pack", "l", "Level", "fr", 1000, 2000, GAME_PACE_NORMAL};
    int64_t run;
    cr_assert(store_run_begin(s, &r, &run, &err), "%s", err.message);
    store_answer a = {run, 1,    "q1", "sort", "Sort them",         "a → x", false, false,
                      500, 3000, 2000, 0.5,    STORE_SURE_NOT_ASKED};
    cr_assert(store_answer_add(s, &a, &err), "%s", err.message);
    store_answer b = {run,  2,    "q2", "choice", "Pick one",          "y", true, false,
                      1000, 3000, 3000, 1.0,      STORE_SURE_NOT_ASKED};
    cr_assert(store_answer_add(s, &b, &err), "%s", err.message);
    cr_assert(store_run_end(s, run, 1500, 4000, &err), "%s", err.message);
    store_run r2 = {"S", "Bo", "pack", "l", "Level", "fr", 5000, 2000, GAME_PACE_NORMAL};
    cr_assert(store_run_begin(s, &r2, &run, &err), "%s", err.message);
    store_answer c = {run, 1,    "q1", "sort", "Sort them",         "b → x", false, false,
                      0,   3000, 6000, 0,      STORE_SURE_NOT_ASKED};
    cr_assert(store_answer_add(s, &c, &err), "%s", err.message);
    cr_assert(store_run_end(s, run, 0, 7000, &err), "%s", err.message);
    sqlite3 *h = raw();
    cr_assert_eq(db_scalar(h, "SELECT COUNT(*) FROM answers WHERE seq = 1 AND credit = 0.5"), 1);
    sqlite3_close(h);
    store_report rep;
    cr_assert(store_report_build(s, "S", &rep, &err), "%s", err.message);
    cr_assert_eq(rep.nquestions, 2);
    const store_report_question *q = &rep.questions[0];
    cr_assert_str_eq(q->question_id, "q1", "the least right first");
    cr_assert_eq(q->answers, 2);
    cr_assert_eq(q->right, 0);
    cr_assert_float_eq(q->credit, 0.5, 1e-9);
    cr_assert_eq(game_report_pct(q), 25, "half of one answer of two: 25 %%, not 0 %%");
    cr_assert_eq(game_report_pct(&rep.questions[1]), 100);
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    store_report_print(&rep, f);
    fclose(f);
    cr_assert(strstr(text, " 25 % right (2 answers, 0 all right)"), "%s", text);
    free(text);
    store_report_free(&rep);
    /* exported as a whole percentage, a number no spreadsheet misreads */
    f = open_memstream(&text, &len);
    cr_assert(store_export(s, f, STORE_JSON, "S", 0, &err), "%s", err.message);
    fclose(f);
    json_error_t je;
    json_t *root = json_loads(text, 0, &je);
    free(text);
    cr_assert_not_null(root, "%s", je.text);
    json_t *first = json_array_get(json_object_get(root, "answers"), 0);
    cr_assert_eq(json_integer_value(json_object_get(first, "credit_pct")), 50);
    json_decref(root);
    store_close(s);
}

Test(store, a_newer_schema_is_refused_not_damaged)
{
    sqlite3 *h = raw();
    cr_assert_eq(sqlite3_exec(h, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(h);
    game_error err = {0};
    cr_assert_null(store_open(db, NULL, 0, &err));
    cr_assert(strstr(err.message, "newer Vigie"), "%s", err.message);
}

Test(store, nicknames_are_nicknames)
{
    char out[64];
    cr_assert(store_nick_valid("  Léa  ", out, sizeof out));
    cr_assert_str_eq(out, "Léa");
    cr_assert(store_nick_valid("J B", out, sizeof out));
    cr_assert(store_nick_valid("ABC", out, sizeof out));
    cr_assert(store_nick_valid("dark_vador.2", out, sizeof out));
    cr_assert(store_nick_valid("a   b", out, sizeof out) && !strcmp(out, "a b"));
    static const char *const bad[] = {
        "", "   ", "=1+1", "a@b.fr", "0612345678", "seventeen chars!", "<b>", "a\tb", "x\xc2\xa0y"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        cr_assert_not(store_nick_valid(bad[i], out, sizeof out), "%s", bad[i]);
}

Test(store, high_scores_by_period_level_and_pack)
{
    store *s = open_ok();
    static const char *const ans[] = {"A", "B"};
    static const int rr[] = {1, 1}, rw[] = {1, 0};
    int64_t now = day(2026, 11, 28, 15);                                  /* a Saturday */
    play(s, NULL, "Old", "l1", ans, rr, 2, 1800, day(2026, 11, 2, 10));   /* weeks ago */
    play(s, NULL, "Week", "l1", ans, rw, 2, 900, day(2026, 11, 24, 10));  /* Tuesday */
    play(s, NULL, "Today", "l1", ans, rw, 2, 600, day(2026, 11, 28, 9));  /* this morning */
    play(s, NULL, "Today", "l1", ans, rw, 2, 400, day(2026, 11, 28, 10)); /* worse: not kept */
    play(s, NULL, "Today", "l2", ans, rr, 2, 1500, day(2026, 11, 28, 11));
    play(s, NULL, NULL, "l1", ans, rr, 2, 2000, day(2026, 11, 28, 12)); /* anonymous */
    store_score b[8];
    size_t n = store_best(s, "pack", "l1", STORE_TODAY, now, b, 8);
    cr_assert_eq(n, 1);
    cr_assert_str_eq(b[0].nick, "Today");
    cr_assert_eq(b[0].score, 600);
    n = store_best(s, "pack", "l1", STORE_WEEK, now, b, 8);
    cr_assert_eq(n, 2);
    cr_assert_str_eq(b[0].nick, "Week");
    n = store_best(s, "pack", "l1", STORE_EVER, now, b, 8);
    cr_assert_eq(n, 3);
    cr_assert_str_eq(b[0].nick, "Old");
    cr_assert_eq(b[0].score, 1800);
    /* the pack: each player's best per level, summed */
    n = store_best(s, "pack", NULL, STORE_TODAY, now, b, 8);
    cr_assert_eq(n, 1);
    cr_assert_eq(b[0].score, 2100);
    cr_assert_eq(b[0].max_score, 4000);
    store_close(s);
}

Test(store, the_report_puts_misconceptions_first)
{
    store *s = open_ok();
    int64_t t = day(2026, 11, 28, 10);
    static const char *const a1[] = {"right", "Le nom affiché", "right"};
    static const int r1[] = {1, 0, 1};
    static const char *const a2[] = {"right", "Le nom affiché", "Le logo"};
    static const int r2[] = {1, 0, 0};
    static const char *const a3[] = {"right", "Le logo", "right"};
    static const int r3[] = {1, 0, 1};
    play(s, "2nde B", "Ana", "l", a1, r1, 3, 1800, t);
    play(s, "2nde B", "Bo", "l", a2, r2, 3, 900, t + 60000);
    play(s, "2nde B", NULL, "l", a3, r3, 3, 1800, t + 120000);
    play(s, "other", "Zed", "l", a3, r3, 3, 1800, t); /* another session: not counted */
    store_report r;
    game_error err = {0};
    cr_assert(store_report_build(s, "2nde B", &r, &err), "%s", err.message);
    cr_assert_eq(r.nplayers, 3);
    cr_assert_eq(r.players[2].score, 900);
    cr_assert_str_eq(r.players[2].nick, "Bo");
    cr_assert_eq(r.nquestions, 3);
    cr_assert_str_eq(r.questions[0].question_id, "q2"); /* 0 of 3 right */
    cr_assert_eq(r.questions[0].right, 0);
    cr_assert_eq(r.questions[0].answers, 3);
    cr_assert_str_eq(r.questions[0].top_wrong, "Le nom affiché");
    cr_assert_eq(r.questions[0].top_wrong_count, 2);
    cr_assert_str_eq(r.questions[1].question_id, "q3"); /* 2 of 3 */
    cr_assert_str_eq(r.questions[2].question_id, "q1"); /* 3 of 3 */
    cr_assert_str_eq(r.questions[2].top_wrong, "");
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    store_report_print(&r, f);
    fclose(f);
    cr_assert(strstr(text, "Le nom affiché"), "%s", text);
    free(text);
    store_report_free(&r);
    cr_assert_not(store_report_build(s, "nope", &r, &err));
    cr_assert(strstr(err.message, "no session"), "%s", err.message);
    store_close(s);
}

Test(store, the_report_ranks_the_players_of_each_level_apart)
{
    store *s = open_ok();
    int64_t t = day(2026, 11, 28, 10);
    static const char *const a[] = {"right"};
    static const int r1[] = {1};
    play(s, "S", "Ana", "easy", a, r1, 1, 800, t);
    play(s, "S", "Bo", "hard", a, r1, 1, 950, t + 1000);
    play(s, "S", "Cy", "easy", a, r1, 1, 900, t + 2000);
    play(s, "S", "Ana", "hard", a, r1, 1, 300, t + 3000);
    store_report r;
    game_error err = {0};
    cr_assert(store_report_build(s, "S", &r, &err), "%s", err.message);
    cr_assert_eq(r.npeople, 3);
    cr_assert_eq(r.nplayers, 4);
    cr_assert_str_eq(r.players[0].level_id, "easy"); /* the level played first comes first */
    cr_assert_str_eq(r.players[0].nick, "Cy");
    cr_assert_eq(r.players[0].rank, 1);
    cr_assert_str_eq(r.players[1].nick, "Ana");
    cr_assert_eq(r.players[1].rank, 2);
    cr_assert_str_eq(r.players[2].level_id, "hard");
    cr_assert_str_eq(r.players[2].nick, "Bo");
    cr_assert_eq(r.players[2].rank, 1); /* each level's list starts again at 1 */
    cr_assert_str_eq(r.players[3].nick, "Ana");
    cr_assert_eq(r.players[3].rank, 2);
    store_report_free(&r);
    store_close(s);
}

/* Parses the CSV export (';', RFC 4180 quotes) into rows of cells. */
static int parse_csv(const char *text, char cells[64][24][300], int max_rows)
{
    int row = 0, col = 0;
    size_t k = 0;
    bool quoted = false;
    const char *p = text;
    cr_assert_eq(strncmp(p, "\xEF\xBB\xBF", 3), 0, "a BOM first");
    p += 3;
    for (; *p && row < max_rows; p++) {
        char c = *p;
        if (quoted) {
            if (c == '"' && p[1] == '"') {
                cells[row][col][k++] = '"';
                p++;
            } else if (c == '"') {
                quoted = false;
            } else {
                cells[row][col][k++] = c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ';') {
            cells[row][col][k] = '\0';
            col++, k = 0;
        } else if (c == '\r' && p[1] == '\n') {
            cells[row][col][k] = '\0';
            row++, col = 0, k = 0;
            p++;
        } else {
            cells[row][col][k++] = c;
        }
    }
    return row;
}

Test(store, exports_parse_back_and_carry_no_formula)
{
    store *s = open_ok();
    int64_t t = day(2026, 11, 28, 10);
    static const char *const ans[] = {"=HYPERLINK(\"x\")", "a; b \"c\"\nd"};
    static const int rr[] = {0, 1};
    play(s, "2nde B", "Ana", "l", ans, rr, 2, 900, t);
    static const char *const ans2[] = {"+33 6", "@SUM(A1)"};
    play(s, "2nde C", "Bo", "l", ans2, rr, 2, 900, t);
    char path[700];
    snprintf(path, sizeof path, "%s/x.csv", dir);
    FILE *f = fopen(path, "wb");
    game_error err = {0};
    cr_assert(store_export(s, f, STORE_CSV, "2nde B", 0, &err), "%s", err.message);
    fclose(f);
    f = fopen(path, "rb");
    static char text[1 << 16];
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = '\0';
    fclose(f);
    static char cells[64][24][300];
    int rows = parse_csv(text, cells, 64);
    cr_assert_eq(rows, 3, "a header and two answers:\n%s", text);
    cr_assert_str_eq(cells[0][0], "session");
    cr_assert_str_eq(cells[0][14], "answer");
    cr_assert_str_eq(cells[1][0], "2nde B");
    cr_assert_str_eq(cells[1][2], "Ana");
    cr_assert_str_eq(cells[1][14], "'=HYPERLINK(\"x\")", "the formula is neutralised");
    cr_assert_str_eq(cells[2][14], "a; b \"c\"\nd", "quotes, separators and newlines survive");
    cr_assert_str_eq(cells[2][15], "1");
    cr_assert_str_eq(cells[0][18], "credit_pct");
    cr_assert_str_eq(cells[1][18], "0");
    cr_assert_str_eq(cells[2][18], "100");

    /* JSON: everything since a date, parsed back with jansson */
    snprintf(path, sizeof path, "%s/x.json", dir);
    f = fopen(path, "wb");
    cr_assert(store_export(s, f, STORE_JSON, NULL, t - 1000, &err), "%s", err.message);
    fclose(f);
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    cr_assert_not_null(root, "%s", je.text);
    json_t *arr = json_object_get(root, "answers");
    cr_assert_eq(json_array_size(arr), 4);
    json_t *last = json_array_get(arr, 3);
    cr_assert_str_eq(json_string_value(json_object_get(last, "answer")), "@SUM(A1)");
    cr_assert_str_eq(json_string_value(json_object_get(last, "session")), "2nde C");
    cr_assert(json_is_true(json_object_get(last, "correct")));
    cr_assert_eq(json_integer_value(json_object_get(last, "points")), 900);
    json_decref(root);
    /* since after everything: an empty list */
    f = fopen(path, "wb");
    cr_assert(store_export(s, f, STORE_JSON, NULL, t + 86400000, &err));
    fclose(f);
    root = json_load_file(path, 0, &je);
    cr_assert_not_null(root, "%s", je.text);
    cr_assert_eq(json_array_size(json_object_get(root, "answers")), 0);
    json_decref(root);
    store_close(s);
}

Test(store, purge_and_retention_remove_old_results_and_the_names_they_held)
{
    store *s = open_ok();
    static const char *const ans[] = {"A"};
    static const int rr[] = {1};
    int64_t now = (int64_t)time(NULL) * 1000;
    play(s, "old class", "Old", "l", ans, rr, 1, 900, now - 400LL * 86400000);
    play(s, NULL, "Mid", "l", ans, rr, 1, 900, now - 40LL * 86400000);
    play(s, NULL, "New", "l", ans, rr, 1, 900, now - 86400000);
    game_error err = {0};
    long removed = 0;
    cr_assert(store_purge(s, now - 365LL * 86400000, &removed, &err), "%s", err.message);
    cr_assert_eq(removed, 1);
    cr_assert(store_retention_set(s, 30, &err));
    store_close(s);
    s = open_ok(); /* the retention applies at start */
    store_close(s);
    sqlite3 *h = raw();
    cr_assert_eq(db_scalar(h, "SELECT COUNT(*) FROM runs"), 1);
    cr_assert_eq(db_scalar(h, "SELECT COUNT(*) FROM answers"), 1);
    cr_assert_eq(db_scalar(h, "SELECT COUNT(*) FROM players"), 1, "no nickname kept for nothing");
    cr_assert_eq(db_scalar(h, "SELECT COUNT(*) FROM sessions"), 0);
    sqlite3_close(h);
}

Test(store, a_damaged_file_is_moved_aside_and_a_new_one_made)
{
    FILE *f = fopen(db, "wb");
    for (int i = 0; i < 300; i++) fputs("not a database at all\n", f);
    fclose(f);
    game_error err = {0};
    char notice[700];
    store *s = store_open(db, notice, sizeof notice, &err);
    cr_assert_not_null(s, "%s", err.message);
    cr_assert(strstr(notice, "vigie.db.broken-"), "where it was kept: %s", notice);
    store_close(s);
    char cmd[800], *out = NULL;
    snprintf(cmd, sizeof cmd, "ls '%s'", dir);
    FILE *p = popen(cmd, "r");
    char line[300];
    int broken = 0;
    while (fgets(line, sizeof line, p)) broken += strstr(line, "vigie.db.broken-") != NULL;
    pclose(p);
    free(out);
    cr_assert_eq(broken, 1, "the old file is kept");
    s = open_ok(); /* and the new one is fine: no second notice */
    store_close(s);
}

Test(store, a_database_damaged_inside_is_caught_by_the_check)
{
    store *s = open_ok();
    static const char *const ans[] = {"A"};
    static const int rr[] = {1};
    for (int i = 0; i < 200; i++) play(s, NULL, "Ana", "l", ans, rr, 1, 900, 1000 + i);
    store_close(s);
    /* the full check runs after an unclean stop (test_stand.c): the stamp a clean close left
     * is gone, as when a game is killed */
    char stamp[700];
    snprintf(stamp, sizeof stamp, "%s-clean", db);
    cr_assert_eq(unlink(stamp), 0);
    /* scribble over the middle of the file, past the header */
    FILE *f = fopen(db, "r+b");
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, size / 2, SEEK_SET);
    for (long i = 0; i < 8192; i++) fputc(0xA5, f);
    fclose(f);
    game_error err = {0};
    char notice[700];
    s = store_open(db, notice, sizeof notice, &err);
    cr_assert_not_null(s, "%s", err.message);
    cr_assert(strstr(notice, ".broken-"), "notice: %s", notice);
    store_close(s);
}

Test(store, a_read_only_folder_gives_a_clear_error)
{
    char path[800];
    if (geteuid() == 0) {
        /* root writes anywhere it may: /proc is read-only for everybody */
        snprintf(path, sizeof path, "/proc/vigie-test/vigie.db");
    } else {
        char ro[600];
        snprintf(ro, sizeof ro, "%s/ro", dir);
        cr_assert_eq(mkdir(ro, 0555), 0);
        snprintf(path, sizeof path, "%s/vigie.db", ro);
    }
    game_error err = {0};
    store *s = store_open(path, NULL, 0, &err);
    cr_assert_null(s);
    cr_assert(strstr(err.message, "cannot"), "%s", err.message);
}

Test(store, a_full_disk_gives_a_clear_error_and_no_crash)
{
    store *s0 = open_ok(); /* made before the limit */
    store_close(s0);
    pid_t pid = fork();
    cr_assert_geq(pid, 0);
    if (pid == 0) {
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit rl = {200 * 1024, 200 * 1024};
        setrlimit(RLIMIT_FSIZE, &rl);
        game_error err = {0};
        store *s = store_open(db, NULL, 0, &err);
        if (!s) _exit(3);
        store_run r = {NULL, "Ana", "pack", "l", "L", "fr", 1, 1000, GAME_PACE_NORMAL};
        int64_t run;
        if (!store_run_begin(s, &r, &run, &err)) _exit(4);
        static char big[800];
        memset(big, 'x', sizeof big - 1);
        for (int i = 1; i < 100000; i++) {
            store_answer a = {
                run, i, "q", "choice", big, big, true, false, 1, 1, i, 1.0, STORE_SURE_NOT_ASKED};
            if (!store_answer_add(s, &a, &err)) {
                bool clear = strstr(err.message, "full") != NULL;
                store_close(s);
                _exit(clear ? 0 : 5);
            }
        }
        _exit(6);
    }
    int st;
    waitpid(pid, &st, 0);
    cr_assert(WIFEXITED(st), "the writer crashed (signal %d)", WTERMSIG(st));
    cr_assert_eq(WEXITSTATUS(st), 0, "exit %d: no clear \"disk is full\" message", WEXITSTATUS(st));
    /* what was written before is whole */
    sqlite3 *h = raw();
    char ok[16];
    text_of(h, "PRAGMA integrity_check", ok, sizeof ok);
    cr_assert_str_eq(ok, "ok");
    cr_assert_gt(db_scalar(h, "SELECT COUNT(*) FROM answers"), 5, "the answers before are kept");
    sqlite3_close(h);
}

Test(store, the_writer_commits_off_the_caller_thread)
{
    store *reader = open_ok();
    game_error perr = {0};
    store *s = store_open_peer(reader, &perr); /* the writer's own connection */
    cr_assert_not_null(s, "%s", perr.message);
    store_writer *w = store_writer_start(s);
    cr_assert_not_null(w);
    store_run r = {"2nde B", "Ana", "pack", "l", "L", "fr", 1000, 40000, GAME_PACE_NORMAL};
    store_writer_run_begin(w, &r);
    for (int i = 1; i <= 40; i++) {
        store_answer a = {0,
                          i,
                          "q",
                          "choice",
                          "P",
                          "A",
                          i % 2,
                          false,
                          100,
                          2000,
                          1000 + i,
                          i % 2,
                          STORE_SURE_NOT_ASKED};
        store_writer_answer(w, &a);
    }
    store_writer_run_end(w, 2000, 50000);
    store_writer_flush(w);
    char msg[200];
    cr_assert_not(store_writer_take_error(w, msg, sizeof msg), "%s", msg);
    store_score best[2];
    cr_assert_eq(store_best(reader, "pack", "l", STORE_EVER, 60000, best, 2), 1,
                 "the reader sees what the writer committed");
    cr_assert_eq(best[0].score, 2000);
    store_writer_stop(w);
    store_close(reader);
    sqlite3 *h = raw();
    cr_assert_eq(db_scalar(h, "SELECT COUNT(*) FROM answers"), 40);
    cr_assert_eq(db_scalar(h, "SELECT score FROM runs"), 2000);
    sqlite3_close(h);
}

/* ---- the answer in words, as kept for the report ---- */

static void words_of(const game_question *q, const game_response *r, game_lang lang, char *buf,
                     size_t n)
{
    game_answer a = {.answered = true, .resp = *r};
    game_answer_words(q, &a, lang, buf, n);
}

Test(store, a_sort_answer_is_kept_as_cards_and_bins_by_name)
{
    game_question q = {.kind = GAME_KIND_SORT, .nitems = 2, .nbins = 2};
    q.items[0].s[GAME_LANG_EN] = "Invoice from a stranger";
    q.items[1].s[GAME_LANG_EN] = "Note from the school";
    q.bins[0].s[GAME_LANG_EN] = "Suspicious";
    q.bins[1].s[GAME_LANG_EN] = "Safe";
    game_response r = {.bins = {1, 1}};
    char w[600];
    words_of(&q, &r, GAME_LANG_EN, w, sizeof w);
    cr_assert_str_eq(w, "Invoice from a stranger → Safe, Note from the school → Safe");
}

Test(store, an_order_answer_is_kept_as_the_items_texts_in_the_order_given)
{
    game_question q = {.kind = GAME_KIND_ORDER, .nitems = 3};
    q.items[0].s[GAME_LANG_FR] = "Lire";
    q.items[1].s[GAME_LANG_FR] = "Vérifier l’expéditeur";
    q.items[2].s[GAME_LANG_FR] = "Supprimer";
    game_response r = {.order = {2, 0, 1}};
    char w[600];
    words_of(&q, &r, GAME_LANG_FR, w, sizeof w);
    cr_assert_str_eq(w, "Supprimer → Lire → Vérifier l’expéditeur");
}

Test(store, an_estimate_is_kept_with_its_unit_and_three_digits)
{
    game_question q = {.kind = GAME_KIND_ESTIMATE};
    q.unit.s[GAME_LANG_EN] = "km";
    q.unit.s[GAME_LANG_FR] = "km";
    game_response r = {.value = 31622.8};
    char w[600];
    words_of(&q, &r, GAME_LANG_EN, w, sizeof w);
    cr_assert_str_eq(w, "31,600\u00a0km"); /* the game's formatter: a no-break space */
    words_of(&q, &r, GAME_LANG_FR, w, sizeof w);
    cr_assert_str_eq(w, "31\u202f600\u00a0km");
    r.value = 2.71828;
    words_of(&q, &r, GAME_LANG_FR, w, sizeof w);
    cr_assert_str_eq(w, "2,72\u00a0km");
}

Test(store, a_hotspot_answer_is_kept_as_the_clues_missed_by_their_text)
{
    game_question q = {.kind = GAME_KIND_HOTSPOT, .nparts = 3};
    q.parts[0] = (game_part){.clue = true, .name = "from"};
    q.parts[0].text.s[GAME_LANG_EN] = "service@paypa1-secure.com";
    q.parts[1] = (game_part){.clue = false, .name = "subject"};
    q.parts[1].text.s[GAME_LANG_EN] = "Your monthly statement";
    q.parts[2] = (game_part){.clue = true, .name = "body.1"};
    q.parts[2].text.s[GAME_LANG_EN] =
        "Your account will be closed within 24 hours unless you confirm your details now";
    game_response r = {.chosen = 1u << 1};
    char w[600];
    words_of(&q, &r, GAME_LANG_EN, w, sizeof w);
    cr_assert_str_eq(w, "missed: “service@paypa1-secure.com”, “Your account will be closed "
                        "within 24…” · wrongly marked: “Your monthly statement”");
    cr_assert_null(strstr(w, "body.1"));
}

Test(store, a_password_answer_is_kept_as_its_strength_in_words_never_itself)
{
    game_question q = {.kind = GAME_KIND_PASSWORD, .strength = 3};
    game_response r = {0};
    snprintf(r.text, sizeof r.text, "%s", "password1");
    char w[600];
    words_of(&q, &r, GAME_LANG_EN, w, sizeof w);
    cr_assert_str_eq(w, "very weak password (0/4)");
    cr_assert_null(strstr(w, "password1"));
}

Test(store, version_3_migrates_to_a_sure_column_not_asked_for_the_answers_kept)
{
    /* a database as version 3 left it: answers with a credit, and no word of how sure */
    sqlite3 *h = raw();
    cr_assert_eq(sqlite3_exec(h, STORE_SCHEMA_V1, NULL, NULL, NULL), SQLITE_OK);
    cr_assert_eq(sqlite3_exec(h,
                              "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                              "ALTER TABLE answers ADD COLUMN credit REAL NOT NULL DEFAULT 0;"
                              "PRAGMA user_version = 3;"
                              "INSERT INTO sessions(name, started_ms) VALUES('S', 1);"
                              "INSERT INTO runs(session_id, pack_id, level_id, level_title, lang,"
                              " started_ms, ended_ms, score, max_score)"
                              " VALUES(1, 'pack', 'l', 'L', 'fr', 5, 6, 700, 2000);"
                              "INSERT INTO answers VALUES(1, 1, 'q1', 'choice', 'P', 'A', 0, 0,"
                              " 0, 2000, 6, 0.0)",
                              NULL, NULL, NULL),
                 SQLITE_OK, "%s", sqlite3_errmsg(h));
    sqlite3_close(h);
    store *s = open_ok();
    cr_assert_eq(store_schema_version(s), STORE_SCHEMA_VERSION);
    game_error err = {0};
    /* then a level that asks: one wrong and sure, one wrong and not sure, one right and sure */
    int64_t run;
    store_run r = {"S", "Ana", "pack", "l", "Level", "fr", 1000, 2000, GAME_PACE_NORMAL};
    cr_assert(store_run_begin(s, &r, &run, &err), "%s", err.message);
    store_answer a = {run,   2, "q1", "choice", "P", "B",           false,
                      false, 0, 1000, 1001,     0,   STORE_SURE_YES};
    cr_assert(store_answer_add(s, &a, &err), "%s", err.message);
    a.seq = 3, a.sure = STORE_SURE_NO;
    cr_assert(store_answer_add(s, &a, &err), "%s", err.message);
    a.seq = 4, a.sure = STORE_SURE_YES, a.correct = true, a.credit = 1, a.answer = "A";
    cr_assert(store_answer_add(s, &a, &err), "%s", err.message);
    store_report rep = {0};
    cr_assert(store_report_build(s, "S", &rep, &err), "%s", err.message);
    cr_assert_eq(rep.nquestions, 1);
    cr_assert_eq(rep.questions[0].answers, 4);
    cr_assert_eq(rep.questions[0].sure_wrong, 1,
                 "sure and wrong: only the one who said so, not the answer kept before");
    store_report_free(&rep);
    store_close(s);
    h = raw();
    cr_assert_eq(db_scalar(h, "SELECT COUNT(*) FROM answers WHERE sure IS NULL"), 1,
                 "an answer kept before was not asked");
    cr_assert_eq(db_scalar(h, "SELECT COUNT(*) FROM answers WHERE sure = 0"), 1);
    cr_assert_eq(db_scalar(h, "SELECT COUNT(*) FROM answers WHERE sure = 1"), 2);
    sqlite3_close(h);
}

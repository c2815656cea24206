/* test_stand.c — a stand's kept results on a small crafted database: abandoned runs (kept, never
 * on a board, counted in the day's figures), the day's boards and ranks from midnight or from
 * the operator's reset, the day's figures at known local times (Europe/Paris, across midnight),
 * the questions most missed, their print, the settings, the migration from version 4, and the
 * full check only after an unclean stop. */
#include "app/app.h"
#include "db_check.h"
#include "db_fixture.h"
#include "store/store.h"

#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char dir[] = "/tmp/vigie-stand-XXXXXX";
static char db[600];

static void setup(void)
{
    setenv("TZ", "Europe/Paris", 1);
    tzset();
    db_fixture_make(dir, db, sizeof db);
}

static void teardown(void)
{
    db_fixture_remove(dir);
}

TestSuite(stand, .init = setup, .fini = teardown);

static store *open_ok(void)
{
    return db_fixture_open(db, true);
}

/* Local time in Paris, ms. */
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

typedef enum { FINISH = 0, ABANDON, LEAVE_OPEN } run_end_kind;

/* A run of nick (NULL: anonymous) in pack at `at`, answering q1… with right[] (1 right, 0
 * wrong, the wrong answer "W"), then finished with score, abandoned or left open. */
static int64_t play(store *s, const char *pack, const char *nick, int64_t at, const int *right,
                    int n, long score, run_end_kind end)
{
    game_error err = {0};
    store_run r = {NULL, nick, pack, "round", "Round", "fr", at, 1000, GAME_PACE_NORMAL};
    int64_t run;
    cr_assert(store_run_begin(s, &r, &run, &err), "%s", err.message);
    for (int i = 0; i < n; i++) {
        char qid[16], prompt[32];
        snprintf(qid, sizeof qid, "q%d", i + 1);
        snprintf(prompt, sizeof prompt, "Question %d ?", i + 1);
        store_answer a = {run,
                          i + 1,
                          qid,
                          "choice",
                          prompt,
                          right[i] ? "R" : "W",
                          right[i] != 0,
                          false,
                          right[i] ? 200 : 0,
                          3000,
                          at + 1000 * (i + 1),
                          right[i] ? 1.0 : 0.0,
                          STORE_SURE_NOT_ASKED};
        cr_assert(store_answer_add(s, &a, &err), "%s", err.message);
    }
    if (end == FINISH)
        cr_assert(store_run_end(s, run, score, at + 60000, &err), "%s", err.message);
    else if (end == ABANDON)
        cr_assert(store_run_abandon(s, run, at + 60000, &err), "%s", err.message);
    return run;
}

Test(stand, version_4_migrates_to_abandoned_runs_none_abandoned)
{
    sqlite3 *h;
    cr_assert_eq(sqlite3_open(db, &h), SQLITE_OK);
    cr_assert_eq(sqlite3_exec(h, STORE_SCHEMA_V1, NULL, NULL, NULL), SQLITE_OK);
    cr_assert_eq(sqlite3_exec(h,
                              "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                              "ALTER TABLE answers ADD COLUMN credit REAL NOT NULL DEFAULT 0;"
                              "ALTER TABLE answers ADD COLUMN sure INTEGER;"
                              "PRAGMA user_version = 4;"
                              "INSERT INTO players(nick, created_ms) VALUES('Ana', 1);"
                              "INSERT INTO runs(player_id, pack_id, level_id, level_title, lang,"
                              " started_ms, ended_ms, score, max_score)"
                              " VALUES(1, 'stand', 'round', 'R', 'fr', 5000, 6000, 700, 1000);"
                              "INSERT INTO runs(player_id, pack_id, level_id, level_title, lang,"
                              " started_ms, max_score)"
                              " VALUES(1, 'stand', 'round', 'R', 'fr', 7000, 1000);",
                              NULL, NULL, NULL),
                 SQLITE_OK, "%s", sqlite3_errmsg(h));
    sqlite3_close(h);
    store *s = open_ok();
    cr_assert_eq(store_schema_version(s), STORE_SCHEMA_VERSION);
    store_score b[4];
    cr_assert_eq(store_day_best(s, "stand", 0, b, 4), 1, "the finished run, not the open one");
    cr_assert_eq(b[0].score, 700);
    cr_assert_eq(store_damaged_rows(s), 0);
    store_close(s);
    cr_assert_eq(sqlite3_open(db, &h), SQLITE_OK);
    cr_assert_eq(db_scalar(h, "SELECT COUNT(*) FROM runs WHERE abandoned = 0"), 2);
    sqlite3_close(h);
}

Test(stand, an_abandoned_run_is_kept_counted_in_the_figures_and_on_no_board)
{
    store *s = open_ok();
    int64_t t = paris(2026, 10, 14, 10, 0), now = paris(2026, 10, 14, 18, 0);
    static const int rr[] = {1, 1, 0};
    play(s, "stand", "Ana", t, rr, 3, 400, FINISH);
    /* Zoé leaves mid-round with the best score so far: no score is kept */
    int64_t zoe = play(s, "stand", "Zoé", t + 600000, rr, 2, 0, ABANDON);
    play(s, "stand", NULL, t + 1200000, rr, 1, 0, LEAVE_OPEN);
    /* abandoning a run already finished keeps its score */
    int64_t bob = play(s, "stand", "Bob", t + 1800000, rr, 3, 300, FINISH);
    game_error err = {0};
    cr_assert(store_run_abandon(s, bob, t + 1900000, &err), "%s", err.message);

    store_score b[8];
    size_t n = store_best(s, "stand", "round", STORE_EVER, now, b, 8);
    cr_assert_eq(n, 2, "Ana and Bob, not Zoé");
    cr_assert_str_eq(b[0].nick, "Ana");
    cr_assert_str_eq(b[1].nick, "Bob");
    cr_assert_eq(store_best(s, "stand", NULL, STORE_TODAY, now, b, 8), 2);
    n = store_day_best(s, "stand", store_local_midnight(now), b, 8);
    cr_assert_eq(n, 2);
    int of = 0;
    cr_assert_eq(store_day_rank(s, "stand", store_local_midnight(now), 350, &of), 2);
    cr_assert_eq(of, 2, "the abandoned and the open runs are no scores");

    game_stand d;
    cr_assert(store_stand_day(s, "stand", now, &d, &err), "%s", err.message);
    cr_assert_eq(d.begun, 4);
    cr_assert_eq(d.finished, 2);
    cr_assert_eq(d.abandoned, 1);
    cr_assert_eq(d.best_score, 400);
    cr_assert_float_eq(d.avg_pct, 35.0, 1e-9);
    cr_assert_eq(d.per_hour[10], 4);

    /* kept as it was left: its answers, an end, no score */
    sqlite3 *h;
    cr_assert_eq(sqlite3_open(db, &h), SQLITE_OK);
    char sql[200];
    snprintf(sql, sizeof sql,
             "SELECT COUNT(*) FROM runs WHERE id = %lld AND abandoned = 1 AND score IS NULL"
             " AND ended_ms = %lld",
             (long long)zoe, (long long)(t + 600000 + 60000));
    cr_assert_eq(db_scalar(h, sql), 1);
    snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM answers WHERE run_id = %lld", (long long)zoe);
    cr_assert_eq(db_scalar(h, sql), 2);
    sqlite3_close(h);
    store_close(s);
}

Test(stand, the_writer_abandons_the_last_run_begun)
{
    store *s = open_ok();
    game_error err = {0};
    store *peer = store_open_peer(s, &err);
    cr_assert_not_null(peer, "%s", err.message);
    store_writer *w = store_writer_start(peer);
    int64_t t = paris(2026, 10, 14, 11, 0);
    store_run r = {NULL, "Ana", "stand", "round", "Round", "fr", t, 1000, GAME_PACE_NORMAL};
    store_writer_run_begin(w, &r);
    store_answer a = {
        0, 1, "q1", "choice", "P", "R", true, false, 200, 900, t + 1, 1.0, STORE_SURE_NOT_ASKED};
    store_writer_answer(w, &a);
    store_writer_run_abandon(w, t + 45000);
    store_writer_run_begin(w, &r);
    store_writer_run_end(w, 800, t + 90000);
    store_writer_flush(w);
    char msg[300];
    cr_assert_not(store_writer_take_error(w, msg, sizeof msg), "%s", msg);
    game_stand d;
    cr_assert(store_stand_day(s, NULL, t, &d, &err), "%s", err.message);
    cr_assert_eq(d.begun, 2);
    cr_assert_eq(d.abandoned, 1);
    cr_assert_eq(d.finished, 1);
    cr_assert_eq(d.best_score, 800);
    store_writer_stop(w);
    store_close(s);
}

Test(stand, the_day_board_counts_from_midnight_or_the_reset_and_ranks_ties_alike)
{
    store *s = open_ok();
    static const int rr[] = {1};
    int64_t day = paris(2026, 10, 14, 0, 0);
    play(s, "stand", "Old", day - 3600000, rr, 1, 990, FINISH); /* yesterday 23:00 */
    play(s, "stand", "Ana", day + 9 * 3600000LL, rr, 1, 500, FINISH);
    play(s, "stand", NULL, day + 10 * 3600000LL, rr, 1, 700, FINISH); /* anonymous */
    play(s, "stand", "Bob", day + 11 * 3600000LL, rr, 1, 500, FINISH);
    play(s, "other", "Eve", day + 11 * 3600000LL, rr, 1, 999, FINISH);
    play(s, "stand", "Cid", day + 14 * 3600000LL, rr, 1, 300, FINISH);
    cr_assert_eq(store_local_midnight(day + 14 * 3600000LL), day);

    store_score b[8];
    size_t n = store_day_best(s, "stand", day, b, 8);
    cr_assert_eq(n, 4, "today's, this pack's");
    cr_assert_str_eq(b[0].nick, "", "anonymous runs are on the day's board");
    cr_assert_eq(b[0].score, 700);
    cr_assert_str_eq(b[1].nick, "Ana", "a tie: the first to finish first");
    cr_assert_str_eq(b[2].nick, "Bob");
    cr_assert_str_eq(b[3].nick, "Cid");
    cr_assert_eq(store_day_best(s, "stand", day, b, 2), 2, "max rows");
    int of = 0;
    cr_assert_eq(store_day_rank(s, "stand", day, 500, &of), 2);
    cr_assert_eq(of, 4);
    cr_assert_eq(store_day_rank(s, "stand", day, 800, &of), 1);
    cr_assert_eq(store_day_rank(s, "stand", day, 100, &of), 5);

    /* reset at noon: the morning's runs are off the board, still in the day's figures */
    int64_t reset = day + 12 * 3600000LL;
    n = store_day_best(s, "stand", reset, b, 8);
    cr_assert_eq(n, 1);
    cr_assert_str_eq(b[0].nick, "Cid");
    cr_assert_eq(store_day_rank(s, "stand", reset, 300, &of), 1);
    cr_assert_eq(of, 1);
    cr_assert_eq(store_day_rank(s, "nothing", reset, 300, &of), 0);
    cr_assert_eq(of, 0);
    game_stand d;
    game_error err = {0};
    cr_assert(store_stand_day(s, "stand", reset, &d, &err), "%s", err.message);
    cr_assert_eq(d.finished, 4);
    cr_assert_eq(d.best_score, 700);
    cr_assert(store_stand_day(s, NULL, reset, &d, &err), "%s", err.message);
    cr_assert_eq(d.finished, 5, "every pack");
    cr_assert_eq(d.best_score, 999);
    store_close(s);
}

Test(stand, the_records_reset_the_board_from_now_and_keep_the_runs)
{
    store *s = open_ok();
    game_error err = {0};
    store *peer = store_open_peer(s, &err);
    cr_assert_not_null(peer, "%s", err.message);
    app_records rec = {s, store_writer_start(peer)};
    ui_records r = app_records_ui(&rec);
    cr_assert(r.run_abandon && r.day_best && r.day_rank && r.board_reset && r.stand_day);
    /* runs of this morning (before now): a board_reset leaves them off the board */
    int64_t now = app_now_ms(), mid = store_local_midnight(now);
    static const int rr[] = {1};
    int64_t before = now - 1000 > mid ? now - 1000 : mid;
    play(s, "stand", "Ana", before, rr, 1, 500, FINISH);
    play(s, "other", "Bob", before, rr, 1, 400, FINISH);
    game_board_row b[4];
    cr_assert_eq(r.day_best(r.ud, "stand", b, 4), 1);
    int of = 0;
    cr_assert_eq(r.day_rank(r.ud, "stand", 600, &of), 1);
    cr_assert_eq(of, 1);
    r.board_reset(r.ud, "stand");
    cr_assert_eq(r.day_best(r.ud, "stand", b, 4), 0, "the pack's board starts again");
    cr_assert_eq(r.day_best(r.ud, "other", b, 4), 1, "another pack's board is kept");
    r.board_reset(r.ud, NULL);
    cr_assert_eq(r.day_best(r.ud, "other", b, 4), 0, "every pack's board");
    char v[32];
    cr_assert(store_setting_get(s, "board_reset:*", v, sizeof v));
    cr_assert(atoll(v) >= now, "the reset's time: %s", v);
    /* a run begun after the reset is on the board; the day's figures count every run */
    ui_run_record run = {.nick = "Zoé",
                         .pack_id = "stand",
                         .level_id = "round",
                         .level_title = "Round",
                         .lang = "fr",
                         .max_score = 1000};
    r.run_begin(r.ud, &run);
    r.run_end(r.ud, 650);
    cr_assert_eq(r.day_rank(r.ud, "stand", 650, &of), 1, "the run just ended counts");
    cr_assert_eq(of, 1);
    cr_assert_eq(r.day_best(r.ud, "stand", b, 4), 1);
    cr_assert_str_eq(b[0].nick, "Zoé");
    r.run_begin(r.ud, &run);
    r.run_abandon(r.ud);
    game_stand d;
    cr_assert(r.stand_day(r.ud, NULL, 0, &d, &err), "%s", err.message);
    cr_assert_eq(d.begun, 4);
    cr_assert_eq(d.finished, 3);
    cr_assert_eq(d.abandoned, 1);
    store_writer_stop(rec.writer);
    store_close(s);
}

Test(stand, the_figures_count_each_hour_of_local_time_across_midnight)
{
    store *s = open_ok();
    static const int rr[] = {1, 0};
    /* the night of the change to winter time in Paris: 25 October 2026 lasts 25 hours */
    play(s, "stand", "A", paris(2026, 10, 24, 23, 30), rr, 2, 500, FINISH);
    play(s, "stand", "B", paris(2026, 10, 24, 23, 59), rr, 2, 1000, FINISH);
    play(s, "stand", "C", paris(2026, 10, 25, 0, 30), rr, 2, 250, FINISH);
    play(s, "stand", "D", paris(2026, 10, 25, 9, 5), rr, 2, 0, ABANDON);
    play(s, "stand", "E", paris(2026, 10, 25, 9, 55), rr, 2, 750, FINISH);
    play(s, "stand", "F", paris(2026, 10, 25, 23, 45), rr, 2, 100, FINISH);
    play(s, "stand", "G", paris(2026, 10, 26, 0, 1), rr, 2, 100, FINISH);
    game_stand d;
    game_error err = {0};
    cr_assert(store_stand_day(s, "stand", paris(2026, 10, 24, 12, 0), &d, &err), "%s", err.message);
    cr_assert_eq(d.day_ms, paris(2026, 10, 24, 0, 0));
    cr_assert_eq(d.begun, 2);
    cr_assert_eq(d.per_hour[23], 2);
    cr_assert_float_eq(d.avg_pct, 75.0, 1e-9);
    cr_assert_eq(d.best_score, 1000);

    cr_assert(store_stand_day(s, "stand", paris(2026, 10, 25, 23, 59), &d, &err), "%s",
              err.message);
    cr_assert_eq(d.day_ms, paris(2026, 10, 25, 0, 0));
    cr_assert_eq(d.begun, 4, "00:30 to 23:45 of the 25th, not 00:01 of the 26th");
    cr_assert_eq(d.per_hour[0], 1);
    cr_assert_eq(d.per_hour[9], 2);
    cr_assert_eq(d.per_hour[23], 1);
    int sum = 0;
    for (int h = 0; h < 24; h++) sum += d.per_hour[h];
    cr_assert_eq(sum, d.begun);
    cr_assert_eq(d.finished, 3);
    cr_assert_eq(d.abandoned, 1);
    cr_assert_float_eq(d.avg_pct, (25.0 + 75.0 + 10.0) / 3, 1e-9);
    cr_assert_eq(d.best_score, 750);
    cr_assert(store_stand_day(s, "stand", paris(2026, 11, 2, 12, 0), &d, &err));
    cr_assert_eq(d.begun, 0);
    cr_assert_eq(d.nmissed, 0);
    store_close(s);
}

Test(stand, the_questions_most_missed_have_three_answers_and_the_fewest_right_first)
{
    store *s = open_ok();
    int64_t t = paris(2026, 10, 14, 14, 0);
    /* q1: 3 answers, 1 right; q2: 3 answers, 0 right; q3: 4 answers, all right (not missed);
     * q4: 2 answers, both wrong (too few to say); another pack's q1 wrong 5 times */
    static const int a1[] = {1, 0, 1}, a2[] = {0, 0, 1}, a3[] = {0, 0, 1}, a4[] = {0, 0, 0, 0};
    play(s, "stand", "A", t, a1, 3, 100, FINISH);
    play(s, "stand", "B", t + 1, a2, 3, 100, FINISH);
    play(s, "stand", "C", t + 2, a3, 3, 100, ABANDON);
    static const int b3[] = {1, 1, 1};
    game_error err = {0};
    int64_t r4 = play(s, "stand", "D", t + 3, b3, 0, 100, LEAVE_OPEN);
    store_answer q3 = {r4,  1, "q3", "choice", "Question 3 ?",      "R", true, false,
                       200, 1, t,    1.0,      STORE_SURE_NOT_ASKED};
    cr_assert(store_answer_add(s, &q3, &err), "%s", err.message);
    store_answer q4 = {r4, 2, "q4", "choice", "Question 4 ?",      "W", false, false,
                       0,  1, t,    0,        STORE_SURE_NOT_ASKED};
    cr_assert(store_answer_add(s, &q4, &err), "%s", err.message);
    q4.seq = 3;
    cr_assert(store_answer_add(s, &q4, &err), "%s", err.message);
    for (int i = 0; i < 5; i++) play(s, "other", "E", t + 10 + i, a4, 1, 0, FINISH);

    game_stand d;
    cr_assert(store_stand_day(s, "stand", t, &d, &err), "%s", err.message);
    cr_assert_eq(d.nmissed, 2, "q4 has too few answers, q3 was always right");
    cr_assert_str_eq(d.missed[0].question_id, "q2");
    cr_assert_eq(d.missed[0].answers, 3);
    cr_assert_eq(d.missed[0].right, 0);
    cr_assert_str_eq(d.missed[0].top_wrong, "W");
    cr_assert_eq(d.missed[0].top_wrong_count, 3);
    cr_assert_str_eq(d.missed[1].question_id, "q1");
    cr_assert_eq(game_report_pct(&d.missed[1]), 33);
    cr_assert(store_stand_day(s, NULL, t, &d, &err), "%s", err.message);
    cr_assert_eq(d.nmissed, 3);
    cr_assert_str_eq(d.missed[0].question_id, "q1", "every pack: other's q1, wrong 5 times");
    cr_assert_eq(d.missed[0].answers, 5, "a level's questions are its pack's own");
    cr_assert_str_eq(d.missed[1].question_id, "q2");
    store_close(s);
}

/* The characters of the longest line of text. */
static int widest(const char *text)
{
    int w = 0, cur = 0;
    for (const char *c = text; *c; c++) {
        if (*c == '\n') {
            cur = 0;
            continue;
        }
        cur += ((unsigned char)*c & 0xC0) != 0x80;
        if (cur > w) w = cur;
    }
    return w;
}

Test(stand, the_print_fits_eighty_columns_in_french_and_english)
{
    game_stand d = {.day_ms = paris(2026, 10, 14, 0, 0),
                    .begun = 312,
                    .finished = 280,
                    .abandoned = 32,
                    .avg_pct = 64.4,
                    .best_score = 1200,
                    .nmissed = 1};
    d.per_hour[9] = 12, d.per_hour[10] = 48, d.per_hour[12] = 1, d.per_hour[17] = 251;
    snprintf(d.missed[0].prompt, sizeof d.missed[0].prompt, "%s",
             "Ce SMS de « votre banque » vous demande de confirmer un virement\nde 2 000 € en "
             "cliquant sur le lien : arnaque ou pas ? Et si le numéro est celui de l'agence ?");
    snprintf(d.missed[0].top_wrong, sizeof d.missed[0].top_wrong, "Pas une arnaque");
    d.missed[0].answers = 40, d.missed[0].credit = 5, d.missed[0].top_wrong_count = 30;
    for (int lang = 0; lang < 2; lang++) {
        char *text = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&text, &len);
        store_stand_print(&d, lang ? NULL : "stand", (game_lang)lang, f);
        fclose(f);
        cr_log_info("%s", text);
        cr_assert_leq(widest(text), 80, "fits 80 columns:\n%s", text);
        cr_assert(strstr(text, lang ? "2026-10-14" : "14/10/2026"), "%s", text);
        cr_assert(strstr(text, lang ? "312 rounds begun, 280 finished, 32 abandoned"
                                    : "312 manches commencées, 280 finies, 32 abandonnées"),
                  "%s", text);
        cr_assert(strstr(text, lang ? "64%" : "64\xC2\xA0%"), "%s", text);
        if (!lang) /* French typography: a no-break space before ; and : */
            cr_assert(strstr(text, "points\xC2\xA0; meilleur score\xC2\xA0: 1200"), "%s", text);
        cr_assert(strstr(text, lang ? "17:00 " : "17\xC2\xA0h "), "the busiest hour: %s", text);
        cr_assert(strstr(text, lang ? "11:00" : "11\xC2\xA0h"), "an empty hour between: %s", text);
        cr_assert_null(strstr(text, lang ? "08:00" : "08\xC2\xA0h"), "before the first: %s", text);
        cr_assert(strstr(text, "13") && strstr(text, "Pas une arnaque"), "%s", text);
        cr_assert(strstr(text, "…"), "a long prompt is cut: %s", text);
        free(text);
    }
    game_stand none = {.day_ms = d.day_ms};
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    store_stand_print(&none, "stand", GAME_LANG_FR, f);
    fclose(f);
    cr_assert(strstr(text, "Aucune manche"), "%s", text);
    free(text);
}

Test(stand, settings_round_trip_and_read_only_reads_them)
{
    store *s = open_ok();
    game_error err = {0};
    char v[64] = "x";
    cr_assert_not(store_setting_get(s, "kiosk_pin", v, sizeof v));
    cr_assert_str_eq(v, "");
    cr_assert(store_setting_set(s, "kiosk_pin", "2468", &err), "%s", err.message);
    cr_assert(store_setting_set(s, "help_url", "https://www.cybermalveillance.gouv.fr", &err));
    cr_assert(store_setting_set(s, "kiosk_pin", "13579", &err), "%s", err.message);
    cr_assert(store_setting_get(s, "kiosk_pin", v, sizeof v));
    cr_assert_str_eq(v, "13579");
    char small[4];
    cr_assert(store_setting_get(s, "kiosk_pin", small, sizeof small));
    cr_assert_str_eq(small, "135", "cut to the buffer");
    cr_assert_not(store_setting_set(s, "", "x", &err), "a key is needed");
    cr_assert(store_retention_set(s, 30, &err), "%s", err.message);
    cr_assert(store_setting_get(s, "retention_days", v, sizeof v));
    cr_assert_str_eq(v, "30", "the retention is a setting like the others");
    cr_assert(store_setting_set(s, "help_url", NULL, &err), "%s", err.message);
    cr_assert_not(store_setting_get(s, "help_url", v, sizeof v), "removed");
    store_close(s);
    s = store_open_mode(db, STORE_READ, NULL, 0, &err);
    cr_assert_not_null(s, "%s", err.message);
    cr_assert(store_setting_get(s, "kiosk_pin", v, sizeof v));
    cr_assert_str_eq(v, "13579");
    cr_assert_not(store_setting_set(s, "kiosk_pin", "1", &err), "read only writes nothing");
    store_close(s);
}

/* ---- start-up: the full check only after an unclean stop ---- */

static bool exists(const char *suffix)
{
    char p[700];
    snprintf(p, sizeof p, "%s%s", db, suffix);
    return access(p, F_OK) == 0;
}

/* A game that stops short: opens, records a run, maybe checkpoints, and is gone without
 * closing (as a kill or a power cut leaves it). */
static void stop_short(bool checkpoint)
{
    pid_t pid = fork();
    cr_assert_neq(pid, -1);
    if (pid == 0) {
        game_error err = {0};
        store *s = store_open(db, NULL, 0, &err);
        if (!s) _exit(2);
        store_run r = {NULL, "Ana", "stand", "round", "Round", "fr", 1000, 1000, GAME_PACE_NORMAL};
        int64_t run;
        if (!store_run_begin(s, &r, &run, &err)) _exit(3);
        if (checkpoint && !store_checkpoint(s)) _exit(4);
        _exit(0);
    }
    int status = 0;
    cr_assert_eq(waitpid(pid, &status, 0), pid);
    cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the child: %d", status);
}

/* Writes 8 KiB of 0xA5 over the middle of the file, past its header. */
static void scribble(void)
{
    FILE *f = fopen(db, "r+b");
    cr_assert_not_null(f);
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, size / 2, SEEK_SET);
    for (long i = 0; i < 8192; i++) fputc(0xA5, f);
    fclose(f);
}

static void fill(int runs)
{
    store *s = open_ok();
    static const int rr[] = {1, 0, 1};
    for (int i = 0; i < runs; i++) play(s, "stand", "Ana", 1000 + i, rr, 3, 400, FINISH);
    store_close(s);
}

Test(stand, a_clean_stop_skips_the_full_check_and_leaves_a_stamp)
{
    fill(5);
    cr_assert(exists("-clean"), "a clean close leaves its stamp");
    cr_assert_not(exists("-wal"));
    store *s = open_ok();
    cr_assert_not(store_full_checked(s), "clean: no full check");
    cr_assert_not(exists("-clean"), "the open game holds the file: no stamp");
    /* the game's two connections: the writer's peer closes first, the reader last */
    game_error err = {0};
    store *peer = store_open_peer(s, &err);
    cr_assert_not_null(peer, "%s", err.message);
    cr_assert_not(store_full_checked(peer));
    store_writer *w = store_writer_start(peer);
    store_run r = {NULL, "Zoé", "stand", "round", "Round", "fr", 5000, 1000, GAME_PACE_NORMAL};
    store_writer_run_begin(w, &r);
    store_writer_run_end(w, 100, 6000);
    store_writer_stop(w);
    cr_assert_not(exists("-clean"), "the reader still holds it");
    store_close(s);
    cr_assert(exists("-clean"));
    s = open_ok();
    cr_assert_not(store_full_checked(s));
    /* a second game on the same file: the first to close leaves no stamp */
    store *other = open_ok();
    cr_assert(store_full_checked(other), "the file is held: it cannot be known clean");
    store_close(s);
    cr_assert_not(exists("-clean"), "another game still holds the file");
    store_close(other);
    cr_assert(exists("-clean"));
    /* a reader takes nothing away and leaves nothing */
    s = store_open_mode(db, STORE_READ, NULL, 0, &err);
    cr_assert_not_null(s, "%s", err.message);
    cr_assert_not(store_full_checked(s));
    store_close(s);
    cr_assert(exists("-clean"));
    s = open_ok();
    cr_assert_not(store_full_checked(s), "still clean after a reader");
    store_close(s);
}

Test(stand, after_an_unclean_stop_the_full_check_runs_and_a_damaged_file_is_set_aside)
{
    fill(80);
    stop_short(false);
    cr_assert_not(exists("-clean"), "the game that stopped short took the stamp");
    cr_assert(exists("-wal"), "and left its log");
    store *s = open_ok();
    cr_assert(store_full_checked(s), "an unclean stop: the full check");
    store_close(s);
    s = open_ok();
    cr_assert_not(store_full_checked(s), "then clean again");
    store_close(s);

    /* stopped short after a checkpoint: no log left, but no stamp either */
    stop_short(true);
    cr_assert_not(exists("-clean"));
    scribble();
    game_error err = {0};
    char notice[700];
    /* the log, written back, is empty: a reader checks too, and refuses the file */
    s = store_open_mode(db, STORE_READ, notice, sizeof notice, &err);
    cr_assert_null(s, "a reader refuses the damaged file");
    cr_assert(strstr(err.message, "damaged"), "%s", err.message);
    s = store_open(db, notice, sizeof notice, &err);
    cr_assert_not_null(s, "%s", err.message);
    cr_assert(store_full_checked(s));
    cr_assert(strstr(notice, "vigie.db.broken-"), "set aside: %s", notice);
    store_score b[2];
    cr_assert_eq(store_day_best(s, "stand", 0, b, 2), 0, "a new file");
    store_close(s);
}

Test(stand, a_file_changed_after_its_clean_stop_is_checked)
{
    fill(5);
    cr_assert(exists("-clean"));
    FILE *f = fopen(db, "ab"); /* another program wrote to it: its size and time changed */
    cr_assert_not_null(f);
    for (int i = 0; i < 4096; i++) fputc(0, f);
    fclose(f);
    store *s = open_ok();
    cr_assert(store_full_checked(s));
    store_close(s);
    /* a stamp that is not one */
    char p[700];
    snprintf(p, sizeof p, "%s-clean", db);
    f = fopen(p, "w");
    fputs("vigie-clean 1 0 0 0 0 0\n", f);
    fclose(f);
    s = open_ok();
    cr_assert(store_full_checked(s));
    store_close(s);
    /* a reader of a file no clean stop left, with no log beside it: checked */
    unlink(p);
    game_error err = {0};
    s = store_open_mode(db, STORE_READ, NULL, 0, &err);
    cr_assert_not_null(s, "%s", err.message);
    cr_assert(store_full_checked(s));
    cr_assert_not(exists("-clean"), "a reader writes nothing");
    store_close(s);
}

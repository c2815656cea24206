/* store_bench.c — the results database's figures for `make bench`:
 *   answers committed per second (each its own transaction, WAL, synchronous=FULL),
 *   the session report for 500 players × 40 questions (target: under 200 ms),
 *   the frames of a question with its countdown drawn while the writer thread commits an
 *   answer every few frames, against the same frames without saving (target: no frame over
 *   twice the median). */
#include "app/app.h"
#include "gfx/gfx.h"
#include "script/script.h"
#include "store/store.h"
#include "ui/ui.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Frames of the first question of phishing-basics (a countdown runs), saving or not. */
static void frames(const char *db, bool save, double *median, double *p99, double *worst)
{
    char err[256];
    gfx *g = gfx_create_offscreen(1280, 720, err, sizeof err);
    game_catalog cat;
    game_error gerr = {0};
    script_catalog_load(&cat, &gerr);
    app_levels lv;
    app_levels_load_file(&lv, "levels/lycee/phishing-basics.lua", 1);
    store_writer *w = save ? store_writer_start(store_open(db, NULL, 0, &gerr)) : NULL;
    ui_config cfg = {.lang = GAME_LANG_FR, .seed = 1, .writer = w};
    ui *u = ui_create(g, NULL, &cat, lv.packs, lv.npacks, &cfg);
    uint64_t t = 1000;
    ui_goto(u, "question", 1, UI_ANSWER_RIGHT, &t, &gerr);
    if (w) {
        store_run r = {"bench", "Ana", "lycee", "phishing-basics", "L", "fr", 1, 1000};
        store_writer_run_begin(w, &r);
    }
    enum { N = 600 };
    static double ms[N];
    for (int i = 0; i < 60; i++) { /* warm up: the first frames rasterise every text once */
        t += 16;
        ui_update(u, t);
        ui_draw(u, t);
    }
    for (int i = 0; i < N; i++) {
        double t0 = now();
        t += 16;
        ui_update(u, t);
        ui_draw(u, t);
        if (w && i % 6 == 0) { /* ten answers a second: far more than a class gives */
            store_answer a = {0,    i + 1, "q", "choice", "Question?", "Answer",
                              true, false, 500, 2000,     (int64_t)i,  1.0};
            store_writer_answer(w, &a);
        }
        ms[i] = (now() - t0) * 1e3;
    }
    store_writer_stop(w);
    qsort(ms, N, sizeof *ms, cmp);
    *median = ms[N / 2];
    *p99 = ms[N * 99 / 100];
    *worst = ms[N - 1];
    ui_destroy(u);
    app_levels_unload(&lv);
    game_catalog_deinit(&cat);
    gfx_destroy(g);
}

int main(void)
{
    char dir[] = "/tmp/vigie-store-bench-XXXXXX";
    if (!mkdtemp(dir)) return 1;
    char db[600];
    snprintf(db, sizeof db, "%s/vigie.db", dir);
    game_error err = {0};

    /* 1. commits */
    store *s = store_open(db, NULL, 0, &err);
    if (!s) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    store_run r = {"commits", "Ana", "p", "l", "L", "fr", 1, 1000};
    int64_t run;
    store_run_begin(s, &r, &run, &err);
    int n = 1000;
    double t0 = now();
    for (int i = 1; i <= n; i++) {
        store_answer a = {run,   i,     "q1", "choice", "Question?", "Answer",
                          i % 2, false, 500,  2000,     i,           i % 2};
        if (!store_answer_add(s, &a, &err)) {
            fprintf(stderr, "%s\n", err.message);
            return 1;
        }
    }
    double t1 = now();
    printf("answers committed: %.0f per second (each its own transaction, WAL, "
           "synchronous=FULL; %.2f ms each)\n",
           n / (t1 - t0), (t1 - t0) * 1e3 / n);
    store_close(s);

    /* 2. the report of a big session, filled in one transaction */
    sqlite3 *h;
    sqlite3_open(db, &h);
    sqlite3_exec(h, "BEGIN; INSERT INTO sessions(name, started_ms) VALUES('big', 1);", NULL, NULL,
                 NULL);
    sqlite3_stmt *ir, *ia;
    sqlite3_prepare_v2(h,
                       "INSERT INTO runs(session_id, player_id, pack_id, level_id, level_title,"
                       " lang, started_ms, ended_ms, score, max_score)"
                       " VALUES((SELECT id FROM sessions WHERE name = 'big'), NULL, 'p', ?, 'L',"
                       " 'fr', 2, 3, ?, 40000)",
                       -1, &ir, NULL);
    sqlite3_prepare_v2(h, "INSERT INTO answers VALUES(?, ?, ?, 'choice', ?, ?, ?, 0, ?, 2000, 3)",
                       -1, &ia, NULL);
    srand(1);
    for (int p = 0; p < 500; p++) {
        sqlite3_bind_text(ir, 1, p % 2 ? "level-a" : "level-b", -1, SQLITE_STATIC);
        sqlite3_bind_int(ir, 2, rand() % 40000);
        sqlite3_step(ir);
        sqlite3_reset(ir);
        int64_t id = sqlite3_last_insert_rowid(h);
        for (int q = 0; q < 40; q++) {
            char qid[16], prompt[64], ans[32];
            snprintf(qid, sizeof qid, "q%d", q);
            snprintf(prompt, sizeof prompt, "Question number %d, as the player read it?", q);
            int right = rand() % 100 < 30 + q;
            snprintf(ans, sizeof ans, "choice %d", right ? 1 : 2 + rand() % 3);
            sqlite3_bind_int64(ia, 1, id);
            sqlite3_bind_int(ia, 2, q + 1);
            sqlite3_bind_text(ia, 3, qid, -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(ia, 4, prompt, -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(ia, 5, ans, -1, SQLITE_TRANSIENT);
            sqlite3_bind_int(ia, 6, right);
            sqlite3_bind_int(ia, 7, right ? 800 : 0);
            sqlite3_step(ia);
            sqlite3_reset(ia);
        }
    }
    sqlite3_finalize(ir);
    sqlite3_finalize(ia);
    sqlite3_exec(h, "COMMIT", NULL, NULL, NULL);
    sqlite3_close(h);
    double o0 = now();
    s = store_open(db, NULL, 0, &err);
    printf("opening a database of 21,000 answers at start-up (quick_check, migration check): "
           "%.1f ms\n",
           (now() - o0) * 1e3);
    double best = 1e9;
    size_t nq = 0, np = 0;
    for (int k = 0; k < 5; k++) {
        store_report rep;
        double a = now();
        store_report_build(s, "big", &rep, &err);
        double b = now();
        if (b - a < best) best = b - a;
        nq = rep.nquestions;
        np = rep.nplayers;
        store_report_free(&rep);
    }
    printf("session report, %zu players x %zu questions (20,000 answers): %.1f ms (best of 5)\n",
           np, nq / 2, best * 1e3);
    store_close(s);

    /* 3. frames while saving */
    double m0, p0, w0, m1, p1, w1;
    frames(db, false, &m0, &p0, &w0);
    frames(db, true, &m1, &p1, &w1);
    printf("frames of a question with its countdown, 1280x720, 600 frames after 60 to warm up:\n"
           "  without saving: median %.2f ms, 99th percentile %.2f ms, worst %.2f ms\n"
           "  saving an answer every 6 frames: median %.2f ms, 99th percentile %.2f ms, worst "
           "%.2f ms (%.1fx the median)\n",
           m0, p0, w0, m1, p1, w1, w1 / m1);

    char cmd[700];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : 1;
}

/* stand_bench.c — a month of stands in one database, for `make bench`: about a million answers
 * (100,000 runs over 30 days, 9:00 to 18:00, mostly two-minute rounds of the stand pack, some
 * longer levels of the shipped packs, a few trainers' sessions), made once and kept beside the
 * executable (BUILD/stand-bench.db; give another path as the first argument), then:
 *   opening it as the game does at start-up (the reader and the writer's peer), after a clean
 *   stop, and what the full check costs when it runs (after an unclean stop);
 *   the menu's records (store_best ever for every level of every pack, and each pack's);
 *   the boards of a level just played (today, this week, ever);
 *   the day's board (top 10) and a rank;
 *   a day's figures (store_stand_day: the stand pack, every pack) and their print;
 * each with wall and CPU time, best of 5. `--plans` prints the query plans too. */
#include "app/app.h"
#include "store/store.h"
#include "store/store_internal.h" /* the validity checks, for --plans */

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static double wall(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static double cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* ---- the levels: the shipped packs, and a stand pack of four rounds when none is there ---- */

typedef struct {
    const char *pack, *level, *title;
    int nq;
    const char *qid[24];
    const char *prompt[24];
} bench_level;

static bench_level levels[64];
static size_t nlevels;

static void add_stand_rounds(void)
{
    static const char *const ids[] = {"arnaque-ou-pas", "le-bon-numero", "vrai-ou-ia",
                                      "mot-de-passe"};
    static const char *const qids[] = {"q1", "q2", "q3", "q4", "q5", "q6"};
    static const char *const prompts[] = {
        "Ce SMS de « votre banque » vous demande de confirmer un virement : arnaque ou pas ?",
        "Un colis en attente, 1,99 € de frais de douane à régler en ligne : arnaque ou pas ?",
        "Votre compte de messagerie sera supprimé sous 24 h sauf si vous cliquez ici ?",
        "Un ami vous écrit depuis un nouveau numéro et demande un code reçu par SMS ?",
        "Un faux conseiller vous appelle pour « sécuriser » votre compte : que faire ?",
        "Une publicité promet 300 % de gains en crypto, vue sur un réseau social ?"};
    for (int i = 0; i < 4; i++) {
        bench_level *l = &levels[nlevels++];
        l->pack = "stand";
        l->level = ids[i];
        l->title = ids[i];
        l->nq = 6;
        for (int q = 0; q < 6; q++) l->qid[q] = qids[q], l->prompt[q] = prompts[(q + i) % 6];
    }
}

static void load_levels(app_levels *lv)
{
    app_levels_load(lv, "levels", 1);
    bool stand = false;
    for (size_t p = 0; p < lv->npacks; p++) {
        const ui_pack *pk = &lv->packs[p];
        if (!pk->id) continue;
        stand |= strcmp(pk->id, "stand") == 0;
        for (size_t i = 0; i < pk->nlevels && nlevels < 60; i++) {
            const game_level *g = pk->levels[i].level;
            if (!g) continue;
            bench_level *l = &levels[nlevels++];
            l->pack = pk->id;
            l->level = g->id;
            l->title = game_text_get(&g->title, GAME_LANG_FR);
            l->nq = g->nquestions < 24 ? (int)g->nquestions : 24;
            for (int q = 0; q < l->nq; q++) {
                l->qid[q] = g->questions[q].id;
                l->prompt[q] = game_text_get(&g->questions[q].prompt, GAME_LANG_FR);
            }
        }
    }
    if (!stand) add_stand_rounds();
}

/* ---- the month ---- */

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint32_t draw(uint32_t n)
{
    rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
    return (uint32_t)(rng % n);
}

static int64_t local_ms(int64_t day0_ms, int days, int hour, int min, int sec)
{
    time_t t = (time_t)(day0_ms / 1000);
    struct tm tm;
    localtime_r(&t, &tm);
    tm.tm_mday += days, tm.tm_hour = hour, tm.tm_min = min, tm.tm_sec = sec, tm.tm_isdst = -1;
    return (int64_t)mktime(&tm) * 1000;
}

/* Makes the month at path; false on failure. The last day's evening is kept as "bench_now". */
static bool generate(const char *path)
{
    game_error err = {0};
    store *s = store_open(path, NULL, 0, &err);
    if (!s) {
        fprintf(stderr, "%s\n", err.message);
        return false;
    }
    int64_t first = store_local_midnight((int64_t)time(NULL) * 1000 - 29LL * 86400000);
    char now[32];
    snprintf(now, sizeof now, "%lld", (long long)local_ms(first, 29, 17, 30, 0));
    store_setting_set(s, "bench_now", now, &err);
    store_close(s);

    sqlite3 *h;
    if (sqlite3_open(path, &h) != SQLITE_OK) return false;
    sqlite3_exec(h, "PRAGMA synchronous=OFF; BEGIN", NULL, NULL, NULL);
    static const char *const names[] = {"Léa",   "Hugo",  "Chloé", "Lucas", "Inès", "Nathan",
                                        "Zoé",   "Yanis", "Manon", "Adam",  "Jade", "Louis",
                                        "Sarah", "Noah",  "Emma",  "Rayan", "Lina", "Tom"};
    sqlite3_stmt *ip, *is, *ir, *ia;
    sqlite3_prepare_v2(h, "INSERT OR IGNORE INTO players(nick, created_ms) VALUES(?, ?)", -1, &ip,
                       NULL);
    sqlite3_prepare_v2(h, "INSERT INTO sessions(name, started_ms) VALUES(?, ?)", -1, &is, NULL);
    sqlite3_prepare_v2(h,
                       "INSERT INTO runs(session_id, player_id, pack_id, level_id, level_title,"
                       " lang, started_ms, ended_ms, score, max_score, abandoned)"
                       " VALUES(NULLIF(?1, 0), (SELECT id FROM players WHERE nick = ?2), ?3, ?4,"
                       " ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                       -1, &ir, NULL);
    sqlite3_prepare_v2(h,
                       "INSERT INTO answers(run_id, seq, question_id, kind, prompt, answer,"
                       " correct, timeout, points, time_ms, at_ms, credit, sure)"
                       " VALUES(?, ?, ?, 'choice', ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                       -1, &ia, NULL);
    long runs = 0, answers = 0;
    size_t nstand = 0;
    for (size_t i = 0; i < nlevels; i++) nstand += strcmp(levels[i].pack, "stand") == 0;
    for (int d = 0; d < 30; d++) {
        int64_t session = 0;
        if (d % 10 == 3) { /* a class visits the stand with its trainer */
            char name[64];
            snprintf(name, sizeof name, "Classe de seconde, jour %d", d + 1);
            sqlite3_bind_text(is, 1, name, -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(is, 2, local_ms(first, d, 10, 0, 0));
            sqlite3_step(is);
            sqlite3_reset(is);
            session = sqlite3_last_insert_rowid(h);
        }
        for (int v = 0; v < 3334; v++) {
            int64_t at = local_ms(first, d, 9 + (int)draw(9), (int)draw(60), (int)draw(60));
            bool in_stand = draw(100) < 70;
            size_t li;
            do li = draw((uint32_t)nlevels);
            while ((strcmp(levels[li].pack, "stand") == 0) != in_stand && nstand &&
                   nstand < nlevels);
            const bench_level *l = &levels[li];
            char nick[40] = "";
            if (draw(100) < 45) {
                snprintf(nick, sizeof nick, "%s%u", names[draw(18)], draw(2000));
                sqlite3_bind_text(ip, 1, nick, -1, SQLITE_TRANSIENT);
                sqlite3_bind_int64(ip, 2, at);
                sqlite3_step(ip);
                sqlite3_reset(ip);
            }
            int nq = in_stand || !l->nq ? l->nq : 20; /* a long level: 20 answers */
            bool abandoned = draw(100) < 8;
            int played = abandoned && nq ? 1 + (int)draw((uint32_t)nq) : nq;
            long score = 0;
            int64_t t = at, times[24];
            bool rights[24];
            for (int q = 0; q < played && q < 24; q++) {
                rights[q] = (int)draw(100) < 45 + ((q % l->nq) * 7) % 40;
                score += rights[q] ? 150 : 0;
                t += 3000 + draw(15000);
                times[q] = t;
            }
            sqlite3_bind_int64(ir, 1, session && !in_stand ? session : 0);
            if (nick[0])
                sqlite3_bind_text(ir, 2, nick, -1, SQLITE_TRANSIENT);
            else
                sqlite3_bind_null(ir, 2);
            sqlite3_bind_text(ir, 3, l->pack, -1, SQLITE_STATIC);
            sqlite3_bind_text(ir, 4, l->level, -1, SQLITE_STATIC);
            sqlite3_bind_text(ir, 5, l->title, -1, SQLITE_STATIC);
            sqlite3_bind_text(ir, 6, draw(10) ? "fr" : "en", -1, SQLITE_STATIC);
            sqlite3_bind_int64(ir, 7, at);
            sqlite3_bind_int64(ir, 8, t);
            if (abandoned)
                sqlite3_bind_null(ir, 9);
            else
                sqlite3_bind_int64(ir, 9, score);
            sqlite3_bind_int64(ir, 10, 200L * nq);
            sqlite3_bind_int(ir, 11, abandoned);
            sqlite3_step(ir);
            sqlite3_reset(ir);
            int64_t run = sqlite3_last_insert_rowid(h);
            runs++;
            for (int q = 0; q < played && q < 24; q++) {
                int k = q % l->nq;
                bool right = rights[q];
                char qid[80], ans[64];
                snprintf(qid, sizeof qid, "%s%s", l->qid[k], q >= l->nq ? "-bis" : "");
                snprintf(ans, sizeof ans, right ? "La bonne réponse" : "Réponse %c", 'A' + draw(3));
                answers++;
                sqlite3_bind_int64(ia, 1, run);
                sqlite3_bind_int(ia, 2, q + 1);
                sqlite3_bind_text(ia, 3, qid, -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(ia, 4, l->prompt[k], -1, SQLITE_STATIC);
                sqlite3_bind_text(ia, 5, ans, -1, SQLITE_TRANSIENT);
                sqlite3_bind_int(ia, 6, right);
                sqlite3_bind_int(ia, 7, !right && draw(10) == 0);
                sqlite3_bind_int(ia, 8, right ? 150 : 0);
                sqlite3_bind_int(ia, 9, 2000 + (int)draw(20000));
                sqlite3_bind_int64(ia, 10, times[q]);
                sqlite3_bind_double(ia, 11, right ? 1.0 : 0.0);
                sqlite3_step(ia);
                sqlite3_reset(ia);
            }
        }
    }
    sqlite3_finalize(ip);
    sqlite3_finalize(is);
    sqlite3_finalize(ir);
    sqlite3_finalize(ia);
    bool ok = sqlite3_exec(h, "COMMIT", NULL, NULL, NULL) == SQLITE_OK;
    sqlite3_exec(h, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
    sqlite3_close(h);
    printf("made %s: %ld runs, %ld answers\n", path, runs, answers);
    return ok;
}

/* ---- measures ---- */

typedef struct {
    double wall, cpu;
} cost;

#define MEASURE(out, reps, body)                                                                   \
    do {                                                                                           \
        (out).wall = (out).cpu = 1e18;                                                             \
        for (int rep_ = 0; rep_ < (reps); rep_++) {                                                \
            double w0_ = wall(), c0_ = cpu();                                                      \
            body;                                                                                  \
            double w_ = wall() - w0_, c_ = cpu() - c0_;                                            \
            if (w_ < (out).wall) (out).wall = w_;                                                  \
            if (c_ < (out).cpu) (out).cpu = c_;                                                    \
        }                                                                                          \
    } while (0)

static void row(const char *what, cost c)
{
    printf("  %-58s %8.1f %8.1f\n", what, c.wall, c.cpu);
}

static void plan(const char *path, const char *sql)
{
    sqlite3 *h;
    if (sqlite3_open_v2(path, &h, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) return;
    char *q = sqlite3_mprintf("EXPLAIN QUERY PLAN %s", sql);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(h, q, -1, &st, NULL) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW)
            printf("    %s\n", (const char *)sqlite3_column_text(st, 3));
        sqlite3_finalize(st);
    }
    sqlite3_free(q);
    sqlite3_close(h);
}

int main(int argc, char **argv)
{
    bool plans = false;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--plans") == 0)
            plans = true;
        else
            path = argv[i];
    }
    char def[1100];
    if (!path) { /* beside the executable: the build folder, never the repository */
        const char *slash = strrchr(argv[0], '/');
        snprintf(def, sizeof def, "%.*sstand-bench.db", slash ? (int)(slash - argv[0]) + 1 : 0,
                 argv[0]);
        path = def;
    }
    app_levels lv;
    load_levels(&lv);
    struct stat st;
    if (stat(path, &st) != 0) {
        double g0 = wall();
        if (!generate(path)) return 1;
        printf("(made in %.1f s)\n", (wall() - g0) / 1e3);
        stat(path, &st);
    }
    game_error err = {0};
    store *s = store_open(path, NULL, 0, &err); /* brings an older file up to date */
    if (!s) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    char v[32];
    int64_t now = store_setting_get(s, "bench_now", v, sizeof v) ? atoll(v) : 0;
    store_close(s);
    printf("a month of stands: %s, %.0f MB, %zu levels; \"now\" is the last day, 17:30\n", path,
           (double)st.st_size / 1e6, nlevels);
    printf("  %-58s %8s %8s\n", "", "wall ms", "CPU ms");

    cost c;
    MEASURE(c, 5, {
        store *r = store_open(path, NULL, 0, &err);
        store *w = store_open_peer(r, &err);
        store_close(w);
        store_close(r);
    });
    row("start-up after a clean stop: store_open + peer + close", c);
    s = store_open(path, NULL, 0, &err);
    store_retention_set(s, 365, &err);
    store_close(s);
    MEASURE(c, 5, {
        store *r = store_open(path, NULL, 0, &err);
        store_close(r);
    });
    row("  the same with a retention of a year (nothing to purge)", c);
    s = store_open(path, NULL, 0, &err);
    store_retention_set(s, 0, &err);
    store_close(s);
    MEASURE(c, 3, {
        sqlite3 *h;
        sqlite3_open_v2(path, &h, SQLITE_OPEN_READONLY, NULL);
        sqlite3_exec(h, "PRAGMA quick_check", NULL, NULL, NULL);
        sqlite3_close(h);
    });
    row("the full check (quick_check), after an unclean stop only", c);
    MEASURE(c, 3, {
        store *r = store_open_mode(path, STORE_READ, NULL, 0, &err);
        store_close(r);
    });
    row("vigie report's open (STORE_READ)", c);
    MEASURE(c, 3, {
        store *r = store_open_mode(path, STORE_READ, NULL, 0, &err);
        store_damaged_rows(r);
        store_close(r);
    });
    row("  + store_damaged_rows (the commands' open counts them)", c);

    s = store_open(path, NULL, 0, &err);
    game_board_row top[10];
    MEASURE(c, 5, {
        for (size_t i = 0; i < nlevels; i++)
            store_best(s, levels[i].pack, levels[i].level, STORE_EVER, now, top, 1);
    });
    char what[120];
    snprintf(what, sizeof what, "the menu's records: best ever of each of %zu levels", nlevels);
    row(what, c);
    MEASURE(c, 5, {
        const char *last = NULL;
        for (size_t i = 0; i < nlevels; i++) {
            if (!last || strcmp(last, levels[i].pack) != 0)
                store_best(s, levels[i].pack, NULL, STORE_EVER, now, top, 1);
            last = levels[i].pack;
        }
    });
    row("  and of each pack (the sum of a player's best per level)", c);
    size_t round = 0; /* a round of the stand pack: the most played */
    while (round + 1 < nlevels && strcmp(levels[round].pack, "stand") != 0) round++;
    MEASURE(c, 5, {
        for (int p = 0; p < 3; p++) store_best(s, "stand", levels[round].level, p, now, top, 1);
        game_board_row all[200];
        store_best(s, "stand", levels[round].level, STORE_TODAY, now, all, 200);
    });
    row("a stand round's boards at its end (today, week, ever, today's 200)", c);
    int64_t mid = store_local_midnight(now);
    MEASURE(c, 5, {
        store_day_best(s, "stand", mid, top, 10);
        int of;
        store_day_rank(s, "stand", mid, 500, &of);
    });
    row("the day's board (top 10) and a rank", c);
    game_stand d;
    MEASURE(c, 5, store_stand_day(s, "stand", now, &d, &err));
    row("store_stand_day, the stand pack", c);
    MEASURE(c, 5, store_stand_day(s, NULL, now, &d, &err));
    row("store_stand_day, every pack", c);
    FILE *devnull = fopen("/dev/null", "w");
    MEASURE(c, 5, store_stand_print(&d, NULL, GAME_LANG_FR, devnull));
    fclose(devnull);
    row("store_stand_print", c);
    printf("  (that day: %d rounds begun, %d finished, %d abandoned)\n", d.begun, d.finished,
           d.abandoned);
    store_close(s);

    if (plans) { /* the store's queries as store_query.c and store_stand.c write them */
        printf("\nquery plans\n  a level's best ever (store_best: walked from the best down):\n");
        plan(path, "SELECT p.nick, r.score, r.max_score, r.ended_ms, r.player_id"
                   " FROM runs r INDEXED BY runs_board"
                   " JOIN players p ON p.id = r.player_id AND " STORE_PLAYER_P
                   " WHERE r.pack_id = 'stand' AND r.level_id = 'x' AND " STORE_SCORED_R
                   " ORDER BY r.score DESC, r.ended_ms ASC");
        printf("  a level's best today or this week (store_best):\n");
        plan(path, "SELECT p.nick, MAX(r.score), r.max_score, r.ended_ms FROM runs r"
                   " JOIN players p ON p.id = r.player_id AND " STORE_PLAYER_P
                   " WHERE r.pack_id = 'stand' AND r.level_id = 'x' AND " STORE_SCORED_R
                   " AND r.started_ms >= 0 GROUP BY r.player_id ORDER BY 2 DESC, 4 ASC LIMIT 1");
        printf("  a pack's best (store_best, no level):\n");
        plan(path, "SELECT nick, SUM(best), SUM(mx), MAX(at) FROM ("
                   " SELECT p.nick nick, MAX(r.score) best, MAX(r.max_score) mx,"
                   " MAX(r.ended_ms) at FROM runs r"
                   " JOIN players p ON p.id = r.player_id AND " STORE_PLAYER_P
                   " WHERE r.pack_id = 'stand' AND " STORE_SCORED_R
                   " AND typeof(r.level_id) = 'text' AND r.started_ms >= 0"
                   " GROUP BY r.player_id, r.level_id) GROUP BY nick ORDER BY 2 DESC, 4 ASC"
                   " LIMIT 1");
        printf("  the day's board (store_day_best):\n");
        plan(path, "SELECT COALESCE(p.nick, ''), r.score, r.max_score, r.ended_ms FROM runs r"
                   " LEFT JOIN players p ON p.id = r.player_id AND " STORE_PLAYER_P
                   " WHERE r.pack_id = 'stand' AND r.started_ms >= 0 AND " STORE_SCORED_R
                   " ORDER BY r.score DESC, r.ended_ms ASC, r.id ASC LIMIT 10");
        printf("  the day's runs (store_stand_day, one pack):\n");
        plan(path, "SELECT r.started_ms, r.score, r.max_score, r.abandoned, r.ended_ms FROM runs r"
                   " WHERE r.pack_id = 'stand' AND r.started_ms >= 0 AND r.started_ms < 1"
                   " AND " STORE_BEGUN_R);
        printf("  the day's answers (store_stand_day, one pack):\n");
        plan(path, "SELECT r.level_id, a.question_id, MIN(a.prompt), COUNT(*) FROM runs r"
                   " CROSS JOIN answers a ON a.run_id = r.id WHERE r.pack_id = 'stand'"
                   " AND r.started_ms >= 0 AND r.started_ms < 1 AND " STORE_BEGUN_R
                   " AND typeof(r.level_id) = 'text' AND " STORE_ANSWER_A
                   " GROUP BY r.pack_id, r.level_id, a.question_id HAVING COUNT(*) >= 3");
    }
    app_levels_unload(&lv);
    return 0;
}

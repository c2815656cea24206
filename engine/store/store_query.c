/* store_query.c — what the store reads back: the best scores by period, the session report
 * and the list of sessions. Read-only queries on the database store.c opened. */
#include "store_internal.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- reading ---- */

/* The start of the period that ends at now_ms, local time: midnight today, Monday of this
 * week, or the beginning. */
static int64_t period_start(store_period p, int64_t now_ms)
{
    if (p == STORE_EVER) return 0;
    time_t t = (time_t)(now_ms / 1000);
    struct tm tm;
    if (!localtime_r(&t, &tm)) return 0;
    tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
    if (p == STORE_WEEK) tm.tm_mday -= (tm.tm_wday + 6) % 7; /* back to Monday */
    tm.tm_isdst = -1;
    return (int64_t)mktime(&tm) * 1000;
}

/* A level's best ever, one row per player: its runs walked from the best score down (the
 * covering index runs_board), each player at their first, until max players are found — a
 * few rows, however many runs the level has had. Only sound values (store_internal.h). */
static size_t best_ever(store *s, const char *pack_id, const char *level_id, store_score *out,
                        size_t max)
{
    sqlite3_stmt *st = store_prep(s, "SELECT p.nick, r.score, r.max_score, r.ended_ms, r.player_id,"
                                     " " STORE_PACE_R " FROM runs r INDEXED BY runs_board"
                                     " JOIN players p ON p.id = r.player_id AND " STORE_PLAYER_P
                                     " WHERE r.pack_id = ?1 AND r.level_id = ?2 AND " STORE_SCORED_R
                                     " ORDER BY r.score DESC, r.ended_ms ASC");
    if (!st || !max) {
        sqlite3_finalize(st);
        return 0;
    }
    store_bind_text(st, 1, pack_id);
    store_bind_text(st, 2, level_id);
    int64_t *seen = malloc(max * sizeof *seen);
    size_t n = 0;
    while (seen && n < max && sqlite3_step(st) == SQLITE_ROW) {
        int64_t player = sqlite3_column_int64(st, 4);
        bool again = false;
        for (size_t i = 0; i < n && !again; i++) again = seen[i] == player;
        if (again || sqlite3_column_type(st, 0) != SQLITE_TEXT) continue;
        seen[n] = player;
        store_score *o = &out[n++];
        snprintf(o->nick, sizeof o->nick, "%s", (const char *)sqlite3_column_text(st, 0));
        o->score = (long)sqlite3_column_int64(st, 1);
        o->max_score = (long)sqlite3_column_int64(st, 2);
        o->at_ms = sqlite3_column_int64(st, 3);
        o->pace = store_pace_of(sqlite3_column_int64(st, 5));
    }
    free(seen);
    sqlite3_finalize(st);
    return n;
}

size_t store_best(store *s, const char *pack_id, const char *level_id, store_period p,
                  int64_t now_ms, store_score *out, size_t max)
{
    if (level_id && p == STORE_EVER) return best_ever(s, pack_id, level_id, out, max);
    /* Only sound values (store_internal.h): a damaged one is on no board. Read from the
     * covering indexes runs_board and runs_board_pack, never the table. */
    const char *sql = level_id
                          ? "SELECT p.nick, MAX(r.score), r.max_score, r.ended_ms, " STORE_PACE_R
                            " FROM runs r"
                            " JOIN players p ON p.id = r.player_id AND " STORE_PLAYER_P
                            " WHERE r.pack_id = ?1 AND r.level_id = ?2 AND " STORE_SCORED_R
                            " AND r.started_ms >= ?3 GROUP BY r.player_id"
                            " ORDER BY 2 DESC, 4 ASC LIMIT ?4"
                          : "SELECT nick, SUM(best), SUM(mx), MAX(at), MAX(pace) FROM ("
                            " SELECT p.nick nick, MAX(r.score) best, MAX(r.max_score) mx,"
                            " MAX(r.ended_ms) at, " STORE_PACE_R " pace FROM runs r"
                            " JOIN players p ON p.id = r.player_id AND " STORE_PLAYER_P
                            " WHERE r.pack_id = ?1 AND " STORE_SCORED_R
                            " AND typeof(r.level_id) = 'text' AND r.started_ms >= ?3"
                            " AND ?2 IS NULL GROUP BY r.player_id, r.level_id)"
                            " GROUP BY nick ORDER BY 2 DESC, 4 ASC LIMIT ?4";
    sqlite3_stmt *st = store_prep(s, sql);
    size_t n = 0;
    if (!st) return 0;
    store_bind_text(st, 1, pack_id);
    if (level_id)
        store_bind_text(st, 2, level_id);
    else
        sqlite3_bind_null(st, 2);
    sqlite3_bind_int64(st, 3, period_start(p, now_ms));
    sqlite3_bind_int64(st, 4, (sqlite3_int64)max);
    while (n < max && sqlite3_step(st) == SQLITE_ROW) {
        /* the query keeps sound rows only; a sum that is not a number is skipped all the same */
        if (sqlite3_column_type(st, 0) != SQLITE_TEXT) continue;
        bool numbers = true;
        for (int c = 1; c <= 3; c++) numbers &= sqlite3_column_type(st, c) == SQLITE_INTEGER;
        if (!numbers) continue;
        store_score *o = &out[n++];
        snprintf(o->nick, sizeof o->nick, "%s", (const char *)sqlite3_column_text(st, 0));
        o->score = (long)sqlite3_column_int64(st, 1);
        o->max_score = (long)sqlite3_column_int64(st, 2);
        o->at_ms = sqlite3_column_int64(st, 3);
        o->pace = store_pace_of(sqlite3_column_int64(st, 4));
    }
    sqlite3_finalize(st);
    return n;
}

/* Room for one more element in a growing array; false when out of memory. */
static bool room_for(size_t n, size_t *cap, void **arr, size_t elem)
{
    if (n < *cap) return true;
    size_t nc = *cap ? *cap * 2 : 32;
    void *na = realloc(*arr, nc * elem);
    if (!na) return false;
    *arr = na;
    *cap = nc;
    return true;
}

/* A text column into buf; "" when it is not text. */
static void copy_col(sqlite3_stmt *st, int i, char *buf, size_t n)
{
    const unsigned char *t =
        sqlite3_column_type(st, i) == SQLITE_TEXT ? sqlite3_column_text(st, i) : NULL;
    snprintf(buf, n, "%s", t ? (const char *)t : "");
}

/* An integer column, or 0 when it is not one. */
static int64_t int_col(sqlite3_stmt *st, int i)
{
    return sqlite3_column_type(st, i) == SQLITE_INTEGER ? sqlite3_column_int64(st, i) : 0;
}

/* A report left half-built: freed, and err filled. */
static bool report_fail(store *s, store_report *out, game_error *err, const char *doing)
{
    store_report_free(out);
    return store_db_fail(s, err, doing);
}

bool store_report_build(store *s, const char *session, store_report *out, game_error *err)
{
    memset(out, 0, sizeof *out);
    sqlite3_stmt *st =
        store_prep(s, "SELECT id, name, started_ms FROM sessions se WHERE " STORE_SESSION_SE
                      " AND (name = ?1 OR CAST(id AS TEXT) = ?1)");
    if (!st) return store_db_fail(s, err, "read the sessions");
    store_bind_text(st, 1, session);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_finalize(st);
        return store_fail(err, s->path, "no session \"%s\" (vigie report alone lists them)",
                          session);
    }
    int64_t id = int_col(st, 0);
    copy_col(st, 1, out->name, sizeof out->name);
    out->started_ms = int_col(st, 2);
    sqlite3_finalize(st);

    /* Players: each nickname's total on each level, ranked within the level; an anonymous
     * run is a player of its own. Levels come in the order they were first played. */
    st = store_prep(s, "SELECT COALESCE(p.nick, ''), SUM(COALESCE(r.score, 0)), SUM(r.max_score),"
                       " MAX(r.started_ms), r.level_id, MIN(r.level_title),"
                       " (SELECT MIN(r2.started_ms) FROM runs r2 WHERE r2.session_id = ?1"
                       "  AND r2.level_id = r.level_id AND " STORE_RUN_R2 ") lvl_first,"
                       " MAX(" STORE_PACE_R ")"
                       " FROM runs r LEFT JOIN players p ON p.id = r.player_id "
                       "AND " STORE_PLAYER_P " WHERE r.session_id = ?1 AND " STORE_RUN_R
                       " AND r.abandoned = 0 GROUP BY r.level_id, COALESCE(r.player_id, -r.id)"
                       " ORDER BY lvl_first ASC, r.level_id ASC, 2 DESC, 4 ASC");
    if (!st) return store_db_fail(s, err, "read the session's runs");
    sqlite3_bind_int64(st, 1, id);
    size_t cap = 0;
    while (sqlite3_step(st) == SQLITE_ROW &&
           room_for(out->nplayers, &cap, (void **)&out->players, sizeof *out->players)) {
        game_report_player *o = &out->players[out->nplayers++];
        copy_col(st, 0, o->nick, sizeof o->nick);
        o->score = (long)int_col(st, 1);
        o->max_score = (long)int_col(st, 2);
        o->at_ms = int_col(st, 3);
        copy_col(st, 4, o->level_id, sizeof o->level_id);
        copy_col(st, 5, o->level_title, sizeof o->level_title);
        o->pace = store_pace_of(int_col(st, 7));
        const game_report_player *prev = out->nplayers > 1 ? o - 1 : NULL;
        o->rank = prev && strcmp(prev->level_id, o->level_id) == 0 ? prev->rank + 1 : 1;
    }
    sqlite3_finalize(st);
    st = store_prep(s, "SELECT COUNT(DISTINCT COALESCE(r.player_id, -r.id)) FROM runs r"
                       " WHERE r.session_id = ? AND " STORE_RUN_R);
    if (!st) return report_fail(s, out, err, "read the session's runs");
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) == SQLITE_ROW) out->npeople = (size_t)int_col(st, 0);
    sqlite3_finalize(st);

    /* Questions: the share right, lowest first; then each one's most chosen wrong answer. */
    /* The share right counts each answer's credit: a partly right answer is worth its share. */
    st = store_prep(s, "SELECT r.level_id, a.question_id, MIN(a.prompt), COUNT(*), SUM(a.correct),"
                       " TOTAL(a.credit), COUNT(CASE WHEN a.sure = 1 AND a.correct = 0 THEN 1 END)"
                       " FROM answers a JOIN runs r ON r.id = a.run_id"
                       " WHERE r.session_id = ? AND " STORE_RUN_R " AND " STORE_ANSWER_A
                       " GROUP BY r.level_id, a.question_id"
                       " ORDER BY TOTAL(a.credit) / COUNT(*) ASC, COUNT(*) DESC");
    if (!st) return report_fail(s, out, err, "read the session's answers");
    sqlite3_bind_int64(st, 1, id);
    cap = 0;
    while (sqlite3_step(st) == SQLITE_ROW &&
           room_for(out->nquestions, &cap, (void **)&out->questions, sizeof *out->questions)) {
        store_report_question *q = &out->questions[out->nquestions++];
        memset(q, 0, sizeof *q);
        copy_col(st, 0, q->level_id, sizeof q->level_id);
        copy_col(st, 1, q->question_id, sizeof q->question_id);
        copy_col(st, 2, q->prompt, sizeof q->prompt);
        q->answers = (int)int_col(st, 3);
        q->right = (int)int_col(st, 4);
        q->credit = sqlite3_column_type(st, 5) == SQLITE_FLOAT ? sqlite3_column_double(st, 5) : 0;
        q->sure_wrong = (int)int_col(st, 6);
    }
    sqlite3_finalize(st);
    st = store_prep(s, "SELECT a.answer, COUNT(*) FROM answers a JOIN runs r ON r.id = a.run_id"
                       " WHERE r.session_id = ? AND r.level_id = ? AND a.question_id = ?"
                       " AND " STORE_RUN_R " AND " STORE_ANSWER_A " AND a.correct = 0"
                       " AND a.timeout = 0 AND a.answer <> ''"
                       " GROUP BY a.answer ORDER BY 2 DESC, 1 ASC LIMIT 1");
    if (!st) return report_fail(s, out, err, "read the wrong answers");
    for (size_t i = 0; i < out->nquestions; i++) {
        store_report_question *q = &out->questions[i];
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, id);
        store_bind_text(st, 2, q->level_id);
        store_bind_text(st, 3, q->question_id);
        if (sqlite3_step(st) == SQLITE_ROW) {
            copy_col(st, 0, q->top_wrong, sizeof q->top_wrong);
            q->top_wrong_count = (int)int_col(st, 1);
        }
    }
    sqlite3_finalize(st);
    return true;
}

void store_report_free(store_report *r)
{
    free(r->players);
    free(r->questions);
    memset(r, 0, sizeof *r);
}

void store_report_print(const store_report *r, FILE *f)
{
    time_t t = (time_t)(r->started_ms / 1000);
    struct tm tm;
    char when[40] = "";
    if (localtime_r(&t, &tm)) strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
    fprintf(f, "Session \"%s\" (%s): %zu player%s\n\n", r->name, when, r->npeople,
            r->npeople == 1 ? "" : "s");
    fprintf(f, "Players, ranked per level\n");
    bool paced = false;
    for (size_t i = 0; i < r->nplayers; i++) {
        const game_report_player *p = &r->players[i];
        if (p->rank == 1) fprintf(f, "  %s (%s)\n", p->level_title, p->level_id);
        /* padded by characters, not bytes: "Zoé" lines up with "Zoe" */
        const char *nick = p->nick[0] ? p->nick : "(anonymous)";
        int chars = 0;
        for (const char *c = nick; *c; c++) chars += ((unsigned char)*c & 0xC0) != 0x80;
        fprintf(f, "    %3d. %s%*s %7ld / %ld%s%s\n", p->rank, nick, chars < 16 ? 16 - chars : 0,
                "", p->score, p->max_score, p->pace ? "  pace " : "",
                p->pace ? game_pace_name(p->pace) : "");
        paced |= p->pace != GAME_PACE_NORMAL;
    }
    if (paced) /* the legend, where a tag appears */
        fprintf(f, "  (pace 1.5 or 2: the time limits 1.5 or 2 times as long; pace untimed: no "
                   "limit; either way no speed bonus)\n");
    fprintf(f, "\nQuestions, the misconceptions first\n");
    for (size_t i = 0; i < r->nquestions; i++) {
        const store_report_question *q = &r->questions[i];
        int pct = game_report_pct(q);
        fprintf(f, "  %3d %% right (%d answer%s, %d all right)  %s · %s\n", pct, q->answers,
                q->answers == 1 ? "" : "s", q->right, q->level_id, q->prompt);
        if (q->top_wrong[0])
            fprintf(f, "         most chosen wrong answer (%d): %s\n", q->top_wrong_count,
                    q->top_wrong);
        if (q->sure_wrong) /* a misconception, not a guess */
            fprintf(f, "         wrong though sure: %d\n", q->sure_wrong);
    }
}

bool store_sessions_print(store *s, FILE *f, game_error *err)
{
    sqlite3_stmt *st = store_prep(s, "SELECT se.name, se.started_ms, COUNT(r.id),"
                                     " COUNT(DISTINCT COALESCE(r.player_id, -r.id))"
                                     " FROM sessions se LEFT JOIN runs r ON r.session_id = se.id"
                                     " AND " STORE_RUN_R " WHERE " STORE_SESSION_SE
                                     " GROUP BY se.id ORDER BY se.started_ms DESC");
    if (!st) return store_db_fail(s, err, "read the sessions");
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        time_t t = (time_t)(int_col(st, 1) / 1000);
        struct tm tm;
        char when[40] = "";
        if (localtime_r(&t, &tm)) strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
        char name[200];
        copy_col(st, 0, name, sizeof name);
        int runs = (int)int_col(st, 2), people = (int)int_col(st, 3);
        fprintf(f, "%s  %-32s %4d run%s, %d player%s\n", when, name, runs, runs == 1 ? " " : "s",
                people, people == 1 ? "" : "s");
        n++;
    }
    sqlite3_finalize(st);
    if (!n) fprintf(f, "no session yet: start the game with --session NAME\n");
    return true;
}

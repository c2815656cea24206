/* store_stand.c — a stand's day: the day's boards (since local midnight, or since the
 * operator's reset), the rank of a score among them, the day's figures for the organiser
 * (visitors per hour, rounds finished and abandoned, the questions most missed) and their
 * plain-text print; and the settings table. Read-only queries, but for the settings. */
#include "store_internal.h"

#include <string.h>
#include <time.h>

/* ---- the day ---- */

int64_t store_local_midnight(int64_t at_ms)
{
    time_t t = (time_t)(at_ms / 1000);
    struct tm tm;
    if (!localtime_r(&t, &tm)) return 0;
    tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
    tm.tm_isdst = -1;
    time_t m = mktime(&tm);
    return m == (time_t)-1 ? 0 : (int64_t)m * 1000;
}

/* The next local midnight after the one at m0: a day lasts 23 to 25 hours. */
static int64_t next_midnight(int64_t m0)
{
    return store_local_midnight(m0 + 26LL * 3600 * 1000);
}

/* The finished runs of a pack the boards count (one row per run): sound, not abandoned; from
 * the covering index runs_pack_started. */
#define DAY_RUNS                                                                                   \
    " FROM runs r LEFT JOIN players p ON p.id = r.player_id AND " STORE_PLAYER_P                   \
    " WHERE r.pack_id = ?1 AND r.started_ms >= ?2 AND " STORE_SCORED_R

size_t store_day_best(store *s, const char *pack_id, int64_t since_ms, store_score *out, size_t max)
{
    if (!s || !pack_id || !out || !max) return 0;
    sqlite3_stmt *st = store_prep(s, "SELECT COALESCE(p.nick, ''), r.score, r.max_score,"
                                     " r.ended_ms, " STORE_PACE_R DAY_RUNS " ORDER BY r.score DESC,"
                                     " r.ended_ms ASC, r.id ASC LIMIT ?3");
    if (!st) return 0;
    store_bind_text(st, 1, pack_id);
    sqlite3_bind_int64(st, 2, since_ms);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)max);
    size_t n = 0;
    while (n < max && sqlite3_step(st) == SQLITE_ROW) {
        store_score *o = &out[n++];
        const unsigned char *nick = sqlite3_column_text(st, 0);
        snprintf(o->nick, sizeof o->nick, "%s", nick ? (const char *)nick : "");
        o->score = (long)sqlite3_column_int64(st, 1);
        o->max_score = (long)sqlite3_column_int64(st, 2);
        o->at_ms = sqlite3_column_int64(st, 3);
        o->pace = store_pace_of(sqlite3_column_int64(st, 4));
    }
    sqlite3_finalize(st);
    return n;
}

int store_day_rank(store *s, const char *pack_id, int64_t since_ms, long score, int *of)
{
    if (of) *of = 0;
    if (!s || !pack_id) return 0;
    /* Ties share the better rank: 1 + the runs that scored more. */
    sqlite3_stmt *st = store_prep(s, "SELECT COUNT(*), COUNT(CASE WHEN r.score > ?3 THEN 1 END)"
                                     " FROM runs r WHERE r.pack_id = ?1 AND r.started_ms >= ?2"
                                     " AND " STORE_SCORED_R);
    if (!st) return 0;
    store_bind_text(st, 1, pack_id);
    sqlite3_bind_int64(st, 2, since_ms);
    sqlite3_bind_int64(st, 3, score);
    int rank = 0;
    if (sqlite3_step(st) == SQLITE_ROW) {
        int n = sqlite3_column_int(st, 0), above = sqlite3_column_int(st, 1);
        if (of) *of = n;
        rank = n ? above + 1 : 0;
    }
    sqlite3_finalize(st);
    return rank;
}

/* A text column into buf; "" when it is not text. */
static void copy_text(sqlite3_stmt *st, int i, char *buf, size_t n)
{
    const unsigned char *t =
        sqlite3_column_type(st, i) == SQLITE_TEXT ? sqlite3_column_text(st, i) : NULL;
    snprintf(buf, n, "%s", t ? (const char *)t : "");
}

/* A day's statements take ?1 its start, ?2 its end and ?3 the pack (NULL: every pack). */
static void bind_day(sqlite3_stmt *st, int64_t m0, int64_t m1, const char *pack_id)
{
    sqlite3_bind_int64(st, 1, m0);
    sqlite3_bind_int64(st, 2, m1);
    if (pack_id)
        store_bind_text(st, 3, pack_id);
    else
        sqlite3_bind_null(st, 3);
}

bool store_stand_day(store *s, const char *pack_id, int64_t day_ms, game_stand *out,
                     game_error *err)
{
    memset(out, 0, sizeof *out);
    int64_t m0 = store_local_midnight(day_ms), m1 = next_midnight(m0);
    out->day_ms = m0;
    /* Every run begun that day: by the hour it began, finished, abandoned. Sound rows only. */
    /* A pack's runs come from its covering index (runs_pack_started); every pack's by time. */
#define DAY_RUNS_SQL(pack)                                                                         \
    "SELECT r.started_ms, r.score, r.max_score, r.abandoned, r.ended_ms FROM runs r"               \
    " WHERE " pack " AND r.started_ms >= ?1 AND r.started_ms < ?2 AND " STORE_BEGUN_R
    sqlite3_stmt *st =
        store_prep(s, pack_id ? DAY_RUNS_SQL("r.pack_id = ?3") : DAY_RUNS_SQL("?3 IS NULL"));
    if (!st) return store_db_fail(s, err, "read the day's runs");
    bind_day(st, m0, m1, pack_id);
    double pct = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        time_t t = (time_t)(sqlite3_column_int64(st, 0) / 1000);
        struct tm tm;
        if (localtime_r(&t, &tm) && tm.tm_hour >= 0 && tm.tm_hour < 24) out->per_hour[tm.tm_hour]++;
        out->begun++;
        bool abandoned = sqlite3_column_int(st, 3) != 0;
        bool scored = sqlite3_column_type(st, 1) == SQLITE_INTEGER &&
                      sqlite3_column_type(st, 4) == SQLITE_INTEGER;
        if (abandoned) {
            out->abandoned++;
        } else if (scored) {
            long score = (long)sqlite3_column_int64(st, 1), mx = (long)sqlite3_column_int64(st, 2);
            if (!out->finished || score > out->best_score) out->best_score = score;
            out->finished++;
            double p = mx > 0 ? 100.0 * (double)score / (double)mx : 0;
            pct += p < 0 ? 0 : p > 100 ? 100 : p;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) return store_db_fail(s, err, "read the day's runs");
    out->avg_pct = out->finished ? pct / out->finished : 0;

    /* The questions most missed: the lowest share right (by credit) among those answered at
     * least 3 times that day and missed at least once (a question everyone got right is not
     * "missed"), then each one's most chosen wrong answer, as the report does. */
#define DAY_MISSED_SQL(pack)                                                                       \
    "SELECT r.level_id, a.question_id, MIN(a.prompt), COUNT(*), SUM(a.correct), TOTAL(a.credit),"  \
    " COUNT(CASE WHEN a.sure = 1 AND a.correct = 0 THEN 1 END), r.pack_id"                         \
    " FROM runs r CROSS JOIN answers a ON a.run_id = r.id"                                         \
    " WHERE " pack " AND r.started_ms >= ?1 AND r.started_ms < ?2 AND " STORE_BEGUN_R              \
    " AND typeof(r.level_id) = 'text' AND " STORE_ANSWER_A                                         \
    " GROUP BY r.pack_id, r.level_id, a.question_id"                                               \
    " HAVING COUNT(*) >= 3 AND TOTAL(a.credit) < COUNT(*)"                                         \
    " ORDER BY TOTAL(a.credit) / COUNT(*) ASC, COUNT(*) DESC, r.pack_id, r.level_id,"              \
    " a.question_id LIMIT ?4"
    st = store_prep(s, pack_id ? DAY_MISSED_SQL("r.pack_id = ?3") : DAY_MISSED_SQL("?3 IS NULL"));
    if (!st) return store_db_fail(s, err, "read the day's answers");
    bind_day(st, m0, m1, pack_id);
    sqlite3_bind_int(st, 4, GAME_STAND_MISSED);
    char packs[GAME_STAND_MISSED][65]; /* level ids are a pack's own */
    while (out->nmissed < GAME_STAND_MISSED && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        game_report_question *q = &out->missed[out->nmissed++];
        copy_text(st, 0, q->level_id, sizeof q->level_id);
        copy_text(st, 1, q->question_id, sizeof q->question_id);
        copy_text(st, 2, q->prompt, sizeof q->prompt);
        q->answers = sqlite3_column_int(st, 3);
        q->right = sqlite3_column_int(st, 4);
        q->credit = sqlite3_column_double(st, 5);
        q->sure_wrong = sqlite3_column_int(st, 6);
        copy_text(st, 7, packs[out->nmissed - 1], sizeof packs[0]);
    }
    sqlite3_finalize(st);
    st = store_prep(s, "SELECT a.answer, COUNT(*) FROM runs r CROSS JOIN answers a"
                       " ON a.run_id = r.id"
                       " WHERE r.started_ms >= ?1 AND r.started_ms < ?2"
                       " AND r.pack_id = ?3 AND r.level_id = ?4"
                       " AND a.question_id = ?5 AND " STORE_BEGUN_R " AND " STORE_ANSWER_A
                       " AND a.correct = 0 AND a.timeout = 0 AND a.answer <> ''"
                       " GROUP BY a.answer ORDER BY 2 DESC, 1 ASC LIMIT 1");
    if (!st) return store_db_fail(s, err, "read the wrong answers");
    for (size_t i = 0; i < out->nmissed; i++) {
        game_report_question *q = &out->missed[i];
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, m0);
        sqlite3_bind_int64(st, 2, m1);
        store_bind_text(st, 3, packs[i]);
        store_bind_text(st, 4, q->level_id);
        store_bind_text(st, 5, q->question_id);
        if (sqlite3_step(st) == SQLITE_ROW) {
            copy_text(st, 0, q->top_wrong, sizeof q->top_wrong);
            q->top_wrong_count = sqlite3_column_int(st, 1);
        }
    }
    sqlite3_finalize(st);
    return true;
}

/* ---- the figures in plain text ---- */

/* Prints at most width characters of the UTF-8 text t, "…" in place of the rest. */
static void put_cut(FILE *f, const char *t, int width)
{
    int chars = 0;
    for (const char *c = t; *c; c++) chars += ((unsigned char)*c & 0xC0) != 0x80;
    if (chars <= width) {
        fputs(t, f);
        return;
    }
    int kept = 0;
    const char *c = t;
    for (; *c; c++) {
        if (((unsigned char)*c & 0xC0) != 0x80 && kept++ == width - 1) break;
        fputc(*c, f);
    }
    fputs("…", f);
}

/* Turns line breaks and tabs of a prompt into spaces, into buf. */
static void one_line(const char *t, char *buf, size_t n)
{
    size_t i = 0;
    for (; t[i] && i + 1 < n; i++)
        buf[i] = t[i] == '\n' || t[i] == '\r' || t[i] == '\t' ? ' ' : t[i];
    buf[i] = '\0';
}

#define NBSP    "\xC2\xA0"
#define BAR_MAX 48

void store_stand_print(const game_stand *d, const char *pack_id, game_lang lang, FILE *f)
{
    bool fr = lang != GAME_LANG_EN;
    time_t t = (time_t)(d->day_ms / 1000);
    struct tm tm;
    char when[32] = "";
    if (localtime_r(&t, &tm)) strftime(when, sizeof when, fr ? "%d/%m/%Y" : "%Y-%m-%d", &tm);
    if (fr)
        fprintf(f, "Le stand du %s, %s%s%s\n\n", when, pack_id ? "pack «" NBSP : "tous les packs",
                pack_id ? pack_id : "", pack_id ? NBSP "»" : "");
    else
        fprintf(f, "The stand on %s, %s%s%s\n\n", when, pack_id ? "pack \"" : "every pack",
                pack_id ? pack_id : "", pack_id ? "\"" : "");
    if (!d->begun) {
        fputs(fr ? "Aucune manche ce jour-là.\n" : "No round that day.\n", f);
        return;
    }
    if (fr) {
        fprintf(f, "Visiteurs" NBSP ": %d manche%s commencée%s, %d finie%s, %d abandonnée%s\n",
                d->begun, d->begun > 1 ? "s" : "", d->begun > 1 ? "s" : "", d->finished,
                d->finished > 1 ? "s" : "", d->abandoned, d->abandoned > 1 ? "s" : "");
        if (d->finished)
            fprintf(f,
                    "Score moyen" NBSP ": %.0f" NBSP "%% des points" NBSP "; meilleur score" NBSP
                    ": %ld\n",
                    d->avg_pct, d->best_score);
    } else {
        fprintf(f, "Visitors: %d round%s begun, %d finished, %d abandoned\n", d->begun,
                d->begun == 1 ? "" : "s", d->finished, d->abandoned);
        if (d->finished)
            fprintf(f, "Average score: %.0f%% of the points; best score: %ld\n", d->avg_pct,
                    d->best_score);
    }
    int first = 0, last = 23, most = 0;
    while (first < 23 && !d->per_hour[first]) first++;
    while (last > 0 && !d->per_hour[last]) last--;
    for (int h = 0; h < 24; h++)
        if (d->per_hour[h] > most) most = d->per_hour[h];
    fputs(fr ? "\nVisiteurs par heure\n" : "\nVisitors per hour\n", f);
    for (int h = first; h <= last; h++) {
        int n = d->per_hour[h];
        int w = most ? (int)((long)n * BAR_MAX / most) : 0;
        if (n && !w) w = 1;
        if (fr)
            fprintf(f, "  %02d" NBSP "h ", h);
        else
            fprintf(f, "  %02d:00 ", h);
        for (int i = 0; i < w; i++) fputs("█", f);
        fprintf(f, "%*s %d\n", BAR_MAX - w, "", n);
    }
    if (!d->nmissed) return;
    fputs(fr ? "\nQuestions les plus manquées (au moins 3 réponses)\n"
             : "\nQuestions most missed (at least 3 answers)\n",
          f);
    for (size_t i = 0; i < d->nmissed; i++) {
        const game_report_question *q = &d->missed[i];
        char line[600];
        one_line(q->prompt, line, sizeof line);
        fprintf(f, fr ? "  %3d" NBSP "%% justes sur %-4d " : "  %3d%% right of %-4d ",
                game_report_pct(q), q->answers);
        put_cut(f, line, 54);
        fputc('\n', f);
        if (q->top_wrong[0]) {
            one_line(q->top_wrong, line, sizeof line);
            fputs(fr ? "       réponse fausse la plus choisie" NBSP ": "
                     : "       most chosen wrong answer: ",
                  f);
            put_cut(f, line, 40);
            fprintf(f, " (%d)\n", q->top_wrong_count);
        }
    }
}

/* ---- settings ---- */

bool store_setting_get(store *s, const char *key, char *buf, size_t n)
{
    if (buf && n) buf[0] = '\0';
    if (!s || !key || !buf || !n) return false;
    sqlite3_stmt *st = store_prep(s, "SELECT value FROM settings WHERE key = ?");
    bool got = false;
    if (st && store_bind_text(st, 1, key) && sqlite3_step(st) == SQLITE_ROW) {
        int type = sqlite3_column_type(st, 0);
        if (type == SQLITE_TEXT || type == SQLITE_INTEGER) {
            snprintf(buf, n, "%s", (const char *)sqlite3_column_text(st, 0));
            got = true;
        } else {
            s->bad_setting = true;
        }
    }
    sqlite3_finalize(st);
    return got;
}

bool store_setting_set(store *s, const char *key, const char *value, game_error *err)
{
    if (!key || !*key || strlen(key) > 200 || (value && strlen(value) > 4000))
        return store_fail(err, s->path,
                          "a setting needs a key of 1 to 200 bytes and a value of "
                          "at most 4000");
    sqlite3_stmt *st = value
                           ? store_prep(s, "INSERT INTO settings(key, value) VALUES(?1, ?2)"
                                           " ON CONFLICT(key) DO UPDATE SET value = excluded.value")
                           : store_prep(s, "DELETE FROM settings WHERE key = ?1");
    if (!st || !store_bind_text(st, 1, key) || (value && !store_bind_text(st, 2, value)))
        return sqlite3_finalize(st), store_db_fail(s, err, "save the setting");
    return store_write_one(s, st, err, "save the setting");
}

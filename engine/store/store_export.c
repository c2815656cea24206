/* store_export.c — the kept results leaving the database: CSV and JSON exports without
 * formulas, purges of old results and the retention setting applied at each start. */
#include "store_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- exports ---- */

static void iso(int64_t ms, char *buf, size_t n)
{
    if (ms <= 0) {
        snprintf(buf, n, "%s", "");
        return;
    }
    time_t t = (time_t)(ms / 1000);
    struct tm tm;
    if (!localtime_r(&t, &tm) || !strftime(buf, n, "%Y-%m-%d %H:%M:%S", &tm)) buf[0] = '\0';
}

/* One CSV cell: quoted when it must be; a formula's first character neutralised. */
static void csv_cell(FILE *f, const char *v, char sep)
{
    bool formula =
        v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r';
    bool quote = formula || strchr(v, sep) || strchr(v, '"') || strchr(v, '\n') || strchr(v, '\r');
    if (quote) fputc('"', f);
    if (formula) fputc('\'', f);
    for (const char *p = v; *p; p++) {
        if (*p == '"') fputc('"', f);
        fputc(*p, f);
    }
    if (quote) fputc('"', f);
}

static const char *const EXPORT_COLUMNS[] = {
    "session",    "run",         "player",      "pack",          "level",   "level_title",
    "lang",       "run_started", "run_score",   "run_max_score", "seq",     "question",
    "kind",       "prompt",      "answer",      "correct",       "timeout", "points",
    "credit_pct", "time_ms",     "answered_at", "run_pace",      NULL};

bool store_export(store *s, FILE *f, store_format fmt, const char *session, int64_t since_ms,
                  game_error *err)
{
    /* Only sound rows (store_internal.h); a damaged player or session reads as none. */
    static const char sql[] =
        "SELECT COALESCE(se.name, ''), r.id, COALESCE(p.nick, ''), r.pack_id, r.level_id,"
        " r.level_title, r.lang, r.started_ms, COALESCE(r.score, 0), r.max_score, a.seq,"
        " a.question_id, a.kind, a.prompt, a.answer, a.correct, a.timeout, a.points,"
        " CAST(ROUND(a.credit * 100) AS INTEGER), a.time_ms, a.at_ms,"
        " CASE r.pace WHEN '1.5' THEN '1.5' WHEN '2' THEN '2' WHEN 'untimed' THEN 'untimed'"
        " ELSE 'normal' END"
        " FROM answers a JOIN runs r ON r.id = a.run_id AND " STORE_RUN_R
        " LEFT JOIN players p ON p.id = r.player_id AND " STORE_PLAYER_P
        " LEFT JOIN sessions se ON se.id = r.session_id AND " STORE_SESSION_SE
        " WHERE " STORE_ANSWER_A " AND (?1 IS NULL OR se.name = ?1 OR CAST(se.id AS TEXT) = ?1)"
        " AND r.started_ms >= ?2 ORDER BY r.started_ms, r.id, a.seq";
    sqlite3_stmt *st = store_prep(s, sql);
    if (!st) return store_db_fail(s, err, "read the answers");
    if (session)
        store_bind_text(st, 1, session);
    else
        sqlite3_bind_null(st, 1);
    sqlite3_bind_int64(st, 2, since_ms);
    const char sep =
        ';'; /* what Calc and Excel expect in French; every cell is text or an integer */
    if (fmt == STORE_CSV) {
        fputs("\xEF\xBB\xBF", f); /* UTF-8, said so for Excel */
        for (int c = 0; EXPORT_COLUMNS[c]; c++) {
            if (c) fputc(sep, f);
            fputs(EXPORT_COLUMNS[c], f);
        }
        fputs("\r\n", f);
    } else {
        fputs("{\n  \"columns\": [", f);
        for (int c = 0; EXPORT_COLUMNS[c]; c++)
            fprintf(f, "%s\"%s\"", c ? ", " : "", EXPORT_COLUMNS[c]);
        fputs("],\n  \"answers\": [", f);
    }
    int rc;
    long rows = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (fmt == STORE_JSON) fputs(rows ? ",\n    {" : "\n    {", f);
        for (int c = 0; EXPORT_COLUMNS[c]; c++) {
            char buf[64];
            const char *v;
            bool number = false;
            if (c == 7 || c == 20) {
                iso(sqlite3_column_type(st, c) == SQLITE_INTEGER ? sqlite3_column_int64(st, c) : 0,
                    buf, sizeof buf);
                v = buf;
            } else if (sqlite3_column_type(st, c) == SQLITE_INTEGER) {
                snprintf(buf, sizeof buf, "%lld", (long long)sqlite3_column_int64(st, c));
                v = buf;
                number = true;
            } else {
                const unsigned char *t =
                    sqlite3_column_type(st, c) == SQLITE_TEXT ? sqlite3_column_text(st, c) : NULL;
                v = t ? (const char *)t : "";
            }
            if (fmt == STORE_CSV) {
                if (c) fputc(sep, f);
                csv_cell(f, v, sep);
            } else {
                fprintf(f, "%s\"%s\": ", c ? ", " : "", EXPORT_COLUMNS[c]);
                if (number && c != 15 && c != 16) {
                    fputs(v, f);
                } else if (c == 15 || c == 16) {
                    fputs(strcmp(v, "1") == 0 ? "true" : "false", f);
                } else {
                    fputc('"', f);
                    for (const unsigned char *p = (const unsigned char *)v; *p; p++) {
                        if (*p == '"' || *p == '\\')
                            fprintf(f, "\\%c", *p);
                        else if (*p < 0x20)
                            fprintf(f, "\\u%04x", *p);
                        else
                            fputc(*p, f);
                    }
                    fputc('"', f);
                }
            }
        }
        if (fmt == STORE_CSV)
            fputs("\r\n", f);
        else
            fputc('}', f);
        rows++;
    }
    sqlite3_finalize(st);
    if (fmt == STORE_JSON) fputs(rows ? "\n  ]\n}\n" : "]\n}\n", f);
    if (rc != SQLITE_DONE) return store_db_fail(s, err, "read the answers");
    if (ferror(f)) return store_fail(err, s->path, "cannot write the export: %s", strerror(errno));
    return true;
}

/* ---- purges ---- */

bool store_purge(store *s, int64_t before_ms, long *removed, game_error *err)
{
    if (!store_begin(s, err, "start the purge")) return false;
    sqlite3_stmt *st = store_prep(s, "DELETE FROM answers WHERE run_id IN"
                                     " (SELECT id FROM runs WHERE started_ms < ?)");
    bool ok =
        st && sqlite3_bind_int64(st, 1, before_ms) == SQLITE_OK && sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    st = ok ? store_prep(s, "DELETE FROM runs WHERE started_ms < ?") : NULL;
    ok = ok && st && sqlite3_bind_int64(st, 1, before_ms) == SQLITE_OK &&
         sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    if (ok && removed) *removed = (long)sqlite3_changes(s->db);
    /* A session or a nickname no run refers to any more is personal data kept for nothing. */
    st = ok ? store_prep(s, "DELETE FROM sessions WHERE started_ms < ? AND id NOT IN"
                            " (SELECT session_id FROM runs WHERE session_id IS NOT NULL)")
            : NULL;
    ok = ok && st && sqlite3_bind_int64(st, 1, before_ms) == SQLITE_OK &&
         sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    ok = ok && sqlite3_exec(s->db,
                            "DELETE FROM players WHERE id NOT IN (SELECT player_id FROM runs"
                            " WHERE player_id IS NOT NULL)",
                            NULL, NULL, NULL) == SQLITE_OK;
    if (!ok) {
        store_db_fail(s, err, "purge old results");
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return false;
    }
    return store_exec(s, "COMMIT", err, "end the purge");
}

bool store_retention_set(store *s, int days, game_error *err)
{
    if (days < 0 || days > 36500) return store_fail(err, s->path, "keep results 0 to 36500 days");
    sqlite3_stmt *st = store_prep(s, "INSERT INTO settings(key, value) VALUES('retention_days', ?)"
                                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    char v[16];
    snprintf(v, sizeof v, "%d", days);
    if (!st || !store_bind_text(st, 1, v))
        return sqlite3_finalize(st), store_db_fail(s, err, "save the setting");
    return store_write_one(s, st, err, "save the setting");
}

/* The kept number of days; 0 (keep everything, the default) when none is kept or when what is
 * kept is not a number of days 0 to 36500 (then s->bad_setting). */
int store_retention(store *s)
{
    sqlite3_stmt *st = store_prep(s, "SELECT value FROM settings WHERE key = 'retention_days'");
    long days = 0;
    if (st && sqlite3_step(st) == SQLITE_ROW) {
        int type = sqlite3_column_type(st, 0);
        bool ok = false;
        if (type == SQLITE_INTEGER) {
            sqlite3_int64 v = sqlite3_column_int64(st, 0);
            ok = v >= 0 && v <= 36500;
            days = ok ? (long)v : 0;
        } else if (type == SQLITE_TEXT) {
            const char *t = (const char *)sqlite3_column_text(st, 0);
            char *end = NULL;
            errno = 0;
            days = t && *t ? strtol(t, &end, 10) : -1;
            ok = t && *t && end && !*end && errno == 0 && days >= 0 && days <= 36500;
        }
        if (!ok) {
            days = 0;
            s->bad_setting = true;
        }
    }
    sqlite3_finalize(st);
    return (int)days;
}

long store_damaged_rows(store *s)
{
    static const char *const counts[] = {
        "SELECT COUNT(*) FROM runs r WHERE NOT COALESCE(" STORE_RUN_R ", 0)",
        "SELECT COUNT(*) FROM answers a WHERE NOT COALESCE(" STORE_ANSWER_A ", 0)",
        "SELECT COUNT(*) FROM players p WHERE NOT COALESCE(" STORE_PLAYER_P ", 0)",
        "SELECT COUNT(*) FROM sessions se WHERE NOT COALESCE(" STORE_SESSION_SE ", 0)",
    };
    long n = 0;
    for (size_t i = 0; i < sizeof counts / sizeof *counts; i++) {
        sqlite3_stmt *st = store_prep(s, counts[i]);
        if (st && sqlite3_step(st) == SQLITE_ROW) n += (long)sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    store_retention(s);
    return n + s->bad_setting;
}

void store_retention_apply(store *s)
{
    int days = store_retention(s);
    if (days <= 0) return;
    int64_t before = ((int64_t)time(NULL) - (int64_t)days * 86400) * 1000;
    /* Nothing that old (most starts): no purge, whose clean-up of names reads every run. */
    sqlite3_stmt *st = store_prep(s, "SELECT 1 FROM runs WHERE started_ms < ? LIMIT 1");
    bool old =
        !st || sqlite3_bind_int64(st, 1, before) != SQLITE_OK || sqlite3_step(st) != SQLITE_DONE;
    sqlite3_finalize(st);
    if (!old) return;
    long removed = 0;
    store_purge(s, before, &removed, NULL);
}

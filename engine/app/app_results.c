/* app_results.c — the commands on kept results: `vigie report` (a trainer's session, or with
 * --stand a stand's day), `vigie export`, `vigie purge`, and the database the others open. */
#define _DEFAULT_SOURCE /* realpath */
#include "app.h"
#include "app_term.h"
#include "store/store.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

bool app_db_path(const char *db, char *buf, size_t n)
{
    if (db && *db) return (size_t)snprintf(buf, n, "%s", db) < n;
    return store_default_path(buf, n);
}

/* The database at db (else the default one) opened as mode asks; NULL after saying why. A
 * result the boards, reports and exports skip is said once (with count_damaged: counting them
 * reads the whole database, which a stand's day does not need). */
static store *open_as(const char *db, store_mode mode, bool quiet, bool count_damaged)
{
    char path[PATH_MAX], notice[PATH_MAX + 100]; /* the store says which paths SQLite takes */
    if (!app_db_path(db, path, sizeof path)) {
        if (quiet) return NULL;
        if (db && *db)
            fprintf(stderr, "vigie: --db: the path is too long (%zu bytes; at most %zu)\n",
                    strlen(db), sizeof path - 1);
        else
            fprintf(stderr, "vigie: no place for the results (set HOME or XDG_DATA_HOME, or "
                            "give --db PATH)\n");
        return NULL;
    }
    game_error err = {0};
    store *s = store_open_mode(path, mode, notice, sizeof notice, &err);
    bool named = !err.file[0] || strstr(err.message, path);
    if (!s && !quiet) /* the path once: before the message, unless the message says it */
        fprintf(stderr, "vigie: %s%s%s\n", named ? "" : err.file, named ? "" : ": ", err.message);
    if (s && notice[0])
        fprintf(stderr,
                "vigie: the results database was damaged: it was kept as %s and a new one "
                "started\n",
                notice);
    long bad = s && mode != STORE_CREATE && count_damaged ? store_damaged_rows(s) : 0;
    if (bad && !quiet)
        fprintf(stderr,
                "vigie: %s: %ld damaged row%s or setting%s (a value of the wrong type or out of "
                "range) skipped\n",
                path, bad, bad == 1 ? "" : "s", bad == 1 ? "" : "s");
    return s;
}

store *app_store_open(const char *db, bool quiet)
{
    return open_as(db, STORE_CREATE, quiet, true);
}

store *app_store_read(const char *db, bool quiet)
{
    return open_as(db, STORE_READ, quiet, true);
}

/* Whether writing out would overwrite the database at db or its -wal or -shm: the same file
 * (a symbolic or hard link to it too), or the same resolved path for one not made yet. */
static bool out_is_database(const char *out, const char *db)
{
    char path[PATH_MAX];
    if (!app_db_path(db, path, sizeof path)) return false; /* open_as says why */
    struct stat so, sd;
    bool out_exists = strcmp(out, "-") == 0 ? fstat(STDOUT_FILENO, &so) == 0 : stat(out, &so) == 0;
    static const char *const ext[] = {"", "-wal", "-shm"};
    for (int e = 0; e < 3; e++) {
        char side[PATH_MAX + 8];
        snprintf(side, sizeof side, "%s%s", path, ext[e]);
        if (out_exists && stat(side, &sd) == 0 && so.st_dev == sd.st_dev && so.st_ino == sd.st_ino)
            return true;
    }
    if (out_exists || strcmp(out, "-") == 0) return false;
    /* Not there yet: its folder resolved, then its name, against the database's. */
    char od[PATH_MAX], dd[PATH_MAX];
    const char *oslash = strrchr(out, '/'), *dslash = strrchr(path, '/');
    char odir[PATH_MAX], ddir[PATH_MAX];
    snprintf(odir, sizeof odir, "%.*s", oslash ? (int)(oslash - out) + 1 : 1, oslash ? out : ".");
    snprintf(ddir, sizeof ddir, "%.*s", dslash ? (int)(dslash - path) + 1 : 1, dslash ? path : ".");
    if (!realpath(odir, od) || !realpath(ddir, dd) || strcmp(od, dd) != 0) return false;
    const char *oname = oslash ? oslash + 1 : out, *dname = dslash ? dslash + 1 : path;
    size_t dl = strlen(dname);
    return strncmp(oname, dname, dl) == 0 &&
           (!oname[dl] || !strcmp(oname + dl, "-wal") || !strcmp(oname + dl, "-shm"));
}

int64_t app_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* "2026-11-28" (local midnight) or "2026-11-28 14:30"/"2026-11-28T14:30" (local). */
bool app_parse_date(const char *s, int64_t *ms)
{
    struct tm tm = {0};
    int y, mo, d, h = 0, mi = 0, used = 0;
    if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &used) != 3) return false;
    if (s[used] == 'T' || s[used] == ' ') {
        int more = 0;
        if (sscanf(s + used + 1, "%2d:%2d%n", &h, &mi, &more) != 2) return false;
        used += 1 + more;
    }
    if (s[used] || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return false;
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_isdst = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1) return false;
    *ms = (int64_t)t * 1000;
    return true;
}

/* `vigie report --stand [--date YYYY-MM-DD] [--pack ID] [--db PATH] [--lang fr|en]`: a stand's
 * day in the terminal (today's, or that day's), read-only. 1 without a database, 2 on a bad
 * date or language. */
static int report_stand(int argc, char **argv)
{
    const char *db = NULL, *pack = NULL;
    int64_t day = 0;
    game_lang lang = app_lang_from_env();
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--stand") == 0) {
            continue;
        } else if (strcmp(a, "--db") == 0 && v) {
            db = argv[++i];
        } else if (strcmp(a, "--pack") == 0 && v) {
            pack = argv[++i];
        } else if (strcmp(a, "--date") == 0 && v) {
            if (!app_parse_date(argv[++i], &day)) {
                app_term_line(stderr,
                              "vigie report: --date takes a day, like 2026-10-14 (not \"%s\")",
                              argv[i]);
                return 2;
            }
        } else if (strcmp(a, "--lang") == 0 && v) {
            if (!game_lang_parse(argv[++i], &lang)) {
                app_term_line(stderr, "vigie report: --lang takes fr or en (not \"%s\")", argv[i]);
                return 2;
            }
        } else {
            return APP_USAGE;
        }
    }
    store *s = open_as(db, STORE_READ, false, false);
    if (!s) return 1;
    game_stand d;
    game_error err = {0};
    int st = 1;
    if (store_stand_day(s, pack, day ? day : app_now_ms(), &d, &err)) {
        /* prompts and pack ids are not the terminal's orders */
        char *text = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&text, &len);
        if (mem) {
            store_stand_print(&d, pack, lang, mem);
            if (fclose(mem) == 0) {
                app_term_lines(stdout, text, len);
                st = 0;
            }
        }
        free(text);
        if (st) app_term_line(stderr, "vigie report: out of memory");
    } else {
        app_term_line(stderr, "vigie report: %s", err.message);
    }
    store_close(s);
    return st;
}

int app_cmd_report(int argc, char **argv)
{
    for (int i = 0; i < argc; i++)
        if (strcmp(argv[i], "--stand") == 0) return report_stand(argc, argv);
    const char *db = NULL, *session = NULL;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--db") == 0 && i + 1 < argc)
            db = argv[++i];
        else if (argv[i][0] != '-' && !session)
            session = argv[i];
        else {
            return APP_USAGE;
        }
    }
    store *s = open_as(db, STORE_READ, false, true);
    if (!s) return 1;
    if (!session) { /* the sessions there are: their names made safe for the terminal */
        game_error err = {0};
        char *text = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&text, &len);
        bool ok = mem && store_sessions_print(s, mem, &err);
        if (mem && fclose(mem) == 0 && ok) app_term_lines(stdout, text, len);
        free(text);
        if (!ok) app_term_line(stderr, "vigie report: %s", mem ? err.message : "out of memory");
        store_close(s);
        return ok ? 0 : 1;
    }
    store_report r;
    game_error err = {0};
    int st = 0;
    if (store_report_build(s, session, &r, &err)) {
        app_term_report(&r); /* names, prompts and answers are not the terminal's orders */
        store_report_print(&r, stdout);
        store_report_free(&r);
    } else {
        app_term_line(stderr, "vigie report: %s", err.message);
        st = 1;
    }
    store_close(s);
    return st;
}

int app_cmd_export(int argc, char **argv)
{
    const char *db = NULL, *session = NULL, *out = NULL, *format = NULL;
    int64_t since = 0;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--db") == 0 && v)
            db = argv[++i];
        else if (strcmp(a, "--session") == 0 && v)
            session = argv[++i];
        else if (strcmp(a, "--out") == 0 && v)
            out = argv[++i];
        else if (strcmp(a, "--format") == 0 && v)
            format = argv[++i];
        else if (strcmp(a, "--since") == 0 && v) {
            if (!app_parse_date(argv[++i], &since)) {
                fprintf(stderr, "vigie export: --since takes a date, like 2026-11-28\n");
                return 2;
            }
        } else {
            fprintf(stderr, "vigie export: unexpected argument \"%s\"\n", a);
            return 2;
        }
    }
    if (!out || !format || (strcmp(format, "csv") && strcmp(format, "json")) ||
        (session && since)) {
        return APP_USAGE;
    }
    if (out_is_database(out, db)) {
        fprintf(stderr,
                "vigie export: --out %s is the results database (or its -wal or -shm file): "
                "nothing was written; choose another file\n",
                out);
        return 1;
    }
    store *s = open_as(db, STORE_READ, false, true);
    if (!s) return 1;
    FILE *f = strcmp(out, "-") == 0 ? stdout : fopen(out, "wb");
    int st = 1;
    game_error err = {0};
    if (!f) {
        perror(out);
    } else if (!store_export(s, f, strcmp(format, "csv") == 0 ? STORE_CSV : STORE_JSON, session,
                             since, &err)) {
        fprintf(stderr, "vigie export: %s\n", err.message);
    } else {
        st = 0;
    }
    if (f && f != stdout && fclose(f) != 0 && st == 0) {
        perror(out);
        st = 1;
    }
    store_close(s);
    return st;
}

int app_cmd_purge(int argc, char **argv)
{
    const char *db = NULL;
    int64_t before = 0;
    int retention = -1;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--db") == 0 && v)
            db = argv[++i];
        else if (strcmp(a, "--before") == 0 && v) {
            if (!app_parse_date(argv[++i], &before)) {
                fprintf(stderr, "vigie purge: --before takes a date, like 2026-09-01\n");
                return 2;
            }
        } else if (strcmp(a, "--retention") == 0 && v) {
            char *end;
            long d = strtol(argv[++i], &end, 10);
            if (*end || d < 0 || d > 36500) {
                fprintf(stderr, "vigie purge: --retention takes a number of days (0: keep all)\n");
                return 2;
            }
            retention = (int)d;
        } else {
            fprintf(stderr, "vigie purge: unexpected argument \"%s\"\n", a);
            return 2;
        }
    }
    if (!before && retention < 0) {
        return APP_USAGE;
    }
    store *s = open_as(db, STORE_EXISTING, false, true);
    if (!s) return 1;
    game_error err = {0};
    int st = 0;
    if (before) {
        long n = 0;
        if (store_purge(s, before, &n, &err))
            printf("%ld run%s removed\n", n, n == 1 ? "" : "s");
        else
            st = 1;
    }
    if (st == 0 && retention >= 0) {
        if (!store_retention_set(s, retention, &err))
            st = 1;
        else if (retention)
            printf("results older than %d days are now removed at each start\n", retention);
        else
            printf("results are now kept until purged\n");
    }
    if (st) fprintf(stderr, "vigie purge: %s\n", err.message);
    store_close(s);
    return st;
}

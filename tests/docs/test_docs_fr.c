/* test_docs_fr.c — docs/fr, the guide for French trainers, cannot go stale either: its worked
 * example is the file docs/examples/fr/premier-niveau.lua and passes `vigie check` without a
 * warning, its answers file gives the score the guide prints, every question, scoring and pack
 * fragment loads, every kind's and mock-up's example answer plays right in `vigie run`, score.md
 * lists the fields of ctx the engine gives, commandes.md shows each command of the engine's
 * table and the outputs (check, run, report) the commands print, and every relative link of
 * docs/fr leads to a file (and a heading) that exists. */
#include "docs_fixture.h"
#include "app/app.h"
#include "game/game.h"
#include "script/script.h"

#include <criterion/criterion.h>
#include <ctype.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#define BIN VIGIE_BIN
#define SRC VIGIE_SOURCE_DIR

/* The pages of docs/fr this test reads for fragments (aide-memoire.md has its own tests). */
static const char *const guide_pages[] = {"README.md", "ecrire-un-niveau.md",
                                          "types-de-questions.md", "score.md", "commandes.md"};
#define N_PAGES (sizeof guide_pages / sizeof *guide_pages)

static char *slurp(const char *rel)
{
    char *s = docs_read(rel);
    cr_assert_not_null(s, "cannot read %s/%s", SRC, rel);
    return s;
}

static char *page(const char *name)
{
    char rel[300];
    snprintf(rel, sizeof rel, "docs/fr/%s", name);
    return slurp(rel);
}

/* The n-th fenced block of a markdown text whose opening line is "```lang", or NULL. */
static char *block(const char *md, const char *lang, int n, char *out, size_t cap)
{
    char fence[32];
    snprintf(fence, sizeof fence, "```%s\n", lang);
    const char *p = md;
    int i = 0;
    while ((p = strstr(p, "```"))) {
        bool opens = !strncmp(p, fence, strlen(fence));
        const char *body = strchr(p, '\n');
        if (!body) return NULL;
        body++;
        const char *end = strstr(body, "```");
        if (!end) return NULL;
        if (opens && i++ == n) {
            size_t len = (size_t)(end - body) < cap - 1 ? (size_t)(end - body) : cap - 1;
            memcpy(out, body, len);
            out[len] = '\0';
            return out;
        }
        p = end + 3;
    }
    return NULL;
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f, "%s", path);
    cr_assert_eq(fwrite(text, 1, strlen(text), f), strlen(text));
    fclose(f);
}

/* `vigie check PATH`, stdout then stderr, as a terminal shows them. */
static int check_path(const char *path, const char **out)
{
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "'%s' check '%s' 2>&1", BIN, path);
    return run_capture(cmd, out);
}

static int check_source(const char *src, const char **out)
{
    char path[] = "/tmp/vigie-docfr-XXXXXX";
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    cr_assert_eq(write(fd, src, strlen(src)), (ssize_t)strlen(src));
    close(fd);
    int st = check_path(path, out);
    unlink(path);
    return st;
}

/* ---- the worked example and its answers ---------------------------------------------- */

Test(docs_fr, the_worked_example_is_the_example_file_and_passes_check_without_a_warning)
{
    char *md = page("ecrire-un-niveau.md");
    char *file = slurp("docs/examples/fr/premier-niveau.lua");
    static char b[1 << 16];
    cr_assert_not_null(block(md, "lua", 0, b, sizeof b));
    cr_assert_str_eq(b, file,
                     "docs/fr/ecrire-un-niveau.md's first example differs from "
                     "docs/examples/fr/premier-niveau.lua");
    const char *out;
    cr_assert_eq(check_path(SRC "/docs/examples/fr/premier-niveau.lua", &out), 0, "%s", out);
    cr_assert_null(strstr(out, ": warning:"), "%s", out);
    cr_assert(strstr(out, "premier-niveau.lua: ok (5 questions)"), "%s", out);
    free(md);
    free(file);
}

/* The number after `key` in text, or -1. */
static long number_after(const char *text, const char *key)
{
    const char *p = strstr(text, key);
    return p ? atol(p + strlen(key)) : -1;
}

Test(docs_fr, the_answers_file_is_shown_and_gives_the_score_the_guide_prints)
{
    char *md = page("ecrire-un-niveau.md");
    char *file = slurp("docs/examples/fr/premier-niveau.answers.lua");
    static char b[1 << 16];
    bool shown = false;
    for (int i = 0; block(md, "lua", i, b, sizeof b); i++) shown = shown || !strcmp(b, file);
    cr_assert(shown, "docs/fr/ecrire-un-niveau.md does not show "
                     "docs/examples/fr/premier-niveau.answers.lua as it is");
    char cmd[900];
    const char *out;
    snprintf(cmd, sizeof cmd,
             "cd '%s' && '%s' run docs/examples/fr/premier-niveau.lua --answers "
             "docs/examples/fr/premier-niveau.answers.lua",
             SRC, BIN);
    cr_assert_eq(run_capture(cmd, &out), 0, "%s", out);
    cr_assert_not_null(block(md, "json", 0, b, sizeof b), "the guide shows no score");
    const char *keys[] = {"\"score\": ", "\"max_score\": ", "\"correct_count\": "};
    for (size_t k = 0; k < 3; k++) {
        long want = number_after(b, keys[k]), got = number_after(out, keys[k]);
        cr_assert_geq(want, 0, "the guide shows no %s", keys[k]);
        cr_assert_eq(got, want, "vigie run gives %s%ld, docs/fr/ecrire-un-niveau.md prints %ld",
                     keys[k], got, want);
    }
    /* The table's total, worked out by hand, is the same score. */
    char total[64];
    snprintf(total, sizeof total, "**%ld** sur %ld", number_after(out, keys[0]),
             number_after(out, keys[1]));
    cr_assert(strstr(md, total), "the guide's table does not total %s", total);
    free(md);
    free(file);
}

/* ---- fragments ----------------------------------------------------------------------- */

/* A level around a fragment, as the English docs' test builds it; NULL when the block is no
 * question, scoring rule or level field. */
static const char *level_around(const char *b, char *src, size_t cap)
{
    if (!strncmp(b, "{ kind =", 8))
        snprintf(src, cap, "return { id = \"doc\", title = \"Doc\", questions = {\n%s\n} }\n", b);
    else if (!strncmp(b, "score = function", 16))
        snprintf(src, cap,
                 "return { id = \"doc\", title = \"Doc\", questions = { { prompt = \"P\", "
                 "choices = { \"a\", \"b\" }, correct = 1, explain = \"E\" } },\n%s\n}\n",
                 b);
    else if (!strncmp(b, "title = {", 9))
        snprintf(src, cap,
                 "return { id = \"doc\", %s questions = { { prompt = \"P\", kind = \"truefalse\", "
                 "correct = true, explain = \"E\" } } }\n",
                 b);
    else
        return NULL;
    return src;
}

Test(docs_fr, every_question_and_scoring_fragment_loads_in_a_level)
{
    static char b[1 << 16], src[1 << 17];
    int tried = 0, scoring = 0;
    for (size_t pg = 0; pg < N_PAGES; pg++) {
        char *md = page(guide_pages[pg]);
        for (int i = 0; block(md, "lua", i, b, sizeof b); i++) {
            if (!level_around(b, src, sizeof src)) continue;
            const char *out;
            cr_assert_eq(check_source(src, &out), 0, "fragment %d of docs/fr/%s fails:\n%s\n%s", i,
                         guide_pages[pg], b, out);
            cr_assert_null(strstr(out, "unknown field"), "docs/fr/%s, fragment %d:\n%s",
                           guide_pages[pg], i, out);
            tried++;
            scoring += !strncmp(b, "score = function", 16);
        }
        free(md);
    }
    cr_assert_geq(tried, 18, "only %d fragments found", tried);
    cr_assert_geq(scoring, 2, "only %d scoring rules found", scoring);
}

/* A rule that returns nothing is refused, as docs/fr/score.md says. */
Test(docs_fr, a_scoring_rule_that_returns_nothing_is_refused_as_score_md_says)
{
    char *md = page("score.md");
    cr_assert(strstr(md, "Une règle qui ne renvoie pas de nombre"));
    static char src[4096];
    level_around("score = function(answer, ctx)\n  local x = 1\nend,", src, sizeof src);
    const char *out;
    cr_assert_eq(check_source(src, &out), 1, "%s", out);
    cr_assert(strstr(out, "must return a number"), "%s", out);
    free(md);
}

static bool starts_answer(const char *b)
{
    return !strncmp(b, "{ answer =", 10) || !strncmp(b, "{ play =", 8) ||
           !strncmp(b, "{ timeout =", 11);
}

Test(docs_fr, every_kind_and_mock_up_has_an_example_whose_answer_plays_right)
{
    char *md = page("types-de-questions.md");
    static char b[1 << 16], question[1 << 16], src[1 << 17];
    bool kinds[GAME_KIND_COUNT] = {false};
    /* The mock-ups, by the field that draws them; as many as the engine has. */
    const char *mockups[] = {"mail = {",     "sms = {",  "browser = {",      "post = {", "chat = {",
                             "document = {", "call = {", "notification = {", "spots = {"};
    cr_assert_eq(sizeof mockups / sizeof *mockups, GAME_MOCKUP_COUNT,
                 "the engine has another mock-up: add it here and to types-de-questions.md");
    bool shown[GAME_MOCKUP_COUNT] = {false};
    question[0] = '\0';
    int played = 0;
    for (int i = 0; block(md, "lua", i, b, sizeof b); i++) {
        if (!strncmp(b, "{ kind =", 8)) {
            cr_assert_eq(question[0], '\0', "types-de-questions.md: no answer follows:\n%s",
                         question);
            snprintf(question, sizeof question, "%s", b);
            continue;
        }
        if (!starts_answer(b)) continue;
        cr_assert_neq(question[0], '\0', "types-de-questions.md: an answer without a question:\n%s",
                      b);
        snprintf(src, sizeof src,
                 "return { id = \"doc\", title = \"Doc\", questions = {\n%s\n} }\n", question);
        char lpath[] = "/tmp/vigie-docfr-q-XXXXXX", apath[] = "/tmp/vigie-docfr-a-XXXXXX";
        close(mkstemp(lpath));
        close(mkstemp(apath));
        write_file(lpath, src);
        snprintf(src, sizeof src, "return {\n%s\n}\n", b);
        write_file(apath, src);
        char cmd[1200];
        const char *out;
        snprintf(cmd, sizeof cmd, "'%s' run '%s' --answers '%s' 2>&1", BIN, lpath, apath);
        int st = run_capture(cmd, &out);
        unlink(lpath);
        unlink(apath);
        cr_assert_eq(st, 0, "this answer does not play:\n%s\n%s\n%s", question, b, out);
        cr_assert(strstr(out, "\"correct\": true"),
                  "types-de-questions.md: this answer is not right:\n%s\n%s\n%s", question, b, out);
        for (int k = 0; k < GAME_KIND_COUNT; k++) {
            char field[64];
            snprintf(field, sizeof field, "kind = \"%s\"", game_kind_name((game_kind)k));
            kinds[k] = kinds[k] || strstr(question, field);
        }
        for (size_t m = 0; m < GAME_MOCKUP_COUNT; m++)
            shown[m] = shown[m] || strstr(question, mockups[m]);
        question[0] = '\0';
        played++;
    }
    for (int k = 0; k < GAME_KIND_COUNT; k++)
        cr_expect(kinds[k], "types-de-questions.md has no example of kind \"%s\" with its answer",
                  game_kind_name((game_kind)k));
    for (size_t m = 0; m < GAME_MOCKUP_COUNT; m++)
        cr_expect(shown[m], "types-de-questions.md has no hotspot with %s and its answer",
                  mockups[m]);
    cr_assert_geq(played, GAME_KIND_COUNT + GAME_MOCKUP_COUNT - 1);
    free(md);
}

Test(docs_fr, the_pack_example_returns_its_table_and_passes_check)
{
    char *md = page("ecrire-un-niveau.md");
    static char b[1 << 16];
    int packs = 0;
    for (int i = 0; block(md, "lua", i, b, sizeof b); i++) {
        if (strncmp(b, "return {", 8) != 0 || !strstr(b, "levels = {")) continue;
        char dir[] = "/tmp/vigie-docfr-pack-XXXXXX";
        cr_assert_not_null(mkdtemp(dir));
        char path[200], cmd[600];
        snprintf(path, sizeof path, "%s/pack.lua", dir);
        write_file(path, b);
        char *level = slurp("docs/examples/fr/premier-niveau.lua");
        snprintf(path, sizeof path, "%s/premier-niveau.lua", dir);
        write_file(path, level);
        free(level);
        const char *out;
        int st = check_path(dir, &out);
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
        char *copy = strdup(out);
        run_capture(cmd, NULL);
        cr_assert_eq(st, 0, "%s", copy);
        cr_assert_null(strstr(copy, ": warning:"), "%s", copy);
        free(copy);
        packs++;
    }
    cr_assert_eq(packs, 1, "docs/fr/ecrire-un-niveau.md should show one whole pack.lua");
    free(md);
}

/* ---- score.md and the engine's ctx ---------------------------------------------------- */

static void add_name(char names[][32], size_t *n, const char *name, size_t len)
{
    for (size_t i = 0; i < *n; i++)
        if (strlen(names[i]) == len && !strncmp(names[i], name, len)) return;
    cr_assert_lt(*n, 64);
    snprintf(names[(*n)++], 32, "%.*s", (int)len, name);
}

static bool in_names(char names[][32], size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(names[i], name)) return true;
    return false;
}

Test(docs_fr, score_md_lists_every_field_of_ctx_the_engine_gives_and_no_other)
{
    /* The engine's fields: the common ones and each kind's, from script_kinds.c's table
     * (test_api.c checks that a rule gets exactly those). */
    static char engine[64][32], doc[64][32];
    size_t ne = 0, nd = 0;
    for (const char *const *f = script_ctx_fields; *f; f++) add_name(engine, &ne, *f, strlen(*f));
    for (int k = 0; k < GAME_KIND_COUNT; k++)
        for (const char *const *f = script_ctx_kind_fields((game_kind)k); *f; f++)
            add_name(engine, &ne, *f, strlen(*f));
    cr_assert_geq(ne, 19, "%zu fields", ne);
    /* The doc's: each backticked name of the first cell of the rows after "`ctx` contient". */
    char *md = page("score.md");
    char *p = strstr(md, "`ctx` contient");
    cr_assert_not_null(p, "score.md has no table of ctx");
    char *end = strstr(p, "\n\n");
    end = end ? strstr(end + 2, "\n\n") : NULL;
    cr_assert_not_null(end);
    for (char *line = strchr(p, '\n'); line && line < end; line = strchr(line + 1, '\n')) {
        if (strncmp(line, "\n| `", 4) != 0) continue;
        char *cell_end = strchr(line + 2, '|');
        for (char *a = strchr(line + 2, '`'); a && a < cell_end; a = strchr(a + 1, '`')) {
            char *b = strchr(a + 1, '`');
            if (!b || b > cell_end) break;
            add_name(doc, &nd, a + 1, (size_t)(b - a - 1));
            a = b;
        }
    }
    for (size_t i = 0; i < ne; i++)
        cr_expect(in_names(doc, nd, engine[i]),
                  "the engine gives ctx.%s, docs/fr/score.md lacks it", engine[i]);
    for (size_t i = 0; i < nd; i++)
        cr_expect(in_names(engine, ne, doc[i]),
                  "docs/fr/score.md lists ctx.%s, the engine has none", doc[i]);
    free(md);
}

/* ---- commandes.md and the table of commands ------------------------------------------ */

/* A usage line as compared: without its indentation, nor a summary after two spaces. */
static void usage_line(const char *line, size_t len, char *out, size_t cap)
{
    while (len && *line == ' ') line++, len--;
    for (size_t i = 0; i + 1 < len; i++)
        if (line[i] == ' ' && line[i + 1] == ' ') len = i;
    while (len && line[len - 1] == ' ') len--;
    snprintf(out, cap, "%.*s", (int)len, line);
}

typedef struct {
    char lines[64][128];
    size_t n;
} linelist;

Test(docs_fr, commandes_md_shows_each_command_with_its_usage_from_the_table)
{
    size_t n;
    const app_command *cmds = app_commands(&n);
    char *md = page("commandes.md");
    static char b[1 << 16];
    cr_assert_not_null(block(md, "", 0, b, sizeof b), "commandes.md has no ``` block");
    linelist doc = {.n = 0};
    for (const char *p = b; *p;) {
        size_t len = strcspn(p, "\n"), sp = strspn(p, " ");
        if (!strncmp(p + sp, "vigie ", 6) || p[sp] == '[' || p[sp] == '-') {
            cr_assert_lt(doc.n, 64);
            usage_line(p, len, doc.lines[doc.n++], sizeof doc.lines[0]);
        }
        p += len + (p[len] == '\n');
    }
    for (size_t i = 0; i < n; i++) {
        linelist use = {.n = 0};
        for (const char *p = cmds[i].usage; *p;) {
            size_t len = strcspn(p, "\n");
            usage_line(p, len, use.lines[use.n++], sizeof use.lines[0]);
            p += len + (p[len] == '\n');
        }
        bool found = false;
        for (size_t d = 0; d + use.n <= doc.n && !found; d++) {
            size_t k = 0;
            while (k < use.n && !strcmp(doc.lines[d + k], use.lines[k])) k++;
            found = k == use.n;
        }
        cr_expect(found, "docs/fr/commandes.md lacks the usage of vigie %s:\n%s",
                  cmds[i].names[0] ? cmds[i].names[0] : "(play)", cmds[i].usage);
        /* And a word on it past the summary block, for each command but help and version. */
        if (i != APP_CMD_PLAY && i != APP_CMD_HELP && i != APP_CMD_VERSION) {
            char word[64];
            snprintf(word, sizeof word, "vigie %s", cmds[i].names[0]);
            const char *after = strstr(md, "```\n\n");
            cr_expect(after && strstr(after, word), "docs/fr/commandes.md never names `%s`", word);
        }
    }
    /* No `vigie WORD` that no command or play option has. */
    for (const char *p = md; (p = strstr(p, "vigie ")); p++) {
        if (p > md && (isalnum((unsigned char)p[-1]) || p[-1] == '/' || p[-1] == '.')) continue;
        char word[32];
        size_t len = strspn(p + 6, "abcdefghijklmnopqrstuvwxyz-");
        if (!len || len >= sizeof word) continue;
        snprintf(word, sizeof word, "%.*s", (int)len, p + 6);
        bool known = false;
        for (size_t i = 0; i < n && !known; i++)
            for (size_t k = 0; k < 3; k++)
                known = known || (cmds[i].names[k] && !strcmp(cmds[i].names[k], word));
        if (!known && word[0] == '-') {
            const char *u = cmds[APP_CMD_PLAY].usage;
            for (const char *q = u; (q = strstr(q, word)) && !known; q++)
                known = q[len] == ' ' || q[len] == ']' || q[len] == '\n' || !q[len];
        }
        cr_expect(known, "docs/fr/commandes.md names `vigie %s`, the table has no %s", word, word);
    }
    free(md);
}

/* Does `actual` match `expected` line by line, where an expected line "…" (indented or not)
 * stands for any number of lines? */
static bool lines_match(const char *expected, const char *actual)
{
    if (!*expected) return !*actual;
    size_t el = strcspn(expected, "\n"), sp = strspn(expected, " ");
    const char *enext = expected + el + (expected[el] == '\n');
    if (el == sp + strlen("…") && !strncmp(expected + sp, "…", el - sp)) {
        for (const char *a = actual;; a += strcspn(a, "\n") + 1) {
            if (lines_match(enext, a)) return true;
            if (!a[strcspn(a, "\n")]) return false;
        }
    }
    if (!*actual) return false;
    size_t al = strcspn(actual, "\n");
    if (al != el || strncmp(expected, actual, el) != 0) return false;
    return lines_match(enext, actual + al + (actual[al] == '\n'));
}

Test(docs_fr, the_outputs_commandes_md_shows_are_what_the_commands_print)
{
    char *md = page("commandes.md");
    static char b[1 << 16], expected[1 << 16], cmd[2048];
    int shown = 0;
    for (int i = 0; block(md, "console", i, b, sizeof b); i++) {
        cr_assert_eq(strncmp(b, "$ vigie ", 8), 0, "a console block starts with a command:\n%s", b);
        const char *line_end = strchr(b, '\n');
        cr_assert_not_null(line_end);
        snprintf(expected, sizeof expected, "%s", line_end + 1);
        cr_assert_null(strstr(expected, "\n$ "), "one command per console block:\n%s", b);
        char errs[] = "/tmp/vigie-docfr-err-XXXXXX";
        close(mkstemp(errs));
        snprintf(cmd, sizeof cmd, "cd '%s' && '%s' %.*s 2>'%s'; cat '%s'", SRC, BIN,
                 (int)(line_end - b - 8), b + 8, errs, errs);
        const char *out;
        run_capture(cmd, &out);
        unlink(errs);
        /* The JSON of vigie run ends without a newline; the summary then follows it. */
        static char got[1 << 17];
        snprintf(got, sizeof got, "%s", out);
        cr_assert(lines_match(expected, got),
                  "docs/fr/commandes.md shows:\n%s\nbut `%.*s` prints:\n%s", expected,
                  (int)(line_end - b - 2), b + 2, got);
        shown++;
    }
    cr_assert_geq(shown, 3);
    free(md);
}

/* The report commandes.md shows is the one `vigie report` prints for the worked example played
 * from its answers file under that session (the first line's date aside). */
Test(docs_fr, the_report_commandes_md_shows_is_the_worked_example_s)
{
    char *md = page("commandes.md");
    static char b[1 << 16], cmd[2048];
    const char *shown = NULL;
    for (int i = 0; block(md, "", i, b, sizeof b); i++)
        if (!strncmp(b, "Session \"", 9)) {
            shown = b;
            break;
        }
    cr_assert_not_null(shown, "docs/fr/commandes.md shows no report");
    char dir[] = "/tmp/vigie-docfr-db-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    const char *out;
    snprintf(cmd, sizeof cmd,
             "cd '%s' && '%s' run docs/examples/fr/premier-niveau.lua --answers "
             "docs/examples/fr/premier-niveau.answers.lua --db '%s/r.db' --nick Camille "
             "--session 'Compta – 02/03' >/dev/null && '%s' report 'Compta – 02/03' --db "
             "'%s/r.db' 2>&1; st=$?; rm -rf '%s'; exit $st",
             SRC, BIN, dir, BIN, dir, dir);
    cr_assert_eq(run_capture(cmd, &out), 0, "%s", out);
    /* "Session "NAME" (2026-12-06 09:28): 1 player": the date is today's. */
    const char *d1 = strstr(shown, " ("), *d2 = strstr(out, " (");
    cr_assert(d1 && d2 && d1 - shown == d2 - out && !strncmp(shown, out, (size_t)(d1 - shown)),
              "the report's first line differs:\n%s\n%s", shown, out);
    const char *e1 = strstr(d1, "): "), *e2 = strstr(d2, "): ");
    cr_assert(e1 && e2);
    cr_assert(lines_match(e1, e2), "docs/fr/commandes.md shows:\n%s\nbut vigie report prints:\n%s",
              shown, out);
    free(md);
}

/* ---- links --------------------------------------------------------------------------- */

/* Pages that other work adds to docs/fr: a link to one is checked once it is there. */
static const char *const pending[] = {"aide-memoire.md"};

Test(docs_fr, every_relative_link_in_docs_fr_resolves)
{
    DIR *d = opendir(SRC "/docs/fr");
    cr_assert_not_null(d);
    int links = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t nl = strlen(e->d_name);
        if (nl < 4 || strcmp(e->d_name + nl - 3, ".md") != 0) continue;
        char *md = page(e->d_name);
        for (const char *p = md; (p = strstr(p, "](")); p++) {
            size_t len = strcspn(p + 2, ")");
            char target[400];
            snprintf(target, sizeof target, "%.*s", (int)len, p + 2);
            if (strstr(target, "://") || !strncmp(target, "mailto:", 7)) continue;
            char *hash = strchr(target, '#');
            char anchor[300] = "";
            if (hash) {
                snprintf(anchor, sizeof anchor, "%s", hash + 1);
                *hash = '\0';
            }
            char rel[600];
            if (*target)
                snprintf(rel, sizeof rel, "docs/fr/%s", target);
            else
                snprintf(rel, sizeof rel, "docs/fr/%s", e->d_name);
            char path[900];
            snprintf(path, sizeof path, "%s/%s", SRC, rel);
            struct stat st;
            bool later = false;
            for (size_t k = 0; k < sizeof pending / sizeof *pending; k++)
                later = later || !strcmp(target, pending[k]);
            if (later && stat(path, &st) != 0) continue;
            cr_expect_eq(stat(path, &st), 0, "docs/fr/%s links to %s, which does not exist",
                         e->d_name, rel);
            if (*anchor && S_ISREG(st.st_mode)) {
                char *to = docs_read(rel);
                cr_expect(to && docs_has_anchor(to, anchor),
                          "docs/fr/%s links to %s#%s: no such heading", e->d_name, rel, anchor);
                free(to);
            }
            links++;
        }
        free(md);
    }
    closedir(d);
    cr_assert_geq(links, 20, "only %d links found", links);
}

Test(docs_fr, the_readme_links_docs_fr)
{
    char *readme = slurp("README.md");
    cr_assert(strstr(readme, "](docs/fr/README.md)"), "README.md does not link docs/fr");
    free(readme);
}

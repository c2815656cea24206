/* test_authoring.c — the corpus of authoring mistakes (tests/authoring/): each level has one
 * mistake and says, in its first lines, what `vigie check` must answer and where
 * (`-- expect: LINE: error|warning: TEXT`); each answers file names its level
 * (`-- level: NAME.lua`) and what `vigie run` must answer. Runs the real binary on each, and
 * checks the source map the lines come from (script_srcmap.c) on its own.
 */
#include "../common.h"
#include "script/script_srcmap.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <time.h>

#define BIN    VIGIE_BIN
#define SRC    VIGIE_SOURCE_DIR
#define CORPUS "tests/authoring"

/* ==== what a file expects, and what vigie printed ============================== */

typedef struct {
    int line;
    bool error;
    char text[400];
} message;

typedef struct {
    message m[16];
    size_t n;
    char level[128]; /* answers files: the level they answer */
} expectations;

static bool has_suffix(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* Reads the `-- expect:` and `-- level:` lines at the top of a corpus file. */
static void read_expectations(const char *name, expectations *e)
{
    memset(e, 0, sizeof *e);
    char path[512];
    snprintf(path, sizeof path, "%s/%s/%s", SRC, CORPUS, name);
    FILE *f = fopen(path, "r");
    cr_assert(f, "cannot open %s", path);
    char buf[600];
    while (fgets(buf, sizeof buf, f) && strncmp(buf, "--", 2) == 0) {
        buf[strcspn(buf, "\n")] = '\0';
        char kind[16];
        int line, at = 0;
        if (sscanf(buf, "-- expect: %d: %15[a-z]: %n", &line, kind, &at) == 2 && at > 0) {
            cr_assert(e->n < 16, "%s: too many expectations", name);
            cr_assert(!strcmp(kind, "error") || !strcmp(kind, "warning"), "%s: %s", name, buf);
            message *m = &e->m[e->n++];
            m->line = line;
            m->error = !strcmp(kind, "error");
            snprintf(m->text, sizeof m->text, "%s", buf + at);
        } else if (!strncmp(buf, "-- level: ", 10)) {
            cr_assert_lt(strlen(buf + 10), sizeof e->level, "%s: level name too long", name);
            snprintf(e->level, sizeof e->level, "%.*s", (int)sizeof e->level - 1, buf + 10);
        }
    }
    fclose(f);
}

/* The messages about file in out: `file:LINE: warning: TEXT` or `file:LINE: TEXT`. */
static size_t parse_messages(const char *out, const char *file, message *m, size_t max)
{
    size_t n = 0, flen = strlen(file);
    for (const char *p = strstr(out, file); p && n < max; p = strstr(p + 1, file)) {
        if (p[flen] != ':' || p[flen + 1] < '0' || p[flen + 1] > '9') continue;
        char *end;
        long line = strtol(p + flen + 1, &end, 10);
        if (strncmp(end, ": ", 2) != 0) continue;
        const char *text = end + 2;
        m[n].line = (int)line;
        m[n].error = strncmp(text, "warning: ", 9) != 0;
        if (!m[n].error) text += 9;
        size_t len = strcspn(text, "\n");
        if (len >= sizeof m[n].text) len = sizeof m[n].text - 1;
        memcpy(m[n].text, text, len);
        m[n].text[len] = '\0';
        n++;
    }
    return n;
}

/* Every expected message is there, at its line and of its kind; nothing else is printed. */
static void assert_messages(const char *file, const expectations *e, const char *out)
{
    message got[64];
    size_t n = parse_messages(out, file, got, 64);
    for (size_t i = 0; i < e->n; i++) {
        bool found = false;
        for (size_t k = 0; k < n && !found; k++)
            found = got[k].line == e->m[i].line && got[k].error == e->m[i].error &&
                    strstr(got[k].text, e->m[i].text);
        cr_expect(found, "%s: expected at line %d, %s: %s\nvigie printed:\n%s", file, e->m[i].line,
                  e->m[i].error ? "error" : "warning", e->m[i].text, out);
    }
    for (size_t k = 0; k < n; k++) {
        bool expected = false;
        for (size_t i = 0; i < e->n && !expected; i++)
            expected = got[k].line == e->m[i].line && got[k].error == e->m[i].error &&
                       strstr(got[k].text, e->m[i].text);
        cr_expect(expected, "%s: unexpected message at line %d: %s", file, got[k].line,
                  got[k].text);
    }
}

static bool expects_error(const expectations *e)
{
    for (size_t i = 0; i < e->n; i++)
        if (e->m[i].error) return true;
    return false;
}

/* The corpus's files of one sort (levels, or answers files), sorted. */
static size_t corpus_files(bool answers, char names[][128], size_t max)
{
    DIR *d = opendir(SRC "/" CORPUS);
    cr_assert(d, "no %s folder", CORPUS);
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(d)) && n < max) {
        if (!has_suffix(de->d_name, ".lua") || has_suffix(de->d_name, ".answers.lua") != answers)
            continue;
        size_t len = strlen(de->d_name);
        cr_assert_lt(len, 128, "%s: name too long", de->d_name);
        memcpy(names[n++], de->d_name, len + 1);
    }
    closedir(d);
    qsort(names, n, 128, (int (*)(const void *, const void *))strcmp);
    return n;
}

/* ==== the corpus ================================================================== */

Test(authoring, every_level_of_the_corpus_gets_its_messages_at_their_lines)
{
    static char names[128][128];
    size_t n = corpus_files(false, names, 128);
    cr_assert_geq(n, 25, "the corpus has %zu levels", n);
    for (size_t i = 0; i < n; i++) {
        expectations e;
        read_expectations(names[i], &e);
        char file[200], cmd[1024];
        snprintf(file, sizeof file, "%s/%s", CORPUS, names[i]);
        snprintf(cmd, sizeof cmd, "cd '%s' && '%s' check '%s' 2>&1", SRC, BIN, file);
        const char *out;
        int status = run_capture(cmd, &out);
        assert_messages(file, &e, out);
        if (expects_error(&e))
            cr_expect_neq(status, 0, "%s has an error but vigie check exits 0:\n%s", file, out);
        else
            cr_expect_eq(status, 0, "%s: vigie check exits %d:\n%s", file, status, out);
        /* a level without expectations is there for the answers files: it must be clean */
        if (!e.n) cr_expect(strstr(out, ": ok ("), "%s:\n%s", file, out);
    }
}

Test(authoring, every_answers_file_of_the_corpus_is_refused_at_the_answer_s_line)
{
    static char names[64][128];
    size_t n = corpus_files(true, names, 64);
    cr_assert_geq(n, 4, "the corpus has %zu answers files", n);
    for (size_t i = 0; i < n; i++) {
        expectations e;
        read_expectations(names[i], &e);
        cr_assert(e.level[0] && e.n, "%s needs -- level: and -- expect: lines", names[i]);
        char file[200], cmd[1024];
        snprintf(file, sizeof file, "%s/%s", CORPUS, names[i]);
        snprintf(cmd, sizeof cmd, "cd '%s' && '%s' run '%s/%s' --answers '%s' 2>&1 >/dev/null", SRC,
                 BIN, CORPUS, e.level, file);
        const char *out;
        int status = run_capture(cmd, &out);
        assert_messages(file, &e, out);
        cr_expect_neq(status, 0, "%s is wrong but vigie run exits 0:\n%s", file, out);
    }
}

/* ==== part ids ==================================================================== */

/* Writes text to a file in the build folder; returns its path (static). */
static const char *write_temp(const char *name, const char *text)
{
    static char path[2][512];
    static int which;
    which ^= 1;
    snprintf(path[which], sizeof path[which], "%s/%s", VIGIE_BUILD_DIR, name);
    FILE *f = fopen(path[which], "w");
    cr_assert(f, "cannot write %s", path[which]);
    fputs(text, f);
    fclose(f);
    return path[which];
}

static const char *const ID_LEVEL_HEAD =
    "return {\n"
    "  id = \"ids\",\n"
    "  title = \"Ids\",\n"
    "  questions = {\n"
    "    {\n"
    "      kind = \"hotspot\",\n"
    "      prompt = \"Trouvez\",\n"
    "      mail = {\n"
    "        from = { name = \"Banque\", address = \"a@banque.example\" },\n"
    "        subject = \"RIB\",\n"
    "        body = {\n";
static const char *const ID_LEVEL_TAIL =
    "          { text = \"Voici le nouveau RIB.\", clue = \"Un RIB change\", id = \"rib\" },\n"
    "        },\n"
    "      },\n"
    "      explain = \"Vérifiez par téléphone.\",\n"
    "    },\n"
    "  },\n"
    "}\n";

/* Runs the level (with or without a "Bonjour," paragraph before the clue) on answers. */
static int run_ids(bool hello, const char *answers, const char **out)
{
    char level[2048];
    snprintf(level, sizeof level, "%s%s%s", ID_LEVEL_HEAD, hello ? "          \"Bonjour,\",\n" : "",
             ID_LEVEL_TAIL);
    const char *lp = write_temp("authoring-ids.lua", level);
    char lpath[512];
    snprintf(lpath, sizeof lpath, "%s", lp);
    const char *ap = write_temp("authoring-ids.answers.lua", answers);
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "'%s' run '%s' --answers '%s' 2>&1", BIN, lpath, ap);
    return run_capture(cmd, out);
}

Test(authoring, a_part_id_survives_deleting_the_paragraph_before_it)
{
    const char *out;
    const char *by_id = "return { { answer = { \"rib\" } } }\n";
    cr_assert_eq(run_ids(true, by_id, &out), 0, "%s", out);
    cr_expect(strstr(out, "\"correct\": true"), "%s", out);
    cr_expect(strstr(out, "\"rib\""), "the JSON names the part by its id:\n%s", out);
    /* "Bonjour," deleted: the clue is body.1 now, and the answers file still holds */
    cr_assert_eq(run_ids(false, by_id, &out), 0, "%s", out);
    cr_expect(strstr(out, "\"correct\": true"), "%s", out);
    /* the position name stays valid */
    cr_assert_eq(run_ids(true, "return { { answer = { \"body.2\" } } }\n", &out), 0, "%s", out);
    cr_expect(strstr(out, "\"correct\": true"), "%s", out);
    /* and a name that is neither is refused, quoted */
    cr_expect_neq(run_ids(true, "return { { answer = { \"ribb\" } } }\n", &out), 0, "%s", out);
    cr_expect(strstr(out, "has no part \"ribb\""), "%s", out);
}

/* ==== the source map on its own =================================================== */

static script_srcmap *map_of(const char *src)
{
    script_srcmap *m = script_srcmap_build(src, strlen(src));
    cr_assert(m);
    return m;
}

Test(srcmap, braces_in_comments_and_strings_are_not_tables)
{
    const char *src = "-- { not a table\n"
                      "--[==[ { nor\n this ]] } ]==]\n"
                      "local s = \"{ \\\" {\" .. '{' .. [[ {\n ]]\n"
                      "return {\n"
                      "  id = \"x\", -- }\n"
                      "  questions = {\n"
                      "    { prompt = [=[ a ]] { ]=], correct = 1 },\n"
                      "  },\n"
                      "}\n";
    script_srcmap *m = map_of(src);
    int root = script_srcmap_root(m);
    cr_expect_eq(script_srcmap_line(m, root), 6);
    cr_expect_eq(script_srcmap_field_line(m, root, "id"), 7);
    int qs = script_srcmap_field_node(m, root, "questions");
    cr_expect_eq(script_srcmap_line(m, qs), 8);
    int q1 = script_srcmap_item_node(m, qs, 1);
    cr_expect_eq(script_srcmap_item_line(m, qs, 1), 9);
    cr_expect_eq(script_srcmap_field_line(m, q1, "correct"), 9);
    cr_expect_eq(script_srcmap_item_node(m, qs, 2), 0);
    script_srcmap_free(m);
}

Test(srcmap, bracketed_string_keys_and_positional_entries)
{
    const char *src = "return {\n"
                      "  [\"title\"] = \"t\",\n"
                      "  \"first\";\n"
                      "  f(a, b),\n"
                      "  [1 + 1] = 3,\n"
                      "  {\n"
                      "    x = 1 },\n"
                      "}\n";
    script_srcmap *m = map_of(src);
    int root = script_srcmap_root(m);
    cr_expect_eq(script_srcmap_field_line(m, root, "title"), 2);
    cr_expect_eq(script_srcmap_item_line(m, root, 1), 3);
    cr_expect_eq(script_srcmap_item_line(m, root, 2), 4); /* a call's commas are its own */
    cr_expect_eq(script_srcmap_item_line(m, root, 3), 6); /* [1 + 1] = is no position */
    int t = script_srcmap_item_node(m, root, 3);
    cr_expect_eq(script_srcmap_field_line(m, t, "x"), 7);
    cr_expect_eq(script_srcmap_field_line(m, root, "x"), 0);
    script_srcmap_free(m);
}

Test(srcmap, the_root_follows_the_last_top_level_return)
{
    const char *src = "local function helper()\n"
                      "  if true then return { nope = 1 } end\n"
                      "  return { nope = 2 }\n"
                      "end\n"
                      "local level = {\n"
                      "  questions = {},\n"
                      "}\n"
                      "return level\n";
    script_srcmap *m = map_of(src);
    /* `return level` is no constructor: the table with questions = is the level */
    cr_expect_eq(script_srcmap_line(m, script_srcmap_root(m)), 5);
    script_srcmap_free(m);
    src = "do local x = { questions = 1 } end\n"
          "for i = 1, 2 do end\n"
          "return {\n"
          "  id = \"y\" }\n";
    m = map_of(src);
    cr_expect_eq(script_srcmap_line(m, script_srcmap_root(m)), 3);
    script_srcmap_free(m);
}

static double cpu_seconds(void)
{
    return (double)clock() / CLOCKS_PER_SEC;
}

Test(srcmap, mapping_is_linear_in_the_source)
{
    /* 4 MiB of questions, and one table of 200,000 entries: every lookup stays a hash away */
    size_t cap = 5u << 20, n = 0;
    char *src = malloc(cap);
    cr_assert(src);
    n += (size_t)snprintf(src + n, cap - n, "return {\n  questions = {\n");
    size_t questions = 0;
    while (n < (4u << 20)) {
        n += (size_t)snprintf(src + n, cap - n,
                              "    { id = \"q%zu\", prompt = \"p\", choices = { \"a\", \"b\" }, "
                              "correct = 1 },\n",
                              questions++);
    }
    n += (size_t)snprintf(src + n, cap - n, "  },\n}\n");
    double t0 = cpu_seconds();
    script_srcmap *m = script_srcmap_build(src, n);
    cr_assert(m);
    int qs = script_srcmap_field_node(m, script_srcmap_root(m), "questions");
    for (size_t k = 1; k <= questions; k++)
        cr_assert_eq(script_srcmap_field_line(m, script_srcmap_item_node(m, qs, k), "correct"),
                     (int)k + 2);
    double spent = cpu_seconds() - t0;
    script_srcmap_free(m);
    free(src);
    /* about 0.1 s on a laptop; a quadratic map would take minutes */
    cr_expect_lt(spent, 10.0, "%zu questions mapped in %.2f s of CPU", questions, spent);
}

/* ==== pack.lua ==================================================================== */

Test(authoring, a_typo_in_pack_lua_is_a_warning_at_its_line_and_a_bad_level_name_an_error)
{
    char dir[400], cmd[2400];
    snprintf(dir, sizeof dir, "%s/authoring-pack", VIGIE_BUILD_DIR);
    snprintf(cmd, sizeof cmd,
             "rm -rf '%s' && mkdir -p '%s' && cp '%s/%s/answers-level.lua' '%s/a.lua'", dir, dir,
             SRC, CORPUS, dir);
    cr_assert_eq(run_capture(cmd, NULL), 0);
    char pack[420];
    snprintf(pack, sizeof pack, "%s/pack.lua", dir);
    FILE *f = fopen(pack, "w");
    cr_assert(f);
    fputs("return {\n"
          "  id = \"corpus\",\n"
          "  title = \"Corpus\",\n"
          "  description = \"d\",\n"
          "  version = \"1\",\n"
          "  autors = { \"Me\" },\n"
          "  licence = \"CC-BY-4.0\",\n"
          "  levels = {\n"
          "    \"a.lua\",\n"
          "    \"../b.lua\",\n"
          "  },\n"
          "}\n",
          f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "'%s' check '%s' 2>&1", BIN, dir);
    const char *out;
    int status = run_capture(cmd, &out);
    cr_expect_neq(status, 0, "%s", out);
    cr_expect(strstr(out, "pack.lua:6: warning: pack: unknown field \"autors\" (did you mean "
                          "\"authors\"?)"),
              "%s", out);
    cr_expect(strstr(out, "pack.lua:1: warning: pack: no authors"), "%s", out);
    cr_expect(strstr(out, "pack.lua:10: pack: levels must name files inside the pack, not "
                          "\"../b.lua\""),
              "%s", out);
}

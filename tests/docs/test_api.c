/* test_api.c — the reference docs cannot drift from the engine's tables: each list of
 * docs/lua-api.md marked <!-- api:NAME --> holds exactly the names the engine uses, and
 * docs/cli.md shows exactly the commands of the command table, with their usage. */
#include "app/app.h"
#include "script/script.h"

#include <criterion/criterion.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *names[256];
    size_t n;
} nameset;

static void add(nameset *s, const char *name)
{
    for (size_t i = 0; i < s->n; i++)
        if (!strcmp(s->names[i], name)) return;
    if (s->n < 256) s->names[s->n++] = strdup(name);
}

static void release(nameset *s)
{
    for (size_t i = 0; i < s->n; i++) free(s->names[i]);
    s->n = 0;
}

static bool has(const nameset *s, const char *name)
{
    for (size_t i = 0; i < s->n; i++)
        if (!strcmp(s->names[i], name)) return true;
    return false;
}

/* The text of a file of docs/, in a static buffer (one at a time). */
static char *read_doc(const char *name)
{
    static char md[1 << 17];
    char path[512];
    snprintf(path, sizeof path, "%s/docs/%s", VIGIE_SOURCE_DIR, name);
    FILE *f = fopen(path, "r");
    cr_assert_not_null(f, "%s", path);
    size_t n = fread(md, 1, sizeof md - 1, f);
    md[n] = '\0';
    fclose(f);
    return md;
}

/* The first backticked word of each table row between <!-- api:section --> and <!-- /api -->. */
static nameset documented(const char *section)
{
    char *md = read_doc("lua-api.md");
    char marker[64];
    snprintf(marker, sizeof marker, "<!-- api:%s -->", section);
    char *p = strstr(md, marker);
    cr_assert_not_null(p, "docs/lua-api.md has no %s section", marker);
    char *end = strstr(p, "<!-- /api -->");
    cr_assert_not_null(end);
    nameset s = {0};
    for (char *line = p; line && line < end; line = strchr(line + 1, '\n')) {
        if (strncmp(line, "\n| `", 4) != 0) continue;
        char *a = line + 4, *b = strchr(a, '`');
        if (!b) continue;
        *b = '\0';
        add(&s, a);
        *b = '`';
    }
    return s;
}

static void same(const char *section, const nameset *code)
{
    nameset doc = documented(section);
    for (size_t i = 0; i < code->n; i++)
        cr_expect(has(&doc, code->names[i]),
                  "api:%s: the engine has `%s`, docs/lua-api.md does not", section, code->names[i]);
    for (size_t i = 0; i < doc.n; i++)
        cr_expect(has(code, doc.names[i]), "api:%s: docs/lua-api.md has `%s`, the engine does not",
                  section, doc.names[i]);
    release(&doc);
}

static nameset from_list(const char *const *list)
{
    nameset s = {0};
    for (; *list; list++) add(&s, *list);
    return s;
}

Test(api, level_fields_match_the_loader)
{
    nameset s = from_list(script_level_fields);
    same("level", &s);
    release(&s);
}

Test(api, question_fields_match_the_loader)
{
    nameset s = from_list(script_question_fields);
    same("question", &s);
    release(&s);
}

Test(api, pack_fields_match_the_loader)
{
    nameset s = from_list(script_pack_fields);
    same("pack", &s);
    release(&s);
}

static void collect(void *ud, const char *name)
{
    add(ud, name);
}

Test(api, every_name_in_a_level_environment_is_documented)
{
    nameset s = {0};
    script_api_names(collect, &s);
    cr_assert_gt(s.n, 50);
    same("env", &s);
    release(&s);
}

/* A level with one question of every kind, whose scoring rule reports the keys of its ctx
 * through its error message. */
static const char ctx_level[] =
    "return { id = \"a\", title = \"A\", questions = {\n"
    "  { prompt = \"P\", choices = { \"a\", \"b\" }, correct = 1, time = 10 },\n"
    "  { kind = \"multi\", prompt = \"M\", choices = { \"a\", \"b\", \"c\" }, correct = { 1, 2 } "
    "},\n"
    "  { kind = \"truefalse\", prompt = \"T\", correct = true },\n"
    "  { kind = \"order\", prompt = \"O\", items = { \"a\", \"b\", \"c\" } },\n"
    "  { kind = \"sort\", prompt = \"S\", bins = { \"x\", \"y\" },"
    " items = { { text = \"a\", bin = 1 }, { text = \"b\", bin = 2 } } },\n"
    "  { kind = \"input\", prompt = \"I\", accept = { \"x\" } },\n"
    "  { kind = \"estimate\", prompt = \"E\", min = 0, max = 10, answer = 5 },\n"
    "  { kind = \"password\", prompt = \"W\" },\n"
    "  { kind = \"hotspot\", prompt = \"H\", mail = { from = { name = \"n\", address = \"a\" },"
    " subject = \"s\" } },\n"
    "  { kind = \"game\", prompt = \"G\", draw = function() end,"
    " finish = function() return { credit = 1 } end } },\n"
    "  score = function(answer, ctx)\n"
    "    local ks = {}\n"
    "    for k in pairs(ctx) do ks[#ks + 1] = k end\n"
    "    table.sort(ks)\n"
    "    error(table.concat(ks, \",\"), 0)\n"
    "  end }\n";

static void expect_same(const char *what, const nameset *doc, const nameset *code)
{
    for (size_t i = 0; i < code->n; i++)
        cr_expect(has(doc, code->names[i]), "%s: the engine has `%s`, the docs do not", what,
                  code->names[i]);
    for (size_t i = 0; i < doc->n; i++)
        cr_expect(has(code, doc->names[i]), "%s: the docs have `%s`, the engine does not", what,
                  doc->names[i]);
}

/* The backticked names of a line's cells after the first, up to its end. */
static void names_in(const char *from, const char *end, nameset *s)
{
    for (const char *a = strchr(from, '`'); a && a < end; a = strchr(a, '`')) {
        const char *b = strchr(a + 1, '`');
        if (!b || b > end) break;
        char name[64];
        snprintf(name, sizeof name, "%.*s", (int)(b - a - 1), a + 1);
        add(s, name);
        a = b + 1;
    }
}

Test(api, the_fields_of_ctx_are_the_engine_tables)
{
    /* what the rule sees, question by question, is the table's common fields and its kind's */
    script_level *sl = NULL;
    game_error err = {0};
    cr_assert(script_level_load_source("api.lua", ctx_level, strlen(ctx_level), NULL, NULL, NULL,
                                       &sl, &err),
              "%s", err.message);
    const game_level *lv = script_level_data(sl);
    cr_assert_eq(lv->nquestions, GAME_KIND_COUNT, "one question of each kind");
    nameset all = {0};
    for (size_t qi = 0; qi < lv->nquestions; qi++) {
        game_score_ctx ctx = {.question = &lv->questions[qi],
                              .index = qi,
                              .correct = true,
                              .time_ms = 2000,
                              .limit_ms = 10000,
                              .streak = 1};
        long pts;
        cr_assert_not(script_level_score(sl, &ctx, &pts, &(double){0}, &err));
        nameset got = {0}, want = from_list(script_ctx_fields);
        for (const char *const *n = script_ctx_kind_fields(lv->questions[qi].kind); *n; n++)
            add(&want, *n);
        char *save, *tok = strtok_r(err.message, ",", &save);
        for (; tok; tok = strtok_r(NULL, ",", &save)) add(&got, tok), add(&all, tok);
        expect_same(game_kind_name(lv->questions[qi].kind), &want, &got);
        release(&got);
        release(&want);
    }
    cr_assert_geq(all.n, 23, "%zu keys", all.n);
    same("ctx", &all); /* and docs/lua-api.md lists each of them */
    release(&all);
    script_level_unload(sl);
}

Test(api, the_fields_of_ctx_are_documented_for_every_kind)
{
    /* docs/authoring.md §4: the fields every kind has, then each kind's own */
    static char md[1 << 17];
    char path[512];
    snprintf(path, sizeof path, "%s/docs/authoring.md", VIGIE_SOURCE_DIR);
    FILE *f = fopen(path, "r");
    cr_assert_not_null(f, "%s", path);
    md[fread(md, 1, sizeof md - 1, f)] = '\0';
    fclose(f);

    char *p = strstr(md, "<!-- ctx:common -->"), *end = p ? strstr(p, "<!-- /ctx -->") : NULL;
    cr_assert(p && end, "docs/authoring.md has no <!-- ctx:common --> table");
    nameset doc = {0}, code = from_list(script_ctx_fields);
    for (char *line = strstr(p, "\n| `"); line && line < end; line = strstr(line + 1, "\n| `")) {
        char *cell = strchr(line + 3, '|');
        names_in(line + 3, cell ? cell : end, &doc);
    }
    expect_same("ctx, every kind", &doc, &code);
    release(&doc);
    release(&code);

    p = strstr(md, "<!-- ctx:kinds -->"), end = p ? strstr(p, "<!-- /ctx -->") : NULL;
    cr_assert(p && end, "docs/authoring.md has no <!-- ctx:kinds --> table");
    for (int k = 0; k < GAME_KIND_COUNT; k++) {
        char row[64];
        snprintf(row, sizeof row, "\n| `%s` |", game_kind_name((game_kind)k));
        char *line = strstr(p, row);
        cr_expect(line && line < end, "docs/authoring.md's ctx table has no row for `%s`",
                  game_kind_name((game_kind)k));
        if (!line || line >= end) continue;
        char *eol = strchr(line + 1, '\n');
        nameset d = {0}, c = from_list(script_ctx_kind_fields((game_kind)k));
        names_in(line + strlen(row), eol ? eol : end, &d);
        expect_same(game_kind_name((game_kind)k), &d, &c);
        release(&d);
        release(&c);
    }
    int rows = 0;
    for (char *line = strstr(p, "\n| `"); line && line < end; line = strstr(line + 1, "\n| `"))
        rows++;
    cr_expect_eq(rows, GAME_KIND_COUNT, "one row per kind, no more");
}

/* ---- docs/cli.md and the table of commands -------------------------------------------- */

typedef struct {
    char lines[64][128];
    size_t n;
} linelist;

/* A usage line as compared: without its indentation, nor a summary after two spaces. */
static void usage_line(const char *line, size_t len, linelist *out)
{
    while (len && *line == ' ') line++, len--;
    for (size_t i = 0; i + 1 < len; i++)
        if (line[i] == ' ' && line[i + 1] == ' ') len = i;
    while (len && line[len - 1] == ' ') len--;
    cr_assert_lt(out->n, 64);
    snprintf(out->lines[out->n++], sizeof out->lines[0], "%.*s", (int)len, line);
}

/* The lines of a command's usage. */
static linelist table_usage(const app_command *c)
{
    linelist l = {.n = 0};
    for (const char *p = c->usage; *p;) {
        size_t len = strcspn(p, "\n");
        usage_line(p, len, &l);
        p += len + (p[len] == '\n');
    }
    return l;
}

/* The usage lines of docs/cli.md's first code block: those that start, after their
 * indentation, with "vigie ", "[" or "-"; the others are summaries. */
static linelist doc_usage(const char *md)
{
    linelist l = {.n = 0};
    const char *p = strstr(md, "```\n");
    cr_assert_not_null(p, "docs/cli.md has no code block");
    const char *end = strstr(p + 4, "```");
    cr_assert_not_null(end);
    for (p += 4; p < end;) {
        size_t len = strcspn(p, "\n");
        size_t sp = strspn(p, " ");
        if (!strncmp(p + sp, "vigie ", 6) || p[sp] == '[' || p[sp] == '-') usage_line(p, len, &l);
        p += len + 1;
    }
    return l;
}

static const char *command_name(const app_command *c)
{
    return c->names[0] ? c->names[0] : "(play)";
}

/* Does a word (after "vigie ") call a command of the table, or is it one of play's options? */
static bool known_word(const app_command *cmds, size_t n, const char *word)
{
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < sizeof cmds[i].names / sizeof *cmds[i].names; k++)
            if (cmds[i].names[k] && !strcmp(cmds[i].names[k], word)) return true;
    if (word[0] != '-') return false;
    size_t len = strlen(word);
    for (const char *p = cmds[APP_CMD_PLAY].usage; (p = strstr(p, word)); p++)
        if (p[len] == ' ' || p[len] == ']' || p[len] == '\n' || !p[len]) return true;
    return false;
}

Test(api, docs_cli_md_shows_each_command_with_its_usage_from_the_table_and_no_other)
{
    size_t n;
    const app_command *cmds = app_commands(&n);
    cr_assert_eq(n, APP_CMD_COUNT);
    const char *md = read_doc("cli.md");
    linelist doc = doc_usage(md);
    /* Each command's usage, its lines together and in order. */
    for (size_t i = 0; i < n; i++) {
        linelist use = table_usage(&cmds[i]);
        bool found = false;
        for (size_t d = 0; d + use.n <= doc.n && !found; d++) {
            size_t k = 0;
            while (k < use.n && !strcmp(doc.lines[d + k], use.lines[k])) k++;
            found = k == use.n;
        }
        cr_expect(found, "docs/cli.md lacks the usage of vigie %s, as the table has it:\n%s",
                  command_name(&cmds[i]), cmds[i].usage);
    }
    /* No usage line that no command has. */
    for (size_t d = 0; d < doc.n; d++) {
        bool found = false;
        for (size_t i = 0; i < n && !found; i++) {
            linelist use = table_usage(&cmds[i]);
            for (size_t k = 0; k < use.n && !found; k++)
                found = !strcmp(use.lines[k], doc.lines[d]);
        }
        cr_expect(found, "docs/cli.md shows \"%s\", which no command's usage has", doc.lines[d]);
    }
    /* No command the table lacks, anywhere on the page: `vigie WORD`. */
    for (const char *p = md; (p = strstr(p, "vigie ")); p++) {
        if (p > md && (isalnum((unsigned char)p[-1]) || p[-1] == '/' || p[-1] == '.')) continue;
        char word[32];
        size_t len = strspn(p + 6, "abcdefghijklmnopqrstuvwxyz-");
        if (!len || len >= sizeof word) continue;
        snprintf(word, sizeof word, "%.*s", (int)len, p + 6);
        cr_expect(known_word(cmds, n, word), "docs/cli.md names `vigie %s`, the table has no %s",
                  word, word);
    }
}

/* test_cheatsheet.c — the cheat sheets (docs/cheatsheet.md, docs/fr/aide-memoire.md) and the
 * answers shown beside each kind cannot go stale: every example is put in a level, passes the
 * real `vigie check` without a warning, and `vigie run` with the answer the page shows for it
 * judges that answer right. The other examples of the docs are run as written too.
 *
 * How a sheet is read: every ```lua block is one of these, told apart by its first words —
 * a question (`{ kind = "…"`) whose last line is its right answer as an answers file's entry,
 * after `-- answer: ` (English) or `-- réponse : ` (French); a level (`return {` with
 * `questions =`); the level's answers file (`return {` with `answer =`); a pack.lua (`return {`
 * with `levels =`), checked beside that level. Any other block fails the test.
 */
#include "docs_fixture.h"

#include <criterion/criterion.h>
#include <stdbool.h>
#include <unistd.h>

#define BIN VIGIE_BIN
#define SRC VIGIE_SOURCE_DIR

/* ---------------------------------------------------------------- reading the pages */

/* One ```lua block of a page. */
typedef struct {
    char role[16]; /* in a sheet: "check" (an example) or "answer" (the level's answers) */
    char name[32]; /* the kind, the mock-up, "level" or "pack" */
    char *code;    /* malloc'd */
    char *answer;  /* a question's answer line, malloc'd, or NULL */
    int line;      /* of the fence, from 1 */
} block;

typedef struct {
    block b[64];
    int n;
} blocks;

static int line_of(const char *md, const char *p)
{
    int line = 1;
    for (const char *q = md; q < p; q++) line += *q == '\n';
    return line;
}

static void blocks_free(blocks *bs)
{
    for (int i = 0; i < bs->n; i++) {
        free(bs->b[i].code);
        free(bs->b[i].answer);
    }
    bs->n = 0;
}

static void blocks_read(const char *md, blocks *bs)
{
    bs->n = 0;
    for (const char *p = md; (p = strstr(p, "```lua\n"));) {
        cr_assert_lt(bs->n, 64, "too many blocks");
        block *b = &bs->b[bs->n++];
        memset(b, 0, sizeof *b);
        b->line = line_of(md, p);
        p += 7;
        const char *close = strstr(p, "```");
        cr_assert_not_null(close, "an unclosed ```lua block on line %d", b->line);
        b->code = strndup(p, (size_t)(close - p));
        p = close + 3;
    }
}

/* Tells a sheet's blocks apart and takes each question's answer line out of it. */
static void sheet_read(const char *page, blocks *bs)
{
    static const char *const marks[] = {"\n-- answer: ", "\n-- r\xc3\xa9ponse : ", NULL};
    static const char *const mockups[] = {"mail",     "sms",  "browser",      "post",  "chat",
                                          "document", "call", "notification", "spots", NULL};
    blocks_read(docs_slurp(page), bs);
    for (int i = 0; i < bs->n; i++) {
        block *b = &bs->b[i];
        snprintf(b->role, sizeof b->role, "check");
        if (!strncmp(b->code, "return {", 8)) {
            if (strstr(b->code, "questions ="))
                snprintf(b->name, sizeof b->name, "level");
            else if (strstr(b->code, "levels ="))
                snprintf(b->name, sizeof b->name, "pack");
            else if (strstr(b->code, "answer =")) {
                snprintf(b->role, sizeof b->role, "answer");
                snprintf(b->name, sizeof b->name, "level");
            } else
                cr_assert_fail("%s:%d: a file that is no level, answers or pack.lua", page,
                               b->line);
            continue;
        }
        cr_assert_eq(sscanf(b->code, "{ kind = \"%31[a-z]\"", b->name), 1,
                     "%s:%d: a block that is no question, level, answers file or pack.lua", page,
                     b->line);
        if (!strcmp(b->name, "hotspot"))
            for (const char *const *m = mockups; *m; m++) {
                char field[32];
                snprintf(field, sizeof field, " %s = {", *m);
                if (strstr(b->code, field)) snprintf(b->name, sizeof b->name, "%s", *m);
            }
        char *mark = NULL;
        for (const char *const *m = marks; *m && !mark; m++)
            if ((mark = strstr(b->code, *m))) {
                b->answer = strdup(mark + strlen(*m));
                mark[1] = '\0'; /* the example ends before its answer line */
            }
        cr_assert_not_null(b->answer, "%s:%d: the example \"%s\" shows no answer line", page,
                           b->line, b->name);
        const char *nl = strchr(b->answer, '\n');
        cr_assert(!nl || !nl[1], "%s:%d: the answer is not the last line", page, b->line);
    }
}

static const block *blocks_find(const blocks *bs, const char *role, const char *name)
{
    for (int i = 0; i < bs->n; i++)
        if (!strcmp(bs->b[i].role, role) && !strcmp(bs->b[i].name, name)) return &bs->b[i];
    return NULL;
}

/* ---------------------------------------------------------------- running vigie */

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[700];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f, "%s", path);
    fputs(text, f);
    fclose(f);
}

/* A fresh folder holding the picture the examples show. */
static void scratch_dir(char *dir, size_t cap)
{
    snprintf(dir, cap, "/tmp/vigie-sheet-XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
    char cmd[900];
    snprintf(cmd, sizeof cmd, "cp '%s/tests/data/sms-screenshot.png' '%s/'", SRC, dir);
    cr_assert_eq(system(cmd), 0);
}

static void scratch_remove(const char *dir)
{
    cr_assert_eq(remove_tree(dir), 0);
}

/* A level's text from an example: a whole file as it is, a question put in a level. */
static char *level_source(const char *code)
{
    size_t cap = strlen(code) + 200;
    char *src = malloc(cap);
    cr_assert_not_null(src);
    if (!strncmp(code, "return", 6))
        snprintf(src, cap, "%s", code);
    else
        snprintf(src, cap, "return { id = \"sheet\", title = \"Sheet\", questions = {\n%s\n} }\n",
                 code);
    return src;
}

static char *answers_source(const char *code)
{
    size_t cap = strlen(code) + 40;
    char *src = malloc(cap);
    cr_assert_not_null(src);
    if (!strncmp(code, "return", 6))
        snprintf(src, cap, "%s", code);
    else
        snprintf(src, cap, "return {\n%s\n}\n", code);
    return src;
}

/* `vigie check` on a path in dir: exit 0 and no warning, or the test fails naming `what`. */
static void check_clean(const char *dir, const char *path, const char *what)
{
    char cmd[900];
    const char *out;
    snprintf(cmd, sizeof cmd, "cd '%s' && '%s' check '%s' 2>&1", dir, BIN, path);
    int st = run_capture(cmd, &out);
    cr_assert_eq(st, 0, "%s: vigie check fails:\n%s", what, out);
    cr_assert_null(strstr(out, ": warning:"), "%s: vigie check warns:\n%s", what, out);
    cr_assert_not_null(strstr(out, ": ok ("), "%s:\n%s", what, out);
    cr_assert_not_null(strstr(out, " 0 warning(s)"), "%s:\n%s", what, out);
}

/* `vigie run` of level.lua with answers.lua in dir: every one of `questions` answers right. */
static void run_right(const char *dir, int questions, const char *what)
{
    char cmd[900];
    const char *out;
    snprintf(cmd, sizeof cmd, "cd '%s' && '%s' run level.lua --answers answers.lua 2>&1", dir, BIN);
    int st = run_capture(cmd, &out);
    cr_assert_eq(st, 0, "%s: vigie run fails:\n%s", what, out);
    char want[64];
    snprintf(want, sizeof want, "\"correct_count\": %d,", questions);
    cr_assert_not_null(strstr(out, want),
                       "%s: the answer shown is not judged right (%d question(s)):\n%s", what,
                       questions, out);
    cr_assert_null(strstr(out, "\"correct\": false"), "%s:\n%s", what, out);
}

/* An example and its answer: checked clean, and the answer judged right. */
static void example_runs(const char *page, const block *ex, const char *answer, int questions)
{
    char what[200];
    snprintf(what, sizeof what, "%s:%d (%s)", page, ex->line, ex->name);
    char dir[64];
    scratch_dir(dir, sizeof dir);
    char *lvl = level_source(ex->code), *ans = answers_source(answer);
    write_file(dir, "level.lua", lvl);
    write_file(dir, "answers.lua", ans);
    free(lvl);
    free(ans);
    check_clean(dir, "level.lua", what);
    run_right(dir, questions, what);
    scratch_remove(dir);
}

/* ---------------------------------------------------------------- the cheat sheets */

static const char *const sheet_names[] = {
    "level",    "choice",   "multi", "truefalse",    "order", "sort",    "input",
    "estimate", "password", "game",  "mail",         "sms",   "browser", "post",
    "chat",     "document", "call",  "notification", "spots", "pack",    NULL};

static int count_questions(const char *code)
{
    if (strncmp(code, "return", 6)) return 1;
    int n = 0;
    for (const char *p = code; (p = strstr(p, "kind = \"")); p++) n++;
    return n;
}

static void sheet_runs(const char *page)
{
    blocks bs;
    sheet_read(page, &bs);
    for (int i = 0; i < bs.n; i++)
        cr_assert_eq(blocks_find(&bs, bs.b[i].role, bs.b[i].name), &bs.b[i],
                     "%s:%d: a second example of %s", page, bs.b[i].line, bs.b[i].name);
    for (const char *const *n = sheet_names; *n; n++)
        cr_assert_not_null(blocks_find(&bs, "check", *n), "%s has no example \"%s\"", page, *n);
    for (int i = 0; i < bs.n; i++) {
        const block *b = &bs.b[i];
        if (strcmp(b->role, "check") || !strcmp(b->name, "pack")) continue;
        /* Under the sanitizers, each kind's example on one of the two sheets, in turn: the
         * English sheet plays half the kinds, the French sheet the other half. */
        if (TEST_SANITIZED && (test_name_hash(b->name) + (strstr(page, "/fr/") != NULL)) % 2)
            continue;
        const block *a = b->answer ? b : blocks_find(&bs, "answer", b->name);
        cr_assert_not_null(a, "%s:%d: the example \"%s\" shows no answer", page, b->line, b->name);
        example_runs(page, b, b->answer ? b->answer : a->code, count_questions(b->code));
    }
    /* pack.lua, in a folder with the sheet's level under the name the pack lists */
    const block *pack = blocks_find(&bs, "check", "pack"),
                *level = blocks_find(&bs, "check", "level");
    const char *listed = strstr(pack->code, "levels = { \"");
    cr_assert_not_null(listed, "%s:%d: the pack lists no level", page, pack->line);
    listed += strlen("levels = { \"");
    char file[64];
    cr_assert_eq(sscanf(listed, "%63[a-z0-9_.-]\"", file), 1);
    char dir[64];
    scratch_dir(dir, sizeof dir);
    write_file(dir, "pack.lua", pack->code);
    write_file(dir, file, level->code);
    check_clean(dir, ".", page);
    scratch_remove(dir);
    blocks_free(&bs);
}

Test(cheatsheet, every_english_example_passes_check_and_its_answer_is_judged_right)
{
    sheet_runs("docs/cheatsheet.md");
}

Test(cheatsheet, every_french_example_passes_check_and_its_answer_is_judged_right)
{
    sheet_runs("docs/fr/aide-memoire.md");
}

Test(cheatsheet, readme_and_the_guide_link_the_cheat_sheet)
{
    cr_assert_not_null(strstr(docs_slurp("README.md"), "(docs/cheatsheet.md)"));
    const char *guide = docs_slurp("docs/authoring.md");
    const char *link = strstr(guide, "(cheatsheet.md)"), *first = strstr(guide, "\n## ");
    cr_assert(link && first && link < first, "docs/authoring.md links the cheat sheet at its top");
}

/* ---------------------------------------------------------------- the guide's answers */

/* The text of one section of a page, from its heading to the next heading of level 2 or 3. */
static char *section(const char *md, const char *heading)
{
    const char *p = strstr(md, heading);
    cr_assert_not_null(p, "no section \"%s\"", heading);
    p += strlen(heading);
    const char *e3 = strstr(p, "\n### "), *e2 = strstr(p, "\n## ");
    const char *end = !e3 ? e2 : !e2 ? e3 : e3 < e2 ? e3 : e2;
    return end ? strndup(p, (size_t)(end - p)) : strdup(p);
}

static int count_entries(const char *code)
{
    int n = 0;
    for (const char *p = code; (p = strstr(p, "{ answer =")); p++) n++;
    return n;
}

Test(cheatsheet, each_kind_in_the_guide_ends_with_answers_judged_right_against_its_examples)
{
    const char *md = docs_slurp("docs/authoring.md");
    static const char *const kinds[] = {"choice", "multi",    "truefalse", "order",    "sort",
                                        "input",  "estimate", "hotspot",   "password", NULL};
    for (const char *const *k = kinds; *k; k++) {
        char heading[64];
        snprintf(heading, sizeof heading, "### `%s`", *k);
        char *text = section(md, heading);
        blocks bs;
        blocks_read(text, &bs);
        size_t cap = 1 << 16;
        char *questions = calloc(1, cap);
        cr_assert_not_null(questions);
        int n = 0;
        const block *answer = NULL;
        for (int i = 0; i < bs.n; i++) {
            if (!strncmp(bs.b[i].code, "{ kind =", 8)) {
                cr_assert_null(answer, "%s: an example after the answers", heading);
                strncat(questions, bs.b[i].code, cap - strlen(questions) - 3);
                strcat(questions, ",\n");
                n++;
            } else if (!strncmp(bs.b[i].code, "{ answer =", 10))
                answer = &bs.b[i];
        }
        cr_assert_gt(n, 0, "%s: no example", heading);
        cr_assert_not_null(answer, "docs/authoring.md: the section %s shows no answer", heading);
        cr_assert_eq(count_entries(answer->code), n,
                     "docs/authoring.md, %s: %d example(s) but %d answer(s)", heading, n,
                     count_entries(answer->code));
        /* the examples have no explanation: a warning, not the subject here */
        char dir[64];
        scratch_dir(dir, sizeof dir);
        char *lvl = level_source(questions), *ans = answers_source(answer->code);
        write_file(dir, "level.lua", lvl);
        write_file(dir, "answers.lua", ans);
        free(lvl);
        free(ans);
        run_right(dir, n, heading);
        scratch_remove(dir);
        free(questions);
        blocks_free(&bs);
        free(text);
    }
    /* a mini-game's answer line is the one the mini-games guide plays */
    char *game = section(md, "### `game`");
    cr_assert_not_null(strstr(game, "`{ play = { { at = 1.5, key = \"2\" } } }`"));
    cr_assert_not_null(strstr(docs_slurp("docs/examples/catch-game.answers.lua"),
                              "{ play = { { at = 1.5, key = \"2\" } } }"));
    free(game);
}

/* The cheat sheet's example for a kind named in a comment of docs/cli.md's answers file. */
static const char *sheet_example(const blocks *bs, const char *kind)
{
    const block *b = blocks_find(bs, "check", !strcmp(kind, "hotspot") ? "mail" : kind);
    cr_assert_not_null(b, "docs/cli.md names a kind the cheat sheet lacks: %s", kind);
    return b->code;
}

Test(cheatsheet, cli_md_answers_for_every_kind_are_judged_right)
{
    const char *md = docs_slurp("docs/cli.md");
    blocks cli, sheet;
    blocks_read(md, &cli);
    sheet_read("docs/cheatsheet.md", &sheet);
    const block *file = NULL;
    for (int i = 0; i < cli.n; i++)
        if (strstr(cli.b[i].code, "-- hotspot")) file = &cli.b[i];
    cr_assert_not_null(file, "docs/cli.md shows no answers file with every kind");
    static const char *const kinds[] = {"choice",  "multi", "truefalse", "order",
                                        "sort",    "input", "estimate",  "password",
                                        "hotspot", "game",  NULL};
    size_t cap = 1 << 16;
    char *questions = calloc(1, cap);
    cr_assert_not_null(questions);
    int n = 0;
    for (const char *line = file->code; (line = strstr(line, "-- ")); n++) {
        line += 3;
        char kind[16];
        cr_assert_eq(sscanf(line, "%15[a-z]:", kind), 1);
        bool known = false;
        for (const char *const *k = kinds; *k; k++) known = known || !strcmp(*k, kind);
        cr_assert(known, "docs/cli.md: unknown kind in a comment: %s", kind);
        strncat(questions, sheet_example(&sheet, kind), cap - strlen(questions) - 3);
        strcat(questions, ",\n");
    }
    cr_assert_eq(n, 10, "docs/cli.md's answers file should show the 10 kinds, has %d", n);
    char dir[64];
    scratch_dir(dir, sizeof dir);
    char *lvl = level_source(questions);
    write_file(dir, "level.lua", lvl);
    write_file(dir, "answers.lua", file->code);
    free(lvl);
    run_right(dir, n, "docs/cli.md's answers file");
    scratch_remove(dir);
    free(questions);
    blocks_free(&cli);
    blocks_free(&sheet);
}

Test(cheatsheet, cli_md_first_answers_file_plays_the_worked_example)
{
    blocks cli;
    blocks_read(docs_slurp("docs/cli.md"), &cli);
    cr_assert_gt(cli.n, 0);
    char dir[64];
    scratch_dir(dir, sizeof dir);
    write_file(dir, "level.lua", docs_slurp("docs/examples/first-level.lua"));
    write_file(dir, "answers.lua", cli.b[0].code);
    char cmd[900];
    const char *out;
    snprintf(cmd, sizeof cmd, "cd '%s' && '%s' run level.lua --answers answers.lua 2>&1", dir, BIN);
    cr_assert_eq(run_capture(cmd, &out), 0, "%s", out);
    cr_assert_not_null(strstr(out, "\"correct_count\": 2,"), "%s", out);
    scratch_remove(dir);
    blocks_free(&cli);
}

/* ---------------------------------------------------------------- examples as written */

Test(cheatsheet, the_guide_s_pack_lua_returns_a_table_and_passes_check_beside_its_level)
{
    blocks bs;
    blocks_read(docs_slurp("docs/authoring.md"), &bs);
    const block *pack = NULL;
    for (int i = 0; i < bs.n; i++)
        if (strstr(bs.b[i].code, "levels = {")) {
            cr_assert_null(pack, "docs/authoring.md shows two pack.lua examples");
            pack = &bs.b[i];
        }
    cr_assert_not_null(pack, "docs/authoring.md shows no pack.lua");
    cr_assert(!strncmp(pack->code, "return {", 8),
              "docs/authoring.md:%d: a pack.lua returns a table", pack->line);
    char dir[64];
    scratch_dir(dir, sizeof dir);
    write_file(dir, "pack.lua", pack->code);
    write_file(dir, "first-level.lua", docs_slurp("docs/examples/first-level.lua"));
    check_clean(dir, ".", "docs/authoring.md's pack.lua");
    scratch_remove(dir);
    blocks_free(&bs);
}

Test(cheatsheet, the_guide_s_reply_to_with_its_address_loads_in_an_e_mail)
{
    /* "reply_to has neither fr nor en text" sent a trainer who wrote reply_to = { text = … }
     * elsewhere: the guide shows the address it needs, and what it shows loads. */
    char *hot = section(docs_slurp("docs/authoring.md"), "### `hotspot`");
    const char *r = strstr(hot, "`reply_to = { address = ");
    cr_assert_not_null(r, "docs/authoring.md does not show reply_to's address");
    r++;
    size_t len = strcspn(r, "`");
    char snippet[200];
    cr_assert_lt(len, sizeof snippet);
    memcpy(snippet, r, len);
    snippet[len] = '\0';
    /* the guide's "…" stand for what the trainer writes */
    char src[1200], *dots;
    while ((dots = strstr(snippet, "\xe2\x80\xa6"))) memcpy(dots, "x.y", 3);
    snprintf(src, sizeof src,
             "{ kind = \"hotspot\", prompt = \"P\", explain = \"E\", mail = {\n"
             "  from = { name = \"N\", address = \"n@example.org\" }, subject = \"S\",\n"
             "  %s } }",
             snippet);
    char dir[64];
    scratch_dir(dir, sizeof dir);
    char *lvl = level_source(src);
    write_file(dir, "level.lua", lvl);
    free(lvl);
    check_clean(dir, "level.lua", snippet);
    scratch_remove(dir);
    free(hot);
}

Test(cheatsheet, the_mini_games_guide_s_other_answers_do_what_it_says)
{
    /* "{ play = { { at = 0.5, tap = { 600, 200 } } } } would tap the first link instead
     * (credit 0), and { play = {}, timeout = true } lets the 30 seconds run out" */
    const char *md = docs_slurp("docs/minigames.md");
    static const struct {
        const char *entry, *want;
    } cases[] = {{"{ play = { { at = 0.5, tap = { 600, 200 } } } }", "\"credit\": 0.0,"},
                 {"{ play = {}, timeout = true }", "\"timeout\": true,"}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char quoted[120];
        snprintf(quoted, sizeof quoted, "`%s`", cases[i].entry);
        cr_assert_not_null(strstr(md, quoted), "docs/minigames.md no longer shows %s", quoted);
        char dir[64], ans[200];
        scratch_dir(dir, sizeof dir);
        write_file(dir, "level.lua", docs_slurp("docs/examples/catch-game.lua"));
        snprintf(ans, sizeof ans, "return { %s }\n", cases[i].entry);
        write_file(dir, "answers.lua", ans);
        char cmd[900];
        const char *out;
        snprintf(cmd, sizeof cmd, "cd '%s' && '%s' run level.lua --answers answers.lua 2>&1", dir,
                 BIN);
        cr_assert_eq(run_capture(cmd, &out), 0, "%s", out);
        cr_assert_not_null(strstr(out, cases[i].want), "%s:\n%s", cases[i].entry, out);
        cr_assert_not_null(strstr(out, "\"score\": 0,"), "%s:\n%s", cases[i].entry, out);
        scratch_remove(dir);
    }
}

/* The sheet's commands, run as written in a folder laid out as the sheet says: the level and
 * its pack.lua in the pack's folder, the answers file beside where the commands run. */
static void commands_run(const char *page)
{
    const char *md = docs_slurp(page);
    blocks bs;
    sheet_read(page, &bs);
    const char *sh = strstr(md, "```sh\n");
    cr_assert_not_null(sh, "%s shows no commands", page);
    sh += 6;
    char *cmds = strndup(sh, strcspn(sh, "`"));
    /* the level and the answers file the run line names */
    char level[128] = "", answers[128] = "";
    const char *run = strstr(cmds, "vigie run ");
    cr_assert_not_null(run, "%s: no vigie run among the commands", page);
    cr_assert_eq(sscanf(run, "vigie run %127s --answers %127s", level, answers), 2, "%s", run);
    const char *pack = blocks_find(&bs, "check", "pack")->code;
    const char *base = strrchr(level, '/');
    cr_assert_not_null(base);
    char listed[140];
    snprintf(listed, sizeof listed, "levels = { \"%s\" }", base + 1);
    cr_assert_not_null(strstr(pack, listed), "%s: the pack does not list %s", page, base + 1);
    char dir[64], sub[300], path[300];
    scratch_dir(dir, sizeof dir);
    snprintf(sub, sizeof sub, "%s/%.*s", dir, (int)(base - level), level);
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "mkdir -p '%s'", sub);
    cr_assert_eq(system(cmd), 0);
    write_file(sub, "pack.lua", pack);
    write_file(sub, base + 1, blocks_find(&bs, "check", "level")->code);
    snprintf(path, sizeof path, "%s", answers);
    write_file(dir, path, blocks_find(&bs, "answer", "level")->code);
    int ran = 0;
    for (char *line = strtok(cmds, "\n"); line; line = strtok(NULL, "\n")) {
        cr_assert(!strncmp(line, "vigie ", 6), "%s: not a command: %s", page, line);
        char *comment = strstr(line, " #");
        if (comment) *comment = '\0';
        if (strstr(line, "--open")) {
            cr_assert_not_null(strstr(line, level), "%s: --open another level: %s", page, line);
            continue; /* it opens a window */
        }
        const char *out;
        snprintf(cmd, sizeof cmd, "cd '%s' && '%s' %s 2>&1", dir, BIN, line + 6);
        cr_assert_eq(run_capture(cmd, &out), 0, "%s: `%s` fails:\n%s", page, line, out);
        cr_assert_null(strstr(out, ": warning:"), "%s: `%s` warns:\n%s", page, line, out);
        ran++;
    }
    cr_assert_eq(ran, 2, "%s: check and run", page);
    scratch_remove(dir);
    free(cmds);
    blocks_free(&bs);
}

Test(cheatsheet, the_commands_of_each_sheet_run_as_written)
{
    commands_run("docs/cheatsheet.md");
    commands_run("docs/fr/aide-memoire.md");
}

Test(cheatsheet, the_guide_s_scoring_rules_run_for_every_kind_right_wrong_and_out_of_time)
{
    /* A rule that reads `answer` must survive its nil (a timeout) and every kind's shape: the
     * guide's rule once did #answer on a timeout. */
    const char *md = docs_slurp("docs/authoring.md");
    blocks guide, sheet;
    blocks_read(md, &guide);
    sheet_read("docs/cheatsheet.md", &sheet);
    static const char *const kinds[] = {"choice", "multi", "truefalse", "order",
                                        "sort",   "input", "estimate",  "password",
                                        "mail",   "game",  NULL};
    size_t cap = 1 << 16;
    char *questions = calloc(1, cap), *right = calloc(1, cap), *wrong = calloc(1, cap),
         *timeout = calloc(1, cap);
    cr_assert(questions && right && wrong && timeout);
    for (const char *const *k = kinds; *k; k++) {
        const block *b = blocks_find(&sheet, "check", *k);
        cr_assert_not_null(b, "%s", *k);
        strncat(questions, b->code, cap - strlen(questions) - 3);
        strcat(questions, ",\n");
        strncat(right, b->answer, cap - strlen(right) - 2);
        strcat(right, "\n");
        strcat(wrong, !strcmp(*k, "game")        ? "{ play = { { at = 1, key = \"1\" } } },\n"
                      : !strcmp(*k, "multi")     ? "{ answer = { 2 } },\n"
                      : !strcmp(*k, "mail")      ? "{ answer = { \"date\" } },\n"
                      : !strcmp(*k, "input")     ? "{ answer = \"no idea\" },\n"
                      : !strcmp(*k, "password")  ? "{ answer = \"azerty\" },\n"
                      : !strcmp(*k, "estimate")  ? "{ answer = 1000 },\n"
                      : !strcmp(*k, "truefalse") ? "{ answer = true },\n"
                      : !strcmp(*k, "choice")    ? "{ answer = 1 },\n"
                      : !strcmp(*k, "order")     ? "{ answer = { 2, 1, 4, 3 } },\n"
                                                 : "{ answer = { 2, 1, 2 } },\n");
        strcat(timeout, "{ timeout = true },\n");
    }
    int rules = 0;
    for (int i = 0; i < guide.n; i++) {
        if (strncmp(guide.b[i].code, "score = function", 16)) continue;
        rules++;
        char *lvl = malloc(cap * 2);
        cr_assert_not_null(lvl);
        snprintf(lvl, cap * 2,
                 "return { id = \"rule\", title = \"Rule\",\n%s\nquestions = {\n%s} }\n",
                 guide.b[i].code, questions);
        const char *const runs[] = {right, wrong, timeout};
        for (int r = 0; r < 3; r++) {
            char dir[64];
            scratch_dir(dir, sizeof dir);
            write_file(dir, "level.lua", lvl);
            char *ans = answers_source(runs[r]);
            write_file(dir, "answers.lua", ans);
            free(ans);
            char cmd[900];
            const char *out;
            snprintf(cmd, sizeof cmd, "cd '%s' && '%s' run level.lua --answers answers.lua 2>&1",
                     dir, BIN);
            cr_assert_eq(run_capture(cmd, &out), 0,
                         "docs/authoring.md:%d: the scoring rule fails on %s answers:\n%s",
                         guide.b[i].line,
                         r == 0   ? "right"
                         : r == 1 ? "wrong"
                                  : "timed-out",
                         out);
            scratch_remove(dir);
        }
        free(lvl);
    }
    cr_assert_geq(rules, 2, "docs/authoring.md shows %d scoring rules", rules);
    free(questions);
    free(right);
    free(wrong);
    free(timeout);
    blocks_free(&guide);
    blocks_free(&sheet);
}

Test(cheatsheet, the_reference_s_game_functions_make_a_game_together)
{
    /* docs/lua-api.md gives one example per game function: put together, they are a game that
     * passes check (its update once read a t that no init set). */
    const char *md = docs_slurp("docs/lua-api.md");
    static const char *const fns[] = {"init", "update", "draw", "input", "finish", NULL};
    char src[2000] = "{ kind = \"game\", prompt = \"P\", explain = \"E\", time = 5,\n";
    for (const char *const *f = fns; *f; f++) {
        char row[40];
        snprintf(row, sizeof row, "\n| `%s` |", *f);
        const char *p = strstr(md, row);
        cr_assert_not_null(p, "docs/lua-api.md has no row for %s", *f);
        const char *eol = strchr(p + 1, '\n');
        cr_assert_not_null(eol);
        /* the last cell: `… = function… end` */
        const char *cell = eol;
        while (cell > p && *cell != '`') cell--;
        const char *open = cell - 1;
        while (open > p && *open != '`') open--;
        cr_assert_gt(cell, open);
        strncat(src, open + 1, (size_t)(cell - open - 1));
        strcat(src, ",\n");
    }
    strcat(src, "}");
    char dir[64];
    scratch_dir(dir, sizeof dir);
    char *lvl = level_source(src);
    write_file(dir, "level.lua", lvl);
    free(lvl);
    check_clean(dir, "level.lua", src);
    scratch_remove(dir);
}

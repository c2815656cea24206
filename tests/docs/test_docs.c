/* test_docs.c — the docs cannot go stale: the worked example in docs/authoring.md is the
 * file docs/examples/first-level.lua, it passes `vigie check` without a warning, its
 * scripted run gives the score docs/cli.md prints, and every question fragment in the
 * guide loads when put in a level. */
#include "docs_fixture.h"

#include <criterion/criterion.h>
#include <unistd.h>

#define BIN VIGIE_BIN
#define SRC VIGIE_SOURCE_DIR

/* The n-th ```lua block of a markdown text, or NULL. */
static char *lua_block(const char *md, int n, char *out, size_t cap)
{
    const char *p = md;
    for (int i = 0; (p = strstr(p, "```lua\n")); i++) {
        p += 7;
        const char *end = strstr(p, "```");
        if (!end) return NULL;
        if (i == n) {
            size_t len = (size_t)(end - p) < cap - 1 ? (size_t)(end - p) : cap - 1;
            memcpy(out, p, len);
            out[len] = '\0';
            return out;
        }
        p = end + 3;
    }
    return NULL;
}

static int check_source(const char *src, const char **out)
{
    char path[] = "/tmp/vigie-doc-XXXXXX";
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    cr_assert_eq(write(fd, src, strlen(src)), (ssize_t)strlen(src));
    close(fd);
    char cmd[800];
    snprintf(cmd, sizeof cmd, "'%s' check '%s' 2>&1", BIN, path);
    int st = run_capture(cmd, out);
    unlink(path);
    return st;
}

Test(docs, the_worked_example_is_the_example_file_and_passes_check)
{
    const char *md = docs_slurp("docs/authoring.md");
    const char *file = docs_slurp("docs/examples/first-level.lua");
    static char block[1 << 16];
    cr_assert_not_null(lua_block(md, 0, block, sizeof block));
    cr_assert_str_eq(
        block, file,
        "docs/authoring.md's first example differs from docs/examples/first-level.lua");
    const char *out;
    cr_assert_eq(check_source(file, &out), 0, "%s", out);
    cr_assert_null(strstr(out, ": warning:"), "%s", out);
}

Test(docs, the_answers_example_is_the_file_and_gives_the_score_cli_md_shows)
{
    const char *md = docs_slurp("docs/authoring.md");
    const char *file = docs_slurp("docs/examples/first-level.answers.lua");
    static char block[1 << 16];
    bool found = false;
    for (int i = 0; lua_block(md, i, block, sizeof block); i++)
        found = found || !strcmp(block, file);
    cr_assert(found,
              "docs/authoring.md does not show docs/examples/first-level.answers.lua as it is");
    char cmd[900];
    const char *out;
    snprintf(cmd, sizeof cmd,
             "cd '%s' && '%s' run docs/examples/first-level.lua --answers "
             "docs/examples/first-level.answers.lua",
             SRC, BIN);
    cr_assert_eq(run_capture(cmd, &out), 0, "%s", out);
    const char *cli = docs_slurp("docs/cli.md");
    const char *s1 = strstr(out, "\"score\": "), *s2 = strstr(cli, "\"score\": ");
    cr_assert(s1 && s2);
    cr_assert_eq(atol(s1 + 9), atol(s2 + 9),
                 "docs/cli.md shows a score that vigie run does not give");
    const char *m1 = strstr(out, "\"max_score\": "), *m2 = strstr(cli, "\"max_score\": ");
    cr_assert(m1 && m2);
    cr_assert_eq(atol(m1 + 13), atol(m2 + 13));
}

Test(docs, every_question_and_scoring_fragment_loads_in_a_level)
{
    const char *md = docs_slurp("docs/authoring.md");
    static char block[1 << 16], src[1 << 17];
    int tried = 0;
    for (int i = 0; lua_block(md, i, block, sizeof block); i++) {
        if (strncmp(block, "{ kind =", 8) == 0)
            snprintf(src, sizeof src,
                     "return { id = \"doc\", title = \"Doc\", questions = {\n%s\n} }\n", block);
        else if (strncmp(block, "score = function", 16) == 0)
            snprintf(src, sizeof src,
                     "return { id = \"doc\", title = \"Doc\", questions = { { prompt = \"P\", "
                     "choices = { \"a\", \"b\" }, correct = 1, explain = \"E\" } },\n%s\n}\n",
                     block);
        else if (strncmp(block, "title = {", 9) == 0)
            snprintf(
                src, sizeof src,
                "return { id = \"doc\", %s questions = { { prompt = \"P\", kind = \"truefalse\", "
                "correct = true, explain = \"E\" } } }\n",
                block);
        else
            continue;
        const char *out;
        cr_assert_eq(check_source(src, &out), 0, "fragment %d of docs/authoring.md fails:\n%s\n%s",
                     i, block, out);
        tried++;
    }
    cr_assert_geq(tried, 5, "only %d fragments found", tried);
}

Test(docs, the_mini_game_example_is_its_file_passes_check_and_plays)
{
    const char *md = docs_slurp("docs/minigames.md");
    static char block[1 << 16];
    cr_assert_not_null(lua_block(md, 0, block, sizeof block));
    cr_assert_str_eq(block, docs_slurp("docs/examples/catch-game.lua"),
                     "docs/minigames.md's example differs from docs/examples/catch-game.lua");
    const char *out;
    cr_assert_eq(check_source(block, &out), 0, "%s", out);
    cr_assert_null(strstr(out, ": warning:"), "%s", out);
    cr_assert_not_null(lua_block(md, 1, block, sizeof block));
    cr_assert_str_eq(
        block, docs_slurp("docs/examples/catch-game.answers.lua"),
        "docs/minigames.md's answers differ from docs/examples/catch-game.answers.lua");
    char cmd[900];
    snprintf(cmd, sizeof cmd,
             "cd '%s' && '%s' run docs/examples/catch-game.lua --answers "
             "docs/examples/catch-game.answers.lua",
             SRC, BIN);
    cr_assert_eq(run_capture(cmd, &out), 0, "%s", out);
    cr_assert(strstr(out, "\"score\": 1000,"), "%s", out);
    cr_assert(strstr(out, "\"credit\": 1"), "%s", out);
}

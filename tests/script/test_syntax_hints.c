/* test_syntax_hints.c — Lua's syntax errors explained: every file of the corpus tests/syntax/
 * (one mistake each, its expected English hint on its first line, "-- expect: line L: …") gives
 * that hint, on that line, and a French one on the same line; `vigie check` prints it under the
 * error line; errors that are not syntax errors have none.
 */
#include <criterion/criterion.h>

#include "common.h"
#include "game/game.h"
#include "script/script.h"

#include <dirent.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SYNTAX_DIR VIGIE_SOURCE_DIR "/tests/syntax"

/* The "-- expect: " line of a corpus file, into buf. */
static void expectation(const char *path, char *buf, size_t size)
{
    FILE *f = fopen(path, "r");
    cr_assert(f, "cannot open %s", path);
    char line[1024] = "";
    cr_assert(fgets(line, sizeof line, f));
    fclose(f);
    line[strcspn(line, "\n")] = '\0';
    cr_assert(strncmp(line, "-- expect: ", 11) == 0, "%s: no expect line", path);
    snprintf(buf, size, "%s", line + 11);
}

static game_error load_error(const char *path)
{
    script_level *sl = NULL;
    game_error err = {0};
    bool ok = script_level_load(path, NULL, NULL, NULL, &sl, &err);
    if (ok) script_level_unload(sl);
    cr_assert_not(ok, "%s loaded", path);
    return err;
}

Test(syntax_hints, every_mistake_of_the_corpus_gives_its_hint_on_its_line_in_both_languages)
{
    DIR *d = opendir(SYNTAX_DIR);
    cr_assert(d);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".lua") != 0) continue;
        char path[1024], want[1024], en[600], fr[600];
        snprintf(path, sizeof path, "%s/%s", SYNTAX_DIR, e->d_name);
        expectation(path, want, sizeof want);
        game_error err = load_error(path);
        cr_expect_eq(err.kind, GAME_ERR_SYNTAX, "%s: %s", e->d_name, err.message);
        cr_assert(game_error_hint(&err, GAME_LANG_EN, en, sizeof en), "%s: no hint for %s",
                  e->d_name, err.message);
        cr_expect_str_eq(en, want, "%s", e->d_name);
        cr_assert(game_error_hint(&err, GAME_LANG_FR, fr, sizeof fr));
        char prefix[32];
        snprintf(prefix, sizeof prefix, "ligne %d : ", err.hint_line);
        cr_expect(strncmp(fr, prefix, strlen(prefix)) == 0 && strlen(fr) > strlen(prefix) + 10,
                  "%s: %s", e->d_name, fr);
        n++;
    }
    closedir(d);
    cr_expect_geq(n, 15, "the corpus has %d files", n);
}

/* The issue's own case: the comma is missing on the last line of code before the token Lua
 * names, past a blank line and a comment, not on Lua's line. */
Test(syntax_hints, a_missing_comma_points_at_the_line_before_the_token_past_blanks_and_comments)
{
    static const char src[] = "return {\n"        /* 1 */
                              "  questions = {\n" /* 2 */
                              "    {\n"           /* 3 */
                              "      kind = \"truefalse\",\n"
                              "      correct = true -- vrai\n" /* 5 */
                              "\n"
                              "      --[[ long\n"
                              "      comment ]]\n"
                              "      explain = \"x\",\n" /* 9 */
                              "    },\n"
                              "  },\n"
                              "}\n";
    script_level *sl = NULL;
    game_error err = {0};
    cr_assert_not(
        script_level_load_source("fraude.lua", src, sizeof src - 1, NULL, NULL, NULL, &sl, &err));
    cr_expect_str_eq(err.message, "'}' expected (to close '{' at line 3) near 'explain'");
    cr_expect_eq(err.line, 9);
    cr_expect_eq(err.hint, GAME_HINT_COMMA_EOL);
    cr_expect_eq(err.hint_line, 5);
    char fr[600];
    cr_assert(game_error_hint(&err, GAME_LANG_FR, fr, sizeof fr));
    cr_expect_str_eq(fr, "ligne 5 : il manque sans doute une virgule à la fin de cette ligne "
                         "(entre deux champs d’un tableau).");
}

Test(syntax_hints, errors_that_are_not_syntax_errors_have_no_hint)
{
    static const char src[] = "local x = nil\nreturn x.y\n";
    script_level *sl = NULL;
    game_error err = {0};
    cr_assert_not(
        script_level_load_source("rt.lua", src, sizeof src - 1, NULL, NULL, NULL, &sl, &err));
    cr_expect_neq(err.kind, GAME_ERR_SYNTAX);
    char buf[64];
    cr_expect_not(game_error_hint(&err, GAME_LANG_EN, buf, sizeof buf));
    cr_expect_str_eq(buf, "");
}

Test(syntax_hints, vigie_check_prints_the_hint_under_the_error_in_the_readers_language)
{
    const char *out;
    int st = run_capture("LANG=en_GB.UTF-8 LC_ALL= LC_MESSAGES= " VIGIE_BIN " check " SYNTAX_DIR
                         "/missing-comma.lua 2>/dev/null",
                         &out);
    cr_expect_neq(st, 0);
    cr_expect_str_eq(out, SYNTAX_DIR "/missing-comma.lua:11: '}' expected (to close '{' at line "
                                     "6) near 'explain'\n"
                                     "  hint: line 8: a comma is probably missing at the end of "
                                     "this line (between two fields of a table).\n");
    run_capture("LANG=fr_FR.UTF-8 LC_ALL= LC_MESSAGES= " VIGIE_BIN " check " SYNTAX_DIR
                "/missing-comma.lua 2>/dev/null",
                &out);
    cr_expect(strstr(out, "\n  piste : ligne 8 : il manque sans doute une virgule") != NULL, "%s",
              out);
}

/* Lua shortens a chunk's name longer than LUA_IDSIZE to ".../its end": a level in a deep
 * folder (a clone in a temporary directory) still gets its line and its hint. */
Test(syntax_hints, a_level_in_a_deep_folder_gets_its_line_and_hint)
{
    char dir[] = "/tmp/vigie-a-folder-deep-enough-that-lua-shortens-its-name-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/missing-comma-same-line.lua", dir);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs("-- a comma missing\nreturn {\n  id = \"x\",\n  title = { fr = \"Titre\" en = \"Title\" "
          "},\n}\n",
          f);
    fclose(f);
    game_error err = load_error(path);
    remove(path);
    rmdir(dir);
    cr_assert_eq(err.kind, GAME_ERR_SYNTAX, "%s", err.message);
    cr_assert_eq(err.line, 4, "%s", err.message);
    cr_assert_eq(strncmp(err.message, "'}' expected", 12), 0, "%s", err.message);
    char en[600];
    cr_assert(game_error_hint(&err, GAME_LANG_EN, en, sizeof en), "no hint for %s", err.message);
    cr_assert_str_eq(en, "line 4: a comma is probably missing before 'en' (between two fields of "
                         "a table).");
}

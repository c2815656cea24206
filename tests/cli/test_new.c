/* test_new.c — the author's first commands: `vigie new` as the docs' first command uses it (into
 * a pack folder that does not exist yet: it is made, and said; a starter level that shows every
 * kind, passes `vigie check` with no warning, and scores full marks when played right by `vigie
 * run`, tests/data/new-level.perfect.lua), and `vigie --open LEVEL --question N`'s usage errors
 * (the question itself: tests/render/test_reload.c).
 */
#include <criterion/criterion.h>

#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int vigie_in(const char *dir, const char *args, const char **out)
{
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "cd '%s' && LANG=C.UTF-8 '%s' %s 2>&1", dir, VIGIE_BIN, args);
    return run_capture(cmd, out);
}

static void remove_dir(const char *dir)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    cr_assert_eq(system(cmd), 0);
}

Test(new, makes_the_missing_folders_and_says_so)
{
    char dir[] = "/tmp/vigie-new-dirs-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    const char *out;
    cr_assert_eq(vigie_in(dir, "new mypack/sub/level.lua", &out), 0, "%s", out);
    static const char said[] = "Created the folder mypack/\nCreated the folder mypack/sub/\n"
                               "Wrote mypack/sub/level.lua (id \"level\").\n";
    cr_expect(strncmp(out, said, sizeof said - 1) == 0, "%s", out);
    char path[300];
    snprintf(path, sizeof path, "%s/mypack/sub/level.lua", dir);
    struct stat st;
    cr_assert_eq(stat(path, &st), 0);
    /* A folder that exists is not announced again. */
    cr_assert_eq(vigie_in(dir, "new mypack/other.lua", &out), 0, "%s", out);
    cr_expect_null(strstr(out, "Created the folder"), "%s", out);
    /* A file where a folder should be: said, nothing written. */
    cr_assert_neq(vigie_in(dir, "new mypack/other.lua/x.lua", &out), 0, "%s", out);
    cr_expect(strstr(out, "vigie new: mypack/other.lua is not a folder"), "%s", out);
    remove_dir(dir);
}

Test(new, the_starter_level_shows_every_kind_checks_clean_and_plays_to_full_marks)
{
    char dir[] = "/tmp/vigie-new-play-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    const char *out;
    cr_assert_eq(vigie_in(dir, "new pack/starter.lua", &out), 0, "%s", out);

    char path[300];
    snprintf(path, sizeof path, "%s/pack/starter.lua", dir);
    FILE *f = fopen(path, "r");
    cr_assert_not_null(f);
    static char text[65536];
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = '\0';
    fclose(f);
    static const char *const kinds[] = {"choice", "truefalse", "multi", "hotspot",
                                        "order",  "sort",      "input", "estimate"};
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
        char k[64];
        snprintf(k, sizeof k, "kind = \"%s\"", kinds[i]);
        cr_expect(strstr(text, k), "the starter level has no %s question", kinds[i]);
    }
    cr_expect(strstr(text, "mail = {"), "the starter level has no e-mail");

    cr_assert_eq(vigie_in(dir, "check pack/starter.lua", &out), 0, "%s", out);
    cr_expect(strstr(out, "pack/starter.lua: ok (10 questions)"), "%s", out);
    cr_expect(strstr(out, ": 0 error(s), 0 warning(s)"), "%s", out);
    cr_expect_null(strstr(out, "warning:"), "%s", out);

    char args[600];
    snprintf(args, sizeof args,
             "run pack/starter.lua --answers '%s/tests/data/new-level.perfect.lua' --lang fr",
             VIGIE_SOURCE_DIR);
    cr_assert_eq(vigie_in(dir, args, &out), 0, "%s", out);
    cr_expect(strstr(out, "\"score\": 13500,\n  \"max_score\": 13500,\n  \"correct_count\": 10,"),
              "%s", out);
    remove_dir(dir);
}

Test(open, a_question_out_of_range_is_a_usage_error_that_gives_the_count)
{
    const char *out;
    cr_assert_eq(vigie_in(VIGIE_SOURCE_DIR,
                          "--open tests/data/kinds-level.lua --question 99 --no-save", &out),
                 2, "%s", out);
    cr_expect(strstr(out, "vigie: --question 99: tests/data/kinds-level.lua has 6 questions\n"
                          "vigie: usage: "),
              "%s", out);
    cr_assert_eq(vigie_in(VIGIE_SOURCE_DIR, "--open tests/data/kinds-level.lua --question 0", &out),
                 2, "%s", out);
    cr_expect(strstr(out, "vigie: --question counts from 1 (got \"0\")"), "%s", out);
    cr_assert_eq(vigie_in(VIGIE_SOURCE_DIR, "--question 2", &out), 2, "%s", out);
    cr_expect(strstr(out, "vigie: --question goes with --open LEVEL"), "%s", out);
}

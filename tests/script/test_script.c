/* test_script.c — the Lua host: loading and checking levels, the sandbox's basic walls,
 * the default scoring rule, answers files and the UI catalog. */
#include "script/script.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static char tmpdir[] = "/tmp/vigie-test-XXXXXX";

static void setup(void)
{
    cr_assert_not_null(mkdtemp(tmpdir));
}

static void teardown(void)
{
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0) cr_log_warn("could not remove %s", tmpdir);
}

TestSuite(script_level, .init = setup, .fini = teardown);
TestSuite(script_sandbox, .init = setup, .fini = teardown);
TestSuite(script_score, .init = setup, .fini = teardown);
TestSuite(script_answers, .init = setup, .fini = teardown);

/* Writes src to a file in the temporary folder; returns its path (static buffer). */
static const char *write_file(const char *name, const char *src, size_t len)
{
    static char path[2][400];
    static int k;
    k ^= 1;
    snprintf(path[k], sizeof path[k], "%s/%s", tmpdir, name);
    FILE *f = fopen(path[k], "wb");
    cr_assert_not_null(f);
    fwrite(src, 1, len, f);
    fclose(f);
    return path[k];
}

static const char *level_file(const char *src)
{
    return write_file("level.lua", src, strlen(src));
}

#define ONE_QUESTION(extra)                                                                        \
    "return {\n"                                                                                   \
    "  id = \"t\",\n"                                                                              \
    "  title = { fr = \"Titre\", en = \"Title\" },\n"                                              \
    "  questions = {\n"                                                                            \
    "    { id = \"q1\", kind = \"choice\",\n"                                                      \
    "      prompt = { fr = \"Quoi ?\", en = \"What?\" },\n"                                        \
    "      choices = { { fr = \"a\", en = \"a\" }, { fr = \"b\", en = \"b\" } },\n"                \
    "      correct = 2, explain = { fr = \"Parce que.\", en = \"Because.\" }, time = 10 },\n"      \
    "  },\n" extra "}\n"

typedef struct {
    int n;
    char msg[8][300];
    int line[8];
} warnings;

static void collect(void *ud, const char *file, int line, const char *msg)
{
    (void)file;
    warnings *w = ud;
    if (w->n < 8) {
        snprintf(w->msg[w->n], sizeof w->msg[0], "%s", msg);
        w->line[w->n++] = line;
    }
}

/* The time limit of a call. It is the subject only of the tests that set the short one: the
 * others get a generous one, so that a slow machine stops no legitimate level and a memory bomb
 * meets the memory cap before the clock. (Each test runs in a process of its own.) */
#define BUDGET_MS       20000u
#define SHORT_BUDGET_MS 200u
static uint32_t budget_ms = BUDGET_MS;

static bool load(const char *src, game_error *err, warnings *w, script_level **out)
{
    script_options opt = {.budget_ms = budget_ms, .memory_cap = 8u << 20};
    script_level *sl = NULL;
    bool ok = script_level_load(level_file(src), &opt, w ? collect : NULL, w, &sl, err);
    if (out)
        *out = sl;
    else
        script_level_unload(sl);
    return ok;
}

static void expect_error(const char *src, const char *needle, int line)
{
    game_error err = {0};
    cr_assert_not(load(src, &err, NULL, NULL), "should fail with \"%s\"", needle);
    cr_assert(strstr(err.message, needle), "message \"%s\" lacks \"%s\"", err.message, needle);
    cr_assert(strstr(err.file, "level.lua"), "the file is named: %s", err.file);
    if (line)
        cr_assert_eq(err.line, line, "line %d, expected %d (%s)", err.line, line, err.message);
}

/* ---- loading and checking ---- */

Test(script_level, loads_a_valid_level_into_the_model)
{
    script_level *sl;
    game_error err = {0};
    cr_assert(load(ONE_QUESTION(""), &err, NULL, &sl), "%s", err.message);
    const game_level *lv = script_level_data(sl);
    cr_assert_str_eq(lv->id, "t");
    cr_assert_eq(lv->nquestions, 1);
    cr_assert_eq(lv->questions[0].correct_mask, 0x2u);
    cr_assert_eq(lv->questions[0].time_ms, 10000);
    cr_assert_str_eq(game_text_get(&lv->questions[0].prompt, GAME_LANG_EN), "What?");
    script_level_unload(sl);
}

Test(script_level, a_syntax_error_names_the_file_and_the_line)
{
    expect_error("return {\n  id = \"x\",\n  title = \"t\" questions = {}\n}\n", "expected", 3);
}

Test(script_level, a_runtime_error_names_the_line)
{
    expect_error("local t = nil\n\nreturn t.x\n", "attempt to index", 3);
}

Test(script_level, a_level_must_return_a_table)
{
    expect_error("return 42\n", "must return a table", 1);
}

Test(script_level, correct_out_of_range_points_at_its_line)
{
    const char *src = "return {\n"
                      "  id = \"t\", title = \"T\",\n"
                      "  questions = {\n"
                      "    { kind = \"choice\",\n"
                      "      prompt = \"P\",\n"
                      "      choices = { \"a\", \"b\", \"c\" },\n"
                      "      explain = \"E\",\n"
                      "      correct = 4 },\n"
                      "  },\n"
                      "}\n";
    expect_error(src, "correct = 4, but there are 3 choices", 8);
}

Test(script_level, an_unknown_kind_is_named)
{
    const char *src = "return {\n  id = \"t\", title = \"T\",\n  questions = {\n"
                      "    { prompt = \"P\",\n      kind = \"essay\", choices = { \"a\", \"b\" },"
                      " correct = 1 },\n  },\n}\n";
    expect_error(src, "unknown kind", 5);
}

Test(script_level, duplicate_question_ids_are_refused)
{
    const char *src =
        "return { id = \"t\", title = \"T\", questions = {\n"
        "  { id = \"same\", prompt = \"P\", choices = { \"a\", \"b\" }, correct = 1 },\n"
        "  { id = \"same\", prompt = \"P\", choices = { \"a\", \"b\" }, correct = 1 },\n"
        "} }\n";
    expect_error(src, "used twice", 0);
}

Test(script_level, too_many_or_too_few_choices_are_refused)
{
    expect_error("return { id = \"t\", title = \"T\", questions = {\n"
                 "  { prompt = \"P\", choices = { \"a\" }, correct = 1 } } }\n",
                 "give 2 to 6", 2);
    expect_error("return { id = \"t\", title = \"T\", questions = {\n"
                 "  { prompt = \"P\", choices = { 1,2,3,4,5,6,7 }, correct = 1 } } }\n",
                 "give 2 to 6", 2);
}

Test(script_level, truefalse_needs_a_boolean_and_multi_a_list)
{
    expect_error("return { id = \"t\", title = \"T\", questions = {\n"
                 "  { kind = \"truefalse\", prompt = \"P\", correct = 1 } } }\n",
                 "true or false", 2);
    expect_error(
        "return { id = \"t\", title = \"T\", questions = {\n"
        "  { kind = \"multi\", prompt = \"P\", choices = { \"a\", \"b\" }, correct = 1 } } }\n",
        "list of choice numbers", 2);
}

Test(script_level, a_missing_translation_and_a_missing_explanation_are_warnings)
{
    const char *src = "return {\n  id = \"t\",\n  title = { fr = \"Titre\" },\n  questions = {\n"
                      "    { prompt = { fr = \"Q ?\", en = \"Q?\" },\n"
                      "      choices = { \"a\", \"b\" }, correct = 1 },\n  },\n}\n";
    warnings w = {0};
    game_error err = {0};
    cr_assert(load(src, &err, &w, NULL), "%s", err.message);
    cr_assert_eq(w.n, 2, "%d warnings", w.n);
    cr_assert(strstr(w.msg[0], "English"), "%s", w.msg[0]);
    cr_assert_eq(w.line[0], 3);
    cr_assert(strstr(w.msg[1], "no explanation"), "%s", w.msg[1]);
}

Test(script_level, an_unknown_field_is_a_warning_that_suggests_a_typo)
{
    warnings w = {0};
    game_error err = {0};
    cr_assert(load(ONE_QUESTION("  titel = \"oops\",\n"), &err, &w, NULL), "%s", err.message);
    cr_assert_eq(w.n, 1);
    cr_assert(strstr(w.msg[0], "titel"), "%s", w.msg[0]);
}

Test(script_level, text_that_cannot_fit_on_screen_or_is_not_utf8_is_refused)
{
    expect_error("return { id = \"t\", title = string.rep(\"x\", 5000), questions = {} }\n",
                 "keep it under", 1);
    expect_error("return { id = \"t\", title = \"caf\\xe9\", questions = {} }\n", "UTF-8", 1);
    expect_error("return { id = \"t\", title = \"a\\0b\", questions = {} }\n", "control character",
                 1);
}

Test(script_level, text_too_long_for_a_projector_is_a_warning)
{
    warnings w = {0};
    game_error err = {0};
    cr_assert(load("return { id = \"t\", title = \"T\", questions = {\n"
                   "  { prompt = string.rep(\"é\", 181), choices = { \"a\", \"b\" }, correct = 1,\n"
                   "    explain = \"E\" } } }\n",
                   &err, &w, NULL),
              "%s", err.message);
    cr_assert_eq(w.n, 1);
    cr_assert(strstr(w.msg[0], "181 characters"), "%s", w.msg[0]);
    cr_assert_eq(w.line[0], 2);
}

Test(script_level, bytecode_is_refused_with_a_clear_message)
{
    const char bc[] = "\x1bLua\x54\x00garbage";
    script_level *sl = NULL;
    game_error err = {0};
    cr_assert_not(
        script_level_load(write_file("bc.lua", bc, sizeof bc - 1), NULL, NULL, NULL, &sl, &err));
    cr_assert(strstr(err.message, "bytecode"), "%s", err.message);
}

/* ---- the sandbox's walls (the full hostile corpus comes with the authoring issue) ---- */

static void expect_nil(const char *expr)
{
    char src[600];
    snprintf(src, sizeof src, "assert(%s == nil, [[%s is reachable]])\n" ONE_QUESTION(""), expr,
             expr);
    game_error err = {0};
    cr_assert(load(src, &err, NULL, NULL), "%s: %s", expr, err.message);
}

Test(script_sandbox, files_programs_and_the_host_are_out_of_reach)
{
    expect_nil("io");
    expect_nil("os.execute");
    expect_nil("os.getenv");
    expect_nil("os.remove");
    expect_nil("require");
    expect_nil("package");
    expect_nil("debug");
    expect_nil("dofile");
    expect_nil("loadfile");
    expect_nil("string.dump");
    expect_nil("(\"\").dump");
    expect_nil("warn");
    expect_nil("rawget(_G, \"io\")");
}

Test(script_sandbox, the_string_metatable_is_locked)
{
    game_error err = {0};
    cr_assert(load("assert(getmetatable(\"\") == false)\n" ONE_QUESTION(""), &err, NULL, NULL),
              "%s", err.message);
}

Test(script_sandbox, load_refuses_binary_chunks)
{
    expect_error("local f, e = load(\"\\27Lua\")\nerror(e)\n", "binary", 2);
}

Test(script_sandbox, finalizers_are_refused)
{
    expect_error("setmetatable({}, { __gc = function() end })\nreturn {}\n", "__gc", 1);
}

Test(script_sandbox, an_endless_loop_is_stopped_even_inside_pcall)
{
    budget_ms = SHORT_BUDGET_MS;
    /* CPU time, which a loaded machine does not stretch: the loop runs on this thread */
    struct timespec a, b;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
    expect_error("while true do pcall(function() while true do end end) end\n", "was stopped", 0);
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
    double s = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
    cr_assert_lt(s, 2.0, "stopped after %.2f s of CPU with a 0.2 s budget", s);
}

Test(script_sandbox, a_memory_bomb_is_stopped)
{
    expect_error("local t = {}\nfor i = 1, 1e9 do t[i] = i end\n", "memory", 0);
    expect_error("local s = \"x\"\nwhile true do s = s .. s end\n", "memory", 0);
}

Test(script_sandbox, string_rep_of_an_empty_string_does_not_hang)
{
    game_error err = {0};
    cr_assert(load("assert(string.rep(\"\", 1e15) == \"\")\n" ONE_QUESTION(""), &err, NULL, NULL),
              "%s", err.message);
}

Test(script_sandbox, error_objects_are_never_asked_to_describe_themselves)
{
    expect_error("error(setmetatable({}, { __tostring = function() while true do end end }))\n",
                 "error object is a table", 0);
}

/* ---- the default scoring rule (scripts/scoring.lua), through a real level ---- */

/* The level's rule on a question, as the game calls it; false with err on failure. */
static bool score_try(script_level *sl, size_t qi, unsigned chosen, bool correct, uint32_t t,
                      unsigned streak, bool timeout, long *p, game_error *err)
{
    const game_level *lv = script_level_data(sl);
    game_score_ctx ctx = {.question = &lv->questions[qi],
                          .index = qi,
                          .timeout = timeout,
                          .resp = {.chosen = chosen},
                          .correct = correct,
                          .time_ms = t,
                          .limit_ms = lv->questions[qi].time_ms,
                          .streak = streak};
    return script_level_score(sl, &ctx, p, &(double){0}, err);
}

static long score_of(script_level *sl, size_t qi, unsigned chosen, bool correct, uint32_t t,
                     unsigned streak, bool timeout)
{
    long p = -1;
    game_error err = {0};
    cr_assert(score_try(sl, qi, chosen, correct, t, streak, timeout, &p, &err), "%s", err.message);
    return p;
}

static script_level *multi_level(void)
{
    script_level *sl;
    game_error err = {0};
    cr_assert(load("return { id = \"m\", title = \"T\", questions = {\n"
                   " { prompt = \"P\", choices = { \"a\", \"b\" }, correct = 1, time = 20 },\n"
                   " { kind = \"multi\", prompt = \"P\",\n"
                   "   choices = { \"a\", \"b\", \"c\", \"d\", \"e\", \"f\" },\n"
                   "   correct = { 1, 2, 3 }, time = 20 } } }\n",
                   &err, NULL, &sl),
              "%s", err.message);
    return sl;
}

Test(script_score, full_points_when_instant_and_half_at_the_limit)
{
    script_level *sl = multi_level();
    cr_assert_eq(score_of(sl, 0, 1, true, 0, 1, false), 1000);
    cr_assert_eq(score_of(sl, 0, 1, true, 10000, 1, false), 750);
    cr_assert_eq(score_of(sl, 0, 1, true, 20000, 1, false), 500);
    script_level_unload(sl);
}

Test(script_score, wrong_and_timed_out_answers_score_zero)
{
    script_level *sl = multi_level();
    cr_assert_eq(score_of(sl, 0, 2, false, 0, 0, false), 0);
    cr_assert_eq(score_of(sl, 0, 0, false, 20000, 0, true), 0);
    script_level_unload(sl);
}

Test(script_score, streak_bonus_grows_by_100_and_caps_at_500)
{
    script_level *sl = multi_level();
    cr_assert_eq(score_of(sl, 0, 1, true, 0, 2, false), 1100);
    cr_assert_eq(score_of(sl, 0, 1, true, 0, 6, false), 1500);
    cr_assert_eq(score_of(sl, 0, 1, true, 0, 40, false), 1500);
    script_level_unload(sl);
}

Test(script_score, multiple_choice_gives_partial_credit_less_wrong_picks)
{
    script_level *sl = multi_level();
    cr_assert_eq(score_of(sl, 1, 0x7u, true, 0, 1, false), 1000);
    cr_assert_eq(score_of(sl, 1, 0x3u, false, 0, 0, false), 667, "2 of 3");
    cr_assert_eq(score_of(sl, 1, 0xbu, false, 0, 0, false), 333, "2 of 3, one wrong pick");
    cr_assert_eq(score_of(sl, 1, 0x9u, false, 0, 0, false), 0, "never negative");
    cr_assert_eq(score_of(sl, 1, 0x8u, false, 0, 0, false), 0);
    script_level_unload(sl);
}

Test(script_score, a_level_may_replace_the_rule)
{
    script_level *sl;
    game_error err = {0};
    cr_assert(load(ONE_QUESTION("  score = function(answer, ctx)\n"
                                "    if ctx.correct then return 7 + ctx.index end\n"
                                "    return 1 end,\n"),
                   &err, NULL, &sl),
              "%s", err.message);
    cr_assert_eq(score_of(sl, 0, 2, true, 0, 1, false), 8);
    cr_assert_eq(score_of(sl, 0, 1, false, 0, 0, false), 1);
    script_level_unload(sl);
}

Test(script_score, a_rule_that_returns_no_number_is_an_error_naming_the_level)
{
    script_level *sl;
    game_error err = {0};
    cr_assert(load(ONE_QUESTION("  score = function() return \"lots\" end,\n"), &err, NULL, &sl));
    long p;
    cr_assert_not(score_try(sl, 0, 2, true, 0, 1, false, &p, &err));
    cr_assert(strstr(err.message, "must return a number"), "%s", err.message);
    cr_assert(strstr(err.file, "level.lua"));
    script_level_unload(sl);
}

Test(script_score, a_rule_that_loops_is_stopped)
{
    budget_ms = SHORT_BUDGET_MS;
    script_level *sl;
    game_error err = {0};
    cr_assert(load(ONE_QUESTION("  score = function() while true do end end,\n"), &err, NULL, &sl));
    long p;
    cr_assert_not(score_try(sl, 0, 2, true, 0, 1, false, &p, &err));
    cr_assert(strstr(err.message, "was stopped"), "%s", err.message);
    /* The level's state still works for the next call (no sticky abort across calls). */
    cr_assert_not(score_try(sl, 0, 2, true, 0, 1, false, &p, &err));
    script_level_unload(sl);
}

/* ---- answers files ---- */

Test(script_answers, reads_indices_lists_booleans_and_timeouts)
{
    script_level *sl;
    game_error err = {0};
    cr_assert(load("return { id = \"a\", title = \"T\", questions = {\n"
                   " { prompt = \"P\", choices = { \"a\", \"b\" }, correct = 1 },\n"
                   " { kind = \"multi\", prompt = \"P\", choices = { \"a\", \"b\", \"c\" }, "
                   "correct = { 1, 3 } },\n"
                   " { kind = \"truefalse\", prompt = \"P\", correct = false },\n"
                   " { prompt = \"P\", choices = { \"a\", \"b\" }, correct = 2 } } }\n",
                   &err, NULL, &sl),
              "%s", err.message);
    const char *ans = "return { { answer = 2, after = 1.5 }, { answer = { 1, 3 }, after = 6 },\n"
                      "  { answer = false, after = 2 }, { timeout = true } }\n";
    game_scripted *a;
    size_t n;
    cr_assert(script_answers_load(write_file("a.lua", ans, strlen(ans)), script_level_data(sl), &a,
                                  &n, &err),
              "%s", err.message);
    cr_assert_eq(n, 4);
    cr_assert_eq(a[0].resp.chosen, 0x2u);
    cr_assert_eq(a[0].after_ms, 1500);
    cr_assert_eq(a[1].resp.chosen, 0x5u);
    cr_assert_eq(a[2].resp.chosen, 0x2u, "false is the second choice of a true/false");
    cr_assert(a[3].timeout);
    free(a);
    const char *bad =
        "return { { answer = 3 }, { answer = 1 }, { answer = true }, { answer = 1 } }\n";
    cr_assert_not(script_answers_load(write_file("b.lua", bad, strlen(bad)), script_level_data(sl),
                                      &a, &n, &err));
    cr_assert(strstr(err.message, "answer 1"), "%s", err.message);
    const char *few = "return { { answer = 1 } }\n";
    cr_assert_not(script_answers_load(write_file("c.lua", few, strlen(few)), script_level_data(sl),
                                      &a, &n, &err));
    cr_assert(strstr(err.message, "1 answers for 4 questions"), "%s", err.message);
    script_level_unload(sl);
}

Test(script_score, a_pack_rule_applies_to_its_levels_unless_a_level_has_its_own)
{
    const char *pack = "return { id = \"p\", title = \"P\", score = function(answer, ctx)\n"
                       "  return ctx.correct and 42 or 1 end }\n";
    write_file("pack.lua", pack, strlen(pack));
    script_level *sl;
    game_error err = {0};
    cr_assert(load(ONE_QUESTION(""), &err, NULL, &sl), "%s", err.message);
    cr_assert_eq(score_of(sl, 0, 2, true, 0, 1, false), 42);
    cr_assert_eq(score_of(sl, 0, 1, false, 0, 0, false), 1);
    script_level_unload(sl);
    cr_assert(load(ONE_QUESTION("  score = function() return 7 end,\n"), &err, NULL, &sl), "%s",
              err.message);
    cr_assert_eq(score_of(sl, 0, 2, true, 0, 1, false), 7, "the level's own rule wins");
    script_level_unload(sl);
}

Test(script_score, a_pack_rule_cannot_see_the_level_globals)
{
    const char *pack = "return { score = function() return leaked_from_level or 5 end }\n";
    write_file("pack.lua", pack, strlen(pack));
    script_level *sl;
    game_error err = {0};
    cr_assert(load("leaked_from_level = 99\n" ONE_QUESTION(""), &err, NULL, &sl), "%s",
              err.message);
    cr_assert_eq(score_of(sl, 0, 2, true, 0, 1, false), 5);
    script_level_unload(sl);
}

Test(script_level, an_image_must_be_in_the_level_folder_and_a_missing_one_is_a_warning)
{
    expect_error("return { id = \"t\", title = \"T\", questions = {\n"
                 "  { prompt = \"P\", image = \"../../etc/passwd\", choices = { \"a\", \"b\" }, "
                 "correct = 1 } } }\n",
                 "in the level's folder", 2);
    expect_error("return { id = \"t\", title = \"T\", questions = {\n"
                 "  { prompt = \"P\", image = \"/etc/passwd\", choices = { \"a\", \"b\" }, correct "
                 "= 1 } } }\n",
                 "in the level's folder", 2);
    warnings w = {0};
    game_error err = {0};
    script_level *sl;
    cr_assert(
        load("return { id = \"t\", title = \"T\", questions = {\n"
             "  { prompt = \"P\", image = \"nope.png\", choices = { \"a\", \"b\" }, correct = 1,\n"
             "    explain = \"E\" } } }\n",
             &err, &w, &sl),
        "%s", err.message);
    cr_assert_eq(w.n, 1);
    cr_assert(strstr(w.msg[0], "not found"), "%s", w.msg[0]);
    cr_assert(strstr(script_level_data(sl)->questions[0].image, "/nope.png"));
    script_level_unload(sl);
}

static game_error_kind kind_of(const char *src)
{
    game_error err = {0};
    cr_assert_not(load(src, &err, NULL, NULL), "should fail: %s", src);
    return err.kind;
}

Test(script_level, each_failure_says_what_kind_it_is_for_the_error_screen)
{
    cr_assert_eq(kind_of("return {\n"), GAME_ERR_SYNTAX);
    budget_ms = SHORT_BUDGET_MS;
    cr_assert_eq(kind_of("while true do end\n"), GAME_ERR_TIME);
    budget_ms = BUDGET_MS;
    cr_assert_eq(kind_of("local s = 'x' while true do s = s .. s end\n"), GAME_ERR_MEMORY);
    cr_assert_eq(kind_of("return { id = 'x' }\n"), GAME_ERR_CONTENT);
    cr_assert_eq(kind_of("local x <close> = nil\n"), GAME_ERR_FORBIDDEN);
    cr_assert_eq(kind_of("local t = nil\nreturn t.x\n"), GAME_ERR_RUNTIME);
    script_level *sl;
    game_error err = {0};
    cr_assert_not(script_level_load("/no/such/level.lua", NULL, NULL, NULL, &sl, &err));
    cr_assert_eq(err.kind, GAME_ERR_FILE);
}

/* ---- mock-ups ---- */

#define HOTSPOT(mock)                                                                              \
    "return {\n  id = \"t\", title = \"T\",\n  questions = {\n    { kind = \"hotspot\", prompt = " \
    "\"Find\",\n" mock "    },\n  },\n}\n"

Test(script_level, a_post_mock_up_loads_its_parts_in_order_with_their_names)
{
    script_level *sl;
    game_error err = {0};
    cr_assert(load(HOTSPOT("      post = { author = { name = \"Shop\", handle = \"@shop_2026\",\n"
                           "                 clue = \"new\" },\n"
                           "        date = \"2 h\", body = { \"Win!\" },\n"
                           "        links = { { text = \"a.top\", url = \"https://a.top\" } },\n"
                           "        likes = \"12 k\",\n"
                           "        comments = { { author = \"Marc\", text = \"Works\",\n"
                           "                       clue = \"fake\" }, \"Anyone?\" } },\n"),
                   &err, NULL, &sl),
              "%s", err.message);
    const game_question *q = &script_level_data(sl)->questions[0];
    cr_assert_eq(q->mockup, GAME_MOCKUP_POST);
    cr_assert_eq(q->nparts, 7);
    static const char *names[] = {"author", "date",       "body.1",    "links.1",
                                  "likes",  "comments.1", "comments.2"};
    for (size_t i = 0; i < 7; i++) cr_assert_str_eq(q->parts[i].name, names[i]);
    cr_assert_str_eq(q->parts[0].extra, "@shop_2026");
    cr_assert_str_eq(q->parts[5].extra, "Marc");
    cr_assert_null(q->parts[6].extra, "a comment may come without its author");
    cr_assert_eq(q->correct_mask, (1u << 0) | (1u << 5));
    script_level_unload(sl);
}

Test(script_level, a_post_needs_a_body_and_string_handles)
{
    expect_error(HOTSPOT("      post = { author = \"Shop\" },\n"), "needs body", 5);
    expect_error(HOTSPOT("      post = { author = { name = \"Shop\", handle = 42 },\n"
                         "        body = { \"Hi\" } },\n"),
                 "needs handle", 0);
    expect_error(HOTSPOT("      post = { author = \"Shop\", body = { \"Hi\" },\n"
                         "        comments = { { text = \"x\", author = {} } } },\n"),
                 "needs author", 0);
}

Test(script_level, one_mock_up_per_question)
{
    expect_error(HOTSPOT("      sms = { from = \"+33\", messages = { \"Hi\" } },\n"
                         "      post = { author = \"Shop\", body = { \"Hi\" } },\n"),
                 "one mock-up per question", 6);
    expect_error(HOTSPOT("      post = \"a post\",\n"), "post must be a table", 5);
}

Test(script_level, spots_are_areas_of_a_picture_with_a_label)
{
    script_level *sl;
    game_error err = {0};
    cr_assert(
        load(HOTSPOT("      image = \"shot.png\",\n"
                     "      spots = { { x = 0.1, y = 0.2, w = 0.5, h = 0.25, label = \"Link\",\n"
                     "                  clue = \"Not the bank\" },\n"
                     "                { x = 0, y = 0, w = 1, h = 0.1, label = \"Logo\" } },\n"),
             &err, NULL, &sl),
        "%s", err.message);
    const game_question *q = &script_level_data(sl)->questions[0];
    cr_assert_eq(q->mockup, GAME_MOCKUP_IMAGE);
    cr_assert_eq(q->nparts, 2);
    cr_assert_str_eq(q->parts[1].name, "spots.2");
    cr_assert_float_eq(q->parts[0].area[3], 0.25f, 1e-6);
    cr_assert_eq(q->correct_mask, 0x1u);
    script_level_unload(sl);
}

Test(script_level, a_spot_outside_its_picture_or_without_label_is_refused)
{
    expect_error(HOTSPOT("      spots = { { x = 0, y = 0, w = 1, h = 1, label = \"All\" } },\n"),
                 "add image", 5);
    expect_error(
        HOTSPOT("      image = \"a.png\",\n"
                "      spots = { { x = 0.8, y = 0, w = 0.3, h = 0.1, label = \"L\" } },\n"),
        "inside the picture", 0);
    expect_error(
        HOTSPOT("      image = \"a.png\",\n"
                "      spots = { { x = -0.1, y = 0, w = 0.3, h = 0.1, label = \"L\" } },\n"),
        "share of the picture", 0);
    expect_error(HOTSPOT("      image = \"a.png\",\n"
                         "      spots = { { x = 0, y = 0, w = 0.3, h = 0.1 } },\n"),
                 "label", 0);
    expect_error(HOTSPOT("      image = \"a.png\", spots = {},\n"), "at least one spot", 0);
    expect_error(HOTSPOT("      image = \"a.png\", spots = { \"here\" },\n"), "must be a table", 0);
}

Test(script_level, a_mock_up_with_more_text_than_a_screen_holds_is_a_warning)
{
    /* Twelve comments of 70 characters: each fine alone, too much together. */
    char src[4096], comments[3000] = "";
    for (int i = 0; i < 12; i++)
        strcat(comments,
               "\"Un commentaire plutôt bavard qui ajoute encore une ligne au fil.....\", ");
    snprintf(src, sizeof src,
             HOTSPOT("      post = { author = \"Shop\", body = { \"Hi\" }, comments = { %s } },\n"),
             comments);
    warnings w = {0};
    game_error err = {0};
    cr_assert(load(src, &err, &w, NULL), "%s", err.message);
    int found = 0;
    for (int i = 0; i < w.n; i++) found += strstr(w.msg[i], "mock-up holds") != NULL;
    cr_assert_eq(found, 1, "one warning, not one per language (%d warnings)", w.n);
    w.n = 0;
    cr_assert(
        load(HOTSPOT("      post = { author = \"Shop\", body = { \"Hi\" } },\n"), &err, &w, NULL));
    for (int i = 0; i < w.n; i++)
        cr_assert_null(strstr(w.msg[i], "mock-up holds"), "a short post fits: %s", w.msg[i]);
}

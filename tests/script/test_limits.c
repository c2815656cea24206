/* test_limits.c — the limits that keep one level from stopping or stalling the whole game:
 * reading a big level costs time in proportion to its size and none of the level's budget, the
 * parser never gets more than it can read quickly, a level stuck in C fails alone, and packs
 * are bounded. Big inputs are generated here, at run time. Times are CPU times, compared with
 * wide margins: a loaded machine changes no verdict. */
#include "app/app.h"
#include "script/script.h"
#include "script/script_vm.h"

#include <lauxlib.h>

#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ==== generated sources ========================================================== */

typedef struct {
    char *s;
    size_t n, cap;
} buf;

static void put(buf *b, const char *fmt, ...)
{
    va_list ap;
    for (;;) {
        size_t room = b->cap - b->n;
        va_start(ap, fmt);
        int w = vsnprintf(b->s ? b->s + b->n : NULL, room, fmt, ap);
        va_end(ap);
        cr_assert_geq(w, 0);
        if ((size_t)w < room) {
            b->n += (size_t)w;
            return;
        }
        b->cap = (b->cap + (size_t)w + 1) * 2;
        b->s = realloc(b->s, b->cap);
        cr_assert_not_null(b->s);
    }
}

/* A text of n letters (a word and a space, again and again). */
static void put_text(buf *b, size_t n)
{
    put(b, "\"");
    for (size_t i = 0; i < n; i++) put(b, "%c", i % 8 == 7 ? ' ' : 'a' + (char)(i % 7));
    put(b, "\"");
}

/* A legitimate level of n questions, each with long but allowed texts (prompt 480 bytes,
 * four choices of 180 and an explanation of 600, in French and in English): 3.6 KB each. */
static buf big_level(size_t n)
{
    buf b = {0};
    put(&b, "return {\n  id = \"big\",\n  title = \"Big\",\n  questions = {\n");
    for (size_t i = 0; i < n; i++) {
        put(&b, "    {\n      id = \"q%zu\",\n      prompt = { fr = ", i + 1);
        put_text(&b, 480);
        put(&b, ", en = ");
        put_text(&b, 480);
        put(&b, " },\n      choices = {\n");
        for (int c = 0; c < 4; c++) {
            put(&b, "        { fr = ");
            put_text(&b, 180);
            put(&b, ", en = ");
            put_text(&b, 180);
            put(&b, " },\n");
        }
        put(&b, "      },\n      correct = %zu,\n      explain = { fr = ", i % 4 + 1);
        put_text(&b, 600);
        put(&b, ", en = ");
        put_text(&b, 600);
        put(&b, " },\n    },\n");
    }
    put(&b, "  },\n}\n");
    return b;
}

static double cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Loads src with the engine's own budget (1 s), whatever the environment says; the CPU time
 * it took into *cpu. */
static bool load(const buf *b, double *cpu, game_error *err)
{
    script_options opt = {.budget_ms = 1000, .quiet = true};
    script_level *sl = NULL;
    double t0 = cpu_now();
    bool ok = script_level_load_source("gen.lua", b->s, b->n, &opt, NULL, NULL, &sl, err);
    if (cpu) *cpu = cpu_now() - t0;
    script_level_unload(sl);
    return ok;
}

/* ==== reading is linear, and the engine's own work ============================== */

Test(limits_reading, a_level_of_400_long_questions_loads_within_the_budget)
{
    buf b = big_level(400);
    cr_assert_gt(b.n, 1400000, "%zu bytes", b.n);
    game_error err = {0};
    double cpu;
    cr_assert(load(&b, &cpu, &err), "%s:%d: %s", err.file, err.line, err.message);
    cr_log_info("400 questions, %zu bytes: %.3f s of CPU", b.n, cpu);
    free(b.s);
}

Test(limits_reading, a_level_of_1000_long_questions_loads)
{
    buf b = big_level(1000);
    game_error err = {0};
    double cpu;
    cr_assert(load(&b, &cpu, &err), "%s:%d: %s", err.file, err.line, err.message);
    cr_log_info("1000 questions, %zu bytes: %.3f s of CPU", b.n, cpu);
    free(b.s);
}

/* Four times the questions cost about four times the time; the quadratic reader took sixteen.
 * Best of three of each, so that one preempted run changes nothing. */
Test(limits_reading, reading_four_times_the_questions_costs_about_four_times_the_time)
{
    buf small = big_level(250), large = big_level(1000);
    double ts = 1e9, tl = 1e9;
    for (int k = 0; k < 3; k++) {
        double t;
        game_error err = {0};
        cr_assert(load(&small, &t, &err), "%s", err.message);
        if (t < ts) ts = t;
        cr_assert(load(&large, &t, &err), "%s", err.message);
        if (t < tl) tl = t;
    }
    fprintf(stderr, "reading 250 questions: %.3f s of CPU, 1000: %.3f s (x%.1f)\n", ts, tl,
            tl / ts);
    cr_assert_lt(tl, 8 * ts, "250 questions: %.3f s, 1000: %.3f s", ts, tl);
    free(small.s);
    free(large.s);
}

/* ==== the parser gets only what it reads quickly ================================== */

Test(limits_parse, a_chain_of_200000_elseif_is_refused_at_once)
{
    buf b = {0};
    put(&b, "local x = 1\nif x == 0 then\n");
    for (int i = 0; i < 200000; i++) put(&b, " elseif x then\n");
    put(&b, "end\nreturn {}\n");
    cr_assert_lt(b.n, 4u << 20, "the chain must be refused for its branches, not its size");
    game_error err = {0};
    double cpu;
    cr_assert_not(load(&b, &cpu, &err));
    fprintf(stderr, "200000 elseif (%zu bytes): refused after %.3f s of CPU: %s:%d: %s\n", b.n, cpu,
            err.file, err.line, err.message);
    cr_assert(strstr(err.message, "elseif"), "%s", err.message);
    cr_assert_eq(err.line, 5003, "the line where the chain passed the limit, not %d", err.line);
    cr_assert_lt(cpu, 1.0, "%.3f s", cpu); /* it took a minute to parse */
    free(b.s);
}

Test(limits_parse, a_source_over_4_mib_is_refused_with_its_size)
{
    buf b = {0};
    put(&b, "local s = [[");
    for (int i = 0; i < (5 << 20) / 64; i++)
        put(&b, "%s", "................................................................");
    put(&b, "]]\nreturn {}\n");
    game_error err = {0};
    cr_assert_not(load(&b, NULL, &err));
    cr_assert(strstr(err.message, "4 MiB"), "%s", err.message);
    free(b.s);
}

Test(limits_parse, load_refuses_a_long_chain_too)
{
    const char *src =
        "local b = { 'if x then' }\n"
        "for i = 1, 6000 do b[#b + 1] = ' elseif x then' end\n"
        "b[#b + 1] = ' end'\n"
        "local f, e = load(table.concat(b))\n"
        "assert(f == nil and e:find('elseif'), e)\n"
        "return { id = 'l', title = 'L', questions = { { prompt = '?', choices = { 'a', 'b' },"
        " correct = 1, explain = 'x' } } }\n";
    buf b = {(char *)src, strlen(src), 0};
    game_error err = {0};
    cr_assert(load(&b, NULL, &err), "%s:%d: %s", err.file, err.line, err.message);
}

/* ==== a level stuck in C fails alone ============================================== */

/* A C function that never returns: what a library call no guard knows would do. */
static int l_spin(lua_State *L)
{
    (void)L;
    for (volatile unsigned long i = 0;; i++) {
    }
    return 0;
}

Test(limits_stuck, a_call_stuck_in_c_fails_alone_and_the_next_level_loads, .timeout = 120)
{
    script_options opt = {.budget_ms = 100, .quiet = true};
    script_vm vm;
    game_error err = {0};
    cr_assert(script_vm_open(&vm, &opt, &err), "%s", err.message);
    lua_pushcfunction(vm.L, l_spin);
    cr_assert_not(script_vm_call(&vm, 0, 0, "stuck.lua", &err));
    cr_assert(strstr(err.message, "stuck"), "%s", err.message);
    cr_assert(vm.broken);
    /* Every later call fails at once, touching nothing of the lost state. */
    lua_pushcfunction(vm.L, l_spin);
    cr_assert_not(script_vm_call(&vm, 0, 0, "stuck.lua", &err));
    cr_assert(strstr(err.message, "broken"), "%s", err.message);
    script_vm_close(&vm);

    const char *src = "return { id = 'after', title = 'After', questions = { { prompt = '?',"
                      " choices = { 'a', 'b' }, correct = 1, explain = 'x' } } }";
    buf b = {(char *)src, strlen(src), 0};
    cr_assert(load(&b, NULL, &err), "%s", err.message);
}

/* ==== packs are bounded, and so is all that loads at start ======================== */

static char packdir[] = "/tmp/vigie-limits-XXXXXX";

static void pack_setup(void)
{
    cr_assert_not_null(mkdtemp(packdir));
}

static void pack_teardown(void)
{
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", packdir);
    if (system(cmd) != 0) cr_log_warn("could not remove %s", packdir);
}

TestSuite(limits_pack, .init = pack_setup, .fini = pack_teardown);

static void write_file(const char *name, const char *fmt, ...)
{
    char path[400];
    snprintf(path, sizeof path, "%s/%s", packdir, name);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f, "%s", path);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(f, fmt, ap);
    va_end(ap);
    fclose(f);
}

/* A small level; `extra` is Lua run before it returns (what it costs). */
static void write_level(const char *name, const char *id, const char *extra)
{
    write_file(name,
               "%s\nreturn { id = \"%s\", title = \"%s\", questions = { { prompt = \"?\", "
               "choices = { \"a\", \"b\" }, correct = 1, explain = \"x\" } } }\n",
               extra, id, id);
}

typedef struct {
    char all[8192];
    int n;
} warnings;

static void on_warn(void *ud, const char *file, int line, const char *msg)
{
    warnings *w = ud;
    size_t k = strlen(w->all);
    snprintf(w->all + k, sizeof w->all - k, "%s:%d: %s\n", file, line, msg);
    w->n++;
}

Test(limits_pack, a_level_listed_40_times_is_loaded_once)
{
    write_level("a.lua", "a", "");
    buf b = {0};
    put(&b, "return {\n  id = \"p\", title = \"P\",\n  levels = {");
    for (int i = 0; i < 40; i++) put(&b, " \"a.lua\",");
    put(&b, " },\n}\n");
    write_file("pack.lua", "%s", b.s);
    free(b.s);
    game_pack pk;
    game_error err = {0};
    warnings w = {0};
    cr_assert(script_pack_check(packdir, on_warn, &w, &pk, &err), "%s", err.message);
    cr_assert_eq(pk.nlevels, 1);
    cr_assert(strstr(w.all, "pack.lua:3: pack: \"a.lua\" is listed more than once"), "%s", w.all);
    game_pack_deinit(&pk);
    app_levels lv;
    app_levels_load(&lv, packdir, 1);
    cr_assert_eq(lv.npacks, 1);
    cr_assert_eq(lv.packs[0].nlevels, 1);
    cr_assert_not_null(lv.packs[0].levels[0].level);
    app_levels_unload(&lv);
}

Test(limits_pack, a_pack_of_100_levels_keeps_the_first_64_and_says_so)
{
    buf b = {0};
    put(&b, "return {\n  id = \"p\", title = \"P\",\n  levels = {");
    for (int i = 0; i < 100; i++) {
        char name[32], id[32];
        snprintf(name, sizeof name, "l%03d.lua", i);
        snprintf(id, sizeof id, "l%03d", i);
        write_level(name, id, "");
        put(&b, " \"%s\",", name);
    }
    put(&b, " },\n}\n");
    write_file("pack.lua", "%s", b.s);
    free(b.s);
    game_pack pk;
    game_error err = {0};
    warnings w = {0};
    cr_assert(script_pack_check(packdir, on_warn, &w, &pk, &err), "%s", err.message);
    cr_assert_eq(pk.nlevels, SCRIPT_PACK_LEVELS_MAX);
    cr_assert(strstr(pk.levels[63], "l063.lua"), "%s", pk.levels[63]);
    cr_assert(strstr(w.all, "36 more levels than the 64"), "%s", w.all);
    game_pack_deinit(&pk);
}

/* Each wrong pack.lua: the line of the field it names, and a word of its message. */
static const struct {
    const char *body;
    int line;
    const char *says;
} wrong_packs[] = {
    {"return {\n  id = \"p\",\n  title = 42,\n}\n", 3, "title"},
    {"return {\n  id = \"Not An Id\",\n}\n", 2, "id must be"},
    {"return {\n  id = \"p\",\n\n  levels = { \"a.lua\", 42 },\n}\n", 4, "not a string"},
    {"return {\n  id = \"p\",\n  levels = \"a.lua\",\n}\n", 3, "levels must be a list"},
    {"return {\n  id = \"p\",\n  description = { fr = 1 },\n}\n", 3, "description"},
    {"return {\n  authors = { \"x\", {} },\n}\n", 2, "authors"},
    {"return {\n  levels = { \"../x.lua\" },\n}\n", 2, "inside the pack"},
};

Test(limits_pack, a_pack_lua_with_a_wrong_field_is_refused_at_its_line_and_the_folder_plays)
{
    write_level("a.lua", "a", "");
    write_level("b.lua", "b", "");
    for (size_t k = 0; k < sizeof wrong_packs / sizeof *wrong_packs; k++) {
        write_file("pack.lua", "%s", wrong_packs[k].body);
        game_pack pk;
        game_error err = {0};
        cr_assert_not(script_pack_check(packdir, NULL, NULL, &pk, &err), "%s", wrong_packs[k].body);
        cr_assert(strstr(err.file, "pack.lua"), "%s", err.file);
        cr_assert_eq(err.line, wrong_packs[k].line, "%s: line %d: %s", wrong_packs[k].body,
                     err.line, err.message);
        cr_assert(strstr(err.message, wrong_packs[k].says), "%s", err.message);
        /* The menu still has the folder's levels. */
        app_levels lv;
        app_levels_load(&lv, packdir, 1);
        cr_assert_eq(lv.npacks, 1);
        cr_assert_eq(lv.packs[0].nlevels, 2);
        cr_assert_not_null(lv.packs[0].levels[0].level);
        cr_assert_not_null(lv.packs[0].levels[1].level);
        app_levels_unload(&lv);
    }
}

/* Ten levels that each spin 50 ms of CPU, with a call's budget of 100 ms: the start gets three
 * budgets (300 ms), so the first levels load and the last ones say why they did not. */
Test(limits_pack, the_levels_loaded_at_start_share_one_time_budget)
{
    setenv("VIGIE_LEVEL_BUDGET_MS", "100", 1);
    for (int i = 0; i < 10; i++) {
        char name[32], id[32];
        snprintf(name, sizeof name, "s%d.lua", i);
        snprintf(id, sizeof id, "s%d", i);
        write_level(name, id, "local t = os.clock() while os.clock() - t < 0.05 do end");
    }
    app_levels lv;
    app_levels_load(&lv, packdir, 1);
    cr_assert_eq(lv.npacks, 1);
    cr_assert_eq(lv.packs[0].nlevels, 10);
    cr_assert_not_null(lv.packs[0].levels[0].level, "%s", lv.packs[0].levels[0].error.message);
    const ui_level *last = &lv.packs[0].levels[9];
    cr_assert_null(last->level);
    cr_assert(strstr(last->error.message, "not loaded"), "%s", last->error.message);
    app_levels_unload(&lv);
}

/* Levels that each keep 6 MiB, with a cap of 16 MiB a level: the start gets four caps
 * (64 MiB), so ten fit and the twelfth does not. */
Test(limits_pack, the_levels_loaded_at_start_share_one_memory_budget)
{
    setenv("VIGIE_LEVEL_MEMORY_MIB", "16", 1);
    for (int i = 0; i < 12; i++) {
        char name[32], id[32];
        snprintf(name, sizeof name, "m%02d.lua", i);
        snprintf(id, sizeof id, "m%02d", i);
        write_level(name, id, "kept = string.rep(\"x\", 6 << 20)");
    }
    app_levels lv;
    app_levels_load(&lv, packdir, 1);
    cr_assert_eq(lv.packs[0].nlevels, 12);
    for (int i = 0; i < 8; i++)
        cr_assert_not_null(lv.packs[0].levels[i].level, "%d: %s", i,
                           lv.packs[0].levels[i].error.message);
    const ui_level *last = &lv.packs[0].levels[11];
    cr_assert_null(last->level);
    cr_assert(strstr(last->error.message, "MiB"), "%s", last->error.message);
    app_levels_unload(&lv);
}

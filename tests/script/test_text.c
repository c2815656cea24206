/* test_text.c — issue 11's text checks: what a level or a pack.lua may put on a screen, in a
 * report or in run's JSON is strict UTF-8 (RFC 3629) without controls (C0 but "\n", DEL, C1)
 * nor the invisible marks the layout does not follow; a refusal names the field and its line. */
#include "script/script.h"
#include "script/script_scan.h"

#include <criterion/criterion.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static char dir[] = "/tmp/vigie-text-XXXXXX";

static void setup(void)
{
    cr_assert_not_null(mkdtemp(dir));
}

static void teardown(void)
{
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) cr_log_warn("could not remove %s", dir);
}

TestSuite(text, .init = setup, .fini = teardown);

static void write_file(const char *name, const char *src, size_t len)
{
    char path[400];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    cr_assert_not_null(f);
    cr_assert_eq(fwrite(src, 1, len, f), len);
    fclose(f);
}

/* The bad texts, as raw bytes (written into the Lua source as they are). */
static const struct {
    const char *bytes, *trick, *says;
} bad[] = {
    {"a\xc0\xaf", "overlong two-byte form of '/'", "UTF-8"},
    {"a\xc1\xbf", "overlong two-byte form of DEL", "UTF-8"},
    {"a\xe0\x80\xaf", "overlong three-byte form", "UTF-8"},
    {"a\xe0\x9f\xbf", "overlong three-byte form of U+07FF", "UTF-8"},
    {"a\xf0\x80\x80\xaf", "overlong four-byte form", "UTF-8"},
    {"a\xf0\x8f\xbf\xbf", "overlong four-byte form of U+FFFF", "UTF-8"},
    {"a\xed\xa0\x80", "high surrogate U+D800", "UTF-8"},
    {"a\xed\xbf\xbf", "low surrogate U+DFFF", "UTF-8"},
    {"a\xf4\x90\x80\x80", "U+110000, past the last code point", "UTF-8"},
    {"a\xf5\x80\x80\x80", "lead byte F5", "UTF-8"},
    {"a\xff", "byte FF", "UTF-8"},
    {"a\x80z", "a lone continuation byte", "UTF-8"},
    {"a\xe2\x82", "a sequence cut at the end", "UTF-8"},
    {"a\xe2\x82z", "a sequence cut by an ASCII byte", "UTF-8"},
    {"a\xf0\x9f\x98", "a four-byte sequence cut", "UTF-8"},
    {"a\x7f", "DEL", "code 127"},
    {"a\xc2\x80", "C1 control U+0080", "U+0080"},
    {"a\xc2\x85", "C1 NEL U+0085", "U+0085"},
    {"a\xc2\x9b[2J", "C1 CSI U+009B", "U+009B"},
    {"a\xc2\x9f", "C1 control U+009F", "U+009F"},
    {"a\x1b[2J", "ESC", "code 27"},
    {"a\vb", "vertical tab", "code 11"},
    {"a\xe2\x80\xa8", "line separator U+2028", "U+2028"},
    {"a\xe2\x80\xa9", "paragraph separator U+2029", "U+2029"},
    {"invoice\xe2\x80\xaegpj.exe", "right-to-left override U+202E", "U+202E"},
    {"a\xe2\x80\xaa", "left-to-right embedding U+202A", "U+202A"},
    {"a\xe2\x81\xa6", "left-to-right isolate U+2066", "U+2066"},
    {"a\xe2\x81\xa9", "pop directional isolate U+2069", "U+2069"},
};
#define NBAD (sizeof bad / sizeof *bad)

static const char *const good[] = {
    "caf\xc3\xa9",           "\xc2\xa0non-breaking",
    "\xc2\xa9 U+00A9",       "\xe2\x82\xac 5",
    "\xed\x9f\xbf U+D7FF",   "\xee\x80\x80 U+E000",
    "\xef\xbf\xbd",          "\xf0\x9f\x94\x92",
    "\xf4\x8f\xbf\xbf last", "two\nlines",
    "\xe2\x80\x8f",          "tab-free ~",
    "\xe2\x81\xa5 U+2065",   "\xe2\x80\xaf narrow nbsp",
};

Test(text, the_scan_refuses_each_bad_class_and_keeps_sound_text)
{
    for (size_t k = 0; k < NBAD; k++)
        cr_assert_neq(script_text_scan(bad[k].bytes, strlen(bad[k].bytes)), 0, "%s: accepted",
                      bad[k].trick);
    for (size_t k = 0; k < sizeof good / sizeof *good; k++)
        cr_assert_eq(script_text_scan(good[k], strlen(good[k])), 0, "good text %zu refused", k);
    cr_assert_eq(script_text_scan("a\xc2\x85", 3), 1 + 0x85);
    cr_assert_eq(script_text_scan("\x7f", 1), 1 + 0x7f);
    cr_assert_eq(script_text_scan("x\xe2\x80\xae", 4), 1 + 0x202e);
    cr_assert_eq(script_text_scan("\xed\xa0\x80", 3), -1);
    /* a string cut by its length, not by a NUL */
    cr_assert_eq(script_text_scan("\xc3\xa9", 1), -1);
}

/* A level whose field `field` (a Lua expression placed at line 4 or 5) holds text. */
static bool load_level(const char *fmt, const char *text, game_error *err)
{
    char src[2048];
    int n = snprintf(src, sizeof src, fmt, text);
    write_file("level.lua", src, (size_t)n);
    char path[400];
    snprintf(path, sizeof path, "%s/level.lua", dir);
    script_options opt = {.budget_ms = 20000, .memory_cap = 8u << 20, .quiet = true};
    script_level *sl = NULL;
    bool ok = script_level_load(path, &opt, NULL, NULL, &sl, err);
    script_level_unload(sl);
    return ok;
}

#define LEVEL_HEAD "return {\n  id = \"t\",\n  title = \"T\",\n"
#define Q_OPEN     "  questions = { {\n"
#define Q_CLOSE    "  } },\n}\n"

/* Each field a level shows, with the bad text at line 4 (level fields) or 5 (questions). */
static const struct {
    const char *fmt, *field;
    int line;
} fields[] = {
    {"return {\n  id = \"t\",\n\n  title = \"%s\",\n" Q_OPEN
     "    prompt = \"P\", choices = { \"a\", \"b\" }, correct = 1,\n" Q_CLOSE,
     "title", 4},
    {"return {\n  id = \"t\", title = \"T\",\n\n  description = { fr = \"%s\" },\n" Q_OPEN
     "    prompt = \"P\", choices = { \"a\", \"b\" }, correct = 1,\n" Q_CLOSE,
     "description.fr", 4},
    {"return {\n  id = \"t\", title = \"T\",\n\n  audience = { \"ok\", \"%s\" },\n" Q_OPEN
     "    prompt = \"P\", choices = { \"a\", \"b\" }, correct = 1,\n" Q_CLOSE,
     "audience", 4},
    {LEVEL_HEAD Q_OPEN
     "    prompt = \"%s\",\n    choices = { \"a\", \"b\" }, correct = 1,\n" Q_CLOSE,
     "prompt", 5},
    {LEVEL_HEAD Q_OPEN
     "    prompt = \"P\",\n    choices = { \"a\", \"%s\" }, correct = 1,\n" Q_CLOSE,
     "choice", 6},
    {LEVEL_HEAD Q_OPEN "    prompt = \"P\", choices = { \"a\", \"b\" }, correct = 1,\n"
                       "    explain = \"%s\",\n" Q_CLOSE,
     "explain", 6},
    {LEVEL_HEAD Q_OPEN "    prompt = \"P\", choices = { \"a\", \"b\" }, correct = 1,\n"
                       "    source = \"%s\",\n" Q_CLOSE,
     "source", 6},
    {LEVEL_HEAD Q_OPEN "    kind = \"sort\", prompt = \"P\",\n"
                       "    bins = { \"ok\", \"%s\" }, items = { { text = \"i\", bin = 1 }, { text "
                       "= \"j\", bin = 2 } },\n" Q_CLOSE,
     "bin", 6},
    {LEVEL_HEAD Q_OPEN "    kind = \"sort\", prompt = \"P\",\n"
                       "    bins = { \"x\", \"y\" }, items = { { text = \"i\", bin = 1 }, { text = "
                       "\"%s\", bin = 2 } },\n" Q_CLOSE,
     "item", 6},
    {LEVEL_HEAD Q_OPEN "    kind = \"input\", prompt = \"P\",\n"
                       "    accept = { \"ok\", \"%s\" },\n" Q_CLOSE,
     "accept", 6},
};
#define NFIELDS (sizeof fields / sizeof *fields)

Test(text, every_bad_class_in_every_level_field_is_a_level_error_at_its_line)
{
    game_error err = {0};
    for (size_t f = 0; f < NFIELDS; f++)
        cr_assert(load_level(fields[f].fmt, "fine \xc3\xa9t\xc3\xa9", &err), "%s: %s",
                  fields[f].field, err.message);
    for (size_t f = 0; f < NFIELDS; f++)
        for (size_t k = 0; k < NBAD; k++) {
            memset(&err, 0, sizeof err);
            cr_assert_not(load_level(fields[f].fmt, bad[k].bytes, &err), "%s with %s: accepted",
                          fields[f].field, bad[k].trick);
            cr_assert_eq(err.line, fields[f].line, "%s with %s: line %d (%s)", fields[f].field,
                         bad[k].trick, err.line, err.message);
            cr_assert(strstr(err.message, bad[k].says), "%s with %s: %s", fields[f].field,
                      bad[k].trick, err.message);
        }
}

/* The same through Lua escapes: "\u{D800}" is how Lua writes a surrogate, "\u{110000}" a code
 * past Unicode's last; Lua accepts both. */
Test(text, lua_escapes_for_surrogates_and_codes_past_10ffff_are_refused)
{
    static const char *const esc[] = {"\\u{D800}",  "\\u{DFFF}", "\\u{110000}", "\\u{7FFFFFFF}",
                                      "\\xC0\\x80", "\\u{85}",   "\\127",       "\\u{202E}"};
    for (size_t k = 0; k < sizeof esc / sizeof *esc; k++) {
        game_error err = {0};
        cr_assert_not(load_level(fields[0].fmt, esc[k], &err), "%s accepted", esc[k]);
        cr_assert_eq(err.line, 4, "%s: %d %s", esc[k], err.line, err.message);
        cr_assert(strstr(err.message, "title"), "%s", err.message);
    }
}

/* ---- pack.lua ---- */

static bool load_pack(const char *src, size_t len, game_error *err)
{
    write_file("pack.lua", src, len);
    game_pack pk;
    bool ok = script_pack_check(dir, NULL, NULL, &pk, err);
    if (ok) game_pack_deinit(&pk);
    return ok;
}

static const struct {
    const char *fmt, *field;
    int line;
} pack_fields[] = {
    {"return {\n  id = \"p\",\n  title = \"%s\",\n}\n", "title", 3},
    {"return {\n  id = \"p\",\n  title = { fr = \"T\", en = \"%s\" },\n}\n", "title.en", 3},
    {"return {\n  id = \"p\",\n\n  description = \"%s\",\n}\n", "description", 4},
    {"return {\n  id = \"p\",\n  authors = { \"A\", \"%s\" },\n}\n", "authors", 3},
    {"return {\n  id = \"p\",\n  licence = \"%s\",\n}\n", "licence", 3},
    {"return {\n  title = \"T\",\n  id = \"p%s\",\n}\n", "id", 3},
};

Test(text, every_bad_class_in_pack_lua_texts_and_id_is_refused_at_its_line)
{
    char src[1024];
    for (size_t f = 0; f < sizeof pack_fields / sizeof *pack_fields; f++) {
        game_error err = {0};
        int n = snprintf(src, sizeof src, pack_fields[f].fmt, "fine \xc3\xa9t\xc3\xa9");
        if (strcmp(pack_fields[f].field, "id") != 0)
            cr_assert(load_pack(src, (size_t)n, &err), "%s: %s", pack_fields[f].field, err.message);
        for (size_t k = 0; k < NBAD; k++) {
            memset(&err, 0, sizeof err);
            n = snprintf(src, sizeof src, pack_fields[f].fmt, bad[k].bytes);
            cr_assert_not(load_pack(src, (size_t)n, &err), "%s with %s: accepted",
                          pack_fields[f].field, bad[k].trick);
            cr_assert(strstr(err.file, "pack.lua"), "%s", err.file);
            cr_assert_eq(err.line, pack_fields[f].line, "%s with %s: line %d (%s)",
                         pack_fields[f].field, bad[k].trick, err.line, err.message);
            cr_assert(strstr(err.message, pack_fields[f].field), "%s with %s: %s",
                      pack_fields[f].field, bad[k].trick, err.message);
        }
    }
}

static double cpu_ms(clock_t t0)
{
    return (double)(clock() - t0) * 1000.0 / CLOCKS_PER_SEC;
}

Test(text, a_900_kb_invalid_pack_title_is_refused_quickly)
{
    size_t big = 900u << 10;
    char *src = malloc(big + 100);
    cr_assert_not_null(src);
    size_t n = (size_t)sprintf(src, "return {\n  id = \"p\",\n  title = \"");
    for (size_t i = 0; i < big; i++) src[n++] = (char)(i % 3 == 0 ? 0xc0 : i % 3 == 1 ? 0x85 : 'x');
    n += (size_t)sprintf(src + n, "\",\n}\n");
    game_error err = {0};
    clock_t t0 = clock();
    cr_assert_not(load_pack(src, n, &err));
    double ms = cpu_ms(t0);
    free(src);
    cr_assert_eq(err.line, 3, "%d: %s", err.line, err.message);
    cr_assert(strstr(err.message, "title"), "%s", err.message);
    cr_assert_lt(ms, 2000.0, "%.0f ms of CPU", ms);
}

/* vigie check on a folder whose pack.lua has a C1 control in its description: exit 1 and the
 * file and line. */
Test(text, vigie_check_exits_1_on_a_c1_control_in_a_pack_description)
{
    char pk[400];
    snprintf(pk, sizeof pk, "%s/pk", dir);
    cr_assert_eq(mkdir(pk, 0700), 0);
    static const char lvl[] = "return { id = \"a\", title = \"A\", questions = { { prompt = "
                              "\"P\", choices = { \"x\", \"y\" }, correct = 1, explain = \"E\" "
                              "} } }\n";
    write_file("pk/a.lua", lvl, sizeof lvl - 1);
    static const char man[] =
        "return {\n  id = \"pk\", title = \"P\",\n  description = \"d\xc2\x9b[31m\",\n}\n";
    write_file("pk/pack.lua", man, sizeof man - 1);
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "'%s' check '%s' > '%s/out' 2>&1", VIGIE_BIN, pk, dir);
    int st = system(cmd);
    cr_assert(WIFEXITED(st));
    cr_assert_eq(WEXITSTATUS(st), 1);
    char path[500], out[4096] = {0};
    snprintf(path, sizeof path, "%s/out", dir);
    FILE *f = fopen(path, "rb");
    cr_assert_not_null(f);
    size_t got = fread(out, 1, sizeof out - 1, f);
    fclose(f);
    out[got] = 0;
    cr_assert(strstr(out, "pack.lua:3: pack: description contains a control character"), "%s", out);
}

/* ---- a mini-game's texts, at run time ---- */

/* g.text with a bad text is an error of the game at its line (the screen shows the failed
 * game, never boxes), and the canvas holds no byte of it; g.tr and finish's texts too. */
Test(text, a_mini_game_drawing_bad_text_fails_cleanly_and_the_canvas_keeps_none_of_it)
{
    static const char *const draws[] = {
        "g.text('ok', 0, 0, 9, 9); g.text('a\\u{85}b', 0, 0, 100, 100)",
        "g.text('ok', 0, 0, 9, 9); g.text('a\\127b', 0, 0, 100, 100)",
        "g.text('ok', 0, 0, 9, 9); g.text('a\\xC0\\xAFb', 0, 0, 100, 100)",
        "g.text('ok', 0, 0, 9, 9); g.text('a\\u{D800}b', 0, 0, 100, 100)",
        "g.text('ok', 0, 0, 9, 9); g.text('a\\u{110000}b', 0, 0, 100, 100)",
        "g.text('ok', 0, 0, 9, 9); g.text('x' .. ('\\u{20AC}'):sub(1, 2), 0, 0, 100, 100)",
        "g.text('ok', 0, 0, 9, 9); g.text({ fr = 'a\\u{9B}2J', en = 'b' }, 0, 0, 100, 100)",
        "g.text('ok', 0, 0, 9, 9); g.text('\\u{202E}gpj.exe', 0, 0, 100, 100)",
    };
    for (size_t k = 0; k < sizeof draws / sizeof *draws; k++) {
        char src[2048];
        int n = snprintf(src, sizeof src,
                         "return { id = \"g\", title = \"G\", questions = { {\n"
                         "  kind = \"game\", prompt = \"P\", explain = \"E\",\n"
                         "  draw = function(g)\n    %s\n  end,\n"
                         "  finish = function() return { credit = 1 } end } } }\n",
                         draws[k]);
        script_level *sl = NULL;
        game_error err = {0};
        script_options opt = {.has_seed = true, .seed = 1, .quiet = true};
        cr_assert(
            script_level_load_source("/tmp/game.lua", src, (size_t)n, &opt, NULL, NULL, &sl, &err),
            "%s", err.message);
        const game_play_host *h = script_play_host();
        game_canvas c = {0};
        cr_assert(h->start(sl, 0, GAME_LANG_FR, 0, &err), "%s", err.message);
        cr_assert_not(h->draw(sl, GAME_LANG_FR, &c, &err), "%s drew", draws[k]);
        cr_assert_eq(err.line, 4, "%s: line %d (%s)", draws[k], err.line, err.message);
        cr_assert(strstr(err.message, "g.text") || strstr(err.message, "text"), "%s", err.message);
        for (size_t i = 0; i < c.tlen; i++)
            cr_assert(c.text[i] == 0 || c.text[i] == 'o' || c.text[i] == 'k',
                      "%s: byte %02x reached the canvas", draws[k], (unsigned char)c.text[i]);
        game_canvas_deinit(&c);
        script_level_unload(sl);
    }
}

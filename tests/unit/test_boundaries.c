/* test_boundaries.c — the rule between the engine's modules (DESIGN.md, and STYLE.md's "Layout
 * and boundaries"), checked on the sources: every #include of every engine/ .c and .h file is
 * held against one table of who may include what. A breach fails, naming file:line and the rule.
 * The link already keeps SDL and Lua out of game; this sees the headers, which a link does not.
 * The checker is tested too, on made-up files, so that it cannot pass by seeing nothing. */
#define _GNU_SOURCE
#include <criterion/criterion.h>

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define ENGINE VIGIE_SOURCE_DIR "/engine"

/* ==== the rules ============================================================== */

/* A header as written (a module's own header, included by its bare name, counts as
 * "module/name.h"), and the modules that may include it. The first row that matches decides; a
 * header that no row names is free to every module but game. "main" is engine/main.c. */
typedef struct {
    const char *header;  /* exact, or a prefix when it ends in '*' */
    const char *modules; /* space-separated */
    const char *rule;
} include_rule;

static const include_rule rules[] = {
    {"sqlite3.h", "store", "SQLite is store's alone"},
    {"jansson.h", "app net", "JSON (jansson) is app's and net's alone"},
    {"libwebsockets.h", "net", "libwebsockets is net's alone"},
    {"lua.h", "script", "Lua is script's alone"},
    {"lauxlib.h", "script", "Lua is script's alone"},
    {"lualib.h", "script", "Lua is script's alone"},
    {"SDL_ttf.h", "gfx", "SDL_ttf and SDL_image are gfx's alone"},
    {"SDL_image.h", "gfx", "SDL_ttf and SDL_image are gfx's alone"},
    {"qrencode.h", "gfx", "libqrencode is gfx's alone (gfx_qr_draw)"},
    {"espeak-ng/*", "speech", "eSpeak NG is speech's alone"},
    {"speech/*", "speech app", "only app starts the speech (speech)"},
    {"SDL*", "gfx input audio app", "SDL is for gfx, input, audio and app only"},
    {"app/*", "app main", "app is the top: no module includes it"},
    {"ui/*", "ui app", "only app drives the screens (ui)"},
    {"store/*", "store app", "only app reaches the results store"},
    {"net/*", "net app", "only app runs the live classroom's network (net)"},
    {"game/game_picture.h", "game script store gfx ui app main",
     "a picture's header is checked by gfx too"},
    {"game/*", "game script store ui net speech app main",
     "gfx, audio and input do not know the model (gfx reads only game_picture.h)"},
};

/* game is the model: its own headers and the C library, nothing else. */
static const char *const c_library[] = {
    "assert.h",   "complex.h",  "ctype.h",  "errno.h",       "fenv.h",    "float.h",
    "inttypes.h", "iso646.h",   "limits.h", "locale.h",      "math.h",    "setjmp.h",
    "signal.h",   "stdalign.h", "stdarg.h", "stdatomic.h",   "stdbool.h", "stddef.h",
    "stdint.h",   "stdio.h",    "stdlib.h", "stdnoreturn.h", "string.h",  "tgmath.h",
    "threads.h",  "time.h",     "uchar.h",  "wchar.h",       "wctype.h",
};
/* ... and one library of pure functions: utf8proc's Unicode tables, for the nicknames' NFKC
 * (game_nick.c). No I/O, no clock, no state. */
static const char *const game_libraries[] = {"utf8proc.h"};
#define GAME_RULE "game includes only game/, the C library and utf8proc"

/* ==== the checker ============================================================ */

typedef struct {
    int files, includes, breaches;
    char report[16384]; /* one "file:line: ..." line per breach */
} findings;

static bool word_in(const char *word, const char *list)
{
    size_t n = strlen(word);
    for (const char *p = list; (p = strstr(p, word)); p += n)
        if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0')) return true;
    return false;
}

static bool matches(const char *pattern, const char *header)
{
    size_t n = strlen(pattern);
    if (n && pattern[n - 1] == '*') return strncmp(pattern, header, n - 1) == 0;
    return strcmp(pattern, header) == 0;
}

static void breach(findings *f, const char *rel, int line, const char *header, const char *rule)
{
    f->breaches++;
    size_t used = strlen(f->report);
    snprintf(f->report + used, sizeof f->report - used, "engine/%s:%d: includes %s: %s\n", rel,
             line, header, rule);
}

/* Judges one #include of file rel (under engine/, of module mod); quoted says "…" over <…>. */
static void judge(findings *f, const char *rel, const char *mod, int line, const char *written,
                  bool quoted)
{
    char header[400]; /* module (63) / written (299) */
    if (quoted && !strchr(written, '/'))
        snprintf(header, sizeof header, "%s/%s", mod, written); /* its own, by bare name */
    else
        snprintf(header, sizeof header, "%s", written);
    f->includes++;
    if (!strcmp(mod, "game")) {
        bool ok = !strncmp(header, "game/", 5);
        for (size_t i = 0; !ok && i < sizeof c_library / sizeof *c_library; i++)
            ok = !quoted && !strcmp(header, c_library[i]);
        for (size_t i = 0; !ok && i < sizeof game_libraries / sizeof *game_libraries; i++)
            ok = !quoted && !strcmp(header, game_libraries[i]);
        if (!ok) breach(f, rel, line, header, GAME_RULE);
        return;
    }
    for (size_t i = 0; i < sizeof rules / sizeof *rules; i++) {
        if (!matches(rules[i].header, header)) continue;
        if (!word_in(mod, rules[i].modules)) {
            char who[100], why[300];
            size_t k = 0;
            for (const char *c = rules[i].modules; *c && k + 3 < sizeof who; c++) {
                if (*c == ' ') who[k++] = ',';
                who[k++] = *c;
            }
            who[k] = '\0';
            snprintf(why, sizeof why, "%s (%s: in %s only)", rules[i].rule, rules[i].header, who);
            breach(f, rel, line, header, why);
        }
        return;
    }
}

/* Checks the text of one file, rel being its path under engine/. Comments and string literals
 * are skipped, so that an include written in a comment does not count. */
static void check_text(findings *f, const char *rel, const char *text)
{
    char mod[64] = "main";
    const char *slash = strchr(rel, '/');
    if (slash) snprintf(mod, sizeof mod, "%.*s", (int)(slash - rel), rel);
    f->files++;
    bool in_comment = false;
    int line = 1;
    for (const char *p = text; *p;) {
        const char *end = strchr(p, '\n');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        /* the line's code, with comments and the insides of literals blanked in place */
        char code[1024];
        size_t n = len < sizeof code - 1 ? len : sizeof code - 1;
        char quote = 0;
        for (size_t i = 0; i < n; i++) {
            char c = p[i];
            code[i] = ' ';
            if (in_comment) {
                if (c == '*' && i + 1 < n && p[i + 1] == '/') {
                    in_comment = false;
                    code[++i] = ' ';
                }
            } else if (quote) {
                if (c == '\\' && i + 1 < n) {
                    code[++i] = ' ';
                } else if (c == quote) {
                    quote = 0;
                    code[i] = c;
                }
            } else if (c == '/' && i + 1 < n && p[i + 1] == '*') {
                in_comment = true;
                code[++i] = ' ';
            } else if (c == '/' && i + 1 < n && p[i + 1] == '/') {
                memset(code + i, ' ', n - i);
                break;
            } else {
                if (c == '"' || c == '\'') quote = c;
                code[i] = c;
            }
        }
        code[n] = '\0';
        /* #include <x> or "x", the header read from the source (a literal was blanked) */
        const char *q = code + strspn(code, " \t");
        if (*q == '#') {
            q += 1 + strspn(q + 1, " \t");
            if (!strncmp(q, "include", 7)) {
                q += 7 + strspn(q + 7, " \t");
                char close = *q == '<' ? '>' : *q == '"' ? '"' : 0;
                const char *open = p + (q - code);
                const char *shut =
                    close ? memchr(open + 1, close, n - (size_t)(q - code) - 1) : NULL;
                if (shut) {
                    char written[300];
                    snprintf(written, sizeof written, "%.*s", (int)(shut - open - 1), open + 1);
                    judge(f, rel, mod, line, written, close == '"');
                }
            }
        }
        line++;
        p = end ? end + 1 : p + len;
    }
}

static char *slurp(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    fseek(fp, 0, SEEK_END);
    long size = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *buf = size >= 0 ? malloc((size_t)size + 1) : NULL;
    size_t got = buf ? fread(buf, 1, (size_t)size, fp) : 0;
    fclose(fp);
    if (buf) buf[got] = '\0';
    return buf;
}

/* The text being checked, freed by the suite's .fini even when an assertion fails. */
static char *text;

static void release_text(void)
{
    free(text);
    text = NULL;
}

TestSuite(boundaries, .fini = release_text);

/* Checks every .c and .h file under engine/rel (rel "" for engine/ itself). */
static void check_tree(findings *f, const char *rel)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s%s%s", ENGINE, *rel ? "/" : "", rel);
    DIR *d = opendir(dir);
    cr_assert_not_null(d, "cannot read %s", dir);
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char sub[512], path[1600];
        snprintf(sub, sizeof sub, "%s%s%s", rel, *rel ? "/" : "", e->d_name);
        snprintf(path, sizeof path, "%s/%s", ENGINE, sub);
        struct stat st;
        if (stat(path, &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            check_tree(f, sub);
            continue;
        }
        size_t n = strlen(sub);
        if (n < 3 || (strcmp(sub + n - 2, ".c") && strcmp(sub + n - 2, ".h"))) continue;
        text = slurp(path);
        cr_assert_not_null(text, "cannot read %s", path);
        check_text(f, sub, text);
        release_text();
    }
    closedir(d);
}

/* ==== the tests ============================================================== */

Test(boundaries, every_engine_include_keeps_to_what_its_module_may_use)
{
    static findings f;
    check_tree(&f, "");
    /* a walk that read nothing would pass: the engine has dozens of files and includes */
    cr_assert_geq(f.files, 30, "only %d files read under %s", f.files, ENGINE);
    cr_assert_geq(f.includes, 100, "only %d includes found under %s", f.includes, ENGINE);
    cr_assert_eq(f.breaches, 0, "%d include(s) break the boundaries between modules:\n%s",
                 f.breaches, f.report);
}

/* Made-up files: each must give a breach of the rule named, or none. */
Test(boundaries, the_checker_catches_each_kind_of_breach)
{
    static const struct {
        const char *file, *text, *rule; /* rule: a part of the breach's message, or NULL */
    } cases[] = {
        {"game/game_x.c", "#include <SDL.h>\n", GAME_RULE},
        {"game/game_x.c", "#include \"game.h\"\n#include <stdio.h>\n#include <unistd.h>\n",
         GAME_RULE},
        {"game/game_x.h", "#include \"script/script.h\"\n", GAME_RULE},
        {"game/game_x.c", "#include \"game/game.h\"\n#include <string.h>\n", NULL},
        {"ui/ui_x.c", "#include \"ui_internal.h\"\n#include \"store/store.h\"\n",
         "only app reaches the results store"},
        {"ui/ui_records.c", "#include \"store/store.h\"\n", "only app reaches the results store"},
        {"ui/ui_results.c", "#include <sqlite3.h>\n", "SQLite is store's alone"},
        {"gfx/gfx_x.c", "  #  include   <sqlite3.h>\n", "SQLite is store's alone"},
        {"store/store_x.c", "#include <sqlite3.h>\n#include \"store.h\"\n", NULL},
        {"script/script_x.c", "#include <jansson.h>\n", "JSON (jansson) is app's and net's alone"},
        {"net/net_x.c",
         "#include <jansson.h>\n#include <libwebsockets.h>\n#include \"game/game.h\"\n", NULL},
        {"ui/ui_x.c", "#include <libwebsockets.h>\n", "libwebsockets is net's alone"},
        {"game/game_x.c", "#include \"net/net.h\"\n", GAME_RULE},
        {"gfx/gfx_x.c", "#include \"net/net.h\"\n", "only app runs the live classroom's network"},
        {"ui/ui_x.c", "#include \"net/net.h\"\n", "only app runs the live classroom's network"},
        {"net/net_x.c", "#include \"store/store.h\"\n", "only app reaches the results store"},
        {"app/app_x.c", "#include <jansson.h>\n#include \"ui/ui.h\"\n#include <SDL.h>\n", NULL},
        {"ui/ui_x.c", "#include <lauxlib.h>\n", "Lua is script's alone"},
        {"script/script_x.c", "#include <lua.h>\n#include <lualib.h>\n", NULL},
        {"ui/ui_x.c", "#include <SDL.h>\n", "SDL is for gfx, input, audio and app only"},
        {"input/input_x.c", "#include <SDL2/SDL_events.h>\n", NULL},
        {"app/app_x.c", "#include <SDL_ttf.h>\n", "SDL_ttf and SDL_image are gfx's alone"},
        {"gfx/gfx_x.c", "#include <SDL_image.h>\n#include <SDL_ttf.h>\n", NULL},
        {"script/script_x.c", "#include \"app/app.h\"\n", "app is the top"},
        {"main.c", "#include \"app/app.h\"\n", NULL},
        {"gfx/gfx_x.c", "#include \"ui/ui.h\"\n", "only app drives the screens"},
        {"store/store_x.c", "#include \"store/store.h\"\n", NULL},
        {"gfx/gfx_x.c", "#include \"game/game_picture.h\"\n", NULL},
        {"gfx/gfx_x.c", "#include \"game/game.h\"\n", "gfx, audio and input do not know the model"},
        {"audio/audio_x.c", "#include \"game/game_picture.h\"\n", "checked by gfx too"},
        /* comments and strings are not includes */
        {"game/game_x.c", "/* #include <SDL.h> */\n// #include <lua.h>\n", NULL},
        {"game/game_x.c", "/* a comment\n#include <SDL.h>\n   still */ int x;\n", NULL},
        {"game/game_x.c", "const char *s = \"/*\";\n#include <SDL.h>\n", GAME_RULE},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        static findings f;
        memset(&f, 0, sizeof f);
        check_text(&f, cases[i].file, cases[i].text);
        if (!cases[i].rule) {
            cr_assert_eq(f.breaches, 0, "case %zu (%s): a breach where none is:\n%s", i,
                         cases[i].file, f.report);
            continue;
        }
        cr_assert_eq(f.breaches, 1, "case %zu (%s): %d breaches, not 1:\n%s", i, cases[i].file,
                     f.breaches, f.report);
        cr_assert(strstr(f.report, cases[i].rule), "case %zu: \"%s\" not in %s", i, cases[i].rule,
                  f.report);
        char where[300];
        snprintf(where, sizeof where, "engine/%s:", cases[i].file);
        cr_assert(strstr(f.report, where), "case %zu: the file is not named: %s", i, f.report);
    }
}

/* Every row of the table catches what it names, in a module it does not allow. */
Test(boundaries, every_rule_of_the_table_is_enforced)
{
    static const char *const modules[] = {"gfx", "script", "store", "ui", "app", "input"};
    for (size_t r = 0; r < sizeof rules / sizeof *rules; r++) {
        char header[100], file[100], src[200];
        snprintf(header, sizeof header, "%s", rules[r].header);
        size_t n = strlen(header);
        if (header[n - 1] == '*') snprintf(header + n - 1, sizeof header - n + 1, "x.h");
        const char *mod = NULL;
        for (size_t m = 0; !mod && m < sizeof modules / sizeof *modules; m++)
            if (!word_in(modules[m], rules[r].modules)) mod = modules[m];
        cr_assert_not_null(mod);
        snprintf(file, sizeof file, "%s/%s_x.c", mod, mod);
        snprintf(src, sizeof src, "#include %c%s%c\n", strchr(header, '/') ? '"' : '<', header,
                 strchr(header, '/') ? '"' : '>');
        static findings f;
        memset(&f, 0, sizeof f);
        check_text(&f, file, src);
        cr_assert_eq(f.breaches, 1, "%s in %s: not caught", header, file);
        cr_assert(strstr(f.report, rules[r].rule), "%s", f.report);
    }
}

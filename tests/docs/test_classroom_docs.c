/* test_classroom_docs.c — the live classroom's guides (docs/classroom.md, docs/fr/classe.md)
 * cannot go stale: every `vigie …` command they write uses options its command accepts (the
 * table's usage), every `vigie host` option they name is one the real binary takes, each
 * `vigie host` command they show starts a room on the level it names, the terminal commands
 * they list are the ones the headless host reads, the two guides name the same options, the
 * students' messages they quote are the page's own, and their links lead to files and headings
 * that exist. */
#include "docs_fixture.h"
#include "app/app.h"
#include "game/game.h"
#include "script/script.h"

#include <criterion/criterion.h>
#include <ctype.h>
#include <stdbool.h>
#include <sys/stat.h>
#include <unistd.h>

#define BIN VIGIE_BIN
#define SRC VIGIE_SOURCE_DIR

static const char *const guides[] = {"docs/classroom.md", "docs/fr/classe.md"};
#define N_GUIDES (sizeof guides / sizeof *guides)

/* Options of other programs the guides show on their own (firewall-cmd's). */
static const char *const foreign[] = {"--permanent", "--add-port", "--remove-port"};

/* ---- the guides' code: inline spans and the lines of fenced blocks ------------------- */

typedef struct {
    char text[64][256];
    size_t n;
} spans;

static void add_span(spans *s, const char *p, size_t len)
{
    while (len && isspace((unsigned char)*p)) p++, len--;
    while (len && isspace((unsigned char)p[len - 1])) len--;
    if (!len || s->n == sizeof s->text / sizeof *s->text) return;
    snprintf(s->text[s->n++], sizeof s->text[0], "%.*s", (int)len, p);
}

/* Every code span of md (an inline one may wrap onto the next line: joined with a space) and
 * every line of its fenced blocks, in order. */
static void code_of(const char *md, spans *s, spans *lines)
{
    s->n = lines->n = 0;
    for (const char *p = md; *p;) {
        if (!strncmp(p, "```", 3)) {
            const char *body = strchr(p, '\n');
            if (!body) return;
            const char *end = strstr(++body, "```");
            if (!end) return;
            for (const char *l = body; l < end;) {
                size_t len = strcspn(l, "\n");
                add_span(lines, l, len);
                l += len + 1;
            }
            p = end + 3;
            continue;
        }
        if (*p == '`') {
            const char *end = strchr(p + 1, '`');
            if (!end) return;
            char joined[256];
            size_t n = 0;
            for (const char *q = p + 1; q < end && n + 1 < sizeof joined; q++)
                joined[n++] = *q == '\n' ? ' ' : *q;
            /* an indented continuation line: one space, not the indentation */
            joined[n] = '\0';
            char tight[256];
            size_t t = 0;
            for (size_t i = 0; i < n; i++)
                if (!(joined[i] == ' ' && t && tight[t - 1] == ' ')) tight[t++] = joined[i];
            add_span(s, tight, t);
            p = end + 1;
            continue;
        }
        p++;
    }
}

/* ---- the commands' usage ------------------------------------------------------------- */

static const app_command *command_named(const char *word)
{
    size_t n;
    const app_command *cmds = app_commands(&n);
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < 3; k++)
            if (cmds[i].names[k] && !strcmp(cmds[i].names[k], word)) return &cmds[i];
    return NULL;
}

static const app_command *host_command(void)
{
    const app_command *c = command_named("host");
    cr_assert_not_null(c, "the table of commands has no `vigie host`");
    return c;
}

/* Where the option (e.g. "--port") is in usage, as an option (followed by a space, ']', '|',
 * a newline or the end); NULL when it is not. */
static const char *usage_option(const char *usage, const char *opt)
{
    size_t len = strlen(opt);
    for (const char *p = usage; (p = strstr(p, opt)); p++) {
        bool starts = p == usage || p[-1] == ' ' || p[-1] == '[' || p[-1] == '|';
        char after = p[len];
        if (starts && (after == ' ' || after == ']' || after == '|' || after == '\n' || !after))
            return p;
    }
    return NULL;
}

/* The value the usage gives the option ("N", "ADDR", "fr|en"), or "" when it takes none. */
static void usage_value(const char *usage, const char *opt, char *out, size_t cap)
{
    out[0] = '\0';
    const char *p = usage_option(usage, opt);
    if (!p || p[strlen(opt)] != ' ') return;
    p += strlen(opt) + 1;
    size_t len = strcspn(p, " ]\n");
    if (len && (isupper((unsigned char)*p) || memchr(p, '|', len)))
        snprintf(out, cap, "%.*s", (int)len, p);
}

/* Does value fit the usage's metavariable? N is digits; a|b|c is one of them; others anything. */
static bool value_fits(const char *meta, const char *value)
{
    if (!strcmp(meta, "N")) return *value && strspn(value, "0123456789") == strlen(value);
    if (strchr(meta, '|')) {
        size_t vl = strlen(value);
        for (const char *p = meta; *p;) {
            size_t len = strcspn(p, "|");
            if (len == vl && !strncmp(p, value, len)) return true;
            p += len + (p[len] == '|');
        }
        return false;
    }
    return *value != '\0';
}

/* The options a guide names for `vigie host`: those in its `vigie host …` commands and those
 * written on their own (`--untimed`, `--port 8081`). Each is checked against the usage as it
 * is met; names[] collects the distinct ones. */
typedef struct {
    char names[32][32];
    size_t n;
} optset;

static void optset_add(optset *o, const char *name)
{
    for (size_t i = 0; i < o->n; i++)
        if (!strcmp(o->names[i], name)) return;
    cr_assert_lt(o->n, 32);
    snprintf(o->names[o->n++], sizeof o->names[0], "%s", name);
}

static bool is_foreign(const char *opt)
{
    for (size_t i = 0; i < sizeof foreign / sizeof *foreign; i++)
        if (!strcmp(opt, foreign[i])) return true;
    return false;
}

/* Checks the options of one command line (words after `vigie CMD`, or a lone `--opt [VALUE]`
 * taken as host's) against cmd's usage; host's go into o. */
static void check_words(const char *guide, const char *span, const char *words,
                        const app_command *cmd, optset *o)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", words);
    char *tok[32];
    size_t nt = 0;
    for (char *t = strtok(buf, " "); t && nt < 32; t = strtok(NULL, " ")) tok[nt++] = t;
    for (size_t i = 0; i < nt; i++) {
        if (strncmp(tok[i], "--", 2) != 0) continue;
        const char *opt = tok[i], *name = cmd->names[0] ? cmd->names[0] : "(play)";
        cr_expect(usage_option(cmd->usage, opt) != NULL,
                  "%s: `%s`: vigie %s has no option %s (its usage: %s)", guide, span, name, opt,
                  cmd->usage);
        if (cmd == host_command()) optset_add(o, opt);
        char meta[64];
        usage_value(cmd->usage, opt, meta, sizeof meta);
        if (!meta[0] || i + 1 >= nt) continue;
        /* a value written as a metavariable (`--max-players N`) is the usage's own */
        const char *v = tok[++i];
        bool placeholder = strspn(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_") == strlen(v);
        cr_expect(placeholder || value_fits(meta, v), "%s: `%s`: %s takes %s, not \"%s\"", guide,
                  span, opt, meta, v);
    }
}

/* All of a guide's commands checked; its host options in o. */
static void guide_options(const char *guide, optset *o)
{
    const char *md = docs_slurp(guide);
    static spans s, lines;
    code_of(md, &s, &lines);
    o->n = 0;
    const app_command *host = host_command();
    for (int pass = 0; pass < 2; pass++) {
        const spans *from = pass ? &lines : &s;
        for (size_t i = 0; i < from->n; i++) {
            const char *t = from->text[i];
            if (!strncmp(t, "vigie ", 6)) {
                char word[32];
                size_t len = strcspn(t + 6, " ");
                snprintf(word, sizeof word, "%.*s", (int)(len < 31 ? len : 31), t + 6);
                size_t n;
                /* `vigie --open …`: an option first is play's */
                const app_command *c = word[0] == '-' && !command_named(word)
                                           ? &app_commands(&n)[APP_CMD_PLAY]
                                           : command_named(word);
                cr_expect_not_null(c, "%s: `%s`: vigie has no command %s", guide, t, word);
                if (c)
                    check_words(guide, t,
                                c == &app_commands(&n)[APP_CMD_PLAY] ? t + 6 : t + 6 + len, c, o);
            } else if (pass == 0 && !strncmp(t, "--", 2)) {
                char opt[64];
                snprintf(opt, sizeof opt, "%.*s", (int)strcspn(t, " ="), t);
                if (is_foreign(opt)) continue;
                check_words(guide, t, t, host, o);
            }
        }
    }
}

Test(classroom_docs, every_vigie_command_in_the_guides_uses_options_its_command_accepts)
{
    for (size_t g = 0; g < N_GUIDES; g++) {
        optset o;
        guide_options(guides[g], &o);
        /* what a teacher needs: the window-less host, the port, the address, the cap */
        const char *needed[] = {"--headless", "--port",    "--bind",       "--auto",
                                "--untimed",  "--no-save", "--max-players"};
        for (size_t k = 0; k < sizeof needed / sizeof *needed; k++) {
            bool named = false;
            for (size_t i = 0; i < o.n; i++) named = named || !strcmp(o.names[i], needed[k]);
            cr_expect(named, "%s never names `%s`", guides[g], needed[k]);
        }
    }
}

Test(classroom_docs, the_french_and_english_guides_name_the_same_host_options)
{
    optset en, fr;
    guide_options(guides[0], &en);
    guide_options(guides[1], &fr);
    for (size_t i = 0; i < en.n; i++) {
        bool in = false;
        for (size_t k = 0; k < fr.n; k++) in = in || !strcmp(en.names[i], fr.names[k]);
        cr_expect(in, "docs/classroom.md names %s, docs/fr/classe.md does not", en.names[i]);
    }
    for (size_t k = 0; k < fr.n; k++) {
        bool in = false;
        for (size_t i = 0; i < en.n; i++) in = in || !strcmp(en.names[i], fr.names[k]);
        cr_expect(in, "docs/fr/classe.md names %s, docs/classroom.md does not", fr.names[k]);
    }
}

/* ---- the real binary ------------------------------------------------------------------ */

/* `vigie host ARGS --headless …` from the source folder, with `input` on its standard input:
 * its exit status; *out is what it printed, stdout then stderr. It listens on a free port of
 * the loopback only, keeps nothing, and is stopped if it hangs. */
static int host_run(const char *args, const char *input, const char **out)
{
    char in[] = "/tmp/vigie-classdoc-in-XXXXXX", err[] = "/tmp/vigie-classdoc-err-XXXXXX";
    int fd = mkstemp(in);
    cr_assert_geq(fd, 0);
    cr_assert_eq(write(fd, input, strlen(input)), (ssize_t)strlen(input));
    close(fd);
    close(mkstemp(err));
    char cmd[2048];
    snprintf(cmd, sizeof cmd,
             "cd '%s' && timeout -k 5 60 '%s' host %s --headless <'%s' 2>'%s'; st=$?; "
             "cat '%s'; rm -f '%s' '%s'; exit $st",
             SRC, BIN, args, in, err, err, in, err);
    return run_capture(cmd, out);
}

/* A value that fits the usage's metavariable, for a run on this machine. */
static const char *sample_value(const char *opt, const char *meta)
{
    if (!strcmp(opt, "--port")) return "0";
    if (!strcmp(opt, "--bind")) return "127.0.0.1";
    if (!strcmp(meta, "N")) return "2";
    if (!strcmp(meta, "fr|en")) return "en";
    if (!strcmp(meta, "WxH")) return "800x600";
    if (!strcmp(opt, "--time")) return "2";
    return NULL;
}

Test(classroom_docs, every_host_option_the_guides_name_is_taken_by_the_real_binary)
{
    const char *usage = host_command()->usage;
    int tried = 0;
    for (size_t g = 0; g < N_GUIDES; g++) {
        optset o;
        guide_options(guides[g], &o);
        for (size_t i = 0; i < o.n; i++) {
            const char *opt = o.names[i];
            if (!strcmp(opt, "--headless")) continue; /* every run has it */
            char meta[64], args[512], dir[] = "/tmp/vigie-classdoc-db-XXXXXX";
            usage_value(usage, opt, meta, sizeof meta);
            bool db = !strcmp(opt, "--db");
            if (db) cr_assert_not_null(mkdtemp(dir));
            const char *value = db ? dir : meta[0] ? sample_value(opt, meta) : "";
            cr_assert_not_null(value, "no sample value for %s %s: add one here", opt, meta);
            snprintf(args, sizeof args, "levels/lycee/phishing-basics.lua %s %s%s%s%s", opt, value,
                     db ? "/r.db" : "", strcmp(opt, "--port") ? " --port 0" : "",
                     db || !strcmp(opt, "--no-save") ? "" : " --no-save");
            const char *out;
            int st = host_run(args, "quit\n", &out);
            cr_expect_eq(st, 0, "%s names %s, but `vigie host %s` exits %d:\n%s", guides[g], opt,
                         args, st, out);
            cr_expect(!strncmp(out, "{\"event\":\"listening\"", 20),
                      "%s names %s, but `vigie host %s --headless` does not listen:\n%s", guides[g],
                      opt, args, out);
            if (db) remove_tree(dir);
            tried++;
        }
    }
    cr_assert_geq(tried, 10, "only %d options tried", tried);
}

Test(classroom_docs, each_host_command_the_guides_show_starts_a_room_on_its_level)
{
    int started = 0;
    for (size_t g = 0; g < N_GUIDES; g++) {
        static spans s, lines;
        code_of(docs_slurp(guides[g]), &s, &lines);
        for (int pass = 0; pass < 2; pass++) {
            const spans *from = pass ? &lines : &s;
            for (size_t i = 0; i < from->n; i++) {
                const char *t = from->text[i];
                if (strncmp(t, "vigie host ", 11) != 0) continue;
                const char *path = t + 11;
                if (isupper((unsigned char)*path)) continue; /* `vigie host LEVEL` */
                /* the guide's command, on a free port, keeping nothing */
                char args[512];
                size_t n = 0;
                char copy[256];
                snprintf(copy, sizeof copy, "%s", path);
                args[0] = '\0';
                for (char *w = strtok(copy, " "); w; w = strtok(NULL, " ")) {
                    if (!strcmp(w, "--headless")) continue;
                    n += (size_t)snprintf(args + n, sizeof args - n, "%s ", w);
                    if (!strcmp(w, "--port")) {
                        w = strtok(NULL, " ");
                        n += (size_t)snprintf(args + n, sizeof args - n, "0 ");
                    }
                }
                snprintf(args + n, sizeof args - n, "--port 0 --no-save");
                const char *out;
                int st = host_run(args, "quit\n", &out);
                cr_expect_eq(st, 0, "%s shows `%s`, which exits %d:\n%s", guides[g], t, st, out);
                cr_expect(!strncmp(out, "{\"event\":\"listening\"", 20),
                          "%s shows `%s`, which does not listen:\n%s", guides[g], t, out);
                started++;
            }
        }
    }
    cr_assert_geq(started, 4, "only %d host commands found", started);
}

Test(classroom_docs, the_terminal_commands_the_guides_list_are_the_ones_the_host_reads)
{
    for (size_t g = 0; g < N_GUIDES; g++) {
        const char *md = docs_slurp(guides[g]);
        /* the list: the spans of the paragraph that names `start` first */
        const char *p = strstr(md, "`start`, `next`");
        cr_assert_not_null(p, "%s lists no terminal commands", guides[g]);
        const char *end = strstr(p, "\n\n");
        cr_assert_not_null(end);
        char input[1024] = "";
        size_t n = 0;
        int words = 0;
        bool quit = false;
        for (const char *q = p; q < end && (q = strchr(q, '`')) && q < end;) {
            const char *close = strchr(q + 1, '`');
            cr_assert_not_null(close);
            char w[64];
            snprintf(w, sizeof w, "%.*s", (int)(close - q - 1), q + 1);
            /* ID and NICK as a teacher would type them */
            char *id = strstr(w, " ID");
            if (id) memcpy(id, " 1 ", 3), id[3] = '\0';
            if (strstr(w, "rename")) snprintf(w, sizeof w, "rename 1 Lina");
            if (!strcmp(w, "quit"))
                quit = true;
            else
                n += (size_t)snprintf(input + n, sizeof input - n, "%s\n", w);
            words++;
            q = close + 1;
        }
        cr_assert(quit, "%s does not list `quit`", guides[g]);
        cr_assert_geq(words, 12, "%s lists %d commands", guides[g], words);
        snprintf(input + n, sizeof input - n, "quit\n");
        const char *out;
        int st = host_run("levels/lycee/phishing-basics.lua --port 0 --no-save", input, &out);
        cr_expect_eq(st, 0, "%s", out);
        cr_expect_null(strstr(out, "unknown command"),
                       "%s lists a command the host does not know:\n%s", guides[g], out);
    }
}

/* ---- what the students' page says ---------------------------------------------------- */

/* text with its no-break spaces (U+00A0, U+202F: French puts one before ':') made plain ones,
 * as a page written in a text editor has them. */
static void plain_spaces(const char *text, char *out, size_t cap)
{
    size_t o = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p && o + 1 < cap;) {
        if (p[0] == 0xC2 && p[1] == 0xA0) {
            out[o++] = ' ';
            p += 2;
        } else if (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0xAF) {
            out[o++] = ' ';
            p += 3;
        } else {
            out[o++] = (char)*p++;
        }
    }
    out[o] = '\0';
}

/* Each message the troubleshooting table quotes (a row that starts with a quotation) is one of
 * the page's texts (the catalog's class.* keys) in the guide's language. */
static void quoted_messages_are_the_page_s(const char *guide, game_lang lang, const char *open,
                                           const char *close)
{
    game_catalog cat = {0};
    game_error err = {0};
    cr_assert(script_catalog_load(&cat, &err), "%s", err.message);
    size_t page_texts = 0;
    for (size_t i = 0; i < cat.n; i++) page_texts += !strncmp(cat.keys[i], "class.", 6);
    if (!page_texts) {
        game_catalog_deinit(&cat);
        cr_skip_test("the catalog has no class.* texts yet (the students' page is not merged)");
    }
    const char *md = docs_slurp(guide);
    char row[16];
    snprintf(row, sizeof row, "\n| %s", open);
    int quoted = 0;
    for (const char *p = md; (p = strstr(p, row)); p++) {
        const char *q = p + strlen(row), *end = strstr(q, close);
        cr_assert_not_null(end);
        char quote[400], msg[400];
        snprintf(quote, sizeof quote, "%.*s", (int)(end - q), q);
        plain_spaces(quote, msg, sizeof msg);
        bool found = false;
        for (size_t i = 0; i < cat.n && !found; i++) {
            char text[400];
            plain_spaces(game_text_get(&cat.texts[i], lang), text, sizeof text);
            found = !strncmp(cat.keys[i], "class.", 6) && !strcmp(text, msg);
        }
        cr_expect(found, "%s quotes \"%s\", which the students' page never says", guide, msg);
        quoted++;
    }
    game_catalog_deinit(&cat);
    cr_assert_geq(quoted, 6, "%s quotes only %d of the page's messages", guide, quoted);
}

Test(classroom_docs, the_messages_the_guides_quote_are_the_ones_the_page_shows)
{
    quoted_messages_are_the_page_s("docs/classroom.md", GAME_LANG_EN, "\"", "\" |");
    quoted_messages_are_the_page_s("docs/fr/classe.md", GAME_LANG_FR, "« ", " » |");
}

/* ---- the host screen's keys ------------------------------------------------------------ */

/* Every key the host screen's hints name (the catalog's host.keys_*: "Entrée commencer · L
 * verrouiller · …") has its row in the guide's table of keys, "| **KEY** |". */
static void keys_are_in_the_table(const char *guide, game_lang lang)
{
    game_catalog cat = {0};
    game_error err = {0};
    cr_assert(script_catalog_load(&cat, &err), "%s", err.message);
    const char *md = docs_slurp(guide);
    int hints = 0;
    for (size_t i = 0; i < cat.n; i++) {
        /* keys_rename is the rename field's own hint ("Type the nickname, then Enter") */
        if (strncmp(cat.keys[i], "host.keys_", 10) != 0 || !strcmp(cat.keys[i], "host.keys_rename"))
            continue;
        hints++;
        char text[400];
        plain_spaces(game_text_get(&cat.texts[i], lang), text, sizeof text);
        for (const char *p = text; *p;) {
            /* "KEY action · KEY action": the key is the first word after each " · " */
            size_t len = strcspn(p, " ");
            char row[96];
            snprintf(row, sizeof row, "| **%.*s** |", (int)len, p);
            cr_expect(strstr(md, row), "%s has no row %s for the host screen's hint \"%s\"", guide,
                      row, text);
            const char *next = strstr(p, " · ");
            if (!next) break;
            p = next + strlen(" · ");
        }
    }
    game_catalog_deinit(&cat);
    if (!hints) cr_skip_test("the catalog has no host.keys_* hints yet (the host screen)");
}

Test(classroom_docs, every_key_the_host_screen_names_is_in_the_guides_table)
{
    keys_are_in_the_table("docs/classroom.md", GAME_LANG_EN);
    keys_are_in_the_table("docs/fr/classe.md", GAME_LANG_FR);
}

/* ---- links ---------------------------------------------------------------------------- */

Test(classroom_docs, the_guides_links_lead_to_files_and_headings_that_exist)
{
    const char *pages[] = {"docs/classroom.md", "docs/fr/classe.md", "docs/classroom-protocol.md",
                           "README.md", "docs/fr/README.md"};
    int links = 0;
    for (size_t pg = 0; pg < sizeof pages / sizeof *pages; pg++) {
        char *md = docs_read(pages[pg]);
        cr_assert_not_null(md, "%s is missing", pages[pg]);
        char dir[100];
        snprintf(dir, sizeof dir, "%s", pages[pg]);
        char *slash = strrchr(dir, '/');
        if (slash)
            slash[1] = '\0';
        else
            dir[0] = '\0';
        for (const char *p = md; (p = strstr(p, "](")); p++) {
            size_t len = strcspn(p + 2, ")");
            char target[200], anchor[200] = "";
            snprintf(target, sizeof target, "%.*s", (int)len, p + 2);
            if (strstr(target, "://")) continue;
            char *hash = strchr(target, '#');
            if (hash) {
                snprintf(anchor, sizeof anchor, "%s", hash + 1);
                *hash = '\0';
            }
            char rel[300];
            snprintf(rel, sizeof rel, "%s%s", *target ? dir : "", *target ? target : pages[pg]);
            char path[1200];
            snprintf(path, sizeof path, "%s/%s", SRC, rel);
            struct stat st;
            cr_expect_eq(stat(path, &st), 0, "%s links to %s, which does not exist", pages[pg],
                         rel);
            if (*anchor && stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
                char *to = docs_read(rel);
                cr_expect(to && docs_has_anchor(to, anchor), "%s links to %s#%s: no such heading",
                          pages[pg], rel, anchor);
                free(to);
            }
            links++;
        }
        free(md);
    }
    cr_assert_geq(links, 30, "only %d links found", links);
}

Test(classroom_docs, the_readmes_and_the_protocol_link_the_guides)
{
    cr_assert(strstr(docs_slurp("README.md"), "](docs/classroom.md)"));
    cr_assert(strstr(docs_slurp("README.md"), "](docs/fr/classe.md)"));
    cr_assert(strstr(docs_slurp("docs/fr/README.md"), "](classe.md)"));
    cr_assert(strstr(docs_slurp("docs/classroom-protocol.md"), "](classroom.md)"));
    cr_assert(strstr(docs_slurp("docs/classroom.md"), "](classroom-protocol.md)"));
}

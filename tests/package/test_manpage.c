/* test_manpage.c — the man page (packaging/vigie.6) cannot drift from the command line: every
 * command word of app_cli.c's table, every --option of its usage strings and of `vigie --help`
 * appear in it; and the other way, every --option and VIGIE_ variable it names is one the
 * program reads. The table is read in-process (app_commands), the help by calling app_main
 * with standard output in a file, the program's options and variables from engine/'s sources.
 */
#include "app/app.h"

#include <criterion/criterion.h>
#include <ctype.h>
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SRC VIGIE_SOURCE_DIR

/* ==== reading files ======================================================== */

/* The whole file, NUL-terminated, or NULL; the caller frees it. */
static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0, r;
    char *buf = malloc(cap);
    while (buf && (r = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (n + 1 >= cap) {
            char *bigger = realloc(buf, cap * 2);
            if (!bigger) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = bigger;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf) buf[n] = '\0';
    return buf;
}

/* The man page as a reader sees its words: the font escapes (\fB, \fI, \fR, \fP) dropped,
 * \- as -, a macro line's name dropped (".B vigie new" is "vigie new"), comments dropped. Each
 * macro line stays a line of its own, so that a .TP item's tag can be found. Freed by caller. */
static char *man_text(void)
{
    char *raw = slurp(SRC "/packaging/vigie.6");
    cr_assert_not_null(raw, "cannot read packaging/vigie.6");
    char *out = malloc(strlen(raw) + 1);
    cr_assert_not_null(out);
    size_t o = 0;
    for (const char *line = raw; *line;) {
        size_t len = strcspn(line, "\n");
        const char *p = line, *end = line + len;
        bool skip = len >= 3 && strncmp(line, ".\\\"", 3) == 0;
        if (!skip && *p == '.') {             /* a macro: keep its arguments */
            if (strncmp(p, ".SH ", 4) == 0) { /* a section's title: "#SH TITLE" */
                memcpy(out + o, "#SH", 3);
                o += 3;
            }
            while (p < end && !isspace((unsigned char)*p)) p++;
            while (p < end && isspace((unsigned char)*p)) p++;
            if (p == end) out[o++] = '.'; /* an argument-less macro (.TP, .PP) stays visible */
        }
        while (!skip && p < end) {
            if (p[0] == '\\' && p + 1 < end && p[1] == 'f' && p + 2 < end) {
                p += 3; /* \fB, \fI, \fR, \fP */
            } else if (p[0] == '\\' && p + 1 < end && p[1] == '-') {
                out[o++] = '-';
                p += 2;
            } else if (p[0] == '\\' && p + 1 < end && p[1] == '(') {
                p += p + 3 < end ? 4 : 2; /* \(em and the like */
                out[o++] = ' ';
            } else if (*p == '"') {
                p++;
            } else {
                out[o++] = *p++;
            }
        }
        if (!skip) out[o++] = '\n';
        line = *end ? end + 1 : end;
    }
    out[o] = '\0';
    free(raw);
    return out;
}

/* Where a man page section starts (the line after its .SH), and the next .SH: [*from, *to). */
static void section(const char *text, const char *name, const char **from, const char **to)
{
    char head[64];
    snprintf(head, sizeof head, "\n#SH%s\n", name);
    *from = strstr(text, head);
    cr_assert_not_null(*from, "the man page has no section %s", name);
    *from += strlen(head);
    *to = strstr(*from, "\n#SH");
    if (!*to) *to = *from + strlen(*from);
}

/* word in [from, to) as a whole token: neither side a letter, a digit, '-' or '_'. */
static bool has_token(const char *from, const char *to, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = from; p + n <= to; p++) {
        if (strncmp(p, word, n) != 0) continue;
        char before = p > from ? p[-1] : ' ', after = p + n < to ? p[n] : ' ';
        if (isalnum((unsigned char)before) || before == '-' || before == '_') continue;
        if (isalnum((unsigned char)after) || after == '-' || after == '_') continue;
        return true;
    }
    return false;
}

/* Calls f(ud, "--option") for each --option in text (letters, digits and '-' after "--"). */
static void each_option(const char *text, void (*f)(void *ud, const char *opt), void *ud)
{
    for (const char *p = text; (p = strstr(p, "--"));) {
        bool starts = p == text || !(isalnum((unsigned char)p[-1]) || p[-1] == '-');
        size_t n = 2;
        while (isalnum((unsigned char)p[n]) || p[n] == '-') n++;
        if (starts && n > 2 && isalpha((unsigned char)p[2])) {
            char opt[64];
            snprintf(opt, sizeof opt, "%.*s", (int)n, p);
            f(ud, opt);
        }
        p += n;
    }
}

/* What `vigie --help` prints, through app_main, standard output in a temporary file. */
static char *help_text(void)
{
    char path[] = "/tmp/vigie-help-XXXXXX";
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    fflush(stdout);
    int saved = dup(STDOUT_FILENO);
    cr_assert_geq(saved, 0);
    cr_assert_geq(dup2(fd, STDOUT_FILENO), 0);
    char *argv[] = {"vigie", "--help", NULL};
    int st = app_main(2, argv);
    fflush(stdout);
    dup2(saved, STDOUT_FILENO);
    close(saved);
    close(fd);
    char *text = slurp(path);
    unlink(path);
    cr_assert_eq(st, 0);
    cr_assert_not_null(text);
    cr_assert(strstr(text, "Usage:"), "vigie --help printed: %s", text);
    return text;
}

/* Every "--option" and VIGIE_NAME string literal in the .c files of engine/DIR, appended to
 * *buf (one per line). */
static void source_literals(const char *dir, char **buf)
{
    char path[512];
    snprintf(path, sizeof path, "%s/engine/%s", SRC, dir);
    DIR *d = opendir(path);
    cr_assert_not_null(d, "cannot open %s", path);
    struct dirent *e;
    size_t n = *buf ? strlen(*buf) : 0;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 3 || strcmp(e->d_name + len - 2, ".c") != 0) continue;
        char file[1024];
        snprintf(file, sizeof file, "%s/%s", path, e->d_name);
        char *src = slurp(file);
        cr_assert_not_null(src);
        for (const char *p = src; (p = strchr(p, '"'));) {
            p++;
            size_t k = 0;
            if (strncmp(p, "--", 2) == 0)
                k = 2;
            else if (strncmp(p, "VIGIE_", 6) == 0)
                k = 6;
            if (!k) continue;
            while (isalnum((unsigned char)p[k]) || p[k] == '-' || p[k] == '_') k++;
            if (p[k] != '"') continue; /* the whole literal, not a message quoting one */
            char *bigger = realloc(*buf, n + k + 2);
            cr_assert_not_null(bigger);
            *buf = bigger;
            memcpy(*buf + n, p, k);
            n += k;
            (*buf)[n++] = '\n';
            (*buf)[n] = '\0';
        }
        free(src);
    }
    closedir(d);
}

/* ==== the checks =========================================================== */

typedef struct {
    const char *text; /* where to look */
    const char *where;
    int missing;
} lookup;

static void must_be_in(void *ud, const char *opt)
{
    lookup *l = ud;
    if (has_token(l->text, l->text + strlen(l->text), opt)) return;
    cr_log_error("%s is not in %s", opt, l->where);
    l->missing++;
}

Test(manpage, every_command_word_is_in_the_synopsis_and_has_its_own_item)
{
    char *man = man_text();
    const char *syn, *syn_end, *cmds, *cmds_end;
    section(man, "SYNOPSIS", &syn, &syn_end);
    section(man, "COMMANDS", &cmds, &cmds_end);
    size_t n;
    const app_command *t = app_commands(&n);
    int missing = 0;
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < sizeof t[i].names / sizeof *t[i].names; k++) {
            const char *w = t[i].names[k];
            if (!w) continue;
            if (!has_token(syn, syn_end, w)) {
                cr_log_error("the command \"%s\" is not in the SYNOPSIS", w);
                missing++;
            }
            /* its item in COMMANDS: a tag line (after a ".") that names it */
            bool item = false;
            for (const char *p = cmds; p < cmds_end && !item; p = strchr(p, '\n') + 1) {
                if (strncmp(p, ".\n", 2) != 0) continue;
                const char *tag = p + 2, *tag_end = tag + strcspn(tag, "\n");
                item = has_token(tag, tag_end, w);
            }
            if (!item) {
                cr_log_error("the command \"%s\" has no item in COMMANDS", w);
                missing++;
            }
        }
    }
    cr_assert_eq(missing, 0, "%d command word(s) missing from packaging/vigie.6", missing);
    free(man);
}

Test(manpage, every_usage_line_of_the_table_is_a_form_of_the_synopsis)
{
    char *man = man_text();
    const char *syn, *syn_end;
    section(man, "SYNOPSIS", &syn, &syn_end);
    size_t n;
    const app_command *t = app_commands(&n);
    int missing = 0;
    for (size_t i = 0; i < n; i++) {
        /* each form starts "vigie WORD" (or "vigie --option" for play): the synopsis has it */
        for (const char *u = t[i].usage; *u; u += strcspn(u, "\n"), u += *u == '\n') {
            if (strncmp(u, "vigie", 5) != 0) continue;
            char form[64];
            size_t len = strcspn(u, " \n[");
            size_t len2 = u[len] == ' ' ? len + 1 + strcspn(u + len + 1, " \n[") : len;
            snprintf(form, sizeof form, "%.*s", (int)len2, u);
            if (!strstr(syn, form) || strstr(syn, form) > syn_end) {
                cr_log_error("\"%s\" (from the usage \"%.*s\") is not in the SYNOPSIS", form,
                             (int)strcspn(u, "\n"), u);
                missing++;
            }
        }
    }
    cr_assert_eq(missing, 0, "%d usage form(s) missing from the SYNOPSIS", missing);
    free(man);
}

Test(manpage, every_option_of_every_usage_string_is_in_the_man_page)
{
    char *man = man_text();
    lookup l = {man, "packaging/vigie.6", 0};
    size_t n;
    const app_command *t = app_commands(&n);
    for (size_t i = 0; i < n; i++) each_option(t[i].usage, must_be_in, &l);
    cr_assert_eq(l.missing, 0, "%d option(s) of the usage strings missing from the man page",
                 l.missing);
    free(man);
}

Test(manpage, every_option_of_the_help_is_in_the_man_page)
{
    char *man = man_text(), *help = help_text();
    lookup l = {man, "packaging/vigie.6", 0};
    each_option(help, must_be_in, &l);
    cr_assert_eq(l.missing, 0, "%d option(s) of vigie --help missing from the man page", l.missing);
    free(help);
    free(man);
}

Test(manpage, every_option_the_man_page_names_is_one_the_program_reads)
{
    char *man = man_text(), *help = help_text(), *lits = NULL;
    source_literals("app", &lits);
    size_t hl = strlen(help), ll = strlen(lits);
    char *known = malloc(hl + ll + 2);
    cr_assert_not_null(known);
    memcpy(known, help, hl);
    known[hl] = '\n';
    memcpy(known + hl + 1, lits, ll + 1);
    lookup l = {known, "vigie --help nor engine/app's sources", 0};
    each_option(man, must_be_in, &l);
    cr_assert_eq(l.missing, 0, "%d option(s) of the man page that vigie does not have", l.missing);
    free(known);
    free(lits);
    free(help);
    free(man);
}

Test(manpage, its_environment_is_the_program_s_own)
{
    char *man = man_text(), *lits = NULL;
    const char *env, *env_end;
    section(man, "ENVIRONMENT", &env, &env_end);
    static const char *const dirs[] = {"app", "game",  "gfx",    "script", "ui",
                                       "net", "store", "speech", "audio",  "input"};
    for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) source_literals(dirs[i], &lits);
    int bad = 0;
    /* every VIGIE_ variable the man page names is read by the engine */
    for (const char *p = env; (p = strstr(p, "VIGIE_")) && p < env_end;) {
        size_t k = strspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_");
        char name[64];
        snprintf(name, sizeof name, "%.*s", (int)k, p);
        if (!has_token(lits, lits + strlen(lits), name)) {
            cr_log_error("the man page's %s is read nowhere in engine/", name);
            bad++;
        }
        p += k;
    }
    /* and every one the engine reads is in the man page, but the tests' own knobs */
    static const char *const tests_only[] = {"VIGIE_FONT_DIR_ONLY", "VIGIE_HOST_FRAMES",
                                             "VIGIE_NET_LOG",       "VIGIE_NET_LIMIT_LOOPBACK",
                                             "VIGIE_UPDATE_GOLDEN", "VIGIE_TEST_SEED"};
    for (const char *p = lits; *p; p += strcspn(p, "\n") + 1) {
        if (strncmp(p, "VIGIE_", 6) != 0) continue;
        char name[64];
        snprintf(name, sizeof name, "%.*s", (int)strcspn(p, "\n"), p);
        bool skip = false;
        for (size_t i = 0; i < sizeof tests_only / sizeof *tests_only; i++)
            skip = skip || strcmp(name, tests_only[i]) == 0;
        if (!skip && !has_token(env, env_end, name)) {
            cr_log_error("the engine reads %s: the man page's ENVIRONMENT lacks it", name);
            bad++;
        }
    }
    cr_assert_eq(bad, 0, "%d variable(s) out of step between engine/ and the man page", bad);
    free(lits);
    free(man);
}

Test(manpage, its_header_names_the_program_s_version_and_the_installed_paths)
{
    char *man = man_text();
    char want[64];
    snprintf(want, sizeof want, "Vigie %s", VIGIE_VERSION);
    cr_assert(strstr(man, want), "the .TH line does not say \"%s\"", want);
    const char *files, *files_end;
    section(man, "FILES", &files, &files_end);
    static const char *const paths[] = {VIGIE_DATADIR "/levels/", "$XDG_DATA_HOME/vigie/levels/",
                                        "$XDG_DATA_HOME/vigie/vigie.db"};
    for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
        const char *at = strstr(files, paths[i]);
        cr_assert(at && at < files_end, "FILES does not name %s", paths[i]);
    }
    free(man);
}

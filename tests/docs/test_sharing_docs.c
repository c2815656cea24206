/* test_sharing_docs.c — the examples of docs/sharing.md and docs/fr/partage.md are what the
 * commands do: the GIFT file each page shows, imported with the command the page gives, writes
 * the level the page shows; that level, exported back, writes the GIFT the page shows. */
#include "docs_fixture.h"

#include <unistd.h>

#define BIN VIGIE_BIN

/* The text of the page's nth fenced block (from 0) whose info string is lang and whose text
 * starts with `starts`: malloc'd, NULL when there is none. */
static char *fenced(const char *md, const char *lang, const char *starts, int nth)
{
    const char *body = NULL;
    bool match = false;
    for (const char *line = md; *line;
         line += strcspn(line, "\n") + (line[strcspn(line, "\n")] != 0)) {
        size_t len = strcspn(line, "\n");
        if (len < 3 || strncmp(line, "```", 3)) continue;
        if (!body) { /* an opening fence */
            match = len - 3 == strlen(lang) && !strncmp(line + 3, lang, len - 3);
            body = line + len + 1;
            continue;
        }
        if (match && !strncmp(body, starts, strlen(starts)) && nth-- == 0) {
            size_t n = (size_t)(line - body);
            char *s = malloc(n + 1);
            cr_assert_not_null(s);
            memcpy(s, body, n);
            s[n] = '\0';
            return s;
        }
        body = NULL;
    }
    return NULL;
}

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f, "%s", path);
    fputs(text, f);
    fclose(f);
}

static char *read_text(const char *path)
{
    FILE *f = fopen(path, "r");
    cr_assert_not_null(f, "%s was not written", path);
    static const size_t cap = 1 << 18;
    char *s = malloc(cap);
    cr_assert_not_null(s);
    size_t n = fread(s, 1, cap - 1, f);
    s[n] = '\0';
    fclose(f);
    return s;
}

static void the_page_s_import_and_export_are_real(const char *page)
{
    char *md = docs_slurp(page);
    char *gift = fenced(md, "", "$CATEGORY:", 0);
    cr_assert_not_null(gift, "%s shows no GIFT file to import", page);
    cr_assert_not_null(strstr(md, "`vigie import mfa.gift --out mfa.lua`"),
                       "%s does not give the command its example is made with", page);
    char *level = fenced(md, "lua", "return {", 0);
    cr_assert_not_null(level, "%s shows no imported level", page);
    char *back = fenced(md, "", "$CATEGORY:", 1);
    cr_assert_not_null(back, "%s shows no exported GIFT", page);

    char dir[] = "/tmp/vigie-sharing-XXXXXX", cmd[1024];
    cr_assert_not_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/mfa.gift", dir);
    write_text(path, gift);
    const char *out;
    snprintf(cmd, sizeof cmd, "cd '%s' && '%s' import mfa.gift --out mfa.lua 2>&1", dir, BIN);
    cr_assert_eq(run_capture(cmd, &out), 0, "%s: the import fails:\n%s", page, out);
    snprintf(path, sizeof path, "%s/mfa.lua", dir);
    char *written = read_text(path);
    cr_assert_not_null(strstr(written, level),
                       "%s shows the imported level as\n%s\nbut vigie import writes\n%s", page,
                       level, written);
    snprintf(cmd, sizeof cmd, "cd '%s' && '%s' check mfa.lua 2>&1", dir, BIN);
    cr_assert_eq(run_capture(cmd, &out), 0, "%s: the imported level fails check:\n%s", page, out);

    snprintf(cmd, sizeof cmd,
             "cd '%s' && '%s' export-level mfa.lua --format gift --out mfa-moodle.gift 2>&1", dir,
             BIN);
    cr_assert_eq(run_capture(cmd, &out), 0, "%s: the export fails:\n%s", page, out);
    snprintf(path, sizeof path, "%s/mfa-moodle.gift", dir);
    char *exported = read_text(path);
    cr_assert_not_null(strstr(exported, back),
                       "%s shows the exported GIFT as\n%s\nbut vigie export-level writes\n%s", page,
                       back, exported);
    free(exported);
    free(written);
    free(back);
    free(level);
    free(gift);
    cr_assert_eq(remove_tree(dir), 0);
}

Test(sharing_docs, the_english_page_s_import_and_export_examples_are_what_the_commands_write)
{
    the_page_s_import_and_export_are_real("docs/sharing.md");
}

Test(sharing_docs, the_french_page_s_import_and_export_examples_are_what_the_commands_write)
{
    the_page_s_import_and_export_are_real("docs/fr/partage.md");
}

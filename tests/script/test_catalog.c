/* test_catalog.c — the engine's UI strings: every key the screens use exists, in both
 * languages, and the French follows French typography. */
#include "script/script.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static game_catalog cat;

static void setup(void)
{
    game_error err = {0};
    cr_assert(script_catalog_load(&cat, &err), "%s", err.message);
}

static void teardown(void)
{
    game_catalog_deinit(&cat);
}

TestSuite(catalog, .init = setup, .fini = teardown);

Test(catalog, every_key_has_french_and_english)
{
    cr_assert_gt(cat.n, 30);
    for (size_t i = 0; i < cat.n; i++) {
        cr_assert(cat.texts[i].s[GAME_LANG_FR] && *cat.texts[i].s[GAME_LANG_FR], "%s: no fr",
                  cat.keys[i]);
        cr_assert(cat.texts[i].s[GAME_LANG_EN] && *cat.texts[i].s[GAME_LANG_EN], "%s: no en",
                  cat.keys[i]);
    }
}

Test(catalog, french_puts_a_no_break_space_before_double_punctuation)
{
    for (size_t i = 0; i < cat.n; i++) {
        const char *s = cat.texts[i].s[GAME_LANG_FR];
        for (const char *p = s + 1; *p; p++)
            if (strchr("?!:;", *p) && p[-1] == ' ')
                cr_assert(false, "%s: plain space before '%c' in \"%s\"", cat.keys[i], *p, s);
    }
}

/* Every "screen.key" literal in the ui sources must be in the catalog. */
Test(catalog, every_key_used_by_the_screens_exists)
{
    static const char *const files[] = {
        "ui_screens.c",  "ui_app.c",   "ui_widgets.c", "ui_menu.c", "ui_game.c", "ui_choice.c",
        "ui_feedback.c", "ui_recap.c", "ui_error.c",   "ui_goto.c", NULL};
    static const char *const prefixes[] = {"app.", "title.", "menu.", "intro.", "q.",
                                           "fb.",  "res.",   "err.",  NULL};
    int used = 0;
    for (const char *const *f = files; *f; f++) {
        char path[512];
        snprintf(path, sizeof path, "%s/engine/ui/%s", VIGIE_SOURCE_DIR, *f);
        FILE *fp = fopen(path, "r");
        cr_assert_not_null(fp, "%s", path);
        static char buf[1 << 18];
        size_t n = fread(buf, 1, sizeof buf - 1, fp);
        buf[n] = '\0';
        fclose(fp);
        for (char *p = strchr(buf, '"'); p; p = strchr(p + 1, '"')) {
            char *end = strchr(p + 1, '"');
            if (!end) break;
            size_t len = (size_t)(end - p - 1);
            char key[80];
            if (len > 0 && len < sizeof key) {
                memcpy(key, p + 1, len);
                key[len] = '\0';
                bool candidate = strspn(key, "abcdefghijklmnopqrstuvwxyz._") == len;
                for (const char *const *pre = prefixes; candidate && *pre; pre++) {
                    if (strncmp(key, *pre, strlen(*pre)) == 0) {
                        used++;
                        cr_assert_str_neq(game_catalog_get(&cat, GAME_LANG_FR, key), key,
                                          "%s uses \"%s\", missing from scripts/catalog.lua", *f,
                                          key);
                        break;
                    }
                }
            }
            p = end;
        }
    }
    cr_assert_gt(used, 30, "found only %d keys: is the scan broken?", used);
}

Test(catalog, a_missing_key_shows_as_itself)
{
    cr_assert_str_eq(game_catalog_get(&cat, GAME_LANG_EN, "no.such.key"), "no.such.key");
}

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
    /* Every screen of engine/ui: a screen added later is scanned too. */
    static const char *const prefixes[] = {"app.", "title.", "menu.", "intro.",   "q.",
                                           "fb.",  "res.",   "err.",  "install.", NULL};
    DIR *dir = opendir(VIGIE_SOURCE_DIR "/engine/ui");
    cr_assert_not_null(dir);
    static char files[64][64];
    size_t nfiles = 0;
    for (struct dirent *e; (e = readdir(dir)) && nfiles < 64;) {
        size_t len = strlen(e->d_name);
        if (len > 2 && len < 64 && !strcmp(e->d_name + len - 2, ".c"))
            memcpy(files[nfiles++], e->d_name, len + 1);
    }
    closedir(dir);
    cr_assert_gt(nfiles, 20, "engine/ui has only %zu .c files: is the scan broken?", nfiles);
    int used = 0;
    for (size_t i = 0; i < nfiles; i++) {
        const char *f = files[i];
        char path[512];
        snprintf(path, sizeof path, "%s/engine/ui/%s", VIGIE_SOURCE_DIR, f);
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
                bool candidate = strspn(key, "abcdefghijklmnopqrstuvwxyz0123456789._") == len;
                for (const char *const *pre = prefixes; candidate && *pre; pre++) {
                    if (strncmp(key, *pre, strlen(*pre)) == 0) {
                        used++;
                        cr_assert_str_neq(game_catalog_get(&cat, GAME_LANG_FR, key), key,
                                          "%s uses \"%s\", missing from scripts/catalog.lua", f,
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

/* ---- the "vous" register ---------------------------------------------------------------- */

/* How French says "tu" to the player: the pronouns and possessives, t’ (a "t" before an
 * apostrophe), and the imperatives the catalogue uses. An imperative right after a
 * subject or an article is not one: "Qui joue ?", "le niveau se recharge", "une touche". */
static const char *const tu_words[] = {"tu", "te", "toi", "ton", "ta", "tes", NULL};
static const char *const imperatives[] = {
    "appuie",     "choisis",   "joue",    "tape",    "réponds", "glisse", "coche",   "corrige",
    "enregistre", "rejoins",   "regarde", "invente", "touche",  "valide", "utilise", "recharge",
    "demande",    "comprends", "protège", "clique",  "vérifie", "écris",  NULL};
static const char *const not_imperative_after[] = {"qui", "il", "elle", "on", "se",
                                                   "une", "la", "le",   "ça", NULL};

static bool in_list(const char *const *list, const char *w)
{
    for (; *list; list++)
        if (!strcmp(*list, w)) return true;
    return false;
}

/* The first word of s that says "tu" (lower-cased into out), or false. Words are runs of
 * letters, ASCII or Latin-1 (UTF-8 lead byte 0xC3) or œ (0xC5); everything else separates. */
static bool says_tu(const char *s, char *out, size_t n)
{
    char prev[64] = "", w[64];
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        size_t len = 0;
        while (*p && len + 2 < sizeof w) {
            if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) {
                w[len++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
                p++;
            } else if ((*p == 0xC3 || *p == 0xC5) && (p[1] & 0xC0) == 0x80) {
                w[len++] = (char)p[0];
                w[len++] = (char)p[1];
                p += 2;
            } else {
                break;
            }
        }
        w[len] = '\0';
        if (len) {
            bool elided = !strcmp(w, "t") && (*p == '\'' || !strncmp((const char *)p, "’", 3));
            bool tu = elided || in_list(tu_words, w) ||
                      (in_list(imperatives, w) && !in_list(not_imperative_after, prev));
            if (tu) {
                snprintf(out, n, "%s", w);
                return true;
            }
            snprintf(prev, sizeof prev, "%s", w);
        } else {
            p++;
        }
    }
    return false;
}

static void placeholders(const char *s, int count[3])
{
    count[0] = count[1] = count[2] = 0;
    for (; *s; s++)
        if (s[0] == '{' && s[1] >= '1' && s[1] <= '3' && s[2] == '}') count[s[1] - '1']++;
}

Test(catalog, the_word_list_finds_tu_and_not_vous)
{
    char w[64];
    cr_assert(says_tu("Appuie sur Entrée", w, sizeof w));
    cr_assert_str_eq(w, "appuie");
    cr_assert(says_tu("Touche ce qui doit t’alerter", w, sizeof w));
    cr_assert(says_tu("protège-toi", w, sizeof w));
    cr_assert(says_tu("Ta réponse", w, sizeof w));
    cr_assert_not(says_tu("Qui joue ? Votre pseudo", w, sizeof w), "%s", w);
    cr_assert_not(says_tu("le niveau se recharge (ou F5)", w, sizeof w), "%s", w);
    cr_assert_not(says_tu("Appuyez sur Entrée · touches 1–4", w, sizeof w), "%s", w);
}

Test(catalog, every_key_that_says_tu_has_a_vous_form_that_does_not)
{
    cr_assert_not_null(cat.vous);
    int forms = 0;
    for (size_t i = 0; i < cat.n; i++) {
        const char *fr = cat.texts[i].s[GAME_LANG_FR], *vous = cat.vous[i];
        char w[64];
        if (says_tu(fr, w, sizeof w))
            cr_expect_not_null(vous, "%s says \"%s\" in \"%s\": it needs a vous = \"…\" form",
                               cat.keys[i], w, fr);
        if (!vous) continue;
        forms++;
        cr_expect_not(says_tu(vous, w, sizeof w), "%s: its vous form says \"%s\": \"%s\"",
                      cat.keys[i], w, vous);
        cr_expect_str_neq(vous, fr, "%s: its vous form is its fr: drop it", cat.keys[i]);
        int a[3], b[3];
        placeholders(fr, a);
        placeholders(vous, b);
        cr_expect(a[0] == b[0] && a[1] == b[1] && a[2] == b[2],
                  "%s: the vous form has other {1}{2}{3} than the fr: \"%s\"", cat.keys[i], vous);
        for (const char *p = vous + 1; *p; p++)
            if (strchr("?!:;", *p) && p[-1] == ' ')
                cr_expect(false, "%s: plain space before '%c' in its vous form \"%s\"", cat.keys[i],
                          *p, vous);
        const char *q = strstr(vous, "«");
        for (; q; q = strstr(q + 1, "«"))
            cr_expect(!strncmp(q + 2, "\xc2\xa0", 2), "%s: no no-break space after « in \"%s\"",
                      cat.keys[i], vous);
        for (q = strstr(vous, "»"); q; q = strstr(q + 1, "»"))
            cr_expect(q - vous >= 2 && !strncmp(q - 2, "\xc2\xa0", 2),
                      "%s: no no-break space before » in \"%s\"", cat.keys[i], vous);
    }
    cr_assert_gt(forms, 40, "only %d vous forms: is the catalogue read whole?", forms);
}

Test(catalog, a_register_picks_the_french_form_and_english_ignores_it)
{
    cr_assert_str_eq(game_catalog_get_reg(&cat, GAME_LANG_FR, GAME_REGISTER_TU, "fb.yours"),
                     "Ta réponse");
    cr_assert_str_eq(game_catalog_get_reg(&cat, GAME_LANG_FR, GAME_REGISTER_VOUS, "fb.yours"),
                     "Votre réponse");
    cr_assert_str_eq(game_catalog_get_reg(&cat, GAME_LANG_EN, GAME_REGISTER_VOUS, "fb.yours"),
                     "Your answer");
    /* register-neutral: fr serves both */
    cr_assert_str_eq(game_catalog_get_reg(&cat, GAME_LANG_FR, GAME_REGISTER_VOUS, "res.heading"),
                     "Résultats");
    cr_assert_str_eq(game_catalog_get_reg(&cat, GAME_LANG_FR, GAME_REGISTER_VOUS, "no.such.key"),
                     "no.such.key");
    char buf[128];
    game_catalog_fmt_reg(&cat, GAME_LANG_FR, GAME_REGISTER_VOUS, "fb.your_text", "42", NULL, NULL,
                         buf, sizeof buf);
    cr_assert_str_eq(buf, "Votre réponse\xc2\xa0: 42");
    game_catalog_fmt(&cat, GAME_LANG_FR, "fb.your_text", "42", NULL, NULL, buf, sizeof buf);
    cr_assert_str_eq(buf, "Ta réponse\xc2\xa0: 42");
}

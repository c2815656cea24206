/* test_access_cli.c — the accessibility settings outside the window (docs/accessibility.md):
 * `vigie shot` and the game take them as options and refuse bad values plainly; `vigie settings`
 * keeps them with their rules; the kept ones are read back, and the options win over them. */
#include "../common.h"
#include "app/app.h"
#include "store/store.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BIN VIGIE_BIN
#define SRC VIGIE_SOURCE_DIR

static char dir[64], db[128];

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/vigie-access-cli-XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
    snprintf(db, sizeof db, "%s/vigie.db", dir);
}

static void teardown(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    cr_assert_eq(system(cmd), 0);
}

TestSuite(access_cli, .init = setup, .fini = teardown);

static int vigie(const char *args, const char **out)
{
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "cd '%s' && '%s' %s 2>&1", SRC, BIN, args);
    return run_capture(cmd, out);
}

Test(access_cli, shot_refuses_a_bad_value_and_names_the_choices)
{
    static const struct {
        const char *opt, *want;
    } bad[] = {{"--theme purple", "dark, light or high-contrast"},
               {"--text-size huge", "normal, large or larger"},
               {"--font comic", "default or dyslexic"},
               {"--time 3", "normal, 1.5, 2 or untimed"},
               {"--speech-rate 1000", "80 to 300"}};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char args[512];
        const char *out;
        snprintf(args, sizeof args, "shot levels/lycee/phishing-basics.lua %s --out %s/x.png",
                 bad[i].opt, dir);
        cr_assert_eq(vigie(args, &out), 2, "%s: %s", bad[i].opt, out);
        cr_assert(strstr(out, bad[i].want), "%s: %s", bad[i].opt, out);
    }
    const char *out;
    cr_assert_eq(vigie("--theme", &out), 2, "%s", out); /* no value: the game says so */
    cr_assert(strstr(out, "--theme needs a value"), "%s", out);
}

Test(access_cli, shot_takes_every_setting)
{
    char args[512];
    const char *out;
    snprintf(args, sizeof args,
             "shot levels/lycee/phishing-basics.lua --theme high-contrast --text-size larger "
             "--font dyslexic --reduced-motion --untimed --size 640x480 --out %s/x.png",
             dir);
    cr_assert_eq(vigie(args, &out), 0, "%s", out);
}

Test(access_cli, settings_keeps_them_with_their_rules_and_the_options_win)
{
    char args[512];
    const char *out;
    static const char *const good[][2] = {{"text-size", "larger"}, {"theme", "light"},
                                          {"font", "dyslexic"},    {"reduced-motion", "on"},
                                          {"time", "1.5"},         {"speech", "on"},
                                          {"speech-rate", "120"}};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        snprintf(args, sizeof args, "settings --db %s %s %s", db, good[i][0], good[i][1]);
        cr_assert_eq(vigie(args, &out), 0, "%s: %s", args, out);
    }
    snprintf(args, sizeof args, "settings --db %s theme neon", db);
    cr_assert_eq(vigie(args, &out), 2, "%s", out);
    cr_assert(strstr(out, "dark, light or high-contrast"), "%s", out);
    snprintf(args, sizeof args, "settings --db %s", db);
    cr_assert_eq(vigie(args, &out), 0, "%s", out);
    cr_assert(strstr(out, "theme") && strstr(out, "light") && strstr(out, "speech-rate"), "%s",
              out);

    /* read back as the game reads them, then with options over them */
    game_error err = {0};
    char moved[256] = "";
    store *s = store_open(db, moved, sizeof moved, &err);
    cr_assert_not_null(s, "%s", err.message);
    ui_access a;
    app_access_load(s, NULL, &a);
    cr_assert_eq(a.text, UI_TEXT_LARGER);
    cr_assert_eq(a.theme, UI_THEME_LIGHT);
    cr_assert_eq(a.font, UI_FONT_DYSLEXIC);
    cr_assert(a.reduced_motion && a.speech);
    cr_assert_eq(a.pace, GAME_PACE_X15);
    cr_assert_eq(a.speech_rate, 120);
    char *argv[] = {"--theme", "high-contrast", "--untimed", "--text-size", "normal"};
    app_access_opts o = {0};
    for (int i = 0; i < 5;) {
        int took = app_access_option(5, argv, i, &o);
        cr_assert_gt(took, 0, "%s", argv[i]);
        i += took;
    }
    app_access_load(s, &o, &a);
    cr_assert_eq(a.theme, UI_THEME_CONTRAST);
    cr_assert_eq(a.pace, GAME_PACE_UNTIMED);
    cr_assert_eq(a.text, UI_TEXT_NORMAL);
    cr_assert_eq(a.font, UI_FONT_DYSLEXIC, "not given: the kept one");
    /* the settings screen's save, read back */
    a.theme = UI_THEME_DARK;
    a.reduced_motion = false;
    cr_assert(app_access_save(s, &a, &err), "%s", err.message);
    ui_access b;
    app_access_load(s, NULL, &b);
    cr_assert_eq(b.theme, UI_THEME_DARK);
    cr_assert(!b.reduced_motion);
    store_close(s);
}

/* app_access.c — the accessibility settings (docs/accessibility.md) outside the window: their
 * options, shared by the game and `vigie shot`; and keeping them in the results database, where
 * the settings screen saves them and the options override them.
 */
#include "app.h"
#include "store/store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The kept settings' keys, as `vigie settings` lists them (app_settings.c). */
#define KEY_TEXT   "text-size"
#define KEY_THEME  "theme"
#define KEY_FONT   "font"
#define KEY_MOTION "reduced-motion"
#define KEY_TIME   "time"
#define KEY_SPEECH "speech"
#define KEY_RATE   "speech-rate"

bool app_access_rate_valid(const char *v, int *out)
{
    uint64_t r;
    if (!app_parse_u64(v, &r) || r < UI_SPEECH_RATE_MIN || r > UI_SPEECH_RATE_MAX) return false;
    if (out) *out = (int)r;
    return true;
}

int app_access_option(int argc, char **argv, int i, app_access_opts *o)
{
    const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
    ui_access *x = &o->a;
    if (strcmp(a, "--reduced-motion") == 0) {
        x->reduced_motion = true;
        o->set |= APP_ACCESS_MOTION;
        return 1;
    }
    if (strcmp(a, "--untimed") == 0) {
        x->pace = GAME_PACE_UNTIMED;
        o->set |= APP_ACCESS_PACE;
        return 1;
    }
    if (strcmp(a, "--speech") == 0) {
        x->speech = true;
        o->set |= APP_ACCESS_SPEECH;
        return 1;
    }
    if (strcmp(a, "--text-size") && strcmp(a, "--theme") && strcmp(a, "--font") &&
        strcmp(a, "--time") && strcmp(a, "--speech-rate"))
        return 0;
    bool ok = false;
    if (!v) {
        fprintf(stderr, "vigie: %s needs a value\n", a);
        return -1;
    }
    if (strcmp(a, "--text-size") == 0 && (ok = ui_text_size_parse(v, &x->text)))
        o->set |= APP_ACCESS_TEXT;
    else if (strcmp(a, "--theme") == 0 && (ok = ui_theme_parse(v, &x->theme)))
        o->set |= APP_ACCESS_THEME;
    else if (strcmp(a, "--font") == 0 && (ok = ui_font_parse(v, &x->font)))
        o->set |= APP_ACCESS_FONT;
    else if (strcmp(a, "--time") == 0 && (ok = game_pace_parse(v, &x->pace)))
        o->set |= APP_ACCESS_PACE;
    else if (strcmp(a, "--speech-rate") == 0 && (ok = app_access_rate_valid(v, &x->speech_rate)))
        o->set |= APP_ACCESS_RATE;
    if (!ok) {
        const char *want = strcmp(a, "--text-size") == 0 ? "normal, large or larger"
                           : strcmp(a, "--theme") == 0   ? "dark, light or high-contrast"
                           : strcmp(a, "--font") == 0    ? "default or dyslexic"
                           : strcmp(a, "--time") == 0    ? "normal, 1.5, 2 or untimed"
                                                         : "80 to 300 (words a minute)";
        fprintf(stderr, "vigie: %s \"%s\": the choices are %s\n", a, v, want);
        return -1;
    }
    return 2;
}

static bool valid_text(const char *v)
{
    ui_text_size t;
    return ui_text_size_parse(v, &t);
}
static bool valid_theme(const char *v)
{
    ui_theme_id t;
    return ui_theme_parse(v, &t);
}
static bool valid_font(const char *v)
{
    ui_font_id f;
    return ui_font_parse(v, &f);
}
static bool valid_time(const char *v)
{
    game_pace p;
    return game_pace_parse(v, &p);
}
static bool valid_rate(const char *v)
{
    return app_access_rate_valid(v, NULL);
}

bool app_access_setting_valid(const char *key, const char *v)
{
    if (!strcmp(key, KEY_TEXT)) return valid_text(v);
    if (!strcmp(key, KEY_THEME)) return valid_theme(v);
    if (!strcmp(key, KEY_FONT)) return valid_font(v);
    if (!strcmp(key, KEY_TIME)) return valid_time(v);
    if (!strcmp(key, KEY_RATE)) return valid_rate(v);
    if (!strcmp(key, KEY_MOTION) || !strcmp(key, KEY_SPEECH))
        return !strcmp(v, "on") || !strcmp(v, "off");
    return false;
}

void app_access_load(struct store *s, const app_access_opts *o, ui_access *out)
{
    *out = (ui_access){.speech_rate = UI_SPEECH_RATE_DEF};
    char v[64];
    if (s) { /* a value the rules refuse (written by hand) is the default */
        if (store_setting_get(s, KEY_TEXT, v, sizeof v)) ui_text_size_parse(v, &out->text);
        if (store_setting_get(s, KEY_THEME, v, sizeof v)) ui_theme_parse(v, &out->theme);
        if (store_setting_get(s, KEY_FONT, v, sizeof v)) ui_font_parse(v, &out->font);
        if (store_setting_get(s, KEY_TIME, v, sizeof v)) game_pace_parse(v, &out->pace);
        if (store_setting_get(s, KEY_MOTION, v, sizeof v)) out->reduced_motion = !strcmp(v, "on");
        if (store_setting_get(s, KEY_SPEECH, v, sizeof v)) out->speech = !strcmp(v, "on");
        if (store_setting_get(s, KEY_RATE, v, sizeof v))
            app_access_rate_valid(v, &out->speech_rate);
    }
    if (!o) return;
    if (o->set & APP_ACCESS_TEXT) out->text = o->a.text;
    if (o->set & APP_ACCESS_THEME) out->theme = o->a.theme;
    if (o->set & APP_ACCESS_FONT) out->font = o->a.font;
    if (o->set & APP_ACCESS_MOTION) out->reduced_motion = o->a.reduced_motion;
    if (o->set & APP_ACCESS_PACE) out->pace = o->a.pace;
    if (o->set & APP_ACCESS_SPEECH) out->speech = o->a.speech;
    if (o->set & APP_ACCESS_RATE) out->speech_rate = o->a.speech_rate;
}

bool app_access_save(struct store *s, const ui_access *a, game_error *err)
{
    char rate[16];
    snprintf(rate, sizeof rate, "%d", a->speech_rate ? a->speech_rate : UI_SPEECH_RATE_DEF);
    const char *kv[][2] = {
        {KEY_TEXT, ui_text_size_name(a->text)},
        {KEY_THEME, ui_theme_name(a->theme)},
        {KEY_FONT, ui_font_name(a->font)},
        {KEY_MOTION, a->reduced_motion ? "on" : "off"},
        {KEY_TIME, game_pace_name(a->pace)},
        {KEY_SPEECH, a->speech ? "on" : "off"},
        {KEY_RATE, rate},
    };
    for (size_t i = 0; i < sizeof kv / sizeof kv[0]; i++)
        if (!store_setting_set(s, kv[i][0], kv[i][1], err)) return false;
    return true;
}

bool app_access_font_check(const ui_access *a)
{
    if (a->font != UI_FONT_DYSLEXIC) return true;
    /* found like DejaVu: VIGIE_FONT_DIR first, then Debian's place */
    static const char *const dirs[] = {"/usr/share/fonts/opentype/opendyslexic",
                                       "/usr/share/fonts/truetype/opendyslexic",
                                       "/usr/local/share/fonts"};
    char buf[1024];
    const char *env = getenv("VIGIE_FONT_DIR");
    for (int i = -1; i < 3; i++) {
        const char *d = i < 0 ? env : dirs[i];
        if (!d || !*d) continue;
        snprintf(buf, sizeof buf, "%s/OpenDyslexic-Regular.otf", d);
        FILE *f = fopen(buf, "rb");
        if (f) {
            fclose(f);
            return true;
        }
    }
    fprintf(stderr, "vigie: the dyslexia-friendly font OpenDyslexic is not installed: the text "
                    "stays in DejaVu Sans (on Debian: apt install fonts-opendyslexic)\n");
    return false;
}

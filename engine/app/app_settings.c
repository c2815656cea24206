/* app_settings.c — `vigie settings`: the settings kept in the results database (the stand's
 * kiosk for now), each with its rule; and the kiosk's configuration from them, which the
 * command line's options override (app_play.c).
 */
#include "app.h"
#include "store/store.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== the settings and their rules ========================================= */

typedef struct {
    const char *key;
    const char *rule; /* what a value must be, for the error and the listing */
    bool (*valid)(const char *v);
    bool secret; /* listed as "set", never shown */
} setting;

static bool valid_onoff(const char *v)
{
    return !strcmp(v, "on") || !strcmp(v, "off");
}

bool app_kiosk_pin_valid(const char *v)
{
    size_t n = strlen(v);
    if (n < 4 || n > 8) return false;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)v[i])) return false;
    return true;
}

bool app_kiosk_idle_valid(const char *v, unsigned *out)
{
    uint64_t s;
    if (!app_parse_u64(v, &s) || s < 15 || s > 3600) return false;
    if (out) *out = (unsigned)s;
    return true;
}

static bool valid_idle(const char *v)
{
    return app_kiosk_idle_valid(v, NULL);
}

bool app_kiosk_url_valid(const char *v)
{
    size_t n = strlen(v);
    if (n > 200) return false; /* the QR code stays readable from a metre */
    if (strncmp(v, "https://", 8) != 0 && strncmp(v, "http://", 7) != 0) return false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)v[i] <= ' ' || (unsigned char)v[i] >= 0x7f) return false;
    return strlen(v) > (v[4] == 's' ? 8u : 7u);
}

bool app_kiosk_pack_valid(const char *v)
{
    size_t n = strlen(v);
    if (!n || n > 64) return false;
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)v[i]) && v[i] != '-' && v[i] != '_') return false;
    return true;
}

static bool valid_text_size(const char *v)
{
    return app_access_setting_valid("text-size", v);
}
static bool valid_theme(const char *v)
{
    return app_access_setting_valid("theme", v);
}
static bool valid_font(const char *v)
{
    return app_access_setting_valid("font", v);
}
static bool valid_time(const char *v)
{
    return app_access_setting_valid("time", v);
}
static bool valid_rate(const char *v)
{
    return app_access_setting_valid("speech-rate", v);
}

static const setting settings[] = {
    /* accessibility (app_access.c): the settings screen keeps them; the options override */
    {"text-size", "normal, large or larger: the size of every text (100, 125, 150 %)",
     valid_text_size, false},
    {"theme", "dark, light or high-contrast: the colours", valid_theme, false},
    {"font", "default or dyslexic: OpenDyslexic (Debian's fonts-opendyslexic)", valid_font, false},
    {"reduced-motion", "on or off: no animation, no blinking", valid_onoff, false},
    {"time", "normal, 1.5, 2 or untimed: the questions' time limits (not normal: no speed bonus)",
     valid_time, false},
    {"speech", "on or off: read the screens aloud (eSpeak NG)", valid_onoff, false},
    {"speech-rate", "80 to 300: speech's words a minute (default 160)", valid_rate, false},

    {"kiosk", "on or off: the game starts as a stand's kiosk", valid_onoff, false},
    {"kiosk-pack", "the id of the pack the kiosk's rounds come from (default: stand)",
     app_kiosk_pack_valid, false},
    {"idle-reset",
     "seconds without input in a round before \"Toujours là ?\" (15-3600, default 45)", valid_idle,
     false},
    {"operator-pin", "4 to 8 digits: the PIN of the kiosk's operator menu", app_kiosk_pin_valid,
     true},
    {"help-url",
     "the http(s) address of the help QR code (default "
     "https://www.cybermalveillance.gouv.fr)",
     app_kiosk_url_valid, false},
};
enum { NSETTINGS = sizeof settings / sizeof settings[0] };

static const setting *find(const char *key)
{
    for (size_t i = 0; i < NSETTINGS; i++)
        if (!strcmp(settings[i].key, key)) return &settings[i];
    return NULL;
}

/* ==== the kiosk from the settings and the options ========================== */

/* src into dst (n bytes), whole or not at all: a value the rules let through always fits. */
static void put(char *dst, size_t n, const char *src)
{
    size_t len = strlen(src);
    if (len >= n) len = 0;
    memcpy(dst, src, len);
    dst[len] = '\0';
}

/* A text value into dst: the option when given, else the kept setting key when its rule takes
 * it, else def. */
static void pick(char *dst, size_t n, const char *option, store *s, const char *key,
                 bool (*valid)(const char *), const char *def)
{
    char v[256];
    if (option)
        put(dst, n, option);
    else if (s && store_setting_get(s, key, v, sizeof v) && valid(v))
        put(dst, n, v);
    else
        put(dst, n, def);
}

int app_kiosk_config(struct store *s, const app_kiosk_opts *o, app_kiosk_strings *buf,
                     ui_kiosk_config *out)
{
    *out = (ui_kiosk_config){0};
    char v[256];
    bool on = s && store_setting_get(s, "kiosk", v, sizeof v) && !strcmp(v, "on");
    if (o->kiosk) on = true;
    if (o->no_kiosk) on = false;
    if (!on) return 0;
    out->on = true;
    /* each from the option, else the setting, else the default */
    pick(buf->pack, sizeof buf->pack, o->pack, s, "kiosk-pack", app_kiosk_pack_valid, "stand");
    out->pack_id = buf->pack;

    out->idle_reset_s = 45;
    if (o->idle_reset)
        out->idle_reset_s = o->idle_reset;
    else if (s && store_setting_get(s, "idle-reset", v, sizeof v))
        app_kiosk_idle_valid(v, &out->idle_reset_s);

    pick(buf->pin, sizeof buf->pin, o->pin, s, "operator-pin", app_kiosk_pin_valid, "");
    if (!buf->pin[0]) {
        fprintf(stderr,
                "vigie: the kiosk needs an operator PIN (4 to 8 digits), or nobody could stop it "
                "but a terminal: give --operator-pin PIN, or keep one with `vigie settings "
                "operator-pin PIN`\n");
        return 2;
    }
    out->pin = buf->pin;

    pick(buf->url, sizeof buf->url, o->help_url, s, "help-url", app_kiosk_url_valid,
         "https://www.cybermalveillance.gouv.fr");
    out->help_url = buf->url;
    return 0;
}

/* ==== `vigie settings` ===================================================== */

static void list(store *s)
{
    char v[256];
    for (size_t i = 0; i < NSETTINGS; i++) {
        const setting *e = &settings[i];
        bool set = s && store_setting_get(s, e->key, v, sizeof v);
        printf("%-13s %s\n", e->key, !set ? "(not set)" : e->secret ? "(set)" : v);
        printf("%-13s   %s\n", "", e->rule);
    }
}

int app_cmd_settings(int argc, char **argv)
{
    const char *db = NULL, *key = NULL, *value = NULL;
    bool unset = false;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--db") && i + 1 < argc)
            db = argv[++i];
        else if (!strcmp(a, "--unset"))
            unset = true;
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "vigie settings: unknown option \"%s\"\n", a);
            return APP_USAGE;
        } else if (!key)
            key = a;
        else if (!value)
            value = a;
        else {
            fprintf(stderr, "vigie settings: one KEY and one VALUE at most\n");
            return APP_USAGE;
        }
    }
    const setting *e = key ? find(key) : NULL;
    if (key && !e) {
        fprintf(stderr, "vigie settings: no setting \"%s\"; the settings are:", key);
        for (size_t i = 0; i < NSETTINGS; i++) fprintf(stderr, " %s", settings[i].key);
        fputc('\n', stderr);
        return 2;
    }
    if (unset && (!key || value)) {
        fprintf(stderr, "vigie settings: --unset takes a KEY and no VALUE\n");
        return APP_USAGE;
    }
    if (value && !e->valid(value)) {
        fprintf(stderr, "vigie settings: %s: \"%s\" is refused: %s\n", key, e->secret ? "…" : value,
                e->rule);
        return 2;
    }
    bool writes = value || unset;
    /* Reading a database not made yet: nothing is set (and nothing is made). */
    store *s = writes ? app_store_open(db, false) : app_store_read(db, true);
    if (!s && writes) return 1;
    int st = 0;
    if (writes) {
        game_error err = {0};
        if (!store_setting_set(s, key, unset ? NULL : value, &err)) {
            fprintf(stderr, "vigie settings: %s\n", err.message);
            st = 1;
        } else if (unset)
            printf("%s: not set\n", key);
        else
            printf("%s: %s\n", key, e->secret ? "(set)" : value);
    } else if (key) {
        char v[256];
        bool set = s && store_setting_get(s, key, v, sizeof v);
        printf("%s\n", !set ? "(not set)" : e->secret ? "(set)" : v);
    } else
        list(s);
    store_close(s);
    return st;
}

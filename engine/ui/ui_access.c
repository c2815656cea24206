/* ui_access.c — the accessibility settings (docs/accessibility.md): their names for the options
 * and the kept settings, and putting them to work on every screen.
 */
#include "ui_internal.h"

#include <string.h>

static const char *const text_names[UI_TEXT_COUNT] = {"normal", "large", "larger"};
static const int text_pcts[UI_TEXT_COUNT] = {100, 125, 150};
static const char *const theme_names[UI_THEME_COUNT] = {"dark", "light", "high-contrast"};
static const char *const font_names[UI_FONT_COUNT] = {"default", "dyslexic"};

static bool parse(const char *s, const char *const *names, int n, int *out)
{
    for (int i = 0; s && i < n; i++)
        if (strcmp(s, names[i]) == 0) {
            *out = i;
            return true;
        }
    return false;
}

const char *ui_text_size_name(ui_text_size t)
{
    return text_names[(unsigned)t < UI_TEXT_COUNT ? t : 0];
}

const char *ui_theme_name(ui_theme_id t)
{
    return theme_names[(unsigned)t < UI_THEME_COUNT ? t : 0];
}

const char *ui_font_name(ui_font_id f)
{
    return font_names[(unsigned)f < UI_FONT_COUNT ? f : 0];
}

bool ui_text_size_parse(const char *s, ui_text_size *out)
{
    int i;
    if (!parse(s, text_names, UI_TEXT_COUNT, &i)) return false;
    *out = (ui_text_size)i;
    return true;
}

bool ui_theme_parse(const char *s, ui_theme_id *out)
{
    int i;
    if (!parse(s, theme_names, UI_THEME_COUNT, &i)) return false;
    *out = (ui_theme_id)i;
    return true;
}

bool ui_font_parse(const char *s, ui_font_id *out)
{
    int i;
    if (!parse(s, font_names, UI_FONT_COUNT, &i)) return false;
    *out = (ui_font_id)i;
    return true;
}

const ui_access *ui_access_get(const ui *u)
{
    return &u->cfg.access;
}

void ui_access_apply(ui *u)
{
    ui_access *a = &u->cfg.access;
    if ((unsigned)a->text >= UI_TEXT_COUNT) a->text = UI_TEXT_NORMAL;
    if ((unsigned)a->theme >= UI_THEME_COUNT) a->theme = UI_THEME_DARK;
    if ((unsigned)a->pace >= GAME_PACE_COUNT) a->pace = GAME_PACE_NORMAL;
    if (a->speech_rate &&
        (a->speech_rate < UI_SPEECH_RATE_MIN || a->speech_rate > UI_SPEECH_RATE_MAX))
        a->speech_rate = UI_SPEECH_RATE_DEF;
    ui_theme_use(a->theme);
    ui_text_scale_use(text_pcts[a->text]);
    /* the font: DejaVu when OpenDyslexic is not installed (the settings screen says so) */
    if (u->g &&
        !gfx_set_face(u->g, a->font == UI_FONT_DYSLEXIC ? GFX_FACE_DYSLEXIC : GFX_FACE_DEFAULT))
        gfx_set_face(u->g, GFX_FACE_DEFAULT);
    u->dirty = true;
}

void ui_access_set(ui *u, const ui_access *a)
{
    u->cfg.access = *a;
    ui_access_apply(u);
}

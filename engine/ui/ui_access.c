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
    u->fit.pct = text_pcts[a->text];
    u->fit.key = 0;
    ui_text_scale_use(u->fit.pct);
    if (u->g) gfx_set_fit_floor(u->g, u->fit.pct); /* crowded: down to the normal size */
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

/* ==== larger text where it fits ============================================ */

/* What the screen shows, as far as its text goes: a new key, a new fit. */
static uint64_t screen_key(const ui *u)
{
    uint64_t h = 1469598103934665603ULL;
    int w = 0, hh = 0;
    if (u->g) gfx_size(u->g, &w, &hh);
    uint64_t parts[] = {(uint64_t)u->screen,
                        u->session ? (uint64_t)game_session_phase(u->session) : 9,
                        u->session ? (uint64_t)game_session_question_index(u->session) : 0,
                        u->question.gen,
                        (uint64_t)u->lang,
                        (uint64_t)(uint32_t)w << 32 | (uint32_t)hh};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        h = (h ^ parts[i]) * 1099511628211ULL;
    return h | 1; /* never 0, the "none yet" */
}

void ui_access_frame(ui *u)
{
    uint64_t k = screen_key(u);
    if (k != u->fit.key) { /* a new screen: the player's size first */
        u->fit.key = k;
        u->fit.pct = text_pcts[u->cfg.access.text];
        u->fit.ref_min = 0;
        u->fit.ref_cuts = 0;
        u->fit.ref_overlaps = 0;
        u->fit.settled = false;
    }
    ui_text_scale_use(u->fit.pct);
    if (u->g) gfx_set_fit_floor(u->g, u->fit.pct);
}

bool ui_access_probe(ui *u)
{
    ui_access_frame(u);
    if (!u->g || u->fit.pct <= 100 || u->fit.ref_min) return false;
    u->fit.ref_min = -1; /* being probed */
    gfx_text_cut_stats c;
    gfx_text_cuts(u->g, &c);
    u->fit.ref_cuts = c.cut + c.overflow; /* the count before: probe_done takes the difference */
    ui_text_scale_use(100);
    gfx_set_fit_floor(u->g, 100);
    gfx_text_min_reset(u->g);
    gfx_boxes_log(u->g, true);
    u->question.gen++; /* the question's kept layout is made again at each size */
    u->fit.key = screen_key(u);
    return true;
}

void ui_access_probe_done(ui *u)
{
    int m = gfx_text_min(u->g);
    u->fit.ref_min = m > 0 ? m : 1;
    gfx_text_cut_stats c;
    gfx_text_cuts(u->g, &c);
    u->fit.ref_cuts = c.cut + c.overflow - u->fit.ref_cuts;
    u->fit.ref_overlaps = gfx_boxes_overlaps(u->g);
    gfx_boxes_log(u->g, false);
    u->question.gen++;
    u->fit.key = screen_key(u);
    ui_access_frame(u);
}

bool ui_access_refit(ui *u, const gfx_text_cut_stats *before)
{
    unsigned overlaps = u->g ? gfx_boxes_overlaps(u->g) : 0;
    if (u->g) gfx_boxes_log(u->g, false);
    if (!u->g || u->fit.pct <= 100) return false;
    gfx_text_cut_stats now;
    gfx_text_cuts(u->g, &now);
    /* more texts cut than the normal size cuts (a menu shortens long descriptions at any size) */
    bool cut = now.cut + now.overflow - before->cut - before->overflow > u->fit.ref_cuts;
    /* 5 % below the normal size's smallest is rounding, not a squeeze */
    bool smaller = u->fit.ref_min > 0 && gfx_text_min(u->g) * 100 < u->fit.ref_min * 95;
    /* more texts overlapping another or running over a box's edge than at the normal size */
    bool overlap = u->fit.ref_min > 0 && overlaps > u->fit.ref_overlaps;
    if (!cut && !smaller && !overlap) {
        u->fit.settled = true; /* this size holds: its boxes need no log from now on */
        return false;
    }
    /* a step down (150 → 125 → 100), drawn again at once */
    u->fit.pct = u->fit.pct > 125 ? 125 : 100;
    u->fit.settled = false;
    u->question.gen++; /* the question's kept layout was made at the larger size */
    u->fit.key = screen_key(u);
    ui_text_scale_use(u->fit.pct);
    gfx_set_fit_floor(u->g, u->fit.pct);
    return true;
}

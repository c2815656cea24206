/* ui_theme.c — Vigie's look: palette, sizes from the window height, the logo, icons
 * drawn from shapes (so they need no font glyph and scale to any screen), buttons.
 * The palettes (dark, light, high contrast) are one table; the text/surface pairs the screens
 * draw are listed beside it, and test_theme holds each to 4.5:1 (7:1 in high contrast).
 */
#include "ui_theme.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* ==== the palettes ======================================================== */

static const ui_palette
    palettes[UI_THEME_COUNT] =
        {
            [UI_THEME_DARK] =
                {
                    .bg = {13, 27, 46, 255}, /* deep navy */
                    .bar = {21, 40, 66, 255},
                    .panel = {28, 52, 86, 255},
                    .panel_hi = {40, 72, 118, 255},
                    .text = {245, 248, 252, 255},
                    .muted = {184, 198, 218, 255},
                    .accent = {255, 182, 39, 255}, /* the lookout's lamp */
                    .accent_dark = {214, 138, 0, 255},
                    .right = {26, 122, 76, 255},
                    .wrong = {178, 38, 30, 255},
                    .ink = {13, 27, 46, 255},
                    .focus = {255, 214, 120, 255},
                    .badges =
                        {
                            {255, 182, 39, 255},  /* amber */
                            {78, 205, 224, 255},  /* cyan */
                            {255, 138, 176, 255}, /* pink */
                            {160, 230, 110, 255}, /* lime */
                            {190, 160, 255, 255}, /* violet */
                            {255, 160, 90, 255},  /* orange */
                        },
                    .right_mark = {60, 200, 120, 255},
                    .wrong_mark = {235, 70, 60, 255},
                    .right_text = {140, 230, 170, 255},
                    .wrong_text = {255, 150, 140, 255},
                    .right_bar = {26, 122, 76, 255},
                    .wrong_bar = {178, 38, 30, 255},
                    .alert = {255, 120, 100, 255},
                    .error_text = {255, 170, 160, 255},
                    .decoy = {214, 110, 30, 255},
                    .paper = {245, 248, 252, 255},
                    .on_paper = {13, 27, 46, 255},
                    .placeholder = {90, 100, 120, 255},
                    .border = {0, 0, 0, 0},
                    .border_px = 0,
                    .bar_tint = 0.35f,
                },
            /* For bright rooms and projectors: dark text on light grey and white; the accent a deep
             * amber that reads as text and carries white ink; right and wrong pale tints under dark
             * text (a success or error note's look), their marks and words deep. */
            [UI_THEME_LIGHT] =
                {
                    .bg = {238, 242, 247, 255},
                    .bar = {220, 227, 237, 255},
                    .panel = {255, 255, 255, 255},
                    .panel_hi = {216, 229, 248, 255},
                    .text = {18, 26, 42, 255},
                    .muted = {66, 78, 98, 255},
                    .accent = {158, 74, 0, 255},
                    .accent_dark = {120, 56, 0, 255},
                    .right = {190, 240, 215, 255},
                    .wrong = {245, 160, 150, 255},
                    .ink = {255, 255, 255, 255},
                    .focus = {24, 92, 200, 255},
                    .badges =
                        {
                            {255, 182, 39, 255},  /* amber */
                            {78, 205, 224, 255},  /* cyan */
                            {255, 138, 176, 255}, /* pink */
                            {160, 230, 110, 255}, /* lime */
                            {190, 160, 255, 255}, /* violet */
                            {255, 160, 90, 255},  /* orange */
                        },
                    .right_mark = {0, 95, 45, 255},
                    .wrong_mark = {240, 110, 90, 255},
                    .right_text = {0, 100, 70, 255},
                    .wrong_text = {200, 30, 30, 255},
                    .right_bar = {0, 95, 45, 255},
                    .wrong_bar = {240, 110, 90, 255},
                    .alert = {190, 28, 18, 255},
                    .error_text = {200, 30, 30, 255},
                    .decoy = {180, 80, 0, 255},
                    .paper = {255, 255, 255, 255},
                    .on_paper = {13, 27, 46, 255},
                    .placeholder = {96, 106, 124, 255},
                    .border = {160, 172, 190, 255},
                    .border_px = 1,
                    .bar_tint = 0.55f,
                },
            /* Text at least 7:1: white, yellow and light tints on black, black on light fills;
             * every panel and button ringed in white. */
            [UI_THEME_CONTRAST] =
                {
                    .bg = {0, 0, 0, 255},
                    .bar = {40, 40, 40, 255},
                    .panel = {24, 24, 24, 255},
                    .panel_hi = {0, 40, 110, 255},
                    .text = {255, 255, 255, 255},
                    .muted = {222, 222, 222, 255},
                    .accent = {255, 230, 0, 255},
                    .accent_dark = {255, 200, 0, 255},
                    .right = {0, 90, 70, 255},
                    .wrong = {160, 40, 0, 255},
                    .ink = {0, 0, 0, 255},
                    .focus = {0, 255, 255, 255},
                    .badges =
                        {
                            {255, 182, 39, 255},  /* amber */
                            {78, 205, 224, 255},  /* cyan */
                            {255, 138, 176, 255}, /* pink */
                            {160, 230, 110, 255}, /* lime */
                            {190, 160, 255, 255}, /* violet */
                            {255, 160, 90, 255},  /* orange */
                        },
                    .right_mark = {0, 230, 70, 255},
                    .wrong_mark = {230, 100, 110, 255},
                    .right_text = {60, 250, 90, 255},
                    .wrong_text = {255, 160, 175, 255},
                    .right_bar = {0, 230, 70, 255},
                    .wrong_bar = {230, 100, 110, 255},
                    .alert = {255, 175, 160, 255},
                    .error_text = {255, 170, 160, 255},
                    .decoy = {255, 140, 0, 255},
                    .paper = {255, 255, 255, 255},
                    .on_paper = {0, 0, 0, 255},
                    .placeholder = {70, 70, 70, 255},
                    .border = {255, 255, 255, 255},
                    .border_px = 3,
                    .bar_tint = 0.3f,
                },
};

const ui_palette *ui_pal = &palettes[UI_THEME_DARK];

const ui_palette *ui_theme_palette(ui_theme_id t)
{
    return &palettes[(unsigned)t < UI_THEME_COUNT ? t : UI_THEME_DARK];
}

gfx_color ui_palette_at(const ui_palette *pal, size_t off)
{
    gfx_color c;
    memcpy(&c, (const char *)pal + off, sizeof c);
    return c;
}

gfx_color ui_theme_pair_bg(const ui_palette *pal, const ui_theme_pair *q)
{
    gfx_color bg = ui_palette_at(pal, q->bg);
    float t = q->t < 0 ? pal->bar_tint : q->t;
    return t > 0 ? ui_mix(bg, ui_palette_at(pal, q->with), t) : bg;
}

#define P(f)     offsetof(ui_palette, f)
#define BADGE(i) (offsetof(ui_palette, badges) + (i) * sizeof(gfx_color))
/* Text (or a glyph that tells something) and what it is drawn on, as the screens draw them. */
const ui_theme_pair ui_theme_pairs[] = {
    {"text on bg", P(text), P(bg), 0, 0},
    {"text on bar", P(text), P(bar), 0, 0},
    {"text on panel", P(text), P(panel), 0, 0},
    {"text on panel hover", P(text), P(panel_hi), 0, 0},
    {"muted on bg", P(muted), P(bg), 0, 0},
    {"muted on bar", P(muted), P(bar), 0, 0},
    {"muted on panel", P(muted), P(panel), 0, 0},
    {"muted on panel hover", P(muted), P(panel_hi), 0, 0},
    {"accent on bg", P(accent), P(bg), 0, 0},
    {"accent on bar", P(accent), P(bar), 0, 0},
    {"accent on panel", P(accent), P(panel), 0, 0},
    {"accent on panel hover", P(accent), P(panel_hi), 0, 0},
    {"text on right", P(text), P(right), 0, 0},
    {"text on wrong", P(text), P(wrong), 0, 0},
    {"ink on accent", P(ink), P(accent), 0, 0},
    {"ink on focus", P(ink), P(focus), 0, 0},
    {"ink on right mark", P(ink), P(right_mark), 0, 0},
    {"ink on decoy (cross on a square)", P(ink), P(decoy), 0, 0},
    {"right on text (check on a disc)", P(right), P(text), 0, 0},
    {"wrong on text (cross on a disc)", P(wrong), P(text), 0, 0},
    {"badge A letter", P(on_paper), BADGE(0), 0, 0},
    {"badge B letter", P(on_paper), BADGE(1), 0, 0},
    {"badge C letter", P(on_paper), BADGE(2), 0, 0},
    {"badge D letter", P(on_paper), BADGE(3), 0, 0},
    {"badge E letter", P(on_paper), BADGE(4), 0, 0},
    {"badge F letter", P(on_paper), BADGE(5), 0, 0},
    {"right word on bg", P(right_text), P(bg), 0, 0},
    {"right word on panel", P(right_text), P(panel), 0, 0},
    {"wrong word on bg", P(wrong_text), P(bg), 0, 0},
    {"wrong word on panel", P(wrong_text), P(panel), 0, 0},
    {"seconds (alert) on bar", P(alert), P(bar), 0, 0},
    {"broken level on panel", P(error_text), P(panel), 0, 0},
    {"typed text on paper", P(on_paper), P(paper), 0, 0},
    {"field hint on paper", P(placeholder), P(paper), 0, 0},
    {"text on a hovered choice", P(text), P(panel), P(text), 0.10f},
    {"text on a hovered button", P(text), P(panel), P(text), 0.12f},
    {"text on the host's bar A", P(text), P(panel), BADGE(0), UI_TINT_BAR},
    {"text on the host's bar B", P(text), P(panel), BADGE(1), UI_TINT_BAR},
    {"text on the host's bar C", P(text), P(panel), BADGE(2), UI_TINT_BAR},
    {"text on the host's bar D", P(text), P(panel), BADGE(3), UI_TINT_BAR},
    {"text on the host's bar E", P(text), P(panel), BADGE(4), UI_TINT_BAR},
    {"text on the host's bar F", P(text), P(panel), BADGE(5), UI_TINT_BAR},
    {"text on the host's bar right", P(text), P(panel), P(right_mark), UI_TINT_BAR},
    {"text on the host's bar partly", P(text), P(panel), P(accent), UI_TINT_BAR},
    {"text on the host's bar wrong", P(text), P(panel), P(wrong_mark), UI_TINT_BAR},
    {"text on the host's bar none", P(text), P(panel), P(muted), UI_TINT_BAR},
    {"text on a hovered key", P(text), P(panel), P(text), 0.25f},
    {"text on a duel's right card", P(text), P(panel), P(right), 0.55f},
    {"text on a duel's player, wrong", P(text), P(panel), P(wrong), 0.35f},
};
const size_t ui_theme_npairs = sizeof ui_theme_pairs / sizeof ui_theme_pairs[0];
#undef P
#undef BADGE

/* ==== the look in use, sizes, shapes and icons ============================ */

static ui_theme_id theme_now = UI_THEME_DARK;
static int text_pct = 100;

void ui_theme_use(ui_theme_id t)
{
    if ((unsigned)t >= UI_THEME_COUNT) return;
    theme_now = t;
    ui_pal = &palettes[t];
}

ui_theme_id ui_theme_current(void)
{
    return theme_now;
}

void ui_text_scale_use(int pct)
{
    text_pct = pct < 100 ? 100 : pct > 150 ? 150 : pct;
}

int ui_text_scale(void)
{
    return text_pct;
}

void ui_metrics_compute(ui_metrics *m, int w, int h)
{
    m->W = w;
    m->H = h;
    /* Text sizes follow the height (readable from the back of the room: the smallest
     * text is 1/24 of the height); margins follow the smaller dimension. */
    int s = w * 9 < h * 16 ? w * 9 / 16 : h; /* height of the largest 16:9 area */
    m->small = (h + 23) / 24;
    m->body = h / 21;
    m->prompt = h / 15;
    m->big = h / 10;
    m->huge = h / 6;
    m->pad = s / 30;
    m->gap = s / 50;
    m->radius = s / 40;
    if (m->body < m->small) m->body = m->small;
    if (text_pct != 100) {
        /* the player's text size: the reading sizes by all of it, the titles (already large)
         * by half as much */
        int half = (100 + text_pct) / 2;
        m->small = m->small * text_pct / 100;
        m->body = m->body * text_pct / 100;
        m->prompt = m->prompt * half / 100;
        m->big = m->big * half / 100;
        m->huge = m->huge * half / 100;
    }
}

gfx_color ui_mix(gfx_color a, gfx_color b, float t)
{
    if (t < 0) t = 0;
    if (t > 1) t = 1;
    return (gfx_color){(uint8_t)(a.r + (b.r - a.r) * t), (uint8_t)(a.g + (b.g - a.g) * t),
                       (uint8_t)(a.b + (b.b - a.b) * t), (uint8_t)(a.a + (b.a - a.a) * t)};
}

bool ui_hit(gfx_rect r, int x, int y)
{
    return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}

void ui_draw_button(gfx *g, const ui_metrics *m, gfx_rect r, const char *label, ui_btn_style st,
                    bool hover, bool pressed, bool focus)
{
    gfx_color fill = st == UI_BTN_PRIMARY ? UI_ACCENT
                     : st == UI_BTN_RIGHT ? UI_RIGHT
                     : st == UI_BTN_WRONG ? UI_WRONG
                     : st == UI_BTN_DIM   ? UI_BAR
                                          : UI_PANEL;
    gfx_color ink = st == UI_BTN_PRIMARY ? UI_INK : UI_TEXT;
    if (hover && st == UI_BTN_PRIMARY)
        fill = UI_FOCUS;
    else if (hover)
        fill = ui_mix(fill, UI_TEXT, 0.12f);
    if (pressed) {
        int d = r.h / 20 + 1;
        r = (gfx_rect){r.x + d, r.y + d, r.w - 2 * d, r.h - 2 * d};
    }
    if (focus) {
        int f = m->H / 180 + 2;
        gfx_fill_rounded(g, (gfx_rect){r.x - f, r.y - f, r.w + 2 * f, r.h + 2 * f}, m->radius + f,
                         st == UI_BTN_PRIMARY ? UI_TEXT : UI_FOCUS);
    }
    ui_draw_panel(g, m, r, fill);
    if (label && *label) {
        int px = gfx_text_fit(g, label, GFX_FONT_BOLD, m->body, m->small, r.w - 2 * m->gap,
                              r.h - m->gap);
        int th = gfx_text_wrapped_height(g, label, GFX_FONT_BOLD, px, r.w - 2 * m->gap, NULL);
        gfx_text_wrapped(g, label, GFX_FONT_BOLD, px, r.x + m->gap, r.y + (r.h - th) / 2,
                         r.w - 2 * m->gap, GFX_ALIGN_CENTER, ink);
    }
}

void ui_draw_panel(gfx *g, const ui_metrics *m, gfx_rect r, gfx_color fill)
{
    /* A darker lip under the panel gives it depth; only its visible strip is drawn, so a
     * panel costs one fill, not two. */
    int lip = m->H / 160 + 1, rad = m->radius;
    if (rad > r.h / 2) rad = r.h / 2;
    gfx_fill_rounded(g, (gfx_rect){r.x, r.y + r.h - 2 * rad + lip, r.w, 2 * rad}, rad,
                     ui_mix(fill, UI_BG, 0.55f));
    ui_fill_box(g, m, r, m->radius, fill);
}

void ui_fill_box(gfx *g, const ui_metrics *m, gfx_rect r, int radius, gfx_color fill)
{
    gfx_box_mark(g, r); /* a text that crosses its edge overlaps it (ui_access_refit) */
    if (UI_BORDER.a) {  /* the light and high-contrast themes ring it: it stands off any ground */
        int b = ui_pal->border_px * m->H / 720;
        if (b < 1) b = 1;
        gfx_fill_rounded(g, r, radius, UI_BORDER);
        r = (gfx_rect){r.x + b, r.y + b, r.w - 2 * b, r.h - 2 * b};
        if (r.w <= 0 || r.h <= 0) return;
        radius = radius > b ? radius - b : 0;
    }
    gfx_fill_rounded(g, r, radius, fill);
}

/* The logo: a lookout's lamp — an amber lens in a navy ring, with beams. */
void ui_draw_badge(gfx *g, int cx, int cy, int size, size_t pos, bool box, int px)
{
    if (pos >= GAME_MAX_CHOICES) return;
    if (box)
        gfx_fill_rounded(g, (gfx_rect){cx - size / 2, cy - size / 2, size, size}, size / 5,
                         UI_BADGES[pos]);
    else
        gfx_fill_circle(g, cx, cy, size / 2, UI_BADGES[pos]);
    char letter[2] = {(char)('A' + pos), 0};
    gfx_text(g, letter, GFX_FONT_BOLD, px, cx, cy - px * 6 / 10, GFX_ALIGN_CENTER, UI_ON_PAPER);
}

void ui_draw_logo(gfx *g, int cx, int cy, int size)
{
    int r = size / 2;
    for (int i = -1; i <= 1; i++) {
        float a = (float)i * 0.42f;
        float x0 = (float)cx + cosf(a) * (float)r * 1.15f,
              y0 = (float)cy + sinf(a) * (float)r * 1.15f;
        float x1 = (float)cx + cosf(a) * (float)r * 1.75f,
              y1 = (float)cy + sinf(a) * (float)r * 1.75f;
        gfx_line(g, x0, y0, x1, y1, (float)size / 11.0f, UI_ACCENT);
    }
    gfx_fill_circle(g, cx, cy, r, UI_ACCENT);
    gfx_fill_circle(g, cx, cy, r * 78 / 100, UI_INK);
    gfx_fill_circle(g, cx, cy, r * 52 / 100, UI_ACCENT);
    gfx_fill_circle(g, cx, cy, r * 24 / 100, UI_INK);
    gfx_fill_circle(g, cx + r * 22 / 100, cy - r * 22 / 100, r * 11 / 100, UI_TEXT);
}

void ui_draw_check(gfx *g, int cx, int cy, int size, gfx_color c)
{
    float s = (float)size, w = s / 6.0f;
    gfx_line(g, (float)cx - s * 0.32f, (float)cy + s * 0.02f, (float)cx - s * 0.08f,
             (float)cy + s * 0.26f, w, c);
    gfx_line(g, (float)cx - s * 0.08f, (float)cy + s * 0.26f, (float)cx + s * 0.34f,
             (float)cy - s * 0.24f, w, c);
}

void ui_draw_cross(gfx *g, int cx, int cy, int size, gfx_color c)
{
    float s = (float)size * 0.27f, w = (float)size / 6.0f;
    gfx_line(g, (float)cx - s, (float)cy - s, (float)cx + s, (float)cy + s, w, c);
    gfx_line(g, (float)cx - s, (float)cy + s, (float)cx + s, (float)cy - s, w, c);
}

void ui_draw_clock(gfx *g, int cx, int cy, int size, gfx_color c, gfx_color bg)
{
    int r = size / 2;
    gfx_fill_circle(g, cx, cy, r, c);
    gfx_fill_circle(g, cx, cy, r * 74 / 100, bg);
    float w = (float)size / 9.0f;
    gfx_line(g, (float)cx, (float)cy, (float)cx, (float)cy - (float)r * 0.5f, w, c);
    gfx_line(g, (float)cx, (float)cy, (float)cx + (float)r * 0.38f, (float)cy, w, c);
}

void ui_draw_flame(gfx *g, int cx, int cy, int size)
{
    float s = (float)size;
    gfx_color outer = {255, 120, 40, 255}, inner = UI_ACCENT;
    gfx_fill_circle(g, cx, cy + size / 6, size * 30 / 100, outer);
    gfx_fill_triangle(g, (float)cx - s * 0.29f, (float)cy + s * 0.12f, (float)cx + s * 0.29f,
                      (float)cy + s * 0.12f, (float)cx + s * 0.05f, (float)cy - s * 0.5f, outer);
    gfx_fill_circle(g, cx, cy + size / 4, size * 16 / 100, inner);
    gfx_fill_triangle(g, (float)cx - s * 0.15f, (float)cy + s * 0.24f, (float)cx + s * 0.15f,
                      (float)cy + s * 0.24f, (float)cx - s * 0.02f, (float)cy - s * 0.12f, inner);
}

void ui_draw_speaker(gfx *g, int cx, int cy, int size, bool muted, gfx_color c)
{
    float s = (float)size;
    gfx_fill_rect(g, (gfx_rect){cx - size * 40 / 100, cy - size / 8, size / 5, size / 4}, c);
    gfx_fill_triangle(g, (float)cx - s * 0.25f, (float)cy - s * 0.12f, (float)cx + s * 0.05f,
                      (float)cy - s * 0.38f, (float)cx + s * 0.05f, (float)cy + s * 0.38f, c);
    gfx_fill_triangle(g, (float)cx - s * 0.25f, (float)cy + s * 0.12f, (float)cx - s * 0.25f,
                      (float)cy - s * 0.12f, (float)cx + s * 0.05f, (float)cy + s * 0.38f, c);
    float w = s / 12.0f;
    if (muted) {
        gfx_line(g, (float)cx + s * 0.16f, (float)cy - s * 0.15f, (float)cx + s * 0.42f,
                 (float)cy + s * 0.15f, w, c);
        gfx_line(g, (float)cx + s * 0.16f, (float)cy + s * 0.15f, (float)cx + s * 0.42f,
                 (float)cy - s * 0.15f, w, c);
    } else {
        gfx_line(g, (float)cx + s * 0.18f, (float)cy - s * 0.14f, (float)cx + s * 0.24f, (float)cy,
                 w, c);
        gfx_line(g, (float)cx + s * 0.24f, (float)cy, (float)cx + s * 0.18f, (float)cy + s * 0.14f,
                 w, c);
        gfx_line(g, (float)cx + s * 0.32f, (float)cy - s * 0.26f, (float)cx + s * 0.42f, (float)cy,
                 w, c);
        gfx_line(g, (float)cx + s * 0.42f, (float)cy, (float)cx + s * 0.32f, (float)cy + s * 0.26f,
                 w, c);
    }
}

void ui_draw_arrow(gfx *g, gfx_rect r, bool down, gfx_color c)
{
    float cx = (float)(r.x + r.w / 2), cy = (float)(r.y + r.h / 2), h = (float)r.h / 5;
    if (down)
        gfx_fill_triangle(g, cx - h * 1.3f, cy - h * 0.6f, cx + h * 1.3f, cy - h * 0.6f, cx, cy + h,
                          c);
    else
        gfx_fill_triangle(g, cx - h * 1.3f, cy + h * 0.6f, cx + h * 1.3f, cy + h * 0.6f, cx, cy - h,
                          c);
}

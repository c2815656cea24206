/* ui_theme.c — Vigie's look: palette, sizes from the window height, the logo, icons
 * drawn from shapes (so they need no font glyph and scale to any screen), buttons.
 * Text colours keep at least 4.5:1 contrast on the surfaces they sit on.
 */
#include "ui_theme.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

const gfx_color UI_BG = {13, 27, 46, 255}; /* deep navy */
const gfx_color UI_BAR = {21, 40, 66, 255};
const gfx_color UI_PANEL = {28, 52, 86, 255};
const gfx_color UI_PANEL_HI = {40, 72, 118, 255}; /* hover */
const gfx_color UI_TEXT = {245, 248, 252, 255};
const gfx_color UI_MUTED = {184, 198, 218, 255};
const gfx_color UI_ACCENT = {255, 182, 39, 255}; /* the lookout's lamp */
const gfx_color UI_ACCENT_DARK = {214, 138, 0, 255};
const gfx_color UI_RIGHT = {26, 122, 76, 255}; /* white text 5.4:1 */
const gfx_color UI_WRONG = {178, 38, 30, 255}; /* white text 6.2:1 */
const gfx_color UI_INK = {13, 27, 46, 255};    /* dark text on light badges */
const gfx_color UI_FOCUS = {255, 214, 120, 255};
const gfx_color UI_BADGES[GAME_MAX_CHOICES] = {
    {255, 182, 39, 255},  /* amber */
    {78, 205, 224, 255},  /* cyan */
    {255, 138, 176, 255}, /* pink */
    {160, 230, 110, 255}, /* lime */
    {190, 160, 255, 255}, /* violet */
    {255, 160, 90, 255},  /* orange */
};

static ui_theme_id theme_now = UI_THEME_DARK;
static int text_pct = 100;

void ui_theme_use(ui_theme_id t)
{
    if ((unsigned)t < UI_THEME_COUNT) theme_now = t;
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
    gfx_fill_rounded(g, r, m->radius, fill);
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
    gfx_text(g, letter, GFX_FONT_BOLD, px, cx, cy - px * 6 / 10, GFX_ALIGN_CENTER, UI_INK);
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

/* ui_theme.h — Vigie's look: the palette, sizes from the window's height, and the shapes the
 * screens are drawn with (buttons, panels, the logo, icons). Knows nothing of the ui's state
 * or of the game: only gfx/ (ui_theme.c).
 */
#ifndef VIGIE_UI_THEME_H
#define VIGIE_UI_THEME_H

#include "game/game.h"
#include "gfx/gfx.h"
#include "ui.h"

/* The look every screen draws with from now on: the palette of theme t (the UI_ colours
 * below), text sizes at pct % (ui_metrics_compute: 100, 125, 150). Process-wide, like the
 * palette it sets; the ui calls it when its settings change (ui_access_set). */
void ui_theme_use(ui_theme_id t);
ui_theme_id ui_theme_current(void);
void ui_text_scale_use(int pct);
int ui_text_scale(void);

extern const gfx_color UI_BG, UI_BAR, UI_PANEL, UI_PANEL_HI, UI_TEXT, UI_MUTED, UI_ACCENT,
    UI_ACCENT_DARK, UI_RIGHT, UI_WRONG, UI_INK, UI_FOCUS;
extern const gfx_color UI_BADGES[GAME_MAX_CHOICES];

typedef struct {
    int W, H;
    int pad;    /* outer margin */
    int gap;    /* between elements */
    int radius; /* panels */
    int small;  /* smallest text: 1/24 of the height */
    int body;
    int prompt;
    int big;
    int huge;
} ui_metrics;

void ui_metrics_compute(ui_metrics *m, int w, int h);
gfx_color ui_mix(gfx_color a, gfx_color b, float t);

typedef enum {
    UI_BTN_NORMAL = 0,
    UI_BTN_PRIMARY,
    UI_BTN_RIGHT,
    UI_BTN_WRONG,
    UI_BTN_DIM
} ui_btn_style;
void ui_draw_button(gfx *g, const ui_metrics *m, gfx_rect r, const char *label, ui_btn_style st,
                    bool hover, bool pressed, bool focus);
/* A rounded panel with a darker lip under it. */
void ui_draw_panel(gfx *g, const ui_metrics *m, gfx_rect r, gfx_color fill);
void ui_draw_logo(gfx *g, int cx, int cy, int size);
/* Choice pos's badge, as every screen shows it (the solo game, the live classroom's projector,
 * the phones): its letter (A…F) at px in dark ink on its colour (UI_BADGES), a disc, or with
 * box a rounded square (a choice of several), size across, centred on cx, cy. */
void ui_draw_badge(gfx *g, int cx, int cy, int size, size_t pos, bool box, int px);
void ui_draw_check(gfx *g, int cx, int cy, int size, gfx_color c);
void ui_draw_cross(gfx *g, int cx, int cy, int size, gfx_color c);
void ui_draw_clock(gfx *g, int cx, int cy, int size, gfx_color c, gfx_color bg);
void ui_draw_flame(gfx *g, int cx, int cy, int size);
void ui_draw_speaker(gfx *g, int cx, int cy, int size, bool muted, gfx_color c);
/* A triangle pointing down (or up), centred in r: scroll and move buttons. */
void ui_draw_arrow(gfx *g, gfx_rect r, bool down, gfx_color c);
bool ui_hit(gfx_rect r, int x, int y);

/* Animation lengths, ms. */
#define UI_ANIM_PULSE   1200
#define UI_ANIM_COUNT   700
#define UI_ANIM_RESULTS 1200

#endif

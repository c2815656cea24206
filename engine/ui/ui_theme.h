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

/* A theme's colours, by role. Every text colour has the surfaces it is drawn on listed in
 * ui_theme_pairs (ui_theme.c), next to the table, and a test holds each pair to WCAG 2's
 * 4.5:1 (7:1 in high contrast): a new pair is added there. */
typedef struct {
    gfx_color bg, bar, panel, panel_hi; /* surfaces, from the back to the hovered */
    gfx_color text, muted;              /* text on those surfaces */
    gfx_color accent;                   /* text on the surfaces; a fill under ink */
    gfx_color accent_dark;              /* a slider's filled track, a marked part's ring */
    gfx_color right, wrong;             /* fills under text: buttons, marks, verdicts */
    gfx_color ink;                      /* text and glyphs on accent and focus */
    gfx_color focus;                    /* the focus ring; a hovered primary button */
    gfx_color badges[GAME_MAX_CHOICES]; /* A…F, lettered in on_paper */
    gfx_color right_mark, wrong_mark;   /* rings and bars: the right ones, the time running out */
    gfx_color right_text, wrong_text;   /* a word in green or red on bg or panel */
    gfx_color right_bar, wrong_bar;     /* a bar on a track, no text on it: shares, time */
    gfx_color alert;                    /* the seconds when fewer than 5 are left */
    gfx_color error_text;               /* a broken level's line in the menu */
    gfx_color decoy;                    /* a part marked that was no clue (picture outline) */
    gfx_color paper, on_paper;          /* a typed field, light in every theme, and its text */
    gfx_color placeholder;              /* a field's hint, on paper */
    gfx_color border;                   /* around panels and buttons; alpha 0: none */
    int border_px;                      /* its width at 720 px of height */
    float bar_tint; /* how much of a bar's colour shows on a panel under text (the host's) */
} ui_palette;

/* The table's row of theme t (dark for an unknown t); the one in use. */
const ui_palette *ui_theme_palette(ui_theme_id t);
extern const ui_palette *ui_pal;

/* A text colour and the surface it is drawn on, as the screens draw them: the pairs the
 * contrast test checks in every theme. */
typedef struct {
    const char *name;
    size_t fg, bg; /* offsetof(ui_palette, …) */
    size_t with;   /* a surface mixed: ui_mix(bg, with, t) when t > 0 (hovers, the host's bars) */
    float t;       /* or UI_TINT_BAR: the palette's bar_tint */
} ui_theme_pair;
#define UI_TINT_BAR (-1.0f)
extern const ui_theme_pair ui_theme_pairs[];
extern const size_t ui_theme_npairs;
/* A colour of pal by its offset (ui_theme_pair); the surface of pair q in pal, mixed as drawn. */
gfx_color ui_palette_at(const ui_palette *pal, size_t off);
gfx_color ui_theme_pair_bg(const ui_palette *pal, const ui_theme_pair *q);

/* The colours every screen draws with: the palette in use's. */
#define UI_BG          (ui_pal->bg)
#define UI_BAR         (ui_pal->bar)
#define UI_PANEL       (ui_pal->panel)
#define UI_PANEL_HI    (ui_pal->panel_hi)
#define UI_TEXT        (ui_pal->text)
#define UI_MUTED       (ui_pal->muted)
#define UI_ACCENT      (ui_pal->accent)
#define UI_ACCENT_DARK (ui_pal->accent_dark)
#define UI_RIGHT       (ui_pal->right)
#define UI_WRONG       (ui_pal->wrong)
#define UI_INK         (ui_pal->ink)
#define UI_FOCUS       (ui_pal->focus)
#define UI_BADGES      (ui_pal->badges)
#define UI_RIGHT_MARK  (ui_pal->right_mark)
#define UI_WRONG_MARK  (ui_pal->wrong_mark)
#define UI_RIGHT_TEXT  (ui_pal->right_text)
#define UI_WRONG_TEXT  (ui_pal->wrong_text)
#define UI_RIGHT_BAR   (ui_pal->right_bar)
#define UI_WRONG_BAR   (ui_pal->wrong_bar)
#define UI_ALERT       (ui_pal->alert)
#define UI_ERROR_TEXT  (ui_pal->error_text)
#define UI_DECOY       (ui_pal->decoy)
#define UI_PAPER       (ui_pal->paper)
#define UI_ON_PAPER    (ui_pal->on_paper)
#define UI_PLACEHOLDER (ui_pal->placeholder)
#define UI_BORDER      (ui_pal->border)
#define UI_BAR_TINT    (ui_pal->bar_tint)

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
/* A flat rounded box (no lip) ringed in the theme's border when it has one: a field, a card,
 * a small button, that must stand off the ground in every theme. */
void ui_fill_box(gfx *g, const ui_metrics *m, gfx_rect r, int radius, gfx_color fill);
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

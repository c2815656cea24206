/* ui_widgets.h — the pieces every screen and kind draws with, over the ui's state: catalog
 * strings and numbers, the game's top bar and countdown, footers, centred text, buttons'
 * widths, text fields, hit targets, easing (ui_widgets.c). They read the state, never the
 * game's rules, and change nothing but the targets they are given.
 */
#ifndef VIGIE_UI_WIDGETS_H
#define VIGIE_UI_WIDGETS_H

#include "ui_internal.h"

/* How the screen shown addresses the player in French: the register of the pack being
 * played or browsed (its level's screens, its boards); on the title and the menu, "vous" only
 * when every pack shown says "vous". */
game_register ui_register(const ui *u);
/* Catalog text in that register; ui_fmt with {1}…{3} replaced. */
const char *ui_str(const ui *u, const char *key);
/* A board's tag for a run played at pace p ("×2", "sans chrono"), "" for NORMAL; the legend
 * line a board shows under it where a tag appears (ui_scores.c). */
const char *ui_pace_tag(const ui *u, game_pace p);
const char *ui_pace_legend(const ui *u);
void ui_fmt(const ui *u, char *buf, size_t n, const char *key, const char *a1, const char *a2,
            const char *a3);
/* 12 345 with a thin space (French) or a comma (English). */
void ui_number(const ui *u, char *buf, size_t n, long v);
/* A number counting up from `from` to `to` as t goes 0…1: exactly `to` at the end, however large
 * (the count is done in integers and doubles, never in floats). */
long ui_count_up(long from, long to, float t);

/* t clamped to 0…1, and eased out (cubic: fast start, gentle landing). */
float ui_clamp01(float t);
float ui_ease(float t);
/* Reduced motion (ui_access): every animation shows its end state at once, nothing blinks,
 * and a countdown moves on the second only. */
static inline bool ui_still(const ui *u)
{
    return u->cfg.access.reduced_motion;
}
/* Milliseconds to the next whole second of a countdown with left ms to go (its seconds' text
 * changes then): how often a still screen redraws it. */
static inline int ui_still_tick(uint32_t left)
{
    return left % 1000u ? (int)(left % 1000u) : 1000;
}

/* Hit targets: add one (dropped when full); the topmost at x, y; the first of kind k and
 * index (NULL: none). */
void ui_add_target(ui_targets *t, ui_target_kind k, int index, gfx_rect r);
const ui_target *ui_target_at(const ui_targets *ts, int x, int y);
const ui_target *ui_target_find(const ui_targets *ts, ui_target_kind k, int index);
/* The pointer is over r. */
bool ui_hovering(const ui *u, gfx_rect r);

/* "Esc again to leave", in an accent pill over the footer: a first Esc during a question. */
void ui_leave_notice(ui *u, const ui_metrics *m);
/* The texts of the top bar while a question or its feedback shows (false otherwise): at the
 * left the question counter, or the level's title when the level is one mini-game; the score,
 * or "" while a mini-game runs (it scores when it ends). */
bool ui_top_bar_texts(const ui *u, char *left, size_t nl, char *score, size_t ns);
/* The game screens' top bar (question counter, clock, score, streak); returns its height. */
int ui_top_bar(ui *u, const ui_metrics *m, uint64_t now, bool draw);
/* The countdown under the bar: green, then amber, then red. */
void ui_timer_bar(ui *u, const ui_metrics *m, int bar, uint64_t now);
/* A muted line of key hints at the bottom, and the height it takes. */
void ui_footer(ui *u, const ui_metrics *m, const char *text);
int ui_footer_height(const ui_metrics *m);
/* Centred text wrapped into balanced lines (no word alone on the last line); returns the
 * height (and draws only with draw). */
int ui_centered(ui *u, const char *text, gfx_font f, int px, int x, int y, int w, gfx_color c,
                bool draw);
/* A width that holds each label (catalog keys; k2 may be NULL) on one line, within reason. */
int ui_button_width(ui *u, const ui_metrics *m, const char *k1, const char *k2);

/* A one-line text field with its caret at the end, centred in r. */
void ui_draw_text_field(ui *u, const ui_metrics *m, gfx_rect r, const char *text);
/* Removes the last UTF-8 character of s (what Backspace does in a text field). */
void ui_erase_last(char *s);

#endif

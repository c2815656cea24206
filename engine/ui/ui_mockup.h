/* ui_mockup.h — the mock-ups a hotspot question shows, drawn from data: a mail, an SMS, a
 * browser page, a social-network post, spots on a picture (ui_mockup.c). Used by the hotspot
 * kind's view (ui_hotspot.c); reads the question and the player's marks, changes nothing.
 */
#ifndef VIGIE_UI_MOCKUP_H
#define VIGIE_UI_MOCKUP_H

#include "ui_kinds.h"

/* Where each part of a mock-up goes. */
typedef struct {
    gfx_rect panel;
    gfx_rect part[GAME_MAX_PARTS];
    int px;
    int status_y; /* where the hovered link's real target shows */
} ui_mockup_layout;

/* Lays out the question's mock-up between top and bottom, and draws it. */
void ui_mockup_compute(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M);
void ui_mockup_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M);

/* The text a part shows (the sender as "Name <address>"). */
void ui_part_text(const ui *u, const game_part *p, char *buf, size_t n);
/* Where a spot lies on the picture drawn at P, and its outline, t thick, on a dark one that
 * reads on any picture. */
gfx_rect ui_spot_rect(gfx_rect P, const game_part *p);
void ui_spot_outline(gfx *g, gfx_rect r, int t, gfx_color c);

#endif

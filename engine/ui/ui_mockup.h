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
    int status_y;                  /* the foot of the panel, kept free for a link's real target */
    gfx_rect flag[GAME_MAX_PARTS]; /* a marked part's "!": beside it, off its text and ring */
    /* Where parts are in sight: a part not wholly inside it is out of sight. A mail too long
     * for it at its smallest text scrolls: scroll (0 … scroll_max) is how far its content is
     * moved up, and the parts are placed where it puts them. */
    gfx_rect view;
    int scroll, scroll_max;
    int variant; /* a mock-up's own choice of shape: 1 for a call shown sideways */
} ui_mockup_layout;

/* A link's real target, shown as an app shows it on hover or long press. */
typedef struct {
    int part;     /* the link, -1 when none shows */
    gfx_rect box; /* where it shows: wholly on screen, off the link */
    int px;       /* its text size */
    char text[400];
} ui_mockup_reveal;

/* Lays out the question's mock-up between top and bottom, and draws it. */
void ui_mockup_compute(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M);
void ui_mockup_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M);
/* The wheel's, a drag's or a key's new scroll of the question's mail, kept in [0, scroll_max]
 * of M; part >= 0: just enough to bring that part wholly into view. */
void ui_mockup_scroll(ui *u, const ui_mockup_layout *M, int by, int part);
/* Is part i seen whole where the layout put it (a long mail: as scrolled)? false and *where
 * ("below", "above", "beside") when it is not. */
bool ui_mockup_part_seen(const ui_mockup_layout *M, size_t i, const char **where);
/* The "!" of each marked part in sight, beside it: drawn after the mock-up, unclipped, as a
 * flag may stand outside the panel (beside a spot at a picture's edge). */
void ui_mockup_draw_flags(ui *u, const ui_mockup_layout *M);

/* Which link's real target shows and where: the link under the pointer (a resting mouse, or
 * where a finger lifted), else the one the keyboard's focus is on, else a marked one. The box
 * goes at the panel's foot when that is free, else under or over the link, on screen. */
void ui_mockup_reveal_place(ui *u, const ui_metrics *m, const ui_mockup_layout *M,
                            ui_mockup_reveal *R);
void ui_mockup_reveal_draw(ui *u, const ui_metrics *m, const ui_mockup_reveal *R);
/* The tallest box a link of the question may need, at the panel's width w: the room a
 * mock-up keeps at its foot (0 without links). */
int ui_mockup_reveal_room(ui *u, const ui_metrics *m, int w);
/* For tests: the link part whose real target the hotspot question shows now (-1 none), and
 * where (*where, if not NULL); where part i of the mock-up is. */
int ui_hotspot_revealed(ui *u, uint64_t now, gfx_rect *where);
gfx_rect ui_hotspot_part(ui *u, uint64_t now, int part);
/* For `vigie check`: calls fn with the name of each part of the question's mock-up that is
 * not seen whole as the question first shows (where: "below", "above", "beside"; scrolls:
 * a long mail, which the player must scroll to reach it); how many. */
size_t ui_hotspot_hidden(ui *u, uint64_t now,
                         void (*fn)(void *ud, const char *part, const char *where, bool scrolls),
                         void *ud);
/* For tests: where part i's "!" shows once marked. */
gfx_rect ui_hotspot_flag(ui *u, uint64_t now, int part);

/* A part's note in the ui's language: a chat sender's badge, a letterhead's address line, an
 * invoice line's amount; NULL when it has none. */
const char *ui_part_note(const ui *u, const game_part *p);
/* The text a part shows (the sender as "Name <address>"). */
void ui_part_text(const ui *u, const game_part *p, char *buf, size_t n);
/* Where a spot lies on the picture drawn at P, and its outline, t thick, on a dark one that
 * reads on any picture. */
gfx_rect ui_spot_rect(gfx_rect P, const game_part *p);
void ui_spot_outline(gfx *g, gfx_rect r, int t, gfx_color c);

#endif

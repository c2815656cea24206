/* ui_kiosk.h — what the kiosk's files share (ui_kiosk.c: its logic; ui_kiosk_draw.c: its
 * screens' drawing), and the few calls the other screens make into it (ui_app.c, ui_nick.c).
 * The rest is in ui_screens.h.
 */
#ifndef VIGIE_UI_KIOSK_H
#define VIGIE_UI_KIOSK_H

#include "ui_screens.h"

/* How long each page of the attract loop shows; the teaser's animation within its page. */
#define UI_KIOSK_PAGE_MS    8000
#define UI_KIOSK_TEASER_MS  5600
#define UI_KIOSK_PAGES      3 /* today's top 10, the teaser, where to get help */
#define UI_KIOSK_PAGE_TOP   0
#define UI_KIOSK_PAGE_TEASE 1
#define UI_KIOSK_PAGE_HELP  2
/* "Toujours là ?" counts down this long; the end screen goes back by itself after END_MS; the
 * operator's long press in the corner lasts CORNER_MS. */
#define UI_KIOSK_STILL_MS  10000
#define UI_KIOSK_END_MS    20000
#define UI_KIOSK_CORNER_MS 3000
/* The address the QR codes give when the organiser named none. */
#define UI_KIOSK_HELP_URL "https://www.cybermalveillance.gouv.fr"

/* The kiosk is on. */
bool ui_kiosk_on(const ui *u);
/* The nickname screen in kiosk form (ui_nick.c asks): the field empty, the keyboard up. */
bool ui_kiosk_nick(const ui *u);
/* The nickname was given (or not): the round opens at its first question, and its run begins
 * in the records. */
void ui_kiosk_play(ui *u, uint64_t now);
/* After every input and update: a round that reached its results goes to the end screen. */
void ui_kiosk_follow(ui *u, uint64_t now);
/* "Toujours là ?" over whatever shows, when it does (ui_draw calls it last). */
void ui_kiosk_overlay(ui *u, uint64_t now);
/* The QR code's address. */
const char *ui_kiosk_help_url(const ui *u);

/* ui_kiosk_draw.c: the attract loop's and the end screen's layouts (the same function lays
 * out and draws); the attract loop's page shown since when. */
void ui_kiosk_attract_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t);
void ui_kiosk_end_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t);
uint64_t ui_kiosk_page_since(const ui *u);
/* The size of the corner that a 3-second press opens the operator from. */
int ui_kiosk_corner(const ui_metrics *m);

#endif

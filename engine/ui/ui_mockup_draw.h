/* ui_mockup_draw.h — what the mock-up files share (ui_mockup.c and one file per family of
 * mock-ups: ui_mockup_mail.c, ui_mockup_web.c,
 * ui_mockup_work.c, ui_mockup_phone.c): the marks and their flags, the text's smallest
 * size, an avatar, and each mock-up's layout and drawing for the table of ui_mockup.c. Internal
 * to those files.
 */
#ifndef VIGIE_UI_MOCKUP_DRAW_H
#define VIGIE_UI_MOCKUP_DRAW_H

#include "ui_mockup.h"

/* The parts the player marked: none on the live classroom's projector, which has no session. */
unsigned ui_mockup_marks(const ui *u);
/* The room a part spanning its mock-up's width keeps at its right for the "!" of px. */
int ui_mockup_flag_room(const ui_metrics *m, int px);
/* A mock-up's text, smallest: a little under small, as the flags' column narrows its parts. */
int ui_mockup_floor(const ui_metrics *m);
/* The flag of px beside r, off its ring; every part's flag beside it. */
gfx_rect ui_mockup_flag_beside(const ui_metrics *m, gfx_rect r, int px);
void ui_mockup_flags_beside(const ui_metrics *m, const game_question *q, ui_mockup_layout *M);
/* The ring of part i at r (marked, focused or under the pointer), on a background bg. */
void ui_mockup_ring(ui *u, const ui_metrics *m, size_t i, gfx_rect r, gfx_color bg);
/* A round avatar of diameter d at (cx, cy): the initial of name on a colour drawn from it;
 * that colour, and that initial (one UTF-8 character, after spaces, "@" and "+"). */
void ui_mockup_avatar(gfx *g, const char *name, int cx, int cy, int d);
gfx_color ui_mockup_hue(const char *name);
void ui_mockup_initial(const char *name, char out[5]);
/* A mock-up whose parts were placed unscrolled, its content ending at low: when that is past
 * its panel, it scrolls in a view from view_top to the panel's foot (kept for "more below"),
 * its parts moved up by the scroll (low includes the margin under the last part); status_y, view,
 * scroll and scroll_max set either way. Its drawing then starts with ui_mockup_scroll_draw (the
 * bar, "more below", the view's clip) and draws only what its view shows. */
void ui_mockup_scroll_fit(ui *u, const ui_metrics *m, const game_question *q, ui_mockup_layout *M,
                          int view_top, int low);
void ui_mockup_scroll_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M);

/* The width of t at px; t drawn on one line in w, smaller (down to 3/4) before it is cut. */
int ui_mockup_text_w(gfx *g, const char *t, gfx_font f, int px);
void ui_mockup_text_line(gfx *g, const char *t, gfx_font f, int px, int x, int y, int w,
                         gfx_align a, gfx_color c);

/* Each mock-up: its layout between top and bottom, and its drawing. */
void ui_mockup_mail_layout(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M);
void ui_mockup_mail_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M);
void ui_mockup_sms_layout(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M);
void ui_mockup_sms_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M);
void ui_mockup_browser_layout(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M);
void ui_mockup_browser_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M);
void ui_mockup_post_layout(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M);
void ui_mockup_post_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M);
void ui_mockup_spots_layout(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M);
void ui_mockup_spots_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M);

void ui_mockup_chat_layout(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M);
void ui_mockup_chat_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M);
void ui_mockup_document_layout(ui *u, const ui_metrics *m, int top, int bottom,
                               ui_mockup_layout *M);
void ui_mockup_document_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M);
void ui_mockup_call_layout(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M);
void ui_mockup_call_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M);
void ui_mockup_notification_layout(ui *u, const ui_metrics *m, int top, int bottom,
                                   ui_mockup_layout *M);
void ui_mockup_notification_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M);

#endif

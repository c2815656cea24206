/* ui_operator.h — what the operator's two files share (ui_operator.c: the PIN pad, the menu,
 * the round and pack lists, the confirmations; ui_operator_figures.c: today's figures). Not for
 * the other screens: they open the menu with ui_operator_open (ui_screens.h).
 */
#ifndef VIGIE_UI_OPERATOR_H
#define VIGIE_UI_OPERATOR_H

#include "ui_screens.h"

/* u->op.page */
enum { OP_PAGE_MENU = 0, OP_PAGE_FIGURES, OP_PAGE_ROUND, OP_PAGE_PACK };
/* u->op.confirm */
enum { OP_CONFIRM_NONE = 0, OP_CONFIRM_RESET, OP_CONFIRM_QUIT };

/* A button (a target of kind k and index at r), drawn with draw, with the keys' focus when it
 * is there. */
void ui_op_button(ui *u, const ui_metrics *m, bool draw, ui_targets *t, ui_target_kind k, int index,
                  gfx_rect r, const char *label, ui_btn_style st);
/* The page's heading at the top, x to x + w, whole (noted in u->shown); the y under it. */
int ui_op_heading(ui *u, const ui_metrics *m, const char *text, int x, int w, bool draw);
/* The muted key hints (a catalog key) in the row at y, h high, from the left margin to x_end. */
void ui_op_keys(ui *u, const ui_metrics *m, const char *key, int y, int h, int x_end);
/* Today's figures (u->op.fig, read when the page opened): visitors per hour as bars, the
 * counts, the questions most missed; Back (UI_T_BACK) at the bottom right. */
void ui_op_figures_layout(ui *u, const ui_metrics *m, bool draw, ui_targets *t);

#endif

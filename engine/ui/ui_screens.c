/* ui_screens.c — the table of screens, one row per ui_screen (each row in its screen's file):
 * opening one, and laying out (and with draw, drawing) the one shown. A new screen is its file
 * and one line here; the build fails without it.
 */
#include "ui_screens.h"

/* Each screen's row, in ui_screen order. */
static const ui_screen_view *const screens[] = {
    [UI_SCREEN_TITLE] = &ui_screen_title,   [UI_SCREEN_MENU] = &ui_screen_menu,
    [UI_SCREEN_GAME] = &ui_screen_game,     [UI_SCREEN_ERROR] = &ui_screen_error,
    [UI_SCREEN_NICK] = &ui_screen_nick,     [UI_SCREEN_REPORT] = &ui_screen_report,
    [UI_SCREEN_SCORES] = &ui_screen_scores, [UI_SCREEN_SESSION] = &ui_screen_session,
};
_Static_assert(sizeof screens / sizeof screens[0] == UI_SCREEN_COUNT,
               "every screen needs a row in ui_screens.c");

const ui_screen_view *ui_screen_view_of(ui_screen s)
{
    return (unsigned)s < UI_SCREEN_COUNT ? screens[s] : screens[UI_SCREEN_MENU];
}

void ui_screen_open(ui *u, ui_screen s, uint64_t now)
{
    ui_screen_view_of(s)->open(u, now);
}

void ui_screen_show(ui *u, ui_screen s)
{
    u->screen = s;
    u->focus = -1;
    u->pressed = false;
    u->dirty = true;
}

void ui_back_activate(ui *u, const ui_target *t, uint64_t now)
{
    if (t->kind == UI_T_BACK) ui_screen_open(u, UI_SCREEN_MENU, now);
}

void ui_screen_layout(ui *u, uint64_t now_ms, bool draw, ui_targets *out)
{
    ui_metrics m;
    int w, h;
    gfx_size(u->g, &w, &h);
    ui_metrics_compute(&m, w, h);
    out->n = 0;
    if (draw) gfx_clear(u->g, UI_BG);
    ui_screen_view_of(u->screen)->layout(u, &m, now_ms, draw, out);
}

/* ui_screens.c — one entry for every screen: lays out (and with draw, draws) the screen shown
 * and fills its targets. Each screen is in its own file (ui_screens.h).
 */
#include "ui_screens.h"

void ui_screen_layout(ui *u, uint64_t now_ms, bool draw, ui_targets *out)
{
    ui_metrics m;
    int w, h;
    gfx_size(u->g, &w, &h);
    ui_metrics_compute(&m, w, h);
    out->n = 0;
    if (draw) gfx_clear(u->g, UI_BG);
    switch (u->screen) {
    case UI_SCREEN_TITLE:
        ui_title_screen(u, &m, draw, out);
        break;
    case UI_SCREEN_MENU:
        ui_menu_screen(u, &m, draw, out);
        break;
    case UI_SCREEN_ERROR:
        ui_error_screen(u, &m, draw, out);
        break;
    case UI_SCREEN_NICK:
        ui_nick_screen(u, &m, draw, out);
        break;
    case UI_SCREEN_REPORT:
        ui_report_screen(u, &m, draw, out);
        break;
    case UI_SCREEN_SCORES:
        ui_scores_screen(u, &m, draw, out);
        break;
    case UI_SCREEN_SESSION:
        ui_session_screen(u, &m, draw, out);
        break;
    case UI_SCREEN_GAME:
        ui_game_screen(u, &m, now_ms, draw, out);
        break;
    }
}

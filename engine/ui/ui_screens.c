/* ui_screens.c — the table of screens, one row per ui_screen (each row in its screen's file):
 * opening one, and laying out (and with draw, drawing) the one shown. A new screen is its file
 * and one line here; the build fails without it.
 */
#include "ui_screens.h"

/* Each screen's row, in ui_screen order. */
static const ui_screen_view *const screens[] = {
    [UI_SCREEN_TITLE] = &ui_screen_title,       [UI_SCREEN_MENU] = &ui_screen_menu,
    [UI_SCREEN_GAME] = &ui_screen_game,         [UI_SCREEN_ERROR] = &ui_screen_error,
    [UI_SCREEN_NICK] = &ui_screen_nick,         [UI_SCREEN_REPORT] = &ui_screen_report,
    [UI_SCREEN_SCORES] = &ui_screen_scores,     [UI_SCREEN_SESSION] = &ui_screen_session,
    [UI_SCREEN_ATTRACT] = &ui_screen_attract,   [UI_SCREEN_KIOSK_END] = &ui_screen_kiosk_end,
    [UI_SCREEN_OPERATOR] = &ui_screen_operator, [UI_SCREEN_DUEL] = &ui_screen_duel,
    [UI_SCREEN_SETTINGS] = &ui_screen_settings, [UI_SCREEN_INSTALL] = &ui_screen_install,
};
_Static_assert(sizeof screens / sizeof screens[0] == UI_SCREEN_COUNT,
               "every screen needs a row in ui_screens.c");

const ui_screen_view *ui_screen_view_of(ui_screen s)
{
    return (unsigned)s < UI_SCREEN_COUNT ? screens[s] : screens[UI_SCREEN_MENU];
}

void ui_screen_open(ui *u, ui_screen s, uint64_t now)
{
    const ui_screen_view *v = ui_screen_view_of(s);
    if (v->open)
        v->open(u, now);
    else
        ui_screen_show(u, s);
}

void ui_screen_show(ui *u, ui_screen s)
{
    u->screen = s;
    u->focus = -1;
    u->tab.on = false;
    u->pressed = false;
    u->dirty = true;
}

void ui_back_activate(ui *u, const ui_target *t, uint64_t now)
{
    if (t->kind == UI_T_BACK) ui_screen_open(u, UI_SCREEN_MENU, now);
}

gfx_rect ui_back_button(ui *u, const ui_metrics *m, ui_targets *t)
{
    int bw = ui_button_width(u, m, "res.menu", NULL), bh = m->body * 2;
    gfx_rect back = {m->W - m->pad - bw, m->H - m->pad - bh, bw, bh};
    ui_add_target(t, UI_T_BACK, 0, back);
    return back;
}

void ui_draw_back_button(ui *u, const ui_metrics *m, gfx_rect back, const char *keys)
{
    ui_draw_button(u->g, m, back, ui_str(u, "res.menu"), UI_BTN_PRIMARY, ui_hovering(u, back),
                   u->pressed && ui_hovering(u, back), true);
    gfx_text(u->g, ui_str(u, keys), GFX_FONT_REGULAR, m->small, m->pad,
             back.y + (back.h - m->small * 6 / 5) / 2, GFX_ALIGN_LEFT, UI_MUTED);
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
    if (draw) ui_tab_draw(u, out);
}

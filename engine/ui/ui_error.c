/* ui_error.c — what goes wrong, said in plain words: the error screen (which file, which line,
 * why, and for a Lua syntax error what it usually means), and over any screen the failed
 * reload's error, a notice about the kept results, the "reloaded" note. Reads the ui's state
 * only.
 */
#include "ui_screens.h"

#include <stdio.h>

/* ==== the error screen ==================================================== */

static void error_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    (void)now;
    gfx *g = u->g;
    int bw = m->W / 3, bh = m->body * 2;
    gfx_rect back = {m->W / 2 - bw / 2, m->H - m->pad - bh, bw, bh};
    ui_add_target(t, UI_T_BACK, 0, back);
    if (!draw) return;
    int icon = m->big;
    int y = m->pad * 2;
    gfx_fill_circle(g, m->W / 2, y + icon / 2, icon / 2, UI_WRONG);
    ui_draw_cross(g, m->W / 2, y + icon / 2, icon, UI_TEXT);
    y += icon + m->gap * 2;
    int w = m->W - 4 * m->pad;
    y += gfx_text_wrapped(g, ui_str(u, "err.heading"), GFX_FONT_BOLD, m->body * 5 / 4, 2 * m->pad,
                          y, w, GFX_ALIGN_CENTER, UI_TEXT);
    /* What happened, in plain words and in the player's language; the exact detail, for
     * the level's author, comes below. */
    static const char *const kinds[] = {"errkind.other",     "errkind.file",    "errkind.syntax",
                                        "errkind.forbidden", "errkind.content", "errkind.runtime",
                                        "errkind.time",      "errkind.memory"};
    unsigned k =
        (unsigned)u->error.kind < sizeof kinds / sizeof *kinds ? (unsigned)u->error.kind : 0;
    y += ui_centered(u, ui_str(u, kinds[k]), GFX_FONT_REGULAR, m->small, 2 * m->pad, y, w, UI_TEXT,
                     true);
    y += m->gap;
    char where[700], n1[16];
    const char *file = u->error.file[0] ? u->error.file : "?";
    if (u->error.line > 0) {
        snprintf(n1, sizeof n1, "%d", u->error.line);
        ui_fmt(u, where, sizeof where, "err.where", file, n1, NULL);
    } else {
        snprintf(where, sizeof where, "%s", file);
    }
    y += gfx_text_wrapped(g, where, GFX_FONT_BOLD, m->small, 2 * m->pad, y, w, GFX_ALIGN_CENTER,
                          UI_ACCENT);
    y += m->gap;
    /* A syntax error's likely cause and the line to look at, in the game's language: first,
     * since it is what the trainer acts on. */
    char hint[600];
    if (game_error_hint(&u->error, u->lang, hint, sizeof hint)) {
        int hh = gfx_text_wrapped_height(g, hint, GFX_FONT_BOLD, m->small, w, NULL);
        if (hh > m->small * 4) hh = m->small * 4;
        gfx_clip(g, &(gfx_rect){2 * m->pad, y, w, hh});
        gfx_text_wrapped(g, hint, GFX_FONT_BOLD, m->small, 2 * m->pad, y, w, GFX_ALIGN_CENTER,
                         UI_TEXT);
        gfx_clip(g, NULL);
        y += hh + m->gap;
    }
    int avail = back.y - y - m->small * 4 - m->pad;
    int px = gfx_text_fit(g, u->error.message, GFX_FONT_REGULAR, m->body, m->small, w - 2 * m->gap,
                          avail - 2 * m->gap);
    int h =
        gfx_text_wrapped_height(g, u->error.message, GFX_FONT_REGULAR, px, w - 2 * m->gap, NULL);
    if (h > avail - 2 * m->gap) h = avail - 2 * m->gap;
    gfx_rect panel = {2 * m->pad, y, w, h + 2 * m->gap};
    gfx_fill_rounded(g, panel, m->radius, UI_PANEL);
    gfx_clip(g, &panel);
    gfx_text_wrapped(g, u->error.message, GFX_FONT_REGULAR, px, panel.x + m->gap, y + m->gap,
                     w - 2 * m->gap, GFX_ALIGN_LEFT, UI_TEXT);
    gfx_clip(g, NULL);
    y += panel.h + m->gap;
    gfx_text_wrapped(g, ui_str(u, "err.hint"), GFX_FONT_REGULAR, m->small, 2 * m->pad, y, w,
                     GFX_ALIGN_CENTER, UI_MUTED);
    ui_draw_button(g, m, back, ui_str(u, "err.back"), UI_BTN_PRIMARY, ui_hovering(u, back),
                   u->pressed && ui_hovering(u, back), true);
}

/* Enter or Esc: back to the menu. */
static void error_key(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    (void)ts;
    if (ev->key == INPUT_KEY_ENTER || ev->key == INPUT_KEY_BACK)
        ui_screen_open(u, UI_SCREEN_MENU, now);
}

/* F5 reloads the level that failed. */
const ui_screen_view ui_screen_error = {
    .layout = error_layout, .key = error_key, .activate = ui_back_activate, .level = true};

/* ==== over any screen ===================================================== */

void ui_draw_overlays(ui *u, uint64_t now_ms)
{
    ui_metrics mm;
    int w, h;
    gfx_size(u->g, &w, &h);
    ui_metrics_compute(&mm, w, h);
    const ui_metrics *m = &mm;
    gfx *g = u->g;
    if (u->reload.failed) {
        /* A broken save: say where and why, over the game, which goes on. */
        char where[700], n1[16], msg[1900];
        const game_error *e = &u->reload.error;
        if (e->line > 0) {
            snprintf(n1, sizeof n1, "%d", e->line);
            ui_fmt(u, where, sizeof where, "err.where", e->file, n1, NULL);
        } else {
            snprintf(where, sizeof where, "%s", e->file);
        }
        char hint[600];
        if (game_error_hint(e, u->lang, hint, sizeof hint))
            snprintf(msg, sizeof msg, "%s — %s — %s", where, e->message, hint);
        else
            snprintf(msg, sizeof msg, "%s — %s", where, e->message);
        int pw = m->W - 2 * m->pad;
        int th = gfx_text_wrapped_height(g, msg, GFX_FONT_REGULAR, m->small, pw - 2 * m->gap, NULL);
        if (th > m->H / 3) th = m->H / 3;
        int ph = m->small * 12 / 5 + th + m->gap * 4;
        gfx_rect r = {m->pad, m->H - m->pad - ph, pw, ph};
        gfx_fill_rounded(g, (gfx_rect){r.x - 3, r.y - 3, r.w + 6, r.h + 6}, m->radius + 3, UI_TEXT);
        gfx_fill_rounded(g, r, m->radius, UI_WRONG);
        int y = r.y + m->gap;
        gfx_text(g, ui_str(u, "reload.failed"), GFX_FONT_BOLD, m->small, r.x + m->gap, y,
                 GFX_ALIGN_LEFT, UI_TEXT);
        y += m->small * 6 / 5 + m->gap / 2;
        gfx_clip(g, &(gfx_rect){r.x, y, r.w, th});
        gfx_text_wrapped(g, msg, GFX_FONT_REGULAR, m->small, r.x + m->gap, y, pw - 2 * m->gap,
                         GFX_ALIGN_LEFT, UI_TEXT);
        gfx_clip(g, NULL);
        y += th + m->gap / 2;
        gfx_text(g, ui_str(u, "reload.hint"), GFX_FONT_REGULAR, m->small, r.x + m->gap, y,
                 GFX_ALIGN_LEFT, UI_TEXT);
    } else if (now_ms < u->notice.until && u->notice.text[0]) {
        /* about the results: a damaged database kept aside, saving that stopped */
        int nw = m->W - 4 * m->pad;
        int nh = gfx_text_wrapped_height(g, u->notice.text, GFX_FONT_REGULAR, m->small, nw, NULL);
        gfx_rect nr = {2 * m->pad - m->gap, m->H - m->pad - nh - m->gap * 2 - ui_footer_height(m),
                       nw + 2 * m->gap, nh + m->gap * 2};
        gfx_fill_rounded(g, nr, m->radius / 2, UI_WRONG);
        gfx_text_wrapped(g, u->notice.text, GFX_FONT_REGULAR, m->small, 2 * m->pad, nr.y + m->gap,
                         nw, GFX_ALIGN_LEFT, UI_TEXT);
    } else if (now_ms < u->reload.toast_until) {
        const char *t = ui_str(u, "reload.done");
        int tw, th;
        gfx_text_size(g, t, GFX_FONT_BOLD, m->small, &tw, &th);
        gfx_rect r = {m->W / 2 - tw / 2 - m->pad, m->H - m->pad - th - m->gap * 2, tw + 2 * m->pad,
                      th + m->gap * 2};
        gfx_fill_rounded(g, r, r.h / 2, UI_RIGHT);
        gfx_text(g, t, GFX_FONT_BOLD, m->small, m->W / 2, r.y + m->gap, GFX_ALIGN_CENTER, UI_TEXT);
    }
}

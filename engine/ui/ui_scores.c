/* ui_scores.c — the boards screen: the menu's level's best players today, this week and ever,
 * and its pack's; arrows move through the levels. Reads the kept results (ui_records).
 */
#include "ui_screens.h"

#include <stdio.h>
#include <string.h>

const char *ui_pace_tag(const ui *u, game_pace p)
{
    return p == GAME_PACE_X15       ? ui_str(u, "pace.x15")
           : p == GAME_PACE_X2      ? ui_str(u, "pace.x2")
           : p == GAME_PACE_UNTIMED ? ui_str(u, "pace.untimed")
                                    : "";
}

const char *ui_pace_legend(const ui *u)
{
    return ui_str(u, "pace.legend");
}

static void load_scores(ui *u)
{
    const ui_records *rec = &u->cfg.records;
    memset(u->scores.n, 0, sizeof u->scores.n);
    u->scores.npack = 0;
    if (!rec->best || !u->menu.nitems) return;
    const ui_menu_item *it = &u->menu.items[u->menu.focus];
    const ui_level *l = &u->packs[it->pack].levels[it->level];
    const char *pack = u->packs[it->pack].id ? u->packs[it->pack].id : "";
    for (int p = 0; p < 3 && l->level; p++)
        u->scores.n[p] = rec->best(rec->ud, pack, l->level->id, (game_period)p, u->scores.rows[p],
                                   UI_BOARD_ROWS);
    u->scores.npack = rec->best(rec->ud, pack, NULL, GAME_PERIOD_EVER, u->scores.pack, 3);
}

/* None without kept results. */
static void scores_open(ui *u, uint64_t now)
{
    (void)now;
    if (!ui_records_reads(u)) return;
    ui_records_flush(u);
    load_scores(u);
    u->screen = UI_SCREEN_SCORES;
    u->focus = -1;
    u->dirty = true;
}

/* The arrows move through the levels; Enter, Esc or Backspace go back. */
static bool scores_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    (void)ts, (void)now;
    if (ev->type != INPUT_KEY) return ev->type == INPUT_TEXT || ev->type == INPUT_WHEEL;
    u->dirty = true;
    switch (ev->key) {
    case INPUT_KEY_LEFT:
    case INPUT_KEY_UP:
        if (u->menu.focus > 0) u->menu.focus--;
        load_scores(u);
        return true;
    case INPUT_KEY_RIGHT:
    case INPUT_KEY_DOWN:
        if (u->menu.focus + 1 < (int)u->menu.nitems) u->menu.focus++;
        load_scores(u);
        return true;
    case INPUT_KEY_BACK:
    case INPUT_KEY_ENTER:
    case INPUT_KEY_ERASE:
        u->screen = UI_SCREEN_MENU;
        return true;
    default:
        return false; /* language, sound, full screen: as everywhere */
    }
}

static void scores_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    (void)now;
    gfx *g = u->g;
    gfx_rect back = ui_back_button(u, m, t);
    if (!draw || !u->menu.nitems) return;
    const ui_menu_item *it = &u->menu.items[u->menu.focus];
    const ui_level *l = &u->packs[it->pack].levels[it->level];
    char line[400], num[96];
    bool paced = false; /* a tag shown: the legend goes under the boards */
    int y = m->pad;
    ui_fmt(u, line, sizeof line, "scores.heading",
           l->level ? game_text_get(&l->level->title, u->lang) : l->path, NULL, NULL);
    char cut[400];
    gfx_text_ellipsize(g, line, GFX_FONT_BOLD, m->body, m->W - 2 * m->pad, cut, sizeof cut);
    gfx_text(g, cut, GFX_FONT_BOLD, m->body, m->pad, y, GFX_ALIGN_LEFT, UI_ACCENT);
    y += m->body * 3 / 2 + m->gap;
    static const char *const heads[] = {"scores.today", "scores.week", "scores.ever"};
    int colw = (m->W - 2 * m->pad - 2 * m->gap) / 3;
    int lh = m->small * 6 / 5 + m->gap / 2;
    for (int p = 0; p < 3; p++) {
        int x = m->pad + p * (colw + m->gap);
        gfx_rect panel = {x, y, colw, lh * (UI_BOARD_ROWS + 1) + m->gap * 2};
        ui_draw_panel(g, m, panel, UI_PANEL);
        const char *head = ui_str(u, heads[p]); /* within its column, whatever the font */
        int hpx = gfx_text_fit_line(g, head, GFX_FONT_BOLD, m->small, m->small * 3 / 4,
                                    colw - 2 * m->gap);
        gfx_text(g, head, GFX_FONT_BOLD, hpx, x + m->gap, y + m->gap, GFX_ALIGN_LEFT, UI_TEXT);
        int ry = y + m->gap + lh;
        if (!u->scores.n[p])
            gfx_text(g, ui_str(u, "scores.none"), GFX_FONT_REGULAR, m->small, x + m->gap, ry,
                     GFX_ALIGN_LEFT, UI_MUTED);
        int rbottom = panel.y + panel.h - m->gap / 2;
        for (size_t k = 0; k < u->scores.n[p] && ry + lh <= rbottom; k++, ry += lh) {
            snprintf(line, sizeof line, "%zu. %s", k + 1, u->scores.rows[p][k].nick);
            ui_number(u, num, sizeof num, u->scores.rows[p][k].score);
            /* a run with more time: its tag, smaller, left of the score; under it when the
             * name would not fit beside both (a narrow column) */
            const char *tag = ui_pace_tag(u, u->scores.rows[p][k].pace);
            int nw, nh, tw = 0, lw = 0, tpx = m->small * 4 / 5, below = 0;
            gfx_text_size(g, num, GFX_FONT_BOLD, m->small, &nw, &nh);
            if (*tag) {
                gfx_text_size(g, tag, GFX_FONT_REGULAR, tpx, &tw, &nh);
                gfx_text_size(g, line, GFX_FONT_REGULAR, m->small, &lw, &nh);
                bool beside = lw + nw + tw + m->gap / 2 <= colw - 3 * m->gap;
                if (!beside && ry + lh + tpx * 6 / 5 > rbottom) break; /* no room left */
                gfx_text(g, tag, GFX_FONT_REGULAR, tpx,
                         x + colw - m->gap - (beside ? nw + m->gap / 2 : 0),
                         beside ? ry + (m->small - tpx) * 9 / 10 : ry + m->small * 6 / 5,
                         GFX_ALIGN_RIGHT, UI_MUTED);
                if (beside)
                    nw += tw + m->gap / 2;
                else
                    below = tpx * 6 / 5;
                paced = true;
            }
            gfx_text_ellipsize(g, line, GFX_FONT_REGULAR, m->small, colw - 3 * m->gap - nw, cut,
                               sizeof cut);
            gfx_text(g, cut, GFX_FONT_REGULAR, m->small, x + m->gap, ry, GFX_ALIGN_LEFT,
                     k == 0 ? UI_ACCENT : UI_TEXT);
            gfx_text(g, num, GFX_FONT_BOLD, m->small, x + colw - m->gap, ry, GFX_ALIGN_RIGHT,
                     k == 0 ? UI_ACCENT : UI_TEXT);
            ry += below;
        }
    }
    y += lh * (UI_BOARD_ROWS + 1) + m->gap * 3;
    /* The pack: each player's best per level, summed, of all time. */
    line[0] = '\0';
    for (size_t k = 0; k < u->scores.npack; k++) {
        ui_number(u, num, sizeof num, u->scores.pack[k].score);
        size_t len = strlen(line);
        snprintf(line + len, sizeof line - len, "%s%zu. %s %s%s%s", k ? " · " : "", k + 1,
                 u->scores.pack[k].nick, num, u->scores.pack[k].pace ? " " : "",
                 ui_pace_tag(u, u->scores.pack[k].pace));
        paced |= u->scores.pack[k].pace != GAME_PACE_NORMAL;
    }
    if (line[0]) {
        char full[500];
        ui_fmt(u, full, sizeof full, "scores.pack",
               game_text_get(&u->packs[it->pack].title, u->lang), line, NULL);
        gfx_text_ellipsize(g, full, GFX_FONT_REGULAR, m->small, m->W - 2 * m->pad, cut, sizeof cut);
        gfx_text(g, cut, GFX_FONT_REGULAR, m->small, m->pad, y, GFX_ALIGN_LEFT, UI_MUTED);
        y += m->small * 3 / 2;
    }
    if (paced) /* the legend, whole: wrapped where the screen is narrow */
        gfx_text_wrapped(g, ui_pace_legend(u), GFX_FONT_REGULAR, m->small * 4 / 5, m->pad, y,
                         m->W - 2 * m->pad, GFX_ALIGN_LEFT, UI_MUTED);
    ui_draw_back_button(u, m, back, "scores.keys");
}

const ui_screen_view ui_screen_scores = {.open = scores_open,
                                         .layout = scores_layout,
                                         .input = scores_input,
                                         .activate = ui_back_activate};

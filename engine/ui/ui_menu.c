/* ui_menu.c — the way in: the title screen, and the menu of levels grouped by pack with each
 * one's best score, its keys and its choice (who plays first when results are kept).
 * Reads the packs and the kept boards; opens a level through ui_open_level.
 */
#include "ui_screens.h"

#include <stdio.h>
#include <string.h>

/* ==== title =============================================================== */

static void title_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    (void)now;
    ui_add_target(t, UI_T_START, 0, (gfx_rect){0, 0, m->W, m->H});
    if (!draw) return;
    gfx *g = u->g;
    int logo = m->H / 4;
    int cy = m->H * 34 / 100;
    int tw, th;
    gfx_text_size(g, ui_str(u, "app.name"), GFX_FONT_BOLD, m->huge, &tw, &th);
    int total = logo + logo * 3 / 4 + m->gap * 2 + tw;
    int x0 = m->W / 2 - total / 2;
    ui_draw_logo(g, x0 + logo / 2, cy, logo);
    gfx_text(g, ui_str(u, "app.name"), GFX_FONT_BOLD, m->huge,
             x0 + logo + logo * 3 / 4 + m->gap * 2, cy - th / 2, GFX_ALIGN_LEFT, UI_TEXT);
    int y = cy + logo / 2 + m->pad * 2;
    y += ui_centered(u, ui_str(u, "app.tagline"), GFX_FONT_REGULAR, m->body, m->pad, y,
                     m->W - 2 * m->pad, UI_MUTED, true);
    /* The call to action sits on an amber pill. */
    const char *cta = ui_str(u, "title.start");
    /* as large as fits between the pill's rounded ends (a larger text size, a wider font) */
    int cpx = gfx_text_fit_line(g, cta, GFX_FONT_BOLD, m->small, m->small * 3 / 4,
                                m->W - 4 * m->pad - 2 * m->gap);
    gfx_text_size(g, cta, GFX_FONT_BOLD, cpx, &tw, &th);
    if (tw > m->W - 4 * m->pad) tw = m->W - 4 * m->pad;
    gfx_rect pill = {m->W / 2 - tw / 2 - m->pad, m->H * 78 / 100, tw + 2 * m->pad, th + m->gap * 2};
    gfx_fill_rounded(g, pill, pill.h / 2, UI_ACCENT);
    gfx_text(g, cta, GFX_FONT_BOLD, cpx, m->W / 2, pill.y + m->gap, GFX_ALIGN_CENTER, UI_INK);
}

/* Any press, Enter or a letter: on to the menu. */
static void title_key(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    (void)ts;
    if (ev->sym == 'o' && !ev->shift) /* the settings, before anything else */
        ui_screen_open(u, UI_SCREEN_SETTINGS, now);
    else if (ev->key == INPUT_KEY_ENTER || ev->key == INPUT_KEY_CHOICE)
        ui_screen_open(u, UI_SCREEN_MENU, now);
}

static void title_activate(ui *u, const ui_target *t, uint64_t now)
{
    if (t->kind == UI_T_START) ui_screen_open(u, UI_SCREEN_MENU, now);
}

const ui_screen_view ui_screen_title = {
    .layout = title_layout, .key = title_key, .activate = title_activate};

/* ==== menu ================================================================ */

static void menu_level_line(const ui *u, const ui_level *l, long best, const char *who,
                            game_pace pace, char *buf, size_t n)
{
    char tmp[96], num[48];
    buf[0] = '\0';
    if (!l->level) {
        snprintf(buf, n, "%s", ui_str(u, "menu.broken"));
        return;
    }
    for (size_t i = 0; i < l->level->naudience && i < 3; i++) {
        char key[80];
        snprintf(key, sizeof key, "audience.%s", l->level->audience[i]);
        const char *a = ui_str(u, key);
        if (strcmp(a, key) == 0) a = l->level->audience[i];
        strncat(buf, a, n - strlen(buf) - 1);
        strncat(buf, " · ", n - strlen(buf) - 1);
    }
    snprintf(num, sizeof num, "%zu", l->level->nquestions);
    if (l->level->nquestions == 1 &&
        game_kind_get(l->level->questions[0].kind)->shape == GAME_SHAPE_PLAY)
        snprintf(tmp, sizeof tmp, "%s", ui_str(u, "menu.game")); /* a level that is one game */
    else if (l->level->nquestions == 1)
        snprintf(tmp, sizeof tmp, "%s", ui_str(u, "menu.question"));
    else
        ui_fmt(u, tmp, sizeof tmp, "menu.questions", num, NULL, NULL);
    strncat(buf, tmp, n - strlen(buf) - 1);
    strncat(buf, " · ", n - strlen(buf) - 1);
    if (best >= 0) {
        ui_number(u, num, sizeof num, best);
        if (pace != GAME_PACE_NORMAL) { /* a record played with more time says so */
            size_t nl = strlen(num);
            snprintf(num + nl, sizeof num - nl, " %s", ui_pace_tag(u, pace));
        }
        ui_fmt(u, tmp, sizeof tmp, who && *who ? "menu.best_by" : "menu.best", num, who, NULL);
    } else {
        snprintf(tmp, sizeof tmp, "%s", ui_str(u, "menu.nobest"));
    }
    strncat(buf, tmp, n - strlen(buf) - 1);
}

/* "installé" in a small pill after an installed pack's name, whose line starts at y. */
static void installed_tag(ui *u, const ui_metrics *m, int x, int y)
{
    const char *tag = ui_str(u, "menu.installed");
    int px = m->small * 4 / 5, tw, th;
    gfx_text_size(u->g, tag, GFX_FONT_BOLD, px, &tw, &th);
    int lh = m->small * 6 / 5;
    gfx_rect pill = {x, y + (lh - th) / 2 - 1, tw + m->gap * 2, th + 2};
    ui_fill_box(u->g, m, pill, pill.h / 2, UI_BAR);
    gfx_text(u->g, tag, GFX_FONT_BOLD, px, x + m->gap, pill.y + 1, GFX_ALIGN_LEFT, UI_TEXT);
}

/* ---- the bottom row: the trainer's buttons and the key hints ---- */

/* The trainer's buttons at the bottom left: with runs recorded, the session (T; its label, in s,
 * names it when there is one) and, once a session is named and results are read, its report
 * (R). An empty rect: no such button. */
typedef struct {
    gfx_rect session, report;
    gfx_rect host; /* "Classe en direct", at the right end of the row */
    gfx_rect duel; /* "Duel", left of it */
    char s[160];
    int h; /* the row's height; its top is m->H - m->pad / 2 - h */
} menu_bottom;

static void bottom_measure(ui *u, const ui_metrics *m, menu_bottom *b)
{
    gfx *g = u->g;
    *b = (menu_bottom){.h = ui_footer_height(m) - m->gap};
    bool session = ui_records_writes(u), report = u->trainer.session[0] && ui_records_reads(u);
    b->h = m->body * 8 / 5; /* a finger's target: 57 px at 720 */
    int x = m->pad, y = m->H - m->pad / 2 - b->h, tw, th;
    if (u->menu.nitems) {
        gfx_text_size(g, ui_str(u, "menu.host"), GFX_FONT_BOLD, m->small, &tw, &th);
        b->host = (gfx_rect){m->W - m->pad - tw - 2 * m->pad, y, tw + 2 * m->pad, b->h};
        gfx_text_size(g, ui_str(u, "menu.duel"), GFX_FONT_BOLD, m->small, &tw, &th);
        b->duel = (gfx_rect){b->host.x - m->gap - tw - 2 * m->pad, y, tw + 2 * m->pad, b->h};
    }
    if (!session && !report) return;
    if (session) {
        char full[200];
        if (u->trainer.session[0])
            ui_fmt(u, full, sizeof full, "menu.session_named", u->trainer.session, NULL, NULL);
        else
            snprintf(full, sizeof full, "%s", ui_str(u, "menu.session"));
        gfx_text_ellipsize(g, full, GFX_FONT_BOLD, m->small, m->W / 3, b->s, sizeof b->s);
        gfx_text_size(g, b->s, GFX_FONT_BOLD, m->small, &tw, &th);
        b->session = (gfx_rect){x, y, tw + 2 * m->pad, b->h};
        x += b->session.w + m->gap;
    }
    if (report) {
        gfx_text_size(g, ui_str(u, "menu.report"), GFX_FONT_BOLD, m->small, &tw, &th);
        b->report = (gfx_rect){x, y, tw + 2 * m->pad, b->h};
        x += b->report.w + m->gap;
    }
    /* a narrow window with the trainer's buttons: no room for Duel's (D still opens it) */
    if (b->duel.w && b->duel.x < x + m->gap) b->duel = (gfx_rect){0, 0, 0, 0};
}

/* A trainer's button: its label at the hints' size, both alike whatever their length. */
static void bottom_button(ui *u, const ui_metrics *m, gfx_rect r, const char *label, bool focus)
{
    bool hot = ui_hovering(u, r);
    ui_draw_button(u->g, m, r, "", UI_BTN_NORMAL, hot, u->pressed && hot, focus);
    gfx_text(u->g, label, GFX_FONT_BOLD, m->small, r.x + r.w / 2,
             r.y + (r.h - m->small * 6 / 5) / 2, GFX_ALIGN_CENTER, UI_TEXT);
}

/* The key hints in [x, x + w) on the row of height h ending at the bottom: on one line when they
 * fit, else on two, split at the " · " nearest the middle, smaller only if they must be. */
static void bottom_hints(ui *u, const ui_metrics *m, const char *text, int x, int w, int h)
{
    gfx *g = u->g;
    int tw, th;
    gfx_text_size(g, text, GFX_FONT_REGULAR, m->small, &tw, &th);
    int bottom = m->H - m->pad / 2;
    if (tw <= w && w == m->W - 2 * m->pad) { /* the whole row: the footer every screen has */
        ui_footer(u, m, text);
        return;
    }
    if (tw <= w) {
        gfx_text(g, text, GFX_FONT_REGULAR, m->small, x + w / 2, bottom - h / 2 - m->small * 6 / 10,
                 GFX_ALIGN_CENTER, UI_MUTED);
        return;
    }
    static const char sep[] = " · ";
    const char *best = NULL;
    size_t len = strlen(text);
    for (const char *p = strstr(text, sep); p; p = strstr(p + 1, sep)) {
        size_t at = (size_t)(p - text);
        if (!best || (at > len / 2 ? at - len / 2 : len / 2 - at) <
                         ((size_t)(best - text) > len / 2 ? (size_t)(best - text) - len / 2
                                                          : len / 2 - (size_t)(best - text)))
            best = p;
    }
    char one[300], two[300];
    if (!best) best = text + len;
    snprintf(one, sizeof one, "%.*s", (int)(best - text), text);
    snprintf(two, sizeof two, "%s", *best ? best + strlen(sep) : "");
    int px = m->small, w1, w2;
    for (; px > m->small * 2 / 3; px--) {
        gfx_text_size(g, one, GFX_FONT_REGULAR, px, &w1, &th);
        gfx_text_size(g, two, GFX_FONT_REGULAR, px, &w2, &th);
        if (w1 <= w && w2 <= w && px * 12 / 5 <= h + m->pad / 2) break;
    }
    int lh = px * 6 / 5, y = bottom - h / 2 - lh;
    if (y + 2 * lh > bottom) y = bottom - 2 * lh;
    gfx_text(g, one, GFX_FONT_REGULAR, px, x + w / 2, y, GFX_ALIGN_CENTER, UI_MUTED);
    gfx_text(g, two, GFX_FONT_REGULAR, px, x + w / 2, y + lh, GFX_ALIGN_CENTER, UI_MUTED);
}

static void menu_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    (void)now;
    gfx *g = u->g;
    int head_h = m->small * 3;
    /* Header: logo, heading, language and sound buttons. */
    int bw = m->small * 3, bh = m->small * 2;
    gfx_rect lang = {m->W - m->pad - bw * 3 - m->gap, (head_h - bh) / 2, bw, bh};
    gfx_rect sound = {m->W - m->pad - bw * 2, (head_h - bh) / 2, bw * 2, bh};
    ui_add_target(t, UI_T_LANGUAGE, 0, lang);
    ui_add_target(t, UI_T_SOUND, 0, sound);
    /* With results kept, a button to the best scores, left of the language. */
    gfx_rect scores = {0, 0, 0, 0};
    if (ui_records_reads(u)) {
        int sw, shh;
        gfx_text_size(g, ui_str(u, "menu.scores"), GFX_FONT_BOLD, m->body, &sw, &shh);
        sw += 2 * m->pad;
        scores = (gfx_rect){lang.x - m->gap - sw, lang.y, sw, lang.h};
        ui_add_target(t, UI_T_SCORES, 0, scores);
    }
    /* the settings (O), left of them */
    int setw, seth;
    gfx_text_size(g, ui_str(u, "menu.settings"), GFX_FONT_BOLD, m->body, &setw, &seth);
    setw += 2 * m->pad;
    gfx_rect settings = {(scores.w ? scores.x : lang.x) - m->gap - setw, lang.y, setw, lang.h};
    ui_add_target(t, UI_T_SETTINGS, 0, settings);
    if (draw) {
        gfx_fill_rect(g, (gfx_rect){0, 0, m->W, head_h}, UI_BAR);
        int logo = head_h * 6 / 10;
        ui_draw_logo(g, m->pad + logo / 2, head_h / 2, logo);
        int x = m->pad + logo * 2;
        int tw = gfx_text(g, ui_str(u, "app.name"), GFX_FONT_BOLD, m->body, x,
                          head_h / 2 - m->body * 6 / 10, GFX_ALIGN_LEFT, UI_ACCENT);
        /* the heading, cut before the buttons when the screen is narrow */
        int hx = x + tw + m->gap * 2, room = settings.x - m->gap - hx;
        char heading[200];
        int hw, hh2;
        gfx_text_size(g, ui_str(u, "menu.heading"), GFX_FONT_REGULAR, m->small, &hw, &hh2);
        snprintf(heading, sizeof heading, "%s", ui_str(u, "menu.heading"));
        if (hw <= room) /* whole or not at all: "Choisis un…" says nothing */
            gfx_text(g, heading, GFX_FONT_REGULAR, m->small, hx, head_h / 2 - m->small * 6 / 10,
                     GFX_ALIGN_LEFT, UI_TEXT);
        ui_draw_button(g, m, lang, ui_str(u, "menu.language"), UI_BTN_NORMAL, ui_hovering(u, lang),
                       false, false);
        if (scores.w)
            ui_draw_button(g, m, scores, ui_str(u, "menu.scores"), UI_BTN_NORMAL,
                           ui_hovering(u, scores), false, false);
        ui_draw_button(g, m, settings, ui_str(u, "menu.settings"), UI_BTN_NORMAL,
                       ui_hovering(u, settings), false, false);
        gfx_color sc = UI_TEXT;
        ui_fill_box(g, m, sound, m->radius, ui_hovering(u, sound) ? UI_PANEL_HI : UI_PANEL);
        ui_draw_speaker(g, sound.x + sound.h / 2 + m->gap / 2, sound.y + sound.h / 2,
                        sound.h * 7 / 10, audio_muted(u->a), sc);
        if (!audio_muted(u->a)) {
            char num[24], label[40];
            snprintf(num, sizeof num, "%d", audio_volume(u->a));
            ui_fmt(u, label, sizeof label, "menu.sound", num, NULL, NULL);
            gfx_text(g, label, GFX_FONT_BOLD, m->small, sound.x + sound.w - m->gap,
                     sound.y + (bh - m->small * 6 / 5) / 2, GFX_ALIGN_RIGHT, sc);
        }
    }

    /* The list of levels, grouped by pack, scrolled to keep the focus in view. */
    int top = head_h + m->gap;
    menu_bottom foot;
    bottom_measure(u, m, &foot);
    if (foot.session.w) ui_add_target(t, UI_T_SESSION, 0, foot.session);
    if (foot.report.w) ui_add_target(t, UI_T_REPORT, 0, foot.report);
    if (foot.host.w) ui_add_target(t, UI_T_HOST, 0, foot.host);
    if (foot.duel.w) ui_add_target(t, UI_T_DUEL, 0, foot.duel);
    int row_y = foot.host.w ? foot.host.y : foot.session.w ? foot.session.y : foot.report.y;
    int bottom = foot.session.w || foot.report.w || foot.host.w ? row_y - m->gap
                                                                : m->H - ui_footer_height(m);
    int card_h = m->body * 6 / 5 + m->small * 12 / 5 + m->gap * 3;
    int pack_h = m->small * 6 / 5 + m->gap * 2;
    int w = m->W - 2 * m->pad;
    if (w > m->H * 2) w = m->H * 2;
    int x = (m->W - w) / 2;
    /* Total height, and the focus's position, to scroll. */
    int y = 0, focus_y = 0, focus_b = 0;
    bool header_below = false; /* the focus is its pack's last card, and another pack follows */
    size_t item = 0;
    for (size_t p = 0; p < u->npacks; p++) {
        y += pack_h;
        for (size_t l = 0; l < u->packs[p].nlevels; l++, item++) {
            if ((int)item == u->menu.focus) {
                focus_y = y;
                focus_b = y + card_h;
                header_below = l + 1 == u->packs[p].nlevels && p + 1 < u->npacks;
            }
            y += card_h + m->gap;
        }
    }
    int view = bottom - top;
    /* The focus in view, with a third of the next card peeking below it (and of the one before
     * above): the list shows that it goes on, and a finger taps that card to bring it in.
     * Below a pack's last card, the next pack's name comes first, then the third of its first
     * card: without it a finger could not reach the next pack. */
    int peek = card_h / 3, total = y;
    if (focus_b < total - m->gap) focus_b += peek + (header_below ? pack_h : 0);
    if (u->menu.focus > 0) focus_y -= peek;
    if (focus_b - u->menu.scroll > view) u->menu.scroll = focus_b - view;
    if (focus_y - pack_h < u->menu.scroll) u->menu.scroll = focus_y - pack_h;
    if (u->menu.scroll > total - view) u->menu.scroll = total - view;
    if (u->menu.scroll < 0) u->menu.scroll = 0;

    u->menu.view_top = top;
    u->menu.view_bottom = bottom;
    u->menu.card_h = card_h;
    if (draw) gfx_clip(g, &(gfx_rect){0, top, m->W, view});
    y = top - u->menu.scroll;
    item = 0;
    char line[512];
    for (size_t p = 0; p < u->npacks; p++) {
        if (draw) {
            int ptw = gfx_text(g, game_text_get(&u->packs[p].title, u->lang), GFX_FONT_BOLD,
                               m->small, x, y + m->gap, GFX_ALIGN_LEFT, UI_ACCENT);
            if (u->packs[p].installed) /* the player's own, beside the game's */
                installed_tag(u, m, x + ptw + m->gap, y + m->gap);
            if (p < UI_MAX_PACKS &&
                u->menu.pack_best[p] >= 0) { /* the pack's record, at the right */
                char num[48], rec[160];
                ui_number(u, num, sizeof num, u->menu.pack_best[p]);
                if (u->menu.pack_best_pace[p] != GAME_PACE_NORMAL) {
                    size_t nl = strlen(num);
                    snprintf(num + nl, sizeof num - nl, " %s",
                             ui_pace_tag(u, u->menu.pack_best_pace[p]));
                }
                ui_fmt(u, rec, sizeof rec, "menu.pack_best", num, u->menu.pack_best_nick[p], NULL);
                gfx_text(g, rec, GFX_FONT_REGULAR, m->small, x + w, y + m->gap, GFX_ALIGN_RIGHT,
                         UI_MUTED);
            }
        }
        y += pack_h;
        for (size_t l = 0; l < u->packs[p].nlevels; l++, item++) {
            const ui_level *lv = &u->packs[p].levels[l];
            gfx_rect card = {x, y, w, card_h};
            if (y + card_h > top && y < bottom) {
                /* its target is the part in view: a tap on the footer's buttons or the header
                 * never lands on a card the list's edge cuts */
                int y0 = y < top ? top : y, y1 = y + card_h > bottom ? bottom : y + card_h;
                ui_add_target(t, UI_T_LEVEL, (int)item, (gfx_rect){x, y0, w, y1 - y0});
            }
            if (draw && y + card_h > top && y < bottom) {
                bool focus = u->menu.focus == (int)item && u->focus < 0; /* not on a button */
                bool hot = ui_hovering(u, card) || focus;
                if (focus) {
                    int f = m->H / 180 + 2;
                    gfx_fill_rounded(
                        g, (gfx_rect){card.x - f, card.y - f, card.w + 2 * f, card.h + 2 * f},
                        m->radius + f, UI_FOCUS);
                }
                ui_fill_box(g, m, card, m->radius, hot ? UI_PANEL_HI : UI_PANEL);
                int stripe = m->gap / 2 + 2;
                gfx_fill_rounded(g, (gfx_rect){card.x, card.y, stripe * 2, card.h}, stripe,
                                 lv->level ? UI_BADGES[item % GAME_MAX_CHOICES] : UI_WRONG);
                const char *title =
                    lv->level ? game_text_get(&lv->level->title, u->lang) : lv->path;
                int tx = card.x + stripe * 2 + m->gap * 2;
                gfx_text(g, title, GFX_FONT_BOLD, m->body, tx, card.y + m->gap, GFX_ALIGN_LEFT,
                         UI_TEXT);
                menu_level_line(u, lv, u->menu.best[item],
                                u->menu.best_nick ? u->menu.best_nick[item] : NULL,
                                u->menu.best_pace ? u->menu.best_pace[item] : GAME_PACE_NORMAL,
                                line, sizeof line);
                int ly = card.y + m->gap * 2 + m->body * 6 / 5;
                gfx_text(g, line, GFX_FONT_REGULAR, m->small, tx, ly, GFX_ALIGN_LEFT,
                         lv->level ? UI_ACCENT : UI_ERROR_TEXT);
                /* Its description, or for a broken level why it is broken. */
                char d[700];
                const char *desc =
                    lv->level ? game_text_get(&lv->level->description, u->lang) : lv->error.message;
                gfx_text_ellipsize(g, desc, GFX_FONT_REGULAR, m->small,
                                   card.x + card.w - tx - m->gap, d, sizeof d);
                gfx_text(g, d, GFX_FONT_REGULAR, m->small, tx, ly + m->small * 6 / 5,
                         GFX_ALIGN_LEFT, UI_MUTED);
            }
            y += card_h + m->gap;
        }
    }
    if (draw) {
        if (item == 0)
            gfx_text_wrapped(g, ui_str(u, "menu.empty"), GFX_FONT_REGULAR, m->body, m->pad,
                             top + m->pad, m->W - 2 * m->pad, GFX_ALIGN_CENTER, UI_MUTED);
        gfx_clip(g, NULL);
        const char *hints = ui_str(u, !ui_records_reads(u)    ? "menu.keys"
                                      : u->trainer.session[0] ? "menu.keys_session"
                                                              : "menu.keys_db");
        int hx = m->pad, hw = m->W - 2 * m->pad;
        /* the trainer's buttons, in the order the arrows reach them (u->focus 0, 1) */
        if (foot.session.w) bottom_button(u, m, foot.session, foot.s, u->focus == 0);
        if (foot.report.w)
            bottom_button(u, m, foot.report, ui_str(u, "menu.report"),
                          u->focus == (foot.session.w ? 1 : 0));
        if (foot.session.w || foot.report.w) {
            gfx_rect last = foot.report.w ? foot.report : foot.session;
            hx = last.x + last.w + m->gap * 2;
            hw = m->W - m->pad - hx;
        }
        if (foot.host.w) {
            bottom_button(u, m, foot.host, ui_str(u, "menu.host"), false);
            if (foot.duel.w) bottom_button(u, m, foot.duel, ui_str(u, "menu.duel"), false);
            hw = (foot.duel.w ? foot.duel.x : foot.host.x) - m->gap * 2 - hx;
        }
        bottom_hints(u, m, hints, hx, hw, foot.h);
    }
}

/* The menu's choice: with results kept, who plays first; else the level at once. */
static void choose(ui *u, size_t item, uint64_t now)
{
    if (ui_records_writes(u))
        ui_nick_open(u, u->menu.items[item].pack, u->menu.items[item].level, now);
    else
        ui_open_level(u, u->menu.items[item].pack, u->menu.items[item].level, now);
}

/* The arrows (and Tab) go through the levels, then on to the trainer's buttons below them
 * (u->focus 0 the session, 1 the report); Enter chooses what has the focus. */
static void menu_activate(ui *u, const ui_target *t, uint64_t now);

static void menu_key(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    int buttons = (ui_target_find(ts, UI_T_SESSION, 0) != NULL) +
                  (ui_target_find(ts, UI_T_REPORT, 0) != NULL);
    switch (ev->key) {
    case INPUT_KEY_UP:
    case INPUT_KEY_LEFT:
        if (u->focus >= 0)
            u->focus--;
        else if (u->menu.focus > 0)
            u->menu.focus--;
        break;
    case INPUT_KEY_DOWN:
    case INPUT_KEY_RIGHT:
        if (u->focus >= 0 ? u->focus + 1 < buttons
                          : u->menu.focus + 1 >= (int)u->menu.nitems && buttons > 0)
            u->focus++;
        else if (u->focus < 0 && u->menu.focus + 1 < (int)u->menu.nitems)
            u->menu.focus++;
        break;
    case INPUT_KEY_ENTER:
        if (u->focus >= 0) {
            bool session = ui_target_find(ts, UI_T_SESSION, 0) != NULL;
            const ui_target *t =
                ui_target_find(ts, u->focus == 0 && session ? UI_T_SESSION : UI_T_REPORT, 0);
            if (t) menu_activate(u, t, now);
        } else if (u->menu.nitems) {
            choose(u, (size_t)u->menu.focus, now);
        }
        break;
    case INPUT_KEY_BACK:
        ui_screen_open(u, UI_SCREEN_TITLE, now);
        break;
    default:
        break;
    }
    u->dirty = true;
}

/* Coming back from elsewhere, the records may have changed. */
static void menu_open(ui *u, uint64_t now)
{
    (void)now;
    if (u->screen != UI_SCREEN_MENU) ui_records_menu_refresh(u);
    ui_screen_show(u, UI_SCREEN_MENU);
}

/* "Classe en direct" on the level chosen: the app takes it (ui_take_host_request). A level
 * that failed to load has nothing to host. */
static void host_request(ui *u)
{
    if (u->menu.focus < 0 || (size_t)u->menu.focus >= u->menu.nitems) return;
    const ui_menu_item *it = &u->menu.items[u->menu.focus];
    if (!u->packs[it->pack].levels[it->level].level) return;
    u->host.request = true;
    u->host.pack = it->pack;
    u->host.level = it->level;
    u->dirty = true;
}

/* A duel on the level chosen (D, or its button): its set-up, where players join. */
static void duel_request(ui *u, uint64_t now)
{
    if (u->menu.focus < 0 || (size_t)u->menu.focus >= u->menu.nitems) return;
    const ui_menu_item *it = &u->menu.items[u->menu.focus];
    ui_duel_open(u, it->pack, it->level, now);
}

bool ui_take_host_request(ui *u, size_t *pack, size_t *level)
{
    if (!u->host.request) return false;
    u->host.request = false;
    *pack = u->host.pack;
    *level = u->host.level;
    return true;
}

/* With results kept, the letters that open their screens: T, a trainer names the session;
 * S, the best scores; R, the session's report. */
static bool menu_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    (void)ts;
    if (ev->type != INPUT_KEY) return false;
    if (ev->sym == 't' && ui_records_writes(u)) {
        ui_screen_open(u, UI_SCREEN_SESSION, now);
        return true;
    }
    if (ev->sym == 's' && ui_records_reads(u)) {
        ui_screen_open(u, UI_SCREEN_SCORES, now);
        return true;
    }
    if (ev->sym == 'r' && u->trainer.session[0] && ui_records_reads(u)) {
        ui_screen_open(u, UI_SCREEN_REPORT, now);
        return true;
    }
    if (ev->sym == 'c' && !ev->shift) {
        host_request(u);
        return true;
    }
    if (ev->sym == 'd' && !ev->shift) {
        duel_request(u, now);
        return true;
    }
    if (ev->sym == 'o' && !ev->shift) { /* the settings ("Options") */
        ui_screen_open(u, UI_SCREEN_SETTINGS, now);
        return true;
    }
    return false;
}

static void menu_activate(ui *u, const ui_target *t, uint64_t now)
{
    switch (t->kind) {
    case UI_T_LEVEL:
        if (t->index < 0 || (size_t)t->index >= u->menu.nitems) break;
        if (t->r.h < u->menu.card_h) { /* only part of it in view */
            /* A card the list's edge cuts comes into view first: a finger scrolls the list
             * this way, and never opens a level it could not read whole. */
            u->menu.focus = t->index;
            u->focus = -1;
            u->dirty = true;
            break;
        }
        choose(u, (size_t)t->index, now);
        break;
    case UI_T_SCORES:
        ui_screen_open(u, UI_SCREEN_SCORES, now);
        break;
    case UI_T_SESSION: /* what T does */
        ui_screen_open(u, UI_SCREEN_SESSION, now);
        break;
    case UI_T_REPORT: /* what R does */
        ui_screen_open(u, UI_SCREEN_REPORT, now);
        break;
    case UI_T_HOST: /* what C does */
        host_request(u);
        break;
    case UI_T_DUEL: /* what D does */
        duel_request(u, now);
        break;
    case UI_T_SETTINGS: /* what O does */
        ui_screen_open(u, UI_SCREEN_SETTINGS, now);
        break;
    case UI_T_LANGUAGE:
        u->lang = u->lang == GAME_LANG_FR ? GAME_LANG_EN : GAME_LANG_FR;
        break;
    case UI_T_SOUND:
        audio_toggle_mute(u->a);
        break;
    default:
        break;
    }
}

static void menu_wheel(ui *u, const input_event *ev, uint64_t now)
{
    (void)now;
    int step = ev->dy > 0 ? -1 : 1;
    u->focus = -1; /* the wheel moves through the levels */
    u->menu.focus += step;
    if (u->menu.focus < 0) u->menu.focus = 0;
    if (u->menu.focus >= (int)u->menu.nitems) u->menu.focus = (int)u->menu.nitems - 1;
    u->dirty = true;
}

/* Tab on a level: it is the one chosen, scrolled into view. */
static void menu_focus(ui *u, const ui_target *t)
{
    if (t->kind != UI_T_LEVEL) return;
    u->menu.focus = t->index;
    u->focus = -1;
}

const ui_screen_view ui_screen_menu = {.open = menu_open,
                                       .focus = menu_focus,
                                       .layout = menu_layout,
                                       .input = menu_input,
                                       .key = menu_key,
                                       .activate = menu_activate,
                                       .wheel = menu_wheel};

/* ui_screens.c — layout and drawing of every screen.
 * One function per screen computes the layout, fills the hit targets and, when asked,
 * draws: hit testing and drawing share the same rectangles. Reads the game, never
 * changes it.
 */
#include "ui_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ==== helpers ============================================================= */

static void add_target(ui_targets *t, ui_target_kind k, int index, gfx_rect r)
{
    if (t->n < (int)(sizeof t->t / sizeof t->t[0])) t->t[t->n++] = (ui_target){k, index, r};
}

static bool hovering(const ui *u, gfx_rect r)
{
    return ui_hit(r, u->px, u->py);
}

static bool focused(const ui *u, int target_index)
{
    return u->focus == target_index;
}

static float clamp01(float t)
{
    return t < 0 ? 0 : t > 1 ? 1 : t;
}

/* Ease-out cubic: fast start, gentle landing. */
static float ease(float t)
{
    t = clamp01(t);
    return 1 - (1 - t) * (1 - t) * (1 - t);
}

static const char *choice_text(const ui *u, const game_question *q, size_t written)
{
    const char *const *names = ui_kind_view_of(q->kind)->names; /* true/false */
    if (names) return ui_str(u, names[written]);
    return game_text_get(&q->choices[written], u->lang);
}

/* The top bar of the game screens: question counter, clock, score, streak. */
static int draw_top_bar(ui *u, const ui_metrics *m, uint64_t now, bool draw)
{
    int bar_h = m->small * 2;
    if (!draw) return bar_h;
    gfx *g = u->g;
    const game_level *lv = game_session_level(u->session);
    gfx_fill_rect(g, (gfx_rect){0, 0, m->W, bar_h}, UI_BAR);
    char buf[128], n1[32], n2[32];
    int ty = (bar_h - m->small * 6 / 5) / 2;
    game_phase ph = game_session_phase(u->session);
    if (ph == GAME_PHASE_QUESTION || ph == GAME_PHASE_FEEDBACK) {
        snprintf(n1, sizeof n1, "%zu", game_session_question_index(u->session) + 1);
        snprintf(n2, sizeof n2, "%zu", lv->nquestions);
        ui_fmt(u, buf, sizeof buf, "q.counter", n1, n2, NULL);
        gfx_text(g, buf, GFX_FONT_BOLD, m->small, m->pad, ty, GFX_ALIGN_LEFT, UI_TEXT);
    } else {
        /* Results: the heading and the level; the score has the screen to itself. */
        char t[400];
        snprintf(t, sizeof t, "%s · %s", ui_str(u, "res.heading"),
                 game_text_get(&lv->title, u->lang));
        gfx_text_ellipsize(g, t, GFX_FONT_BOLD, m->small, m->W - 2 * m->pad, buf, sizeof buf);
        gfx_text(g, buf, GFX_FONT_BOLD, m->small, m->pad, ty, GFX_ALIGN_LEFT, UI_TEXT);
        return bar_h;
    }
    /* Score, counting up to its new value after an answer. */
    long score = game_session_score(u->session);
    if (ph == GAME_PHASE_FEEDBACK) {
        float t = ease((float)(now - game_session_phase_since(u->session)) / UI_ANIM_COUNT);
        score = u->shown_score + (long)lroundf((float)(score - u->shown_score) * t);
    }
    ui_number(u, n1, sizeof n1, score);
    ui_fmt(u, buf, sizeof buf, "q.score", n1, NULL, NULL);
    int sw =
        gfx_text(g, buf, GFX_FONT_BOLD, m->small, m->W - m->pad, ty, GFX_ALIGN_RIGHT, UI_ACCENT);
    unsigned streak = game_session_streak(u->session);
    if (streak >= 2 && (ph == GAME_PHASE_QUESTION || ph == GAME_PHASE_FEEDBACK)) {
        snprintf(buf, sizeof buf, "×%u", streak);
        int fx = m->W - m->pad - sw - m->gap * 2;
        int w = gfx_text(g, buf, GFX_FONT_BOLD, m->small, fx, ty, GFX_ALIGN_RIGHT, UI_TEXT);
        ui_draw_flame(g, fx - w - bar_h / 3, bar_h / 2, bar_h * 7 / 10);
    }
    /* Time left, in the middle. */
    if (ph == GAME_PHASE_QUESTION) {
        const game_question *q = game_session_question(u->session);
        if (q->time_ms) {
            uint32_t left = game_session_time_left(u->session, now);
            snprintf(n1, sizeof n1, "%u", (left + 999) / 1000);
            ui_fmt(u, buf, sizeof buf, "q.seconds", n1, NULL, NULL);
            gfx_color c = left < 5000 ? (gfx_color){255, 120, 100, 255} : UI_TEXT;
            int tw, th;
            gfx_text_size(g, buf, GFX_FONT_BOLD, m->small, &tw, &th);
            int icon = m->small;
            int total = icon + m->gap + tw;
            int x = m->W / 2 - total / 2;
            ui_draw_clock(g, x + icon / 2, bar_h / 2, icon, c, UI_BAR);
            gfx_text(g, buf, GFX_FONT_BOLD, m->small, x + icon + m->gap, ty, GFX_ALIGN_LEFT, c);
        }
    }
    return bar_h;
}

static void draw_footer(ui *u, const ui_metrics *m, const char *text)
{
    gfx_text(u->g, text, GFX_FONT_REGULAR, m->small, m->W / 2, m->H - m->pad / 2 - m->small * 6 / 5,
             GFX_ALIGN_CENTER, UI_MUTED);
}

static int button_width(ui *u, const ui_metrics *m, const char *k1, const char *k2);

/* Centred text wrapped into balanced lines (no word alone on the last line).
 * Returns the height. */
static int centered_text(ui *u, const char *text, gfx_font f, int px, int x, int y, int w,
                         gfx_color c, bool draw)
{
    int bw = gfx_text_balance(u->g, text, f, px, w);
    if (!draw) return gfx_text_wrapped_height(u->g, text, f, px, bw, NULL);
    return gfx_text_wrapped(u->g, text, f, px, x + (w - bw) / 2, y, bw, GFX_ALIGN_CENTER, c);
}

static int footer_h(const ui_metrics *m)
{
    return m->small * 6 / 5 + m->pad / 2 + m->gap;
}

/* ==== title ================================================================ */

static void screen_title(ui *u, const ui_metrics *m, bool draw, ui_targets *t)
{
    add_target(t, UI_T_START, 0, (gfx_rect){0, 0, m->W, m->H});
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
    y += centered_text(u, ui_str(u, "app.tagline"), GFX_FONT_REGULAR, m->body, m->pad, y,
                       m->W - 2 * m->pad, UI_MUTED, true);
    /* The call to action sits on an amber pill. */
    const char *cta = ui_str(u, "title.start");
    gfx_text_size(g, cta, GFX_FONT_BOLD, m->small, &tw, &th);
    if (tw > m->W - 4 * m->pad) tw = m->W - 4 * m->pad;
    gfx_rect pill = {m->W / 2 - tw / 2 - m->pad, m->H * 78 / 100, tw + 2 * m->pad, th + m->gap * 2};
    gfx_fill_rounded(g, pill, pill.h / 2, UI_ACCENT);
    gfx_text(g, cta, GFX_FONT_BOLD, m->small, m->W / 2, pill.y + m->gap, GFX_ALIGN_CENTER, UI_INK);
}

/* ==== menu ================================================================= */

static void menu_level_line(const ui *u, const ui_level *l, long best, const char *who, char *buf,
                            size_t n)
{
    char tmp[96], num[32];
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
        ui_fmt(u, tmp, sizeof tmp, who && *who ? "menu.best_by" : "menu.best", num, who, NULL);
    } else {
        snprintf(tmp, sizeof tmp, "%s", ui_str(u, "menu.nobest"));
    }
    strncat(buf, tmp, n - strlen(buf) - 1);
}

static void screen_menu(ui *u, const ui_metrics *m, bool draw, ui_targets *t)
{
    gfx *g = u->g;
    int head_h = m->small * 3;
    /* Header: logo, heading, language and sound buttons. */
    int bw = m->small * 3, bh = m->small * 2;
    gfx_rect lang = {m->W - m->pad - bw * 3 - m->gap, (head_h - bh) / 2, bw, bh};
    gfx_rect sound = {m->W - m->pad - bw * 2, (head_h - bh) / 2, bw * 2, bh};
    add_target(t, UI_T_LANGUAGE, 0, lang);
    add_target(t, UI_T_SOUND, 0, sound);
    /* With results kept, a button to the best scores, left of the language. */
    gfx_rect scores = {0, 0, 0, 0};
    if (ui_results_reading(u)) {
        int sw, shh;
        gfx_text_size(g, ui_str(u, "menu.scores"), GFX_FONT_BOLD, m->body, &sw, &shh);
        sw += 2 * m->pad;
        scores = (gfx_rect){lang.x - m->gap - sw, lang.y, sw, lang.h};
        add_target(t, UI_T_SCORES, 0, scores);
    }
    if (draw) {
        gfx_fill_rect(g, (gfx_rect){0, 0, m->W, head_h}, UI_BAR);
        int logo = head_h * 6 / 10;
        ui_draw_logo(g, m->pad + logo / 2, head_h / 2, logo);
        int x = m->pad + logo * 2;
        int tw = gfx_text(g, ui_str(u, "app.name"), GFX_FONT_BOLD, m->body, x,
                          head_h / 2 - m->body * 6 / 10, GFX_ALIGN_LEFT, UI_ACCENT);
        /* the heading, cut before the buttons when the screen is narrow */
        int hx = x + tw + m->gap * 2, room = (scores.w ? scores.x : lang.x) - m->gap - hx;
        char heading[200];
        int hw, hh2;
        gfx_text_size(g, ui_str(u, "menu.heading"), GFX_FONT_REGULAR, m->small, &hw, &hh2);
        snprintf(heading, sizeof heading, "%s", ui_str(u, "menu.heading"));
        if (hw <= room) /* whole or not at all: "Choisis un…" says nothing */
            gfx_text(g, heading, GFX_FONT_REGULAR, m->small, hx, head_h / 2 - m->small * 6 / 10,
                     GFX_ALIGN_LEFT, UI_TEXT);
        ui_draw_button(g, m, lang, ui_str(u, "menu.language"), UI_BTN_NORMAL, hovering(u, lang),
                       false, false);
        if (scores.w)
            ui_draw_button(g, m, scores, ui_str(u, "menu.scores"), UI_BTN_NORMAL,
                           hovering(u, scores), false, false);
        gfx_color sc = UI_TEXT;
        gfx_fill_rounded(g, sound, m->radius, hovering(u, sound) ? UI_PANEL_HI : UI_PANEL);
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
    int bottom = m->H - footer_h(m);
    int card_h = m->body * 6 / 5 + m->small * 12 / 5 + m->gap * 3;
    int pack_h = m->small * 6 / 5 + m->gap * 2;
    int w = m->W - 2 * m->pad;
    if (w > m->H * 2) w = m->H * 2;
    int x = (m->W - w) / 2;
    /* Total height, and the focus's position, to scroll. */
    int y = 0, focus_y = 0, focus_b = 0;
    size_t item = 0;
    for (size_t p = 0; p < u->npacks; p++) {
        y += pack_h;
        for (size_t l = 0; l < u->packs[p].nlevels; l++, item++) {
            if ((int)item == u->menu_focus) {
                focus_y = y;
                focus_b = y + card_h;
            }
            y += card_h + m->gap;
        }
    }
    int view = bottom - top;
    if (focus_b - u->menu_scroll > view) u->menu_scroll = focus_b - view;
    if (focus_y - pack_h < u->menu_scroll) u->menu_scroll = focus_y - pack_h;
    if (u->menu_scroll < 0) u->menu_scroll = 0;

    if (draw) gfx_clip(g, &(gfx_rect){0, top, m->W, view});
    y = top - u->menu_scroll;
    item = 0;
    char line[512];
    for (size_t p = 0; p < u->npacks; p++) {
        if (draw) {
            gfx_text(g, game_text_get(&u->packs[p].title, u->lang), GFX_FONT_BOLD, m->small, x,
                     y + m->gap, GFX_ALIGN_LEFT, UI_ACCENT);
            if (p < UI_MAX_PACKS && u->pack_best[p] >= 0) { /* the pack's record, at the right */
                char num[32], rec[160];
                ui_number(u, num, sizeof num, u->pack_best[p]);
                ui_fmt(u, rec, sizeof rec, "menu.pack_best", num, u->pack_best_nick[p], NULL);
                gfx_text(g, rec, GFX_FONT_REGULAR, m->small, x + w, y + m->gap, GFX_ALIGN_RIGHT,
                         UI_MUTED);
            }
        }
        y += pack_h;
        for (size_t l = 0; l < u->packs[p].nlevels; l++, item++) {
            const ui_level *lv = &u->packs[p].levels[l];
            gfx_rect card = {x, y, w, card_h};
            if (y + card_h > top && y < bottom) add_target(t, UI_T_LEVEL, (int)item, card);
            if (draw && y + card_h > top && y < bottom) {
                bool hot = hovering(u, card) || u->menu_focus == (int)item;
                if (u->menu_focus == (int)item) {
                    int f = m->H / 180 + 2;
                    gfx_fill_rounded(
                        g, (gfx_rect){card.x - f, card.y - f, card.w + 2 * f, card.h + 2 * f},
                        m->radius + f, UI_FOCUS);
                }
                gfx_fill_rounded(g, card, m->radius, hot ? UI_PANEL_HI : UI_PANEL);
                int stripe = m->gap / 2 + 2;
                gfx_fill_rounded(g, (gfx_rect){card.x, card.y, stripe * 2, card.h}, stripe,
                                 lv->level ? UI_BADGES[item % GAME_MAX_CHOICES] : UI_WRONG);
                const char *title =
                    lv->level ? game_text_get(&lv->level->title, u->lang) : lv->path;
                int tx = card.x + stripe * 2 + m->gap * 2;
                gfx_text(g, title, GFX_FONT_BOLD, m->body, tx, card.y + m->gap, GFX_ALIGN_LEFT,
                         UI_TEXT);
                menu_level_line(u, lv, u->best[item], u->best_nick ? u->best_nick[item] : NULL,
                                line, sizeof line);
                int ly = card.y + m->gap * 2 + m->body * 6 / 5;
                gfx_text(g, line, GFX_FONT_REGULAR, m->small, tx, ly, GFX_ALIGN_LEFT,
                         lv->level ? UI_ACCENT : (gfx_color){255, 170, 160, 255});
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
        draw_footer(u, m,
                    ui_str(u, !ui_results_reading(u)  ? "menu.keys"
                              : u->trainer_session[0] ? "menu.keys_session"
                                                      : "menu.keys_db"));
    }
}

/* ==== intro ================================================================ */

static void screen_intro(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    gfx *g = u->g;
    const game_level *lv = game_session_level(u->session);
    (void)now;
    int bar = 0; /* no score bar yet: the level's title is the headline */
    int bw = button_width(u, m, "intro.start", NULL), bh = m->body * 2;
    gfx_rect start = {m->W / 2 - bw / 2, m->H - footer_h(m) - bh - m->pad, bw, bh};
    add_target(t, UI_T_START, 0, start);
    add_target(t, UI_T_BACK, 0, (gfx_rect){0, 0, 0, 0});
    if (!draw) return;
    int w = m->W - 4 * m->pad;
    int y = bar + m->pad * 2;
    int logo = m->big;
    ui_draw_logo(g, m->W / 2 - logo / 4, y + logo / 2, logo);
    y += logo + m->pad;
    const char *title = game_text_get(&lv->title, u->lang);
    int px = gfx_text_fit(g, title, GFX_FONT_BOLD, m->big, m->body, w, m->big * 3);
    y += centered_text(u, title, GFX_FONT_BOLD, px, 2 * m->pad, y, w, UI_TEXT, true);
    y += m->pad;
    int count_y = start.y - m->pad - m->body * 6 / 5; /* at the lowest, just above the button */
    const char *desc = game_text_get(&lv->description, u->lang);
    if (*desc && count_y - m->pad > y) {
        gfx_rect box = {0, y, m->W, count_y - m->pad - y};
        int dpx = gfx_text_fit(g, desc, GFX_FONT_REGULAR, m->body, m->small, w, box.h);
        gfx_clip(g, &box);
        int dh = centered_text(u, desc, GFX_FONT_REGULAR, dpx, 2 * m->pad, y, w, UI_MUTED, true);
        gfx_clip(g, NULL);
        y += dh + m->pad;
    }
    if (y > count_y) y = count_y;
    /* About two thirds of each time limit to answer, and some 12 s to read the feedback. */
    uint32_t total = 0;
    for (size_t i = 0; i < lv->nquestions; i++)
        total += (lv->questions[i].time_ms ? lv->questions[i].time_ms : 30000) * 2 / 3 + 12000;
    char n1[24], n2[24], buf[128];
    snprintf(n1, sizeof n1, "%zu", lv->nquestions);
    snprintf(n2, sizeof n2, "%u", (total + 30000) / 60000 ? (total + 30000) / 60000 : 1);
    ui_fmt(u, buf, sizeof buf, "intro.count", n1, n2, NULL);
    if (lv->nquestions == 1 && game_kind_get(lv->questions[0].kind)->shape == GAME_SHAPE_PLAY)
        ui_fmt(u, buf, sizeof buf, "intro.game", n2, NULL, NULL);
    gfx_text(g, buf, GFX_FONT_BOLD, m->body, m->W / 2, y, GFX_ALIGN_CENTER, UI_ACCENT);
    ui_draw_button(g, m, start, ui_str(u, "intro.start"), UI_BTN_PRIMARY, hovering(u, start),
                   u->pressed && hovering(u, start), focused(u, 0));
    draw_footer(u, m, ui_str(u, "intro.hint"));
}

/* ==== question and feedback ================================================ */

static int banner_h(const ui_metrics *m)
{
    return m->H / 12;
}

/* Feedback: the label of a shown choice (whose answer, or missed). */
static const char *feedback_tag(ui *u, size_t pos)
{
    const game_question *q = game_session_question(u->session);
    const game_answer *a = game_session_answer(u->session, game_session_question_index(u->session));
    size_t w = game_session_choice_at(u->session, pos);
    bool right = (q->correct_mask >> w) & 1u, chosen = (a->resp.chosen >> w) & 1u;
    if (right && !chosen && game_kind_get(q->kind)->several && !a->timeout)
        return ui_str(u, "fb.missed");
    return chosen ? ui_str(u, "fb.yours") : ui_str(u, "fb.answer");
}

/* The text a feedback cell shows: the choice, with its label in front when compact. */
static void feedback_choice_text(ui *u, const q_layout *L, size_t pos, char *buf, size_t n)
{
    const game_question *q = game_session_question(u->session);
    const char *text = choice_text(u, q, game_session_choice_at(u->session, pos));
    if (L->compact)
        snprintf(buf, n, "%s · %s", feedback_tag(u, pos), text);
    else
        snprintf(buf, n, "%s", text);
}

/* Choices fit in cells of this grid? Returns the largest text size that fits every cell
 * (0 when even the smallest does not). */
static int grid_fit(ui *u, const ui_metrics *m, const game_question *q, int cols, gfx_rect area,
                    gfx_rect *cells)
{
    int n = (int)q->nchoices;
    int rows = (n + cols - 1) / cols;
    int cw = (area.w - (cols - 1) * m->gap) / cols;
    int ch = (area.h - (rows - 1) * m->gap) / rows;
    int maxh = m->H / 4;
    if (ch > maxh) ch = maxh;
    bool roomy = ch >= m->small * 2;
    if (ch < m->small * 3 / 2) ch = m->small * 3 / 2;
    int used = rows * ch + (rows - 1) * m->gap;
    int y0 = area.y + (area.h - used) / 3; /* a little above the middle: close to the prompt */
    for (int i = 0; i < n; i++) {
        int r = i / cols, c = i % cols;
        /* A last row that is not full is centred. */
        int in_row = r == rows - 1 ? n - r * cols : cols;
        int x0 = area.x + (area.w - (in_row * cw + (in_row - 1) * m->gap)) / 2;
        cells[i] = (gfx_rect){x0 + c * (cw + m->gap), y0 + r * (ch + m->gap), cw, ch};
    }
    if (!roomy) return 0;
    int badge = ch < m->body * 2 ? ch * 7 / 10 : m->body * 3 / 2;
    int tw = cw - badge - m->gap * 4;
    int px = m->body;
    for (int p = 0; p < n; p++) {
        const char *text = choice_text(u, q, game_session_choice_at(u->session, (size_t)p));
        int f = gfx_text_fit(u->g, text, GFX_FONT_BOLD, px, m->small, tw, ch - m->gap);
        int used_w, h = gfx_text_wrapped_height(u->g, text, GFX_FONT_BOLD, f, tw, &used_w);
        if (h > ch - m->gap / 2 || used_w > tw) return 0;
        if (f < px) px = f;
    }
    return px;
}

/* Lays out the question screen: prompt size, grid shape and text size are chosen
 * together so that everything fits; the result is kept until the screen changes. */
static void layout_question(ui *u, const ui_metrics *m, int bar, q_layout *L)
{
    const game_question *q = game_session_question(u->session);
    int w = m->W - 2 * m->pad;
    const char *prompt = game_text_get(&q->prompt, u->lang);
    int bottom = m->H - footer_h(m);
    memset(L, 0, sizeof *L);
    L->prompt_y = bar + m->H / 60 + m->gap * 2;
    bool hint = ui_kind_view_of(q->kind)->hint != NULL; /* multi says so in its footer */
    int best_px = -1;
    q_layout best = {0};
    q_layout fallback = {0}; /* the smallest prompt, two columns: used when nothing fits */
    /* From the largest prompt down: the first layout whose choices read at body size
     * wins; otherwise the one whose choices are largest. */
    for (int ppx = m->prompt;; ppx -= ppx > 40 ? 3 : 2) {
        if (ppx < m->small) ppx = m->small;
        q_layout T = {0};
        T.prompt_y = L->prompt_y;
        T.prompt_px = ppx;
        T.prompt_h = centered_text(u, prompt, GFX_FONT_BOLD, ppx, m->pad, 0, w, UI_TEXT, false);
        if (T.prompt_h > m->H * 4 / 10 && ppx > m->small) continue;
        int y = T.prompt_y + T.prompt_h + m->gap;
        if (hint) {
            T.hint_y = y;
            y += m->small * 6 / 5 + m->gap;
        }
        if (q->image) { /* the picture sits between the prompt and the choices */
            T.image = (gfx_rect){m->pad, y, w, m->H / 4};
            y += T.image.h + m->gap;
        }
        y += m->gap;
        gfx_rect area = {m->pad, y, w, bottom - y - m->gap};
        if (game_kind_get(q->kind)->several) {
            /* Submit sits in the footer's row, at the right; the hint moves left. */
            int bw = button_width(u, m, "q.validate", NULL);
            int sh = m->body * 8 / 5;
            T.submit = (gfx_rect){m->W - m->pad - bw, m->H - m->pad / 2 - sh, bw, sh};
            area.h = T.submit.y - m->gap - area.y;
        }
        int cols_try[2] = {q->nchoices <= 2 || q->nchoices == 4 || q->nchoices >= 5 ? 2 : 1,
                           q->nchoices <= 2 ? 2 : (q->nchoices == 3 ? 1 : 1)};
        for (int k = 0; k < 2; k++) {
            gfx_rect cells[GAME_MAX_CHOICES];
            int px = grid_fit(u, m, q, cols_try[k], area, cells);
            if (k == 0) {
                fallback = T;
                memcpy(fallback.cells, cells, sizeof cells);
                fallback.text_px = m->small;
            }
            if (px > best_px) {
                best_px = px;
                best = T;
                memcpy(best.cells, cells, sizeof cells);
                best.text_px = px;
            }
        }
        /* Choices at body size win; past a mid-size prompt, any size that fits does:
         * the prompt stays the largest text on the screen. */
        if (best_px >= m->body || (best_px > 0 && ppx <= (m->prompt + m->body) / 2)) break;
        if (ppx == m->small) break;
    }
    /* Nothing fits (`vigie check` warns about such long texts): the smallest sizes, and
     * each text clipped to its cell rather than spilling over the others. */
    *L = best_px > 0 ? best : fallback;
}

/* The feedback's frame, for every kind: Continue at the bottom right. Returns the top of the
 * room below the verdict banner. */
static int feedback_frame(ui *u, const ui_metrics *m, int bar, q_layout *L)
{
    int bh = m->body * 2;
    int bottom = m->H - m->pad;
    memset(L, 0, sizeof *L);
    int bw = button_width(u, m, "fb.continue", "fb.results");
    L->cont = (gfx_rect){m->W - m->pad - bw, bottom - bh, bw, bh};
    return bar + m->gap + banner_h(m) + m->gap;
}

/* A kind with its own item-by-item account (all but the choices): the account between the
 * verdict and the explanation, which takes what is left. */
static void layout_feedback_block(ui *u, const ui_metrics *m, int bar, q_layout *L)
{
    gfx *g = u->g;
    const game_question *q = game_session_question(u->session);
    int w = m->W - 2 * m->pad;
    int top = feedback_frame(u, m, bar, L);
    int limit = L->cont.y - m->gap;
    const char *ex0 = game_text_get(&q->explain, u->lang);
    int ew0 = w - 2 * m->gap;
    L->src_h = q->source ? m->small * 6 / 5 + m->gap / 2 : 0;
    int exh = (*ex0 ? gfx_text_wrapped_height(g, ex0, GFX_FONT_REGULAR, m->small, ew0, NULL) : 0) +
              L->src_h + m->gap * 2;
    int dh = ui_kind_view_of(q->kind)->feedback_height(u, m, w, limit - top - exh - m->gap);
    L->detail = (gfx_rect){m->pad, top, w, dh};
    int y0 = top + dh + m->gap;
    int room0 = limit - y0 - L->src_h - m->gap * 2;
    L->explain_px =
        *ex0 ? gfx_text_fit(g, ex0, GFX_FONT_REGULAR, m->body, m->small, ew0, room0) : m->small;
    int eh0 =
        (*ex0 ? gfx_text_wrapped_height(g, ex0, GFX_FONT_REGULAR, L->explain_px, ew0, NULL) : 0) +
        L->src_h + m->gap * 2;
    if (eh0 > limit - y0) eh0 = limit - y0;
    L->explain = (gfx_rect){m->pad, y0, w, eh0};
}

/* The choices' feedback shows what teaches: the right choices first, then the player's wrong
 * picks, each labelled; the explanation; the source; Continue. */
static bool choice_feedback_try(ui *u, const ui_metrics *m, int bar, q_layout *L, bool compact)
{
    gfx *g = u->g;
    const game_question *q = game_session_question(u->session);
    const game_answer *a = game_session_answer(u->session, game_session_question_index(u->session));
    int w = m->W - 2 * m->pad;
    int bottom = m->H - m->pad;
    const char *prompt = game_text_get(&q->prompt, u->lang);
    int top = feedback_frame(u, m, bar, L);
    L->compact = compact;
    int bw = L->cont.w;
    int limit = L->cont.y - m->gap;
    for (int pass = 0; pass < 2; pass++)
        for (size_t p = 0; p < q->nchoices; p++) {
            size_t wi = game_session_choice_at(u->session, p);
            bool right = (q->correct_mask >> wi) & 1u, chosen = (a->resp.chosen >> wi) & 1u;
            if ((pass == 0 && right) || (pass == 1 && chosen && !right)) L->shown[L->nshown++] = p;
        }
    int cols = L->nshown >= 2 ? 2 : 1;
    int rows = (int)((L->nshown + (size_t)cols - 1) / (size_t)cols);
    int cw = (w - (cols - 1) * m->gap) / cols;
    int badge = m->small * 3 / 2;
    int tw = cw - badge - m->gap * 4;
    int ch = badge + m->gap;
    for (size_t k = 0; k < L->nshown; k++) {
        char text[700];
        feedback_choice_text(u, L, L->shown[k], text, sizeof text);
        int th = gfx_text_wrapped_height(g, text, GFX_FONT_BOLD, m->small, tw, NULL) +
                 (compact ? 0 : m->small * 6 / 5) + m->gap; /* the text, and its label above it */
        if (th > ch) ch = th;
    }
    int choices_h = rows * ch + (rows - 1) * m->gap;
    const char *ex = game_text_get(&q->explain, u->lang);
    int ew = w - 2 * m->gap;
    L->src_h = q->source ? m->small * 6 / 5 + m->gap / 2 : 0;
    int ex_min = (*ex ? gfx_text_wrapped_height(g, ex, GFX_FONT_REGULAR, m->small, ew, NULL) : 0) +
                 L->src_h + m->gap * 2;
    L->prompt_px = m->small;
    L->prompt_h = centered_text(u, prompt, GFX_FONT_BOLD, m->small, m->pad, 0, w, UI_MUTED, false);
    if (limit - top - choices_h - m->gap - ex_min < L->prompt_h + m->gap) L->prompt_h = 0;
    L->prompt_y = top;
    int y = top + (L->prompt_h ? L->prompt_h + m->gap : 0);
    for (size_t k = 0; k < L->nshown; k++) {
        int r = (int)k / cols, c = (int)k % cols;
        L->cells[L->shown[k]] =
            (gfx_rect){m->pad + c * (cw + m->gap), y + r * (ch + m->gap), cw, ch};
    }
    L->text_px = m->small;
    y += choices_h + m->gap;
    /* The explanation takes what is left; when that is too little, Continue moves up
     * beside the source line instead of pushing it off the screen. */
    int room = limit - y - L->src_h - m->gap * 2;
    L->explain_px =
        *ex ? gfx_text_fit(g, ex, GFX_FONT_REGULAR, m->body, m->small, ew, room) : m->small;
    int eh = (*ex ? gfx_text_wrapped_height(g, ex, GFX_FONT_REGULAR, L->explain_px, ew, NULL) : 0) +
             L->src_h + m->gap * 2;
    bool fits = eh <= limit - y;
    if (!fits && compact) {
        /* Last resort: Continue moves into the verdict banner and the explanation takes
         * the button's row. */
        int h = banner_h(m) - m->gap;
        L->cont = (gfx_rect){m->W - m->pad - m->gap / 2 - bw, bar + m->gap + m->gap / 2, bw, h};
        L->cont_in_banner = true;
        eh = bottom - y;
    }
    L->explain = (gfx_rect){m->pad, y, w, eh};
    return fits;
}

void ui_choice_feedback_layout(ui *u, const ui_metrics *m, int bar, q_layout *L)
{
    /* Labels on their own line above each choice; when that leaves the explanation too
     * little room, the label goes in front of the choice's text instead. */
    if (!choice_feedback_try(u, m, bar, L, false)) choice_feedback_try(u, m, bar, L, true);
}

typedef void (*q_layout_fn)(ui *u, const ui_metrics *m, int bar, q_layout *L);

/* The layout of the current question or feedback, computed by `compute` only when the screen
 * changed: a countdown frame costs drawing, not layout. */
static const q_layout *current_layout(ui *u, const ui_metrics *m, int bar, bool feedback,
                                      q_layout_fn compute)
{
    q_layout_key k = {
        game_session_question_index(u->session), feedback, m->W, m->H, u->lang, u->layout_gen};
    const q_layout_key *o = &u->layout_key;
    bool same = u->layout_valid && k.question == o->question && k.feedback == o->feedback &&
                k.w == o->w && k.h == o->h && k.lang == o->lang && k.gen == o->gen;
    if (!same) {
        compute(u, m, bar, &u->layout);
        u->layout_key = k;
        u->layout_valid = true;
    }
    return &u->layout;
}

/* One choice button: a coloured letter badge and the wrapped text. */
static void draw_choice(ui *u, const ui_metrics *m, const q_layout *L, size_t pos, bool feedback,
                        uint64_t now)
{
    gfx *g = u->g;
    const game_question *q = game_session_question(u->session);
    size_t w = game_session_choice_at(u->session, pos);
    gfx_rect r = L->cells[pos];
    bool selected = (game_session_selected(u->session) >> w) & 1u;
    bool is_right = (q->correct_mask >> w) & 1u;
    const game_answer *a = game_session_answer(u->session, game_session_question_index(u->session));
    bool chosen = feedback && a && ((a->resp.chosen >> w) & 1u);
    bool several = game_kind_get(q->kind)->several;
    bool missed = feedback && is_right && !chosen && several && !a->timeout;
    gfx_color fill = UI_PANEL, ink = UI_TEXT;
    bool hot = !feedback && hovering(u, r);
    if (feedback) {
        fill = missed ? UI_PANEL : is_right ? UI_RIGHT : UI_WRONG;
        if (is_right) {
            /* The right answer pulses a few times, then rests. */
            float t = (float)(now - game_session_phase_since(u->session)) / UI_ANIM_PULSE;
            if (t < 1) {
                int grow = (int)lroundf(sinf(t * 3.14159f * 3) * (1 - t) * (float)m->gap * 0.6f);
                if (grow < 0) grow = -grow;
                r = (gfx_rect){r.x - grow, r.y - grow, r.w + 2 * grow, r.h + 2 * grow};
            }
        }
    } else if (selected) {
        fill = UI_PANEL_HI;
    } else if (hot) {
        fill = ui_mix(UI_PANEL, UI_TEXT, 0.10f);
    }
    bool press = !feedback && u->pressed && hot;
    if (press) r = (gfx_rect){r.x + 3, r.y + 3, r.w - 6, r.h - 6};
    int f = m->H / 180 + 2;
    gfx_rect ring = {r.x - f, r.y - f, r.w + 2 * f, r.h + 2 * f};
    if (!feedback && u->focus == (int)pos) gfx_fill_rounded(g, ring, m->radius + f, UI_FOCUS);
    if (selected && !feedback) gfx_fill_rounded(g, ring, m->radius + f, UI_ACCENT);
    if (missed) gfx_fill_rounded(g, ring, m->radius + f, (gfx_color){60, 200, 120, 255});
    ui_draw_panel(g, m, r, fill);

    int badge = r.h < m->body * 2 ? r.h * 7 / 10 : m->body * 3 / 2;
    if (feedback) badge = m->small * 3 / 2;
    int bx = r.x + m->gap + badge / 2, by = r.y + r.h / 2;
    char letter[2] = {(char)('A' + pos), 0};
    if (feedback) {
        gfx_fill_circle(g, bx, by, badge / 2, missed ? (gfx_color){60, 200, 120, 255} : UI_TEXT);
        if (is_right)
            ui_draw_check(g, bx, by, badge, missed ? UI_INK : UI_RIGHT);
        else
            ui_draw_cross(g, bx, by, badge, UI_WRONG);
    } else if (several) {
        /* A tick box instead of a round badge: several may be ticked. */
        gfx_fill_rounded(g, (gfx_rect){bx - badge / 2, by - badge / 2, badge, badge}, badge / 5,
                         UI_BADGES[pos]);
        if (selected)
            ui_draw_check(g, bx, by, badge, UI_INK);
        else
            gfx_text(g, letter, GFX_FONT_BOLD, m->small, bx, by - m->small * 6 / 10,
                     GFX_ALIGN_CENTER, UI_INK);
    } else {
        gfx_fill_circle(g, bx, by, badge / 2, UI_BADGES[pos]);
        gfx_text(g, letter, GFX_FONT_BOLD, m->small, bx, by - m->small * 6 / 10, GFX_ALIGN_CENTER,
                 UI_INK);
    }
    int tx = r.x + badge + m->gap * 2;
    int tw = r.w - badge - m->gap * 4;
    char ftext[700];
    const char *text = choice_text(u, q, w);
    if (feedback) {
        feedback_choice_text(u, L, pos, ftext, sizeof ftext);
        text = ftext;
    }
    int th = gfx_text_wrapped_height(g, text, GFX_FONT_BOLD, L->text_px, tw, NULL);
    gfx_clip(g, &r);
    if (feedback && !L->compact) {
        /* A word, not only a colour: whose answer this is, or that it was missed. */
        int lh = m->small * 6 / 5;
        int y0 = r.y + (r.h - th - lh) / 2;
        gfx_text(g, feedback_tag(u, pos), GFX_FONT_REGULAR, m->small, tx, y0, GFX_ALIGN_LEFT,
                 missed ? (gfx_color){140, 230, 170, 255} : ink);
        gfx_text_wrapped(g, text, GFX_FONT_BOLD, L->text_px, tx, y0 + lh, tw, GFX_ALIGN_LEFT, ink);
    } else {
        gfx_text_wrapped(g, text, GFX_FONT_BOLD, L->text_px, tx, r.y + (r.h - th) / 2, tw,
                         GFX_ALIGN_LEFT, ink);
    }
    gfx_clip(g, NULL);
}

void ui_choice_question(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    gfx *g = u->g;
    const game_question *q = game_session_question(u->session);
    bool several = game_kind_get(q->kind)->several;
    const char *hint = ui_kind_view_of(q->kind)->hint;
    int bar = draw_top_bar(u, m, now, draw);
    const q_layout *L = current_layout(u, m, bar, false, layout_question);
    for (size_t p = 0; p < q->nchoices; p++) add_target(t, UI_T_CHOICE, (int)p, L->cells[p]);
    if (several) add_target(t, UI_T_SUBMIT, 0, L->submit);
    if (!draw) return;

    /* Countdown bar: green, then amber, then red. */
    int tb_y = bar + m->gap, tb_h = m->H / 60 + 2;
    gfx_rect track = {m->pad, tb_y, m->W - 2 * m->pad, tb_h};
    gfx_fill_rounded(g, track, tb_h / 2, UI_BAR);
    if (q->time_ms) {
        float f = (float)game_session_time_left(u->session, now) / (float)q->time_ms;
        gfx_color c = f > 0.5f ? ui_mix(UI_ACCENT, (gfx_color){60, 200, 120, 255}, (f - 0.5f) * 2)
                               : ui_mix((gfx_color){235, 70, 60, 255}, UI_ACCENT, f * 2);
        int fw = (int)lroundf((float)track.w * f);
        if (fw > 0) gfx_fill_rounded(g, (gfx_rect){track.x, track.y, fw, track.h}, tb_h / 2, c);
    }

    const char *prompt = game_text_get(&q->prompt, u->lang);
    centered_text(u, prompt, GFX_FONT_BOLD, L->prompt_px, m->pad, L->prompt_y, m->W - 2 * m->pad,
                  UI_TEXT, true);
    if (hint)
        gfx_text(g, ui_str(u, hint), GFX_FONT_BOLD, m->small, m->W / 2, L->hint_y, GFX_ALIGN_CENTER,
                 UI_ACCENT);
    if (q->image) {
        gfx_fill_rounded(g, L->image, m->radius, UI_BAR);
        gfx_rect in = {L->image.x + m->gap, L->image.y + m->gap / 2, L->image.w - 2 * m->gap,
                       L->image.h - m->gap};
        if (!gfx_image_draw(g, q->image, in, NULL)) {
            /* A placeholder that says what is missing, for the level's author. */
            const char *base = strrchr(q->image, '/');
            char msg[300];
            ui_fmt(u, msg, sizeof msg, "q.noimage", base ? base + 1 : q->image, NULL, NULL);
            int s2 = L->image.h / 3, cx = m->W / 2, cy = L->image.y + L->image.h / 2 - m->small / 2;
            gfx_fill_triangle(g, (float)(cx - s2), (float)(cy + s2 / 2), (float)cx,
                              (float)(cy - s2 / 2), (float)(cx + s2), (float)(cy + s2 / 2),
                              UI_PANEL_HI);
            gfx_fill_circle(g, cx + s2 / 2, cy - s2 / 3, s2 / 6, UI_PANEL_HI);
            gfx_text(g, msg, GFX_FONT_REGULAR, m->small, cx, cy + s2 / 2 + m->gap / 2,
                     GFX_ALIGN_CENTER, UI_MUTED);
        }
    }
    for (size_t p = 0; p < q->nchoices; p++) draw_choice(u, m, L, p, false, now);
    char buf[160], n1[8], n2[8];
    snprintf(n1, sizeof n1, "%zu", q->nchoices);
    snprintf(n2, sizeof n2, "%c", (char)('A' + q->nchoices - 1));
    if (several) {
        bool any = game_session_selected(u->session) != 0;
        ui_draw_button(g, m, L->submit, ui_str(u, "q.validate"), any ? UI_BTN_PRIMARY : UI_BTN_DIM,
                       any && hovering(u, L->submit), u->pressed && hovering(u, L->submit),
                       u->focus == (int)q->nchoices);
        ui_fmt(u, buf, sizeof buf, any ? "q.keys_multi" : "q.tick", n1, n2, NULL);
        if (now >= u->leave_until) {
            /* The footer's row is shared with Submit: the hint goes left, in accent. */
            char fit[200];
            gfx_text_ellipsize(g, buf, GFX_FONT_REGULAR, m->small, L->submit.x - 2 * m->pad, fit,
                               sizeof fit);
            gfx_text(g, fit, GFX_FONT_REGULAR, m->small, m->pad,
                     L->submit.y + (L->submit.h - m->small * 6 / 5) / 2, GFX_ALIGN_LEFT, UI_ACCENT);
            return;
        }
    } else {
        ui_fmt(u, buf, sizeof buf, "q.keys", n1, n2, NULL);
    }
    if (now < u->leave_until) {
        const char *msg = ui_str(u, "q.leave");
        int tw, th;
        gfx_text_size(g, msg, GFX_FONT_BOLD, m->small, &tw, &th);
        gfx_rect r = {m->W / 2 - tw / 2 - m->pad, m->H - footer_h(m) - th / 2, tw + 2 * m->pad,
                      th + m->gap * 2};
        gfx_fill_rounded(g, r, r.h / 2, UI_ACCENT);
        gfx_text(g, msg, GFX_FONT_BOLD, m->small, m->W / 2, r.y + m->gap, GFX_ALIGN_CENTER, UI_INK);
    } else {
        draw_footer(u, m, buf);
    }
}

static void screen_feedback(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    gfx *g = u->g;
    const game_question *q = game_session_question(u->session);
    size_t qi = game_session_question_index(u->session);
    const game_answer *a = game_session_answer(u->session, qi);
    const ui_kind_view *v = ui_kind_view_of(q->kind);
    int bar = draw_top_bar(u, m, now, draw);
    const q_layout *L = current_layout(
        u, m, bar, true, v->feedback_layout ? v->feedback_layout : layout_feedback_block);
    add_target(t, UI_T_CONTINUE, 0, L->cont);
    if (!draw) return;

    /* Verdict: an icon and a word, never colour alone. */
    bool partial = !a->correct && a->points > 0;
    const char *word = a->timeout   ? ui_str(u, "fb.timeout")
                       : a->correct ? ui_str(u, "fb.right")
                       : partial    ? ui_str(u, "fb.partial")
                                    : ui_str(u, "fb.wrong");
    gfx_color vc = a->correct ? UI_RIGHT : partial ? UI_ACCENT : UI_WRONG;
    gfx_color vink = partial ? UI_INK : UI_TEXT;
    int vy = bar + m->gap;
    int vh = banner_h(m);
    gfx_rect banner = {m->pad, vy, m->W - 2 * m->pad, vh};
    gfx_fill_rounded(g, banner, m->radius, vc);
    int icon = vh * 7 / 10;
    int ix = banner.x + m->gap + icon / 2, iy = vy + vh / 2;
    gfx_fill_circle(g, ix, iy, icon / 2, partial ? UI_INK : UI_TEXT);
    if (a->timeout)
        ui_draw_clock(g, ix, iy, icon * 7 / 10, vc, UI_TEXT);
    else if (a->correct || partial)
        ui_draw_check(g, ix, iy, icon, partial ? UI_ACCENT : vc);
    else
        ui_draw_cross(g, ix, iy, icon, vc);
    int wpx = m->body * 5 / 4;
    int ww = gfx_text(g, word, GFX_FONT_BOLD, wpx, ix + icon / 2 + m->gap * 2, iy - wpx * 6 / 10,
                      GFX_ALIGN_LEFT, vink);
    int used = ix + icon / 2 + m->gap * 2 + ww; /* right edge of the verdict */
    /* Points, counting up; the streak with its flame, where there is room. */
    float ct = ease((float)(now - game_session_phase_since(u->session)) / UI_ANIM_COUNT);
    char n1[32], buf[128];
    int pw = 0;
    int pr = L->cont_in_banner ? L->cont.x - m->gap * 2 : banner.x + banner.w - m->gap * 2;
    if (a->points > 0) {
        /* Measured at its final value, so that the counting number never jumps about. */
        ui_number(u, n1, sizeof n1, a->points);
        ui_fmt(u, buf, sizeof buf, "fb.points", n1, NULL, NULL);
        int th;
        gfx_text_size(g, buf, GFX_FONT_BOLD, m->body, &pw, &th);
        if (pr - pw >= used + m->gap * 2) {
            ui_number(u, n1, sizeof n1, (long)lroundf((float)a->points * ct));
            ui_fmt(u, buf, sizeof buf, "fb.points", n1, NULL, NULL);
            gfx_text(g, buf, GFX_FONT_BOLD, m->body, pr, iy - m->body * 6 / 10, GFX_ALIGN_RIGHT,
                     vink);
        } else {
            pw = -1; /* no room: the score in the top bar counts up instead */
        }
    }
    if (a->correct && a->streak >= 2 && pw >= 0) {
        snprintf(n1, sizeof n1, "%u", a->streak);
        ui_fmt(u, buf, sizeof buf, "fb.streak", n1, NULL, NULL);
        int sw, sh;
        gfx_text_size(g, buf, GFX_FONT_BOLD, m->small, &sw, &sh);
        int fs = vh * 6 / 10;
        int right = pr - m->gap * 2 - pw;
        if (right - sw - fs - m->gap < used + m->gap * 2) { /* no room: just the flame and ×N */
            snprintf(buf, sizeof buf, "×%u", a->streak);
            gfx_text_size(g, buf, GFX_FONT_BOLD, m->small, &sw, &sh);
        }
        if (right - sw - fs - m->gap >= used + m->gap * 2) {
            gfx_text(g, buf, GFX_FONT_BOLD, m->small, right, iy - m->small * 6 / 10,
                     GFX_ALIGN_RIGHT, UI_TEXT);
            /* The flame pops in, then settles. */
            float pop = clamp01((float)(now - game_session_phase_since(u->session)) / 400.0f);
            int s = (int)((float)fs * (0.85f + 0.4f * sinf(pop * 3.14159f)));
            ui_draw_flame(g, right - sw - fs / 2 - m->gap / 2, iy, s);
        }
    }

    const char *prompt = game_text_get(&q->prompt, u->lang);
    if (L->prompt_h)
        centered_text(u, prompt, GFX_FONT_BOLD, L->prompt_px, m->pad, L->prompt_y,
                      m->W - 2 * m->pad, UI_MUTED, true);
    /* The kind's account of the answer: the choices in their cells, or the others' own. */
    if (v->feedback_cells) v->feedback_cells(u, m, L, now);
    if (v->feedback_draw) {
        gfx_clip(g, &L->detail);
        v->feedback_draw(u, m, L->detail);
        gfx_clip(g, NULL);
    }

    /* The explanation: why. */
    gfx_fill_rounded(g, L->explain, m->radius, UI_PANEL);
    gfx_clip(g, &L->explain);
    int ey = L->explain.y + m->gap;
    const char *ex = game_text_get(&q->explain, u->lang);
    if (*ex)
        ey += gfx_text_wrapped(g, ex, GFX_FONT_REGULAR, L->explain_px, L->explain.x + m->gap, ey,
                               L->explain.w - 2 * m->gap, GFX_ALIGN_LEFT, UI_TEXT);
    if (q->source) {
        ui_fmt(u, buf, sizeof buf, "fb.source", q->source, NULL, NULL);
        gfx_text(g, buf, GFX_FONT_REGULAR, m->small, L->explain.x + m->gap, ey + m->gap / 2,
                 GFX_ALIGN_LEFT, UI_MUTED);
    }
    if (pw < 0) { /* the banner had no room for the points: they go here */
        ui_number(u, n1, sizeof n1, (long)lroundf((float)a->points * ct));
        ui_fmt(u, buf, sizeof buf, "fb.points", n1, NULL, NULL);
        gfx_text(g, buf, GFX_FONT_BOLD, m->small, L->explain.x + L->explain.w - m->gap,
                 L->explain.y + L->explain.h - m->gap / 2 - m->small * 6 / 5, GFX_ALIGN_RIGHT,
                 UI_ACCENT);
    }
    gfx_clip(g, NULL);
    /* Left of Continue, under the explanation: a picture's clues where they were (in place of
     * the key hint). */
    int below = L->explain.y + L->explain.h + m->gap;
    bool pictured = v->feedback_picture &&
                    v->feedback_picture(u, m,
                                        (gfx_rect){m->pad, below, L->cont.x - m->gap - m->pad,
                                                   m->H - m->pad / 2 - below});
    bool last = qi + 1 >= game_session_level(u->session)->nquestions;
    if (!pictured && L->explain.y + L->explain.h <= L->cont.y)
        gfx_text(g, ui_str(u, "fb.keys"), GFX_FONT_REGULAR, m->small, m->pad,
                 L->cont.y + (L->cont.h - m->small * 6 / 5) / 2, GFX_ALIGN_LEFT, UI_MUTED);
    ui_draw_button(g, m, L->cont, ui_str(u, last ? "fb.results" : "fb.continue"), UI_BTN_PRIMARY,
                   hovering(u, L->cont), u->pressed && hovering(u, L->cont), u->focus == 0);
}

/* ---- the choices' feedback cells, input, right answer and answers for shots ---- */

void ui_choice_feedback_cells(ui *u, const ui_metrics *m, const q_layout *L, uint64_t now)
{
    for (size_t k = 0; k < L->nshown; k++) draw_choice(u, m, L, L->shown[k], true, now);
}

/* Arrow keys on the question screen: move in the choice grid (2 columns, or 1 for 3). */
static void move_focus(ui *u, input_key key)
{
    const game_question *q = game_session_question(u->session);
    int n = (int)q->nchoices + (game_kind_get(q->kind)->several ? 1 : 0);
    int cols = q->nchoices == 3 ? 1 : 2;
    if (u->focus < 0) {
        u->focus = 0;
        return;
    }
    int f = u->focus;
    switch (key) {
    case INPUT_KEY_LEFT:
        f = f - 1;
        break;
    case INPUT_KEY_RIGHT:
        f = f + 1;
        break;
    case INPUT_KEY_UP:
        f = f - cols;
        break;
    case INPUT_KEY_DOWN:
        f = f >= (int)q->nchoices ? f : f + cols;
        break;
    default:
        break;
    }
    if (f >= (int)q->nchoices && f < n) f = n - 1; /* the submit button */
    if (f >= n) f = n - 1;
    if (f < 0) f = 0;
    u->focus = f;
}

/* Keys: a letter or a digit picks, the arrows move the focus, Enter picks it (or submits the
 * ticked boxes). The pointer goes through the targets (UI_T_CHOICE, UI_T_SUBMIT). */
bool ui_choice_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    (void)ts;
    if (ev->type != INPUT_KEY) return false;
    const game_question *q = game_session_question(u->session);
    game_action a = {.kind = GAME_ACT_CHOOSE};
    if (ev->key == INPUT_KEY_CHOICE) {
        if (ev->index < (int)q->nchoices) {
            u->focus = ev->index;
            a.arg = ev->index;
            ui_act(u, &a, now);
        }
    } else if (ev->key == INPUT_KEY_ENTER) {
        if (u->focus >= 0 && u->focus < (int)q->nchoices) {
            a.arg = u->focus;
            ui_act(u, &a, now);
        } else if (game_kind_get(q->kind)->several) {
            a.kind = GAME_ACT_SUBMIT;
            ui_act(u, &a, now);
        }
    } else if (ev->key >= INPUT_KEY_UP && ev->key <= INPUT_KEY_RIGHT) {
        move_focus(u, ev->key);
        u->dirty = true;
    } else {
        return false;
    }
    return true;
}

/* The right choices. */
void ui_choice_right_answer(const ui *u, const game_question *q, char *buf, size_t n)
{
    for (size_t c = 0; c < q->nchoices; c++) {
        if (!((q->correct_mask >> c) & 1u)) continue;
        if (buf[0]) strncat(buf, " · ", n - strlen(buf) - 1);
        strncat(buf, choice_text(u, q, c), n - strlen(buf) - 1);
    }
}

/* Right: the right choices; wrong: the first wrong one. Ticked boxes are submitted. */
void ui_choice_shot(ui *u, const game_question *q, bool right, uint64_t now)
{
    unsigned mask = q->correct_mask;
    if (!right) {
        unsigned wrong = (~q->correct_mask) & ((1u << q->nchoices) - 1u);
        mask = wrong & (~wrong + 1u);
    }
    game_action a = {.kind = GAME_ACT_CHOOSE};
    for (size_t c = 0; c < q->nchoices; c++) {
        if (!((mask >> c) & 1u)) continue;
        a.arg = (int)game_session_position_of(u->session, c);
        ui_act(u, &a, now);
    }
    if (game_kind_get(q->kind)->several) {
        a = (game_action){.kind = GAME_ACT_SUBMIT};
        ui_act(u, &a, now);
    }
}

/* ==== results ============================================================== */

static void format_time(const ui *u, char *buf, size_t n, uint32_t ms)
{
    char a[24], b[24];
    uint32_t s = (ms + 500) / 1000;
    if (s < 60) {
        snprintf(a, sizeof a, "%u", s);
        ui_fmt(u, buf, n, "res.time_s", a, NULL, NULL);
    } else {
        snprintf(a, sizeof a, "%u", s / 60);
        snprintf(b, sizeof b, "%u", s % 60);
        ui_fmt(u, buf, n, "res.time_m", a, b, NULL);
    }
}

/* A width that holds each label on one line, within reason. */
static int button_width(ui *u, const ui_metrics *m, const char *k1, const char *k2)
{
    int w1, w2, h;
    gfx_text_size(u->g, ui_str(u, k1), GFX_FONT_BOLD, m->body, &w1, &h);
    gfx_text_size(u->g, k2 ? ui_str(u, k2) : "", GFX_FONT_BOLD, m->body, &w2, &h);
    int w = (w1 > w2 ? w1 : w2) + 2 * m->pad;
    if (w < m->W / 4) w = m->W / 4;
    if (w > m->W / 2 - m->pad) w = m->W / 2 - m->pad;
    return w;
}

/* The right answer of question q, in words. */
static void right_answer(const ui *u, const game_question *q, char *buf, size_t n)
{
    const ui_kind_view *v = ui_kind_view_of(q->kind);
    buf[0] = '\0';
    if (v->right_answer) v->right_answer(u, q, buf, n);
}

static void screen_results(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    gfx *g = u->g;
    const game_level *lv = game_session_level(u->session);
    int bar = draw_top_bar(u, m, now, draw);
    int bw = button_width(u, m, "res.again", "res.menu"), bh = m->body * 2;
    int bottom = m->H - m->pad;
    gfx_rect again = {m->W / 2 - bw - m->gap, bottom - bh, bw, bh};
    gfx_rect menu = {m->W / 2 + m->gap, bottom - bh, bw, bh};
    add_target(t, UI_T_BACK, 0, menu);
    add_target(t, UI_T_AGAIN, 0, again);
    /* Arrows to page through the recap with a mouse or a finger, beside the hint. */
    int ab = m->small * 2;
    gfx_rect up = {m->W - m->pad - 2 * ab - m->gap, again.y - ab - m->gap / 2, ab, ab};
    gfx_rect down = {m->W - m->pad - ab, up.y, ab, ab};
    if (u->results_more || u->results_scroll > 0) {
        add_target(t, UI_T_SCROLL, -1, up);
        add_target(t, UI_T_SCROLL, 1, down);
    }
    if (!draw) return;

    /* The score, counting up, beside its summary. */
    float ct = ease((float)(now - game_session_phase_since(u->session)) / UI_ANIM_RESULTS);
    char n1[32], n2[32], n3[48], l2[200], l3[200];
    long score = game_session_score(u->session);
    ui_number(u, n1, sizeof n1, score);
    ui_number(u, n2, sizeof n2, game_session_max_score(u->session));
    ui_fmt(u, l2, sizeof l2, "res.score", n1, n2, NULL);
    snprintf(n1, sizeof n1, "%u", game_session_correct_count(u->session));
    snprintf(n2, sizeof n2, "%zu", lv->nquestions);
    format_time(u, n3, sizeof n3, game_session_total_time(u->session));
    /* "1 bonne réponse", "0 bonne réponse" in French: the singular below 2 */
    ui_fmt(u, l3, sizeof l3,
           game_session_correct_count(u->session) < 2 ? "res.summary1" : "res.summary", n1, n2, n3);
    ui_number(u, n1, sizeof n1, score); /* the width of the final number, not the counting one */
    int sw, sh, w2, w3, hh;
    gfx_text_size(g, n1, GFX_FONT_BOLD, m->big, &sw, &sh);
    gfx_text_size(g, l2, GFX_FONT_REGULAR, m->small, &w2, &hh);
    gfx_text_size(g, l3, GFX_FONT_REGULAR, m->small, &w3, &hh);
    int rw = w2 > w3 ? w2 : w3;
    int group = sw + m->pad + rw;
    int x0 = (m->W - group) / 2;
    if (x0 < m->pad) x0 = m->pad;
    int y = bar + m->gap;
    ui_number(u, n1, sizeof n1, (long)lroundf((float)score * ct));
    gfx_text(g, n1, GFX_FONT_BOLD, m->big, x0 + sw, y, GFX_ALIGN_RIGHT, UI_ACCENT);
    int rx = x0 + sw + m->pad;
    int ly = y + (sh - 2 * hh - m->gap / 2) / 2;
    gfx_text(g, l2, GFX_FONT_BOLD, m->small, rx, ly, GFX_ALIGN_LEFT, UI_TEXT);
    gfx_text(g, l3, GFX_FONT_REGULAR, m->small, rx, ly + hh + m->gap / 2, GFX_ALIGN_LEFT, UI_MUTED);
    y += sh + m->gap;
    /* With results kept: the boards of today, this week and ever, and the player's rank. */
    char board[600];
    ui_results_board_line(u, board, sizeof board);
    if (board[0]) /* wrapped and balanced: two lines at most on a 1024×768 projector */
        y += ui_centered(u, board, GFX_FONT_REGULAR, m->small, m->pad, y - m->gap / 2,
                         m->W - 2 * m->pad, UI_ACCENT, true) +
             m->gap / 2;

    /* Recap: question by question, right or wrong, and the right answer. Two columns
     * where the screen is wide enough; the rest is a key press away. */
    gfx_rect list = {m->pad, y, m->W - 2 * m->pad, again.y - y - m->small * 6 / 5 - m->gap * 2};
    int cols = m->W * 10 >= m->H * 16 ? 2 : 1; /* two columns on wide screens only */
    int cw = (list.w - (cols - 1) * m->gap) / cols;
    int icon = m->small * 3 / 2;
    int lh = m->small * 6 / 5;
    int ry = list.y;
    size_t first = (size_t)(u->results_scroll < 0 ? 0 : u->results_scroll) * (size_t)cols;
    if (first >= lv->nquestions) first = (lv->nquestions - 1) / (size_t)cols * (size_t)cols;
    size_t i = first;
    while (i < lv->nquestions) {
        /* One row of the grid: two lines a cell. */
        int rh;
        size_t ncell = 0;
        char ans[GAME_MAX_CHOICES][600];
        int tx_off = icon + m->gap * 2;
        int tw = cw - tx_off - m->gap;
        for (size_t c = 0; c < (size_t)cols && i + c < lv->nquestions; c++, ncell++)
            right_answer(u, &lv->questions[i + c], ans[c], sizeof ans[c]);
        /* Answers get a second line when every row of the recap still fits that way. */
        int nrows = (int)((lv->nquestions - first + (size_t)cols - 1) / (size_t)cols);
        bool roomy = nrows * (3 * lh + m->gap) + (nrows - 1) * (m->gap / 2) <= list.h;
        rh = (roomy ? 3 : 2) * lh + m->gap;
        if (ry + rh > list.y + list.h) break;
        for (size_t c = 0; c < ncell; c++) {
            const game_question *q = &lv->questions[i + c];
            const game_answer *a = game_session_answer(u->session, i + c);
            int cx = list.x + (int)c * (cw + m->gap);
            gfx_fill_rounded(g, (gfx_rect){cx, ry, cw, rh}, m->radius / 2, UI_PANEL);
            int iy = ry + rh / 2, ix = cx + m->gap + icon / 2;
            bool partial = !a->correct && a->points > 0;
            gfx_color ic = a->correct ? UI_RIGHT : partial ? UI_ACCENT : UI_WRONG;
            gfx_fill_circle(g, ix, iy, icon / 2, ic);
            if (a->timeout)
                ui_draw_clock(g, ix, iy, icon * 6 / 10, UI_TEXT, ic);
            else if (a->correct || partial)
                ui_draw_check(g, ix, iy, icon, partial ? UI_INK : UI_TEXT);
            else
                ui_draw_cross(g, ix, iy, icon, UI_TEXT);
            /* One line each: the question, then its right answer (both were shown in
             * full during the game; this is the summary). */
            char pr[600], line[700];
            snprintf(line, sizeof line, "%zu. %s", i + c + 1, game_text_get(&q->prompt, u->lang));
            gfx_text_ellipsize(g, line, GFX_FONT_REGULAR, m->small, tw, pr, sizeof pr);
            gfx_text(g, pr, GFX_FONT_REGULAR, m->small, cx + tx_off, ry + m->gap / 2,
                     GFX_ALIGN_LEFT, UI_MUTED);
            ui_fmt(u, line, sizeof line, "res.answer", ans[c], NULL, NULL);
            if (game_kind_get(q->kind)->shape ==
                GAME_SHAPE_PLAY) { /* a game: how much went right */
                char pc[16];
                snprintf(pc, sizeof pc, "%d", a->timeout ? 0 : (int)(a->resp.credit * 100 + 0.5));
                ui_fmt(u, line, sizeof line, "res.game", pc, NULL, NULL);
            }
            if (roomy &&
                gfx_text_wrapped_height(g, line, GFX_FONT_BOLD, m->small, tw, NULL) <= 2 * lh) {
                gfx_text_wrapped(g, line, GFX_FONT_BOLD, m->small, cx + tx_off,
                                 ry + m->gap / 2 + lh, tw, GFX_ALIGN_LEFT, UI_TEXT);
            } else {
                gfx_text_ellipsize(g, line, GFX_FONT_BOLD, m->small, tw, pr, sizeof pr);
                gfx_text(g, pr, GFX_FONT_BOLD, m->small, cx + tx_off, ry + m->gap / 2 + lh,
                         GFX_ALIGN_LEFT, UI_TEXT);
            }
        }
        ry += rh + m->gap / 2;
        i += ncell;
    }
    size_t others = lv->nquestions - (i - first);
    u->results_more = i < lv->nquestions;
    if (u->results_more || first > 0) {
        for (int k = 0; k < 2; k++) {
            gfx_rect r = k ? down : up;
            bool on = k ? u->results_more : first > 0;
            gfx_fill_rounded(g, r, r.h / 2, on && hovering(u, r) ? UI_PANEL_HI : UI_PANEL);
            float cx = (float)(r.x + r.w / 2), cy = (float)(r.y + r.h / 2), h = (float)r.h / 5;
            gfx_color c = on ? UI_TEXT : UI_BAR;
            if (k)
                gfx_fill_triangle(g, cx - h * 1.3f, cy - h * 0.6f, cx + h * 1.3f, cy - h * 0.6f, cx,
                                  cy + h, c);
            else
                gfx_fill_triangle(g, cx - h * 1.3f, cy + h * 0.6f, cx + h * 1.3f, cy + h * 0.6f, cx,
                                  cy - h, c);
        }
    }
    ui_draw_button(g, m, again, ui_str(u, "res.again"), UI_BTN_NORMAL, hovering(u, again),
                   u->pressed && hovering(u, again), u->focus == 1);
    ui_draw_button(g, m, menu, ui_str(u, "res.menu"), UI_BTN_PRIMARY, hovering(u, menu),
                   u->pressed && hovering(u, menu), u->focus == 0);
    if (others > 0) {
        snprintf(n1, sizeof n1, "%zu", others);
        ui_fmt(u, l2, sizeof l2, "res.more", n1, NULL, NULL);
        gfx_text(g, l2, GFX_FONT_REGULAR, m->small, m->W / 2, again.y - lh - m->gap / 2,
                 GFX_ALIGN_CENTER, UI_MUTED);
    }
}

/* ==== error ================================================================ */

static void screen_error(ui *u, const ui_metrics *m, bool draw, ui_targets *t)
{
    gfx *g = u->g;
    int bw = m->W / 3, bh = m->body * 2;
    gfx_rect back = {m->W / 2 - bw / 2, m->H - m->pad - bh, bw, bh};
    add_target(t, UI_T_BACK, 0, back);
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
    y += centered_text(u, ui_str(u, kinds[k]), GFX_FONT_REGULAR, m->small, 2 * m->pad, y, w,
                       UI_TEXT, true);
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
    ui_draw_button(g, m, back, ui_str(u, "err.back"), UI_BTN_PRIMARY, hovering(u, back),
                   u->pressed && hovering(u, back), true);
}

/* ==== dispatch ============================================================= */

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
        screen_title(u, &m, draw, out);
        break;
    case UI_SCREEN_MENU:
        screen_menu(u, &m, draw, out);
        break;
    case UI_SCREEN_ERROR:
        screen_error(u, &m, draw, out);
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
        switch (game_session_phase(u->session)) {
        case GAME_PHASE_INTRO:
            screen_intro(u, &m, now_ms, draw, out);
            break;
        case GAME_PHASE_QUESTION:
            ui_kind_view_of(game_session_question(u->session)->kind)
                ->question(u, &m, now_ms, draw, out);
            break;
        case GAME_PHASE_FEEDBACK:
            screen_feedback(u, &m, now_ms, draw, out);
            break;
        case GAME_PHASE_RESULTS:
            screen_results(u, &m, now_ms, draw, out);
            break;
        case GAME_PHASE_MENU:
            screen_menu(u, &m, draw, out);
            break;
        }
        break;
    }
}

/* ==== overlays ============================================================= */

void ui_draw_overlays(ui *u, uint64_t now_ms)
{
    ui_metrics mm;
    int w, h;
    gfx_size(u->g, &w, &h);
    ui_metrics_compute(&mm, w, h);
    const ui_metrics *m = &mm;
    gfx *g = u->g;
    if (u->overlay) {
        /* A broken save: say where and why, over the game, which goes on. */
        char where[700], n1[16], msg[1300];
        const game_error *e = &u->overlay_error;
        if (e->line > 0) {
            snprintf(n1, sizeof n1, "%d", e->line);
            ui_fmt(u, where, sizeof where, "err.where", e->file, n1, NULL);
        } else {
            snprintf(where, sizeof where, "%s", e->file);
        }
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
    } else if (now_ms < u->notice_until && u->notice[0]) {
        /* about the results: a damaged database kept aside, saving that stopped */
        int nw = m->W - 4 * m->pad;
        int nh = gfx_text_wrapped_height(g, u->notice, GFX_FONT_REGULAR, m->small, nw, NULL);
        gfx_rect nr = {2 * m->pad - m->gap, m->H - m->pad - nh - m->gap * 2 - footer_h(m),
                       nw + 2 * m->gap, nh + m->gap * 2};
        gfx_fill_rounded(g, nr, m->radius / 2, UI_WRONG);
        gfx_text_wrapped(g, u->notice, GFX_FONT_REGULAR, m->small, 2 * m->pad, nr.y + m->gap, nw,
                         GFX_ALIGN_LEFT, UI_TEXT);
    } else if (now_ms < u->toast_until) {
        const char *t = ui_str(u, "reload.done");
        int tw, th;
        gfx_text_size(g, t, GFX_FONT_BOLD, m->small, &tw, &th);
        gfx_rect r = {m->W / 2 - tw / 2 - m->pad, m->H - m->pad - th - m->gap * 2, tw + 2 * m->pad,
                      th + m->gap * 2};
        gfx_fill_rounded(g, r, r.h / 2, UI_RIGHT);
        gfx_text(g, t, GFX_FONT_BOLD, m->small, m->W / 2, r.y + m->gap, GFX_ALIGN_CENTER, UI_TEXT);
    }
}

/* ==== helpers for ui_kinds.c ================================================ */

int ui_top_bar(ui *u, const ui_metrics *m, uint64_t now, bool draw)
{
    return draw_top_bar(u, m, now, draw);
}

void ui_footer(ui *u, const ui_metrics *m, const char *text)
{
    draw_footer(u, m, text);
}

int ui_footer_height(const ui_metrics *m)
{
    return footer_h(m);
}

int ui_centered(ui *u, const char *text, gfx_font f, int px, int x, int y, int w, gfx_color c,
                bool draw)
{
    return centered_text(u, text, f, px, x, y, w, c, draw);
}

int ui_button_width(ui *u, const ui_metrics *m, const char *k1, const char *k2)
{
    return button_width(u, m, k1, k2);
}

void ui_add_target(ui_targets *t, ui_target_kind k, int index, gfx_rect r)
{
    add_target(t, k, index, r);
}

bool ui_hovering(const ui *u, gfx_rect r)
{
    return hovering(u, r);
}

void ui_timer_bar(ui *u, const ui_metrics *m, int bar, uint64_t now)
{
    gfx *g = u->g;
    const game_question *q = game_session_question(u->session);
    int tb_y = bar + m->gap, tb_h = m->H / 60 + 2;
    gfx_rect track = {m->pad, tb_y, m->W - 2 * m->pad, tb_h};
    gfx_fill_rounded(g, track, tb_h / 2, UI_BAR);
    if (q->time_ms) {
        float f = (float)game_session_time_left(u->session, now) / (float)q->time_ms;
        gfx_color c = f > 0.5f ? ui_mix(UI_ACCENT, (gfx_color){60, 200, 120, 255}, (f - 0.5f) * 2)
                               : ui_mix((gfx_color){235, 70, 60, 255}, UI_ACCENT, f * 2);
        int fw = (int)lroundf((float)track.w * f);
        if (fw > 0) gfx_fill_rounded(g, (gfx_rect){track.x, track.y, fw, track.h}, tb_h / 2, c);
    }
}

/* ui_widgets.c — the pieces every screen and kind draws with, over the ui's state: catalog
 * strings and numbers, the game's top bar and countdown, footers, centred text, buttons'
 * widths, text fields, hit targets, easing. Reads the state and the game; changes nothing.
 */
#include "ui_widgets.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ==== strings and numbers ================================================= */

/* Whether every pack shown says "vous" (and there is one at least). */
static bool all_vous(const ui *u)
{
    for (size_t p = 0; p < u->npacks; p++)
        if (u->packs[p].reg != GAME_REGISTER_VOUS) return false;
    return u->npacks > 0;
}

static game_register pack_reg(const ui *u, size_t pack)
{
    return pack < u->npacks ? u->packs[pack].reg : GAME_REGISTER_TU;
}

game_register ui_register(const ui *u)
{
    if (u->reg_fixed) return u->reg; /* the live classroom: the hosted pack's */
    switch (u->screen) {
    case UI_SCREEN_GAME: /* a level's intro, questions, feedback, results */
    case UI_SCREEN_ERROR:
        return pack_reg(u, u->cur_pack);
    case UI_SCREEN_NICK: /* who plays the level chosen */
        return pack_reg(u, u->nick.pack);
    case UI_SCREEN_SCORES: /* the boards of the menu's level */
        return u->menu.focus >= 0 && (size_t)u->menu.focus < u->menu.nitems
                   ? pack_reg(u, u->menu.items[u->menu.focus].pack)
                   : GAME_REGISTER_TU;
    case UI_SCREEN_REPORT: /* a session's report: the pack played last, else as the menu */
        if (u->session) return pack_reg(u, u->cur_pack);
        break;
    default:
        break;
    }
    /* the title, the menu, naming a session: "vous" when every pack shown says so */
    return all_vous(u) ? GAME_REGISTER_VOUS : GAME_REGISTER_TU;
}

static void log_str(const ui *u, const char *key, const char *text)
{
    ui_str_log *l = u->str_log;
    if (!l || l->n >= UI_STR_LOG_MAX) return;
    snprintf(l->e[l->n].key, sizeof l->e[0].key, "%s", key);
    snprintf(l->e[l->n].text, sizeof l->e[0].text, "%s", text);
    l->n++;
}

const char *ui_str(const ui *u, const char *key)
{
    const char *s = game_catalog_get_reg(u->cat, u->lang, ui_register(u), key);
    log_str(u, key, s);
    return s;
}

void ui_fmt(const ui *u, char *buf, size_t n, const char *key, const char *a1, const char *a2,
            const char *a3)
{
    game_catalog_fmt_reg(u->cat, u->lang, ui_register(u), key, a1, a2, a3, buf, n);
    log_str(u, key, buf);
}

void ui_number(const ui *u, char *buf, size_t n, long v)
{
    char digits[32]; /* integers all the way: a float would show 10^12 as 999 999 995 904 */
    unsigned long mag = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v; /* LONG_MIN too */
    snprintf(digits, sizeof digits, "%lu", mag);
    /* French groups with a no-break space, English with a comma. */
    const char *sep = u->lang == GAME_LANG_FR ? "\xc2\xa0" : ",";
    size_t len = strlen(digits), o = 0;
    if (v < 0 && o + 1 < n) buf[o++] = '-';
    for (size_t i = 0; i < len && o + 3 < n; i++) {
        if (i > 0 && (len - i) % 3 == 0)
            for (const char *s = sep; *s && o + 1 < n; s++) buf[o++] = *s;
        buf[o++] = digits[i];
    }
    buf[o] = '\0';
}

long ui_count_up(long from, long to, float t)
{
    if (!(t < 1)) return to; /* the end is the number itself, exactly (and NaN ends) */
    if (t <= 0) return from;
    return from + (long)llround(((double)to - (double)from) * t);
}

/* ==== easing and hit targets ============================================== */

float ui_clamp01(float t)
{
    return t < 0 ? 0 : t > 1 ? 1 : t;
}

/* Ease-out cubic: fast start, gentle landing. */
float ui_ease(float t)
{
    t = ui_clamp01(t);
    return 1 - (1 - t) * (1 - t) * (1 - t);
}

void ui_add_target(ui_targets *t, ui_target_kind k, int index, gfx_rect r)
{
    if (t->n < (int)(sizeof t->t / sizeof t->t[0])) t->t[t->n++] = (ui_target){k, index, r};
}

const ui_target *ui_target_at(const ui_targets *ts, int x, int y)
{
    for (int i = ts->n - 1; i >= 0; i--)
        if (ui_hit(ts->t[i].r, x, y)) return &ts->t[i];
    return NULL;
}

const ui_target *ui_target_find(const ui_targets *ts, ui_target_kind k, int index)
{
    for (int i = 0; i < ts->n; i++)
        if (ts->t[i].kind == k && ts->t[i].index == index) return &ts->t[i];
    return NULL;
}

bool ui_hovering(const ui *u, gfx_rect r)
{
    return ui_hit(r, u->px, u->py);
}

/* ==== the game screens' bars, footers, text and buttons =================== */

void ui_leave_notice(ui *u, const ui_metrics *m)
{
    gfx *g = u->g;
    const char *msg = ui_str(u, "q.leave");
    int tw, th;
    gfx_text_size(g, msg, GFX_FONT_BOLD, m->small, &tw, &th);
    gfx_rect r = {m->W / 2 - tw / 2 - m->pad, m->H - ui_footer_height(m) - th / 2, tw + 2 * m->pad,
                  th + m->gap * 2};
    gfx_fill_rounded(g, r, r.h / 2, UI_ACCENT);
    gfx_text(g, msg, GFX_FONT_BOLD, m->small, m->W / 2, r.y + m->gap, GFX_ALIGN_CENTER, UI_INK);
}

/* The top bar of the game screens: question counter, clock, score, streak. */
bool ui_top_bar_texts(const ui *u, char *left, size_t nl, char *score, size_t ns)
{
    const game_level *lv = game_session_level(u->session);
    game_phase ph = game_session_phase(u->session);
    left[0] = score[0] = '\0';
    if (ph != GAME_PHASE_QUESTION && ph != GAME_PHASE_FEEDBACK) return false;
    bool game = game_kind_get(game_session_question(u->session)->kind)->shape == GAME_SHAPE_PLAY;
    if (game && lv->nquestions == 1) { /* a level that is one game: its title, not "1/1" */
        snprintf(left, nl, "%s", game_text_get(&lv->title, u->lang));
    } else {
        char n1[32], n2[32];
        snprintf(n1, sizeof n1, "%zu", game_session_question_index(u->session) + 1);
        snprintf(n2, sizeof n2, "%zu", lv->nquestions);
        ui_fmt(u, left, nl, "q.counter", n1, n2, NULL);
    }
    /* A game scores when it ends: a score standing still beside it would read as its own. */
    if (!(game && ph == GAME_PHASE_QUESTION)) {
        char n1[32];
        ui_number(u, n1, sizeof n1, game_session_score(u->session));
        ui_fmt(u, score, ns, "q.score", n1, NULL, NULL);
    }
    return true;
}

int ui_top_bar(ui *u, const ui_metrics *m, uint64_t now, bool draw)
{
    int bar_h = m->small * 2;
    if (!draw) return bar_h;
    gfx *g = u->g;
    const game_level *lv = game_session_level(u->session);
    gfx_fill_rect(g, (gfx_rect){0, 0, m->W, bar_h}, UI_BAR);
    char buf[128], n1[32], head[400], shown[128];
    int ty = (bar_h - m->small * 6 / 5) / 2;
    game_phase ph = game_session_phase(u->session);
    if (ui_top_bar_texts(u, head, sizeof head, shown, sizeof shown)) {
        /* left of the clock in the middle while it counts; else up to the score */
        bool clock = ph == GAME_PHASE_QUESTION &&
                     game_session_limit(u->session, game_session_question(u->session));
        int lw = clock ? m->W / 2 - m->small * 4 - m->pad : m->W * 2 / 3 - 2 * m->pad;
        gfx_text_ellipsize(g, head, GFX_FONT_BOLD, m->small, lw, buf, sizeof buf);
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
    int sw = 0;
    if (shown[0]) {
        /* Score, counting up to its new value after an answer. */
        long score = game_session_score(u->session);
        if (ph == GAME_PHASE_FEEDBACK) {
            float t =
                ui_still(u)
                    ? 1
                    : ui_ease((float)(now - game_session_phase_since(u->session)) / UI_ANIM_COUNT);
            score = ui_count_up(u->shown_score, score, t);
        }
        ui_number(u, n1, sizeof n1, score);
        ui_fmt(u, buf, sizeof buf, "q.score", n1, NULL, NULL);
        sw = gfx_text(g, buf, GFX_FONT_BOLD, m->small, m->W - m->pad, ty, GFX_ALIGN_RIGHT,
                      UI_ACCENT);
    }
    unsigned streak = game_session_streak(u->session);
    if (game_session_level(u->session)->no_streak) streak = 0; /* it earns nothing here */
    if (streak >= 2 && (ph == GAME_PHASE_QUESTION || ph == GAME_PHASE_FEEDBACK)) {
        snprintf(buf, sizeof buf, "×%u", streak);
        int fx = m->W - m->pad - sw - m->gap * 2;
        int w = gfx_text(g, buf, GFX_FONT_BOLD, m->small, fx, ty, GFX_ALIGN_RIGHT, UI_TEXT);
        ui_draw_flame(g, fx - w - bar_h / 3, bar_h / 2, bar_h * 7 / 10);
    }
    /* Time left, in the middle. */
    if (ph == GAME_PHASE_QUESTION) {
        const game_question *q = game_session_question(u->session);
        if (game_session_limit(u->session, q)) {
            uint32_t left = game_session_time_left(u->session, now);
            snprintf(n1, sizeof n1, "%u", (left + 999) / 1000);
            ui_fmt(u, buf, sizeof buf, "q.seconds", n1, NULL, NULL);
            gfx_color c = left < 5000 ? UI_ALERT : UI_TEXT;
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

void ui_timer_bar(ui *u, const ui_metrics *m, int bar, uint64_t now)
{
    gfx *g = u->g;
    const game_question *q = game_session_question(u->session);
    int tb_y = bar + m->gap, tb_h = m->H / 60 + 2;
    gfx_rect track = {m->pad, tb_y, m->W - 2 * m->pad, tb_h};
    gfx_fill_rounded(g, track, tb_h / 2, UI_BAR);
    uint32_t limit = game_session_limit(u->session, q);
    if (limit) {
        float f = (float)game_session_time_left(u->session, now) / (float)limit;
        gfx_color c = f > 0.5f ? ui_mix(UI_ACCENT, UI_RIGHT_MARK, (f - 0.5f) * 2)
                               : ui_mix(UI_WRONG_MARK, UI_ACCENT, f * 2);
        int fw = (int)lroundf((float)track.w * f);
        if (fw > 0) gfx_fill_rounded(g, (gfx_rect){track.x, track.y, fw, track.h}, tb_h / 2, c);
    }
}

void ui_footer(ui *u, const ui_metrics *m, const char *text)
{
    gfx_text(u->g, text, GFX_FONT_REGULAR, m->small, m->W / 2, m->H - m->pad / 2 - m->small * 6 / 5,
             GFX_ALIGN_CENTER, UI_MUTED);
}

int ui_footer_height(const ui_metrics *m)
{
    return m->small * 6 / 5 + m->pad / 2 + m->gap;
}

/* Centred text wrapped into balanced lines (no word alone on the last line).
 * Returns the height. */
int ui_centered(ui *u, const char *text, gfx_font f, int px, int x, int y, int w, gfx_color c,
                bool draw)
{
    int bw = gfx_text_balance(u->g, text, f, px, w);
    if (!draw) return gfx_text_wrapped_height(u->g, text, f, px, bw, NULL);
    return gfx_text_wrapped(u->g, text, f, px, x + (w - bw) / 2, y, bw, GFX_ALIGN_CENTER, c);
}

/* A width that holds each label on one line, within reason. */
int ui_button_width(ui *u, const ui_metrics *m, const char *k1, const char *k2)
{
    int w1, w2, h;
    gfx_text_size(u->g, ui_str(u, k1), GFX_FONT_BOLD, m->body, &w1, &h);
    gfx_text_size(u->g, k2 ? ui_str(u, k2) : "", GFX_FONT_BOLD, m->body, &w2, &h);
    int w = (w1 > w2 ? w1 : w2) + 2 * m->pad;
    if (w < m->W / 4) w = m->W / 4;
    if (w > m->W / 2 - m->pad) w = m->W / 2 - m->pad;
    return w;
}

/* ==== text fields ========================================================= */

void ui_draw_text_field(ui *u, const ui_metrics *m, gfx_rect r, const char *text)
{
    ui_draw_panel(u->g, m, r, UI_PANEL_HI);
    char shown[300];
    snprintf(shown, sizeof shown, "%s|", text);
    gfx_text(u->g, shown, GFX_FONT_BOLD, m->body, r.x + r.w / 2, r.y + (r.h - m->body * 6 / 5) / 2,
             GFX_ALIGN_CENTER, UI_TEXT);
}

void ui_erase_last(char *s)
{
    size_t n = strlen(s);
    while (n > 0) {
        n--;
        if (((unsigned char)s[n] & 0xC0) != 0x80) break;
    }
    s[n] = '\0';
}

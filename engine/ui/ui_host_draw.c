/* ui_host_draw.c — the teacher's screens of the live classroom, for a projector: the lobby
 * (address, code, QR code, the nicknames arriving), the question (its countdown, how many
 * answered), the reveal (what the class answered, the right answer, why), the podiums. One
 * function lays out, draws and hit-tests each (ui_host_layout). Big type, high contrast, every
 * text whole at 1024×768 and 1280×720; nicknames are drawn as text, never read as markup.
 */
#include "ui_host_internal.h"
#include "ui_keyboard.h"
#include "ui_kinds.h"
#include "ui_mockup.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    ui_host *h;
    ui *u;
    gfx *g;
    ui_metrics m;
    bool draw;
    ui_targets *t;
    uint64_t now;
    int top, bottom; /* the room between the top bar and the buttons */
} host_ctx;

/* ==== small pieces ======================================================== */

/* Copies at most n - 1 bytes of src, whole UTF-8 characters, and ends the copy. */
static void copy_text(char *dst, size_t n, const char *src, size_t len)
{
    if (n == 0) return;
    if (len > n - 1) {
        len = n - 1;
        while (len > 0 && ((unsigned char)src[len] & 0xC0) == 0x80) len--;
    }
    memcpy(dst, src, len);
    dst[len] = '\0';
}

static const char *str(const host_ctx *c, const char *key)
{
    return ui_str(c->u, key);
}

/* text on one line at the largest size in [min, max] that holds it in w; returns the size. */
static int line_fit(const host_ctx *c, const char *text, gfx_font f, int max, int min, int w)
{
    return gfx_text_fit_line(c->g, text, f, max, min, w);
}

/* A label for a bar of the reveal, at most w wide at px: the text, or as many of its first words
 * as fit with "…" (the whole text is on every device and in the explanation). */
static void label_words(const host_ctx *c, const char *text, gfx_font f, int px, int w, char *buf,
                        size_t n)
{
    int tw, th;
    copy_text(buf, n, text, strlen(text));
    gfx_text_size(c->g, buf, f, px, &tw, &th);
    if (tw <= w) return;
    size_t len = strlen(buf);
    while (len > 0) {
        /* back to the previous space, else to the previous character */
        size_t cut = len;
        while (cut > 0 && buf[cut - 1] != ' ') cut--;
        if (cut == 0) {
            cut = len - 1;
            while (cut > 0 && ((unsigned char)buf[cut] & 0xC0) == 0x80) cut--;
        } else {
            cut--;
        }
        len = cut;
        char tmp[400];
        snprintf(tmp, sizeof tmp, "%.*s…", (int)len, text);
        gfx_text_size(c->g, tmp, f, px, &tw, &th);
        if (tw <= w) {
            snprintf(buf, n, "%s", tmp);
            return;
        }
    }
    snprintf(buf, n, "…");
}

static const game_question *question(const host_ctx *c)
{
    return game_room_question(c->h->room);
}

/* ==== the buttons and the footer =========================================== */

const char *ui_host_cmd_label(const ui_host *h, ui_host_cmd_kind k)
{
    switch (k) {
    case UI_HOST_START:
        return "host.b_start";
    case UI_HOST_NEXT:
        return game_room_phase_get(h->room) == GAME_ROOM_QUESTION ? "host.b_close" : "host.b_next";
    case UI_HOST_PAUSE:
    case UI_HOST_RESUME:
        return h->paused ? "host.b_resume" : "host.b_pause";
    case UI_HOST_SKIP:
        return "host.b_skip";
    case UI_HOST_END:
        return "host.b_end";
    case UI_HOST_LOCK:
    case UI_HOST_UNLOCK:
        return h->locked ? "host.b_unlock" : "host.b_lock";
    case UI_HOST_RENAME:
        return "host.b_rename";
    case UI_HOST_REMOVE:
        return "host.b_remove";
    case UI_HOST_QUIT:
        return "host.b_quit";
    case UI_HOST_DEBRIEF:
        return h->debrief ? "host.b_podium" : "host.b_debrief";
    default:
        return "";
    }
}

static int button_h(const ui_metrics *m)
{
    return m->body * 3 / 2;
}

/* Lays the phase's buttons on one row, from the right (the main one) leftwards; returns the
 * row's top. */
static int buttons(host_ctx *c, int footer_top)
{
    ui_host *h = c->h;
    const ui_metrics *m = &c->m;
    game_room_phase ph = game_room_phase_get(h->room);
    ui_host_cmd_kind ks[8];
    size_t n = 0;
    switch (ph) {
    case GAME_ROOM_LOBBY:
        ks[n++] = UI_HOST_START;
        ks[n++] = UI_HOST_LOCK;
        break;
    case GAME_ROOM_QUESTION:
        ks[n++] = UI_HOST_NEXT;
        if (!h->untimed) ks[n++] = UI_HOST_PAUSE;
        ks[n++] = UI_HOST_SKIP;
        ks[n++] = UI_HOST_END;
        break;
    case GAME_ROOM_REVEAL:
    case GAME_ROOM_PODIUM:
        ks[n++] = UI_HOST_NEXT;
        ks[n++] = UI_HOST_END;
        break;
    case GAME_ROOM_END:
        ks[n++] = UI_HOST_QUIT;
        ks[n++] = UI_HOST_DEBRIEF;
        break;
    }
    if (h->has_sel && (ph == GAME_ROOM_LOBBY || ph == GAME_ROOM_PODIUM || ph == GAME_ROOM_END)) {
        ks[n++] = UI_HOST_REMOVE;
        ks[n++] = UI_HOST_RENAME;
    }
    int bh = button_h(m), y = footer_top - bh - m->gap, x = c->m.W - m->pad;
    /* one size for every label, the largest that lets the row fit */
    int px = m->body, total;
    for (;; px--) {
        total = 0;
        for (size_t i = 0; i < n; i++) {
            int tw, th;
            gfx_text_size(c->g, str(c, ui_host_cmd_label(h, ks[i])), GFX_FONT_BOLD, px, &tw, &th);
            total += tw + 2 * m->pad + m->gap;
        }
        if (total <= m->W - 2 * m->pad || px <= m->small * 2 / 3) break;
    }
    bool modal = h->confirm != UI_HOST_NONE || h->renaming;
    for (size_t i = 0; i < n; i++) {
        const char *label = str(c, ui_host_cmd_label(h, ks[i]));
        int tw, th;
        gfx_text_size(c->g, label, GFX_FONT_BOLD, px, &tw, &th);
        gfx_rect r = {x - tw - 2 * m->pad, y, tw + 2 * m->pad, bh};
        x = r.x - m->gap;
        if (!modal) ui_add_target(c->t, UI_T_HOST_CMD, (int)ks[i], r);
        if (!c->draw) continue;
        bool hot = !modal && ui_hovering(c->u, r);
        ui_draw_button(c->g, m, r, "", i == 0 ? UI_BTN_PRIMARY : UI_BTN_NORMAL, hot,
                       hot && c->u->pressed, false);
        gfx_text(c->g, label, GFX_FONT_BOLD, px, r.x + r.w / 2, r.y + (r.h - px * 6 / 5) / 2,
                 GFX_ALIGN_CENTER, i == 0 ? UI_INK : UI_TEXT);
    }
    return y;
}

/* The key hints at the bottom: one line, smaller when it must, else two; returns its top. */
static int footer(host_ctx *c)
{
    const ui_metrics *m = &c->m;
    static const char *const keys[] = {
        [GAME_ROOM_LOBBY] = "host.keys_lobby",   [GAME_ROOM_QUESTION] = "host.keys_question",
        [GAME_ROOM_REVEAL] = "host.keys_reveal", [GAME_ROOM_PODIUM] = "host.keys_podium",
        [GAME_ROOM_END] = "host.keys_end",
    };
    game_room_phase ph = game_room_phase_get(c->h->room);
    const char *text = str(c, c->h->renaming  ? "host.keys_rename"
                              : c->h->debrief ? "host.keys_debrief"
                                              : keys[ph]);
    int w = m->W - 2 * m->pad, min = m->small * 3 / 4;
    int px = line_fit(c, text, GFX_FONT_REGULAR, m->small, min, w);
    int tw, th;
    gfx_text_size(c->g, text, GFX_FONT_REGULAR, px, &tw, &th);
    int lines = tw <= w ? 1 : 2;
    if (lines == 2) px = m->small * 4 / 5;
    int h = gfx_text_wrapped_height(c->g, text, GFX_FONT_REGULAR, px, w, NULL);
    int top = m->H - m->pad / 2 - h;
    if (c->draw)
        gfx_text_wrapped(c->g, text, GFX_FONT_REGULAR, px, m->pad, top, w, GFX_ALIGN_CENTER,
                         UI_MUTED);
    return top;
}

/* ==== the top bar ========================================================= */

static void players_line(const host_ctx *c, char *buf, size_t n)
{
    char num[32];
    size_t in = game_room_players_in(c->h->room);
    ui_number(c->u, num, sizeof num, (long)in);
    ui_fmt(c->u, buf, n,
           in == 0   ? "host.players0"
           : in == 1 ? "host.player1"
                     : "host.players",
           num, NULL, NULL);
    if (c->h->locked) {
        size_t l = strlen(buf);
        snprintf(buf + l, n - l, " · %s", str(c, "host.locked"));
    }
}

/* The bar: the room's name and code at the left, what counts at the right. */
static int top_bar(host_ctx *c, const char *left, const char *right)
{
    const ui_metrics *m = &c->m;
    int bar = m->small * 6 / 5 + m->gap * 2;
    if (!c->draw) return bar;
    gfx_fill_rect(c->g, (gfx_rect){0, 0, m->W, bar}, UI_BAR);
    int rw, th;
    gfx_text_size(c->g, right, GFX_FONT_BOLD, m->small, &rw, &th);
    int lw = m->W - 2 * m->pad - rw - m->pad;
    int lpx = line_fit(c, left, GFX_FONT_BOLD, m->small, m->small * 3 / 4, lw);
    gfx_text(c->g, left, GFX_FONT_BOLD, lpx, m->pad, (bar - lpx * 6 / 5) / 2, GFX_ALIGN_LEFT,
             UI_ACCENT);
    gfx_text(c->g, right, GFX_FONT_BOLD, m->small, m->W - m->pad, (bar - m->small * 6 / 5) / 2,
             GFX_ALIGN_RIGHT, UI_TEXT);
    return bar;
}

static void room_title(const host_ctx *c, char *buf, size_t n)
{
    ui_fmt(c->u, buf, n, "host.title", c->h->code, NULL, NULL);
}

static void question_title(const host_ctx *c, char *buf, size_t n)
{
    char a[16], b[16];
    snprintf(a, sizeof a, "%zu", game_room_question_index(c->h->room) + 1);
    snprintf(b, sizeof b, "%zu", game_room_question_count(c->h->room));
    char q[80], t[80];
    ui_fmt(c->u, q, sizeof q, "host.question", a, b, NULL);
    room_title(c, t, sizeof t);
    snprintf(buf, n, "%s · %s", q, t);
}

static void answered_line(const host_ctx *c, char *buf, size_t n)
{
    size_t done = 0, of = 0;
    game_room_answered(c->h->room, &done, &of);
    char a[32], b[32];
    ui_number(c->u, a, sizeof a, (long)done);
    ui_number(c->u, b, sizeof b, (long)of);
    ui_fmt(c->u, buf, n, "host.answered", a, b, NULL);
}

/* ==== the players' names ================================================== */

size_t ui_host_focusable(const ui_host *h, uint32_t *ids, size_t max)
{
    size_t n = 0;
    game_room_phase ph = game_room_phase_get(h->room);
    if (h->debrief) return 0; /* no player on it */
    if (ph == GAME_ROOM_PODIUM || ph == GAME_ROOM_END) {
        const game_room_player *top[5];
        size_t k = game_room_top(h->room, top, 5);
        for (size_t i = 0; i < k && n < max; i++) ids[n++] = top[i]->id;
        return n;
    }
    for (size_t i = 0; i < game_room_player_count(h->room) && n < max; i++) {
        const game_room_player *p = game_room_player_at(h->room, i);
        if (!p->removed) ids[n++] = p->id;
    }
    return n;
}

static size_t room_index(const ui_host *h, uint32_t id)
{
    for (size_t i = 0; i < game_room_player_count(h->room); i++)
        if (game_room_player_at(h->room, i)->id == id) return i;
    return 0;
}

static void focus_ring(host_ctx *c, gfx_rect r, int radius)
{
    int f = c->m.H / 180 + 2;
    gfx_fill_rounded(c->g, (gfx_rect){r.x - f, r.y - f, r.w + 2 * f, r.h + 2 * f}, radius + f,
                     UI_FOCUS);
}

/* An away player's mark, beside their greyed name (not the colour alone): a crescent moon, d
 * across, centred on cx, cy, cut from a disc of ink by one of bg. */
static void away_mark(gfx *g, int cx, int cy, int d, gfx_color ink, gfx_color bg)
{
    gfx_fill_circle(g, cx, cy, d / 2, ink);
    gfx_fill_circle(g, cx + d / 4, cy - d / 5, d * 2 / 5, bg);
}

/* The nicknames as pills flowing in rows through area at px, "+N" for those beyond; with draw,
 * their targets and (c->draw) their drawing. Returns how many were shown. */
static size_t name_pills(host_ctx *c, gfx_rect area, int px, bool draw)
{
    ui_host *h = c->h;
    const ui_metrics *m = &c->m;
    int pad = m->gap * 2 / 3, pill_h = px * 6 / 5 + m->gap / 2, pitch = pill_h + m->gap / 2;
    int x = area.x, y = area.y, th;
    size_t n = game_room_player_count(h->room), in = game_room_players_in(h->room), shown = 0;
    char more[32];
    for (size_t i = 0; i < n; i++) {
        const game_room_player *p = game_room_player_at(h->room, i);
        if (p->removed) continue;
        int tw, mw, mark = p->away ? px * 4 / 5 + pad / 2 : 0; /* the away mark's room */
        gfx_text_size(c->g, p->nick, GFX_FONT_BOLD, px, &tw, &th);
        gfx_rect r = {x, y, tw + 2 * pad + mark, pill_h};
        if (r.x + r.w > area.x + area.w) { /* the next row */
            r.x = area.x;
            r.y = y + pitch;
        }
        if (r.y + r.h > area.y + area.h) break; /* "+N" stays where the last one ended */
        /* the last one that fits leaves room for "+N" when some are left */
        snprintf(more, sizeof more, "+%zu", in - shown - 1);
        gfx_text_size(c->g, more, GFX_FONT_BOLD, px, &mw, &th);
        bool last_row = r.y + pitch + pill_h > area.y + area.h;
        if (last_row && shown + 1 < in && r.x + r.w + m->gap + mw > area.x + area.w) break;
        shown++;
        x = r.x + r.w + m->gap / 2;
        y = r.y;
        if (!draw) continue;
        ui_add_target(c->t, UI_T_HOST_PLAYER, (int)i, r);
        if (!c->draw) continue;
        if (h->has_sel && h->sel == p->id) focus_ring(c, r, r.h / 2);
        gfx_fill_rounded(c->g, r, r.h / 2, p->away ? UI_BAR : UI_PANEL_HI);
        if (p->away)
            away_mark(c->g, r.x + pad + px * 2 / 5, r.y + r.h / 2, px * 4 / 5, UI_MUTED, UI_BAR);
        gfx_text(c->g, p->nick, GFX_FONT_BOLD, px, r.x + pad + mark, r.y + (r.h - px * 6 / 5) / 2,
                 GFX_ALIGN_LEFT, p->away ? UI_MUTED : UI_TEXT);
    }
    if (draw && c->draw && shown < in) {
        snprintf(more, sizeof more, "+%zu", in - shown);
        gfx_text(c->g, more, GFX_FONT_BOLD, px, x + m->gap / 2, y + (pill_h - px * 6 / 5) / 2,
                 GFX_ALIGN_LEFT, UI_ACCENT);
    }
    return shown;
}

/* ==== the lobby =========================================================== */

static void lobby(host_ctx *c)
{
    ui_host *h = c->h;
    const ui_metrics *m = &c->m;
    gfx *g = c->g;
    int y = c->top + m->gap;
    /* The address column at the left, the QR code at its right, as tall as the column; the
     * names below both. */
    const char *url = h->nurls ? h->urls[0] : "";
    char others[UI_HOST_URL_MAX * 2 + 40] = "", list[UI_HOST_URL_MAX * 2 + 8] = "";
    for (size_t i = 1; i < h->nurls && i < 3; i++) {
        size_t l = strlen(list);
        snprintf(list + l, sizeof list - l, "%s%s", i > 1 ? " · " : "", h->urls[i]);
    }
    if (list[0]) ui_fmt(c->u, others, sizeof others, "host.or", list, NULL, NULL);
    int code_px = m->big * 13 / 10;
    int label_h = m->body * 6 / 5, url_h = m->big * 6 / 5,
        other_h = others[0] ? m->small * 6 / 5 : 0;
    int col_h = label_h + url_h + other_h + m->gap + code_px * 6 / 5;
    int side = col_h < m->W * 30 / 100 ? col_h : m->W * 30 / 100;
    gfx_rect qr = {m->W - m->pad - side, y, side, side};
    int cw = qr.x - 2 * m->pad;
    if (c->draw) {
        int yy = y;
        gfx_text(g, str(c, "host.join"), GFX_FONT_REGULAR, m->body, m->pad, yy, GFX_ALIGN_LEFT,
                 UI_MUTED);
        yy += label_h;
        int upx = line_fit(c, url, GFX_FONT_BOLD, m->big, m->small, cw);
        gfx_text(g, url, GFX_FONT_BOLD, upx, m->pad, yy + (m->big - upx) * 6 / 10, GFX_ALIGN_LEFT,
                 UI_TEXT);
        yy += url_h;
        if (others[0]) {
            int px = line_fit(c, others, GFX_FONT_REGULAR, m->small, m->small * 2 / 3, cw);
            gfx_text(g, others, GFX_FONT_REGULAR, px, m->pad, yy, GFX_ALIGN_LEFT, UI_MUTED);
            yy += other_h;
        }
        yy += m->gap;
        /* the code, very big, after its label */
        const char *label = str(c, "host.code");
        int lw = gfx_text(g, label, GFX_FONT_REGULAR, m->body, m->pad,
                          yy + (code_px - m->body) * 7 / 10, GFX_ALIGN_LEFT, UI_MUTED);
        gfx_text(g, h->code, GFX_FONT_BOLD, code_px, m->pad + lw + m->pad, yy, GFX_ALIGN_LEFT,
                 UI_ACCENT);
        /* black on white whatever the theme: a phone's camera reads it */
        if (!gfx_qr_draw(g, url, qr)) gfx_fill_rounded(g, qr, m->radius, UI_PANEL);
    }
    y += col_h + m->gap * 2;
    gfx_rect area = {m->pad, y, m->W - 2 * m->pad, c->bottom - y - m->gap};
    size_t in = game_room_players_in(h->room);
    if (in == 0) {
        if (c->draw)
            ui_centered(c->u, str(c, "host.nobody"), GFX_FONT_BOLD, m->body, area.x,
                        area.y + area.h / 3, area.w, UI_MUTED, true);
        return;
    }
    /* the largest size that shows everyone, down to two thirds of the smallest text */
    int px = m->small;
    for (; px > m->small * 2 / 3; px--)
        if (name_pills(c, area, px, false) >= in) break;
    name_pills(c, area, px, true);
}

/* ==== the question ======================================================== */

static void timer_line(const host_ctx *c, char *buf, size_t n)
{
    const game_question *q = question(c);
    if (c->h->untimed || !q || q->time_ms == 0) {
        snprintf(buf, n, "%s", str(c, "host.untimed"));
        return;
    }
    if (game_room_paused(c->h->room)) {
        snprintf(buf, n, "%s", str(c, "host.paused"));
        return;
    }
    uint32_t left = game_room_time_left(c->h->room, c->now);
    char s[16];
    snprintf(s, sizeof s, "%u", (left + 999u) / 1000u);
    ui_fmt(c->u, buf, n, "host.seconds", s, NULL, NULL);
    game_pace pace = game_room_pace(c->h->room); /* the trainer's --time: said beside it */
    if (pace != GAME_PACE_NORMAL) {
        size_t len = strlen(buf);
        snprintf(buf + len, n - len, " · %s", ui_pace_tag(c->u, pace));
    }
}

/* Choice pos's text as every device shows it (true/false: the ui's names). */
static const char *choice_text(const host_ctx *c, const game_question *q, size_t pos)
{
    size_t w = game_room_choice_at(c->h->room, pos);
    const ui_kind_view *v = ui_kind_view_of(q->kind);
    if (v->names) return str(c, v->names[w]);
    return game_text_get(&q->choices[w], c->u->lang);
}

/* Cells of the choices (or of the order's items, unlettered) in a grid of two columns. */
static void grid_cells(host_ctx *c, gfx_rect area, size_t n, bool letters,
                       const char *(*text_of)(const host_ctx *, const game_question *, size_t))
{
    const ui_metrics *m = &c->m;
    const game_question *q = question(c);
    int cols = n <= 1 ? 1 : 2, rows = (int)((n + 1) / 2);
    if (n <= 1) rows = 1;
    int cw = (area.w - m->gap * (cols - 1)) / cols;
    int ch = (area.h - m->gap * (rows - 1)) / rows;
    if (ch > m->body * 3) ch = m->body * 3;
    int badge = ch * 6 / 10 < m->body * 3 / 2 ? ch * 6 / 10 : m->body * 3 / 2;
    int tw = cw - (letters ? badge + m->gap * 3 : m->gap * 2) - m->gap;
    /* one size for every cell: the largest at which each fits */
    int px = m->prompt * 3 / 4;
    for (size_t i = 0; i < n; i++) {
        int p = gfx_text_fit(c->g, text_of(c, q, i), GFX_FONT_BOLD, px, m->small * 2 / 3, tw,
                             ch - m->gap);
        if (p < px) px = p;
    }
    if (!c->draw) return;
    int total_h = rows * ch + (rows - 1) * m->gap;
    int y0 = area.y + (area.h - total_h) / 2;
    for (size_t i = 0; i < n; i++) {
        gfx_rect r = {area.x + (int)(i % 2) * (cw + m->gap), y0 + (int)(i / 2) * (ch + m->gap), cw,
                      ch};
        if (cols == 1) r.x = area.x;
        ui_draw_panel(c->g, m, r, UI_PANEL);
        int tx = r.x + m->gap * 2;
        if (letters) {
            ui_draw_badge(c->g, r.x + m->gap + badge / 2, r.y + r.h / 2, badge, i,
                          game_kind_get(q->kind)->several, m->small);
            tx = r.x + badge + m->gap * 2;
        }
        const char *text = text_of(c, q, i);
        int th = gfx_text_wrapped_height(c->g, text, GFX_FONT_BOLD, px, tw, NULL);
        gfx_text_wrapped(c->g, text, GFX_FONT_BOLD, px, tx, r.y + (r.h - th) / 2, tw,
                         GFX_ALIGN_LEFT, UI_TEXT);
    }
}

static const char *item_text(const host_ctx *c, const game_question *q, size_t pos)
{
    const unsigned char *order = game_room_start_order(c->h->room);
    size_t w = order ? order[pos] : pos;
    return game_text_get(&q->items[w], c->u->lang);
}

static const char *sort_card_text(const host_ctx *c, const game_question *q, size_t i)
{
    return game_text_get(&q->items[i], c->u->lang);
}

/* A panel with one notice in it, centred in area. */
static void notice_panel(host_ctx *c, gfx_rect area, const char *text, gfx_color ink)
{
    const ui_metrics *m = &c->m;
    int w = area.w * 3 / 4;
    int px = gfx_text_fit(c->g, text, GFX_FONT_BOLD, m->body, m->small, w - 2 * m->pad,
                          area.h - 2 * m->pad);
    /* balanced lines, the panel as wide as they are */
    w = gfx_text_balance(c->g, text, GFX_FONT_BOLD, px, w - 2 * m->pad) + 2 * m->pad;
    int th = gfx_text_wrapped_height(c->g, text, GFX_FONT_BOLD, px, w - 2 * m->pad, NULL);
    gfx_rect r = {area.x + (area.w - w) / 2, area.y + (area.h - th - 2 * m->pad) / 2, w,
                  th + 2 * m->pad};
    if (!c->draw) return;
    ui_draw_panel(c->g, m, r, UI_PANEL);
    gfx_text_wrapped(c->g, text, GFX_FONT_BOLD, px, r.x + m->pad, r.y + m->pad, w - 2 * m->pad,
                     GFX_ALIGN_CENTER, ink);
}

/* What each kind shows under the prompt: the choices as on every device, or what the devices
 * do. */
static void question_body(host_ctx *c, gfx_rect area)
{
    const ui_metrics *m = &c->m;
    const game_question *q = question(c);
    game_shape shape = game_kind_get(q->kind)->shape;
    switch (shape) {
    case GAME_SHAPE_PICK:
        grid_cells(c, area, q->kind == GAME_KIND_TRUEFALSE ? 2 : q->nchoices, true, choice_text);
        return;
    case GAME_SHAPE_ORDER:
        grid_cells(c, area, q->nitems, false, item_text);
        return;
    case GAME_SHAPE_BINS: {
        /* the bins in a row, the cards under them */
        int bh = m->body * 2, bw = (area.w - m->gap * (int)(q->nbins - 1)) / (int)q->nbins;
        for (size_t b = 0; b < q->nbins && c->draw; b++) {
            gfx_rect r = {area.x + (int)b * (bw + m->gap), area.y, bw, bh};
            ui_draw_panel(c->g, m, r, UI_BAR);
            const char *t = game_text_get(&q->bins[b], c->u->lang);
            int px = gfx_text_fit(c->g, t, GFX_FONT_BOLD, m->body, m->small * 2 / 3,
                                  bw - 2 * m->gap, bh - m->gap);
            int th = gfx_text_wrapped_height(c->g, t, GFX_FONT_BOLD, px, bw - 2 * m->gap, NULL);
            gfx_text_wrapped(c->g, t, GFX_FONT_BOLD, px, r.x + m->gap, r.y + (bh - th) / 2,
                             bw - 2 * m->gap, GFX_ALIGN_CENTER, UI_ACCENT);
        }
        gfx_rect rest = {area.x, area.y + bh + m->gap, area.w, area.h - bh - m->gap};
        grid_cells(c, rest, q->nitems, false, sort_card_text);
        return;
    }
    case GAME_SHAPE_VALUE: {
        char lo[64], hi[64];
        const char *unit = game_text_get(&q->unit, c->u->lang);
        game_number_write(q->min, q->format, 0, unit, c->u->lang, lo, sizeof lo);
        game_number_write(q->max, q->format, 0, unit, c->u->lang, hi, sizeof hi);
        if (!c->draw) return;
        int y = area.y + area.h / 2, th = m->H / 60 + 4;
        gfx_rect track = {area.x + m->pad, y - th / 2, area.w - 2 * m->pad, th};
        gfx_fill_rounded(c->g, track, th / 2, UI_PANEL_HI);
        gfx_text(c->g, lo, GFX_FONT_BOLD, m->body, track.x, y + m->gap * 2, GFX_ALIGN_LEFT,
                 UI_TEXT);
        gfx_text(c->g, hi, GFX_FONT_BOLD, m->body, track.x + track.w, y + m->gap * 2,
                 GFX_ALIGN_RIGHT, UI_TEXT);
        return;
    }
    case GAME_SHAPE_PARTS: {
        /* the mock-up as the solo game draws it, nothing marked */
        ui *u = c->u;
        u->shown_question = q;
        ui_mockup_layout M;
        ui_mockup_compute(u, m, area.y, area.y + area.h, &M);
        if (c->draw) ui_mockup_draw(u, m, &M);
        c->h->mock = M;
        c->h->has_mock = true;
        gfx_clip(c->g, NULL);
        u->shown_question = NULL;
        return;
    }
    case GAME_SHAPE_TEXT:
        notice_panel(
            c, area,
            str(c, q->kind == GAME_KIND_PASSWORD ? "host.device_password" : "host.device_input"),
            UI_TEXT);
        return;
    case GAME_SHAPE_PLAY:
        notice_panel(c, area, str(c, "host.minigame"), UI_ACCENT);
        return;
    }
}

static const char *const device_hint[] = {
    [GAME_SHAPE_PICK] = "host.device_pick",
    [GAME_SHAPE_ORDER] = "host.device_order",
    [GAME_SHAPE_BINS] = "host.device_sort",
    [GAME_SHAPE_TEXT] = NULL,
    [GAME_SHAPE_VALUE] = "host.device_value",
    [GAME_SHAPE_PARTS] = "host.device_hotspot",
    [GAME_SHAPE_PLAY] = NULL,
};

/* The prompt, centred, at the largest size up to max_px that fits in max_h; returns its foot. */
static int prompt(host_ctx *c, int y, int max_px, int max_h)
{
    const ui_metrics *m = &c->m;
    const game_question *q = question(c);
    const char *p = game_text_get(&q->prompt, c->u->lang);
    int w = m->W - 2 * m->pad;
    int px = gfx_text_fit(c->g, p, GFX_FONT_BOLD, max_px, m->small, w, max_h);
    return y + ui_centered(c->u, p, GFX_FONT_BOLD, px, m->pad, y, w, UI_TEXT, c->draw);
}

static void question_screen(host_ctx *c)
{
    const ui_metrics *m = &c->m;
    const game_question *q = question(c);
    int y = c->top;
    /* the countdown bar, right under the top bar */
    int tb_h = m->H / 60 + 2;
    if (c->draw) {
        gfx_rect track = {m->pad, y + m->gap, m->W - 2 * m->pad, tb_h};
        gfx_fill_rounded(c->g, track, tb_h / 2, UI_BAR);
        if (!c->h->untimed && q->time_ms) {
            float f = (float)game_room_time_left(c->h->room, c->now) /
                      (float)game_pace_limit(game_room_pace(c->h->room), q->time_ms);
            gfx_color col = game_room_paused(c->h->room) ? UI_MUTED
                            : f > 0.5f ? ui_mix(UI_ACCENT, UI_RIGHT_MARK, (f - 0.5f) * 2)
                                       : ui_mix(UI_WRONG_MARK, UI_ACCENT, f * 2);
            int fw = (int)lroundf((float)track.w * f);
            if (fw > 0)
                gfx_fill_rounded(c->g, (gfx_rect){track.x, track.y, fw, track.h}, tb_h / 2, col);
        }
    }
    y += m->gap * 2 + tb_h;
    /* time left and answers, big: read from the back of the room */
    char t[64], a[96];
    timer_line(c, t, sizeof t);
    answered_line(c, a, sizeof a);
    if (c->draw) {
        gfx_text(c->g, t, GFX_FONT_BOLD, m->body, m->pad, y, GFX_ALIGN_LEFT,
                 game_room_paused(c->h->room) ? UI_ACCENT : UI_TEXT);
        gfx_text(c->g, a, GFX_FONT_BOLD, m->body, m->W - m->pad, y, GFX_ALIGN_RIGHT, UI_ACCENT);
    }
    y += m->body * 6 / 5 + m->gap;
    game_shape shape = game_kind_get(q->kind)->shape;
    /* a mock-up wants all the room it can get: its prompt is smaller */
    if (shape == GAME_SHAPE_PARTS)
        y = prompt(c, y, m->body, (c->bottom - y) / 5) + m->gap;
    else
        y = prompt(c, y, m->prompt, (c->bottom - y) / 3) + m->gap;
    const char *hint = device_hint[shape];
    if (hint) {
        if (c->draw)
            ui_centered(c->u, str(c, hint), GFX_FONT_REGULAR, m->small, m->pad, y,
                        m->W - 2 * m->pad, UI_MUTED, true);
        y += m->small * 6 / 5 + m->gap;
    }
    question_body(c, (gfx_rect){m->pad, y, m->W - 2 * m->pad, c->bottom - y - m->gap});
}

/* ==== the reveal ========================================================== */

typedef struct {
    char label[300];
    unsigned count;
    gfx_color colour;
    int badge; /* a choice's letter (its shown position), -1 none */
    bool right;
    bool wrong; /* a part marked that was no clue, the "wrong" verdicts: a cross, not only red */
} bar_row;

static size_t reveal_rows(host_ctx *c, const game_room_tally *t, bar_row *rows, size_t max)
{
    const game_question *q = question(c);
    game_shape shape = game_kind_get(q->kind)->shape;
    size_t n = 0;
    if (shape == GAME_SHAPE_PICK) {
        size_t k = q->kind == GAME_KIND_TRUEFALSE ? 2 : q->nchoices;
        for (size_t pos = 0; pos < k && n < max; pos++) {
            size_t w = game_room_choice_at(c->h->room, pos);
            bar_row *r = &rows[n++];
            snprintf(r->label, sizeof r->label, "%s", choice_text(c, q, pos));
            r->count = pos < t->npicks ? t->picks[pos] : 0;
            r->colour = UI_BADGES[pos];
            r->badge = (int)pos;
            r->right = (q->correct_mask >> w) & 1u;
            r->wrong = false; /* the letters and the ring tell the choices */
        }
        return n;
    }
    if (shape == GAME_SHAPE_PARTS) {
        /* the clues, and the parts somebody marked that were not */
        for (size_t i = 0; i < q->nparts && n < max; i++) {
            unsigned k = i < t->npicks ? t->picks[i] : 0;
            if (!q->parts[i].clue && k == 0) continue;
            bar_row *r = &rows[n++];
            ui_part_text(c->u, &q->parts[i], r->label, sizeof r->label);
            r->count = k;
            r->colour = q->parts[i].clue ? UI_RIGHT_MARK : UI_WRONG;
            r->badge = -1;
            r->right = q->parts[i].clue;
            r->wrong = !q->parts[i].clue;
        }
        return n;
    }
    static const char *const keys[] = {"host.right", "host.partly", "host.wrong", "host.none"};
    const unsigned counts[] = {t->right, t->partly, t->wrong, t->none};
    const gfx_color cols[] = {UI_RIGHT_MARK, UI_ACCENT, UI_WRONG_MARK, UI_MUTED};
    for (size_t i = 0; i < 4 && n < max; i++) {
        bar_row *r = &rows[n++];
        snprintf(r->label, sizeof r->label, "%s", str(c, keys[i]));
        r->count = counts[i];
        r->colour = cols[i];
        r->badge = -1;
        r->right = i == 0;
        r->wrong = i == 2;
    }
    return n;
}

/* A label shortened by its last words ("…") until it wraps into w × h at px: a mock-up's part
 * may be a whole paragraph, which every device shows whole. */
static void label_box(const host_ctx *c, const char *text, int px, int w, int h, char *buf,
                      size_t n)
{
    copy_text(buf, n, text, strlen(text));
    size_t len = strlen(buf);
    for (;;) {
        int used = 0;
        int th = gfx_text_wrapped_height(c->g, buf, GFX_FONT_BOLD, px, w, &used);
        if ((th <= h && used <= w) || len == 0) return;
        while (len > 0 && text[len - 1] != ' ') len--; /* back to the previous word */
        while (len > 0 && text[len - 1] == ' ') len--;
        if (len == 0) { /* one word too long: as many characters as fit on a line */
            label_words(c, text, GFX_FONT_BOLD, px, w, buf, n);
            return;
        }
        snprintf(buf, n, "%.*s…", (int)len, text);
    }
}

/* The distribution: a row per choice (or part, or verdict), its text whole beside a bar that
 * fills the row in proportion of those who gave it; the right ones ringed in green. */
static void bars(host_ctx *c, gfx_rect area, const bar_row *rows, size_t n)
{
    const ui_metrics *m = &c->m;
    if (n == 0) return;
    unsigned most = 1;
    for (size_t i = 0; i < n; i++)
        if (rows[i].count > most) most = rows[i].count;
    int rh = (area.h - m->gap * (int)(n - 1)) / (int)n;
    if (rh > m->body * 5 / 2) rh = m->body * 5 / 2;
    bool letters = rows[0].badge >= 0;
    int badge = rh * 6 / 10 < m->body * 3 / 2 ? rh * 6 / 10 : m->body * 3 / 2;
    char num[32];
    int nw, th, npx = rh * 7 / 10 < m->body ? rh * 7 / 10 : m->body; /* the counts' size */
    ui_number(c->u, num, sizeof num, (long)most);
    gfx_text_size(c->g, num, GFX_FONT_BOLD, npx, &nw, &th);
    int mark = npx; /* the right ones' check */
    int tx = area.x + m->gap * 2 + (letters ? badge + m->gap : 0);
    int tw = area.x + area.w - tx - nw - mark - m->gap * 4;
    int th_max = rh - m->gap / 2;
    int px = m->body;
    for (size_t i = 0; i < n; i++) {
        int p =
            gfx_text_fit(c->g, rows[i].label, GFX_FONT_BOLD, m->body, m->small * 3 / 4, tw, th_max);
        if (p < px) px = p;
    }
    if (!c->draw) return;
    int f = m->H / 180 + 2;
    for (size_t i = 0; i < n; i++) {
        const bar_row *r = &rows[i];
        gfx_rect cell = {area.x, area.y + (int)i * (rh + m->gap), area.w, rh};
        int cy = cell.y + rh / 2;
        if (r->right)
            gfx_fill_rounded(c->g,
                             (gfx_rect){cell.x - f, cell.y - f, cell.w + 2 * f, cell.h + 2 * f},
                             m->radius + f, UI_RIGHT_MARK);
        gfx_fill_rounded(c->g, cell, m->radius, UI_PANEL);
        int len = (int)lroundf((float)cell.w * (float)r->count / (float)most);
        if (len > 0) {
            if (len < m->radius * 2) len = m->radius * 2;
            gfx_fill_rounded(c->g, (gfx_rect){cell.x, cell.y, len, rh}, m->radius,
                             ui_mix(UI_PANEL, r->colour, UI_BAR_TINT));
        }
        if (letters)
            ui_draw_badge(c->g, cell.x + m->gap * 2 + badge / 2, cy, badge, (size_t)r->badge, false,
                          m->small);
        else
            gfx_fill_rounded(c->g, (gfx_rect){cell.x, cell.y, m->gap, rh}, m->gap / 2, r->colour);
        char label[400];
        label_box(c, r->label, px, tw, th_max, label, sizeof label);
        int lh = gfx_text_wrapped_height(c->g, label, GFX_FONT_BOLD, px, tw, NULL);
        gfx_text_wrapped(c->g, label, GFX_FONT_BOLD, px, tx, cell.y + (rh - lh) / 2, tw,
                         GFX_ALIGN_LEFT, UI_TEXT);
        if (r->right) { /* on a white disc: it reads on any bar's colour */
            int mx = cell.x + cell.w - m->gap * 2 - nw - m->gap - mark / 2;
            gfx_fill_circle(c->g, mx, cy, mark * 6 / 10, UI_TEXT);
            ui_draw_check(c->g, mx, cy, mark * 8 / 10, UI_RIGHT);
        } else if (r->wrong) {
            int mx = cell.x + cell.w - m->gap * 2 - nw - m->gap - mark / 2;
            gfx_fill_circle(c->g, mx, cy, mark * 6 / 10, UI_TEXT);
            ui_draw_cross(c->g, mx, cy, mark * 8 / 10, UI_WRONG);
        }
        ui_number(c->u, num, sizeof num, (long)r->count);
        gfx_text(c->g, num, GFX_FONT_BOLD, npx, cell.x + cell.w - m->gap * 2, cy - npx * 6 / 10,
                 GFX_ALIGN_RIGHT, UI_TEXT);
    }
}

/* The right answer in words (but for the choices, ringed in their bars) and the explanation. */
static void why_text(host_ctx *c, char *buf, size_t n)
{
    const game_question *q = question(c);
    char right[2200] = "", words[2000] = "";
    const ui_kind_view *v = ui_kind_view_of(q->kind);
    if (game_kind_get(q->kind)->shape != GAME_SHAPE_PICK && v->right_answer) {
        v->right_answer(c->u, q, words, sizeof words);
        if (words[0]) ui_fmt(c->u, right, sizeof right, "host.answer", words, NULL, NULL);
    }
    const char *why = game_text_get(&q->explain, c->u->lang);
    snprintf(buf, n, "%s%s%s", right, right[0] && why[0] ? "\n" : "", why);
}

/* The size text takes in a panel of w (inner width iw) at most h high: its px and height; false
 * when even the smallest size leaves a line too wide or the text too tall. */
static bool why_fits(host_ctx *c, const char *text, int iw, int ih, int *px, int *th)
{
    const ui_metrics *m = &c->m;
    *px = gfx_text_fit(c->g, text, GFX_FONT_REGULAR, m->body, m->small * 3 / 4, iw, ih);
    int used = 0;
    *th = gfx_text_wrapped_height(c->g, text, GFX_FONT_REGULAR, *px, iw, &used);
    return used <= iw && *th <= ih;
}

static void reveal_screen(host_ctx *c)
{
    const ui_metrics *m = &c->m;
    const game_question *q = question(c);
    int y = c->top + m->gap;
    y = prompt(c, y, m->body, (c->bottom - y) / 5) + m->gap * 2;
    gfx_rect area = {m->pad, y, m->W - 2 * m->pad, c->bottom - y - m->gap};
    size_t qi = game_room_question_index(c->h->room);
    if (game_room_skipped(c->h->room, qi)) {
        bool game = game_kind_get(q->kind)->shape == GAME_SHAPE_PLAY;
        notice_panel(c, area, str(c, game ? "host.minigame" : "host.skipped"), UI_ACCENT);
        return;
    }
    game_room_tally t;
    game_room_tally_get(c->h->room, qi, &t);
    bar_row rows[GAME_MAX_PARTS];
    size_t n = reveal_rows(c, &t, rows, sizeof rows / sizeof rows[0]);
    char text[4000];
    why_text(c, text, sizeof text);
    /* The bars at the left and why at the right; when why does not fit there (a file name that
     * breaks nowhere), under the bars, the whole width. */
    int lw = area.w * 58 / 100, px = m->body, th = 0;
    gfx_rect panel = {area.x + lw + m->pad, area.y, area.w - lw - m->pad, area.h};
    gfx_rect left = {area.x, area.y, lw, area.h};
    if (text[0] && !why_fits(c, text, panel.w - 2 * m->pad, panel.h - 2 * m->pad, &px, &th)) {
        panel = (gfx_rect){area.x, area.y, area.w, area.h / 2};
        why_fits(c, text, panel.w - 2 * m->pad, panel.h - 2 * m->pad, &px, &th);
        panel.h = th + 2 * m->pad;
        panel.y = area.y + area.h - panel.h;
        left = (gfx_rect){area.x, area.y, area.w, panel.y - m->gap - area.y};
    }
    bars(c, left, rows, n);
    if (!text[0] || !c->draw) return;
    if (th + 2 * m->pad < panel.h) panel.h = th + 2 * m->pad;
    ui_draw_panel(c->g, m, panel, UI_PANEL);
    gfx_text_wrapped(c->g, text, GFX_FONT_REGULAR, px, panel.x + m->pad, panel.y + m->pad,
                     panel.w - 2 * m->pad, GFX_ALIGN_LEFT, UI_TEXT);
}

/* ==== the podiums ========================================================= */

static void podium_screen(host_ctx *c, bool final)
{
    ui_host *h = c->h;
    const ui_metrics *m = &c->m;
    int y = c->top + m->gap;
    const char *head = str(c, final ? "host.final" : "host.podium");
    if (c->draw)
        gfx_text(c->g, head, GFX_FONT_BOLD, m->big, m->W / 2, y, GFX_ALIGN_CENTER, UI_ACCENT);
    y += m->big * 6 / 5;
    if (final) {
        char num[32], line[120];
        size_t in = game_room_players_in(h->room);
        ui_number(c->u, num, sizeof num, (long)in);
        ui_fmt(c->u, line, sizeof line, in == 1 ? "host.played1" : "host.played", num, NULL, NULL);
        if (c->draw)
            gfx_text(c->g, line, GFX_FONT_REGULAR, m->body, m->W / 2, y, GFX_ALIGN_CENTER,
                     UI_MUTED);
        y += m->body * 6 / 5;
    }
    y += m->gap;
    const game_room_player *top[5];
    size_t n = game_room_top(h->room, top, 5);
    if (n == 0) return;
    int w = m->W - 2 * m->pad;
    if (w > m->H * 3 / 2) w = m->H * 3 / 2;
    int x = (m->W - w) / 2;
    int rh = (c->bottom - y - m->gap * 5) / 5;
    if (rh > m->prompt * 2) rh = m->prompt * 2;
    int px = rh * 55 / 100;
    static const gfx_color medal[3] = {
        {255, 200, 40, 255}, {200, 210, 225, 255}, {215, 140, 80, 255}};
    for (size_t i = 0; i < n; i++) {
        const game_room_player *p = top[i];
        gfx_rect r = {x, y + (int)i * (rh + m->gap), w, rh};
        ui_add_target(c->t, UI_T_HOST_PLAYER, (int)room_index(h, p->id), r);
        if (!c->draw) continue;
        bool sel = h->has_sel && h->sel == p->id;
        if (sel) focus_ring(c, r, m->radius);
        ui_draw_panel(c->g, m, r, i == 0 ? UI_PANEL_HI : UI_PANEL);
        unsigned rank = game_room_rank(h->room, p->id);
        char num[32];
        snprintf(num, sizeof num, "%u", rank);
        int d = rh * 3 / 4, cx = r.x + m->gap + d / 2, cy = r.y + rh / 2;
        gfx_fill_circle(c->g, cx, cy, d / 2, rank >= 1 && rank <= 3 ? medal[rank - 1] : UI_BAR);
        gfx_text(c->g, num, GFX_FONT_BOLD, px, cx, cy - px * 6 / 10, GFX_ALIGN_CENTER,
                 rank <= 3 ? UI_ON_PAPER : UI_TEXT);
        char score[48], pts[64];
        ui_number(c->u, score, sizeof score, p->score);
        ui_fmt(c->u, pts, sizeof pts, "host.points", score, NULL, NULL);
        int sw = gfx_text(c->g, pts, GFX_FONT_BOLD, px, r.x + r.w - m->pad, cy - px * 6 / 10,
                          GFX_ALIGN_RIGHT, UI_ACCENT);
        int nx = cx + d / 2 + m->pad, nw = r.x + r.w - m->pad - sw - m->pad - nx;
        if (p->away) { /* greyed, and marked */
            int md = px * 4 / 5;
            away_mark(c->g, nx + md / 2, cy, md, UI_MUTED, i == 0 ? UI_PANEL_HI : UI_PANEL);
            nx += md + m->gap;
            nw -= md + m->gap;
        }
        int npx = line_fit(c, p->nick, GFX_FONT_BOLD, px, m->small * 2 / 3, nw);
        gfx_text(c->g, p->nick, GFX_FONT_BOLD, npx, nx, cy - npx * 6 / 10, GFX_ALIGN_LEFT,
                 p->away ? UI_MUTED : UI_TEXT);
    }
}

/* ==== over the screen: a notice, a confirmation, a rename ================== */

static void notice(host_ctx *c)
{
    ui_host *h = c->h;
    const ui_metrics *m = &c->m;
    if (!c->draw || !h->notice[0] || h->notice_until == UINT64_MAX || h->notice_until <= c->now)
        return;
    int w = m->W - 4 * m->pad;
    int px =
        gfx_text_fit(c->g, h->notice, GFX_FONT_BOLD, m->small, m->small * 3 / 4, w, m->small * 3);
    int bw = gfx_text_balance(c->g, h->notice, GFX_FONT_BOLD, px, w);
    int th = gfx_text_wrapped_height(c->g, h->notice, GFX_FONT_BOLD, px, bw, NULL);
    /* over the foot of the screen: the address and the question stay in sight */
    gfx_rect r = {(m->W - bw) / 2 - m->pad, c->bottom - th - m->gap * 3, bw + 2 * m->pad,
                  th + m->gap * 2};
    gfx_fill_rounded(c->g, r, m->radius, UI_ACCENT);
    gfx_text_wrapped(c->g, h->notice, GFX_FONT_BOLD, px, r.x + m->pad, r.y + m->gap, bw,
                     GFX_ALIGN_CENTER, UI_INK);
}

static void dim(host_ctx *c)
{
    if (c->draw) gfx_fill_rect(c->g, (gfx_rect){0, 0, c->m.W, c->m.H}, (gfx_color){0, 0, 0, 150});
}

static void confirm_box(host_ctx *c)
{
    ui_host *h = c->h;
    const ui_metrics *m = &c->m;
    char q[300];
    if (h->confirm == UI_HOST_REMOVE) {
        const game_room_player *p = game_room_player_get(h->room, h->confirm_player);
        ui_fmt(c->u, q, sizeof q, "host.c_remove", p ? p->nick : "", NULL, NULL);
    } else {
        snprintf(q, sizeof q, "%s",
                 str(c, h->confirm == UI_HOST_END ? "host.c_end" : "host.c_quit"));
    }
    int w = m->W * 2 / 3, bh = button_h(m);
    int th = gfx_text_wrapped_height(c->g, q, GFX_FONT_BOLD, m->body, w - 2 * m->pad, NULL);
    int hgt = th + bh + m->pad * 3;
    gfx_rect box = {(m->W - w) / 2, (m->H - hgt) / 2, w, hgt};
    int bw = (w - 3 * m->pad) / 2;
    gfx_rect yes = {box.x + m->pad, box.y + hgt - m->pad - bh, bw, bh};
    gfx_rect no = {yes.x + bw + m->pad, yes.y, bw, bh};
    ui_add_target(c->t, UI_T_HOST_YES, 0, yes);
    ui_add_target(c->t, UI_T_HOST_NO, 0, no);
    if (!c->draw) return;
    dim(c);
    ui_draw_panel(c->g, m, box, UI_BAR);
    gfx_text_wrapped(c->g, q, GFX_FONT_BOLD, m->body, box.x + m->pad, box.y + m->pad,
                     w - 2 * m->pad, GFX_ALIGN_CENTER, UI_TEXT);
    bool hy = ui_hovering(c->u, yes), hn = ui_hovering(c->u, no);
    ui_draw_button(c->g, m, yes, str(c, "host.yes"),
                   h->confirm == UI_HOST_END || h->confirm == UI_HOST_QUIT ? UI_BTN_WRONG
                                                                           : UI_BTN_PRIMARY,
                   hy, hy && c->u->pressed, false);
    ui_draw_button(c->g, m, no, str(c, "host.no"), UI_BTN_NORMAL, hn, hn && c->u->pressed, false);
}

static void rename_box(host_ctx *c)
{
    ui_host *h = c->h;
    const ui_metrics *m = &c->m;
    const game_room_player *p = game_room_player_get(h->room, h->rename_player);
    char q[200];
    ui_fmt(c->u, q, sizeof q, "host.rename", p ? p->nick : "", NULL, NULL);
    int bottom = ui_keyboard_top(c->u, m);
    int w = m->W * 2 / 3, fh = m->body * 2;
    int hgt = m->body * 6 / 5 + fh + m->pad * 3;
    int y = (bottom - hgt) / 2;
    if (y < m->pad) y = m->pad;
    gfx_rect box = {(m->W - w) / 2, y, w, hgt};
    gfx_rect field = {box.x + m->pad, box.y + m->pad * 2 + m->body * 6 / 5, w - 2 * m->pad, fh};
    if (c->draw) {
        dim(c);
        ui_draw_panel(c->g, m, box, UI_BAR);
        int px = line_fit(c, q, GFX_FONT_BOLD, m->body, m->small * 2 / 3, w - 2 * m->pad);
        gfx_text(c->g, q, GFX_FONT_BOLD, px, m->W / 2, box.y + m->pad, GFX_ALIGN_CENTER, UI_TEXT);
        ui_draw_text_field(c->u, m, field, h->draft);
    }
    ui_keyboard_field(c->t, field);
    ui_keyboard_layout(c->u, m, c->draw, c->t);
}

/* ==== the layout ========================================================== */

void ui_host_layout(ui_host *h, uint64_t now, bool draw, ui_targets *t)
{
    host_ctx c = {.h = h, .u = &h->base, .g = h->base.g, .draw = draw, .t = t, .now = now};
    t->n = 0;
    int W, H;
    gfx_size(c.g, &W, &H);
    /* the projector's screens are laid out for the room at the normal size, whatever size a
     * player chose on this machine (the phones have their own) */
    ui_text_scale_use(100);
    gfx_set_fit_floor(c.g, 100);
    ui_metrics_compute(&c.m, W, H);
    gfx_clip(c.g, NULL); /* a mock-up drawn last frame leaves its clip */
    h->has_mock = false;
    if (draw) gfx_clear(c.g, UI_BG);
    game_room_phase ph = game_room_phase_get(h->room);
    char left[200], right[200];
    switch (ph) {
    case GAME_ROOM_QUESTION:
    case GAME_ROOM_REVEAL:
        question_title(&c, left, sizeof left);
        if (ph == GAME_ROOM_QUESTION)
            players_line(&c, right, sizeof right);
        else
            answered_line(&c, right, sizeof right);
        break;
    default:
        room_title(&c, left, sizeof left);
        players_line(&c, right, sizeof right);
        break;
    }
    c.top = top_bar(&c, left, right);
    int foot = footer(&c);
    c.bottom = buttons(&c, foot);
    bool modal = h->confirm != UI_HOST_NONE || h->renaming;
    ui_targets scratch = {.n = 0};
    if (modal) c.t = &scratch; /* what lies under a question asked is not clickable */
    switch (ph) {
    case GAME_ROOM_LOBBY:
        lobby(&c);
        break;
    case GAME_ROOM_QUESTION:
        question_screen(&c);
        break;
    case GAME_ROOM_REVEAL:
        reveal_screen(&c);
        break;
    case GAME_ROOM_PODIUM:
        podium_screen(&c, false);
        break;
    case GAME_ROOM_END:
        if (h->debrief)
            ui_host_debrief_draw(h, &c.m,
                                 (gfx_rect){c.m.pad, c.top + c.m.gap, c.m.W - 2 * c.m.pad,
                                            c.bottom - c.top - 2 * c.m.gap},
                                 draw);
        else
            podium_screen(&c, true);
        break;
    }
    c.t = t;
    notice(&c);
    if (h->confirm != UI_HOST_NONE)
        confirm_box(&c);
    else if (h->renaming)
        rename_box(&c);
}

/* ui_kinds.c — the question kinds' views: the table that gives each kind its question screen,
 * input, feedback, right answer in words and answers for shots; and the views of the hands-on
 * kinds (order, sort, input, estimate, password, hotspot and its mock-ups). Each is playable
 * with the mouse, a finger or the keyboard alone, and its feedback shows item by item what
 * was right. Reads the game; changes it only through actions.
 */
#include "ui_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ==== shared ================================================================= */

static const game_question *question(const ui *u)
{
    return game_session_question(u->session);
}

static const char *item_text(const ui *u, const game_question *q, size_t written)
{
    return game_text_get(&q->items[written], u->lang);
}

/* Top bar, countdown, prompt; returns the y below them. */
static int header(ui *u, const ui_metrics *m, uint64_t now, bool draw)
{
    const game_question *q = question(u);
    int bar = ui_top_bar(u, m, now, draw);
    if (draw) ui_timer_bar(u, m, bar, now);
    int y = bar + m->H / 60 + m->gap * 2;
    int w = m->W - 2 * m->pad;
    const char *prompt = game_text_get(&q->prompt, u->lang);
    int px = gfx_text_fit(u->g, prompt, GFX_FONT_BOLD, m->prompt, m->body, w, m->H / 5);
    y += ui_centered(u, prompt, GFX_FONT_BOLD, px, m->pad, y, w, UI_TEXT, draw);
    return y + m->gap;
}

/* The submit button at the bottom right, and the key hint beside it. */
static gfx_rect submit_rect(ui *u, const ui_metrics *m)
{
    int bw = ui_button_width(u, m, "q.validate", NULL), bh = m->body * 8 / 5;
    return (gfx_rect){m->W - m->pad - bw, m->H - m->pad / 2 - bh, bw, bh};
}

static void draw_submit(ui *u, const ui_metrics *m, gfx_rect r, bool ready, const char *hint,
                        bool focus)
{
    ui_draw_button(u->g, m, r, ui_str(u, "q.validate"), ready ? UI_BTN_PRIMARY : UI_BTN_DIM,
                   ready && ui_hovering(u, r), u->pressed && ui_hovering(u, r), focus);
    char fit[300];
    gfx_text_ellipsize(u->g, hint, GFX_FONT_REGULAR, m->small, r.x - 2 * m->pad, fit, sizeof fit);
    gfx_text(u->g, fit, GFX_FONT_REGULAR, m->small, m->pad, r.y + (r.h - m->small * 6 / 5) / 2,
             GFX_ALIGN_LEFT, UI_ACCENT);
}

static void act2(ui *u, game_action_kind k, int arg, int arg2, uint64_t now)
{
    game_action a = {.kind = k, .arg = arg, .arg2 = arg2};
    ui_act(u, &a, now);
}

/* ==== values on a scale ======================================================= */

void ui_format_value(const ui *u, const game_question *q, double v, char *buf, size_t n)
{
    char num[64];
    double a = fabs(v);
    if (a >= 1e6 || (a > 0 && a < 0.01)) {
        /* 3,2 × 10⁹ : powers of ten, read from the back of the room */
        static const char *const sup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
        int e = (int)floor(log10(a));
        double mant = v / pow(10, e);
        if (fabs(mant) >= 9.95) mant /= 10, e++;
        char exp[32] = "";
        int ae = e < 0 ? -e : e;
        char digits[24];
        snprintf(digits, sizeof digits, "%d", ae);
        if (e < 0) strcat(exp, "⁻");
        for (char *d = digits; *d; d++) strncat(exp, sup[*d - '0'], sizeof exp - strlen(exp) - 1);
        if (fabs(mant - 1) < 0.05)
            snprintf(num, sizeof num, "10%s", exp);
        else
            snprintf(num, sizeof num, "%.1f × 10%s", mant, exp);
    } else if (a >= 100) {
        ui_number(u, num, sizeof num, lround(v));
    } else {
        snprintf(num, sizeof num, "%.3g", v);
    }
    if (u->lang == GAME_LANG_FR)
        for (char *p = num; *p; p++)
            if (*p == '.') *p = ',';
    const char *unit = game_text_get(&q->unit, u->lang);
    if (*unit)
        snprintf(buf, n, "%s\xc2\xa0%s", num, unit);
    else
        snprintf(buf, n, "%s", num);
}

/* Position on the scale (0..1) of a value, and back. */
static double scale_pos(const game_question *q, double v)
{
    if (q->log_scale && q->min > 0) {
        if (v < q->min) v = q->min;
        return (log(v) - log(q->min)) / (log(q->max) - log(q->min));
    }
    return (v - q->min) / (q->max - q->min);
}

static double scale_value(const game_question *q, double f)
{
    if (f < 0) f = 0;
    if (f > 1) f = 1;
    if (q->log_scale && q->min > 0) return exp(log(q->min) + f * (log(q->max) - log(q->min)));
    return q->min + f * (q->max - q->min);
}

/* ==== passwords ================================================================ */

static void crack_time(const ui *u, double s, char *buf, size_t n)
{
    char num[32];
    static const struct {
        double sec;
        const char *key;
    } units[] = {{3.15e7, "pw.years"},
                 {86400, "pw.days"},
                 {3600, "pw.hours"},
                 {60, "pw.minutes"},
                 {1, "pw.seconds"}};
    if (s < 1) {
        snprintf(buf, n, "%s", ui_str(u, "pw.instant"));
        return;
    }
    if (s > 3.15e9) { /* a hundred years and more */
        snprintf(buf, n, "%s", ui_str(u, "pw.centuries"));
        return;
    }
    for (size_t i = 0; i < sizeof units / sizeof *units; i++) {
        if (s >= units[i].sec) {
            ui_number(u, num, sizeof num, lround(s / units[i].sec));
            ui_fmt(u, buf, n, units[i].key, num, NULL, NULL);
            return;
        }
    }
}

/* The meter and what the estimator found, from y; returns the height used. */
static int password_report(ui *u, const ui_metrics *m, const char *pw, int x, int y, int w,
                           bool draw, int max_lines)
{
    gfx *g = u->g;
    game_password_report rep;
    game_password_check_default(pw, &rep);
    static const gfx_color colors[5] = {{178, 38, 30, 255},
                                        {214, 110, 30, 255},
                                        {214, 170, 30, 255},
                                        {40, 160, 90, 255},
                                        {26, 122, 76, 255}};
    int seg = (w - 4 * m->gap / 2) / 5, sh = m->small / 2 + 4;
    int lh = m->small * 6 / 5;
    int h = sh + m->gap + lh +
            (int)(rep.nfindings < (size_t)max_lines ? rep.nfindings : (size_t)max_lines) * lh;
    if (!draw) return h;
    for (int k = 0; k < 5; k++) {
        gfx_rect r = {x + k * (seg + m->gap / 2), y, seg, sh};
        gfx_fill_rounded(g, r, sh / 2, pw[0] && k <= rep.level ? colors[rep.level] : UI_BAR);
    }
    char lvl[32], t[64], line[300], buf[300];
    snprintf(lvl, sizeof lvl, "pw.level%d", rep.level);
    crack_time(u, rep.crack_seconds, t, sizeof t);
    ui_fmt(u, line, sizeof line, "pw.meter", ui_str(u, lvl), t, NULL);
    int ly = y + sh + m->gap;
    if (pw[0]) gfx_text(g, line, GFX_FONT_BOLD, m->small, x, ly, GFX_ALIGN_LEFT, UI_TEXT);
    for (size_t k = 0; pw[0] && k < rep.nfindings && (int)k < max_lines; k++) {
        char key[32];
        snprintf(key, sizeof key, "pw.f%d", (int)rep.findings[k].kind);
        ui_fmt(u, line, sizeof line, key, rep.findings[k].text, NULL, NULL);
        gfx_text_ellipsize(g, line, GFX_FONT_REGULAR, m->small, w, buf, sizeof buf);
        gfx_text(g, buf, GFX_FONT_REGULAR, m->small, x, ly + (int)(k + 1) * lh, GFX_ALIGN_LEFT,
                 rep.findings[k].kind == GAME_PW_LONG ? (gfx_color){140, 230, 170, 255} : UI_MUTED);
    }
    return h;
}

/* ==== the mail mock-up ======================================================== */

/* Where each part of the mail goes: the mock-up is laid out from data, like a mail app. */
typedef struct {
    gfx_rect panel;
    gfx_rect part[GAME_MAX_PARTS];
    int px;
    int status_y; /* where the hovered link's real target shows */
} mail_layout;

static const char *part_label(const ui *u, game_part_kind k)
{
    switch (k) {
    case GAME_PART_FROM:
        return ui_str(u, "mail.from");
    case GAME_PART_REPLY_TO:
        return ui_str(u, "mail.reply_to");
    case GAME_PART_SUBJECT:
        return ui_str(u, "mail.subject");
    case GAME_PART_DATE:
        return ui_str(u, "mail.date");
    default:
        return NULL;
    }
}

/* The text a part shows (the sender as "Name <address>"). */
static void part_text(const ui *u, const game_part *p, char *buf, size_t n)
{
    const char *t = game_text_get(&p->text, u->lang);
    if (p->kind == GAME_PART_FROM && p->extra)
        snprintf(buf, n, "%s <%s>", t, p->extra);
    else
        snprintf(buf, n, "%s", t);
}

static int mail_rows(ui *u, const ui_metrics *m, const game_question *q, int px, int w,
                     mail_layout *M, int x0, int y0, bool place)
{
    gfx *g = u->g;
    int y = y0, lh = px * 6 / 5, label_w = 0;
    for (size_t i = 0; i < q->nparts; i++) {
        const char *l = part_label(u, q->parts[i].kind);
        if (!l) continue;
        int tw, th;
        gfx_text_size(g, l, GFX_FONT_BOLD, px, &tw, &th);
        if (tw > label_w) label_w = tw;
    }
    label_w += m->gap;
    bool header_done = false;
    char buf[400];
    for (size_t i = 0; i < q->nparts; i++) {
        const game_part *p = &q->parts[i];
        bool header = part_label(u, p->kind) != NULL;
        if (!header && !header_done) {
            y += m->gap; /* the line between the header and the message */
            header_done = true;
        }
        part_text(u, p, buf, sizeof buf);
        int x = x0 + (header ? label_w : 0), tw = w - (x - x0);
        int h = gfx_text_wrapped_height(
            g, buf, p->kind == GAME_PART_SUBJECT ? GFX_FONT_BOLD : GFX_FONT_REGULAR, px,
            tw - m->gap, NULL);
        if (p->kind == GAME_PART_LINK || p->kind == GAME_PART_ATTACHMENT) h = lh + m->gap / 2;
        if (place) M->part[i] = (gfx_rect){x - m->gap / 2, y - m->gap / 4, tw, h + m->gap / 2};
        y += h + m->gap / 2;
    }
    (void)lh;
    return y - y0;
}

static void mail_layout_compute(ui *u, const ui_metrics *m, int top, int bottom, mail_layout *M)
{
    const game_question *q = question(u);
    memset(M, 0, sizeof *M);
    int w = m->W - 2 * m->pad;
    M->panel = (gfx_rect){m->pad, top, w, bottom - top};
    int inner = w - 2 * m->gap;
    int room = M->panel.h - 2 * m->gap - m->small * 3 / 2; /* a status line at the bottom */
    int px = m->body;
    while (px > m->small && mail_rows(u, m, q, px, inner, M, 0, 0, false) > room) px -= 2;
    if (px < m->small) px = m->small;
    M->px = px;
    mail_rows(u, m, q, px, inner, M, M->panel.x + m->gap, M->panel.y + m->gap, true);
    M->status_y = M->panel.y + M->panel.h - m->small * 3 / 2;
}

/* The mark of a part: a ring (marked, focused or under the pointer) and, once marked, a
 * flag in its corner. */
static void part_ring(ui *u, const ui_metrics *m, size_t i, gfx_rect r, gfx_color bg)
{
    gfx *g = u->g;
    unsigned marks = game_session_draft(u->session)->chosen;
    bool marked = (marks >> i) & 1u, focus = u->focus == (int)i, hot = ui_hovering(u, r);
    gfx_color ring = marked  ? UI_ACCENT_DARK
                     : focus ? UI_FOCUS
                     : hot   ? (gfx_color){160, 175, 200, 255}
                             : (gfx_color){0, 0, 0, 0};
    if (!ring.a) return;
    gfx_fill_rounded(g, (gfx_rect){r.x - 4, r.y - 4, r.w + 8, r.h + 8}, m->radius / 2 + 4, ring);
    gfx_fill_rounded(g, (gfx_rect){r.x - 1, r.y - 1, r.w + 2, r.h + 2}, m->radius / 2, bg);
}

static void part_flag(ui *u, const mail_layout *M, size_t i, gfx_rect r)
{
    if (!((game_session_draft(u->session)->chosen >> i) & 1u)) return;
    int d = M->px;
    gfx_fill_circle(u->g, r.x + r.w - d / 2, r.y + d / 2, d / 2, UI_ACCENT_DARK);
    gfx_text(u->g, "!", GFX_FONT_BOLD, d * 3 / 4, r.x + r.w - d / 2, r.y + d / 20, GFX_ALIGN_CENTER,
             UI_TEXT);
}

/* A link's real target at the foot of the mock-up, as an app shows it on hover or long
 * press. */
static void link_status(ui *u, const ui_metrics *m, const mail_layout *M, const game_part *p)
{
    if (!p->extra) return;
    char line[400], buf[400];
    ui_fmt(u, line, sizeof line, "mail.link_to", p->extra, NULL, NULL);
    gfx_text_ellipsize(u->g, line, GFX_FONT_REGULAR, m->small, M->panel.w - 2 * m->gap, buf,
                       sizeof buf);
    gfx_text(u->g, buf, GFX_FONT_REGULAR, m->small, M->panel.x + m->gap, M->status_y,
             GFX_ALIGN_LEFT, (gfx_color){88, 98, 115, 255});
}

static void draw_mail(ui *u, const ui_metrics *m, const mail_layout *M)
{
    gfx *g = u->g;
    const game_question *q = question(u);
    unsigned marks = game_session_draft(u->session)->chosen;
    gfx_color paper = {246, 248, 251, 255}, ink = {25, 32, 45, 255}, muted = {88, 98, 115, 255};
    gfx_color link = {20, 80, 200, 255};
    ui_draw_panel(g, m, M->panel, paper);
    char buf[400];
    int hovered_link = -1;
    for (size_t i = 0; i < q->nparts; i++) {
        const game_part *p = &q->parts[i];
        gfx_rect r = M->part[i];
        bool marked = (marks >> i) & 1u, focus = u->focus == (int)i, hot = ui_hovering(u, r);
        if (p->kind == GAME_PART_LINK && hot) hovered_link = (int)i;
        gfx_color ring = {0, 0, 0, 0};
        if (marked) {
            ring = UI_ACCENT_DARK;
        } else if (focus) {
            ring = UI_FOCUS;
        } else if (hot) {
            ring = (gfx_color){200, 210, 225, 255};
        }
        if (ring.a) {
            gfx_fill_rounded(g, r, m->radius / 2, ring);
            gfx_fill_rounded(g, (gfx_rect){r.x + 3, r.y + 3, r.w - 6, r.h - 6}, m->radius / 2,
                             marked ? (gfx_color){255, 240, 200, 255} : paper);
        }
        const char *label = part_label(u, p->kind);
        int ty = r.y + m->gap / 4;
        if (label)
            gfx_text(g, label, GFX_FONT_BOLD, M->px, M->panel.x + m->gap, ty, GFX_ALIGN_LEFT,
                     muted);
        part_text(u, p, buf, sizeof buf);
        if (p->kind == GAME_PART_ATTACHMENT) {
            /* a chip: a paperclip drawn from lines, and the file name */
            const char *t = game_text_get(&p->text, u->lang);
            int tw, th;
            gfx_text_size(g, t, GFX_FONT_BOLD, M->px, &tw, &th);
            gfx_rect chip = {r.x + m->gap / 2, ty, tw + M->px * 2, th + m->gap / 4};
            gfx_fill_rounded(g, chip, chip.h / 2, (gfx_color){222, 228, 238, 255});
            float cx = (float)(chip.x + M->px * 0.7f), cy = (float)(chip.y + chip.h / 2);
            gfx_line(g, cx, cy - (float)th * 0.3f, cx, cy + (float)th * 0.3f, 3, muted);
            gfx_text(g, t, GFX_FONT_BOLD, M->px, chip.x + M->px * 3 / 2, chip.y + m->gap / 8,
                     GFX_ALIGN_LEFT, ink);
        } else if (p->kind == GAME_PART_LINK) {
            const char *t = game_text_get(&p->text, u->lang);
            int w =
                gfx_text(g, t, GFX_FONT_BOLD, M->px, r.x + m->gap / 2, ty, GFX_ALIGN_LEFT, link);
            gfx_fill_rect(g, (gfx_rect){r.x + m->gap / 2, ty + M->px * 11 / 10, w, 2}, link);
        } else {
            gfx_text_wrapped(g, buf,
                             p->kind == GAME_PART_SUBJECT ? GFX_FONT_BOLD : GFX_FONT_REGULAR, M->px,
                             r.x + m->gap / 2, ty, r.w - m->gap, GFX_ALIGN_LEFT, ink);
        }
        if (marked) { /* a flag in the margin: marked as suspicious */
            gfx_fill_circle(g, r.x + r.w - M->px / 2 - 4, r.y + r.h / 2, M->px / 2, UI_ACCENT_DARK);
            gfx_text(g, "!", GFX_FONT_BOLD, M->px * 3 / 4, r.x + r.w - M->px / 2 - 4,
                     r.y + r.h / 2 - M->px * 9 / 20, GFX_ALIGN_CENTER, UI_TEXT);
        }
    }
    /* A link's real target, as a mail app shows it on hover or long press, under a rule. */
    if (hovered_link >= 0 && q->parts[hovered_link].extra) {
        gfx_fill_rect(
            g, (gfx_rect){M->panel.x + m->gap, M->status_y - 2, M->panel.w - 2 * m->gap, 1}, muted);
        link_status(u, m, M, &q->parts[hovered_link]);
    }
}

/* ---- sms: a phone, the sender at the top, the messages as bubbles ---- */

static void sms_layout_compute(ui *u, const ui_metrics *m, int top, int bottom, mail_layout *M)
{
    const game_question *q = question(u);
    memset(M, 0, sizeof *M);
    int pw = m->W * 55 / 100;
    if (pw > m->H * 8 / 10) pw = m->H * 8 / 10;
    M->panel = (gfx_rect){m->W / 2 - pw / 2, top, pw, bottom - top};
    int bw = pw * 82 / 100 - 2 * m->gap;
    for (int px = m->body;; px -= 2) {
        if (px < m->small) px = m->small;
        int y = top + px * 2 + m->gap * 2; /* under the sender's bar */
        for (size_t i = 0; i < q->nparts; i++) {
            const game_part *p = &q->parts[i];
            if (p->kind == GAME_PART_SUBJECT) { /* the sender, in the bar */
                M->part[i] =
                    (gfx_rect){M->panel.x + m->gap, top + m->gap / 2, pw - 2 * m->gap, px * 3 / 2};
                continue;
            }
            int used;
            gfx_font f =
                p->kind == GAME_PART_LINK ? GFX_FONT_BOLD : GFX_FONT_REGULAR; /* as drawn */
            int h = gfx_text_wrapped_height(u->g, game_text_get(&p->text, u->lang), f, px,
                                            bw - 2 * m->gap, &used);
            M->part[i] = (gfx_rect){M->panel.x + m->gap, y, used + 2 * m->gap, h + m->gap};
            y += h + m->gap * 2;
        }
        M->px = px;
        if (y <= bottom - m->gap || px == m->small) break;
    }
    M->status_y = M->panel.y + M->panel.h - m->small * 3 / 2;
}

static void draw_sms(ui *u, const ui_metrics *m, const mail_layout *M)
{
    gfx *g = u->g;
    const game_question *q = question(u);
    gfx_color screen = {246, 248, 251, 255}, bubble = {229, 231, 236, 255}, ink = {25, 32, 45, 255};
    gfx_color link = {20, 80, 200, 255};
    gfx_fill_rounded(g,
                     (gfx_rect){M->panel.x - 8, M->panel.y - 8, M->panel.w + 16, M->panel.h + 16},
                     m->radius * 2, (gfx_color){40, 44, 52, 255}); /* the phone */
    gfx_fill_rounded(g, M->panel, m->radius * 2 - 8, screen);
    gfx_fill_rect(g, (gfx_rect){M->panel.x, M->panel.y + M->px * 2, M->panel.w, 1},
                  (gfx_color){200, 205, 215, 255});
    char buf[400];
    int hovered = -1;
    for (size_t i = 0; i < q->nparts; i++) {
        const game_part *p = &q->parts[i];
        gfx_rect r = M->part[i];
        const char *t = game_text_get(&p->text, u->lang);
        if (p->kind == GAME_PART_SUBJECT) {
            part_ring(u, m, i, r, screen);
            gfx_text_ellipsize(g, t, GFX_FONT_BOLD, M->px, r.w, buf, sizeof buf);
            gfx_text(g, buf, GFX_FONT_BOLD, M->px, r.x + r.w / 2, r.y + r.h / 2 - M->px * 6 / 10,
                     GFX_ALIGN_CENTER, ink);
        } else {
            part_ring(u, m, i, r, screen);
            gfx_fill_rounded(g, r, m->radius, bubble);
            bool is_link = p->kind == GAME_PART_LINK;
            if (is_link && ui_hovering(u, r)) hovered = (int)i;
            gfx_text_wrapped(g, t, is_link ? GFX_FONT_BOLD : GFX_FONT_REGULAR, M->px, r.x + m->gap,
                             r.y + m->gap / 2, r.w - 2 * m->gap, GFX_ALIGN_LEFT,
                             is_link ? link : ink);
        }
        part_flag(u, M, i, r);
    }
    if (hovered >= 0) link_status(u, m, M, &q->parts[hovered]);
}

/* ---- browser: the address bar, the page, its login form ---- */

static void browser_layout_compute(ui *u, const ui_metrics *m, int top, int bottom, mail_layout *M)
{
    const game_question *q = question(u);
    memset(M, 0, sizeof *M);
    int w = m->W - 2 * m->pad;
    M->panel = (gfx_rect){m->pad, top, w, bottom - top};
    for (int px = m->body;; px -= 2) {
        if (px < m->small) px = m->small;
        int bar = px * 2;
        int y = top + bar + m->gap * 2;
        int fw = w * 6 / 10;
        for (size_t i = 0; i < q->nparts; i++) {
            const game_part *p = &q->parts[i];
            const char *t = game_text_get(&p->text, u->lang);
            switch (p->kind) {
            case GAME_PART_URL:
                M->part[i] = (gfx_rect){M->panel.x + m->gap, top + m->gap / 2, w - 2 * m->gap, bar};
                break;
            case GAME_PART_TITLE: {
                int h = gfx_text_wrapped_height(u->g, t, GFX_FONT_BOLD, px * 5 / 4, w - 4 * m->gap,
                                                NULL);
                M->part[i] = (gfx_rect){M->panel.x + m->gap, y, w - 2 * m->gap, h + m->gap / 2};
                y += h + m->gap;
                break;
            }
            case GAME_PART_FIELD:
            case GAME_PART_BUTTON:
                M->part[i] = (gfx_rect){M->panel.x + (w - fw) / 2, y, fw, px * 2};
                y += px * 2 + m->gap;
                break;
            default: {
                int h =
                    gfx_text_wrapped_height(u->g, t, GFX_FONT_REGULAR, px, w - 4 * m->gap, NULL);
                M->part[i] = (gfx_rect){M->panel.x + m->gap, y, w - 2 * m->gap, h + m->gap / 2};
                y += h + m->gap;
            }
            }
        }
        M->px = px;
        if (y <= bottom - m->gap || px == m->small) break;
    }
}

static void draw_browser(ui *u, const ui_metrics *m, const mail_layout *M)
{
    gfx *g = u->g;
    const game_question *q = question(u);
    gfx_color page = {250, 251, 253, 255}, chrome = {222, 226, 233, 255}, ink = {25, 32, 45, 255};
    gfx_color muted = {88, 98, 115, 255};
    ui_draw_panel(g, m, M->panel, page);
    gfx_fill_rounded(g, (gfx_rect){M->panel.x, M->panel.y, M->panel.w, M->px * 2 + m->gap},
                     m->radius, chrome);
    for (size_t i = 0; i < q->nparts; i++) {
        const game_part *p = &q->parts[i];
        gfx_rect r = M->part[i];
        const char *t = game_text_get(&p->text, u->lang);
        char buf[400];
        switch (p->kind) {
        case GAME_PART_URL: {
            part_ring(u, m, i, r, chrome);
            gfx_fill_rounded(g, r, r.h / 2, page);
            int ix = r.x + r.h / 2, iy = r.y + r.h / 2, s2 = M->px * 2 / 3;
            bool https = strncmp(t, "https://", 8) == 0;
            if (https) { /* a padlock: a shackle and a body */
                gfx_fill_circle(g, ix, iy - s2 / 4, s2 / 3, muted);
                gfx_fill_circle(g, ix, iy - s2 / 4, s2 / 5, page);
                gfx_fill_rect(g, (gfx_rect){ix - s2 / 2, iy - s2 / 6, s2, s2 * 2 / 3}, muted);
            }
            gfx_text_ellipsize(g, t, GFX_FONT_REGULAR, M->px, r.w - r.h - m->gap, buf, sizeof buf);
            gfx_text(g, buf, GFX_FONT_REGULAR, M->px, r.x + r.h, r.y + (r.h - M->px * 6 / 5) / 2,
                     GFX_ALIGN_LEFT, ink);
            break;
        }
        case GAME_PART_TITLE:
            part_ring(u, m, i, r, page);
            gfx_text_wrapped(g, t, GFX_FONT_BOLD, M->px * 5 / 4, r.x + m->gap, r.y,
                             r.w - 2 * m->gap, GFX_ALIGN_LEFT, ink);
            break;
        case GAME_PART_FIELD:
            part_ring(u, m, i, r, page);
            gfx_fill_rounded(g, r, m->radius / 2, (gfx_color){190, 198, 210, 255});
            gfx_fill_rounded(g, (gfx_rect){r.x + 2, r.y + 2, r.w - 4, r.h - 4}, m->radius / 2,
                             (gfx_color){255, 255, 255, 255});
            gfx_text(g, t, GFX_FONT_REGULAR, M->px, r.x + m->gap, r.y + (r.h - M->px * 6 / 5) / 2,
                     GFX_ALIGN_LEFT, muted);
            break;
        case GAME_PART_BUTTON:
            part_ring(u, m, i, r, page);
            gfx_fill_rounded(g, r, m->radius / 2, (gfx_color){20, 80, 200, 255});
            gfx_text(g, t, GFX_FONT_BOLD, M->px, r.x + r.w / 2, r.y + (r.h - M->px * 6 / 5) / 2,
                     GFX_ALIGN_CENTER, (gfx_color){255, 255, 255, 255});
            break;
        default:
            part_ring(u, m, i, r, page);
            gfx_text_wrapped(g, t, GFX_FONT_REGULAR, M->px, r.x + m->gap, r.y, r.w - 2 * m->gap,
                             GFX_ALIGN_LEFT, ink);
        }
        part_flag(u, M, i, r);
    }
}

/* ---- post: a social-network card, its author, text, link, likes and comments ---- */

/* The card's header (avatar, name, handle) and a comment's avatar scale with the text. */
static int post_header_h(int px)
{
    return px * 5 / 2;
}
static int post_comment_px(int px)
{
    return (px * 9 / 10) & ~1;
}

/* A comment's author goes in a column left of its text, at most a third of the bubble. */
static int post_name_w(gfx *g, const game_part *p, int cpx, int bw, int gap)
{
    if (!p->extra) return 0;
    int tw, th;
    gfx_text_size(g, p->extra, GFX_FONT_BOLD, cpx, &tw, &th);
    int w = tw + gap / 2;
    return w < bw / 3 ? w : bw / 3;
}

static void post_layout_compute(ui *u, const ui_metrics *m, int top, int bottom, mail_layout *M)
{
    const game_question *q = question(u);
    memset(M, 0, sizeof *M);
    int cw = m->H * 3 / 2; /* a feed's column: wide enough to keep the post short */
    if (cw > m->W - 2 * m->pad) cw = m->W - 2 * m->pad;
    M->panel = (gfx_rect){m->W / 2 - cw / 2, top, cw, bottom - top};
    int x0 = M->panel.x + m->gap, inner = cw - 2 * m->gap;
    bool has_link = false;
    for (size_t i = 0; i < q->nparts; i++) has_link |= q->parts[i].kind == GAME_PART_LINK;
    int limit = bottom - m->gap / 2 - (has_link ? m->small * 3 / 2 : 0);
    for (int px = m->body;; px -= 2) {
        if (px < m->small) px = m->small;
        int cpx = post_comment_px(px), av = cpx * 3 / 2;
        int y = top + m->gap;
        int hh = post_header_h(px);
        for (size_t i = 0; i < q->nparts; i++) {
            const game_part *p = &q->parts[i];
            const char *t = game_text_get(&p->text, u->lang);
            gfx_rect *r = &M->part[i];
            switch (p->kind) {
            case GAME_PART_AUTHOR:
                *r = (gfx_rect){x0, y, inner * 64 / 100, hh};
                break;
            case GAME_PART_DATE:
                *r = (gfx_rect){x0 + inner * 66 / 100, y, inner * 34 / 100, px * 3 / 2};
                break;
            case GAME_PART_LINK:
                if (y < top + m->gap + hh + m->gap) y = top + m->gap + hh + m->gap;
                *r = (gfx_rect){x0, y, inner, px * 2 + m->gap / 2};
                y += r->h + m->gap / 2;
                break;
            case GAME_PART_STATS:
                y += m->gap / 4; /* the rule above it */
                *r = (gfx_rect){x0, y, inner, px * 3 / 2};
                y += r->h + m->gap / 2;
                break;
            case GAME_PART_COMMENT: {
                int bw = inner - av - m->gap / 2;
                int nw = post_name_w(u->g, p, cpx, bw, m->gap);
                int h =
                    gfx_text_wrapped_height(u->g, t, GFX_FONT_REGULAR, cpx, bw - m->gap - nw, NULL);
                *r = (gfx_rect){x0 + av + m->gap / 2, y, bw, h + m->gap / 2};
                y += r->h + m->gap / 2;
                break;
            }
            default: { /* a paragraph of the post */
                if (y < top + m->gap + hh + m->gap) y = top + m->gap + hh + m->gap;
                int h =
                    gfx_text_wrapped_height(u->g, t, GFX_FONT_REGULAR, px, inner - m->gap, NULL);
                *r = (gfx_rect){x0, y, inner, h + m->gap / 2};
                y += r->h + m->gap / 2;
            }
            }
        }
        M->px = px;
        if (y <= limit || px == m->small) break;
    }
    M->status_y = M->panel.y + M->panel.h - m->small * 3 / 2;
}

/* A round avatar with the initial of a name, its colour drawn from the name. */
static void post_avatar(gfx *g, const char *name, int cx, int cy, int d)
{
    static const gfx_color hues[] = {{52, 120, 220, 255}, {200, 80, 60, 255},  {40, 150, 110, 255},
                                     {150, 90, 200, 255}, {220, 140, 30, 255}, {60, 140, 160, 255}};
    unsigned h = 5381;
    for (const unsigned char *c = (const unsigned char *)name; *c; c++) h = h * 33u + *c;
    gfx_fill_circle(g, cx, cy, d / 2, hues[h % (sizeof hues / sizeof hues[0])]);
    const char *c = name;
    while (*c == ' ' || *c == '@' || *c == '+') c++;
    char initial[5] = {0};
    size_t n = 1;
    if ((unsigned char)*c >= 0xF0)
        n = 4;
    else if ((unsigned char)*c >= 0xE0)
        n = 3;
    else if ((unsigned char)*c >= 0xC0)
        n = 2;
    for (size_t k = 0; k < n && c[k]; k++) initial[k] = c[k];
    if (initial[0])
        gfx_text(g, initial, GFX_FONT_BOLD, d / 2, cx, cy - d * 3 / 10, GFX_ALIGN_CENTER,
                 (gfx_color){255, 255, 255, 255});
}

static void draw_post(ui *u, const ui_metrics *m, const mail_layout *M)
{
    gfx *g = u->g;
    const game_question *q = question(u);
    gfx_color paper = {250, 251, 253, 255}, ink = {25, 32, 45, 255}, muted = {88, 98, 115, 255};
    gfx_color link = {20, 80, 200, 255}, soft = {236, 239, 244, 255};
    ui_draw_panel(g, m, M->panel, paper);
    int px = M->px, cpx = post_comment_px(px), av = cpx * 3 / 2;
    char buf[400];
    int hovered = -1;
    for (size_t i = 0; i < q->nparts; i++) {
        const game_part *p = &q->parts[i];
        gfx_rect r = M->part[i];
        const char *t = game_text_get(&p->text, u->lang);
        part_ring(u, m, i, r, paper);
        switch (p->kind) {
        case GAME_PART_AUTHOR: {
            int d = r.h - m->gap / 2;
            post_avatar(g, t, r.x + d / 2 + m->gap / 4, r.y + r.h / 2, d);
            int tx = r.x + d + m->gap * 3 / 4, tw = r.w - (tx - r.x) - m->gap / 2;
            int ny = p->extra ? r.y + r.h / 2 - px * 6 / 5 : r.y + r.h / 2 - px * 3 / 5;
            gfx_text_ellipsize(g, t, GFX_FONT_BOLD, px, tw, buf, sizeof buf);
            gfx_text(g, buf, GFX_FONT_BOLD, px, tx, ny, GFX_ALIGN_LEFT, ink);
            if (p->extra) {
                gfx_text_ellipsize(g, p->extra, GFX_FONT_REGULAR, cpx, tw, buf, sizeof buf);
                gfx_text(g, buf, GFX_FONT_REGULAR, cpx, tx, r.y + r.h / 2 + px / 10, GFX_ALIGN_LEFT,
                         muted);
            }
            break;
        }
        case GAME_PART_DATE:
            gfx_text_ellipsize(g, t, GFX_FONT_REGULAR, cpx, r.w - m->gap / 2, buf, sizeof buf);
            gfx_text(g, buf, GFX_FONT_REGULAR, cpx, r.x + r.w - m->gap / 4,
                     r.y + (r.h - cpx * 6 / 5) / 2, GFX_ALIGN_RIGHT, muted);
            break;
        case GAME_PART_LINK: { /* a link preview: a box with the shown address */
            if (ui_hovering(u, r)) hovered = (int)i;
            gfx_rect box = {r.x + 2, r.y + 2, r.w - 4, r.h - 4};
            gfx_fill_rounded(g, box, m->radius / 2, soft);
            gfx_fill_rect(g, (gfx_rect){box.x, box.y, 6, box.h}, link);
            gfx_text_ellipsize(g, t, GFX_FONT_BOLD, px, box.w - 2 * m->gap, buf, sizeof buf);
            gfx_text(g, buf, GFX_FONT_BOLD, px, box.x + m->gap, box.y + (box.h - px * 6 / 5) / 2,
                     GFX_ALIGN_LEFT, link);
            break;
        }
        case GAME_PART_STATS:
            gfx_fill_rect(g, (gfx_rect){r.x, r.y - m->gap / 4, r.w, 1},
                          (gfx_color){205, 210, 220, 255});
            gfx_text_ellipsize(g, t, GFX_FONT_REGULAR, cpx, r.w - m->gap, buf, sizeof buf);
            gfx_text(g, buf, GFX_FONT_REGULAR, cpx, r.x + m->gap / 2, r.y + (r.h - cpx * 6 / 5) / 2,
                     GFX_ALIGN_LEFT, muted);
            break;
        case GAME_PART_COMMENT: {
            const char *who = p->extra ? p->extra : "?";
            post_avatar(g, who, r.x - m->gap / 2 - av / 2, r.y + av / 2 + m->gap / 4, av);
            gfx_fill_rounded(g, r, m->radius, soft);
            int ty = r.y + m->gap / 4;
            int nw = post_name_w(g, p, cpx, r.w, m->gap);
            if (p->extra) {
                gfx_text_ellipsize(g, p->extra, GFX_FONT_BOLD, cpx, nw - m->gap / 2, buf,
                                   sizeof buf);
                gfx_text(g, buf, GFX_FONT_BOLD, cpx, r.x + m->gap / 2, ty, GFX_ALIGN_LEFT, ink);
            }
            gfx_text_wrapped(g, t, GFX_FONT_REGULAR, cpx, r.x + m->gap / 2 + nw, ty,
                             r.w - m->gap - nw, GFX_ALIGN_LEFT, ink);
            break;
        }
        default:
            gfx_text_wrapped(g, t, GFX_FONT_REGULAR, px, r.x + m->gap / 2, r.y + m->gap / 4,
                             r.w - m->gap, GFX_ALIGN_LEFT, ink);
        }
        part_flag(u, M, i, r);
    }
    if (hovered >= 0) link_status(u, m, M, &q->parts[hovered]);
}

/* ---- spots on a picture: areas given as shares of its width and height ---- */

/* Where a spot lies on the picture drawn at P (its area is in shares of the picture). */
static gfx_rect spot_rect(gfx_rect P, const game_part *p)
{
    const float *a = p->area;
    return (gfx_rect){P.x + (int)(a[0] * (float)P.w), P.y + (int)(a[1] * (float)P.h),
                      (int)(a[2] * (float)P.w), (int)(a[3] * (float)P.h)};
}

static void spots_layout_compute(ui *u, const ui_metrics *m, int top, int bottom, mail_layout *M)
{
    const game_question *q = question(u);
    memset(M, 0, sizeof *M);
    M->px = m->small;
    gfx_rect area = {m->pad, top, m->W - 2 * m->pad, bottom - top};
    /* Without its picture (a warning at check time), the spots are laid on a 4:3 board with
     * their labels, so the question can still be played. */
    if (!q->image || !gfx_image_place(u->g, q->image, area, &M->panel)) {
        int w = area.h * 4 / 3 < area.w ? area.h * 4 / 3 : area.w;
        M->panel = (gfx_rect){area.x + (area.w - w) / 2, area.y, w, area.h};
    }
    for (size_t i = 0; i < q->nparts; i++) M->part[i] = spot_rect(M->panel, &q->parts[i]);
}

static void outline(gfx *g, gfx_rect r, int t, gfx_color c)
{
    gfx_fill_rect(g, (gfx_rect){r.x - t, r.y - t, r.w + 2 * t, t}, c);
    gfx_fill_rect(g, (gfx_rect){r.x - t, r.y + r.h, r.w + 2 * t, t}, c);
    gfx_fill_rect(g, (gfx_rect){r.x - t, r.y, t, r.h}, c);
    gfx_fill_rect(g, (gfx_rect){r.x + r.w, r.y, t, r.h}, c);
}

/* A spot's outline, t thick, on a dark one 2 px wider: it reads on any picture. */
static void spot_outline(gfx *g, gfx_rect r, int t, gfx_color c)
{
    outline(g, r, t + 2, (gfx_color){10, 16, 28, 220});
    outline(g, r, t, c);
}

static void draw_spots(ui *u, const ui_metrics *m, const mail_layout *M)
{
    gfx *g = u->g;
    const game_question *q = question(u);
    unsigned marks = game_session_draft(u->session)->chosen;
    bool pictured = q->image && gfx_image_draw(g, q->image, M->panel, NULL);
    if (!pictured) {
        gfx_fill_rounded(g, M->panel, m->radius, UI_BAR);
        char msg[300];
        const char *base = q->image ? strrchr(q->image, '/') : NULL;
        ui_fmt(u, msg, sizeof msg, "q.noimage", base ? base + 1 : (q->image ? q->image : "?"), NULL,
               NULL);
        gfx_text_wrapped(g, msg, GFX_FONT_REGULAR, m->small, M->panel.x + m->gap,
                         M->panel.y + M->panel.h - m->small * 3 / 2, M->panel.w - 2 * m->gap,
                         GFX_ALIGN_CENTER, UI_MUTED);
    }
    for (size_t i = 0; i < q->nparts; i++) {
        gfx_rect r = M->part[i];
        bool marked = (marks >> i) & 1u, focus = u->focus == (int)i, hot = ui_hovering(u, r);
        if (!pictured) { /* the board: each spot as a labelled box */
            gfx_fill_rounded(g, r, m->radius / 2, (gfx_color){60, 72, 96, 255});
            char buf[300];
            gfx_text_ellipsize(g, game_text_get(&q->parts[i].text, u->lang), GFX_FONT_REGULAR,
                               m->small, r.w - m->gap, buf, sizeof buf);
            gfx_text(g, buf, GFX_FONT_REGULAR, m->small, r.x + r.w / 2,
                     r.y + (r.h - m->small * 6 / 5) / 2, GFX_ALIGN_CENTER, UI_TEXT);
        }
        /* On the picture, a spot shows only under the pointer, in focus or once marked:
         * finding it is the game. */
        gfx_color c = marked ? UI_ACCENT : focus ? UI_FOCUS : (gfx_color){255, 255, 255, 200};
        if (marked || focus || hot) spot_outline(g, r, marked || focus ? 4 : 2, c);
        /* the flag on the corner, off the picture's text */
        part_flag(u, M, i, (gfx_rect){r.x + M->px / 2, r.y - M->px / 2, r.w, r.h});
    }
}

/* Each mock-up type: how it is laid out from data and drawn, in game_mockup order. */
static const struct {
    void (*layout)(ui *u, const ui_metrics *m, int top, int bottom, mail_layout *M);
    void (*draw)(ui *u, const ui_metrics *m, const mail_layout *M);
} mockups[] = {
    [GAME_MOCKUP_MAIL] = {mail_layout_compute, draw_mail},
    [GAME_MOCKUP_SMS] = {sms_layout_compute, draw_sms},
    [GAME_MOCKUP_BROWSER] = {browser_layout_compute, draw_browser},
    [GAME_MOCKUP_POST] = {post_layout_compute, draw_post},
    [GAME_MOCKUP_IMAGE] = {spots_layout_compute, draw_spots},
};
_Static_assert(sizeof mockups / sizeof mockups[0] == GAME_MOCKUP_IMAGE + 1,
               "every mock-up type is laid out and drawn");

/* ==== the question screens ===================================================== */

typedef struct {
    gfx_rect rows[GAME_MAX_ITEMS], up[GAME_MAX_ITEMS], down[GAME_MAX_ITEMS];
    gfx_rect card, bins[GAME_MAX_BINS], undo, box, track, submit;
    int px;
} kind_layout;

/* Every hands-on layout: the submit button at the bottom right. Returns the bottom of the
 * room above it. */
static int layout_begin(ui *u, const ui_metrics *m, kind_layout *L)
{
    memset(L, 0, sizeof *L);
    L->submit = submit_rect(u, m);
    return L->submit.y - m->gap;
}

static void order_layout(ui *u, const ui_metrics *m, int y, kind_layout *L)
{
    const game_question *q = question(u);
    int bottom = layout_begin(u, m, L);
    int w = m->W - 2 * m->pad;
    int n = (int)q->nitems;
    int rh = (bottom - y - (n - 1) * m->gap / 2) / n;
    if (rh > m->body * 2) rh = m->body * 2;
    int bs = rh - m->gap / 2; /* the arrow buttons */
    int used = n * rh + (n - 1) * (m->gap / 2);
    int y0 = y + (bottom - y - used) / 3;
    L->px = m->body;
    for (int i = 0; i < n; i++) {
        int ry = y0 + i * (rh + m->gap / 2);
        L->rows[i] = (gfx_rect){m->pad, ry, w - 2 * (bs + m->gap / 2), rh};
        L->up[i] = (gfx_rect){m->pad + w - 2 * bs - m->gap / 2, ry + (rh - bs) / 2, bs, bs};
        L->down[i] = (gfx_rect){m->pad + w - bs, ry + (rh - bs) / 2, bs, bs};
        int tw = L->rows[i].w - rh - m->gap * 2;
        const char *t = item_text(u, q, game_session_draft(u->session)->order[i]);
        int f = gfx_text_fit(u->g, t, GFX_FONT_BOLD, m->body, m->small, tw, rh - m->gap / 2);
        if (f < L->px) L->px = f;
    }
}

static void sort_layout(ui *u, const ui_metrics *m, int y, kind_layout *L)
{
    const game_question *q = question(u);
    int bottom = layout_begin(u, m, L);
    int w = m->W - 2 * m->pad;
    int ch = m->body * 3;
    int cw = w * 6 / 10;
    L->card = (gfx_rect){m->W / 2 - cw / 2, y, cw, ch};
    int by = y + ch + m->gap * 2;
    int nb = (int)q->nbins;
    int bw = (w - (nb - 1) * m->gap) / nb;
    for (int b = 0; b < nb; b++)
        L->bins[b] = (gfx_rect){m->pad + b * (bw + m->gap), by, bw, bottom - by};
    int uw = ui_button_width(u, m, "q.undo", NULL);
    L->undo = (gfx_rect){L->submit.x - m->gap - uw, L->submit.y, uw, L->submit.h};
}

/* The typed answer's box: a third of the way down (input), or high, with the password's meter
 * and findings below it. */
static void typed_layout(ui *u, const ui_metrics *m, int y, bool password, kind_layout *L)
{
    int bottom = layout_begin(u, m, L);
    int w = m->W - 2 * m->pad;
    int bw = w * 8 / 10, bh = m->body * 2;
    L->box = (gfx_rect){m->W / 2 - bw / 2, password ? y + m->gap : y + (bottom - y) / 3 - bh / 2,
                        bw, bh};
}

static void estimate_layout(ui *u, const ui_metrics *m, int y, kind_layout *L)
{
    int bottom = layout_begin(u, m, L);
    int th = m->body;
    L->track = (gfx_rect){m->pad * 3, y + (bottom - y) / 2 - th / 2, m->W - 6 * m->pad, th};
}

static void draw_order(ui *u, const ui_metrics *m, const kind_layout *L)
{
    gfx *g = u->g;
    const game_question *q = question(u);
    const game_response *d = game_session_draft(u->session);
    for (size_t i = 0; i < q->nitems; i++) {
        gfx_rect r = L->rows[i];
        bool focus = u->focus == (int)i, grabbed = focus && u->grabbed;
        bool dragged = u->drag_from == (int)i;
        bool target = u->drag_from >= 0 && u->pressed && ui_hovering(u, r) && !dragged;
        gfx_color fill = grabbed || dragged  ? UI_PANEL_HI
                         : ui_hovering(u, r) ? ui_mix(UI_PANEL, UI_TEXT, 0.08f)
                                             : UI_PANEL;
        int f = m->H / 180 + 2;
        if (focus || target)
            gfx_fill_rounded(g, (gfx_rect){r.x - f, r.y - f, r.w + 2 * f, r.h + 2 * f},
                             m->radius + f, grabbed || target ? UI_ACCENT : UI_FOCUS);
        ui_draw_panel(g, m, r, fill);
        char num[24];
        snprintf(num, sizeof num, "%zu", i + 1);
        int b = r.h * 7 / 10;
        gfx_fill_circle(g, r.x + m->gap + b / 2, r.y + r.h / 2, b / 2,
                        UI_BADGES[d->order[i] % GAME_MAX_CHOICES]);
        gfx_text(g, num, GFX_FONT_BOLD, m->small, r.x + m->gap + b / 2,
                 r.y + r.h / 2 - m->small * 6 / 10, GFX_ALIGN_CENTER, UI_INK);
        const char *t = item_text(u, q, d->order[i]);
        int tx = r.x + b + m->gap * 2, tw = r.w - b - m->gap * 3;
        int th = gfx_text_wrapped_height(g, t, GFX_FONT_BOLD, L->px, tw, NULL);
        gfx_clip(g, &r);
        gfx_text_wrapped(g, t, GFX_FONT_BOLD, L->px, tx, r.y + (r.h - th) / 2, tw, GFX_ALIGN_LEFT,
                         UI_TEXT);
        gfx_clip(g, NULL);
        for (int k = 0; k < 2; k++) {
            gfx_rect a = k ? L->down[i] : L->up[i];
            bool on = k ? i + 1 < q->nitems : i > 0;
            gfx_fill_rounded(g, a, m->radius, on && ui_hovering(u, a) ? UI_PANEL_HI : UI_BAR);
            float cx = (float)(a.x + a.w / 2), cy = (float)(a.y + a.h / 2), h = (float)a.h / 5;
            gfx_color c = on ? UI_TEXT : UI_PANEL;
            if (k)
                gfx_fill_triangle(g, cx - h * 1.3f, cy - h * 0.6f, cx + h * 1.3f, cy - h * 0.6f, cx,
                                  cy + h, c);
            else
                gfx_fill_triangle(g, cx - h * 1.3f, cy + h * 0.6f, cx + h * 1.3f, cy + h * 0.6f, cx,
                                  cy - h, c);
        }
    }
    draw_submit(u, m, L->submit, true, ui_str(u, u->grabbed ? "q.order_grabbed" : "q.order_keys"),
                u->focus == (int)q->nitems);
}

/* The card to place next: the first in play order not yet in a bin, or -1. */
static int next_card(const ui *u)
{
    const game_question *q = question(u);
    const game_response *d = game_session_draft(u->session);
    for (size_t p = 0; p < q->nitems; p++) {
        size_t it = game_session_choice_at(u->session, p);
        if (d->bins[it] < 0) return (int)it;
    }
    return -1;
}

/* The card to place; while dragged it is drawn last, under the pointer. */
static void draw_card(ui *u, const ui_metrics *m, gfx_rect cr, int card)
{
    gfx *g = u->g;
    const game_question *q = question(u);
    ui_draw_panel(g, m, cr, UI_TEXT);
    const char *t = item_text(u, q, (size_t)card);
    int px = gfx_text_fit(g, t, GFX_FONT_BOLD, m->body, m->small, cr.w - 2 * m->gap, cr.h - m->gap);
    int th = gfx_text_wrapped_height(g, t, GFX_FONT_BOLD, px, cr.w - 2 * m->gap, NULL);
    gfx_text_wrapped(g, t, GFX_FONT_BOLD, px, cr.x + m->gap, cr.y + (cr.h - th) / 2,
                     cr.w - 2 * m->gap, GFX_ALIGN_CENTER, UI_INK);
}

static void draw_sort(ui *u, const ui_metrics *m, const kind_layout *L)
{
    gfx *g = u->g;
    const game_question *q = question(u);
    const game_response *d = game_session_draft(u->session);
    int card = next_card(u);
    char buf[300];
    if (card >= 0) {
        if (!u->card_drag) draw_card(u, m, L->card, card);
    } else {
        ui_centered(u, ui_str(u, "q.sort_done"), GFX_FONT_BOLD, m->body, L->card.x,
                    L->card.y + (L->card.h - m->body * 6 / 5) / 2, L->card.w, UI_ACCENT, true);
    }
    for (size_t b = 0; b < q->nbins; b++) {
        gfx_rect r = L->bins[b];
        bool hot = card >= 0 && ui_hovering(u, r);
        ui_draw_panel(g, m, r, hot ? UI_PANEL_HI : UI_PANEL);
        int badge = m->small * 3 / 2;
        char letter[2] = {(char)('A' + b), 0};
        gfx_fill_circle(g, r.x + m->gap + badge / 2, r.y + m->gap + badge / 2, badge / 2,
                        UI_BADGES[b]);
        gfx_text(g, letter, GFX_FONT_BOLD, m->small, r.x + m->gap + badge / 2,
                 r.y + m->gap + badge / 2 - m->small * 6 / 10, GFX_ALIGN_CENTER, UI_INK);
        int tx = r.x + badge + m->gap * 2, tw = r.w - badge - m->gap * 3;
        const char *name = game_text_get(&q->bins[b], u->lang);
        int npx = gfx_text_fit(g, name, GFX_FONT_BOLD, m->body, m->small, tw, badge * 2);
        int nh = gfx_text_wrapped_height(g, name, GFX_FONT_BOLD, npx, tw, NULL);
        gfx_text_wrapped(g, name, GFX_FONT_BOLD, npx, tx, r.y + m->gap, tw, GFX_ALIGN_LEFT,
                         UI_TEXT);
        /* The cards already in it, one line each. */
        int y = r.y + m->gap * 2 + (nh > badge ? nh : badge);
        int lh = m->small * 6 / 5;
        gfx_clip(g, &r);
        for (size_t it = 0; it < q->nitems; it++) {
            if (d->bins[it] != (signed char)b) continue;
            if (y + lh > r.y + r.h - m->gap / 2) break;
            gfx_text_ellipsize(g, item_text(u, q, it), GFX_FONT_REGULAR, m->small, r.w - 2 * m->gap,
                               buf, sizeof buf);
            gfx_text(g, buf, GFX_FONT_REGULAR, m->small, r.x + m->gap, y, GFX_ALIGN_LEFT, UI_MUTED);
            y += lh;
        }
        gfx_clip(g, NULL);
    }
    if (u->nplaced > 0)
        ui_draw_button(g, m, L->undo, ui_str(u, "q.undo"), UI_BTN_NORMAL, ui_hovering(u, L->undo),
                       u->pressed && ui_hovering(u, L->undo), false);
    char n1[24], n2[8];
    snprintf(n1, sizeof n1, "%zu", q->nbins);
    snprintf(n2, sizeof n2, "%c", (char)('A' + q->nbins - 1));
    ui_fmt(u, buf, sizeof buf, card >= 0 ? "q.sort_keys" : "q.submit_keys", n1, n2, NULL);
    gfx_rect hint_room = L->submit;
    if (u->nplaced > 0) hint_room.x = L->undo.x;
    draw_submit(u, m, L->submit, card < 0, buf, false);
    (void)hint_room;
    if (card >= 0 && u->card_drag)
        draw_card(u, m,
                  (gfx_rect){u->px - L->card.w / 2, u->py - L->card.h / 2, L->card.w, L->card.h},
                  card);
}

static void draw_input(ui *u, const ui_metrics *m, const kind_layout *L, bool password)
{
    gfx *g = u->g;
    const game_response *d = game_session_draft(u->session);
    int f = m->H / 180 + 2;
    gfx_fill_rounded(g, (gfx_rect){L->box.x - f, L->box.y - f, L->box.w + 2 * f, L->box.h + 2 * f},
                     m->radius + f, UI_FOCUS);
    gfx_fill_rounded(g, L->box, m->radius, UI_TEXT);
    int ty = L->box.y + (L->box.h - m->body * 6 / 5) / 2;
    gfx_clip(g, &L->box);
    if (d->text[0]) {
        int tw, th;
        gfx_text_size(g, d->text, GFX_FONT_BOLD, m->body, &tw, &th);
        int room = L->box.w - 3 * m->gap;
        int x = L->box.x + m->gap + (tw > room ? room - tw : 0); /* the end stays in view */
        int w = gfx_text(g, d->text, GFX_FONT_BOLD, m->body, x, ty, GFX_ALIGN_LEFT, UI_INK);
        gfx_fill_rect(g, (gfx_rect){x + w + 2, ty, 3, m->body * 6 / 5}, UI_INK);
    } else {
        gfx_fill_rect(g, (gfx_rect){L->box.x + m->gap, ty, 3, m->body * 6 / 5}, UI_INK);
        gfx_text(g, ui_str(u, "q.input_placeholder"), GFX_FONT_REGULAR, m->body,
                 L->box.x + m->gap * 2, ty, GFX_ALIGN_LEFT, (gfx_color){90, 100, 120, 255});
    }
    gfx_clip(g, NULL);
    char norm[GAME_TEXT_MAX];
    game_normalize(d->text, norm, sizeof norm);
    if (password) {
        const game_question *q = question(u);
        char lvl[32], goal[120];
        snprintf(lvl, sizeof lvl, "pw.level%d", q->strength);
        ui_fmt(u, goal, sizeof goal, "pw.goal", ui_str(u, lvl), NULL, NULL);
        int y = L->box.y + L->box.h + m->gap * 2;
        gfx_text(u->g, goal, GFX_FONT_BOLD, m->small, L->box.x, y, GFX_ALIGN_LEFT, UI_ACCENT);
        y += m->small * 6 / 5 + m->gap;
        int room = (L->submit.y - m->gap - y) / (m->small * 6 / 5) - 2;
        password_report(u, m, d->text, L->box.x, y, L->box.w, true, room < 1 ? 1 : room);
    }
    draw_submit(u, m, L->submit, d->text[0] != 0 && (password || norm[0] != 0),
                ui_str(u, password ? "pw.keys" : "q.input_keys"), false);
}

static void draw_scale(ui *u, const ui_metrics *m, gfx_rect t, const game_question *q)
{
    gfx *g = u->g;
    gfx_fill_rounded(g, t, t.h / 2, UI_BAR);
    for (int k = 0; k <= 10; k++) { /* ticks */
        int x = t.x + t.h / 2 + (t.w - t.h) * k / 10;
        gfx_fill_rect(g, (gfx_rect){x - 1, t.y + t.h + m->gap / 3, 2, m->gap / 2}, UI_MUTED);
    }
    char buf[96];
    int ly = t.y + t.h + m->gap;
    ui_format_value(u, q, q->min, buf, sizeof buf);
    gfx_text(g, buf, GFX_FONT_REGULAR, m->small, t.x, ly, GFX_ALIGN_LEFT, UI_MUTED);
    ui_format_value(u, q, q->max, buf, sizeof buf);
    gfx_text(g, buf, GFX_FONT_REGULAR, m->small, t.x + t.w, ly, GFX_ALIGN_RIGHT, UI_MUTED);
}

static int marker_x(gfx_rect t, const game_question *q, double v)
{
    return t.x + t.h / 2 + (int)lround((double)(t.w - t.h) * scale_pos(q, v));
}

static void draw_estimate(ui *u, const ui_metrics *m, const kind_layout *L)
{
    gfx *g = u->g;
    const game_question *q = question(u);
    const game_response *d = game_session_draft(u->session);
    gfx_rect t = L->track;
    draw_scale(u, m, t, q);
    int x = marker_x(t, q, d->value);
    gfx_fill_rounded(g, (gfx_rect){t.x, t.y, x - t.x + t.h / 2, t.h}, t.h / 2, UI_ACCENT_DARK);
    gfx_fill_circle(g, x, t.y + t.h / 2, t.h, u->sliding ? UI_FOCUS : UI_ACCENT);
    gfx_fill_circle(g, x, t.y + t.h / 2, t.h / 3, UI_INK);
    char buf[96];
    ui_format_value(u, q, d->value, buf, sizeof buf);
    int tw, th;
    gfx_text_size(g, buf, GFX_FONT_BOLD, m->body, &tw, &th);
    int lx = x - tw / 2;
    if (lx < m->pad) lx = m->pad;
    if (lx + tw > m->W - m->pad) lx = m->W - m->pad - tw;
    gfx_fill_rounded(
        g, (gfx_rect){lx - m->gap, t.y - t.h - th - m->gap * 2, tw + 2 * m->gap, th + m->gap},
        m->radius, UI_PANEL);
    gfx_text(g, buf, GFX_FONT_BOLD, m->body, lx, t.y - t.h - th - m->gap * 3 / 2, GFX_ALIGN_LEFT,
             UI_TEXT);
    draw_submit(u, m, L->submit, true, ui_str(u, "q.estimate_keys"), false);
}

static void order_question(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    const game_question *q = question(u);
    kind_layout L;
    order_layout(u, m, header(u, m, now, draw), &L);
    for (size_t i = 0; i < q->nitems; i++) {
        ui_add_target(t, UI_T_ITEM, (int)i, L.rows[i]);
        ui_add_target(t, UI_T_ITEM_UP, (int)i, L.up[i]);
        ui_add_target(t, UI_T_ITEM_DOWN, (int)i, L.down[i]);
    }
    ui_add_target(t, UI_T_SUBMIT, 0, L.submit);
    if (draw) draw_order(u, m, &L);
}

static void sort_question(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    const game_question *q = question(u);
    kind_layout L;
    sort_layout(u, m, header(u, m, now, draw), &L);
    for (size_t b = 0; b < q->nbins; b++) ui_add_target(t, UI_T_BIN, (int)b, L.bins[b]);
    if (next_card(u) >= 0) ui_add_target(t, UI_T_CARD, 0, L.card);
    if (u->nplaced > 0) ui_add_target(t, UI_T_UNDO, 0, L.undo);
    ui_add_target(t, UI_T_SUBMIT, 0, L.submit);
    if (draw) draw_sort(u, m, &L);
}

static void typed_question(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t,
                           bool password)
{
    kind_layout L;
    typed_layout(u, m, header(u, m, now, draw), password, &L);
    ui_add_target(t, UI_T_SUBMIT, 0, L.submit);
    if (draw) draw_input(u, m, &L, password);
}

static void input_question(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    typed_question(u, m, now, draw, t, false);
}

static void password_question(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    typed_question(u, m, now, draw, t, true);
}

static void estimate_question(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    kind_layout L;
    estimate_layout(u, m, header(u, m, now, draw), &L);
    gfx_rect grab = {L.track.x - L.track.h, L.track.y - L.track.h * 2, L.track.w + 2 * L.track.h,
                     L.track.h * 5};
    ui_add_target(t, UI_T_TRACK, 0, grab);
    ui_add_target(t, UI_T_SUBMIT, 0, L.submit);
    if (draw) draw_estimate(u, m, &L);
}

static void hotspot_question(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    const game_question *q = question(u);
    int y = header(u, m, now, draw);
    kind_layout L;
    int bottom = layout_begin(u, m, &L);
    mail_layout M;
    mockups[q->mockup].layout(u, m, y, bottom, &M);
    /* A mock-up too long for the screen (vigie check warns) is cut at its panel: a part
     * pushed out of sight is no target either. */
    int edge = 12;
    gfx_rect clip = {M.panel.x - edge, M.panel.y - edge, M.panel.w + 2 * edge,
                     M.panel.h + 2 * edge};
    for (size_t i = 0; i < q->nparts; i++)
        if (M.part[i].y < M.panel.y + M.panel.h) ui_add_target(t, UI_T_PART, (int)i, M.part[i]);
    ui_add_target(t, UI_T_SUBMIT, 0, L.submit);
    if (!draw) return;
    gfx_clip(u->g, &clip);
    mockups[q->mockup].draw(u, m, &M);
    gfx_clip(u->g, NULL);
    draw_submit(u, m, L.submit, true, ui_str(u, "q.hotspot_keys"), u->focus == (int)q->nparts);
}

/* ==== input =================================================================== */

static void set_value_at(ui *u, int x, uint64_t now)
{
    ui_metrics m;
    int w, h;
    gfx_size(u->g, &w, &h);
    ui_metrics_compute(&m, w, h);
    kind_layout L;
    estimate_layout(u, &m, header(u, &m, now, false), &L);
    gfx_rect t = L.track;
    double f = (double)(x - t.x - t.h / 2) / (double)(t.w - t.h);
    game_action a = {.kind = GAME_ACT_VALUE, .value = scale_value(question(u), f)};
    ui_act(u, &a, now);
}

static void nudge(ui *u, double step, uint64_t now)
{
    const game_question *q = question(u);
    double f = scale_pos(q, game_session_draft(u->session)->value) + step;
    game_action a = {.kind = GAME_ACT_VALUE, .value = scale_value(q, f)};
    ui_act(u, &a, now);
}

static void take_back(ui *u, uint64_t now)
{
    if (u->nplaced <= 0) return;
    int it = u->placed[--u->nplaced];
    act2(u, GAME_ACT_PLACE, it, -1, now);
}

static void place(ui *u, int bin, uint64_t now)
{
    int card = next_card(u);
    if (card < 0 || bin < 0 || (size_t)bin >= question(u)->nbins) return;
    act2(u, GAME_ACT_PLACE, card, bin, now);
    if (u->nplaced < GAME_MAX_ITEMS) u->placed[u->nplaced++] = (signed char)card;
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

/* ---- keys and typed text (each redraws) ---- */

/* Typing: every key is text, except leaving, submitting and the window's own. */
static bool typed_key(ui *u, const input_event *ev, uint64_t now)
{
    const game_response *d = game_session_draft(u->session);
    u->dirty = true;
    char text[GAME_TEXT_MAX];
    snprintf(text, sizeof text, "%s", d->text);
    if (ev->type == INPUT_TEXT) {
        if (strlen(text) + strlen(ev->text) < sizeof text) strcat(text, ev->text);
    } else if (ev->key == INPUT_KEY_ERASE) {
        ui_erase_last(text);
    } else if (ev->key == INPUT_KEY_ENTER) {
        act2(u, GAME_ACT_SUBMIT, 0, 0, now);
        return true;
    } else {
        return ev->key != INPUT_KEY_BACK && ev->key != INPUT_KEY_FULLSCREEN &&
               ev->key != INPUT_KEY_QUIT;
    }
    game_action a = {.kind = GAME_ACT_TEXT, .text = text};
    ui_act(u, &a, now);
    return true;
}

static bool hotspot_key(ui *u, const input_event *ev, uint64_t now)
{
    const game_question *q = question(u);
    u->dirty = true;
    if (ev->type != INPUT_KEY) return false;
    int n = (int)q->nparts;
    if (ev->key == INPUT_KEY_UP || ev->key == INPUT_KEY_LEFT || ev->key == INPUT_KEY_DOWN ||
        ev->key == INPUT_KEY_RIGHT) {
        int dir = ev->key == INPUT_KEY_UP || ev->key == INPUT_KEY_LEFT ? -1 : 1;
        u->focus = u->focus < 0 ? 0 : u->focus + dir;
        if (u->focus < 0) u->focus = 0;
        if (u->focus > n) u->focus = n; /* n: the submit button */
        return true;
    }
    if (ev->key == INPUT_KEY_ENTER) {
        if (u->focus >= 0 && u->focus < n)
            act2(u, GAME_ACT_CHOOSE, u->focus, 0, now);
        else
            act2(u, GAME_ACT_SUBMIT, 0, 0, now);
        return true;
    }
    return ev->key == INPUT_KEY_CHOICE; /* letters mean nothing here */
}

static bool order_key(ui *u, const input_event *ev, uint64_t now)
{
    const game_question *q = question(u);
    u->dirty = true;
    if (ev->type != INPUT_KEY) return false;
    int n = (int)q->nitems;
    if (ev->key == INPUT_KEY_UP || ev->key == INPUT_KEY_DOWN) {
        int dir = ev->key == INPUT_KEY_UP ? -1 : 1;
        if (u->focus < 0)
            u->focus = 0;
        else if (u->grabbed && u->focus < n && u->focus + dir >= 0 && u->focus + dir < n) {
            act2(u, GAME_ACT_MOVE, u->focus, u->focus + dir, now);
            u->focus += dir;
        } else if (!u->grabbed) {
            u->focus += dir;
            if (u->focus < 0) u->focus = 0;
            if (u->focus > n) u->focus = n; /* n: the submit button */
        }
        return true;
    }
    if (ev->key == INPUT_KEY_LEFT || ev->key == INPUT_KEY_RIGHT) {
        u->focus = 0; /* the list has one column: across it, back to its first item */
        return true;
    }
    if (ev->key == INPUT_KEY_ENTER) {
        if (u->focus < 0 || u->focus >= n)
            act2(u, GAME_ACT_SUBMIT, 0, 0, now);
        else
            u->grabbed = !u->grabbed;
        return true;
    }
    if (ev->key == INPUT_KEY_CHOICE && ev->index < n) {
        u->focus = ev->index;
        return true;
    }
    if ((ev->key == INPUT_KEY_BACK || ev->key == INPUT_KEY_ERASE) && u->grabbed) {
        u->grabbed = false;
        return true;
    }
    return false;
}

static bool sort_key(ui *u, const input_event *ev, uint64_t now)
{
    u->dirty = true;
    if (ev->type != INPUT_KEY) return false;
    if (ev->key == INPUT_KEY_CHOICE) {
        place(u, ev->index, now);
        return true;
    }
    if (ev->key == INPUT_KEY_ERASE) {
        take_back(u, now);
        return true;
    }
    if (ev->key == INPUT_KEY_ENTER) {
        act2(u, GAME_ACT_SUBMIT, 0, 0, now);
        return true;
    }
    return false;
}

static bool estimate_key(ui *u, const input_event *ev, uint64_t now)
{
    u->dirty = true;
    if (ev->type != INPUT_KEY) return false;
    if (ev->key == INPUT_KEY_LEFT || ev->key == INPUT_KEY_RIGHT) {
        nudge(u, ev->key == INPUT_KEY_LEFT ? -0.01 : 0.01, now);
        return true;
    }
    if (ev->key == INPUT_KEY_UP || ev->key == INPUT_KEY_DOWN) {
        nudge(u, ev->key == INPUT_KEY_DOWN ? -0.1 : 0.1, now);
        return true;
    }
    if (ev->key == INPUT_KEY_ENTER) {
        act2(u, GAME_ACT_SUBMIT, 0, 0, now);
        return true;
    }
    return false;
}

/* ---- the pointer: a press takes the focus away (the pointer leads); drags are the kinds' ---- */

static const ui_target *target_under(const ui_targets *ts, int x, int y)
{
    for (int i = ts->n - 1; i >= 0; i--)
        if (ui_hit(ts->t[i].r, x, y)) return &ts->t[i];
    return NULL;
}

static void press(ui *u, const input_event *ev)
{
    u->px = ev->x;
    u->py = ev->y;
    u->pressed = true;
    u->dirty = true;
    u->focus = -1;
}

/* A release; the target under it (NULL: none). */
static const ui_target *release(ui *u, const input_event *ev, const ui_targets *ts)
{
    u->px = ev->x;
    u->py = ev->y;
    u->pressed = false;
    u->dirty = true;
    return target_under(ts, ev->x, ev->y);
}

/* A press and a release, and Submit: the kinds with nothing to drag or mark. */
bool ui_kind_pointer(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    if (ev->type == INPUT_POINTER_DOWN) {
        press(u, ev);
        return true;
    }
    if (ev->type != INPUT_POINTER_UP) return false;
    const ui_target *t = release(u, ev, ts);
    if (t && t->kind == UI_T_SUBMIT) act2(u, GAME_ACT_SUBMIT, 0, 0, now);
    return true;
}

static bool hotspot_pointer(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    if (ev->type != INPUT_POINTER_UP) return ui_kind_pointer(u, ev, ts, now);
    const ui_target *t = release(u, ev, ts);
    if (t && t->kind == UI_T_PART) act2(u, GAME_ACT_CHOOSE, t->index, 0, now);
    if (t && t->kind == UI_T_SUBMIT) act2(u, GAME_ACT_SUBMIT, 0, 0, now);
    return true;
}

/* An item is dragged onto another's place, or moved by its arrows. */
static bool order_pointer(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    const game_question *q = question(u);
    switch (ev->type) {
    case INPUT_POINTER_DOWN: {
        press(u, ev);
        const ui_target *t = target_under(ts, ev->x, ev->y);
        if (t && t->kind == UI_T_ITEM) u->drag_from = t->index;
        return true;
    }
    case INPUT_POINTER_MOVE:
        if (u->drag_from < 0) return false;
        u->px = ev->x;
        u->py = ev->y;
        u->dirty = true;
        return true;
    case INPUT_POINTER_UP: {
        const ui_target *t = release(u, ev, ts);
        int from = u->drag_from;
        u->drag_from = -1;
        if (!t) return true;
        if (t->kind == UI_T_ITEM && from >= 0 && from != t->index)
            act2(u, GAME_ACT_MOVE, from, t->index, now);
        if (t->kind == UI_T_ITEM_UP && t->index > 0)
            act2(u, GAME_ACT_MOVE, t->index, t->index - 1, now);
        if (t->kind == UI_T_ITEM_DOWN && (size_t)t->index + 1 < q->nitems)
            act2(u, GAME_ACT_MOVE, t->index, t->index + 1, now);
        if (t->kind == UI_T_SUBMIT) act2(u, GAME_ACT_SUBMIT, 0, 0, now);
        return true;
    }
    default:
        return false;
    }
}

/* The card is dragged onto a bin, or a bin is pressed. */
static bool sort_pointer(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    switch (ev->type) {
    case INPUT_POINTER_DOWN: {
        press(u, ev);
        const ui_target *t = target_under(ts, ev->x, ev->y);
        if (t && t->kind == UI_T_CARD) u->card_drag = true;
        return true;
    }
    case INPUT_POINTER_MOVE:
        if (!u->card_drag) return false;
        u->px = ev->x;
        u->py = ev->y;
        u->dirty = true;
        return true;
    case INPUT_POINTER_UP: {
        const ui_target *t = release(u, ev, ts);
        bool card = u->card_drag;
        u->card_drag = false;
        if (card) { /* a card dropped on a bin goes there */
            if (t && t->kind == UI_T_BIN) place(u, t->index, now);
            return true;
        }
        if (!t) return true;
        if (t->kind == UI_T_BIN) place(u, t->index, now);
        if (t->kind == UI_T_UNDO) take_back(u, now);
        if (t->kind == UI_T_SUBMIT) act2(u, GAME_ACT_SUBMIT, 0, 0, now);
        return true;
    }
    default:
        return false;
    }
}

/* The slider follows the pointer from a press on its track to the release. */
static bool estimate_pointer(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    switch (ev->type) {
    case INPUT_POINTER_DOWN: {
        press(u, ev);
        const ui_target *t = target_under(ts, ev->x, ev->y);
        if (t && t->kind == UI_T_TRACK) {
            u->sliding = true;
            set_value_at(u, ev->x, now);
        }
        return true;
    }
    case INPUT_POINTER_MOVE:
        if (!u->sliding) return false;
        u->px = ev->x;
        u->py = ev->y;
        set_value_at(u, ev->x, now);
        return true;
    case INPUT_POINTER_UP: {
        const ui_target *t = release(u, ev, ts);
        if (u->sliding) {
            u->sliding = false;
            return true;
        }
        if (t && t->kind == UI_T_SUBMIT) act2(u, GAME_ACT_SUBMIT, 0, 0, now);
        return true;
    }
    default:
        return false;
    }
}

/* The hands-on kinds take their keys and the pointer before the keys every screen shares (a
 * typed answer takes M and L as letters). */
bool ui_kind_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    const ui_kind_view *v = ui_kind_view_of(question(u)->kind);
    if (ev->type == INPUT_KEY || ev->type == INPUT_TEXT) return v->key(u, ev, now);
    if (ev->type == INPUT_POINTER_DOWN || ev->type == INPUT_POINTER_MOVE ||
        ev->type == INPUT_POINTER_UP)
        return v->pointer(u, ev, ts, now);
    return false;
}

/* ==== feedback: item by item ===================================================== */

static int ordinal_pos(const game_response *r, size_t n, size_t item)
{
    for (size_t p = 0; p < n; p++)
        if (r->order[p] == item) return (int)p;
    return -1;
}

static const game_answer *answer_shown(const ui *u)
{
    return game_session_answer(u->session, game_session_question_index(u->session));
}

/* A height for a block given `room`: all of it when it fits or there is no room at all. */
static int within(int h, int room)
{
    return h < room || room <= 0 ? h : room;
}

static int feedback_line(const ui_metrics *m)
{
    return m->small * 6 / 5 + m->gap / 2;
}

/* hotspot feedback: one row per clue (found or missed, and why), then one per wrong mark.
 * A clue's why gets a second line when it needs one, as long as the rows fit in `room`;
 * past that, the last rows give theirs up first. Fills lines[row] with 1 or 2 and returns the
 * height. The same call sizes the block and draws it, so the two cannot disagree. */
static int hotspot_lines_at(ui *u, const ui_metrics *m, int px, int w, int room,
                            unsigned char lines[GAME_MAX_PARTS], bool *cut)
{
    gfx *g = u->g;
    const game_question *q = question(u);
    const game_answer *a = game_session_answer(u->session, game_session_question_index(u->session));
    int lh = px * 6 / 5 + m->gap / 2, icon = px * 6 / 5;
    int n = 0, total = 0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t p = 0; p < q->nparts && n < GAME_MAX_PARTS; p++) {
            const game_part *pt = &q->parts[p];
            bool marked = !a->timeout && ((a->resp.chosen >> p) & 1u);
            if (pass == 0 ? !pt->clue : (pt->clue || !marked)) continue;
            lines[n] = 1;
            if (pass == 0) {
                int tw = 0, th;
                gfx_text_size(g, ui_str(u, marked ? "fb.clue_found" : "fb.clue_missed"),
                              GFX_FONT_BOLD, px, &tw, &th);
                int h =
                    gfx_text_wrapped_height(g, game_text_get(&pt->why, u->lang), GFX_FONT_REGULAR,
                                            px, w - icon - m->gap * 3 - tw, NULL);
                if (h > px * 6 / 5) lines[n] = 2;
            }
            total += lines[n++];
        }
    *cut = false;
    for (int k = n - 1; k >= 0 && room > 0 && total * lh + m->gap > room; k--)
        if (lines[k] == 2) lines[k] = 1, total--, *cut = true;
    return total * lh + m->gap;
}

/* The largest text size, from small down to 5/6 of it, at which no why is cut short; at the
 * smallest, the last rows lose their second line. *px gets the size. */
static int hotspot_lines(ui *u, const ui_metrics *m, int w, int room,
                         unsigned char lines[GAME_MAX_PARTS], int *px)
{
    int floor_px = m->small * 5 / 6;
    for (*px = m->small;; *px -= 1) {
        bool cut;
        int h = hotspot_lines_at(u, m, *px, w, room, lines, &cut);
        if (!cut || *px <= floor_px) return h;
    }
}

static void mark(ui *u, int cx, int cy, int size, bool right)
{
    gfx_fill_circle(u->g, cx, cy, size / 2, right ? UI_RIGHT : UI_WRONG);
    if (right)
        ui_draw_check(u->g, cx, cy, size, UI_TEXT);
    else
        ui_draw_cross(u->g, cx, cy, size, UI_TEXT);
}

/* A feedback row: its text after the mark, cut to leave room for a muted note at the right. */
static void feedback_row(ui *u, const ui_metrics *m, gfx_rect r, int y, int icon, const char *line,
                         const char *note)
{
    gfx *g = u->g;
    char buf[600];
    int nw = 0, nh;
    if (note[0]) gfx_text_size(g, note, GFX_FONT_REGULAR, m->small, &nw, &nh);
    gfx_text_ellipsize(g, line, GFX_FONT_BOLD, m->small, r.w - icon - m->gap * 3 - nw, buf,
                       sizeof buf);
    gfx_text(g, buf, GFX_FONT_BOLD, m->small, r.x + icon + m->gap, y, GFX_ALIGN_LEFT, UI_TEXT);
    if (note[0])
        gfx_text(g, note, GFX_FONT_REGULAR, m->small, r.x + r.w, y, GFX_ALIGN_RIGHT, UI_MUTED);
}

/* Under a picture hotspot's feedback, when there is room: the picture again, each clue
 * outlined where it was, green if found, red if missed; wrong marks in orange. */
static bool hotspot_feedback_picture(ui *u, const ui_metrics *m, gfx_rect room)
{
    const game_question *q = question(u);
    if (q->mockup != GAME_MOCKUP_IMAGE || !q->image) return false;
    if (room.h < m->H / 5) return false;
    gfx_rect P;
    if (!gfx_image_draw(u->g, q->image, room, &P)) return false;
    const game_answer *a = game_session_answer(u->session, game_session_question_index(u->session));
    unsigned marks = a->timeout ? 0 : a->resp.chosen;
    for (size_t i = 0; i < q->nparts; i++) {
        const game_part *p = &q->parts[i];
        bool marked = (marks >> i) & 1u;
        if (!p->clue && !marked) continue;
        gfx_color c = !p->clue ? (gfx_color){214, 110, 30, 255} : marked ? UI_RIGHT : UI_WRONG;
        spot_outline(u->g, spot_rect(P, p), 3, c);
    }
    return true;
}

/* ---- heights ---- */

/* order and sort: a line per item */
static int items_feedback_height(ui *u, const ui_metrics *m, int w, int room)
{
    (void)w;
    return within((int)question(u)->nitems * feedback_line(m) + m->gap, room);
}

/* input: the player's text, then the answers accepted */
static int input_feedback_height(ui *u, const ui_metrics *m, int w, int room)
{
    (void)u, (void)w;
    return within(2 * feedback_line(m) + m->gap, room);
}

static int hotspot_feedback_height(ui *u, const ui_metrics *m, int w, int room)
{
    unsigned char lines[GAME_MAX_PARTS];
    int px;
    return within(hotspot_lines(u, m, w, room, lines, &px), room);
}

/* password: the goal, then the meter of the player's password */
static int password_feedback_height(ui *u, const ui_metrics *m, int w, int room)
{
    return within(password_report(u, m, answer_shown(u)->resp.text, 0, 0, w, false, 3) +
                      feedback_line(m),
                  room);
}

/* estimate: the scale with both values */
static int estimate_feedback_height(ui *u, const ui_metrics *m, int w, int room)
{
    (void)u, (void)w;
    return within(m->body * 3 + 2 * feedback_line(m), room);
}

/* ---- drawing, in r (the feedback clips to it) ---- */

/* The right order; beside each item, where the player had it. */
static void order_feedback_draw(ui *u, const ui_metrics *m, gfx_rect r)
{
    const game_question *q = question(u);
    const game_answer *a = answer_shown(u);
    int lh = feedback_line(m), icon = m->small * 6 / 5;
    char line[600], n1[16];
    for (size_t i = 0; i < q->nitems; i++) {
        int y = r.y + (int)i * lh;
        int was = a->timeout ? -1 : ordinal_pos(&a->resp, q->nitems, i);
        mark(u, r.x + icon / 2, y + lh / 2 - m->gap / 4, icon, was == (int)i);
        snprintf(line, sizeof line, "%zu. %s", i + 1, item_text(u, q, i));
        char note[64] = "";
        if (was >= 0 && was != (int)i) {
            snprintf(n1, sizeof n1, "%d", was + 1);
            ui_fmt(u, note, sizeof note, "fb.was_at", n1, NULL, NULL);
        }
        feedback_row(u, m, r, y, icon, line, note);
    }
}

/* Each card in its right bin; where the player put it when that was wrong. */
static void sort_feedback_draw(ui *u, const ui_metrics *m, gfx_rect r)
{
    gfx *g = u->g;
    const game_question *q = question(u);
    const game_answer *a = answer_shown(u);
    const game_response *resp = &a->resp;
    int lh = feedback_line(m), icon = m->small * 6 / 5;
    char line[600];
    for (size_t i = 0; i < q->nitems; i++) {
        int y = r.y + (int)i * lh;
        bool right = !a->timeout && resp->bins[i] == (signed char)q->item_bin[i];
        mark(u, r.x + icon / 2, y + lh / 2 - m->gap / 4, icon, right);
        ui_fmt(u, line, sizeof line, "fb.in_bin", item_text(u, q, i),
               game_text_get(&q->bins[q->item_bin[i]], u->lang), NULL);
        char note[160] = "";
        if (!right && !a->timeout && resp->bins[i] >= 0)
            ui_fmt(u, note, sizeof note, "fb.you_put",
                   game_text_get(&q->bins[resp->bins[i]], u->lang), NULL, NULL);
        int nw = 0, lw, th;
        if (note[0]) gfx_text_size(g, note, GFX_FONT_REGULAR, m->small, &nw, &th);
        gfx_text_size(g, line, GFX_FONT_BOLD, m->small, &lw, &th);
        if (note[0] && lw + nw > r.w - icon - m->gap * 3) {
            /* no room for both: the right bin first, the player's by its letter */
            char letter[2] = {(char)('A' + resp->bins[i]), '\0'};
            ui_fmt(u, note, sizeof note, "fb.you_put", letter, NULL, NULL);
        }
        feedback_row(u, m, r, y, icon, line, note);
    }
}

/* The player's text, then every answer accepted. */
static void input_feedback_draw(ui *u, const ui_metrics *m, gfx_rect r)
{
    gfx *g = u->g;
    const game_question *q = question(u);
    const game_answer *a = answer_shown(u);
    int lh = feedback_line(m), icon = m->small * 6 / 5;
    char buf[400], line[600];
    int y = r.y;
    if (!a->timeout) {
        mark(u, r.x + icon / 2, y + lh / 2 - m->gap / 4, icon, a->correct);
        ui_fmt(u, line, sizeof line, "fb.your_text", a->resp.text, NULL, NULL);
        gfx_text_ellipsize(g, line, GFX_FONT_BOLD, m->small, r.w - icon - m->gap * 2, buf,
                           sizeof buf);
        gfx_text(g, buf, GFX_FONT_BOLD, m->small, r.x + icon + m->gap, y, GFX_ALIGN_LEFT, UI_TEXT);
        y += lh;
    }
    char acc[400] = "";
    if (q->numeric) {
        snprintf(acc, sizeof acc, "%.15g", q->number);
        if (q->tolerance > 0) {
            char tol[40];
            snprintf(tol, sizeof tol, " (± %.15g)", q->tolerance);
            strncat(acc, tol, sizeof acc - strlen(acc) - 1);
        }
        if (u->lang == GAME_LANG_FR)
            for (char *p = acc; *p; p++)
                if (*p == '.') *p = ',';
    } else {
        for (size_t k = 0; k < q->naccept; k++) {
            if (k) strncat(acc, " · ", sizeof acc - strlen(acc) - 1);
            strncat(acc, q->accept[k], sizeof acc - strlen(acc) - 1);
        }
    }
    ui_fmt(u, line, sizeof line, "fb.accepted", acc, NULL, NULL);
    gfx_text_ellipsize(g, line, GFX_FONT_REGULAR, m->small, r.w - icon - m->gap * 2, buf,
                       sizeof buf);
    gfx_text(g, buf, GFX_FONT_REGULAR, m->small, r.x + icon + m->gap, y, GFX_ALIGN_LEFT, UI_TEXT);
}

/* Every clue, found or missed, with why; then the wrong marks. */
static void hotspot_feedback_draw(ui *u, const ui_metrics *m, gfx_rect r)
{
    gfx *g = u->g;
    const game_question *q = question(u);
    const game_answer *a = answer_shown(u);
    char buf[400], line[600];
    int y = r.y, row = 0, px;
    unsigned char lines[GAME_MAX_PARTS];
    hotspot_lines(u, m, r.w, r.h, lines, &px);
    int lh = px * 6 / 5 + m->gap / 2;
    int icon = px * 6 / 5;
    for (int pass = 0; pass < 2; pass++)
        for (size_t p = 0; p < q->nparts; p++) {
            const game_part *pt = &q->parts[p];
            bool marked = !a->timeout && ((a->resp.chosen >> p) & 1u);
            if (pass == 0 ? !pt->clue : (pt->clue || !marked)) continue;
            char shown[400];
            part_text(u, pt, shown, sizeof shown);
            /* One line each: found or missed, and why (the why names the thing). */
            const char *tag = pass ? NULL : ui_str(u, marked ? "fb.clue_found" : "fb.clue_missed");
            mark(u, r.x + icon / 2, y + lh / 2 - m->gap / 4, icon, pass == 0 && marked);
            if (pass == 0) {
                snprintf(line, sizeof line, "%s", game_text_get(&pt->why, u->lang));
            } else {
                char cut[120];
                gfx_text_ellipsize(g, shown, GFX_FONT_BOLD, px, r.w / 2, cut, sizeof cut);
                ui_fmt(u, line, sizeof line, "fb.not_clue", cut, NULL, NULL);
            }
            int tw = 0, th;
            if (tag) gfx_text_size(g, tag, GFX_FONT_BOLD, px, &tw, &th);
            int room_w = r.w - icon - m->gap * 3 - tw;
            if (row >= GAME_MAX_PARTS) break;
            int rows = lines[row++];
            if (rows == 2 && gfx_text_wrapped_height(g, line, GFX_FONT_REGULAR, px, room_w, NULL) <=
                                 2 * (px * 6 / 5)) {
                gfx_text_wrapped(g, line, GFX_FONT_REGULAR, px, r.x + icon + m->gap, y, room_w,
                                 GFX_ALIGN_LEFT, UI_TEXT);
            } else {
                gfx_text_ellipsize(g, line, GFX_FONT_REGULAR, px, room_w, buf, sizeof buf);
                gfx_text(g, buf, GFX_FONT_REGULAR, px, r.x + icon + m->gap, y, GFX_ALIGN_LEFT,
                         UI_TEXT);
            }
            if (tag)
                gfx_text(g, tag, GFX_FONT_BOLD, px, r.x + r.w, y, GFX_ALIGN_RIGHT,
                         marked ? (gfx_color){140, 230, 170, 255}
                                : (gfx_color){255, 150, 140, 255});
            y += lh * rows;
        }
}

/* The goal, then the meter of the player's password. */
static void password_feedback_draw(ui *u, const ui_metrics *m, gfx_rect r)
{
    const game_question *q = question(u);
    const game_answer *a = answer_shown(u);
    char lvl[32], goal[120];
    snprintf(lvl, sizeof lvl, "pw.level%d", q->strength);
    ui_fmt(u, goal, sizeof goal, "pw.goal", ui_str(u, lvl), NULL, NULL);
    gfx_text(u->g, goal, GFX_FONT_BOLD, m->small, r.x, r.y, GFX_ALIGN_LEFT, UI_ACCENT);
    if (!a->timeout) password_report(u, m, a->resp.text, r.x, r.y + feedback_line(m), r.w, true, 3);
}

/* The scale, with the right value and the player's. */
static void estimate_feedback_draw(ui *u, const ui_metrics *m, gfx_rect r)
{
    gfx *g = u->g;
    const game_question *q = question(u);
    const game_answer *a = answer_shown(u);
    char line[600];
    gfx_rect t = {r.x + m->pad * 2, r.y + m->body * 3 / 2, r.w - m->pad * 4, m->body / 2};
    draw_scale(u, m, t, q);
    int xr = marker_x(t, q, q->target);
    gfx_fill_circle(g, xr, t.y + t.h / 2, t.h, UI_RIGHT);
    char v[96];
    ui_format_value(u, q, q->target, v, sizeof v);
    ui_fmt(u, line, sizeof line, "fb.right_value", v, NULL, NULL);
    gfx_text(g, line, GFX_FONT_BOLD, m->small, r.x, r.y, GFX_ALIGN_LEFT,
             (gfx_color){140, 230, 170, 255});
    if (!a->timeout) {
        int xp = marker_x(t, q, a->resp.value);
        gfx_fill_circle(g, xp, t.y + t.h / 2, t.h * 3 / 4, UI_ACCENT);
        ui_format_value(u, q, a->resp.value, v, sizeof v);
        ui_fmt(u, line, sizeof line, "fb.your_value", v, NULL, NULL);
        gfx_text(g, line, GFX_FONT_BOLD, m->small, r.x + r.w, r.y, GFX_ALIGN_RIGHT, UI_ACCENT);
    }
}

/* ==== the right answer in words (the recap), and answers for shots ============== */

/* The steps, in order. */
static void order_right_answer(const ui *u, const game_question *q, char *buf, size_t n)
{
    for (size_t k = 0; k < q->nitems; k++) {
        if (k) strncat(buf, " → ", n - strlen(buf) - 1);
        strncat(buf, game_text_get(&q->items[k], u->lang), n - strlen(buf) - 1);
    }
}

/* Each bin with its cards. */
static void sort_right_answer(const ui *u, const game_question *q, char *buf, size_t n)
{
    for (size_t b = 0; b < q->nbins; b++) {
        if (b) strncat(buf, " · ", n - strlen(buf) - 1);
        strncat(buf, game_text_get(&q->bins[b], u->lang), n - strlen(buf) - 1);
        strncat(buf, "\xc2\xa0: ", n - strlen(buf) - 1);
        bool first = true;
        for (size_t k = 0; k < q->nitems; k++) {
            if (q->item_bin[k] != b) continue;
            if (!first) strncat(buf, ", ", n - strlen(buf) - 1);
            strncat(buf, game_text_get(&q->items[k], u->lang), n - strlen(buf) - 1);
            first = false;
        }
    }
}

static void input_right_answer(const ui *u, const game_question *q, char *buf, size_t n)
{
    (void)u;
    if (q->numeric)
        snprintf(buf, n, "%.15g", q->number);
    else if (q->naccept)
        snprintf(buf, n, "%s", q->accept[0]);
}

static void estimate_right_answer(const ui *u, const game_question *q, char *buf, size_t n)
{
    ui_format_value(u, q, q->target, buf, n);
}

/* The strength to reach, never a password. */
static void password_right_answer(const ui *u, const game_question *q, char *buf, size_t n)
{
    char lvl[32];
    snprintf(lvl, sizeof lvl, "pw.level%d", q->strength);
    ui_fmt(u, buf, n, "pw.goal", ui_str(u, lvl), NULL, NULL);
}

/* The clues. */
static void hotspot_right_answer(const ui *u, const game_question *q, char *buf, size_t n)
{
    for (size_t p = 0; p < q->nparts; p++) {
        const game_part *pt = &q->parts[p];
        if (!pt->clue) continue;
        if (buf[0]) strncat(buf, " · ", n - strlen(buf) - 1);
        /* a sender is told by its address, the rest by what it shows */
        strncat(buf,
                pt->kind == GAME_PART_FROM && pt->extra ? pt->extra
                                                        : game_text_get(&pt->text, u->lang),
                n - strlen(buf) - 1);
    }
}

/* For shots: the right answer, or a plausible mistake (two items swapped, one card misplaced,
 * a wrong word, a value far off, a clue missed and a wrong mark); then submitted. */

static void order_shot(ui *u, const game_question *q, bool right, uint64_t now)
{
    game_response r;
    game_response_perfect(q, &r);
    if (!right) r.order[0] = 1, r.order[1] = 0;
    const game_response *d = game_session_draft(u->session);
    for (size_t k = 0; k < q->nitems; k++) {
        size_t from = k;
        for (size_t p = k; p < q->nitems; p++)
            if (d->order[p] == r.order[k]) from = p;
        act2(u, GAME_ACT_MOVE, (int)from, (int)k, now);
    }
    act2(u, GAME_ACT_SUBMIT, 0, 0, now);
}

static void sort_shot(ui *u, const game_question *q, bool right, uint64_t now)
{
    game_response r;
    game_response_perfect(q, &r);
    if (!right) r.bins[0] = (signed char)((q->item_bin[0] + 1) % (q->nbins ? q->nbins : 1));
    for (size_t k = 0; k < q->nitems; k++) act2(u, GAME_ACT_PLACE, (int)k, r.bins[k], now);
    act2(u, GAME_ACT_SUBMIT, 0, 0, now);
}

static void typed_shot(ui *u, const char *text, uint64_t now)
{
    game_action a = {.kind = GAME_ACT_TEXT, .text = text};
    ui_act(u, &a, now);
    act2(u, GAME_ACT_SUBMIT, 0, 0, now);
}

static void input_shot(ui *u, const game_question *q, bool right, uint64_t now)
{
    game_response r;
    game_response_perfect(q, &r);
    typed_shot(u, right ? r.text : q->numeric ? "0" : "je ne sais pas", now);
}

static void password_shot(ui *u, const game_question *q, bool right, uint64_t now)
{
    game_response r;
    game_response_perfect(q, &r);
    typed_shot(u, right ? r.text : "Soleil2024!", now);
}

/* An estimate far from the right value: the other end of the scale. */
static void estimate_shot(ui *u, const game_question *q, bool right, uint64_t now)
{
    double far = q->target - q->min > q->max - q->target ? q->min : q->max;
    game_action a = {.kind = GAME_ACT_VALUE, .value = right ? q->target : far};
    ui_act(u, &a, now);
    act2(u, GAME_ACT_SUBMIT, 0, 0, now);
}

/* Right: every clue; wrong: the first clue missed, the first non-clue marked. */
static void hotspot_shot(ui *u, const game_question *q, bool right, uint64_t now)
{
    unsigned marks = q->correct_mask;
    if (!right) {
        marks &= marks - 1;
        for (size_t k = 0; k < q->nparts; k++)
            if (!q->parts[k].clue) {
                marks |= 1u << k;
                break;
            }
    }
    for (size_t k = 0; k < q->nparts; k++)
        if (marks & (1u << k)) act2(u, GAME_ACT_CHOOSE, (int)k, 0, now);
    act2(u, GAME_ACT_SUBMIT, 0, 0, now);
}

/* ==== the table ================================================================== */

static const char *const truefalse_names[] = {"q.true", "q.false"};

/* Each kind's view, in game_kind order. The choice kinds share theirs (ui_screens.c), the
 * mini-game has its own (ui_play.c), the hands-on kinds' are above. */
static const ui_kind_view kinds[] = {
    [GAME_KIND_CHOICE] = {.question = ui_choice_question,
                          .input = ui_choice_input,
                          .feedback_layout = ui_choice_feedback_layout,
                          .feedback_cells = ui_choice_feedback_cells,
                          .right_answer = ui_choice_right_answer,
                          .shot = ui_choice_shot},
    [GAME_KIND_MULTI] = {.question = ui_choice_question,
                         .input = ui_choice_input,
                         .feedback_layout = ui_choice_feedback_layout,
                         .feedback_cells = ui_choice_feedback_cells,
                         .right_answer = ui_choice_right_answer,
                         .shot = ui_choice_shot},
    [GAME_KIND_TRUEFALSE] = {.question = ui_choice_question,
                             .input = ui_choice_input,
                             .feedback_layout = ui_choice_feedback_layout,
                             .feedback_cells = ui_choice_feedback_cells,
                             .right_answer = ui_choice_right_answer,
                             .shot = ui_choice_shot,
                             .names = truefalse_names,
                             .hint = "q.truefalse"},
    [GAME_KIND_ORDER] = {.question = order_question,
                         .input = ui_kind_input,
                         .key = order_key,
                         .pointer = order_pointer,
                         .feedback_height = items_feedback_height,
                         .feedback_draw = order_feedback_draw,
                         .right_answer = order_right_answer,
                         .shot = order_shot},
    [GAME_KIND_SORT] = {.question = sort_question,
                        .input = ui_kind_input,
                        .key = sort_key,
                        .pointer = sort_pointer,
                        .feedback_height = items_feedback_height,
                        .feedback_draw = sort_feedback_draw,
                        .right_answer = sort_right_answer,
                        .shot = sort_shot},
    [GAME_KIND_INPUT] = {.question = input_question,
                         .input = ui_kind_input,
                         .key = typed_key,
                         .pointer = ui_kind_pointer,
                         .feedback_height = input_feedback_height,
                         .feedback_draw = input_feedback_draw,
                         .right_answer = input_right_answer,
                         .shot = input_shot},
    [GAME_KIND_ESTIMATE] = {.question = estimate_question,
                            .input = ui_kind_input,
                            .key = estimate_key,
                            .pointer = estimate_pointer,
                            .feedback_height = estimate_feedback_height,
                            .feedback_draw = estimate_feedback_draw,
                            .right_answer = estimate_right_answer,
                            .shot = estimate_shot},
    [GAME_KIND_PASSWORD] = {.question = password_question,
                            .input = ui_kind_input,
                            .key = typed_key,
                            .pointer = ui_kind_pointer,
                            .feedback_height = password_feedback_height,
                            .feedback_draw = password_feedback_draw,
                            .right_answer = password_right_answer,
                            .shot = password_shot},
    [GAME_KIND_HOTSPOT] = {.question = hotspot_question,
                           .input = ui_kind_input,
                           .key = hotspot_key,
                           .pointer = hotspot_pointer,
                           .feedback_height = hotspot_feedback_height,
                           .feedback_draw = hotspot_feedback_draw,
                           .feedback_picture = hotspot_feedback_picture,
                           .right_answer = hotspot_right_answer,
                           .shot = hotspot_shot},
    [GAME_KIND_PLAY] = {.question = ui_play_question,
                        .input = ui_play_kind_input,
                        .key = ui_play_key,
                        .pointer = ui_kind_pointer,
                        .feedback_height = ui_play_feedback_height,
                        .feedback_draw = ui_play_feedback_draw,
                        .shot = ui_play_shot},
};
_Static_assert(sizeof kinds / sizeof kinds[0] == GAME_KIND_COUNT,
               "every question kind needs a view in ui_kinds.c");

const ui_kind_view *ui_kind_view_of(game_kind k)
{
    return (unsigned)k < GAME_KIND_COUNT ? &kinds[k] : &kinds[0];
}

/* ui_mockup.c — the mock-ups a hotspot question shows, laid out from data like the app they
 * imitate: a mail, an SMS on a phone, a browser page with its form, a social-network post,
 * spots on a picture. One row per mock-up type in mockups[] (checked against game_mockup);
 * each part is a rectangle the player may mark. Reads the question and the marks only.
 */
#include "ui_mockup.h"

#include <stdio.h>
#include <string.h>

/* ==== a marked part's flag ================================================ */

/* The "!" goes beside its part, never on it: each mock-up keeps this much room at the right
 * of the parts that span its width. */
/* The parts the player marked: none on the live classroom's projector, which has no session. */
static unsigned marks_of(const ui *u)
{
    return u->session ? game_session_draft(u->session)->chosen : 0u;
}

static int flag_room(const ui_metrics *m, int px)
{
    return px + m->gap;
}

/* A mock-up's text, smallest: a little under small, as the flags' column narrows its parts. */
static int mockup_floor(const ui_metrics *m)
{
    return m->small * 7 / 8;
}

/* The flag of px beside r, off its ring: level with a short part, at the top of a tall one. */
static gfx_rect flag_beside(const ui_metrics *m, gfx_rect r, int px)
{
    int y = r.h < px * 2 ? r.y + (r.h - px) / 2 : r.y + m->gap / 4;
    return (gfx_rect){r.x + r.w + m->gap / 2 + 4, y, px, px};
}

static void flags_beside(const ui_metrics *m, const game_question *q, ui_mockup_layout *M)
{
    for (size_t i = 0; i < q->nparts; i++) M->flag[i] = flag_beside(m, M->part[i], M->px);
}

/* ==== the mail mock-up ==================================================== */

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
void ui_part_text(const ui *u, const game_part *p, char *buf, size_t n)
{
    const char *t = game_text_get(&p->text, u->lang);
    if (p->kind == GAME_PART_FROM && p->extra)
        snprintf(buf, n, "%s <%s>", t, p->extra);
    else
        snprintf(buf, n, "%s", t);
}

static int mail_rows(ui *u, const ui_metrics *m, const game_question *q, int px, int w,
                     ui_mockup_layout *M, int x0, int y0, bool place)
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
    bool stacked = u->mockup_phone; /* a phone's narrow mail: each label over its value */
    if (stacked) label_w = 0;
    bool header_done = false;
    char buf[400];
    for (size_t i = 0; i < q->nparts; i++) {
        const game_part *p = &q->parts[i];
        bool header = part_label(u, p->kind) != NULL;
        if (!header && !header_done) {
            y += m->gap; /* the line between the header and the message */
            header_done = true;
        }
        ui_part_text(u, p, buf, sizeof buf);
        int x = x0 + (header ? label_w : 0), tw = w - (x - x0) - flag_room(m, px);
        int used = 0;
        int above = stacked && header ? lh : 0; /* the label's row */
        int h = above + gfx_text_wrapped_height(
                            g, buf, p->kind == GAME_PART_SUBJECT ? GFX_FONT_BOLD : GFX_FONT_REGULAR,
                            px, tw - m->gap, &used);
        if (p->kind == GAME_PART_LINK || p->kind == GAME_PART_ATTACHMENT) {
            h = lh + m->gap / 2;
            /* a chip's name shrinks by a quarter at most, then the size comes down */
            const char *t = game_text_get(&p->text, u->lang);
            int cw, ch;
            gfx_text_size(g, t, GFX_FONT_BOLD, px * 3 / 4, &cw, &ch);
            if (!place && p->kind == GAME_PART_ATTACHMENT && cw + px * 2 > tw - m->gap / 2)
                y += 1 << 20;
        }
        /* A word wider than its row (an address, a long link) would run out of the mail: as
         * bad as a mail too tall, the size must come down for it. */
        else if (!place && used > tw - m->gap)
            y += 1 << 20;
        if (place) M->part[i] = (gfx_rect){x - m->gap / 2, y - m->gap / 4, tw, h + m->gap / 2};
        y += h + m->gap / 2;
    }
    (void)lh;
    return y - y0;
}

static void mail_layout_compute(ui *u, const ui_metrics *m, int top, int bottom,
                                ui_mockup_layout *M)
{
    const game_question *q = ui_question(u);
    memset(M, 0, sizeof *M);
    int w = m->W - 2 * m->pad;
    M->panel = (gfx_rect){m->pad, top, w, bottom - top};
    int inner = w - 2 * m->gap;
    int room = M->panel.h - 2 * m->gap - m->small * 3 / 2; /* a status line at the bottom */
    int px = m->body;
    int floor_px = mockup_floor(m);
    while (px > floor_px && mail_rows(u, m, q, px, inner, M, 0, 0, false) > room) px -= 2;
    if (px < floor_px) px = floor_px;
    M->px = px;
    M->status_y = M->panel.y + M->panel.h - m->small * 3 / 2;
    /* Still too long at the smallest readable size: it scrolls, as a mail app's does. */
    mail_rows(u, m, q, px, inner, M, M->panel.x + m->gap, M->panel.y + m->gap, true);
    int low = 0; /* the lowest part's foot */
    for (size_t i = 0; i < q->nparts; i++)
        if (M->part[i].y + M->part[i].h > low) low = M->part[i].y + M->part[i].h;
    M->view = M->panel;
    if (low > M->panel.y + M->panel.h - m->gap / 4) { /* the foot then tells there is more */
        M->view = (gfx_rect){M->panel.x, M->panel.y + m->gap / 2, M->panel.w,
                             M->status_y - M->panel.y - m->gap / 2};
        M->scroll_max = low - (M->view.y + M->view.h) + m->gap / 4;
    }
    int s = u->question.scroll;
    M->scroll = s < 0 ? 0 : s > M->scroll_max ? M->scroll_max : s;
    mail_rows(u, m, q, px, inner, M, M->panel.x + m->gap, M->panel.y + m->gap - M->scroll, true);
    flags_beside(m, q, M);
}

/* The mark of a part: a ring (marked, focused or under the pointer) and, once marked, a
 * flag in its corner. */
static void part_ring(ui *u, const ui_metrics *m, size_t i, gfx_rect r, gfx_color bg)
{
    gfx *g = u->g;
    unsigned marks = marks_of(u);
    bool marked = (marks >> i) & 1u, focus = u->focus == (int)i, hot = ui_hovering(u, r);
    gfx_color ring = marked  ? UI_ACCENT_DARK
                     : focus ? UI_FOCUS
                     : hot   ? (gfx_color){160, 175, 200, 255}
                             : (gfx_color){0, 0, 0, 0};
    if (!ring.a) return;
    gfx_fill_rounded(g, (gfx_rect){r.x - 4, r.y - 4, r.w + 8, r.h + 8}, m->radius / 2 + 4, ring);
    gfx_fill_rounded(g, (gfx_rect){r.x - 1, r.y - 1, r.w + 2, r.h + 2}, m->radius / 2, bg);
}

/* The "!" of a marked part, where its layout put it. */
static void part_flag(ui *u, const ui_mockup_layout *M, size_t i)
{
    if (!((marks_of(u) >> i) & 1u)) return;
    gfx_rect f = M->flag[i];
    int d = f.w;
    gfx_fill_circle(u->g, f.x + d / 2, f.y + d / 2, d / 2, UI_ACCENT_DARK);
    gfx_text(u->g, "!", GFX_FONT_BOLD, d * 3 / 4, f.x + d / 2, f.y + d / 20, GFX_ALIGN_CENTER,
             UI_TEXT);
}

static void draw_mail(ui *u, const ui_metrics *m, const ui_mockup_layout *M)
{
    gfx *g = u->g;
    const game_question *q = ui_question(u);
    unsigned marks = marks_of(u);
    gfx_color paper = {246, 248, 251, 255}, ink = {25, 32, 45, 255}, muted = {88, 98, 115, 255};
    gfx_color link = {20, 80, 200, 255};
    ui_draw_panel(g, m, M->panel, paper);
    if (M->scroll_max) { /* the view, its bar, and under it what the player can do */
        gfx_rect v = M->view;
        int tw = m->gap / 3 > 4 ? m->gap / 3 : 4, th = v.h * v.h / (v.h + M->scroll_max);
        int ty = v.y + (v.h - th) * M->scroll / M->scroll_max;
        gfx_fill_rounded(g, (gfx_rect){v.x + v.w - tw - 4, v.y, tw, v.h}, tw / 2,
                         (gfx_color){220, 224, 232, 255});
        gfx_fill_rounded(g, (gfx_rect){v.x + v.w - tw - 4, ty, tw, th}, tw / 2,
                         (gfx_color){120, 130, 150, 255});
        gfx_fill_rect(g, (gfx_rect){v.x + m->gap / 2, v.y + v.h, v.w - m->gap, 1},
                      (gfx_color){205, 210, 220, 255});
        if (M->scroll + m->gap / 2 < M->scroll_max) { /* not yet at its foot */
            const char *more = ui_str(u, "mail.more");
            int px = gfx_text_fit_line(g, more, GFX_FONT_REGULAR, m->small, m->small * 3 / 4,
                                       v.w - 2 * m->gap);
            gfx_text(g, more, GFX_FONT_REGULAR, px, v.x + v.w / 2,
                     M->status_y + (M->panel.y + M->panel.h - M->status_y - px * 6 / 5) / 2,
                     GFX_ALIGN_CENTER, muted);
        }
        gfx_clip_scrolled(g, &M->view);
    }
    char buf[400];
    for (size_t i = 0; i < q->nparts; i++) {
        const game_part *p = &q->parts[i];
        gfx_rect r = M->part[i];
        if (M->scroll_max && (r.y >= M->view.y + M->view.h || r.y + r.h <= M->view.y))
            continue; /* scrolled out of view */
        bool marked = (marks >> i) & 1u, focus = u->focus == (int)i, hot = ui_hovering(u, r);
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
        if (label) {
            gfx_text(g, label, GFX_FONT_BOLD, M->px, M->panel.x + m->gap, ty, GFX_ALIGN_LEFT,
                     muted);
            if (u->mockup_phone) ty += M->px * 6 / 5; /* the value under its label */
        }
        ui_part_text(u, p, buf, sizeof buf);
        if (p->kind == GAME_PART_ATTACHMENT) {
            /* a chip: a paperclip drawn from lines, and the file name */
            const char *t = game_text_get(&p->text, u->lang);
            int tw, th;
            /* a long file name (a clue) shrinks to fit its row */
            int cpx = gfx_text_fit_line(g, t, GFX_FONT_BOLD, M->px, M->px * 3 / 4,
                                        r.w - m->gap / 2 - M->px * 2);
            gfx_text_size(g, t, GFX_FONT_BOLD, cpx, &tw, &th);
            gfx_rect chip = {r.x + m->gap / 2, ty, tw + M->px * 2, th + m->gap / 4};
            gfx_fill_rounded(g, chip, chip.h / 2, (gfx_color){222, 228, 238, 255});
            /* a paperclip: a tall loop, a shorter one inside it, open at the top */
            gfx_color chipc = {222, 228, 238, 255};
            int cw = M->px / 3 > 6 ? M->px / 3 : 6, chh = th * 6 / 10;
            int cx = chip.x + M->px * 7 / 10, cy = chip.y + chip.h / 2;
            gfx_rect outer = {cx - cw / 2, cy - chh / 2, cw, chh};
            gfx_fill_rounded(g, outer, cw / 2, muted);
            gfx_fill_rounded(g, (gfx_rect){outer.x + 2, outer.y + 2, outer.w - 4, outer.h - 4},
                             (cw - 4) / 2, chipc);
            gfx_fill_rect(g, (gfx_rect){cx - 1, outer.y + chh / 4, 2, chh / 2 + 2}, muted);
            gfx_fill_rect(g, (gfx_rect){outer.x + outer.w - 2, outer.y, 2, chh / 3}, chipc);
            gfx_text(g, t, GFX_FONT_BOLD, cpx, chip.x + M->px * 3 / 2, chip.y + m->gap / 8,
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
    }
}

/* ---- sms: a phone, the sender at the top, the messages as bubbles ---- */

static void sms_layout_compute(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M)
{
    const game_question *q = ui_question(u);
    memset(M, 0, sizeof *M);
    int pw = m->W * 55 / 100;
    if (pw > m->H * 8 / 10) pw = m->H * 8 / 10;
    if (u->mockup_phone) pw = m->W - 2 * m->pad; /* the phone's own screen: all its width */
    M->panel = (gfx_rect){m->W / 2 - pw / 2, top, pw, bottom - top};
    int bw = pw * (u->mockup_phone ? 90 : 82) / 100 - 2 * m->gap;
    /* a link's real target shows at the foot (none on a phone) */
    int foot = u->mockup_phone ? 0 : ui_mockup_reveal_room(u, m, pw - 2 * m->gap);
    for (int px = m->body;; px -= 2) {
        if (px < mockup_floor(m)) px = mockup_floor(m);
        int y = top + px * 2 + m->gap * 2; /* under the sender's bar */
        bool wide = false;                 /* a word wider than its bubble */
        for (size_t i = 0; i < q->nparts; i++) {
            const game_part *p = &q->parts[i];
            if (p->kind == GAME_PART_SUBJECT) { /* the sender, in the bar, its flag beside */
                int fl = flag_room(m, px);
                M->part[i] = (gfx_rect){M->panel.x + m->gap + fl, top + m->gap / 2,
                                        pw - 2 * m->gap - 2 * fl, px * 3 / 2};
                continue;
            }
            int used;
            gfx_font f =
                p->kind == GAME_PART_LINK ? GFX_FONT_BOLD : GFX_FONT_REGULAR; /* as drawn */
            int h = gfx_text_wrapped_height(u->g, game_text_get(&p->text, u->lang), f, px,
                                            bw - 2 * m->gap, &used);
            wide |= used > bw - 2 * m->gap;
            M->part[i] = (gfx_rect){M->panel.x + m->gap, y, used + 2 * m->gap, h + m->gap};
            y += h + m->gap * 2;
        }
        M->px = px;
        /* Under small, the foot is no longer kept free: a link's address may show under or
         * over the link instead. */
        int need = px > m->small ? foot : 0;
        if ((y <= bottom - m->gap - need && !wide) || px == mockup_floor(m)) break;
    }
    flags_beside(m, q, M); /* a bubble leaves room at its right */
    M->status_y = M->panel.y + M->panel.h - m->small * 3 / 2;
}

static void draw_sms(ui *u, const ui_metrics *m, const ui_mockup_layout *M)
{
    gfx *g = u->g;
    const game_question *q = ui_question(u);
    gfx_color screen = {246, 248, 251, 255}, bubble = {229, 231, 236, 255}, ink = {25, 32, 45, 255};
    gfx_color link = {20, 80, 200, 255};
    if (u->mockup_phone) { /* drawn for a phone: its screen only */
        ui_draw_panel(g, m, M->panel, screen);
    } else {
        gfx_fill_rounded(
            g, (gfx_rect){M->panel.x - 8, M->panel.y - 8, M->panel.w + 16, M->panel.h + 16},
            m->radius * 2, (gfx_color){40, 44, 52, 255}); /* the phone */
        gfx_fill_rounded(g, M->panel, m->radius * 2 - 8, screen);
    }
    gfx_fill_rect(g, (gfx_rect){M->panel.x, M->panel.y + M->px * 2, M->panel.w, 1},
                  (gfx_color){200, 205, 215, 255});
    char buf[400];
    for (size_t i = 0; i < q->nparts; i++) {
        const game_part *p = &q->parts[i];
        gfx_rect r = M->part[i];
        const char *t = game_text_get(&p->text, u->lang);
        if (p->kind == GAME_PART_SUBJECT) {
            part_ring(u, m, i, r, screen);
            /* the sender is a clue: it shrinks to fit before it is cut */
            int spx = gfx_text_fit_line(g, t, GFX_FONT_BOLD, M->px, M->px * 3 / 4, r.w);
            gfx_text_ellipsize(g, t, GFX_FONT_BOLD, spx, r.w, buf, sizeof buf);
            gfx_text(g, buf, GFX_FONT_BOLD, spx, r.x + r.w / 2, r.y + r.h / 2 - spx * 6 / 10,
                     GFX_ALIGN_CENTER, ink);
        } else {
            part_ring(u, m, i, r, screen);
            gfx_fill_rounded(g, r, m->radius, bubble);
            bool is_link = p->kind == GAME_PART_LINK;
            gfx_text_wrapped(g, t, is_link ? GFX_FONT_BOLD : GFX_FONT_REGULAR, M->px, r.x + m->gap,
                             r.y + m->gap / 2, r.w - 2 * m->gap, GFX_ALIGN_LEFT,
                             is_link ? link : ink);
        }
    }
}

/* ---- browser: the address bar, the page, its login form ---- */

static void browser_layout_compute(ui *u, const ui_metrics *m, int top, int bottom,
                                   ui_mockup_layout *M)
{
    const game_question *q = ui_question(u);
    memset(M, 0, sizeof *M);
    int w = m->W - 2 * m->pad;
    M->panel = (gfx_rect){m->pad, top, w, bottom - top};
    for (int px = m->body;; px -= 2) {
        if (px < mockup_floor(m)) px = mockup_floor(m);
        int bar = px * 2;
        int y = top + bar + m->gap * 2;
        int fw = w * 6 / 10;
        int fl = flag_room(m, px);
        bool wide = false; /* an address that would be cut */
        for (size_t i = 0; i < q->nparts; i++) {
            const game_part *p = &q->parts[i];
            const char *t = game_text_get(&p->text, u->lang);
            switch (p->kind) {
            case GAME_PART_URL: {
                M->part[i] =
                    (gfx_rect){M->panel.x + m->gap, top + m->gap / 2, w - 2 * m->gap - fl, bar};
                /* as drawn: shrunk by a quarter at most, else the size comes down */
                if (u->mockup_phone && strncmp(t, "https://", 8) == 0) t += 8;
                int tw, th;
                gfx_text_size(u->g, t, GFX_FONT_REGULAR, px * 3 / 4, &tw, &th);
                wide |= tw > M->part[i].w - bar - m->gap;
                break;
            }
            case GAME_PART_TITLE: {
                int h = gfx_text_wrapped_height(u->g, t, GFX_FONT_BOLD, px * 5 / 4,
                                                w - 4 * m->gap - fl, NULL);
                M->part[i] =
                    (gfx_rect){M->panel.x + m->gap, y, w - 2 * m->gap - fl, h + m->gap / 2};
                y += h + m->gap;
                break;
            }
            case GAME_PART_FIELD:
            case GAME_PART_BUTTON:
                M->part[i] = (gfx_rect){M->panel.x + (w - fw) / 2, y, fw, px * 2};
                y += px * 2 + m->gap;
                break;
            default: {
                int h = gfx_text_wrapped_height(u->g, t, GFX_FONT_REGULAR, px, w - 4 * m->gap - fl,
                                                NULL);
                M->part[i] =
                    (gfx_rect){M->panel.x + m->gap, y, w - 2 * m->gap - fl, h + m->gap / 2};
                y += h + m->gap;
            }
            }
        }
        M->px = px;
        if ((y <= bottom - m->gap && !wide) || px == mockup_floor(m)) break;
    }
    flags_beside(m, q, M);
}

static void draw_browser(ui *u, const ui_metrics *m, const ui_mockup_layout *M)
{
    gfx *g = u->g;
    const game_question *q = ui_question(u);
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
            /* A phone's browser shows the padlock for "https://", not the scheme. */
            if (https && u->mockup_phone) t += 8;
            /* The address is often the clue: smaller before it is cut. */
            int upx =
                gfx_text_fit_line(g, t, GFX_FONT_REGULAR, M->px, M->px * 3 / 4, r.w - r.h - m->gap);
            gfx_text_ellipsize(g, t, GFX_FONT_REGULAR, upx, r.w - r.h - m->gap, buf, sizeof buf);
            gfx_text(g, buf, GFX_FONT_REGULAR, upx, r.x + r.h, r.y + (r.h - upx * 6 / 5) / 2,
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

static void post_layout_compute(ui *u, const ui_metrics *m, int top, int bottom,
                                ui_mockup_layout *M)
{
    const game_question *q = ui_question(u);
    memset(M, 0, sizeof *M);
    int cw = m->H * 3 / 2; /* a feed's column: wide enough to keep the post short */
    if (cw > m->W - 2 * m->pad) cw = m->W - 2 * m->pad;
    M->panel = (gfx_rect){m->W / 2 - cw / 2, top, cw, bottom - top};
    int x0 = M->panel.x + m->gap, inner = cw - 2 * m->gap;
    bool has_link = false;
    for (size_t i = 0; i < q->nparts; i++) has_link |= q->parts[i].kind == GAME_PART_LINK;
    int limit = bottom - m->gap / 2 - (has_link && !u->mockup_phone ? m->small * 3 / 2 : 0);
    for (int px = m->body;; px -= 2) {
        if (px < mockup_floor(m)) px = mockup_floor(m);
        int cpx = post_comment_px(px), av = cpx * 3 / 2;
        int y = top + m->gap;
        int hh = post_header_h(px);
        int fl = flag_room(m, px);
        /* A phone's narrow card: the date on its own row under the author's. */
        int head = hh + (u->mockup_phone ? px * 3 / 2 : 0);
        bool wide = false; /* a name, a handle, a date or a link that would be cut */
        /* The date takes what its text needs, the author the rest: a long handle is a clue
         * and shows whole. */
        int date_w = inner * 42 / 100;
        for (size_t i = 0; i < q->nparts; i++) {
            if (q->parts[i].kind != GAME_PART_DATE) continue;
            int tw, th;
            gfx_text_size(u->g, game_text_get(&q->parts[i].text, u->lang), GFX_FONT_REGULAR, cpx,
                          &tw, &th);
            date_w = tw + m->gap + fl;
            if (date_w > inner / 2) date_w = inner / 2;
            if (u->mockup_phone) date_w = -m->gap; /* the author takes the row */
        }
        for (size_t i = 0; i < q->nparts; i++) {
            const game_part *p = &q->parts[i];
            const char *t = game_text_get(&p->text, u->lang);
            gfx_rect *r = &M->part[i];
            switch (p->kind) {
            case GAME_PART_AUTHOR: {
                *r = (gfx_rect){x0, y, inner - date_w - m->gap - fl, hh};
                /* as drawn: the name and the handle may shrink by a quarter, no more */
                int tw = r->w - (hh - m->gap / 2) - m->gap * 5 / 4, nw, nh;
                gfx_text_size(u->g, t, GFX_FONT_BOLD, px * 3 / 4, &nw, &nh);
                wide |= nw > tw;
                if (p->extra) {
                    gfx_text_size(u->g, p->extra, GFX_FONT_REGULAR, cpx * 3 / 4, &nw, &nh);
                    wide |= nw > tw;
                }
                break;
            }
            case GAME_PART_DATE:
                if (u->mockup_phone) {
                    *r = (gfx_rect){x0, y + hh, inner - fl, px * 3 / 2};
                } else {
                    *r = (gfx_rect){x0 + inner - date_w, y, date_w - fl, px * 3 / 2};
                }
                {
                    int dw, dh;
                    gfx_text_size(u->g, t, GFX_FONT_REGULAR, cpx, &dw, &dh);
                    wide |= dw > r->w - m->gap / 2;
                }
                break;
            case GAME_PART_LINK: {
                if (y < top + m->gap + head + m->gap) y = top + m->gap + head + m->gap;
                *r = (gfx_rect){x0, y, inner - fl, px * 2 + m->gap / 2};
                int lw, lh;
                gfx_text_size(u->g, t, GFX_FONT_BOLD, px * 3 / 4, &lw, &lh);
                wide |= lw > r->w - 4 - 2 * m->gap;
                y += r->h + m->gap / 2;
                break;
            }
            case GAME_PART_STATS:
                y += m->gap / 4; /* the rule above it */
                *r = (gfx_rect){x0, y, inner - fl, px * 3 / 2};
                y += r->h + m->gap / 2;
                break;
            case GAME_PART_COMMENT: {
                int bw = inner - av - m->gap / 2 - fl;
                int nw = post_name_w(u->g, p, cpx, bw, m->gap);
                int h =
                    gfx_text_wrapped_height(u->g, t, GFX_FONT_REGULAR, cpx, bw - m->gap - nw, NULL);
                *r = (gfx_rect){x0 + av + m->gap / 2, y, bw, h + m->gap / 2};
                y += r->h + m->gap / 2;
                break;
            }
            default: { /* a paragraph of the post */
                if (y < top + m->gap + head + m->gap) y = top + m->gap + head + m->gap;
                int h = gfx_text_wrapped_height(u->g, t, GFX_FONT_REGULAR, px, inner - m->gap - fl,
                                                NULL);
                *r = (gfx_rect){x0, y, inner - fl, h + m->gap / 2};
                y += r->h + m->gap / 2;
            }
            }
        }
        M->px = px;
        if ((y <= limit && !wide) || px == mockup_floor(m)) break;
    }
    flags_beside(m, q, M);
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

static void draw_post(ui *u, const ui_metrics *m, const ui_mockup_layout *M)
{
    gfx *g = u->g;
    const game_question *q = ui_question(u);
    gfx_color paper = {250, 251, 253, 255}, ink = {25, 32, 45, 255}, muted = {88, 98, 115, 255};
    gfx_color link = {20, 80, 200, 255}, soft = {236, 239, 244, 255};
    ui_draw_panel(g, m, M->panel, paper);
    int px = M->px, cpx = post_comment_px(px), av = cpx * 3 / 2;
    char buf[400];
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
            /* name and handle are clues: they shrink to fit before anything is cut */
            int npx = gfx_text_fit_line(g, t, GFX_FONT_BOLD, px, px * 3 / 4, tw);
            gfx_text_ellipsize(g, t, GFX_FONT_BOLD, npx, tw, buf, sizeof buf);
            gfx_text(g, buf, GFX_FONT_BOLD, npx, tx, ny, GFX_ALIGN_LEFT, ink);
            if (p->extra) {
                int hpx = gfx_text_fit_line(g, p->extra, GFX_FONT_REGULAR, cpx, cpx * 3 / 4, tw);
                gfx_text_ellipsize(g, p->extra, GFX_FONT_REGULAR, hpx, tw, buf, sizeof buf);
                gfx_text(g, buf, GFX_FONT_REGULAR, hpx, tx, r.y + r.h / 2 + px / 10, GFX_ALIGN_LEFT,
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
            gfx_rect box = {r.x + 2, r.y + 2, r.w - 4, r.h - 4};
            gfx_fill_rounded(g, box, m->radius / 2, soft);
            gfx_fill_rect(g, (gfx_rect){box.x, box.y, 6, box.h}, link);
            /* the address is the clue: smaller before it is cut */
            int lpx = gfx_text_fit_line(g, t, GFX_FONT_BOLD, px, px * 3 / 4, box.w - 2 * m->gap);
            gfx_text_ellipsize(g, t, GFX_FONT_BOLD, lpx, box.w - 2 * m->gap, buf, sizeof buf);
            gfx_text(g, buf, GFX_FONT_BOLD, lpx, box.x + m->gap, box.y + (box.h - lpx * 6 / 5) / 2,
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
    }
}

/* ---- spots on a picture: areas given as shares of its width and height ---- */

/* Where a spot lies on the picture drawn at P (its area is in shares of the picture). */
gfx_rect ui_spot_rect(gfx_rect P, const game_part *p)
{
    const float *a = p->area;
    return (gfx_rect){P.x + (int)(a[0] * (float)P.w), P.y + (int)(a[1] * (float)P.h),
                      (int)(a[2] * (float)P.w), (int)(a[3] * (float)P.h)};
}

static void spots_layout_compute(ui *u, const ui_metrics *m, int top, int bottom,
                                 ui_mockup_layout *M)
{
    const game_question *q = ui_question(u);
    memset(M, 0, sizeof *M);
    M->px = m->small;
    gfx_rect area = {m->pad, top, m->W - 2 * m->pad, bottom - top};
    /* Without its picture (a warning at check time), the spots are laid on a 4:3 board with
     * their labels, so the question can still be played. */
    if (!q->image || !gfx_image_place(u->g, q->image, area, &M->panel)) {
        int w = area.h * 4 / 3 < area.w ? area.h * 4 / 3 : area.w;
        M->panel = (gfx_rect){area.x + (area.w - w) / 2, area.y, w, area.h};
    }
    for (size_t i = 0; i < q->nparts; i++) {
        gfx_rect r = ui_spot_rect(M->panel, &q->parts[i]);
        M->part[i] = r;
        /* The flag beside the spot, outside it and its outline (off the picture's text
         * there): at its right, else its left, else under it, else over it, on screen. */
        gfx_rect f = flag_beside(m, r, M->px);
        int o = f.x - r.x - r.w;
        gfx_rect alt[3] = {{r.x - o - f.w, f.y, f.w, f.h},
                           {r.x + r.w - f.w, r.y + r.h + o, f.w, f.h},
                           {r.x + r.w - f.w, r.y - o - f.h, f.w, f.h}};
        for (int k = 0; k < 3 && (f.x < 0 || f.y < 0 || f.x + f.w > m->W || f.y + f.h > m->H); k++)
            f = alt[k];
        M->flag[i] = f;
    }
}

static void outline(gfx *g, gfx_rect r, int t, gfx_color c)
{
    gfx_fill_rect(g, (gfx_rect){r.x - t, r.y - t, r.w + 2 * t, t}, c);
    gfx_fill_rect(g, (gfx_rect){r.x - t, r.y + r.h, r.w + 2 * t, t}, c);
    gfx_fill_rect(g, (gfx_rect){r.x - t, r.y, t, r.h}, c);
    gfx_fill_rect(g, (gfx_rect){r.x + r.w, r.y, t, r.h}, c);
}

/* A spot's outline, t thick, on a dark one 2 px wider: it reads on any picture. */
void ui_spot_outline(gfx *g, gfx_rect r, int t, gfx_color c)
{
    outline(g, r, t + 2, (gfx_color){10, 16, 28, 220});
    outline(g, r, t, c);
}

static void draw_spots(ui *u, const ui_metrics *m, const ui_mockup_layout *M)
{
    gfx *g = u->g;
    const game_question *q = ui_question(u);
    unsigned marks = marks_of(u);
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
        if (marked || focus || hot) ui_spot_outline(g, r, marked || focus ? 4 : 2, c);
        /* the flag on the corner, off the picture's text */
    }
}

/* Each mock-up type: how it is laid out from data and drawn, in game_mockup order. */
static const struct {
    void (*layout)(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M);
    void (*draw)(ui *u, const ui_metrics *m, const ui_mockup_layout *M);
} mockups[] = {
    [GAME_MOCKUP_MAIL] = {mail_layout_compute, draw_mail},
    [GAME_MOCKUP_SMS] = {sms_layout_compute, draw_sms},
    [GAME_MOCKUP_BROWSER] = {browser_layout_compute, draw_browser},
    [GAME_MOCKUP_POST] = {post_layout_compute, draw_post},
    /* For now each part of these as a plain row in a panel, as the mail's body (it scrolls
     * when too long); their own drawings come next. */
    [GAME_MOCKUP_CHAT] = {mail_layout_compute, draw_mail},
    [GAME_MOCKUP_DOCUMENT] = {mail_layout_compute, draw_mail},
    [GAME_MOCKUP_CALL] = {mail_layout_compute, draw_mail},
    [GAME_MOCKUP_NOTIFICATION] = {mail_layout_compute, draw_mail},
    [GAME_MOCKUP_IMAGE] = {spots_layout_compute, draw_spots},
};

_Static_assert(sizeof mockups / sizeof mockups[0] == GAME_MOCKUP_COUNT,
               "every mock-up type is laid out and drawn");

void ui_mockup_compute(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M)
{
    mockups[ui_question(u)->mockup].layout(u, m, top, bottom, M);
    if (M->view.w <= 0) M->view = M->panel; /* only the mail scrolls */
}

void ui_mockup_scroll(ui *u, const ui_mockup_layout *M, int by, int part)
{
    int s = M->scroll + by;
    if (part >= 0 && part < GAME_MAX_PARTS) {
        gfx_rect r = M->part[part], v = M->view;
        int top = r.y + M->scroll; /* where it is in the unscrolled mail */
        int lo = top + r.h - (v.y + v.h), hi = top - v.y;
        if (s < lo) s = lo;
        if (s > hi) s = hi; /* taller than the view: its top shows */
    }
    u->question.scroll = s < 0 ? 0 : s > M->scroll_max ? M->scroll_max : s;
    u->dirty = true;
}

bool ui_mockup_part_seen(const ui_mockup_layout *M, size_t i, const char **where)
{
    gfx_rect r = M->part[i], v = M->view;
    int top = v.y, bottom = v.y + v.h;
    /* 2 px of slack: a ring's edge on the panel's is in sight */
    if (r.x < v.x - 2 || r.x + r.w > v.x + v.w + 2)
        *where = "beside";
    else if (r.y + r.h > bottom + 2 || r.h > v.h + 4)
        *where = "below";
    else if (r.y < top - 2)
        *where = "above";
    else
        return true;
    return false;
}

void ui_mockup_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M)
{
    mockups[ui_question(u)->mockup].draw(u, m, M);
}

void ui_mockup_draw_flags(ui *u, const ui_mockup_layout *M)
{
    const game_question *q = ui_question(u);
    for (size_t i = 0; i < q->nparts; i++) {
        gfx_rect f = M->flag[i];
        bool seen = M->scroll_max ? f.y >= M->view.y && f.y + f.h <= M->view.y + M->view.h
                                  : M->part[i].y < M->panel.y + M->panel.h;
        if (seen) part_flag(u, M, i);
    }
}

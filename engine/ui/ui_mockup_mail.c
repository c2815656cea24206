/* ui_mockup_mail.c — the mail mock-up (its header rows, its body, links and attachments; it
 * scrolls when too long) and the SMS one (a phone, the sender at the top, bubbles). Their rows
 * of mockups[] in ui_mockup.c.
 */
#include "ui_mockup_draw.h"

#include <stdio.h>
#include <string.h>

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

const char *ui_part_note(const ui *u, const game_part *p)
{
    const char *t = game_text_get(&p->note, u->lang);
    return t[0] ? t : NULL;
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
        int x = x0 + (header ? label_w : 0), tw = w - (x - x0) - ui_mockup_flag_room(m, px);
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

void ui_mockup_mail_layout(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M)
{
    const game_question *q = ui_question(u);
    memset(M, 0, sizeof *M);
    int w = m->W - 2 * m->pad;
    M->panel = (gfx_rect){m->pad, top, w, bottom - top};
    int inner = w - 2 * m->gap;
    int room = M->panel.h - 2 * m->gap - m->small * 3 / 2; /* a status line at the bottom */
    int px = m->body;
    int floor_px = ui_mockup_floor(m);
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
    ui_mockup_flags_beside(m, q, M);
}

void ui_mockup_mail_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M)
{
    gfx *g = u->g;
    const game_question *q = ui_question(u);
    unsigned marks = ui_mockup_marks(u);
    gfx_color paper = {246, 248, 251, 255}, ink = {25, 32, 45, 255}, muted = {88, 98, 115, 255};
    gfx_color link = {20, 80, 200, 255};
    ui_draw_panel(g, m, M->panel, paper);
    ui_mockup_scroll_draw(u, m, M);
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

void ui_mockup_sms_layout(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M)
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
        if (px < ui_mockup_floor(m)) px = ui_mockup_floor(m);
        int y = top + px * 2 + m->gap * 2; /* under the sender's bar */
        bool wide = false;                 /* a word wider than its bubble */
        for (size_t i = 0; i < q->nparts; i++) {
            const game_part *p = &q->parts[i];
            if (p->kind == GAME_PART_SUBJECT) { /* the sender, in the bar, its flag beside */
                int fl = ui_mockup_flag_room(m, px);
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
        if ((y <= bottom - m->gap - need && !wide) || px == ui_mockup_floor(m)) break;
    }
    ui_mockup_flags_beside(m, q, M); /* a bubble leaves room at its right */
    M->status_y = M->panel.y + M->panel.h - m->small * 3 / 2;
}

void ui_mockup_sms_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M)
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
            ui_mockup_ring(u, m, i, r, screen);
            /* the sender is a clue: it shrinks to fit before it is cut */
            int spx = gfx_text_fit_line(g, t, GFX_FONT_BOLD, M->px, M->px * 3 / 4, r.w);
            gfx_text_ellipsize(g, t, GFX_FONT_BOLD, spx, r.w, buf, sizeof buf);
            gfx_text(g, buf, GFX_FONT_BOLD, spx, r.x + r.w / 2, r.y + r.h / 2 - spx * 6 / 10,
                     GFX_ALIGN_CENTER, ink);
        } else {
            ui_mockup_ring(u, m, i, r, screen);
            gfx_fill_rounded(g, r, m->radius, bubble);
            bool is_link = p->kind == GAME_PART_LINK;
            gfx_text_wrapped(g, t, is_link ? GFX_FONT_BOLD : GFX_FONT_REGULAR, M->px, r.x + m->gap,
                             r.y + m->gap / 2, r.w - 2 * m->gap, GFX_ALIGN_LEFT,
                             is_link ? link : ink);
        }
    }
}

/* ui_mockup_work.c — the mock-ups of the office: a workplace messenger's message (its title bar,
 * the channel, the sender's avatar, name and badge, the messages, link previews and files) and
 * a document on a desk (an invoice, a bank-details letter: letterhead, date, title, paragraphs,
 * the lines and their total, the IBAN in a box, the signature). Their rows of mockups[] in
 * ui_mockup.c. Each is placed at a text size, the largest that fits; at the smallest it
 * scrolls. The drawing places it again at the size chosen, for what is not a part.
 */
#include "ui_mockup_draw.h"

#include <string.h>

static const gfx_color ink = {25, 32, 45, 255}, muted = {88, 98, 115, 255};
static const gfx_color link_blue = {20, 80, 200, 255}, rule = {214, 219, 228, 255};

static int min_i(int a, int b)
{
    return a < b ? a : b;
}

/* ==== chat: a workplace messenger ========================================== */

/* What is not a part: the title bar's height, the avatar, the messages' column. */
typedef struct {
    int bar, av, tx;
    int rule_y; /* under the channel's row, 0 without one */
} chat_decor;

static int chat_place(ui *u, const ui_metrics *m, const game_question *q, int px,
                      ui_mockup_layout *M, chat_decor *D, bool *wide)
{
    gfx *g = u->g;
    gfx_rect P = M->panel;
    int fl = ui_mockup_flag_room(m, px), lh = px * 6 / 5, dpx = px * 4 / 5;
    int x0 = P.x + m->gap, right = P.x + P.w - m->gap - fl; /* a part ends there */
    D->bar = px * 2;
    D->av = px * 2 + m->gap / 2;
    D->tx = x0 + D->av + m->gap;
    D->rule_y = 0;
    int tw = right - D->tx + m->gap / 2; /* a message's rectangle, its text m->gap narrower */
    int y = P.y + D->bar + m->gap / 2;
    *wide = false;
    gfx_rect sender = {0, 0, 0, 0}, chip = {0, 0, 0, 0}; /* chip: the last file's */
    for (size_t i = 0; i < q->nparts; i++) {
        const game_part *p = &q->parts[i];
        const char *t = game_text_get(&p->text, u->lang);
        gfx_rect *r = &M->part[i];
        switch (p->kind) {
        case GAME_PART_CHANNEL: { /* its row under the bar, a rule under it */
            int icon = t[0] == '#' ? 0 : px;
            int w = icon + ui_mockup_text_w(g, t, GFX_FONT_BOLD, px) + m->gap;
            *wide |= icon + ui_mockup_text_w(g, t, GFX_FONT_BOLD, px * 3 / 4) + m->gap > right - x0;
            *r = (gfx_rect){x0, y, min_i(w, right - x0), px * 3 / 2};
            y += r->h + m->gap / 2;
            D->rule_y = y;
            y += m->gap / 2;
            break;
        }
        case GAME_PART_SENDER: { /* the name, its badge beside it */
            int w = ui_mockup_text_w(g, t, GFX_FONT_BOLD, px) + m->gap;
            if (ui_part_note(u, p))
                w += ui_mockup_text_w(g, ui_part_note(u, p), GFX_FONT_BOLD, dpx) + m->gap * 3 / 2;
            *wide |= w * 3 / 4 > right - D->tx;
            *r = (gfx_rect){D->tx - m->gap / 2, y, min_i(w, right - D->tx + m->gap / 2),
                            lh + m->gap / 4};
            sender = *r;
            y += r->h + m->gap / 4;
            break;
        }
        case GAME_PART_DATE: { /* beside the sender, else on its own row */
            int w = ui_mockup_text_w(g, t, GFX_FONT_REGULAR, dpx) + m->gap / 2;
            if (sender.w && sender.x + sender.w + fl + 8 + w <= right) { /* 8: off its flag */
                *r = (gfx_rect){sender.x + sender.w + fl + 8, sender.y, w, sender.h};
            } else {
                *r = (gfx_rect){D->tx - m->gap / 2, y, min_i(w, tw), lh};
                *wide |= w * 3 / 4 > tw;
                y += r->h + m->gap / 4;
            }
            break;
        }
        case GAME_PART_LINK: { /* a preview card */
            *r = (gfx_rect){D->tx - m->gap / 2, y + m->gap / 4, tw, px * 2 + m->gap / 2};
            *wide |= ui_mockup_text_w(g, t, GFX_FONT_BOLD, px * 3 / 4) > tw - 2 * m->gap;
            y = r->y + r->h + m->gap / 2;
            break;
        }
        case GAME_PART_ATTACHMENT: { /* a file's chip, beside the one before if it fits */
            int w = min_i(ui_mockup_text_w(g, t, GFX_FONT_BOLD, px) + px * 2, tw);
            *wide |= ui_mockup_text_w(g, t, GFX_FONT_BOLD, px * 3 / 4) + px * 2 > tw;
            if (chip.w && chip.x + chip.w + fl + 8 + w <= right)
                *r = (gfx_rect){chip.x + chip.w + fl + 8, chip.y, w, chip.h};
            else
                *r = (gfx_rect){D->tx - m->gap / 2, y + m->gap / 4, w, lh + m->gap / 2};
            chip = *r;
            y = r->y + r->h + m->gap / 2;
            break;
        }
        default: { /* a message, under the name */
            int used = 0;
            int h = gfx_text_wrapped_height(g, t, GFX_FONT_REGULAR, px, tw - m->gap, &used);
            *wide |= used > tw - m->gap;
            *r = (gfx_rect){D->tx - m->gap / 2, y, tw, h + m->gap / 4};
            y += r->h + m->gap / 4;
        }
        }
    }
    return y + m->gap / 2;
}

void ui_mockup_chat_layout(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M)
{
    const game_question *q = ui_question(u);
    memset(M, 0, sizeof *M);
    int w = m->W - 2 * m->pad;
    if (!u->mockup_phone && w > m->H * 3 / 2) w = m->H * 3 / 2; /* a window, not a banner */
    M->panel = (gfx_rect){m->W / 2 - w / 2, top, w, bottom - top};
    /* a link's real target shows at the foot (none on a phone) */
    bool links = false;
    for (size_t i = 0; i < q->nparts; i++) links |= q->parts[i].kind == GAME_PART_LINK;
    int foot = links && !u->mockup_phone ? ui_mockup_reveal_room(u, m, w - 2 * m->gap) : 0;
    foot = foot > m->gap / 2 ? foot - m->gap / 2 : 0; /* low has a margin already */
    chat_decor D;
    int low = 0;
    for (int px = m->body;; px -= 2) {
        if (px < ui_mockup_floor(m)) px = ui_mockup_floor(m);
        bool wide;
        low = chat_place(u, m, q, px, M, &D, &wide);
        M->px = px;
        /* the foot kept free for a link's box: over a part, it could hide a clue */
        if ((low <= bottom - foot && !wide) || px == ui_mockup_floor(m)) break;
    }
    ui_mockup_scroll_fit(u, m, q, M, M->panel.y + D.bar, low);
    ui_mockup_flags_beside(m, q, M);
}

/* The workspace's name in the title bar: the level's, else a messenger's. */
static const char *chat_app(ui *u, const game_question *q)
{
    const char *app = game_text_get(&q->mockup_app, u->lang);
    return app[0] ? app : ui_str(u, "mock.chat_app");
}

/* A person: a head and shoulders, s high, at (x, y). */
static void person_icon(gfx *g, int x, int y, int s, gfx_color c, gfx_color bg)
{
    gfx_fill_circle(g, x + s / 2, y + s * 3 / 10, s * 11 / 50, c);
    gfx_fill_rounded(g, (gfx_rect){x + s / 8, y + s * 11 / 20, s * 3 / 4, s * 2 / 5}, s / 5, c);
    gfx_fill_rect(g, (gfx_rect){x, y + s * 19 / 20, s, s / 5}, bg);
}

/* A sheet with a folded corner, s high, at (x, y): a file. */
static void file_icon(gfx *g, int x, int y, int s, gfx_color c, gfx_color bg)
{
    int w = s * 3 / 4;
    gfx_fill_rect(g, (gfx_rect){x, y, w, s}, c);
    gfx_fill_rect(g, (gfx_rect){x + 2, y + 2, w - 4, s - 4}, bg);
    gfx_fill_triangle(g, (float)(x + w - s / 3), (float)y, (float)(x + w), (float)y, (float)(x + w),
                      (float)(y + s / 3), c);
    for (int k = 0; k < 3; k++)
        gfx_fill_rect(g, (gfx_rect){x + w / 5, y + s * (4 + 2 * k) / 10, w * 3 / 5, 2}, c);
}

void ui_mockup_chat_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M)
{
    gfx *g = u->g;
    const game_question *q = ui_question(u);
    gfx_color page = {255, 255, 255, 255}, bar_c = {58, 36, 92, 255}, soft = {240, 242, 246, 255};
    gfx_rect P = M->panel;
    ui_mockup_layout tmp = *M;
    chat_decor D;
    bool wide;
    chat_place(u, m, q, M->px, &tmp, &D, &wide); /* what is not a part */
    int px = M->px, dpx = px * 4 / 5;
    ui_draw_panel(g, m, P, page);
    /* the window's title bar: three dots and the workspace's name */
    gfx_fill_rounded(g, (gfx_rect){P.x, P.y, P.w, D.bar}, m->radius, bar_c);
    gfx_fill_rect(g, (gfx_rect){P.x, P.y + D.bar - m->radius, P.w, m->radius}, bar_c);
    int dot = px / 3;
    for (int k = 0; k < 3; k++)
        gfx_fill_circle(g, P.x + m->gap + dot + k * dot * 3, P.y + D.bar / 2, dot,
                        (gfx_color){255, 255, 255, 90});
    const char *app = chat_app(u, q);
    ui_mockup_text_line(g, app, GFX_FONT_BOLD, px * 9 / 10, P.x + m->gap + dot * 9,
                        P.y + D.bar / 2 - px / 2, P.w - 2 * m->gap - dot * 9, GFX_ALIGN_LEFT,
                        (gfx_color){255, 255, 255, 255});
    ui_mockup_scroll_draw(u, m, M);
    int dy = -M->scroll;
    if (D.rule_y) gfx_fill_rect(g, (gfx_rect){P.x, D.rule_y + dy, P.w, 1}, rule);
    char buf[400];
    for (size_t i = 0; i < q->nparts; i++) {
        const game_part *p = &q->parts[i];
        gfx_rect r = M->part[i];
        if (M->scroll_max && (r.y >= M->view.y + M->view.h || r.y + r.h <= M->view.y))
            continue; /* scrolled out of view */
        const char *t = game_text_get(&p->text, u->lang);
        ui_mockup_ring(u, m, i, r, page);
        int ty = r.y + (r.h - px * 6 / 5) / 2;
        switch (p->kind) {
        case GAME_PART_CHANNEL: {
            int x = r.x + m->gap / 2;
            if (t[0] != '#') {
                person_icon(g, x, r.y + (r.h - px) / 2, px, muted, page);
                x += px + m->gap / 4;
            }
            ui_mockup_text_line(g, t, GFX_FONT_BOLD, px, x, ty, r.x + r.w - x - m->gap / 2,
                                GFX_ALIGN_LEFT, ink);
            break;
        }
        case GAME_PART_SENDER: {
            ui_mockup_avatar(g, t, D.tx - m->gap - D.av / 2, r.y + D.av / 2, D.av);
            int bw = ui_part_note(u, p)
                         ? ui_mockup_text_w(g, ui_part_note(u, p), GFX_FONT_BOLD, dpx) + m->gap
                         : 0;
            int room = r.w - m->gap - (bw ? bw + m->gap / 2 : 0);
            int npx = gfx_text_fit_line(g, t, GFX_FONT_BOLD, px, px * 3 / 4, room);
            gfx_text_ellipsize(g, t, GFX_FONT_BOLD, npx, room, buf, sizeof buf);
            int nw = gfx_text(g, buf, GFX_FONT_BOLD, npx, r.x + m->gap / 2,
                              r.y + (r.h - npx * 6 / 5) / 2, GFX_ALIGN_LEFT, ink);
            if (bw) { /* the badge: "External", on amber */
                gfx_rect b = {r.x + m->gap + nw, r.y + (r.h - dpx * 13 / 10) / 2, bw,
                              dpx * 13 / 10};
                gfx_fill_rounded(g, b, b.h / 3, (gfx_color){255, 228, 181, 255});
                ui_mockup_text_line(g, ui_part_note(u, p), GFX_FONT_BOLD, dpx, b.x,
                                    b.y + (b.h - dpx * 6 / 5) / 2, b.w, GFX_ALIGN_CENTER,
                                    (gfx_color){140, 70, 0, 255});
            }
            break;
        }
        case GAME_PART_DATE:
            ui_mockup_text_line(g, t, GFX_FONT_REGULAR, dpx, r.x + m->gap / 4,
                                r.y + (r.h - dpx * 6 / 5) / 2, r.w - m->gap / 2, GFX_ALIGN_LEFT,
                                muted);
            break;
        case GAME_PART_LINK: {
            gfx_rect box = {r.x + 2, r.y + 2, r.w - 4, r.h - 4};
            gfx_fill_rounded(g, box, m->radius / 2, soft);
            gfx_fill_rect(g, (gfx_rect){box.x, box.y, 5, box.h}, link_blue);
            ui_mockup_text_line(g, t, GFX_FONT_BOLD, px, box.x + m->gap,
                                box.y + (box.h - px * 6 / 5) / 2, box.w - 2 * m->gap,
                                GFX_ALIGN_LEFT, link_blue);
            break;
        }
        case GAME_PART_ATTACHMENT: {
            gfx_rect chip = {r.x + 2, r.y + 2, r.w - 4, r.h - 4};
            gfx_fill_rounded(g, chip, m->radius / 2, (gfx_color){226, 231, 240, 255});
            file_icon(g, chip.x + px / 3, chip.y + (chip.h - px) / 2, px, muted,
                      (gfx_color){226, 231, 240, 255});
            ui_mockup_text_line(g, t, GFX_FONT_BOLD, px, chip.x + px * 3 / 2,
                                chip.y + (chip.h - px * 6 / 5) / 2,
                                chip.w - px * 3 / 2 - m->gap / 2, GFX_ALIGN_LEFT, ink);
            break;
        }
        default:
            gfx_text_wrapped(g, t, GFX_FONT_REGULAR, px, r.x + m->gap / 2, r.y + m->gap / 8,
                             r.w - m->gap, GFX_ALIGN_LEFT, ink);
        }
    }
}

/* ==== document: a sheet of paper on a desk ================================ */

typedef struct {
    gfx_rect paper;
    int mg; /* the paper's margin */
} doc_decor;

/* Sizes of a document's texts at px. */
static int doc_head_px(int px)
{
    return px * 11 / 10;
}

static int doc_small_px(int px)
{
    return (px * 4 / 5) & ~1;
}

static int doc_place(ui *u, const ui_metrics *m, const game_question *q, int px,
                     ui_mockup_layout *M, doc_decor *D, bool *wide)
{
    gfx *g = u->g;
    gfx_rect P = M->panel;
    int fl = ui_mockup_flag_room(m, px), lh = px * 6 / 5, spx = doc_small_px(px);
    int pw = u->mockup_phone ? P.w - m->gap : min_i(P.w * 92 / 100, m->H * 8 / 5);
    D->paper = (gfx_rect){P.x + (P.w - pw) / 2, P.y + m->gap / 4, pw, P.h - m->gap / 2};
    D->mg = m->gap;
    int x0 = D->paper.x + D->mg, inner = pw - 2 * D->mg, right = x0 + inner - fl;
    int y = D->paper.y + D->mg;
    *wide = false;
    gfx_rect head = {x0, y, 0, 0}, iban = {0, 0, 0, 0};
    bool table = false; /* the lines have begun */
    for (size_t i = 0; i < q->nparts; i++) {
        const game_part *p = &q->parts[i];
        const char *t = game_text_get(&p->text, u->lang);
        gfx_rect *r = &M->part[i];
        int used = 0;
        if (p->kind != GAME_PART_LINE && p->kind != GAME_PART_DATE && table) {
            table = false;
            y += m->gap / 4;
        }
        switch (p->kind) {
        case GAME_PART_LETTERHEAD: { /* top left: the name, its address under it */
            int w = ui_mockup_text_w(g, t, GFX_FONT_BOLD, doc_head_px(px));
            if (ui_part_note(u, p) &&
                ui_mockup_text_w(g, ui_part_note(u, p), GFX_FONT_REGULAR, spx) > w)
                w = ui_mockup_text_w(g, ui_part_note(u, p), GFX_FONT_REGULAR, spx);
            /* beside the date if both fit on the row, else all the row's width */
            int date_w = 0;
            for (size_t k = 0; k < q->nparts; k++)
                if (q->parts[k].kind == GAME_PART_DATE)
                    date_w = ui_mockup_text_w(g, game_text_get(&q->parts[k].text, u->lang),
                                              GFX_FONT_REGULAR, spx) +
                             m->gap + fl + 8;
            w += m->gap;
            if (w + date_w > right - x0) { /* wrapped beside the date, else the date under it */
                w = right - x0 - date_w;
                if (w < (right - x0) / 2) w = right - x0;
            }
            int h =
                gfx_text_wrapped_height(g, t, GFX_FONT_BOLD, doc_head_px(px), w - m->gap, &used);
            *wide |= used > w - m->gap;
            if (ui_part_note(u, p))
                h += gfx_text_wrapped_height(g, ui_part_note(u, p), GFX_FONT_REGULAR, spx,
                                             w - m->gap, NULL);
            *r = (gfx_rect){x0, y, w, h + m->gap / 4};
            head = *r;
            y += r->h;
            /* the date: top right, level with it, else under it */
            for (size_t k = 0; k < q->nparts; k++) {
                if (q->parts[k].kind != GAME_PART_DATE) continue;
                const char *d = game_text_get(&q->parts[k].text, u->lang);
                int dw = ui_mockup_text_w(g, d, GFX_FONT_REGULAR, spx) + m->gap;
                *wide |= dw > right - x0;
                dw = min_i(dw, right - x0);
                if (right - dw >= head.x + head.w + fl + 8) { /* 8: off its flag */
                    M->part[k] = (gfx_rect){right - dw, head.y, dw, lh};
                } else {
                    M->part[k] = (gfx_rect){right - dw, y, dw, lh};
                    y += lh;
                }
            }
            break;
        }
        case GAME_PART_DATE:
            if (!head.w) { /* no letterhead before it: on its own row, at the right */
                int w = min_i(ui_mockup_text_w(g, t, GFX_FONT_REGULAR, spx) + m->gap, right - x0);
                *r = (gfx_rect){right - w, y, w, lh};
                y += r->h;
            }
            break; /* else placed with the letterhead */
        case GAME_PART_TITLE: {
            y += m->gap / 4;
            int h = gfx_text_wrapped_height(g, t, GFX_FONT_BOLD, px * 5 / 4, right - x0 - m->gap,
                                            &used);
            *wide |= used > right - x0 - m->gap;
            *r = (gfx_rect){x0, y, right - x0, h + m->gap / 4};
            y += r->h + m->gap / 2;
            break;
        }
        case GAME_PART_LINE: {           /* a row: the label, its amount at the right */
            if (!table) y += m->gap / 2; /* the table's top rule */
            table = true;
            int aw = ui_part_note(u, p)
                         ? ui_mockup_text_w(g, ui_part_note(u, p), GFX_FONT_REGULAR, px) + m->gap
                         : 0;
            int h = gfx_text_wrapped_height(g, t, GFX_FONT_REGULAR, px, right - x0 - m->gap - aw,
                                            &used);
            *wide |= used > right - x0 - m->gap - aw || aw > (right - x0) / 2;
            *r = (gfx_rect){x0, y, right - x0, h + m->gap / 4};
            y += r->h;
            break;
        }
        case GAME_PART_TOTAL: { /* under the amounts, bold */
            int w = ui_mockup_text_w(g, t, GFX_FONT_BOLD, px) + m->gap;
            *wide |= w > right - x0;
            w = min_i(w < (right - x0) / 3 ? (right - x0) / 3 : w, right - x0);
            *r = (gfx_rect){right - w, y + m->gap / 4, w, lh + m->gap / 4};
            y = r->y + r->h + m->gap / 4;
            break;
        }
        case GAME_PART_IBAN: { /* in a frame; the signature beside it when both fit */
            y += m->gap / 4;
            int iw = ui_mockup_text_w(g, t, GFX_FONT_BOLD, px) + 2 * m->gap, w = right - x0;
            const game_part *n = i + 1 < q->nparts ? &q->parts[i + 1] : NULL;
            if (n && n->kind == GAME_PART_SIGNATURE &&
                iw + fl + 8 +
                        ui_mockup_text_w(g, game_text_get(&n->text, u->lang), GFX_FONT_REGULAR,
                                         px) +
                        m->gap * 2 <=
                    right - x0)
                w = iw;
            int h = gfx_text_wrapped_height(g, t, GFX_FONT_BOLD, px, w - 2 * m->gap, &used);
            *wide |= used > w - 2 * m->gap;
            *r = (gfx_rect){x0, y, w, h + m->gap * 3 / 4};
            iban = *r;
            y += r->h;
            break;
        }
        case GAME_PART_SIGNATURE: { /* bottom right, under a stroke of the pen */
            int w = min_i(ui_mockup_text_w(g, t, GFX_FONT_REGULAR, px) + m->gap, right - x0);
            int h = gfx_text_wrapped_height(g, t, GFX_FONT_REGULAR, px, w - m->gap, &used);
            *wide |= used > w - m->gap;
            bool beside = iban.w && iban.y + iban.h == y && iban.x + iban.w + fl + 8 <= right - w;
            int top = (beside ? iban.y : y) + px / 2;
            *r = (gfx_rect){right - w, top, w, h + m->gap / 4};
            if (r->y + r->h > y) y = r->y + r->h;
            break;
        }
        default: { /* a paragraph */
            y += m->gap / 4;
            int h = gfx_text_wrapped_height(g, t, GFX_FONT_REGULAR, px, right - x0 - m->gap, &used);
            *wide |= used > right - x0 - m->gap;
            *r = (gfx_rect){x0, y, right - x0, h + m->gap / 4};
            y += r->h;
        }
        }
    }
    return y + D->mg;
}

void ui_mockup_document_layout(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M)
{
    const game_question *q = ui_question(u);
    memset(M, 0, sizeof *M);
    int w = m->W - 2 * m->pad;
    M->panel = (gfx_rect){m->pad, top, w, bottom - top};
    doc_decor D;
    int low = 0;
    for (int px = m->body;; px -= 2) {
        if (px < ui_mockup_floor(m)) px = ui_mockup_floor(m);
        bool wide;
        low = doc_place(u, m, q, px, M, &D, &wide);
        M->px = px;
        if ((low <= bottom && !wide) || px == ui_mockup_floor(m)) break;
    }
    ui_mockup_scroll_fit(u, m, q, M, D.paper.y, low);
    ui_mockup_flags_beside(m, q, M);
}

void ui_mockup_document_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M)
{
    gfx *g = u->g;
    const game_question *q = ui_question(u);
    gfx_color paper = {255, 255, 255, 255}, desk = {186, 192, 202, 255};
    gfx_color head_c = {22, 50, 110, 255}, frame = {96, 108, 128, 255};
    ui_mockup_layout tmp = *M;
    doc_decor D;
    bool wide;
    doc_place(u, m, q, M->px, &tmp, &D, &wide);
    int px = M->px, spx = doc_small_px(px);
    ui_draw_panel(g, m, M->panel, desk);
    gfx_rect sh = {D.paper.x + 5, D.paper.y + 5, D.paper.w, D.paper.h};
    gfx_fill_rect(g, sh, (gfx_color){140, 146, 158, 255}); /* its shadow */
    gfx_fill_rect(g, D.paper, paper);
    ui_mockup_scroll_draw(u, m, M);
    bool table = false;
    for (size_t i = 0; i < q->nparts; i++) {
        const game_part *p = &q->parts[i];
        gfx_rect r = M->part[i];
        bool shown = !M->scroll_max || (r.y < M->view.y + M->view.h && r.y + r.h > M->view.y);
        const char *t = game_text_get(&p->text, u->lang);
        if (p->kind == GAME_PART_LINE && !table && shown) /* the table's top rule */
            gfx_fill_rect(g, (gfx_rect){r.x, r.y - m->gap / 4, r.w, 2}, ink);
        table = p->kind == GAME_PART_LINE || (table && p->kind == GAME_PART_DATE);
        if (!shown) continue;
        ui_mockup_ring(u, m, i, r, paper);
        int x = r.x + m->gap / 2, w = r.w - m->gap;
        switch (p->kind) {
        case GAME_PART_LETTERHEAD: {
            int h = gfx_text_wrapped(g, t, GFX_FONT_BOLD, doc_head_px(px), x, r.y + m->gap / 4, w,
                                     GFX_ALIGN_LEFT, head_c);
            if (ui_part_note(u, p))
                gfx_text_wrapped(g, ui_part_note(u, p), GFX_FONT_REGULAR, spx, x,
                                 r.y + m->gap / 4 + h, w, GFX_ALIGN_LEFT, muted);
            break;
        }
        case GAME_PART_DATE:
            ui_mockup_text_line(g, t, GFX_FONT_REGULAR, spx, x, r.y + (r.h - spx * 6 / 5) / 2, w,
                                GFX_ALIGN_RIGHT, ink);
            break;
        case GAME_PART_TITLE:
            gfx_text_wrapped(g, t, GFX_FONT_BOLD, px * 5 / 4, x, r.y + m->gap / 8, w,
                             GFX_ALIGN_LEFT, ink);
            break;
        case GAME_PART_LINE: {
            int aw = ui_part_note(u, p)
                         ? ui_mockup_text_w(g, ui_part_note(u, p), GFX_FONT_REGULAR, px) + m->gap
                         : 0;
            gfx_text_wrapped(g, t, GFX_FONT_REGULAR, px, x, r.y + m->gap / 4, w - aw,
                             GFX_ALIGN_LEFT, ink);
            if (ui_part_note(u, p))
                gfx_text(g, ui_part_note(u, p), GFX_FONT_REGULAR, px, x + w, r.y + m->gap / 4,
                         GFX_ALIGN_RIGHT, ink);
            gfx_fill_rect(g, (gfx_rect){r.x, r.y + r.h - 1, r.w, 1}, rule);
            break;
        }
        case GAME_PART_TOTAL:
            gfx_fill_rect(g, (gfx_rect){r.x, r.y, r.w, 2}, ink);
            ui_mockup_text_line(g, t, GFX_FONT_BOLD, px, x, r.y + (r.h - px * 6 / 5) / 2 + 1, w,
                                GFX_ALIGN_RIGHT, ink);
            break;
        case GAME_PART_IBAN: {
            gfx_rect b = {r.x + 3, r.y + 3, r.w - 6, r.h - 6};
            gfx_fill_rect(g, b, frame);
            gfx_fill_rect(g, (gfx_rect){b.x + 2, b.y + 2, b.w - 4, b.h - 4},
                          (gfx_color){246, 248, 252, 255});
            gfx_text_wrapped(g, t, GFX_FONT_BOLD, px, r.x + m->gap, r.y + m->gap * 3 / 8,
                             r.w - 2 * m->gap, GFX_ALIGN_LEFT, ink);
            break;
        }
        case GAME_PART_SIGNATURE: { /* a stroke of the pen over the name */
            float sx = (float)(r.x + m->gap / 2), sy = (float)(r.y - px / 4);
            float sw = (float)(r.w - m->gap) / 4.0f;
            for (int k = 0; k < 4; k++)
                gfx_line(g, sx + sw * (float)k, sy + (float)(k % 2 ? px / 7 : -px / 7),
                         sx + sw * (float)(k + 1), sy + (float)(k % 2 ? -px / 7 : px / 7), 2.0f,
                         head_c);
            gfx_text_wrapped(g, t, GFX_FONT_REGULAR, px, x, r.y + m->gap / 8, w, GFX_ALIGN_RIGHT,
                             ink);
            break;
        }
        default:
            gfx_text_wrapped(g, t, GFX_FONT_REGULAR, px, x, r.y + m->gap / 8, w, GFX_ALIGN_LEFT,
                             ink);
        }
    }
}

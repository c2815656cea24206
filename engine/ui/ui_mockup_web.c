/* ui_mockup_web.c — the mock-ups of the web: a browser page with its login form, a
 * social-network post, spots on a picture. Their rows of mockups[] in ui_mockup.c.
 */
#include "ui_mockup_draw.h"

#include <string.h>

/* ---- browser: the address bar, the page, its login form ---- */

void ui_mockup_browser_layout(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M)
{
    const game_question *q = ui_question(u);
    memset(M, 0, sizeof *M);
    int w = m->W - 2 * m->pad;
    M->panel = (gfx_rect){m->pad, top, w, bottom - top};
    for (int px = m->body;; px -= 2) {
        if (px < ui_mockup_floor(m)) px = ui_mockup_floor(m);
        int bar = px * 2;
        int y = top + bar + m->gap * 2;
        int fw = w * 6 / 10;
        int fl = ui_mockup_flag_room(m, px);
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
        if ((y <= bottom - m->gap && !wide) || px == ui_mockup_floor(m)) break;
    }
    ui_mockup_flags_beside(m, q, M);
}

void ui_mockup_browser_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M)
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
            ui_mockup_ring(u, m, i, r, chrome);
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
            ui_mockup_ring(u, m, i, r, page);
            gfx_text_wrapped(g, t, GFX_FONT_BOLD, M->px * 5 / 4, r.x + m->gap, r.y,
                             r.w - 2 * m->gap, GFX_ALIGN_LEFT, ink);
            break;
        case GAME_PART_FIELD:
            ui_mockup_ring(u, m, i, r, page);
            gfx_fill_rounded(g, r, m->radius / 2, (gfx_color){190, 198, 210, 255});
            gfx_fill_rounded(g, (gfx_rect){r.x + 2, r.y + 2, r.w - 4, r.h - 4}, m->radius / 2,
                             (gfx_color){255, 255, 255, 255});
            gfx_text(g, t, GFX_FONT_REGULAR, M->px, r.x + m->gap, r.y + (r.h - M->px * 6 / 5) / 2,
                     GFX_ALIGN_LEFT, muted);
            break;
        case GAME_PART_BUTTON:
            ui_mockup_ring(u, m, i, r, page);
            gfx_fill_rounded(g, r, m->radius / 2, (gfx_color){20, 80, 200, 255});
            gfx_text(g, t, GFX_FONT_BOLD, M->px, r.x + r.w / 2, r.y + (r.h - M->px * 6 / 5) / 2,
                     GFX_ALIGN_CENTER, (gfx_color){255, 255, 255, 255});
            break;
        default:
            ui_mockup_ring(u, m, i, r, page);
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

void ui_mockup_post_layout(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M)
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
        if (px < ui_mockup_floor(m)) px = ui_mockup_floor(m);
        int cpx = post_comment_px(px), av = cpx * 3 / 2;
        int y = top + m->gap;
        int hh = post_header_h(px);
        int fl = ui_mockup_flag_room(m, px);
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
        if ((y <= limit && !wide) || px == ui_mockup_floor(m)) break;
    }
    ui_mockup_flags_beside(m, q, M);
    M->status_y = M->panel.y + M->panel.h - m->small * 3 / 2;
}

void ui_mockup_post_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M)
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
        ui_mockup_ring(u, m, i, r, paper);
        switch (p->kind) {
        case GAME_PART_AUTHOR: {
            int d = r.h - m->gap / 2;
            ui_mockup_avatar(g, t, r.x + d / 2 + m->gap / 4, r.y + r.h / 2, d);
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
            ui_mockup_avatar(g, who, r.x - m->gap / 2 - av / 2, r.y + av / 2 + m->gap / 4, av);
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

void ui_mockup_spots_layout(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M)
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
        gfx_rect f = ui_mockup_flag_beside(m, r, M->px);
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

void ui_mockup_spots_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M)
{
    gfx *g = u->g;
    const game_question *q = ui_question(u);
    unsigned marks = ui_mockup_marks(u);
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

/* ui_mockup_reveal.c — a link's real target, shown as an app shows it on hover or long press:
 * which link (under the pointer, in focus, or marked) and where its box goes (the panel's foot,
 * else under or over the link, on screen). Used by the mock-ups (ui_mockup.c); reads only.
 */
#include "ui_mockup.h"

#include <stdio.h>
#include <string.h>

/* ==== a link's real target ================================================= */

/* Do a and b share a pixel? */
static bool rects_meet(gfx_rect a, gfx_rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/* The height of the box that shows text at width w, and its size in *px: from small down to
 * 3/4 of it, so that it takes two lines at most (a URL breaks only after a "/"). */
static int reveal_height(ui *u, const ui_metrics *m, const char *text, int w, int *px)
{
    int inner = w - 2 * m->gap;
    *px = gfx_text_fit(u->g, text, GFX_FONT_REGULAR, m->small, m->small * 3 / 4, inner,
                       m->small * 12 / 5);
    return gfx_text_wrapped_height(u->g, text, GFX_FONT_REGULAR, *px, inner, NULL) + m->gap / 2;
}

int ui_mockup_reveal_room(ui *u, const ui_metrics *m, int w)
{
    const game_question *q = ui_question(u);
    int room = 0, px;
    char text[400];
    for (size_t i = 0; i < q->nparts; i++) {
        if (q->parts[i].kind != GAME_PART_LINK || !q->parts[i].extra) continue;
        ui_fmt(u, text, sizeof text, "mail.link_to", q->parts[i].extra, NULL, NULL);
        int h = reveal_height(u, m, text, w, &px) + m->gap * 2;
        if (h > room) room = h;
    }
    return room;
}

void ui_mockup_reveal_place(ui *u, const ui_metrics *m, const ui_mockup_layout *M,
                            ui_mockup_reveal *R)
{
    const game_question *q = ui_question(u);
    unsigned marks = game_session_draft(u->session)->chosen;
    int hovered = -1, focused = -1, marked = -1;
    R->part = -1;
    for (size_t i = 0; i < q->nparts; i++) {
        if (q->parts[i].kind != GAME_PART_LINK || !q->parts[i].extra) continue;
        if (hovered < 0 && ui_hovering(u, M->part[i])) hovered = (int)i;
        if (u->focus == (int)i) focused = (int)i;
        if (marked < 0 && ((marks >> i) & 1u)) marked = (int)i;
    }
    int i = hovered >= 0 ? hovered : focused >= 0 ? focused : marked;
    if (i < 0) return;
    ui_fmt(u, R->text, sizeof R->text, "mail.link_to", q->parts[i].extra, NULL, NULL);
    int w = M->panel.w - 2 * m->gap;
    if (w > m->W) w = m->W;
    int h = reveal_height(u, m, R->text, w, &R->px);
    int x = M->panel.x + m->gap;
    if (x + w > m->W) x = m->W - w;
    if (x < 0) x = 0;
    gfx_rect link = M->part[i];
    link = (gfx_rect){link.x - 4, link.y - 4, link.w + 8, link.h + 8}; /* with its ring */
    /* At the panel's foot, kept free for it; else under the link, else over it. A place
     * over other parts is taken only when none is free; never one over the link. */
    int ys[3] = {M->panel.y + M->panel.h - h - m->gap / 2, link.y + link.h + m->gap / 4,
                 link.y - m->gap / 4 - h};
    for (int pass = 0; pass < 2; pass++)
        for (int k = 0; k < 3; k++) {
            gfx_rect b = {x, ys[k], w, h};
            if (b.y < 0 || b.y + b.h > m->H || rects_meet(b, link)) continue;
            bool clear = true;
            for (size_t j = 0; j < q->nparts && pass == 0; j++)
                if (rects_meet(b, M->part[j])) clear = false;
            if (!clear) continue;
            R->part = i;
            R->box = b;
            return;
        }
    /* No room anywhere: under the link, on screen, even over it. */
    int y = link.y + link.h > m->H - h ? m->H - h : link.y + link.h;
    R->part = i;
    R->box = (gfx_rect){x, y < 0 ? 0 : y, w, h};
}

void ui_mockup_reveal_draw(ui *u, const ui_metrics *m, const ui_mockup_reveal *R)
{
    if (R->part < 0) return;
    /* a light rim: the box stands apart from a phone's dark frame */
    gfx_rect b = R->box;
    gfx_fill_rounded(u->g, (gfx_rect){b.x - 2, b.y - 2, b.w + 4, b.h + 4}, m->radius / 2 + 2,
                     (gfx_color){200, 205, 215, 255});
    gfx_fill_rounded(u->g, b, m->radius / 2, (gfx_color){24, 30, 44, 255});
    gfx_text_wrapped(u->g, R->text, GFX_FONT_REGULAR, R->px, R->box.x + m->gap,
                     R->box.y + m->gap / 4, R->box.w - 2 * m->gap, GFX_ALIGN_LEFT,
                     (gfx_color){255, 255, 255, 255});
}

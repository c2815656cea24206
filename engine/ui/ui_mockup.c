/* ui_mockup.c — the mock-ups a hotspot question shows, laid out from data like the app they
 * imitate: a mail, an SMS on a phone, a browser page with its form, a social-network post,
 * spots on a picture, a workplace chat, a document, a call, a phone notification. One row per
 * mock-up type in mockups[] (checked against game_mockup); each part is a rectangle the player
 * may mark. Here: what the mock-ups share (the marks, the flags, an avatar) and the table; each
 * mock-up in its family's file (ui_mockup_mail.c, ui_mockup_web.c, ui_mockup_work.c,
 * ui_mockup_phone.c). Reads the question and the marks only.
 */
#include "ui_mockup_draw.h"

#include <stdio.h>
#include <string.h>

/* ==== a marked part's flag ================================================ */

/* The parts the player marked: none on the live classroom's projector, which has no session. */
unsigned ui_mockup_marks(const ui *u)
{
    return u->session ? game_session_draft(u->session)->chosen : 0u;
}

/* The "!" goes beside its part, never on it: each mock-up keeps this much room at the right
 * of the parts that span its width. */
int ui_mockup_flag_room(const ui_metrics *m, int px)
{
    return px + m->gap;
}

/* A mock-up's text, smallest: a little under small, as the flags' column narrows its parts. */
int ui_mockup_floor(const ui_metrics *m)
{
    return m->small * 7 / 8;
}

/* The flag of px beside r, off its ring: level with a short part, at the top of a tall one. */
gfx_rect ui_mockup_flag_beside(const ui_metrics *m, gfx_rect r, int px)
{
    int y = r.h < px * 2 ? r.y + (r.h - px) / 2 : r.y + m->gap / 4;
    return (gfx_rect){r.x + r.w + m->gap / 2 + 4, y, px, px};
}

void ui_mockup_flags_beside(const ui_metrics *m, const game_question *q, ui_mockup_layout *M)
{
    for (size_t i = 0; i < q->nparts; i++) M->flag[i] = ui_mockup_flag_beside(m, M->part[i], M->px);
}

/* The mark of a part: a ring (marked, focused or under the pointer) and, once marked, a
 * flag in its corner. */
void ui_mockup_ring(ui *u, const ui_metrics *m, size_t i, gfx_rect r, gfx_color bg)
{
    gfx *g = u->g;
    unsigned marks = ui_mockup_marks(u);
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
    if (!((ui_mockup_marks(u) >> i) & 1u)) return;
    gfx_rect f = M->flag[i];
    int d = f.w;
    gfx_fill_circle(u->g, f.x + d / 2, f.y + d / 2, d / 2, UI_ACCENT_DARK);
    gfx_text(u->g, "!", GFX_FONT_BOLD, d * 3 / 4, f.x + d / 2, f.y + d / 20, GFX_ALIGN_CENTER,
             UI_TEXT);
}

/* ==== a mock-up too long for its panel ===================================== */

void ui_mockup_scroll_fit(ui *u, const ui_metrics *m, const game_question *q, ui_mockup_layout *M,
                          int view_top, int low)
{
    M->status_y = M->panel.y + M->panel.h - m->small * 3 / 2;
    M->view = M->panel;
    M->scroll = M->scroll_max = 0;
    if (low <= M->panel.y + M->panel.h) return;
    M->view = (gfx_rect){M->panel.x, view_top, M->panel.w, M->status_y - view_top};
    M->scroll_max = low - (M->view.y + M->view.h) + m->gap / 4;
    int s = u->question.scroll;
    M->scroll = s < 0 ? 0 : s > M->scroll_max ? M->scroll_max : s;
    for (size_t i = 0; i < q->nparts; i++) M->part[i].y -= M->scroll;
}

void ui_mockup_scroll_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M)
{
    if (!M->scroll_max) return;
    gfx *g = u->g;
    gfx_color muted = {88, 98, 115, 255};
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

/* A colour drawn from a name: the same name, the same colour. */
gfx_color ui_mockup_hue(const char *name)
{
    static const gfx_color hues[] = {{52, 120, 220, 255}, {200, 80, 60, 255},  {40, 150, 110, 255},
                                     {150, 90, 200, 255}, {220, 140, 30, 255}, {60, 140, 160, 255}};
    unsigned h = 5381;
    for (const unsigned char *c = (const unsigned char *)name; *c; c++) h = h * 33u + *c;
    return hues[h % (sizeof hues / sizeof hues[0])];
}

void ui_mockup_initial(const char *name, char out[5])
{
    const char *c = name;
    while (*c == ' ' || *c == '@' || *c == '+') c++;
    size_t n = 1;
    if ((unsigned char)*c >= 0xF0)
        n = 4;
    else if ((unsigned char)*c >= 0xE0)
        n = 3;
    else if ((unsigned char)*c >= 0xC0)
        n = 2;
    memset(out, 0, 5);
    for (size_t k = 0; k < n && c[k]; k++) out[k] = c[k];
}

/* A round avatar with the initial of a name, its colour drawn from the name. */
void ui_mockup_avatar(gfx *g, const char *name, int cx, int cy, int d)
{
    gfx_fill_circle(g, cx, cy, d / 2, ui_mockup_hue(name));
    char initial[5];
    ui_mockup_initial(name, initial);
    if (initial[0])
        gfx_text(g, initial, GFX_FONT_BOLD, d / 2, cx, cy - d * 3 / 10, GFX_ALIGN_CENTER,
                 (gfx_color){255, 255, 255, 255});
}

static const struct {
    void (*layout)(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M);
    void (*draw)(ui *u, const ui_metrics *m, const ui_mockup_layout *M);
} mockups[] = {
    [GAME_MOCKUP_MAIL] = {ui_mockup_mail_layout, ui_mockup_mail_draw},
    [GAME_MOCKUP_SMS] = {ui_mockup_sms_layout, ui_mockup_sms_draw},
    [GAME_MOCKUP_BROWSER] = {ui_mockup_browser_layout, ui_mockup_browser_draw},
    [GAME_MOCKUP_POST] = {ui_mockup_post_layout, ui_mockup_post_draw},
    [GAME_MOCKUP_CHAT] = {ui_mockup_chat_layout, ui_mockup_chat_draw},
    [GAME_MOCKUP_DOCUMENT] = {ui_mockup_document_layout, ui_mockup_document_draw},
    [GAME_MOCKUP_CALL] = {ui_mockup_call_layout, ui_mockup_call_draw},
    [GAME_MOCKUP_NOTIFICATION] = {ui_mockup_notification_layout, ui_mockup_notification_draw},
    [GAME_MOCKUP_IMAGE] = {ui_mockup_spots_layout, ui_mockup_spots_draw},
};

_Static_assert(sizeof mockups / sizeof mockups[0] == GAME_MOCKUP_COUNT,
               "every mock-up type is laid out and drawn");

void ui_mockup_compute(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M)
{
    mockups[ui_question(u)->mockup].layout(u, m, top, bottom, M);
    if (M->view.w <= 0) M->view = M->panel; /* for those that never scroll */
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

int ui_mockup_text_w(gfx *g, const char *t, gfx_font f, int px)
{
    int w, h;
    gfx_text_size(g, t, f, px, &w, &h);
    return w;
}

void ui_mockup_text_line(gfx *g, const char *t, gfx_font f, int px, int x, int y, int w,
                         gfx_align a, gfx_color c)
{
    char buf[400];
    int fpx = gfx_text_fit_line(g, t, f, px, px * 3 / 4, w);
    gfx_text_ellipsize(g, t, f, fpx, w, buf, sizeof buf);
    int ax = a == GFX_ALIGN_RIGHT ? x + w : a == GFX_ALIGN_CENTER ? x + w / 2 : x;
    gfx_text(g, buf, f, fpx, ax, y, a, c);
}

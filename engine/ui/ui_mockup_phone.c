/* ui_mockup_phone.c — the mock-ups of a phone's screen: a call (ringing, with its decline and
 * answer buttons, or a voicemail left, with its play bar) and what the caller says as speech
 * bubbles; a notification on the lock screen (a big clock, the card: the app's icon and name,
 * the time, a bold title, its lines, its buttons side by side). Their rows of mockups[] in
 * ui_mockup.c. Each is placed at a text size, the largest that fits; at the smallest it
 * scrolls. The drawing places it again at the size chosen, for what is not a part.
 */
#include "ui_mockup_draw.h"

#include <string.h>

static const gfx_color white = {255, 255, 255, 255};
static const gfx_color pale = {200, 208, 224, 255}; /* secondary text on the dark screen */

static int min_i(int a, int b)
{
    return a < b ? a : b;
}

/* The phone, in the middle, a little wider than the SMS's (a notification's lines are long);
 * on a phone of the live classroom, all its width. */
static gfx_rect phone_panel(ui *u, const ui_metrics *m, int top, int bottom)
{
    int pw = m->W * 60 / 100;
    if (pw > m->H * 85 / 100) pw = m->H * 85 / 100;
    if (u->mockup_phone) pw = m->W - 2 * m->pad;
    return (gfx_rect){m->W / 2 - pw / 2, top, pw, bottom - top};
}

/* The phone's body around its screen, and the screen. */
static void phone_draw(ui *u, const ui_metrics *m, gfx_rect P, gfx_color screen)
{
    if (u->mockup_phone) {
        ui_draw_panel(u->g, m, P, screen);
        return;
    }
    gfx_fill_rounded(u->g, (gfx_rect){P.x - 8, P.y - 8, P.w + 16, P.h + 16}, m->radius * 2,
                     (gfx_color){40, 44, 52, 255});
    gfx_fill_rounded(u->g, P, m->radius * 2 - 8, screen);
}

/* ==== call: ringing, or a voicemail ======================================== */

typedef struct {
    bool land;    /* a phone held sideways: the caller at the left, the transcript at the right */
    int lx, lw;   /* the caller's column */
    int rx, rw;   /* the transcript's column (the same in portrait) */
    int status_y; /* "Incoming call" */
    int buttons_y, d; /* the buttons' (or the play bar's) top and size */
    int label_y;      /* "Transcript" */
} call_decor;

static int call_caller_px(int px)
{
    return px * 3 / 2;
}

static int call_place(ui *u, const ui_metrics *m, const game_question *q, int px,
                      ui_mockup_layout *M, call_decor *D, bool *wide)
{
    gfx *g = u->g;
    gfx_rect P = M->panel;
    int fl = ui_mockup_flag_room(m, px);
    D->lx = D->rx = P.x + m->gap;
    D->lw = D->rw = P.w - 2 * m->gap;
    if (D->land) {
        D->lw = (P.w - 3 * m->gap) / 2;
        D->rx = D->lx + D->lw + m->gap;
        D->rw = P.x + P.w - m->gap - D->rx;
    }
    int cx = D->lx + D->lw / 2, x0 = D->rx, inner = D->rw;
    int centred = D->lw - 2 * fl; /* a centred part keeps its flag's room on both sides */
    int y = P.y + m->gap, left_y = 0;
    *wide = false;
    D->status_y = y;
    y += m->small * 6 / 5;
    bool said = false; /* the transcript has begun */
    for (size_t i = 0; i < q->nparts; i++) {
        const game_part *p = &q->parts[i];
        const char *t = game_text_get(&p->text, u->lang);
        gfx_rect *r = &M->part[i];
        switch (p->kind) {
        case GAME_PART_CALLER: {
            int cp = call_caller_px(px);
            int w = ui_mockup_text_w(g, t, GFX_FONT_BOLD, cp) + m->gap;
            *wide |= ui_mockup_text_w(g, t, GFX_FONT_BOLD, cp * 3 / 4) + m->gap > centred;
            w = min_i(w, centred);
            *r = (gfx_rect){cx - w / 2, y, w, cp * 6 / 5 + m->gap / 4};
            y += r->h + m->gap / 4;
            break;
        }
        case GAME_PART_NUMBER:
        case GAME_PART_DATE: {
            int tpx = p->kind == GAME_PART_NUMBER ? px : px * 4 / 5;
            int w = ui_mockup_text_w(g, t, GFX_FONT_REGULAR, tpx) + m->gap;
            *wide |= ui_mockup_text_w(g, t, GFX_FONT_REGULAR, tpx * 3 / 4) + m->gap > centred;
            w = min_i(w, centred);
            *r = (gfx_rect){cx - w / 2, y, w, tpx * 6 / 5 + m->gap / 4};
            y += r->h + m->gap / 4;
            break;
        }
        default: {       /* what the caller says: a bubble */
            if (!said) { /* the buttons, then "Transcript" */
                said = true;
                y += m->gap / 2;
                D->d = q->voicemail ? px * 3 / 2 : px * 2;
                D->buttons_y = y;
                y += D->d + (q->voicemail ? 0 : m->small) + m->gap / 2;
                if (D->land) { /* the transcript from the top of its column */
                    left_y = y;
                    y = P.y + m->gap;
                }
                D->label_y = y;
                y += m->small * 6 / 5;
            }
            int bw = inner - fl - m->gap, used = 0;
            int h = gfx_text_wrapped_height(g, t, GFX_FONT_REGULAR, px, bw - 2 * m->gap, &used);
            *wide |= used > bw - 2 * m->gap;
            *r = (gfx_rect){x0, y, used + 2 * m->gap, h + m->gap * 3 / 4};
            y += r->h + m->gap / 2;
        }
        }
    }
    return (y > left_y ? y : left_y) + m->gap / 2;
}

void ui_mockup_call_layout(ui *u, const ui_metrics *m, int top, int bottom, ui_mockup_layout *M)
{
    const game_question *q = ui_question(u);
    memset(M, 0, sizeof *M);
    call_decor D = {0};
    int low = 0;
    /* Upright; too tall even at the smallest text (a wide, low screen): held sideways. */
    for (int pass = 0; pass < (u->mockup_phone ? 1 : 2); pass++) {
        D.land = pass == 1;
        M->panel = phone_panel(u, m, top, bottom);
        if (D.land) {
            int pw = m->W * 85 / 100;
            M->panel = (gfx_rect){m->W / 2 - pw / 2, top, pw, bottom - top};
        }
        for (int px = m->body;; px -= 2) {
            if (px < ui_mockup_floor(m)) px = ui_mockup_floor(m);
            bool wide;
            low = call_place(u, m, q, px, M, &D, &wide);
            M->px = px;
            if ((low <= bottom && !wide) || px == ui_mockup_floor(m)) break;
        }
        if (low <= bottom) break;
    }
    M->variant = D.land;
    ui_mockup_scroll_fit(u, m, q, M, M->panel.y + m->gap / 2, low);
    ui_mockup_flags_beside(m, q, M);
}

/* A handset: its two ends and the grip between them, s wide, centred on (cx, cy); turned
 * down when hung up. */
static void handset(gfx *g, int cx, int cy, int s, gfx_color c, bool down)
{
    float t = (float)s / 7.0f, dy = down ? (float)s / 8.0f : -(float)s / 8.0f;
    float x0 = (float)cx - (float)s / 2, x1 = (float)cx + (float)s / 2, y = (float)cy;
    gfx_line(g, x0 + t, y - dy, (float)cx, y - dy * 2, t * 1.6f, c);
    gfx_line(g, (float)cx, y - dy * 2, x1 - t, y - dy, t * 1.6f, c);
    gfx_line(g, x0 + t, y - dy, x0 + t, y + dy * 1.5f, t * 2.0f, c);
    gfx_line(g, x1 - t, y - dy, x1 - t, y + dy * 1.5f, t * 2.0f, c);
}

void ui_mockup_call_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M)
{
    gfx *g = u->g;
    const game_question *q = ui_question(u);
    gfx_color screen = {30, 38, 56, 255}, bubble = {236, 239, 244, 255}, ink = {25, 32, 45, 255};
    gfx_rect P = M->panel;
    ui_mockup_layout tmp = *M;
    call_decor D = {0};
    D.land = M->variant == 1;
    bool wide;
    call_place(u, m, q, M->px, &tmp, &D, &wide);
    int px = M->px, dy = -M->scroll, cx = D.lx + D.lw / 2;
    phone_draw(u, m, P, screen);
    ui_mockup_scroll_draw(u, m, M);
    const char *status = ui_str(u, q->voicemail ? "mock.voicemail" : "mock.call_incoming");
    ui_mockup_text_line(g, status, GFX_FONT_REGULAR, m->small, D.lx, D.status_y + dy, D.lw,
                        GFX_ALIGN_CENTER, pale);
    if (D.d && q->voicemail) { /* the play bar: a round button, a track, where it is */
        int d = D.d, y = D.buttons_y + dy, x = D.lx + m->gap;
        gfx_fill_circle(g, x + d / 2, y + d / 2, d / 2, white);
        gfx_fill_triangle(g, (float)(x + d * 2 / 5), (float)(y + d * 3 / 10),
                          (float)(x + d * 2 / 5), (float)(y + d * 7 / 10), (float)(x + d * 3 / 4),
                          (float)(y + d / 2), screen);
        int tx = x + d + m->gap, tw = D.lx + D.lw - m->gap - tx;
        gfx_fill_rounded(g, (gfx_rect){tx, y + d / 2 - 3, tw, 6}, 3,
                         (gfx_color){90, 100, 124, 255});
        gfx_fill_rounded(g, (gfx_rect){tx, y + d / 2 - 3, tw / 3, 6}, 3, white);
        gfx_fill_circle(g, tx + tw / 3, y + d / 2, d / 5, white);
    } else if (D.d) { /* decline, answer */
        int d = D.d, y = D.buttons_y + dy;
        const char *words[2] = {ui_str(u, "mock.call_decline"), ui_str(u, "mock.call_answer")};
        gfx_color c[2] = {{214, 48, 49, 255}, {39, 174, 96, 255}};
        for (int k = 0; k < 2; k++) {
            int bx = cx + (k ? 1 : -1) * D.lw / 4;
            gfx_fill_circle(g, bx, y + d / 2, d / 2, c[k]);
            handset(g, bx, y + d / 2, d / 2, white, k == 0);
            ui_mockup_text_line(g, words[k], GFX_FONT_REGULAR, m->small, bx - D.lw / 4 + m->gap / 2,
                                y + d + 2, D.lw / 2 - m->gap, GFX_ALIGN_CENTER, pale);
        }
    }
    if (D.label_y)
        ui_mockup_text_line(g, ui_str(u, "mock.transcript"), GFX_FONT_BOLD, m->small, D.rx,
                            D.label_y + dy, D.rw, GFX_ALIGN_LEFT, pale);
    for (size_t i = 0; i < q->nparts; i++) {
        const game_part *p = &q->parts[i];
        gfx_rect r = M->part[i];
        if (M->scroll_max && (r.y >= M->view.y + M->view.h || r.y + r.h <= M->view.y))
            continue; /* scrolled out of view */
        const char *t = game_text_get(&p->text, u->lang);
        ui_mockup_ring(u, m, i, r, screen);
        switch (p->kind) {
        case GAME_PART_CALLER: {
            int cp = call_caller_px(px);
            ui_mockup_text_line(g, t, GFX_FONT_BOLD, cp, r.x + m->gap / 2, r.y + m->gap / 8,
                                r.w - m->gap, GFX_ALIGN_CENTER, white);
            break;
        }
        case GAME_PART_NUMBER:
        case GAME_PART_DATE: {
            int tpx = p->kind == GAME_PART_NUMBER ? px : px * 4 / 5;
            ui_mockup_text_line(g, t, GFX_FONT_REGULAR, tpx, r.x + m->gap / 2, r.y + m->gap / 8,
                                r.w - m->gap, GFX_ALIGN_CENTER,
                                p->kind == GAME_PART_NUMBER ? white : pale);
            break;
        }
        default:
            gfx_fill_rounded(g, r, m->radius, bubble);
            gfx_fill_triangle(g, (float)r.x, (float)(r.y + r.h), (float)(r.x + m->gap),
                              (float)(r.y + r.h - m->gap / 2), (float)(r.x + m->gap * 3 / 2),
                              (float)(r.y + r.h), bubble); /* its tail */
            gfx_text_wrapped(g, t, GFX_FONT_REGULAR, px, r.x + m->gap, r.y + m->gap * 3 / 8,
                             r.w - 2 * m->gap, GFX_ALIGN_LEFT, ink);
        }
    }
}

/* ==== notification: on the lock screen ===================================== */

typedef struct {
    int clock_y, clock_px;
    gfx_rect card;
    int icon; /* the app's icon, its side */
} note_decor;

static int note_place(ui *u, const ui_metrics *m, const game_question *q, int px,
                      ui_mockup_layout *M, note_decor *D, bool *wide)
{
    gfx *g = u->g;
    gfx_rect P = M->panel;
    int fl = ui_mockup_flag_room(m, px), dpx = px * 4 / 5;
    D->clock_px = px * 3;
    D->clock_y = P.y + m->gap;
    int y = D->clock_y + D->clock_px * 6 / 5 + m->gap * 2;
    int cg = m->gap * 3 / 4;
    D->card = (gfx_rect){P.x + m->gap / 2, y, P.w - m->gap, 0};
    int x0 = D->card.x + cg, right = D->card.x + D->card.w - cg - fl;
    D->icon = px * 3 / 2;
    y += cg;
    *wide = false;
    gfx_rect app = {0, 0, 0, 0};
    size_t nact = 0, act = 0;
    for (size_t i = 0; i < q->nparts; i++) nact += q->parts[i].kind == GAME_PART_ACTION;
    for (size_t i = 0; i < q->nparts; i++) {
        const game_part *p = &q->parts[i];
        const char *t = game_text_get(&p->text, u->lang);
        gfx_rect *r = &M->part[i];
        int used = 0;
        switch (p->kind) {
        case GAME_PART_APP: { /* its icon and its name */
            int w =
                D->icon + m->gap * 3 / 4 + ui_mockup_text_w(g, t, GFX_FONT_BOLD, dpx) + m->gap / 2;
            *wide |= w > (right - x0) * 2 / 3;
            *r = (gfx_rect){x0, y, min_i(w, (right - x0) * 2 / 3), D->icon + m->gap / 4};
            app = *r;
            y += r->h + m->gap / 4;
            break;
        }
        case GAME_PART_DATE: { /* at the right of the app's row */
            int w = ui_mockup_text_w(g, t, GFX_FONT_REGULAR, dpx) + m->gap / 2;
            if (app.w && right - w >= app.x + app.w + fl + 8) { /* 8: off its flag */
                *r = (gfx_rect){right - w, app.y, w, app.h};
            } else {
                *wide |= w > right - x0;
                *r = (gfx_rect){x0, y, min_i(w, right - x0), dpx * 6 / 5 + m->gap / 4};
                y += r->h + m->gap / 4;
            }
            break;
        }
        case GAME_PART_TITLE: {
            int h = gfx_text_wrapped_height(g, t, GFX_FONT_BOLD, px, right - x0 - m->gap, &used);
            *wide |= used > right - x0 - m->gap;
            *r = (gfx_rect){x0, y, right - x0, h + m->gap / 4};
            y += r->h + m->gap / 8;
            break;
        }
        case GAME_PART_ACTION: { /* side by side, each with its flag's room */
            int slot = (D->card.w - 2 * cg + m->gap / 2) / (int)nact;
            int w = slot - m->gap / 2 - fl;
            if (act == 0) y += m->gap / 2;
            *wide |=
                ui_mockup_text_w(g, t, GFX_FONT_BOLD, px) > w - m->gap / 2; /* all at one size */
            *r = (gfx_rect){x0 + (int)act * slot, y, w, px * 2};
            if (++act == nact) y += r->h + m->gap / 4;
            break;
        }
        default: { /* a line of the notification: on one line if the smallest size allows */
            int h = gfx_text_wrapped_height(g, t, GFX_FONT_REGULAR, px, right - x0 - m->gap, &used);
            *wide |= used > right - x0 - m->gap;
            *wide |= h > px * 3 / 2 && ui_mockup_text_w(g, t, GFX_FONT_REGULAR,
                                                        ui_mockup_floor(m)) <= right - x0 - m->gap;
            *r = (gfx_rect){x0, y, right - x0, h + m->gap / 8};
            y += r->h;
        }
        }
    }
    y += cg;
    D->card.h = y - D->card.y;
    return y + m->gap / 2;
}

void ui_mockup_notification_layout(ui *u, const ui_metrics *m, int top, int bottom,
                                   ui_mockup_layout *M)
{
    const game_question *q = ui_question(u);
    memset(M, 0, sizeof *M);
    M->panel = phone_panel(u, m, top, bottom);
    note_decor D;
    int low = 0;
    for (int px = m->body;; px -= 2) {
        if (px < ui_mockup_floor(m)) px = ui_mockup_floor(m);
        bool wide;
        low = note_place(u, m, q, px, M, &D, &wide);
        M->px = px;
        if ((low <= bottom && !wide) || px == ui_mockup_floor(m)) break;
    }
    ui_mockup_scroll_fit(u, m, q, M, M->panel.y + m->gap / 2, low);
    ui_mockup_flags_beside(m, q, M);
}

void ui_mockup_notification_draw(ui *u, const ui_metrics *m, const ui_mockup_layout *M)
{
    gfx *g = u->g;
    const game_question *q = ui_question(u);
    gfx_color wall = {36, 52, 96, 255}, card = {243, 245, 249, 255}, ink = {25, 32, 45, 255};
    gfx_color muted = {88, 98, 115, 255};
    gfx_rect P = M->panel;
    ui_mockup_layout tmp = *M;
    note_decor D;
    bool wide;
    note_place(u, m, q, M->px, &tmp, &D, &wide);
    int px = M->px, dpx = px * 4 / 5, dy = -M->scroll;
    phone_draw(u, m, P, wall);
    /* the wallpaper: lighter towards the foot, inside the screen's rounded corners */
    for (int k = 1; k < 4; k++) {
        int y = P.y + P.h * k / 4;
        gfx_fill_rounded(g, (gfx_rect){P.x, y, P.w, P.y + P.h - y}, m->radius * 2 - 8,
                         (gfx_color){(unsigned char)(36 + 8 * k), (unsigned char)(52 + 10 * k),
                                     (unsigned char)(96 + 12 * k), 255});
    }
    ui_mockup_scroll_draw(u, m, M);
    gfx_text(g, "09:41", GFX_FONT_BOLD, D.clock_px, P.x + P.w / 2, D.clock_y + dy, GFX_ALIGN_CENTER,
             white);
    gfx_rect c = D.card;
    c.y += dy;
    gfx_fill_rounded(g, c, m->radius, card);
    for (size_t i = 0; i < q->nparts; i++) {
        const game_part *p = &q->parts[i];
        gfx_rect r = M->part[i];
        if (M->scroll_max && (r.y >= M->view.y + M->view.h || r.y + r.h <= M->view.y))
            continue; /* scrolled out of view */
        const char *t = game_text_get(&p->text, u->lang);
        ui_mockup_ring(u, m, i, r, card);
        switch (p->kind) {
        case GAME_PART_APP: { /* its initial on a rounded square of its colour, its name */
            int s = D.icon, iy = r.y + (r.h - s) / 2;
            gfx_fill_rounded(g, (gfx_rect){r.x + m->gap / 4, iy, s, s}, s / 4, ui_mockup_hue(t));
            char initial[5];
            ui_mockup_initial(t, initial);
            gfx_text(g, initial, GFX_FONT_BOLD, s * 3 / 5, r.x + m->gap / 4 + s / 2,
                     iy + s / 2 - s * 18 / 50, GFX_ALIGN_CENTER, white);
            int tx = r.x + m->gap / 4 + s + m->gap / 2;
            ui_mockup_text_line(g, t, GFX_FONT_BOLD, dpx, tx, r.y + (r.h - dpx * 6 / 5) / 2,
                                r.x + r.w - tx - m->gap / 4, GFX_ALIGN_LEFT, muted);
            break;
        }
        case GAME_PART_DATE:
            ui_mockup_text_line(g, t, GFX_FONT_REGULAR, dpx, r.x + m->gap / 4,
                                r.y + (r.h - dpx * 6 / 5) / 2, r.w - m->gap / 2, GFX_ALIGN_RIGHT,
                                muted);
            break;
        case GAME_PART_TITLE:
            gfx_text_wrapped(g, t, GFX_FONT_BOLD, px, r.x + m->gap / 2, r.y + m->gap / 8,
                             r.w - m->gap, GFX_ALIGN_LEFT, ink);
            break;
        case GAME_PART_ACTION:
            gfx_fill_rounded(g, (gfx_rect){r.x + 2, r.y + 2, r.w - 4, r.h - 4}, m->radius / 2,
                             (gfx_color){221, 226, 236, 255});
            ui_mockup_text_line(g, t, GFX_FONT_BOLD, px, r.x + m->gap / 4,
                                r.y + (r.h - px * 6 / 5) / 2, r.w - m->gap / 2, GFX_ALIGN_CENTER,
                                (gfx_color){20, 80, 200, 255});
            break;
        default:
            gfx_text_wrapped(g, t, GFX_FONT_REGULAR, px, r.x + m->gap / 2, r.y, r.w - m->gap,
                             GFX_ALIGN_LEFT, ink);
        }
    }
}

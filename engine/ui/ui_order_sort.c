/* ui_order_sort.c — the views of two hands-on kinds: put items in order (drag a row, its
 * arrows, or grab it with Enter and move it with the arrows), and sort cards into bins (drag
 * the card, press a bin, or its letter; take the last one back). Their feedback shows item
 * by item what was right. Reads the game; changes it only through actions.
 */
#include "ui_kinds.h"

#include <stdio.h>
#include <string.h>

static const char *item_text(const ui *u, const game_question *q, size_t written)
{
    return game_text_get(&q->items[written], u->lang);
}

/* ==== order =============================================================== */

static void order_layout(ui *u, const ui_metrics *m, int y, ui_kind_layout *L)
{
    const game_question *q = ui_question(u);
    int bottom = ui_kind_layout_begin(u, m, L);
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

static void draw_order(ui *u, const ui_metrics *m, const ui_kind_layout *L)
{
    gfx *g = u->g;
    const game_question *q = ui_question(u);
    const game_response *d = game_session_draft(u->session);
    for (size_t i = 0; i < q->nitems; i++) {
        gfx_rect r = L->rows[i];
        bool focus = u->focus == (int)i, grabbed = focus && u->question.grabbed;
        bool dragged = u->question.drag_from == (int)i;
        bool target = u->question.drag_from >= 0 && u->pressed && ui_hovering(u, r) && !dragged;
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
            ui_fill_box(g, m, a, m->radius, on && ui_hovering(u, a) ? UI_PANEL_HI : UI_BAR);
            ui_draw_arrow(g, a, k, on ? UI_TEXT : UI_PANEL);
        }
    }
    ui_kind_draw_submit(u, m, L->submit, true,
                        ui_str(u, u->question.grabbed ? "q.order_grabbed" : "q.order_keys"),
                        u->focus == (int)q->nitems);
}

static void order_question(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    const game_question *q = ui_question(u);
    ui_kind_layout L;
    order_layout(u, m, ui_kind_header(u, m, now, draw), &L);
    for (size_t i = 0; i < q->nitems; i++) {
        ui_add_target(t, UI_T_ITEM, (int)i, L.rows[i]);
        ui_add_target(t, UI_T_ITEM_UP, (int)i, L.up[i]);
        ui_add_target(t, UI_T_ITEM_DOWN, (int)i, L.down[i]);
    }
    ui_kind_add_submit(u, m, t, L.submit);
    if (draw) draw_order(u, m, &L);
}

static bool order_key(ui *u, const input_event *ev, uint64_t now)
{
    const game_question *q = ui_question(u);
    u->dirty = true;
    if (ev->type != INPUT_KEY) return false;
    int n = (int)q->nitems;
    if (ev->key == INPUT_KEY_UP || ev->key == INPUT_KEY_DOWN) {
        int dir = ev->key == INPUT_KEY_UP ? -1 : 1;
        if (u->focus < 0) {
            u->focus = dir > 0 ? 1 : 0; /* no focus: the first item's place, then the arrow */
            if (u->focus > n) u->focus = n;
            u->question.grabbed = false;
        } else if (u->question.grabbed && u->focus < n && u->focus + dir >= 0 &&
                   u->focus + dir < n) {
            ui_act_args(u, GAME_ACT_MOVE, u->focus, u->focus + dir, now);
            u->focus += dir;
        } else if (!u->question.grabbed) {
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
            ui_act_args(u, GAME_ACT_SUBMIT, ui_submit_arg(ev), 0, now);
        else
            u->question.grabbed = !u->question.grabbed;
        return true;
    }
    if (ev->key == INPUT_KEY_CHOICE && ev->index < n) {
        u->focus = ev->index;
        return true;
    }
    if ((ev->key == INPUT_KEY_BACK || ev->key == INPUT_KEY_ERASE) && u->question.grabbed) {
        u->question.grabbed = false;
        return true;
    }
    return false;
}

/* An item is dragged onto another's place, or moved by its arrows. */
static bool order_pointer(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    const game_question *q = ui_question(u);
    switch (ev->type) {
    case INPUT_POINTER_DOWN: {
        ui_kind_press(u, ev);
        const ui_target *t = ui_target_at(ts, ev->x, ev->y);
        if (t && t->kind == UI_T_ITEM) u->question.drag_from = t->index;
        return true;
    }
    case INPUT_POINTER_MOVE:
        if (u->question.drag_from < 0) return false;
        u->px = ev->x;
        u->py = ev->y;
        u->dirty = true;
        return true;
    case INPUT_POINTER_UP: {
        const ui_target *t = ui_kind_release(u, ev, ts);
        int from = u->question.drag_from;
        u->question.drag_from = -1;
        if (!t) return true;
        if (t->kind == UI_T_ITEM && from >= 0 && from != t->index)
            ui_act_args(u, GAME_ACT_MOVE, from, t->index, now);
        if (t->kind == UI_T_ITEM_UP && t->index > 0)
            ui_act_args(u, GAME_ACT_MOVE, t->index, t->index - 1, now);
        if (t->kind == UI_T_ITEM_DOWN && (size_t)t->index + 1 < q->nitems)
            ui_act_args(u, GAME_ACT_MOVE, t->index, t->index + 1, now);
        if (t->kind == UI_T_SUBMIT) ui_act_args(u, GAME_ACT_SUBMIT, t->index, 0, now);
        return true;
    }
    default:
        return false;
    }
}

static int ordinal_pos(const game_response *r, size_t n, size_t item)
{
    for (size_t p = 0; p < n; p++)
        if (r->order[p] == item) return (int)p;
    return -1;
}

/* ---- order and sort's feedback: a row per item ---- */

/* A feedback row at width w: its mark, its text wrapped after it, and a muted note at the
 * right of its last line, or under it when it does not fit there — wrapped under the text when
 * it is wider than the row (a long bin's name in a narrow column): a bin's name or a step is
 * never cut, and never runs into the next column. Returns its height; draws it at (x, y) only
 * with draw. */
static int item_row_in(ui *u, const ui_metrics *m, int px, int x, int y, int w, bool right,
                       const char *line, const char *note, gfx_font font, bool draw)
{
    gfx *g = u->g;
    int icon = px * 6 / 5, lh = px * 6 / 5;
    int tx = x + icon + m->gap, tw = w - icon - m->gap;
    gfx_text_line L[GAME_MAX_ITEMS];
    int n = gfx_text_lines(g, line, font, px, tw, L, GAME_MAX_ITEMS);
    if (n < 1) n = 1;
    int nw = 0, th, lw = 0;
    if (note[0]) {
        gfx_text_size(g, note, GFX_FONT_REGULAR, px, &nw, &th);
        char last[600];
        int k = n <= GAME_MAX_ITEMS ? n - 1 : GAME_MAX_ITEMS - 1;
        snprintf(last, sizeof last, "%.*s", L[k].len, line + L[k].start);
        gfx_text_size(g, last, font, px, &lw, &th);
    }
    bool own_line = note[0] && lw + m->gap * 2 + nw > tw;
    bool wrap_note = own_line && nw > w; /* on its own line it may run under the mark */
    int note_h = !own_line   ? 0
                 : wrap_note ? gfx_text_wrapped_height(g, note, GFX_FONT_REGULAR, px, tw, NULL)
                             : lh;
    if (draw) {
        ui_kind_mark(u, x + icon / 2, y + lh / 2, icon, right);
        gfx_text_wrapped(g, line, font, px, tx, y, tw, GFX_ALIGN_LEFT, UI_TEXT);
        if (wrap_note)
            gfx_text_wrapped(g, note, GFX_FONT_REGULAR, px, tx, y + n * lh, tw, GFX_ALIGN_LEFT,
                             UI_MUTED);
        else if (note[0])
            gfx_text(g, note, GFX_FONT_REGULAR, px, x + w, y + (own_line ? n : n - 1) * lh,
                     GFX_ALIGN_RIGHT, UI_MUTED);
    }
    return n * lh + note_h + m->gap / 2;
}

static int item_row(ui *u, const ui_metrics *m, int px, int x, int y, int w, bool right,
                    const char *line, const char *note, bool draw)
{
    return item_row_in(u, m, px, x, y, w, right, line, note, GFX_FONT_BOLD, draw);
}

/* Order: the item in its right place; where the player had it, when elsewhere. */
static bool order_row_texts(ui *u, size_t i, char *line, size_t nl, char *note, size_t nn)
{
    const game_question *q = ui_question(u);
    const game_answer *a = ui_answer_shown(u);
    int was = a->timeout ? -1 : ordinal_pos(&a->resp, q->nitems, i);
    snprintf(line, nl, "%zu. %s", i + 1, item_text(u, q, i));
    note[0] = '\0';
    if (was >= 0 && was != (int)i) {
        char n1[16];
        snprintf(n1, sizeof n1, "%d", was + 1);
        ui_fmt(u, note, nn, "fb.was_at", n1, NULL, NULL);
    }
    return was == (int)i;
}

/* Sort: the card and its right bin; the bin the player put it in, when another, by its name. */
static bool sort_row_texts(ui *u, size_t i, char *line, size_t nl, char *note, size_t nn)
{
    const game_question *q = ui_question(u);
    const game_answer *a = ui_answer_shown(u);
    const game_response *resp = &a->resp;
    bool right = !a->timeout && resp->bins[i] == (signed char)q->item_bin[i];
    ui_fmt(u, line, nl, "fb.in_bin", item_text(u, q, i),
           game_text_get(&q->bins[q->item_bin[i]], u->lang), NULL);
    note[0] = '\0';
    if (!right && !a->timeout && resp->bins[i] >= 0 && (size_t)resp->bins[i] < q->nbins)
        ui_fmt(u, note, nn, "fb.you_put", game_text_get(&q->bins[resp->bins[i]], u->lang), NULL,
               NULL);
    return right;
}

/* Sort's feedback as its bins side by side: each bin's name, then the cards that belong in it,
 * wrapped whole, each marked right or wrong, with the bin the player chose when another. The
 * height at px; draws it in r only with draw. */
static int sort_columns(ui *u, const ui_metrics *m, int px, gfx_rect r, bool draw)
{
    const game_question *q = ui_question(u);
    const game_answer *a = ui_answer_shown(u);
    int nb = (int)q->nbins;
    int cw = (r.w - (nb - 1) * m->gap * 2) / nb;
    int tallest = 0;
    char note[200];
    for (int b = 0; b < nb; b++) {
        int x = r.x + b * (cw + m->gap * 2), y = r.y;
        const char *name = game_text_get(&q->bins[b], u->lang);
        int hh = gfx_text_wrapped_height(u->g, name, GFX_FONT_BOLD, px, cw, NULL);
        /* each column drawn in its own clip: a text that ran into the next would show as cut */
        if (draw) gfx_clip(u->g, &(gfx_rect){x, r.y, cw, r.h});
        if (draw) {
            gfx_text_wrapped(u->g, name, GFX_FONT_BOLD, px, x, y, cw, GFX_ALIGN_LEFT, UI_ACCENT);
            gfx_fill_rect(u->g, (gfx_rect){x, y + hh + m->gap / 8, cw, 2}, UI_ACCENT);
        }
        y += hh + m->gap / 2;
        for (size_t i = 0; i < q->nitems; i++) {
            if (q->item_bin[i] != b) continue;
            signed char put = a->resp.bins[i];
            bool right = !a->timeout && put == (signed char)b;
            note[0] = '\0';
            if (!right && !a->timeout && put >= 0 && (size_t)put < q->nbins)
                ui_fmt(u, note, sizeof note, "fb.you_put", game_text_get(&q->bins[put], u->lang),
                       NULL, NULL);
            /* in a column, the regular face: a long card takes fewer lines */
            y += item_row_in(u, m, px, x, y, cw, right, item_text(u, q, i), note, GFX_FONT_REGULAR,
                             draw);
        }
        if (y - r.y > tallest) tallest = y - r.y;
    }
    if (draw) gfx_clip(u->g, &r); /* the block's own clip, as items_feedback_draw got it */
    return tallest;
}

static int item_list_rows(ui *u, const ui_metrics *m, int px, gfx_rect r, bool draw);

/* The rows at px as a list, or (sort only) in the bins' columns. */
static int rows_as(ui *u, const ui_metrics *m, int px, gfx_rect r, bool draw, bool columns)
{
    return columns ? sort_columns(u, m, px, r, draw) : item_list_rows(u, m, px, r, draw);
}

/* The largest size, from the small one down to a floor (4/5 of it for a list, 5/8 in columns),
 * at which the rows fit in room; the floor when none does, and for room <= 0 (the least height
 * the rows can take). */
static int fit_px(ui *u, const ui_metrics *m, int w, int room, bool columns)
{
    int px = m->small, floor_px = columns ? m->small * 5 / 8 : m->small * 4 / 5;
    gfx_rect r = {0, 0, w, 0};
    while (px > floor_px && (room <= 0 || rows_as(u, m, px, r, false, columns) > room)) px--;
    return px;
}

/* How the feedback's rows are laid out in w × room, and at which size. Sort's cards go in their
 * bins' columns (the screen's width used, not only its height) when only they fit, when they fit
 * at a larger size, or, at the same size, when they are shorter than a list (long cards, two or
 * three bins); when neither fits, and for room <= 0, the shorter at its floor. Measuring and
 * drawing ask with the same room, or the block's own height, and get the same answer. */
static int items_feedback_fit(ui *u, const ui_metrics *m, int w, int room, bool *columns)
{
    *columns = false;
    int lp = fit_px(u, m, w, room, false);
    if (ui_question(u)->kind != GAME_KIND_SORT) return lp;
    int cp = fit_px(u, m, w, room, true);
    gfx_rect r = {0, 0, w, 0};
    int lh = item_list_rows(u, m, lp, r, false), ch = sort_columns(u, m, cp, r, false);
    bool lfit = room > 0 && lh <= room, cfit = room > 0 && ch <= room; /* room <= 0: floors */
    if (lfit != cfit)
        *columns = cfit;
    else if (lfit && cp != lp)
        *columns = cp > lp;
    else
        *columns = ch < lh;
    return *columns ? cp : lp;
}

/* The items one under the other: order's steps, or sort's cards each with its bin. */
static int item_list_rows(ui *u, const ui_metrics *m, int px, gfx_rect r, bool draw)
{
    const game_question *q = ui_question(u);
    bool sort = q->kind == GAME_KIND_SORT;
    char line[600], note[200];
    int y = r.y;
    for (size_t i = 0; i < q->nitems; i++) {
        bool right = sort ? sort_row_texts(u, i, line, sizeof line, note, sizeof note)
                          : order_row_texts(u, i, line, sizeof line, note, sizeof note);
        y += item_row(u, m, px, r.x, y, r.w, right, line, note, draw);
    }
    return y - r.y;
}

/* The size the rows take to fit in room (items_feedback_fit). */
static int items_feedback_px(ui *u, const ui_metrics *m, int w, int room)
{
    bool columns;
    return items_feedback_fit(u, m, w, room, &columns);
}

int ui_items_feedback_row(ui *u, const ui_metrics *m, int w, int room, size_t i, char *line,
                          size_t nl, char *note, size_t nn)
{
    bool sort = ui_question(u)->kind == GAME_KIND_SORT;
    bool right =
        sort ? sort_row_texts(u, i, line, nl, note, nn) : order_row_texts(u, i, line, nl, note, nn);
    return item_row(u, m, items_feedback_px(u, m, w, room), 0, 0, w, right, line, note, false);
}

static int items_feedback_height(ui *u, const ui_metrics *m, int w, int room)
{
    /* The frame puts a gap under the block; the last row ends with its own half gap. */
    bool columns;
    int px = items_feedback_fit(u, m, w, room, &columns);
    return ui_kind_within(rows_as(u, m, px, (gfx_rect){0, 0, w, 0}, false, columns), room);
}

/* The right order (or each card in its right bin); beside each item, the player's. */
static void items_feedback_draw(ui *u, const ui_metrics *m, gfx_rect r)
{
    bool columns;
    int px = items_feedback_fit(u, m, r.w, r.h, &columns);
    rows_as(u, m, px, r, true, columns);
}

/* The steps, in order. */
static void order_right_answer(const ui *u, const game_question *q, char *buf, size_t n)
{
    for (size_t k = 0; k < q->nitems; k++) {
        if (k) strncat(buf, " → ", n - strlen(buf) - 1);
        strncat(buf, game_text_get(&q->items[k], u->lang), n - strlen(buf) - 1);
    }
}

/* For shots: the right answer, or a mistake: every step out of place, every card misplaced
 * (the feedback that shows the most, which `vigie check` must lay out); then submitted. */

static void order_shot(ui *u, const game_question *q, bool right, uint64_t now)
{
    game_response r;
    game_response_perfect(q, &r);
    if (!right) /* every item out of place: the feedback that shows the most */
        for (size_t k = 0; k < q->nitems / 2; k++) {
            size_t t = r.order[k];
            r.order[k] = r.order[q->nitems - 1 - k];
            r.order[q->nitems - 1 - k] = t;
        }
    const game_response *d = game_session_draft(u->session);
    for (size_t k = 0; k < q->nitems; k++) {
        size_t from = k;
        for (size_t p = k; p < q->nitems; p++)
            if (d->order[p] == r.order[k]) from = p;
        ui_act_args(u, GAME_ACT_MOVE, (int)from, (int)k, now);
    }
    ui_act_args(u, GAME_ACT_SUBMIT, 0, 0, now);
}

const ui_kind_view ui_view_order = {.question = order_question,
                                    .key = order_key,
                                    .pointer = order_pointer,
                                    .feedback_height = items_feedback_height,
                                    .feedback_draw = items_feedback_draw,
                                    .right_answer = order_right_answer,
                                    .shot = order_shot};

/* ==== sort ================================================================ */

static void sort_layout(ui *u, const ui_metrics *m, int y, ui_kind_layout *L)
{
    const game_question *q = ui_question(u);
    int bottom = ui_kind_layout_begin(u, m, L);
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

/* The card to place next: the first in play order not yet in a bin, or -1. */
static int next_card(const ui *u)
{
    const game_question *q = ui_question(u);
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
    const game_question *q = ui_question(u);
    ui_draw_panel(g, m, cr, UI_TEXT);
    const char *t = item_text(u, q, (size_t)card);
    int px = gfx_text_fit(g, t, GFX_FONT_BOLD, m->body, m->small, cr.w - 2 * m->gap, cr.h - m->gap);
    int th = gfx_text_wrapped_height(g, t, GFX_FONT_BOLD, px, cr.w - 2 * m->gap, NULL);
    gfx_text_wrapped(g, t, GFX_FONT_BOLD, px, cr.x + m->gap, cr.y + (cr.h - th) / 2,
                     cr.w - 2 * m->gap, GFX_ALIGN_CENTER, UI_INK);
}

static void draw_sort(ui *u, const ui_metrics *m, const ui_kind_layout *L)
{
    gfx *g = u->g;
    const game_question *q = ui_question(u);
    const game_response *d = game_session_draft(u->session);
    int card = next_card(u);
    char buf[300];
    if (card >= 0) {
        if (!u->question.card_drag) draw_card(u, m, L->card, card);
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
    if (u->question.nplaced > 0)
        ui_draw_button(g, m, L->undo, ui_str(u, "q.undo"), UI_BTN_NORMAL, ui_hovering(u, L->undo),
                       u->pressed && ui_hovering(u, L->undo), false);
    char n1[24], n2[8];
    snprintf(n1, sizeof n1, "%zu", q->nbins);
    snprintf(n2, sizeof n2, "%c", (char)('A' + q->nbins - 1));
    ui_fmt(u, buf, sizeof buf, card >= 0 ? "q.sort_keys" : "q.submit_keys", n1, n2, NULL);
    /* The hint ends before Undo when Undo shows. */
    ui_kind_draw_submit(u, m, L->submit, card < 0, "", false);
    int right = (u->question.nplaced > 0 ? L->undo.x : L->submit.x) - m->pad;
    ui_kind_hint(u, m, right, L->submit.y + L->submit.h / 2, buf);
    if (card >= 0 && u->question.card_drag)
        draw_card(u, m,
                  (gfx_rect){u->px - L->card.w / 2, u->py - L->card.h / 2, L->card.w, L->card.h},
                  card);
}

static void sort_question(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    const game_question *q = ui_question(u);
    ui_kind_layout L;
    sort_layout(u, m, ui_kind_header(u, m, now, draw), &L);
    for (size_t b = 0; b < q->nbins; b++) ui_add_target(t, UI_T_BIN, (int)b, L.bins[b]);
    if (next_card(u) >= 0) ui_add_target(t, UI_T_CARD, 0, L.card);
    if (u->question.nplaced > 0) ui_add_target(t, UI_T_UNDO, 0, L.undo);
    ui_kind_add_submit(u, m, t, L.submit);
    if (draw) draw_sort(u, m, &L);
}

static void take_back(ui *u, uint64_t now)
{
    if (u->question.nplaced <= 0) return;
    int it = u->question.placed[--u->question.nplaced];
    ui_act_args(u, GAME_ACT_PLACE, it, -1, now);
}

static void place(ui *u, int bin, uint64_t now)
{
    int card = next_card(u);
    if (card < 0 || bin < 0 || (size_t)bin >= ui_question(u)->nbins) return;
    ui_act_args(u, GAME_ACT_PLACE, card, bin, now);
    if (u->question.nplaced < GAME_MAX_ITEMS)
        u->question.placed[u->question.nplaced++] = (signed char)card;
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
        ui_act_args(u, GAME_ACT_SUBMIT, ui_submit_arg(ev), 0, now);
        return true;
    }
    return false;
}

/* The card is dragged onto a bin, or a bin is pressed. */
static bool sort_pointer(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    switch (ev->type) {
    case INPUT_POINTER_DOWN: {
        ui_kind_press(u, ev);
        const ui_target *t = ui_target_at(ts, ev->x, ev->y);
        if (t && t->kind == UI_T_CARD) u->question.card_drag = true;
        return true;
    }
    case INPUT_POINTER_MOVE:
        if (!u->question.card_drag) return false;
        u->px = ev->x;
        u->py = ev->y;
        u->dirty = true;
        return true;
    case INPUT_POINTER_UP: {
        const ui_target *t = ui_kind_release(u, ev, ts);
        bool card = u->question.card_drag;
        u->question.card_drag = false;
        if (card) { /* a card dropped on a bin goes there */
            if (t && t->kind == UI_T_BIN) place(u, t->index, now);
            return true;
        }
        if (!t) return true;
        if (t->kind == UI_T_BIN) place(u, t->index, now);
        if (t->kind == UI_T_UNDO) take_back(u, now);
        if (t->kind == UI_T_SUBMIT) ui_act_args(u, GAME_ACT_SUBMIT, t->index, 0, now);
        return true;
    }
    default:
        return false;
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

static void sort_shot(ui *u, const game_question *q, bool right, uint64_t now)
{
    game_response r;
    game_response_perfect(q, &r);
    if (!right) /* every card in a wrong bin: the feedback that shows the most */
        for (size_t k = 0; k < q->nitems; k++)
            r.bins[k] = (signed char)((q->item_bin[k] + 1) % (q->nbins ? q->nbins : 1));
    for (size_t k = 0; k < q->nitems; k++) ui_act_args(u, GAME_ACT_PLACE, (int)k, r.bins[k], now);
    ui_act_args(u, GAME_ACT_SUBMIT, 0, 0, now);
}

const ui_kind_view ui_view_sort = {.question = sort_question,
                                   .key = sort_key,
                                   .pointer = sort_pointer,
                                   .feedback_height = items_feedback_height,
                                   .feedback_draw = items_feedback_draw,
                                   .right_answer = sort_right_answer,
                                   .shot = sort_shot};

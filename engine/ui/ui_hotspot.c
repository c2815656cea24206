/* ui_hotspot.c — the view of "mark the clues" (hotspot): the question's mock-up (ui_mockup.c)
 * with each part a target, marked by a press, a touch or the arrows and Enter; the feedback's
 * clues found and missed, with why, and the picture again with each clue where it was.
 * Reads the game; changes it only through actions.
 */
#include "ui_mockup.h"

#include <stdio.h>
#include <string.h>

/* ==== the question ======================================================== */

static void hotspot_question(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    const game_question *q = ui_question(u);
    int y = ui_kind_header(u, m, now, draw);
    ui_kind_layout L;
    int bottom = ui_kind_layout_begin(u, m, &L);
    ui_mockup_layout M;
    ui_mockup_compute(u, m, y, bottom, &M);
    /* A mock-up too long for the screen (vigie check warns) is cut at its panel: a part
     * pushed out of sight is no target either. A long mail scrolls in its view: a part is a
     * target where it shows. */
    int edge = 12;
    gfx_rect clip = {M.panel.x - edge, M.panel.y - edge, M.panel.w + 2 * edge,
                     M.panel.h + 2 * edge};
    for (size_t i = 0; i < q->nparts; i++) {
        gfx_rect r = M.part[i];
        if (M.scroll_max) {
            int top = r.y > M.view.y ? r.y : M.view.y;
            int bot = r.y + r.h < M.view.y + M.view.h ? r.y + r.h : M.view.y + M.view.h;
            if (bot - top >= 8)
                ui_add_target(t, UI_T_PART, (int)i, (gfx_rect){r.x, top, r.w, bot - top});
        } else if (r.y < M.panel.y + M.panel.h) {
            ui_add_target(t, UI_T_PART, (int)i, r);
        }
    }
    ui_kind_add_submit(u, m, t, L.submit);
    if (!draw) return;
    gfx_clip(u->g, M.scroll_max ? NULL : &clip); /* a scrolling mail clips at its view */
    ui_mockup_draw(u, m, &M);
    gfx_clip(u->g, NULL);
    ui_mockup_draw_flags(u, &M);
    /* Outside the clip: the real target is placed on screen, and never cut. */
    ui_mockup_reveal R;
    ui_mockup_reveal_place(u, m, &M, &R);
    ui_mockup_reveal_draw(u, m, &R);
    ui_kind_draw_submit(u, m, L.submit, true, ui_str(u, "q.hotspot_keys"),
                        u->focus == (int)q->nparts);
}

/* The question's mock-up as the next frame lays it out; false when it shows none. */
static bool layout_now(ui *u, uint64_t now, ui_metrics *m, ui_mockup_layout *M)
{
    if (!u->session || game_session_phase(u->session) != GAME_PHASE_QUESTION ||
        ui_question(u)->kind != GAME_KIND_HOTSPOT)
        return false;
    int w, h;
    gfx_size(u->g, &w, &h);
    ui_metrics_compute(m, w, h);
    int y = ui_kind_header(u, m, now, false);
    ui_kind_layout L;
    int bottom = ui_kind_layout_begin(u, m, &L);
    ui_mockup_compute(u, m, y, bottom, M);
    return true;
}

int ui_hotspot_revealed(ui *u, uint64_t now, gfx_rect *where)
{
    ui_metrics m;
    ui_mockup_layout M;
    if (!layout_now(u, now, &m, &M)) return -1;
    ui_mockup_reveal R;
    ui_mockup_reveal_place(u, &m, &M, &R);
    if (where) *where = R.box;
    return R.part;
}

gfx_rect ui_hotspot_part(ui *u, uint64_t now, int part)
{
    ui_metrics m;
    ui_mockup_layout M;
    if (!layout_now(u, now, &m, &M) || part < 0 || part >= GAME_MAX_PARTS) return (gfx_rect){0};
    return M.part[part];
}

gfx_rect ui_hotspot_flag(ui *u, uint64_t now, int part)
{
    ui_metrics m;
    ui_mockup_layout M;
    if (!layout_now(u, now, &m, &M) || part < 0 || part >= GAME_MAX_PARTS) return (gfx_rect){0};
    return M.flag[part];
}

static bool hotspot_key(ui *u, const input_event *ev, uint64_t now)
{
    const game_question *q = ui_question(u);
    u->dirty = true;
    if (ev->type != INPUT_KEY) return false;
    int n = (int)q->nparts;
    if (ev->key == INPUT_KEY_UP || ev->key == INPUT_KEY_LEFT || ev->key == INPUT_KEY_DOWN ||
        ev->key == INPUT_KEY_RIGHT) {
        int dir = ev->key == INPUT_KEY_UP || ev->key == INPUT_KEY_LEFT ? -1 : 1;
        u->focus = (u->focus < 0 ? 0 : u->focus) + dir; /* no focus: the first part's place */
        if (u->focus < 0) u->focus = 0;
        if (u->focus > n) u->focus = n; /* n: the submit button */
        /* a long mail scrolls to the part in focus: every clue is reachable by keys */
        ui_metrics m;
        ui_mockup_layout M;
        if (u->focus < n && layout_now(u, now, &m, &M)) ui_mockup_scroll(u, &M, 0, u->focus);
        return true;
    }
    if (ev->key == INPUT_KEY_ENTER) {
        if (u->focus >= 0 && u->focus < n)
            ui_act_args(u, GAME_ACT_CHOOSE, u->focus, 0, now);
        else
            ui_act_args(u, GAME_ACT_SUBMIT, ui_submit_arg(ev), 0, now);
        return true;
    }
    return ev->key == INPUT_KEY_CHOICE; /* letters mean nothing here */
}

static bool hotspot_pointer(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    if (ev->type != INPUT_POINTER_UP) return ui_kind_pointer(u, ev, ts, now);
    const ui_target *t = ui_kind_release(u, ev, ts);
    if (t && t->kind == UI_T_PART) ui_act_args(u, GAME_ACT_CHOOSE, t->index, 0, now);
    if (t && t->kind == UI_T_SUBMIT) ui_act_args(u, GAME_ACT_SUBMIT, t->index, 0, now);
    return true;
}

/* A long mail scrolls with the wheel, and with a drag that starts on it (its release then
 * marks nothing); every other event goes where the other hands-on kinds send theirs. */
static bool hotspot_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    ui_metrics m;
    ui_mockup_layout M;
    bool scrolls = layout_now(u, now, &m, &M) && M.scroll_max > 0;
    if (ev->type == INPUT_WHEEL) {
        if (scrolls) ui_mockup_scroll(u, &M, -ev->dy * m.small * 3, -1);
        return true;
    }
    if (scrolls && ev->type == INPUT_POINTER_DOWN) {
        u->question.scroll_dragged = false;
        u->question.scroll_press_y = ui_hit(M.view, ev->x, ev->y) ? ev->y : -1;
        u->question.scroll_at_press = M.scroll;
    } else if (scrolls && ev->type == INPUT_POINTER_MOVE && u->pressed &&
               u->question.scroll_press_y >= 0) {
        int dy = ev->y - u->question.scroll_press_y;
        if (u->question.scroll_dragged || dy > m.gap || dy < -m.gap) {
            u->question.scroll_dragged = true;
            ui_mockup_scroll(u, &M, u->question.scroll_at_press - dy - M.scroll, -1);
        }
    } else if (ev->type == INPUT_POINTER_UP && u->question.scroll_dragged) {
        u->question.scroll_dragged = false;
        u->question.scroll_press_y = -1;
        ui_kind_release(u, ev, ts);
        return true;
    }
    return ui_kind_route(&ui_view_hotspot, u, ev, ts, now);
}

/* ==== the layout check ===================================================== */

size_t ui_hotspot_hidden(ui *u, uint64_t now,
                         void (*fn)(void *ud, const char *part, const char *where, bool scrolls),
                         void *ud)
{
    ui_metrics m;
    ui_mockup_layout M;
    if (!layout_now(u, now, &m, &M)) return 0;
    const game_question *q = ui_question(u);
    size_t n = 0;
    for (size_t i = 0; i < q->nparts; i++) {
        const char *where;
        if (ui_mockup_part_seen(&M, i, &where)) continue;
        fn(ud, q->parts[i].name, where, M.scroll_max > 0);
        n++;
    }
    return n;
}

/* ==== feedback ============================================================ */

/* hotspot feedback: one row per clue (found or missed, and why), then one per wrong mark (its
 * own why when it has one, else its text quoted), each wrapped whole. The same function sizes
 * the block and draws it (with draw), so the two cannot disagree; returns the height at px. */
static int hotspot_rows(ui *u, const ui_metrics *m, int px, gfx_rect r, bool draw)
{
    gfx *g = u->g;
    const game_question *q = ui_question(u);
    const game_answer *a = game_session_answer(u->session, game_session_question_index(u->session));
    int icon = px * 6 / 5, lh = px * 6 / 5;
    char line[1200];
    int y = r.y;
    for (int pass = 0; pass < 2; pass++)
        for (size_t p = 0; p < q->nparts; p++) {
            const game_part *pt = &q->parts[p];
            bool marked = !a->timeout && ((a->resp.chosen >> p) & 1u);
            if (pass == 0 ? !pt->clue : (pt->clue || !marked)) continue;
            const char *tag = pass ? NULL : ui_str(u, marked ? "fb.clue_found" : "fb.clue_missed");
            const char *why = game_text_get(&pt->why, u->lang);
            if (pass == 0 || *why) {
                snprintf(line, sizeof line, "%s", why);
            } else {
                char shown[800];
                ui_part_text(u, pt, shown, sizeof shown);
                ui_fmt(u, line, sizeof line, "fb.not_clue", shown, NULL, NULL);
            }
            int tw = 0, th;
            if (tag) gfx_text_size(g, tag, GFX_FONT_BOLD, px, &tw, &th);
            int room_w = r.w - icon - m->gap * 3 - tw;
            int h = gfx_text_wrapped_height(g, line, GFX_FONT_REGULAR, px, room_w, NULL);
            if (h < lh) h = lh;
            if (draw) {
                ui_kind_mark(u, r.x + icon / 2, y + lh / 2, icon, pass == 0 && marked);
                gfx_text_wrapped(g, line, GFX_FONT_REGULAR, px, r.x + icon + m->gap, y, room_w,
                                 GFX_ALIGN_LEFT, UI_TEXT);
                if (tag)
                    gfx_text(g, tag, GFX_FONT_BOLD, px, r.x + r.w, y, GFX_ALIGN_RIGHT,
                             marked ? UI_RIGHT_TEXT : UI_WRONG_TEXT);
            }
            y += h + m->gap / 2;
        }
    return y - r.y + m->gap / 2;
}

/* The largest text size, from small down to 3/4 of it, at which every row fits in room. */
static int hotspot_px(ui *u, const ui_metrics *m, int w, int room)
{
    int px = m->small;
    while (px > m->small * 3 / 4 && hotspot_rows(u, m, px, (gfx_rect){0, 0, w, 0}, false) > room)
        px--;
    return px;
}

static int hotspot_feedback_height(ui *u, const ui_metrics *m, int w, int room)
{
    int px = hotspot_px(u, m, w, room);
    return ui_kind_within(hotspot_rows(u, m, px, (gfx_rect){0, 0, w, 0}, false), room);
}

/* Every clue, found or missed, with why; then the wrong marks. */
static void hotspot_feedback_draw(ui *u, const ui_metrics *m, gfx_rect r)
{
    hotspot_rows(u, m, hotspot_px(u, m, r.w, r.h), r, true);
}

/* A spot's verdict at its top-left corner, so that the outline's colour does not tell it
 * alone: a check on a disc (found), a cross on a disc (missed), a cross on a square (marked,
 * and no clue). */
static void spot_mark(ui *u, gfx_rect s, int size, bool clue, bool marked)
{
    int cx = s.x, cy = s.y;
    if (clue) {
        ui_kind_mark(u, cx, cy, size, marked);
        return;
    }
    gfx_fill_rounded(u->g, (gfx_rect){cx - size / 2, cy - size / 2, size, size}, size / 5,
                     UI_DECOY);
    ui_draw_cross(u->g, cx, cy, size, UI_INK);
}

/* Under a picture hotspot's feedback, when there is room: the picture again, each clue
 * outlined where it was, green with a check if found, red with a cross if missed; wrong marks
 * in orange with a cross on a square. */
static bool hotspot_feedback_picture(ui *u, const ui_metrics *m, gfx_rect room)
{
    const game_question *q = ui_question(u);
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
        gfx_color c = !p->clue ? UI_DECOY : marked ? UI_RIGHT_MARK : UI_WRONG_MARK;
        ui_spot_outline(u->g, ui_spot_rect(P, p), 3, c);
    }
    for (size_t i = 0; i < q->nparts; i++) { /* over every outline */
        const game_part *p = &q->parts[i];
        bool marked = (marks >> i) & 1u;
        if (p->clue || marked) spot_mark(u, ui_spot_rect(P, p), m->small * 3 / 4, p->clue, marked);
    }
    return true;
}

/* ==== recap and shots ===================================================== */

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
        if (marks & (1u << k)) ui_act_args(u, GAME_ACT_CHOOSE, (int)k, 0, now);
    ui_act_args(u, GAME_ACT_SUBMIT, 0, 0, now);
}

const ui_kind_view ui_view_hotspot = {.question = hotspot_question,
                                      .input = hotspot_input,
                                      .key = hotspot_key,
                                      .pointer = hotspot_pointer,
                                      .feedback_height = hotspot_feedback_height,
                                      .feedback_draw = hotspot_feedback_draw,
                                      .feedback_picture = hotspot_feedback_picture,
                                      .right_answer = hotspot_right_answer,
                                      .shot = hotspot_shot};

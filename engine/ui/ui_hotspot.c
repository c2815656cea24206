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
     * pushed out of sight is no target either. */
    int edge = 12;
    gfx_rect clip = {M.panel.x - edge, M.panel.y - edge, M.panel.w + 2 * edge,
                     M.panel.h + 2 * edge};
    for (size_t i = 0; i < q->nparts; i++)
        if (M.part[i].y < M.panel.y + M.panel.h) ui_add_target(t, UI_T_PART, (int)i, M.part[i]);
    ui_add_target(t, UI_T_SUBMIT, 0, L.submit);
    if (!draw) return;
    gfx_clip(u->g, &clip);
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
        return true;
    }
    if (ev->key == INPUT_KEY_ENTER) {
        if (u->focus >= 0 && u->focus < n)
            ui_act_args(u, GAME_ACT_CHOOSE, u->focus, 0, now);
        else
            ui_act_args(u, GAME_ACT_SUBMIT, 0, 0, now);
        return true;
    }
    return ev->key == INPUT_KEY_CHOICE; /* letters mean nothing here */
}

static bool hotspot_pointer(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    if (ev->type != INPUT_POINTER_UP) return ui_kind_pointer(u, ev, ts, now);
    const ui_target *t = ui_kind_release(u, ev, ts);
    if (t && t->kind == UI_T_PART) ui_act_args(u, GAME_ACT_CHOOSE, t->index, 0, now);
    if (t && t->kind == UI_T_SUBMIT) ui_act_args(u, GAME_ACT_SUBMIT, 0, 0, now);
    return true;
}

/* ==== feedback ============================================================ */

/* hotspot feedback: one row per clue (found or missed, and why), then one per wrong mark.
 * A clue's why gets a second line when it needs one, as long as the rows fit in `room`;
 * past that, the last rows give theirs up first. Fills lines[row] with 1 or 2 and returns the
 * height. The same call sizes the block and draws it, so the two cannot disagree. */
static int hotspot_lines_at(ui *u, const ui_metrics *m, int px, int w, int room,
                            unsigned char lines[GAME_MAX_PARTS], bool *cut)
{
    gfx *g = u->g;
    const game_question *q = ui_question(u);
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

static int hotspot_feedback_height(ui *u, const ui_metrics *m, int w, int room)
{
    unsigned char lines[GAME_MAX_PARTS];
    int px;
    return ui_kind_within(hotspot_lines(u, m, w, room, lines, &px), room);
}

/* Every clue, found or missed, with why; then the wrong marks. */
static void hotspot_feedback_draw(ui *u, const ui_metrics *m, gfx_rect r)
{
    gfx *g = u->g;
    const game_question *q = ui_question(u);
    const game_answer *a = ui_answer_shown(u);
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
            ui_part_text(u, pt, shown, sizeof shown);
            /* One line each: found or missed, and why (the why names the thing). */
            const char *tag = pass ? NULL : ui_str(u, marked ? "fb.clue_found" : "fb.clue_missed");
            ui_kind_mark(u, r.x + icon / 2, y + lh / 2 - m->gap / 4, icon, pass == 0 && marked);
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

/* Under a picture hotspot's feedback, when there is room: the picture again, each clue
 * outlined where it was, green if found, red if missed; wrong marks in orange. */
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
        gfx_color c = !p->clue ? (gfx_color){214, 110, 30, 255} : marked ? UI_RIGHT : UI_WRONG;
        ui_spot_outline(u->g, ui_spot_rect(P, p), 3, c);
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
                                      .key = hotspot_key,
                                      .pointer = hotspot_pointer,
                                      .feedback_height = hotspot_feedback_height,
                                      .feedback_draw = hotspot_feedback_draw,
                                      .feedback_picture = hotspot_feedback_picture,
                                      .right_answer = hotspot_right_answer,
                                      .shot = hotspot_shot};

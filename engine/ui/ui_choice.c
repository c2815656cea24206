/* ui_choice.c — the views of the kinds answered by picking: one right answer (choice), every
 * right one (multi: tick boxes, then Submit), true or false (named by the ui). A grid of
 * lettered buttons sized so that the prompt and every choice fit; the feedback shows the right
 * choices first, then the player's wrong picks, each labelled. Reads the game; changes it
 * only through actions.
 */
#include "ui_kinds.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *choice_text(const ui *u, const game_question *q, size_t written)
{
    const char *const *names = ui_kind_view_of(q->kind)->names; /* true/false */
    if (names) return ui_str(u, names[written]);
    return game_text_get(&q->choices[written], u->lang);
}

/* Feedback: the label of a shown choice (whose answer, or missed). */
static const char *feedback_tag(ui *u, size_t pos)
{
    const game_question *q = game_session_question(u->session);
    const game_answer *a = game_session_answer(u->session, game_session_question_index(u->session));
    size_t w = game_session_choice_at(u->session, pos);
    bool right = (q->correct_mask >> w) & 1u, chosen = (a->resp.chosen >> w) & 1u;
    if (right && !chosen && game_kind_get(q->kind)->several && !a->timeout)
        return ui_str(u, "fb.missed");
    return chosen ? ui_str(u, "fb.yours") : ui_str(u, "fb.answer");
}

/* The text a feedback cell shows: the choice, with its label in front when compact. */
static void feedback_choice_text(ui *u, const q_layout *L, size_t pos, char *buf, size_t n)
{
    const game_question *q = game_session_question(u->session);
    const char *text = choice_text(u, q, game_session_choice_at(u->session, pos));
    if (L->compact)
        snprintf(buf, n, "%s · %s", feedback_tag(u, pos), text);
    else
        snprintf(buf, n, "%s", text);
}

/* ==== the question ======================================================== */

/* Choices fit in cells of this grid? Returns the largest text size that fits every cell
 * (0 when even the smallest does not). */
static int grid_fit(ui *u, const ui_metrics *m, const game_question *q, int cols, gfx_rect area,
                    gfx_rect *cells)
{
    int n = (int)q->nchoices;
    int rows = (n + cols - 1) / cols;
    int cw = (area.w - (cols - 1) * m->gap) / cols;
    int ch = (area.h - (rows - 1) * m->gap) / rows;
    int maxh = m->H / 4;
    if (ch > maxh) ch = maxh;
    bool roomy = ch >= m->small * 2;
    if (ch < m->small * 3 / 2) ch = m->small * 3 / 2;
    int used = rows * ch + (rows - 1) * m->gap;
    int y0 = area.y + (area.h - used) / 3; /* a little above the middle: close to the prompt */
    for (int i = 0; i < n; i++) {
        int r = i / cols, c = i % cols;
        /* A last row that is not full is centred. */
        int in_row = r == rows - 1 ? n - r * cols : cols;
        int x0 = area.x + (area.w - (in_row * cw + (in_row - 1) * m->gap)) / 2;
        cells[i] = (gfx_rect){x0 + c * (cw + m->gap), y0 + r * (ch + m->gap), cw, ch};
    }
    if (!roomy) return 0;
    int badge = ch < m->body * 2 ? ch * 7 / 10 : m->body * 3 / 2;
    int tw = cw - badge - m->gap * 4;
    int px = m->body;
    for (int p = 0; p < n; p++) {
        const char *text = choice_text(u, q, game_session_choice_at(u->session, (size_t)p));
        int f = gfx_text_fit(u->g, text, GFX_FONT_BOLD, px, m->small, tw, ch - m->gap);
        int used_w, h = gfx_text_wrapped_height(u->g, text, GFX_FONT_BOLD, f, tw, &used_w);
        if (h > ch - m->gap / 2 || used_w > tw) return 0;
        if (f < px) px = f;
    }
    return px;
}

/* Lays out the question screen: prompt size, grid shape and text size are chosen
 * together so that everything fits; the result is kept until the screen changes. */
static void layout_question(ui *u, const ui_metrics *m, int bar, q_layout *L)
{
    const game_question *q = game_session_question(u->session);
    int w = m->W - 2 * m->pad;
    const char *prompt = game_text_get(&q->prompt, u->lang);
    int bottom = m->H - ui_footer_height(m);
    memset(L, 0, sizeof *L);
    L->prompt_y = bar + m->H / 60 + m->gap * 2;
    bool hint = ui_kind_view_of(q->kind)->hint != NULL; /* multi says so in its footer */
    int best_px = -1;
    q_layout best = {0};
    q_layout fallback = {0}; /* the smallest prompt, two columns: used when nothing fits */
    /* From the largest prompt down: the first layout whose choices read at body size
     * wins; otherwise the one whose choices are largest. */
    for (int ppx = m->prompt;; ppx -= ppx > 40 ? 3 : 2) {
        if (ppx < m->small) ppx = m->small;
        q_layout T = {0};
        T.prompt_y = L->prompt_y;
        T.prompt_px = ppx;
        T.prompt_h = ui_centered(u, prompt, GFX_FONT_BOLD, ppx, m->pad, 0, w, UI_TEXT, false);
        if (T.prompt_h > m->H * 4 / 10 && ppx > m->small) continue;
        int y = T.prompt_y + T.prompt_h + m->gap;
        if (hint) {
            T.hint_y = y;
            y += m->small * 6 / 5 + m->gap;
        }
        if (q->image) { /* the picture sits between the prompt and the choices */
            T.image = (gfx_rect){m->pad, y, w, m->H / 4};
            y += T.image.h + m->gap;
        }
        y += m->gap;
        gfx_rect area = {m->pad, y, w, bottom - y - m->gap};
        if (game_kind_get(q->kind)->several || ui_confident(u)) {
            /* Submit sits in the footer's row, at the right; the hint moves left. */
            int bw = ui_kind_submit_width(u, m);
            int sh = m->body * 8 / 5;
            T.submit = (gfx_rect){m->W - m->pad - bw, m->H - m->pad / 2 - sh, bw, sh};
            area.h = T.submit.y - m->gap - area.y;
        }
        int cols_try[2] = {q->nchoices <= 2 || q->nchoices == 4 || q->nchoices >= 5 ? 2 : 1,
                           q->nchoices <= 2 ? 2 : (q->nchoices == 3 ? 1 : 1)};
        for (int k = 0; k < 2; k++) {
            gfx_rect cells[GAME_MAX_CHOICES];
            int px = grid_fit(u, m, q, cols_try[k], area, cells);
            if (k == 0) {
                fallback = T;
                memcpy(fallback.cells, cells, sizeof cells);
                fallback.text_px = m->small;
            }
            if (px > best_px) {
                best_px = px;
                best = T;
                memcpy(best.cells, cells, sizeof cells);
                best.text_px = px;
            }
        }
        /* Choices at body size win; past a mid-size prompt, any size that fits does:
         * the prompt stays the largest text on the screen. */
        if (best_px >= m->body || (best_px > 0 && ppx <= (m->prompt + m->body) / 2)) break;
        if (ppx == m->small) break;
    }
    /* Nothing fits (`vigie check` warns about such long texts): the smallest sizes, and
     * each text clipped to its cell rather than spilling over the others. */
    *L = best_px > 0 ? best : fallback;
}

/* One choice button: a coloured letter badge and the wrapped text. */
static void draw_choice(ui *u, const ui_metrics *m, const q_layout *L, size_t pos, bool feedback,
                        uint64_t now)
{
    gfx *g = u->g;
    const game_question *q = game_session_question(u->session);
    size_t w = game_session_choice_at(u->session, pos);
    gfx_rect r = L->cells[pos];
    bool selected = (game_session_selected(u->session) >> w) & 1u;
    bool is_right = (q->correct_mask >> w) & 1u;
    const game_answer *a = game_session_answer(u->session, game_session_question_index(u->session));
    bool chosen = feedback && a && ((a->resp.chosen >> w) & 1u);
    bool several = game_kind_get(q->kind)->several;
    bool missed = feedback && is_right && !chosen && several && !a->timeout;
    gfx_color fill = UI_PANEL, ink = UI_TEXT;
    bool hot = !feedback && ui_hovering(u, r);
    if (feedback) {
        fill = missed ? UI_PANEL : is_right ? UI_RIGHT : UI_WRONG;
        if (is_right) {
            /* The right answer pulses a few times, then rests. */
            float t = (float)(now - game_session_phase_since(u->session)) / UI_ANIM_PULSE;
            if (t < 1 && !ui_still(u)) {
                int grow = (int)lroundf(sinf(t * 3.14159f * 3) * (1 - t) * (float)m->gap * 0.6f);
                if (grow < 0) grow = -grow;
                r = (gfx_rect){r.x - grow, r.y - grow, r.w + 2 * grow, r.h + 2 * grow};
            }
        }
    } else if (selected) {
        fill = UI_PANEL_HI;
    } else if (hot) {
        fill = ui_mix(UI_PANEL, UI_TEXT, 0.10f);
    }
    bool press = !feedback && u->pressed && hot;
    if (press) r = (gfx_rect){r.x + 3, r.y + 3, r.w - 6, r.h - 6};
    int f = m->H / 180 + 2;
    gfx_rect ring = {r.x - f, r.y - f, r.w + 2 * f, r.h + 2 * f};
    if (!feedback && u->focus == (int)pos) gfx_fill_rounded(g, ring, m->radius + f, UI_FOCUS);
    if (selected && !feedback) gfx_fill_rounded(g, ring, m->radius + f, UI_ACCENT);
    if (missed) gfx_fill_rounded(g, ring, m->radius + f, UI_RIGHT_MARK);
    ui_draw_panel(g, m, r, fill);

    int badge = r.h < m->body * 2 ? r.h * 7 / 10 : m->body * 3 / 2;
    if (feedback) badge = m->small * 3 / 2;
    int bx = r.x + m->gap + badge / 2, by = r.y + r.h / 2;
    if (feedback) {
        gfx_fill_circle(g, bx, by, badge / 2, missed ? UI_RIGHT_MARK : UI_TEXT);
        if (is_right)
            ui_draw_check(g, bx, by, badge, missed ? UI_INK : UI_RIGHT);
        else
            ui_draw_cross(g, bx, by, badge, UI_WRONG);
    } else if (several) {
        /* A tick box instead of a round badge: several may be ticked. */
        if (selected) {
            gfx_fill_rounded(g, (gfx_rect){bx - badge / 2, by - badge / 2, badge, badge}, badge / 5,
                             UI_BADGES[pos]);
            ui_draw_check(g, bx, by, badge, UI_ON_PAPER);
        } else {
            ui_draw_badge(g, bx, by, badge, pos, true, m->small);
        }
    } else {
        ui_draw_badge(g, bx, by, badge, pos, false, m->small);
    }
    int tx = r.x + badge + m->gap * 2;
    int tw = r.w - badge - m->gap * 4;
    char ftext[700];
    const char *text = choice_text(u, q, w);
    if (feedback) {
        feedback_choice_text(u, L, pos, ftext, sizeof ftext);
        text = ftext;
    }
    int th = gfx_text_wrapped_height(g, text, GFX_FONT_BOLD, L->text_px, tw, NULL);
    gfx_clip(g, &r);
    if (feedback && !L->compact) {
        /* A word, not only a colour: whose answer this is, or that it was missed. */
        int lh = m->small * 6 / 5;
        int y0 = r.y + (r.h - th - lh) / 2;
        gfx_text(g, feedback_tag(u, pos), GFX_FONT_REGULAR, m->small, tx, y0, GFX_ALIGN_LEFT,
                 missed ? UI_RIGHT_TEXT : ink);
        gfx_text_wrapped(g, text, GFX_FONT_BOLD, L->text_px, tx, y0 + lh, tw, GFX_ALIGN_LEFT, ink);
    } else {
        gfx_text_wrapped(g, text, GFX_FONT_BOLD, L->text_px, tx, r.y + (r.h - th) / 2, tw,
                         GFX_ALIGN_LEFT, ink);
    }
    gfx_clip(g, NULL);
}

static void choice_question(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    gfx *g = u->g;
    const game_question *q = game_session_question(u->session);
    /* ticked boxes, or a level that asks how sure: chosen first, then submitted */
    bool several = game_kind_get(q->kind)->several || ui_confident(u);
    const char *hint = ui_kind_view_of(q->kind)->hint;
    int bar = ui_top_bar(u, m, now, draw);
    const q_layout *L = ui_layout_cached(u, m, bar, false, layout_question);
    for (size_t p = 0; p < q->nchoices; p++) ui_add_target(t, UI_T_CHOICE, (int)p, L->cells[p]);
    if (several) ui_kind_add_submit(u, m, t, L->submit);
    if (!draw) return;

    ui_timer_bar(u, m, bar, now);

    const char *prompt = game_text_get(&q->prompt, u->lang);
    ui_centered(u, prompt, GFX_FONT_BOLD, L->prompt_px, m->pad, L->prompt_y, m->W - 2 * m->pad,
                UI_TEXT, true);
    if (hint)
        gfx_text(g, ui_str(u, hint), GFX_FONT_BOLD, m->small, m->W / 2, L->hint_y, GFX_ALIGN_CENTER,
                 UI_ACCENT);
    if (q->image) {
        gfx_fill_rounded(g, L->image, m->radius, UI_BAR);
        gfx_rect in = {L->image.x + m->gap, L->image.y + m->gap / 2, L->image.w - 2 * m->gap,
                       L->image.h - m->gap};
        if (!gfx_image_draw(g, q->image, in, NULL)) {
            /* A placeholder that says what is missing, for the level's author. */
            const char *base = strrchr(q->image, '/');
            char msg[300];
            ui_fmt(u, msg, sizeof msg, "q.noimage", base ? base + 1 : q->image, NULL, NULL);
            int s2 = L->image.h / 3, cx = m->W / 2, cy = L->image.y + L->image.h / 2 - m->small / 2;
            gfx_fill_triangle(g, (float)(cx - s2), (float)(cy + s2 / 2), (float)cx,
                              (float)(cy - s2 / 2), (float)(cx + s2), (float)(cy + s2 / 2),
                              UI_PANEL_HI);
            gfx_fill_circle(g, cx + s2 / 2, cy - s2 / 3, s2 / 6, UI_PANEL_HI);
            gfx_text(g, msg, GFX_FONT_REGULAR, m->small, cx, cy + s2 / 2 + m->gap / 2,
                     GFX_ALIGN_CENTER, UI_MUTED);
        }
    }
    for (size_t p = 0; p < q->nchoices; p++) draw_choice(u, m, L, p, false, now);
    char buf[160], n1[8], n2[8];
    snprintf(n1, sizeof n1, "%zu", q->nchoices);
    snprintf(n2, sizeof n2, "%c", (char)('A' + q->nchoices - 1));
    if (several) {
        bool any = game_session_selected(u->session) != 0;
        if (ui_confident(u))
            ui_kind_draw_submit(u, m, L->submit, any, "", u->focus == (int)q->nchoices);
        else
            ui_draw_button(g, m, L->submit, ui_str(u, "q.validate"),
                           any ? UI_BTN_PRIMARY : UI_BTN_DIM, any && ui_hovering(u, L->submit),
                           u->pressed && ui_hovering(u, L->submit), u->focus == (int)q->nchoices);
        ui_fmt(u, buf, sizeof buf,
               !game_kind_get(q->kind)->several ? "q.keys_sure"
               : any                            ? "q.keys_multi"
                                                : "q.tick",
               n1, n2, NULL);
        if (now >= u->leave_until) {
            /* The footer's row is shared with Submit: the hint goes left, in accent. */
            /* Whole or not at all: a hint cut to "A–…" says nothing (beside the two wide
             * buttons of the confidence rule it gives way). */
            int tw, th;
            gfx_text_size(g, buf, GFX_FONT_REGULAR, m->small, &tw, &th);
            if (tw <= L->submit.x - 2 * m->pad)
                gfx_text(g, buf, GFX_FONT_REGULAR, m->small, m->pad,
                         L->submit.y + (L->submit.h - m->small * 6 / 5) / 2, GFX_ALIGN_LEFT,
                         UI_ACCENT);
            return;
        }
    } else {
        ui_fmt(u, buf, sizeof buf, "q.keys", n1, n2, NULL);
    }
    if (now < u->leave_until) {
        const char *msg = ui_str(u, "q.leave");
        int tw, th;
        gfx_text_size(g, msg, GFX_FONT_BOLD, m->small, &tw, &th);
        gfx_rect r = {m->W / 2 - tw / 2 - m->pad, m->H - ui_footer_height(m) - th / 2,
                      tw + 2 * m->pad, th + m->gap * 2};
        gfx_fill_rounded(g, r, r.h / 2, UI_ACCENT);
        gfx_text(g, msg, GFX_FONT_BOLD, m->small, m->W / 2, r.y + m->gap, GFX_ALIGN_CENTER, UI_INK);
    } else {
        ui_footer(u, m, buf);
    }
}

/* ==== the feedback ======================================================== */

/* The choices' feedback shows what teaches: the right choices first, then the player's wrong
 * picks, each labelled; the explanation; the source; Continue. It tries, in turn: each label on
 * its own line above its choice (stage 0); the label in front of the choice's text (1); the
 * texts a little smaller (2); the explanation beside Continue, down to the bottom (3); last,
 * the texts smaller again (4: every choice shown, six long ones).
 * Continue keeps its place at the bottom right: it never covers the verdict. */
enum { FB_STAGES = 5 };

static bool choice_feedback_try(ui *u, const ui_metrics *m, int bar, q_layout *L, int stage)
{
    gfx *g = u->g;
    const game_question *q = game_session_question(u->session);
    const game_answer *a = game_session_answer(u->session, game_session_question_index(u->session));
    int w = m->W - 2 * m->pad;
    int bottom = m->H - m->pad;
    const char *prompt = game_text_get(&q->prompt, u->lang);
    int top = ui_feedback_frame(u, m, bar, L);
    bool compact = stage >= 1, smaller = stage >= 2, beside = stage >= 3;
    int cpx = stage >= 4 ? m->small * 3 / 4 : smaller ? m->small * 7 / 8 : m->small; /* at most */
    int emin = smaller ? m->small * 3 / 4 : m->small; /* the explanation's, at least */
    L->compact = compact;
    int limit = L->cont.y - m->gap;
    for (int pass = 0; pass < 2; pass++)
        for (size_t p = 0; p < q->nchoices; p++) {
            size_t wi = game_session_choice_at(u->session, p);
            bool right = (q->correct_mask >> wi) & 1u, chosen = (a->resp.chosen >> wi) & 1u;
            if ((pass == 0 && right) || (pass == 1 && chosen && !right)) L->shown[L->nshown++] = p;
        }
    /* Two columns, unless a text would be smaller there than in one: a host name never
     * breaks (gfx_text_lines), so one too wide for its cell makes the text smaller. */
    int cols = L->nshown >= 2 ? 2 : 1, cw, tw, tpx;
    int badge = m->small * 3 / 2;
    for (;; cols = 1) {
        cw = (w - (cols - 1) * m->gap) / cols;
        tw = cw - badge - m->gap * 4;
        tpx = cpx;
        for (size_t k = 0; k < L->nshown; k++) {
            char text[700];
            feedback_choice_text(u, L, L->shown[k], text, sizeof text);
            int f = gfx_text_fit(g, text, GFX_FONT_BOLD, cpx, m->small * 3 / 4, tw, m->H);
            if (f < tpx) tpx = f;
        }
        if (tpx == cpx || cols == 1) break;
    }
    int rows = (int)((L->nshown + (size_t)cols - 1) / (size_t)cols);
    int ch = badge + m->gap;
    for (size_t k = 0; k < L->nshown; k++) {
        char text[700];
        feedback_choice_text(u, L, L->shown[k], text, sizeof text);
        int th = gfx_text_wrapped_height(g, text, GFX_FONT_BOLD, tpx, tw, NULL) +
                 (compact ? 0 : m->small * 6 / 5) + m->gap; /* the text, and its label above it */
        if (th > ch) ch = th;
    }
    int choices_h = rows * ch + (rows - 1) * m->gap;
    const char *ex = game_text_get(&q->explain, u->lang);
    int ew = w - 2 * m->gap;
    L->src_h = ui_source_height(u, m, ew, &L->src_px);
    /* The prompt shows again only when the explanation keeps its full size. */
    int ex_min = (*ex ? gfx_text_wrapped_height(g, ex, GFX_FONT_REGULAR, m->small, ew, NULL) : 0) +
                 L->src_h + m->gap * 2;
    L->prompt_px = m->small;
    L->prompt_h = ui_centered(u, prompt, GFX_FONT_BOLD, m->small, m->pad, 0, w, UI_MUTED, false);
    if (limit - top - choices_h - m->gap - ex_min < L->prompt_h + m->gap) L->prompt_h = 0;
    L->prompt_y = top;
    int y = top + (L->prompt_h ? L->prompt_h + m->gap : 0);
    for (size_t k = 0; k < L->nshown; k++) {
        int r = (int)k / cols, c = (int)k % cols;
        L->cells[L->shown[k]] =
            (gfx_rect){m->pad + c * (cw + m->gap), y + r * (ch + m->gap), cw, ch};
    }
    L->text_px = tpx;
    y += choices_h + m->gap;
    /* The explanation takes what is left: above Continue's row, or (last) beside Continue
     * down to the bottom, where it is cut if even that is too little. */
    int ewidth = beside ? L->cont.x - m->gap - m->pad : w;
    int elimit = beside ? bottom : limit;
    ew = ewidth - 2 * m->gap;
    L->src_h = ui_source_height(u, m, ew, &L->src_px); /* beside Continue the panel is narrower */
    int room = elimit - y - L->src_h - m->gap * 2;
    L->explain_px = *ex ? gfx_text_fit(g, ex, GFX_FONT_REGULAR, m->body, emin, ew, room) : m->small;
    int eh = (*ex ? gfx_text_wrapped_height(g, ex, GFX_FONT_REGULAR, L->explain_px, ew, NULL) : 0) +
             L->src_h + m->gap * 2;
    bool fits = eh <= elimit - y;
    if (beside && !fits && *ex) {
        /* The last stage: a smaller type, down to 5/8 of small, rather than a cut
         * explanation or source. */
        L->explain_px = gfx_text_fit(g, ex, GFX_FONT_REGULAR, emin, m->small * 5 / 8, ew, room);
        eh = gfx_text_wrapped_height(g, ex, GFX_FONT_REGULAR, L->explain_px, ew, NULL) + L->src_h +
             m->gap * 2;
        fits = eh <= elimit - y;
    }
    if (beside || !fits) eh = elimit - y > 0 ? elimit - y : 0;
    L->explain = (gfx_rect){m->pad, y, ewidth, eh};
    return fits;
}

static void choice_feedback_layout(ui *u, const ui_metrics *m, int bar, q_layout *L)
{
    for (int stage = 0; stage < FB_STAGES; stage++)
        if (choice_feedback_try(u, m, bar, L, stage)) return;
}

static void choice_feedback_cells(ui *u, const ui_metrics *m, const q_layout *L, uint64_t now)
{
    for (size_t k = 0; k < L->nshown; k++) draw_choice(u, m, L, L->shown[k], true, now);
}

/* ==== input, recap and shots ============================================== */

/* Arrow keys on the question screen: move in the choice grid (2 columns, or 1 for 3). No
 * focus yet is the first choice's place: the first press goes where it points (→ on true or
 * false is false). */
static void move_focus(ui *u, input_key key)
{
    const game_question *q = game_session_question(u->session);
    int n = (int)q->nchoices + (game_kind_get(q->kind)->several || ui_confident(u) ? 1 : 0);
    int cols = q->nchoices == 3 ? 1 : 2;
    int f = u->focus < 0 ? 0 : u->focus;
    switch (key) {
    case INPUT_KEY_LEFT:
        f = f - 1;
        break;
    case INPUT_KEY_RIGHT:
        f = f + 1;
        break;
    case INPUT_KEY_UP:
        f = f - cols;
        break;
    case INPUT_KEY_DOWN:
        f = f >= (int)q->nchoices ? f : f + cols;
        break;
    default:
        break;
    }
    if (f >= (int)q->nchoices && f < n) f = n - 1; /* the submit button */
    if (f >= n) f = n - 1;
    if (f < 0) f = 0;
    u->focus = f;
}

/* Keys: a letter or a digit picks (ticks a box), the arrows move the focus, Enter picks the
 * focused choice; with boxes, Enter submits what is ticked, as the hint says, and Space ticks
 * the focused box. The pointer goes through the targets (UI_T_CHOICE, UI_T_SUBMIT). */
static bool choice_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    (void)ts;
    if (ev->type != INPUT_KEY) return false;
    const game_question *q = game_session_question(u->session);
    if (ev->key == INPUT_KEY_CHOICE) {
        if (ev->index < (int)q->nchoices) {
            u->focus = ev->index;
            ui_act_args(u, GAME_ACT_CHOOSE, ev->index, 0, now);
        }
    } else if (ev->key == INPUT_KEY_ENTER) {
        bool several = game_kind_get(q->kind)->several, space = ev->sym == ' ';
        bool on_choice = u->focus >= 0 && u->focus < (int)q->nchoices;
        if (ui_confident(u) && !several) {
            /* Space picks the focused choice; Enter picks it and submits, Shift+Enter as
             * "not sure" */
            if (on_choice) ui_act_args(u, GAME_ACT_CHOOSE, u->focus, 0, now);
            if (!space) ui_act_args(u, GAME_ACT_SUBMIT, ui_submit_arg(ev), 0, now);
        } else if (on_choice && (!several || space))
            ui_act_args(u, GAME_ACT_CHOOSE, u->focus, 0, now);
        else if (several)
            ui_act_args(u, GAME_ACT_SUBMIT, ui_submit_arg(ev), 0, now);
    } else if (ev->key >= INPUT_KEY_UP && ev->key <= INPUT_KEY_RIGHT) {
        move_focus(u, ev->key);
        u->dirty = true;
    } else {
        return false;
    }
    return true;
}

/* The right choices. */
static void choice_right_answer(const ui *u, const game_question *q, char *buf, size_t n)
{
    for (size_t c = 0; c < q->nchoices; c++) {
        if (!((q->correct_mask >> c) & 1u)) continue;
        if (buf[0]) strncat(buf, " · ", n - strlen(buf) - 1);
        strncat(buf, choice_text(u, q, c), n - strlen(buf) - 1);
    }
}

/* Right: the right choices; wrong: the first wrong one. Ticked boxes are submitted. */
static void choice_shot(ui *u, const game_question *q, bool right, uint64_t now)
{
    unsigned mask = q->correct_mask;
    if (!right) {
        /* The wrong answer whose feedback shows the most, as `vigie check` must see it: every
         * wrong choice ticked (multi), or the longest wrong one (one choice). */
        unsigned wrong = (~q->correct_mask) & ((1u << q->nchoices) - 1u);
        if (game_kind_get(q->kind)->several && q->kind != GAME_KIND_TRUEFALSE) {
            mask = wrong;
        } else {
            size_t best = 0, most = 0;
            for (size_t c = 0; c < q->nchoices; c++) {
                size_t len = strlen(game_text_get(&q->choices[c], GAME_LANG_FR)) +
                             strlen(game_text_get(&q->choices[c], GAME_LANG_EN));
                if (((wrong >> c) & 1u) && len >= most) best = c, most = len;
            }
            mask = wrong ? 1u << best : 0;
        }
    }
    for (size_t c = 0; c < q->nchoices; c++)
        if ((mask >> c) & 1u)
            ui_act_args(u, GAME_ACT_CHOOSE, (int)game_session_position_of(u->session, c), 0, now);
    if (game_kind_get(q->kind)->several || ui_confident(u))
        ui_act_args(u, GAME_ACT_SUBMIT, 0, 0, now);
}

/* ==== the rows ============================================================ */

static const char *const truefalse_names[] = {"q.true", "q.false"};

/* One view for choice and multi: what differs is the model's (game_kind_info.several). */
const ui_kind_view ui_view_choice = {.question = choice_question,
                                     .input = choice_input,
                                     .feedback_layout = choice_feedback_layout,
                                     .feedback_cells = choice_feedback_cells,
                                     .right_answer = choice_right_answer,
                                     .shot = choice_shot};

const ui_kind_view ui_view_truefalse = {.question = choice_question,
                                        .input = choice_input,
                                        .feedback_layout = choice_feedback_layout,
                                        .feedback_cells = choice_feedback_cells,
                                        .right_answer = choice_right_answer,
                                        .shot = choice_shot,
                                        .names = truefalse_names,
                                        .hint = "q.truefalse"};

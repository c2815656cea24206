/* ui_typed.c — the views of the kinds answered by typing: a word or a number (input), and a
 * password strong enough (password, with its meter under the box). Every key is text but
 * leaving, submitting and the window's own. Reads the game; changes it only through actions.
 */
#include "ui_keyboard.h"
#include "ui_kinds.h"

#include <stdio.h>
#include <string.h>

/* ==== the box ============================================================= */

/* The typed answer's box: a third of the way down (input), or high, with the password's meter
 * and findings below it. With the on-screen keyboard up, all of it above the keyboard, whose
 * OK submits: no Submit button then. Returns the bottom of the room. */
static int typed_layout(ui *u, const ui_metrics *m, int y, bool password, ui_kind_layout *L)
{
    int bottom = ui_kind_layout_begin(u, m, L);
    int kb = ui_keyboard_top(u, m);
    if (kb < m->H) {
        L->submit = (gfx_rect){0, 0, 0, 0};
        bottom = kb - m->gap;
    }
    int w = m->W - 2 * m->pad;
    int bw = w * 8 / 10, bh = m->body * 2;
    L->box = (gfx_rect){m->W / 2 - bw / 2, password ? y + m->gap : y + (bottom - y) / 3 - bh / 2,
                        bw, bh};
    return bottom;
}

static void draw_input(ui *u, const ui_metrics *m, const ui_kind_layout *L, int bottom,
                       bool password)
{
    gfx *g = u->g;
    const game_response *d = game_session_draft(u->session);
    int f = m->H / 180 + 2;
    gfx_fill_rounded(g, (gfx_rect){L->box.x - f, L->box.y - f, L->box.w + 2 * f, L->box.h + 2 * f},
                     m->radius + f, UI_FOCUS);
    gfx_fill_rounded(g, L->box, m->radius, UI_PAPER);
    int ty = L->box.y + (L->box.h - m->body * 6 / 5) / 2;
    gfx_clip(g, &L->box);
    if (d->text[0]) {
        /* A long answer first shrinks a little; longer still, its end stays in view: the
         * field shows the last characters that fit, as a text field does. */
        int room = L->box.w - 3 * m->gap, px = m->body, tw, th;
        for (;; px -= 2) {
            gfx_text_size(g, d->text, GFX_FONT_BOLD, px, &tw, &th);
            if (tw <= room || px - 2 < m->small) break;
        }
        const char *shown = d->text;
        while (tw > room && *shown) {
            do shown++;
            while (((unsigned char)*shown & 0xC0) == 0x80);
            gfx_text_size(g, shown, GFX_FONT_BOLD, px, &tw, &th);
        }
        int x = L->box.x + m->gap, fy = L->box.y + (L->box.h - px * 6 / 5) / 2;
        int w = gfx_text(g, shown, GFX_FONT_BOLD, px, x, fy, GFX_ALIGN_LEFT, UI_ON_PAPER);
        gfx_fill_rect(g, (gfx_rect){x + w + 2, fy, 3, px * 6 / 5}, UI_ON_PAPER);
    } else {
        gfx_fill_rect(g, (gfx_rect){L->box.x + m->gap, ty, 3, m->body * 6 / 5}, UI_ON_PAPER);
        gfx_text(g, ui_str(u, "q.input_placeholder"), GFX_FONT_REGULAR, m->body,
                 L->box.x + m->gap * 2, ty, GFX_ALIGN_LEFT, UI_PLACEHOLDER);
    }
    gfx_clip(g, NULL);
    char norm[GAME_TEXT_MAX];
    game_normalize(d->text, norm, sizeof norm);
    if (password) {
        const game_question *q = ui_question(u);
        char lvl[32], goal[120];
        snprintf(lvl, sizeof lvl, "pw.level%d", q->strength);
        ui_fmt(u, goal, sizeof goal, "pw.goal", ui_str(u, lvl), NULL, NULL);
        int y = L->box.y + L->box.h + m->gap * 2;
        gfx_text(u->g, goal, GFX_FONT_BOLD, m->small, L->box.x, y, GFX_ALIGN_LEFT, UI_ACCENT);
        y += m->small * 6 / 5 + m->gap;
        int room = (bottom - y) / (m->small * 6 / 5) - 2;
        if (!L->submit.w) /* above the keyboard: only the findings that fit, maybe none */
            room =
                (bottom - y - ui_password_meter(u, m, "", 0, 0, 0, false, 0)) / (m->small * 6 / 5);
        else if (room < 1)
            room = 1;
        ui_password_meter(u, m, d->text, L->box.x, y, L->box.w, true, room < 0 ? 0 : room);
    }
    if (L->submit.w)
        ui_kind_draw_submit(u, m, L->submit, d->text[0] != 0 && (password || norm[0] != 0),
                            ui_str(u, password ? "pw.keys" : "q.input_keys"), false);
}

static void typed_question(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t,
                           bool password)
{
    ui_kind_layout L;
    int bottom = typed_layout(u, m, ui_kind_header(u, m, now, draw), password, &L);
    if (L.submit.w) ui_kind_add_submit(u, m, t, L.submit);
    ui_keyboard_field(t, L.box);
    if (draw) draw_input(u, m, &L, bottom, password);
    ui_keyboard_layout(u, m, draw, t);
}

/* Typing: characters arrive as text (the keys that type them never get here, ui_app.c); the
 * keys left erase, submit (Enter), leave, or are the window's own; no shortcut acts. */
static bool typed_key(ui *u, const input_event *ev, uint64_t now)
{
    const game_response *d = game_session_draft(u->session);
    u->dirty = true;
    char text[GAME_TEXT_MAX];
    snprintf(text, sizeof text, "%s", d->text);
    if (ev->type == INPUT_TEXT) {
        if (strlen(text) + strlen(ev->text) < sizeof text) strcat(text, ev->text);
    } else if (ev->key == INPUT_KEY_ERASE) {
        ui_erase_last(text);
    } else if (ev->key == INPUT_KEY_ENTER) {
        ui_act_args(u, GAME_ACT_SUBMIT, ui_submit_arg(ev), 0, now);
        return true;
    } else {
        return ev->key != INPUT_KEY_BACK && ev->key != INPUT_KEY_FULLSCREEN &&
               ev->key != INPUT_KEY_QUIT;
    }
    game_action a = {.kind = GAME_ACT_TEXT, .text = text};
    ui_act(u, &a, now);
    return true;
}

static void typed_shot(ui *u, const char *text, uint64_t now)
{
    game_action a = {.kind = GAME_ACT_TEXT, .text = text};
    ui_act(u, &a, now);
    ui_act_args(u, GAME_ACT_SUBMIT, 0, 0, now);
}

/* ==== input =============================================================== */

static void input_question(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    typed_question(u, m, now, draw, t, false);
}

/* input: the player's text, then the answers accepted, each wrapped whole */
static void input_feedback_lines(ui *u, char *yours, char *accepted, size_t n)
{
    const game_question *q = ui_question(u);
    const game_answer *a = ui_answer_shown(u);
    yours[0] = '\0';
    if (!a->timeout) ui_fmt(u, yours, n, "fb.your_text", a->resp.text, NULL, NULL);
    char acc[600] = "";
    if (q->numeric) {
        snprintf(acc, sizeof acc, "%.15g", q->number);
        if (q->tolerance > 0) {
            char tol[40];
            snprintf(tol, sizeof tol, " (± %.15g)", q->tolerance);
            strncat(acc, tol, sizeof acc - strlen(acc) - 1);
        }
        if (u->lang == GAME_LANG_FR)
            for (char *p = acc; *p; p++)
                if (*p == '.') *p = ',';
    } else {
        for (size_t k = 0; k < q->naccept; k++) {
            if (k) strncat(acc, " · ", sizeof acc - strlen(acc) - 1);
            strncat(acc, q->accept[k], sizeof acc - strlen(acc) - 1);
        }
    }
    ui_fmt(u, accepted, n, "fb.accepted", acc, NULL, NULL);
}

static int input_feedback_height(ui *u, const ui_metrics *m, int w, int room)
{
    char yours[800], accepted[800];
    input_feedback_lines(u, yours, accepted, sizeof yours);
    int icon = m->small * 6 / 5, tw = w - icon - m->gap * 2;
    int h = gfx_text_wrapped_height(u->g, accepted, GFX_FONT_REGULAR, m->small, tw, NULL);
    if (*yours) h += gfx_text_wrapped_height(u->g, yours, GFX_FONT_BOLD, m->small, tw, NULL);
    return ui_kind_within(h + m->gap, room);
}

static void input_feedback_draw(ui *u, const ui_metrics *m, gfx_rect r)
{
    gfx *g = u->g;
    const game_answer *a = ui_answer_shown(u);
    char yours[800], accepted[800];
    input_feedback_lines(u, yours, accepted, sizeof yours);
    int lh = ui_kind_line(m), icon = m->small * 6 / 5, tw = r.w - icon - m->gap * 2;
    int y = r.y;
    if (*yours) {
        ui_kind_mark(u, r.x + icon / 2, y + lh / 2 - m->gap / 4, icon, a->correct);
        y += gfx_text_wrapped(g, yours, GFX_FONT_BOLD, m->small, r.x + icon + m->gap, y, tw,
                              GFX_ALIGN_LEFT, UI_TEXT);
    }
    gfx_text_wrapped(g, accepted, GFX_FONT_REGULAR, m->small, r.x + icon + m->gap, y, tw,
                     GFX_ALIGN_LEFT, UI_TEXT);
}

static void input_right_answer(const ui *u, const game_question *q, char *buf, size_t n)
{
    (void)u;
    if (q->numeric)
        snprintf(buf, n, "%.15g", q->number);
    else if (q->naccept)
        snprintf(buf, n, "%s", q->accept[0]);
}

static void input_shot(ui *u, const game_question *q, bool right, uint64_t now)
{
    game_response r;
    game_response_perfect(q, &r);
    typed_shot(u, right ? r.text : q->numeric ? "0" : "je ne sais pas", now);
}

const ui_kind_view ui_view_input = {.question = input_question,
                                    .key = typed_key,
                                    .pointer = ui_kind_pointer,
                                    .feedback_height = input_feedback_height,
                                    .feedback_draw = input_feedback_draw,
                                    .right_answer = input_right_answer,
                                    .shot = input_shot,
                                    .typed = true};

/* ==== password ============================================================ */

static void password_question(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    typed_question(u, m, now, draw, t, true);
}

/* password: the goal, then the meter of the player's password */
static int password_feedback_height(ui *u, const ui_metrics *m, int w, int room)
{
    return ui_kind_within(
        ui_password_meter(u, m, ui_answer_shown(u)->resp.text, 0, 0, w, false, 3) + ui_kind_line(m),
        room);
}

/* The goal, then the meter of the player's password. */
static void password_feedback_draw(ui *u, const ui_metrics *m, gfx_rect r)
{
    const game_question *q = ui_question(u);
    const game_answer *a = ui_answer_shown(u);
    char lvl[32], goal[120];
    snprintf(lvl, sizeof lvl, "pw.level%d", q->strength);
    ui_fmt(u, goal, sizeof goal, "pw.goal", ui_str(u, lvl), NULL, NULL);
    gfx_text(u->g, goal, GFX_FONT_BOLD, m->small, r.x, r.y, GFX_ALIGN_LEFT, UI_ACCENT);
    if (!a->timeout)
        ui_password_meter(u, m, a->resp.text, r.x, r.y + ui_kind_line(m), r.w, true, 3);
}

/* The strength to reach, never a password. */
static void password_right_answer(const ui *u, const game_question *q, char *buf, size_t n)
{
    char lvl[32];
    snprintf(lvl, sizeof lvl, "pw.level%d", q->strength);
    ui_fmt(u, buf, n, "pw.goal", ui_str(u, lvl), NULL, NULL);
}

static void password_shot(ui *u, const game_question *q, bool right, uint64_t now)
{
    game_response r;
    game_response_perfect(q, &r);
    typed_shot(u, right ? r.text : "Soleil2024!", now);
}

const ui_kind_view ui_view_password = {.question = password_question,
                                       .key = typed_key,
                                       .pointer = ui_kind_pointer,
                                       .feedback_height = password_feedback_height,
                                       .feedback_draw = password_feedback_draw,
                                       .right_answer = password_right_answer,
                                       .shot = password_shot,
                                       .typed = true};

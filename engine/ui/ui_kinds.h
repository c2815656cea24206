/* ui_kinds.h — the question kinds' views: one row per game_kind, each defined in its kind's
 * file (ui_choice.c, ui_order_sort.c, ui_typed.c, ui_estimate.c, ui_hotspot.c, ui_play.c)
 * and listed in one table (ui_kinds.c); and what the kinds share (ui_handson.c). A kind's view
 * reads the game and changes it only through actions (ui_act).
 */
#ifndef VIGIE_UI_KINDS_H
#define VIGIE_UI_KINDS_H

#include "ui_widgets.h"

typedef struct {
    /* The question screen: lays it out, fills its targets and, with draw, draws it. */
    void (*question)(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t);
    /* Every input event while the question runs, before the keys every screen shares (a typed
     * answer takes M and L as letters); true when taken. NULL: keys and text go to key, the
     * pointer to pointer (ui_kind_route). */
    bool (*input)(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now);
    /* The hands-on kinds: keys and typed text, and the pointer. */
    bool (*key)(ui *u, const input_event *ev, uint64_t now);
    bool (*pointer)(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now);
    /* The feedback, either of two ways. The choices lay out the whole screen (their cells, the
     * explanation, Continue) and draw their cells; the others give the height of their own
     * account in width w (at most room, when room > 0) and draw it in r, between the verdict
     * and the explanation. */
    void (*feedback_layout)(ui *u, const ui_metrics *m, int bar, q_layout *L);
    void (*feedback_cells)(ui *u, const ui_metrics *m, const q_layout *L, uint64_t now);
    int (*feedback_height)(ui *u, const ui_metrics *m, int w, int room);
    void (*feedback_draw)(ui *u, const ui_metrics *m, gfx_rect r);
    /* Left of Continue, when there is room: a picture of the answer; false when none. NULL:
     * never. */
    bool (*feedback_picture)(ui *u, const ui_metrics *m, gfx_rect room);
    /* The right answer in words for the results' recap, appended to buf (empty). NULL: none. */
    void (*right_answer)(const ui *u, const game_question *q, char *buf, size_t n);
    /* For shots: answers the question shown right, or with a plausible mistake. */
    void (*shot)(ui *u, const game_question *q, bool right, uint64_t now);
    /* The choices: names the ui gives them (catalog keys, NULL: the level's texts), and a
     * hint under the prompt (a catalog key, or NULL). */
    const char *const *names;
    const char *hint;
    /* Answered in a text field: while it runs, every key that types a character is text. */
    bool typed;
} ui_kind_view;

/* The rows, each in its kind's file. */
extern const ui_kind_view ui_view_choice, ui_view_truefalse; /* ui_choice.c */
extern const ui_kind_view ui_view_order, ui_view_sort;       /* ui_order_sort.c */
extern const ui_kind_view ui_view_input, ui_view_password;   /* ui_typed.c */
extern const ui_kind_view ui_view_estimate;                  /* ui_estimate.c */
extern const ui_kind_view ui_view_hotspot;                   /* ui_hotspot.c */
extern const ui_kind_view ui_view_play;                      /* ui_play.c */

/* The row of k; an out-of-range k gets the "choice" row. */
const ui_kind_view *ui_kind_view_of(game_kind k);

/* ---- what the kinds share (ui_handson.c) ---- */

/* The question shown, and the answer given to it (feedback). */
const game_question *ui_question(const ui *u);
const game_answer *ui_answer_shown(const ui *u);

/* The hands-on kinds' layouts, below the prompt down to the submit button. */
typedef struct {
    gfx_rect rows[GAME_MAX_ITEMS], up[GAME_MAX_ITEMS], down[GAME_MAX_ITEMS];
    gfx_rect card, bins[GAME_MAX_BINS], undo, box, track, submit;
    int px;
} ui_kind_layout;

/* Starts a layout: the submit button at the bottom right. Returns the bottom of the room
 * above it. */
int ui_kind_layout_begin(ui *u, const ui_metrics *m, ui_kind_layout *L);
/* Top bar, countdown, prompt; returns the y below them. */
int ui_kind_header(ui *u, const ui_metrics *m, uint64_t now, bool draw);
/* The submit button, and the key hint beside it. Where the level asks how sure the player is
 * (ui_confident), r holds two buttons, "not sure" at its left and "sure" at its right. */
void ui_kind_draw_submit(ui *u, const ui_metrics *m, gfx_rect r, bool ready, const char *hint,
                         bool focus);
/* The submit targets in r: one, or the two of a level that asks how sure (UI_T_SUBMIT, index
 * GAME_SUBMIT_SURE or GAME_SUBMIT_UNSURE). */
void ui_kind_add_submit(ui *u, const ui_metrics *m, ui_targets *t, gfx_rect r);
/* The width of the submit button(s) (ui_button_width's). */
int ui_kind_submit_width(ui *u, const ui_metrics *m);
/* Whether the question shown asks how sure the player is: its level's rule is "confidence"
 * and it is not a mini-game (which ends itself). */
bool ui_confident(const ui *u);
/* GAME_ACT_SUBMIT's arg for a key: Shift+Enter is "not sure". */
int ui_submit_arg(const input_event *ev);
/* A key hint in the footer's row, from the left margin to right, centred on mid_y. */
void ui_kind_hint(ui *u, const ui_metrics *m, int right, int mid_y, const char *hint);

/* The hands-on kinds' input: keys and text to the row's key, the pointer to its pointer. */
bool ui_kind_route(const ui_kind_view *v, ui *u, const input_event *ev, const ui_targets *ts,
                   uint64_t now);
/* A press takes the focus away (the pointer leads); a release returns the target under it. */
void ui_kind_press(ui *u, const input_event *ev);
const ui_target *ui_kind_release(ui *u, const input_event *ev, const ui_targets *ts);
/* The pointer on a question with nothing to drag or mark: a press, a release, Submit. */
bool ui_kind_pointer(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now);

/* The feedback's item-by-item accounts: a line's height; a block's height h given room (all
 * of it when it fits or there is no room at all); a right or wrong mark; a row's text after
 * its mark, cut to leave room for a muted note at the right. */
int ui_kind_line(const ui_metrics *m);
int ui_kind_within(int h, int room);
void ui_kind_mark(ui *u, int cx, int cy, int size, bool right);
void ui_kind_row(ui *u, const ui_metrics *m, gfx_rect r, int y, int icon, const char *line,
                 const char *note);

/* For tests: the texts of row i of an order or sort feedback (the item and its right place;
 * the player's, when another, in note) and its height in a block of w × room, at the size the
 * rows take to fit there (ui_order_sort.c). */
int ui_items_feedback_row(ui *u, const ui_metrics *m, int w, int room, size_t i, char *line,
                          size_t nl, char *note, size_t nn);

/* The strength meter of pw and what the estimator found, from y; returns the height used
 * (ui_password.c). */
int ui_password_meter(ui *u, const ui_metrics *m, const char *pw, int x, int y, int w, bool draw,
                      int max_lines);

/* ---- what the question and feedback screens lend the kinds (ui_feedback.c) ---- */

typedef void (*ui_layout_fn)(ui *u, const ui_metrics *m, int bar, q_layout *L);
/* The layout of the current question or feedback, computed by `compute` only when the screen
 * changed: a countdown frame costs drawing, not layout. */
const q_layout *ui_layout_cached(ui *u, const ui_metrics *m, int bar, bool feedback,
                                 ui_layout_fn compute);
/* The feedback's frame, for every kind: Continue at the bottom right. Returns the top of the
 * room below the verdict banner, whose height is ui_banner_height. */
int ui_feedback_frame(ui *u, const ui_metrics *m, int bar, q_layout *L);
int ui_banner_height(const ui_metrics *m);
/* The height the current question's source takes under its explanation, wrapped at width w
 * (the explanation's panel less its margins): 0 when it has none. A source names a page and its
 * address, longer than one line: it wraps (an address after a "/") rather than being cut, at
 * a footnote's size (*px, 3/4 of small or less). */
int ui_source_height(ui *u, const ui_metrics *m, int w, int *px);

/* ---- the mini-game's run (ui_play.c) ---- */

/* The catalog key of the line under a running game: how to leave it, or, after one Esc,
 * that a second one leaves (it shows as on a quiz). */
const char *ui_play_hint(const ui *u, uint64_t now);
/* Starts, runs and ends the game of the question shown. */
void ui_play_update(ui *u, uint64_t now);
/* The next (delta > 0) or previous rows of a paged game feedback; false when not paged. */
bool ui_play_feedback_page(ui *u, int delta);
/* Plays the question's game headless from the steps until stop_ms (0: its end). */
bool ui_play_scripted(ui *u, const game_play_step *steps, size_t n, uint32_t stop_ms, bool end,
                      uint64_t *now, game_error *err);

#endif

/* ui_internal.h — shared by the ui/ files: the ui's state, the theme, the layouts. */
#ifndef VIGIE_UI_INTERNAL_H
#define VIGIE_UI_INTERNAL_H

#include "ui.h"

typedef enum {
    UI_SCREEN_TITLE = 0,
    UI_SCREEN_MENU,
    UI_SCREEN_GAME, /* the game's own phases: intro, question, feedback, results */
    UI_SCREEN_ERROR,
    UI_SCREEN_NICK,    /* who plays: a nickname, or nothing */
    UI_SCREEN_REPORT,  /* the trainer's session report */
    UI_SCREEN_SCORES,  /* the best scores of the menu's level */
    UI_SCREEN_SESSION, /* a trainer names the session */
} ui_screen;

#define UI_MAX_PACKS  64
#define UI_BOARD_ROWS 8

/* ---- theme ---- */
extern const gfx_color UI_BG, UI_BAR, UI_PANEL, UI_PANEL_HI, UI_TEXT, UI_MUTED, UI_ACCENT,
    UI_ACCENT_DARK, UI_RIGHT, UI_WRONG, UI_INK, UI_FOCUS;
extern const gfx_color UI_BADGES[GAME_MAX_CHOICES];

typedef struct {
    int W, H;
    int pad;    /* outer margin */
    int gap;    /* between elements */
    int radius; /* panels */
    int small;  /* smallest text: 1/24 of the height */
    int body;
    int prompt;
    int big;
    int huge;
} ui_metrics;

void ui_metrics_compute(ui_metrics *m, int w, int h);
gfx_color ui_mix(gfx_color a, gfx_color b, float t);

/* Widgets. */
typedef enum {
    UI_BTN_NORMAL = 0,
    UI_BTN_PRIMARY,
    UI_BTN_RIGHT,
    UI_BTN_WRONG,
    UI_BTN_DIM
} ui_btn_style;
void ui_draw_button(gfx *g, const ui_metrics *m, gfx_rect r, const char *label, ui_btn_style st,
                    bool hover, bool pressed, bool focus);
/* A rounded panel with a darker lip under it. */
void ui_draw_panel(gfx *g, const ui_metrics *m, gfx_rect r, gfx_color fill);
void ui_draw_logo(gfx *g, int cx, int cy, int size);
void ui_draw_check(gfx *g, int cx, int cy, int size, gfx_color c);
void ui_draw_cross(gfx *g, int cx, int cy, int size, gfx_color c);
void ui_draw_clock(gfx *g, int cx, int cy, int size, gfx_color c, gfx_color bg);
void ui_draw_flame(gfx *g, int cx, int cy, int size);
void ui_draw_speaker(gfx *g, int cx, int cy, int size, bool muted, gfx_color c);
bool ui_hit(gfx_rect r, int x, int y);

/* ---- the question and feedback layout, kept between frames ---- */
typedef struct {
    int prompt_y, prompt_h, prompt_px;
    int hint_y;
    gfx_rect image; /* the question's picture, empty when it has none */
    gfx_rect cells[GAME_MAX_CHOICES];
    int text_px;
    gfx_rect submit;
    gfx_rect cont;
    gfx_rect explain;
    int explain_px;
    int src_h;
    size_t shown[GAME_MAX_CHOICES]; /* feedback: the positions shown, in order */
    size_t nshown;
    bool compact;        /* feedback: labels in front of the choices' text */
    gfx_rect detail;     /* feedback of order, sort, input, estimate: their own account */
    bool cont_in_banner; /* feedback: no room below, Continue sits in the verdict banner */
} q_layout;

typedef struct {
    size_t question;
    int feedback;
    int w, h;
    int lang;
    unsigned gen;
} q_layout_key;

/* ---- state ---- */
#define UI_MAX_HITS 16

typedef struct {
    size_t pack, level;
} ui_menu_item;

struct ui {
    gfx *g;
    audio *a;
    const game_catalog *cat;
    ui_pack *packs;
    size_t npacks;
    ui_config cfg;
    game_lang lang;

    ui_screen screen;
    game_session *session;
    size_t cur_pack, cur_level;
    game_phase last_phase;
    uint64_t screen_since;
    bool dirty;
    bool quit;
    uint64_t seed; /* advances at each level opened: a new shuffle every game */

    /* menu */
    ui_menu_item *items;
    size_t nitems;
    int menu_focus;
    int menu_scroll;
    long *best; /* per item, -1 when not played */

    /* pointer */
    int px, py;
    bool pressed;
    int press_target;

    /* game screens */
    int focus;            /* keyboard focus: choice position or a button, -1 none */
    uint64_t leave_until; /* Esc pressed once: a second one leaves until then */
    long shown_score;     /* score before the last answer, for the count-up */
    int results_scroll;
    bool results_more;                  /* the recap has rows below the last one shown */
    bool grabbed;                       /* order: the focused item moves with the arrows */
    int drag_from;                      /* order: the position a drag began at, -1 none */
    bool sliding;                       /* estimate: the slider follows the pointer */
    bool card_drag;                     /* sort: the card follows the pointer */
    signed char placed[GAME_MAX_ITEMS]; /* sort: cards in the order they were placed */
    int nplaced;

    game_error error;

    /* hot reload */
    bool reload_request;
    bool overlay; /* a failed reload's error shows over the screen */
    game_error overlay_error;
    uint64_t toast_until; /* "level reloaded" shows until then */

    /* mini-game */
    bool play_live;     /* the game of the question shown runs */
    size_t play_q;      /* its question */
    uint64_t play_tick; /* its last update */
    bool play_pointer;  /* a press went to the game: moves and the release follow it */
    gfx_rect play_rect; /* the canvas on screen */
    game_canvas canvas; /* the last frame */
    game_play_result play_result;
    bool play_has_result;
    bool play_more_line;   /* feedback: the "and N more right" line fits */
    bool play_paged;       /* feedback: the rows are too many, shown a page at a time */
    size_t play_first;     /* feedback: the first row shown when paged */
    size_t play_page_rows; /* feedback: how many rows the page shows */
    gfx_rect play_pager;   /* feedback: the line that says so; a tap shows the next rows */
    const game_play_step *shot_steps; /* ui_goto_play */
    size_t shot_nsteps;
    uint32_t shot_at_ms;

    /* kept results (ui_results.c) */
    char nick[GAME_NICK_MAX * 4 + 1];       /* who plays; "" anonymous */
    char nick_draft[GAME_NICK_MAX * 4 + 1]; /* being typed */
    bool nick_bad;
    size_t nick_pack, nick_level; /* the level chosen, opened once the name is given */
    bool run_open;                /* the writer has a run begun for this level */
    game_board_row board[3];      /* today, this week, ever: the level's leader */
    bool board_has[3];
    int rank_today, ranked_today;
    char (*best_nick)[GAME_NICK_MAX * 2 + 1]; /* per menu item */
    long pack_best[UI_MAX_PACKS];
    char pack_best_nick[UI_MAX_PACKS][GAME_NICK_MAX * 2 + 1];
    char trainer_session[128]; /* a trainer's session: runs are grouped under it; "" none */
    char session_draft[128];   /* being typed */
    char notice[600];          /* a message about the results, shown for a while */
    uint64_t notice_until;
    game_board_row scores[3][UI_BOARD_ROWS]; /* the boards screen: today, week, ever */
    size_t nscores[3];
    game_board_row pack_scores[3];
    size_t npack_scores;
    game_report report;
    bool report_ok;
    int report_scroll;

    q_layout layout;
    q_layout_key layout_key;
    bool layout_valid;
    unsigned layout_gen; /* bumped when a level starts: same index, new question */
};

/* Hit targets of the current screen, in the order keys move through them. */
typedef enum {
    UI_T_NONE = 0,
    UI_T_CHOICE, /* index: displayed position */
    UI_T_SUBMIT,
    UI_T_CONTINUE,
    UI_T_START,
    UI_T_BACK,
    UI_T_AGAIN,
    UI_T_LEVEL, /* index: menu item */
    UI_T_LANGUAGE,
    UI_T_SOUND,
    UI_T_SCROLL,  /* index: -1 up, 1 down */
    UI_T_ITEM,    /* order: index = position */
    UI_T_ITEM_UP, /* order: move the item at position index up */
    UI_T_ITEM_DOWN,
    UI_T_BIN,    /* sort: index = bin */
    UI_T_UNDO,   /* sort: take back the last card */
    UI_T_TRACK,  /* estimate: the slider */
    UI_T_PART,   /* hotspot: index = part */
    UI_T_CARD,   /* sort: the card to place, which can be dragged onto a bin */
    UI_T_NICK,   /* nickname screen: 0 play, 1 play without a name */
    UI_T_SCORES, /* menu: the best scores */
} ui_target_kind;

typedef struct {
    ui_target_kind kind;
    int index;
    gfx_rect r;
} ui_target;

typedef struct {
    ui_target t[UI_MAX_HITS + 64];
    int n;
} ui_targets;

/* Lays out (and with draw, draws) the current screen; fills the hit targets. The same
 * function serves drawing and hit testing so that they can never disagree. */
void ui_screen_layout(ui *u, uint64_t now_ms, bool draw, ui_targets *out);

/* Shared by the screens (ui_screens.c) and the hands-on kinds (ui_kinds.c). */
int ui_top_bar(ui *u, const ui_metrics *m, uint64_t now, bool draw);
void ui_timer_bar(ui *u, const ui_metrics *m, int bar, uint64_t now);
void ui_footer(ui *u, const ui_metrics *m, const char *text);
int ui_footer_height(const ui_metrics *m);
int ui_centered(ui *u, const char *text, gfx_font f, int px, int x, int y, int w, gfx_color c,
                bool draw);
int ui_button_width(ui *u, const ui_metrics *m, const char *k1, const char *k2);
void ui_add_target(ui_targets *t, ui_target_kind k, int index, gfx_rect r);
bool ui_hovering(const ui *u, gfx_rect r);

/* Removes the last UTF-8 character of s (what Backspace does in a text field). */
void ui_erase_last(char *s);
/* A one-line text field with its caret at the end, centred in r. */
void ui_draw_text_field(ui *u, const ui_metrics *m, gfx_rect r, const char *text);

/* Applies one game action now (errors go to the error screen). */
void ui_act(ui *u, const game_action *a, uint64_t now);

/* ---- the question kinds' views: one row per game_kind (ui_kinds.c) ---- */

typedef struct {
    /* The question screen: lays it out, fills its targets and, with draw, draws it. */
    void (*question)(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t);
    /* Every input event while the question runs, before the keys every screen shares (a typed
     * answer takes M and L as letters); true when taken. */
    bool (*input)(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now);
    /* For input = ui_kind_input (the hands-on kinds): keys and typed text, and the pointer. */
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
} ui_kind_view;

/* The row of k; an out-of-range k gets the "choice" row. */
const ui_kind_view *ui_kind_view_of(game_kind k);
/* The hands-on kinds' input: keys and text to the row's key, the pointer to its pointer. */
bool ui_kind_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now);
/* The pointer on a question with nothing to drag or mark: a press, a release, Submit. */
bool ui_kind_pointer(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now);
/* Formats an estimate's value with its unit. */
void ui_format_value(const ui *u, const game_question *q, double v, char *buf, size_t n);

/* ui_screens.c: the choice kinds' view (choice, multi, true/false). */
void ui_choice_question(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t);
bool ui_choice_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now);
void ui_choice_feedback_layout(ui *u, const ui_metrics *m, int bar, q_layout *L);
void ui_choice_feedback_cells(ui *u, const ui_metrics *m, const q_layout *L, uint64_t now);
void ui_choice_right_answer(const ui *u, const game_question *q, char *buf, size_t n);
void ui_choice_shot(ui *u, const game_question *q, bool right, uint64_t now);

/* ui_play.c: mini-games, and their kind's view. */
bool ui_play_live(const ui *u);
void ui_play_update(ui *u, uint64_t now);
void ui_play_question(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t);
bool ui_play_kind_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now);
bool ui_play_key(ui *u, const input_event *ev, uint64_t now);
void ui_play_shot(ui *u, const game_question *q, bool right, uint64_t now);
int ui_play_feedback_height(ui *u, const ui_metrics *m, int w, int room);
void ui_play_feedback_draw(ui *u, const ui_metrics *m, gfx_rect r);
/* The next (delta > 0) or previous rows of a paged game feedback; false when not paged. */
bool ui_play_feedback_page(ui *u, int delta);
/* Plays the question's game headless from the steps until stop_ms (0: its end). */
bool ui_play_scripted(ui *u, const game_play_step *steps, size_t n, uint32_t stop_ms, bool end,
                      uint64_t *now, game_error *err);
void ui_show_error(ui *u, const game_error *err, uint64_t now);

/* ui_results.c: kept results, through the app's ui_records. Recording: runs are recorded
 * (a nickname is asked, a session can be named); reading: there are boards to show. */
bool ui_results_recording(const ui *u);
bool ui_results_reading(const ui *u);
void ui_results_run_begin(ui *u);
void ui_results_answer(ui *u, size_t qi);
void ui_results_run_end(ui *u);
void ui_results_menu_refresh(ui *u);
void ui_results_poll(ui *u, uint64_t now);
void ui_results_board_line(const ui *u, char *buf, size_t n);
void ui_nick_open(ui *u, size_t pack, size_t level, uint64_t now);
bool ui_nick_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now);
void ui_nick_activate(ui *u, int index, uint64_t now);
void ui_nick_screen(ui *u, const ui_metrics *m, bool draw, ui_targets *t);
void ui_scores_open(ui *u, uint64_t now);
bool ui_scores_input(ui *u, const input_event *ev, uint64_t now);
void ui_scores_screen(ui *u, const ui_metrics *m, bool draw, ui_targets *t);
void ui_session_open(ui *u, uint64_t now);
bool ui_session_input(ui *u, const input_event *ev, uint64_t now);
void ui_session_screen(ui *u, const ui_metrics *m, bool draw, ui_targets *t);
void ui_report_open(ui *u, uint64_t now);
bool ui_report_input(ui *u, const input_event *ev, uint64_t now);
void ui_report_screen(ui *u, const ui_metrics *m, bool draw, ui_targets *t);

/* The reload error and the "reloaded" note, over whatever screen is shown. */
void ui_draw_overlays(ui *u, uint64_t now_ms);

/* Catalog text with {1}…{3} replaced. */
const char *ui_str(const ui *u, const char *key);
void ui_fmt(const ui *u, char *buf, size_t n, const char *key, const char *a1, const char *a2,
            const char *a3);
/* 12 345 with a thin space (French) or a comma (English). */
void ui_number(const ui *u, char *buf, size_t n, long v);

/* Animation lengths, ms. */
#define UI_ANIM_PULSE   1200
#define UI_ANIM_COUNT   700
#define UI_ANIM_RESULTS 1200

#endif

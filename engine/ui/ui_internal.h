/* ui_internal.h — the ui's state, shared by the ui/ files: the screens, what each keeps
 * between frames, the hit targets, and the few calls every screen and kind may make (change
 * the screen, act on the game). Drawing helpers are in ui_widgets.h, the look in ui_theme.h.
 */
#ifndef VIGIE_UI_INTERNAL_H
#define VIGIE_UI_INTERNAL_H

#include "ui.h"
#include "ui_theme.h"

typedef enum {
    UI_SCREEN_TITLE = 0,
    UI_SCREEN_MENU,
    UI_SCREEN_GAME, /* the game's own phases: intro, question, feedback, results */
    UI_SCREEN_ERROR,
    UI_SCREEN_NICK,      /* who plays: a nickname, or nothing */
    UI_SCREEN_REPORT,    /* the trainer's session report */
    UI_SCREEN_SCORES,    /* the best scores of the menu's level */
    UI_SCREEN_SESSION,   /* a trainer names the session */
    UI_SCREEN_ATTRACT,   /* kiosk: the attract loop, when nobody plays (ui_kiosk.c) */
    UI_SCREEN_KIOSK_END, /* kiosk: a round's end: score, rank of the day, QR (ui_kiosk.c) */
    UI_SCREEN_OPERATOR,  /* kiosk: the operator's PIN, then menu (ui_operator.c) */
    UI_SCREEN_DUEL,      /* duels and teams with buzzers (ui_duel.c) */
    UI_SCREEN_SETTINGS,  /* the accessibility settings, the language, the sound (ui_settings.c) */
    UI_SCREEN_INSTALL,   /* a file dropped on the window: install the pack? (ui_install.c) */
    UI_SCREEN_COUNT
} ui_screen;

#define UI_MAX_PACKS  64
#define UI_BOARD_ROWS 8

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
    int src_px; /* the source's size: small, less when an address is wider than a line */
    size_t shown[GAME_MAX_CHOICES]; /* feedback: the positions shown, in order */
    size_t nshown;
    bool compact;        /* feedback: labels in front of the choices' text */
    gfx_rect detail;     /* feedback: the account of a kind with its own (not the choices) */
    bool cont_in_banner; /* feedback: no room below, Continue sits in the verdict banner */
} q_layout;

typedef struct {
    size_t question;
    int feedback;
    int w, h;
    int lang;
    unsigned gen;
} q_layout_key;

/* For tests: the catalogue texts the screens looked up (ui_str, ui_fmt), as they came out,
 * in order; full: the rest is not written. */
#define UI_STR_LOG_MAX 256
typedef struct {
    size_t n;
    struct {
        char key[48];
        char text[200];
    } e[UI_STR_LOG_MAX];
} ui_str_log;

/* ---- state ---- */
#define UI_MAX_HITS 16

/* A text the recap or the report drew in its last frame: the whole string, the box it was
 * given and the widest line it took. Kept for the tests, which hold that nothing on these
 * screens is cut (a text shown whole, no line wider than its box, no box over another). */
#define UI_SHOWN_MAX  64
#define UI_SHOWN_TEXT 1600
typedef struct {
    char text[UI_SHOWN_TEXT];
    gfx_rect box; /* x, y, the width it may take, the height it took */
    int used_w;   /* its widest line */
} ui_shown_text;

typedef struct {
    size_t pack, level;
} ui_menu_item;

struct ui {
    /* what it draws with, what it shows */
    gfx *g;
    audio *a;
    const game_catalog *cat;
    ui_pack *packs;
    size_t npacks;
    ui_config cfg;
    game_lang lang;
    ui_str_log *str_log; /* tests: where ui_str and ui_fmt write what they gave (NULL: no log) */
    bool reg_fixed;      /* the strings take reg, whatever the screen (the live classroom) */
    game_register reg;   /* else ui_register works it out from the screen and the packs */
    ui_screen screen;
    /* the text size this screen is drawn at (ui_access.c): the player's, lowered a step while
     * some text does not fit; the key of the screen it was found for */
    struct {
        int pct;
        uint64_t key;
        int ref_min; /* the smallest text of this screen at the normal size, 0: not drawn yet */
        unsigned ref_cuts; /* the texts it cut at the normal size (a menu's long descriptions) */
        /* its texts that overlap another or a box's edge, at the normal size */
        unsigned ref_overlaps;
        bool settled; /* a draw at pct passed: overlaps are no longer looked for each frame */
    } fit;
    bool dirty;
    bool quit;

    /* the pointer and the keyboard's focus, on every screen */
    int px, py;
    bool pressed;
    int press_target; /* the target the press began on: its place in the list */
    int press_kind;   /* …and which it is (a ui_target_kind and its index) */
    int press_index;
    int focus;      /* a choice's position or a button, -1 none */
    bool drop_text; /* the last key acted (T opened a field…): the text it types is not typed */

    /* Tab's focus, on every screen (ui_app.c): the target it is on, by kind and index (the
     * list's order changes as a screen scrolls); Enter presses it; drawn as a ring */
    struct {
        bool on;
        int kind, index;
    } tab;

    /* the game screen (ui_game.c): the level being played */
    game_session *session;
    size_t cur_pack, cur_level;
    /* `vigie --open LEVEL --question N`: the level starts at that question (0-based), and so
     * does its reload once a broken save is fixed */
    struct {
        bool on;
        size_t pack, level, question;
    } start_at;
    game_phase last_phase;
    uint64_t seed;        /* advances at each level opened: a new shuffle every game */
    uint64_t leave_until; /* Esc pressed once: a second one leaves until then */
    long shown_score;     /* score before the last answer, for the count-up */
    bool run_open;        /* the records have a run begun for this level */

    /* the error screen (ui_error.c) */
    game_error error;

    /* the menu (ui_menu.c); its records (ui_records.c) */
    struct {
        ui_menu_item *items;
        size_t nitems;
        int focus;
        int scroll;
        int view_top, view_bottom; /* the list's visible band: a card cut by it scrolls in */
        int card_h;                /* a card's height: its target is shorter when cut */
        long *best;                /* per item, -1 when not played */
        char (*best_nick)[GAME_NICK_MAX * 2 + 1]; /* per item */
        game_pace *best_pace;                     /* per item: the record's pace */
        long pack_best[UI_MAX_PACKS];
        char pack_best_nick[UI_MAX_PACKS][GAME_NICK_MAX * 2 + 1];
        game_pace pack_best_pace[UI_MAX_PACKS];
    } menu;

    /* the question and feedback shown: their layout, kept between frames (ui_feedback.c), and
     * the hands-on kinds' state (ui_order_sort.c, ui_estimate.c) */
    struct {
        q_layout layout;
        q_layout_key key;
        bool valid;
        unsigned gen;   /* bumped when a level starts: same index, new question */
        bool grabbed;   /* order: the focused item moves with the arrows */
        int drag_from;  /* order: the position a drag began at, -1 none */
        bool sliding;   /* estimate: the slider follows the pointer */
        bool card_drag; /* sort: the card follows the pointer */
        signed char placed[GAME_MAX_ITEMS]; /* sort: cards in the order they were placed */
        int nplaced;
        int scroll;         /* hotspot: how far a long mail is scrolled up, in pixels */
        int scroll_press_y; /* hotspot: where a press on a scrolling mail began, -1 none */
        int scroll_at_press;
        bool scroll_dragged; /* hotspot: that press scrolled the mail: its release marks nothing */
    } question;

    /* the mini-game of the question shown (ui_play.c) */
    struct {
        bool live;          /* its game runs */
        size_t q;           /* its question */
        uint64_t tick;      /* its last update */
        bool pointer;       /* a press went to the game: moves and the release follow it */
        gfx_rect rect;      /* the canvas on screen */
        game_canvas canvas; /* the last frame */
        game_play_result result;
        bool has_result;
        bool paged;       /* feedback: the rows are too many, shown a page at a time */
        size_t first;     /* feedback: the first row shown when paged */
        size_t page_rows; /* feedback: how many rows were drawn (the page's, when paged) */
        gfx_rect pager;   /* feedback: the line that says so; a tap shows the next rows */
        const game_play_step *shot_steps; /* ui_goto_play */
        size_t shot_nsteps;
        uint32_t shot_at_ms;
    } play;

    /* the results (ui_recap.c) and the level's boards behind them (ui_records.c) */
    struct {
        int scroll;
        bool more;               /* the recap has rows below the last one shown */
        game_board_row board[3]; /* today, this week, ever: the level's leader */
        bool board_has[3];
        int rank_today, ranked_today;
    } recap;

    /* the nickname screen (ui_nick.c) */
    struct {
        char name[GAME_NICK_MAX * 4 + 1];  /* who plays; "" anonymous */
        char draft[GAME_NICK_MAX * 4 + 1]; /* being typed */
        bool bad;
        size_t pack, level; /* the level chosen, opened once the name is given */
    } nick;

    /* the session screen (ui_nick.c) */
    struct {
        char session[128]; /* a trainer's session: runs are grouped under it; "" none */
        char draft[128];   /* being typed */
    } trainer;

    /* the boards screen (ui_scores.c) */
    struct {
        game_board_row rows[3][UI_BOARD_ROWS]; /* today, week, ever */
        size_t n[3];
        game_board_row pack[3];
        size_t npack;
    } scores;

    /* the report screen (ui_report.c) */
    struct {
        game_report data;
        bool ok;
        int scroll;
        bool more; /* a list has lines below the last one shown */
    } report;

    /* what the recap or the report drew in its last frame (ui_recap.c, for tests) */
    ui_shown_text shown[UI_SHOWN_MAX];
    size_t nshown;

    /* over any screen (ui_error.c): a notice about the kept results; the trainer's reload */
    struct {
        char text[600];
        uint64_t until;
    } notice;
    struct {
        bool request;
        bool failed; /* its error shows over the screen */
        game_error error;
        uint64_t toast_until; /* "level reloaded" shows until then */
    } reload;

    /* the menu's "Classe en direct" (C): the level the app opens a room on */
    struct {
        bool request;
        size_t pack, level;
    } host;

    /* The live classroom's screens (ui_host*.c) lend this struct to the widgets with no level
     * and no session: the hotspot question they show (ui_question's, when not NULL), and where
     * the on-screen keyboard's keys go (else the screen's input). */
    const game_question *shown_question;
    /* The phones' picture of it (ui_host_mockup): the mock-up fills the width, no phone drawn
     * around an SMS, no room kept for a link's real target (a phone shows none). */
    bool mockup_phone;
    void (*key_sink)(void *ud, const input_event *ev, uint64_t now);
    void *key_sink_ud;

    /* the stand's kiosk (ui_kiosk.c): cfg.kiosk says whether it is on */
    struct {
        uint64_t last_input;   /* the last input in a round: the idle reset counts from it */
        bool still_there;      /* "Toujours là ?" shows, counting down */
        uint64_t still_until;  /* …to the attract loop then */
        int attract_page;      /* the attract loop's page: title, top 10, teaser, help */
        uint64_t attract_next; /* when it turns */
        uint64_t end_until;    /* the end screen goes back to the attract loop then */
        long last_score, last_max;
        int last_rank, last_of;
        size_t round;    /* the next round's level, in the kiosk's pack */
        size_t pack;     /* the kiosk's pack (an index into packs) */
        bool paused;     /* the operator paused the stand: touches do nothing */
        bool duel;       /* the operator chose duels: a touch opens the duel's set-up */
        int fixed_round; /* the operator chose one round: its level; -1 rotate */
        /* the operator's long press in the top-left corner (touch-only stands) */
        bool corner_down;      /* a press began there and is held */
        bool corner_fired;     /* it opened the operator: its release does nothing else */
        uint64_t corner_since; /* when it began */
        bool swallow_up;       /* the press that dismissed "Toujours là ?": its release too */
    } kiosk;

    /* the operator's menu (ui_operator.c) */
    struct {
        char pin[16];          /* digits typed */
        bool open;             /* the PIN was right: the menu shows */
        int tries;             /* wrong PINs in a row */
        uint64_t locked_until; /* after 3 wrong: no PIN taken until then */
        int page;              /* 0 the menu, 1 today's figures, 2 choose the round,
                                  3 choose the pack */
        ui_screen back;        /* the screen to go back to */
        bool fig_ok;
        game_stand fig;
        int confirm;         /* asked before it is done: 1 reset today's board, 2 quit; 0 none */
        bool wrong;          /* the last PIN was wrong: said until the next digit */
        const char *note;    /* a catalog key: what the last action did (the board was reset) */
        uint64_t last_input; /* 60 s after it, the menu closes to the attract loop */
    } op;

    /* what the speech said last (ui_speech.c); NULL until speech is on */
    struct ui_speech_state *speech;

    /* duels and teams (ui_duel.c); NULL until one is opened */
    struct ui_duel *duel;

    /* the on-screen keyboard of the text fields (ui_keyboard.c) */
    struct {
        bool want; /* a finger pressed last (or the field was clicked); a physical key clears it */
        int page;  /* 0 letters, 1 digits and symbols */
        int shift; /* 0 off, 1 the next letter, 2 caps lock */
    } keyboard;

    /* the settings screen (ui_settings.c) */
    struct {
        int row;             /* the row the keys change */
        int scroll;          /* how far the rows are scrolled up, in pixels */
        ui_screen back;      /* where Esc and "Terminé" go */
        gfx_rect focus_box;  /* the focused row, whole, as last laid out (tests: in view) */
        uint64_t last_input; /* the stand: left alone a minute, they close (as the operator's) */
    } settings;

    /* a file dropped on the window (ui_install.c) */
    struct {
        int state;       /* ask, checking, done, failed, not a pack (ui_install.c) */
        char path[4096]; /* the file dropped */
        char name[256];  /* its name, as the dialog shows it */
        char msg[1024];  /* the install's error, or the pack's id once installed */
        char title[256]; /* the pack's title, as the install gave it */
        bool request;    /* [Installer]: the app installs (ui_take_install_request) */
        ui_screen back;  /* the screen it was dropped on */
    } install;
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

    UI_T_KEY,     /* the on-screen keyboard: index = the key's place on its page */
    UI_T_FIELD,   /* a text field: a tap or a click there shows the on-screen keyboard */
    UI_T_SESSION, /* menu: a trainer names the session (T) */
    UI_T_REPORT,  /* menu: the session's report (R) */
    UI_T_HOST,    /* menu: the live classroom on the level chosen (C) */
    UI_T_DUEL,    /* menu: a duel on the level chosen (D) */

    /* the settings (ui_settings.c) */
    UI_T_SETTINGS, /* menu: open them (O) */
    UI_T_SETTING,  /* a row: index = the row; a press changes its value */

    /* the live classroom's teacher's screens (ui_host*.c) */
    UI_T_HOST_CMD,    /* a command's button: index = ui_host_cmd_kind */
    UI_T_HOST_PLAYER, /* a player's name: index = their place in the room */
    UI_T_HOST_YES,    /* a confirmation: do it */
    UI_T_HOST_NO,     /* a confirmation: do not */

    /* a pack dropped on the window (ui_install.c) */
    UI_T_INSTALL_YES, /* install it; OK once it is done */
    UI_T_INSTALL_NO,  /* cancel */
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

/* ---- the core: every screen and kind may call these ---- */

/* Goes to screen s: what its row's open does, else ui_screen_show (ui_screens.c); a screen with
 * nothing to show (the boards without kept results) declines. ui_screen_show: s is shown, with
 * no focus and nothing pressed. */
void ui_screen_open(ui *u, ui_screen s, uint64_t now);
/* Puts u->cfg.access to work (ui_access.c): the theme, the text size, the font. */
void ui_access_apply(ui *u);
/* Before a screen is laid out or drawn: the text size it is drawn at (the player's, or the step
 * below that fitted this screen). */
void ui_access_frame(ui *u);
/* After it was drawn: when a text was cut since `before`, or drawn smaller than the screen's
 * smallest at the normal size, and a smaller step is left, takes it and returns true: the screen
 * must be drawn again. */
bool ui_access_refit(ui *u, const gfx_text_cut_stats *before);
/* True when the screen being drawn is new at a larger text size: it must first be drawn at the
 * normal size (ui_access_probe_done after), whose smallest text the larger ones must reach. */
bool ui_access_probe(ui *u);
void ui_access_probe_done(ui *u);
void ui_screen_show(ui *u, ui_screen s);
/* Does what target t of the screen shown stands for, pressed and released there (ui_app.c). */
void ui_activate(ui *u, const ui_target *t, uint64_t now);

/* The game being played (ui_game.c). Applies one game action now (errors go to the error
 * screen); ui_act_args builds the action from its kind and arguments. */
void ui_act(ui *u, const game_action *a, uint64_t now);
void ui_act_args(ui *u, game_action_kind k, int arg, int arg2, uint64_t now);
/* After every step: sounds, focus and the kept records follow the game's phase changes. */
void ui_after_step(ui *u, uint64_t now);
/* The error screen, for err. */
void ui_show_error(ui *u, const game_error *err, uint64_t now);

/* Speech (ui_speech.c): after a frame, reads what the screen newly shows (cfg.voice, when
 * cfg.access.speech is on); F2 says it again, F3 reads a hotspot's mock-up (true: the key was
 * taken). */
void ui_speech_follow(ui *u);
bool ui_speech_key(ui *u, const input_event *ev);
void ui_speech_free(ui *u);

/* A mini-game runs on the question shown (ui_play.c): frames come at 60 a second. */
bool ui_play_live(const ui *u);

#endif

/* ui.h — the screens: title, menu, level intro, question, feedback, results, error.
 *
 * Reads the game's state and draws it through gfx/; turns input events into game
 * actions. It knows nothing of Lua or SQL: the app hands it the levels, already loaded,
 * each with its scoring rule, and the kept results behind a narrow interface (ui_records).
 * Drawing never changes the game.
 */
#ifndef VIGIE_UI_H
#define VIGIE_UI_H

#include "audio/audio.h"
#include "game/game.h"
#include "game/game_play.h"
#include "game/game_results.h"
#include "gfx/gfx.h"
#include "input/input.h"

typedef struct {
    char *path;
    const game_level *level; /* NULL when it failed to load */
    game_error error;        /* why, when level is NULL */
    game_score_fn score;
    void *score_ud;
    const game_play_host *play; /* runs the level's mini-games (play_ud: the level's state) */
    void *play_ud;
} ui_level;

typedef struct {
    game_text title;
    char *id; /* the pack's id: results are kept under it */
    ui_level *levels;
    size_t nlevels;
    game_register reg; /* how its screens address the player in French */
    bool installed;    /* one of the player's installed packs (vigie install): the menu says so */
} ui_pack;

/* ---- accessibility (docs/accessibility.md): the settings screen's choices ---- */

typedef enum { UI_TEXT_NORMAL = 0, UI_TEXT_LARGE, UI_TEXT_LARGER, UI_TEXT_COUNT } ui_text_size;
typedef enum { UI_THEME_DARK = 0, UI_THEME_LIGHT, UI_THEME_CONTRAST, UI_THEME_COUNT } ui_theme_id;
typedef enum { UI_FONT_DEFAULT = 0, UI_FONT_DYSLEXIC, UI_FONT_COUNT } ui_font_id;

/* Speech's slowest, default and fastest rates, words per minute (eSpeak NG's). */
#define UI_SPEECH_RATE_MIN 80
#define UI_SPEECH_RATE_DEF 160
#define UI_SPEECH_RATE_MAX 300

typedef struct {
    ui_text_size text; /* 100, 125, 150 % */
    ui_theme_id theme;
    ui_font_id font;     /* DYSLEXIC: OpenDyslexic, with more space between lines */
    bool reduced_motion; /* no animation, no blinking, no fast transition */
    game_pace pace;      /* the time limits: as written, 1.5 ×, 2 ×, none */
    bool speech;         /* read the screens aloud (ui_voice) */
    int speech_rate;     /* words per minute, UI_SPEECH_RATE_MIN … MAX; 0: the default */
} ui_access;

/* The names the options and the settings use: "normal" "large" "larger", "dark" "light"
 * "high-contrast", "default" "dyslexic". */
const char *ui_text_size_name(ui_text_size t);
const char *ui_theme_name(ui_theme_id t);
const char *ui_font_name(ui_font_id f);
bool ui_text_size_parse(const char *s, ui_text_size *out);
bool ui_theme_parse(const char *s, ui_theme_id *out);
bool ui_font_parse(const char *s, ui_font_id *out);

/* Speech as the ui sees it: the app implements it (eSpeak NG on its own thread). say replaces
 * whatever is being said with text, in lang at rate words per minute, and returns at once;
 * stop silences it. All NULL: no speech. */
typedef struct {
    void *ud;
    void (*say)(void *ud, const char *text, game_lang lang, int rate);
    void (*stop)(void *ud);
} ui_voice;

/* ---- kept results: what the ui hands over and reads back ---- */

/* A run begins: the level, who plays it, under which trainer's session. Borrowed strings. */
typedef struct {
    const char *session; /* a trainer's session name, or NULL */
    const char *nick;    /* NULL: anonymous */
    const char *pack_id, *level_id, *level_title;
    const char *lang;
    long max_score;
    game_pace pace; /* NORMAL, or the time accommodation it was played under */
} ui_run_record;

/* One answer of the run begun last. Borrowed strings. */
typedef struct {
    int seq; /* 1, 2, … in the run */
    const char *question_id;
    const char *kind;
    const char *prompt; /* the question as the player read it */
    const char *answer; /* what the player answered, in words ("" for a timeout) */
    bool correct, timeout;
    long points;
    uint32_t time_ms;
    double credit;  /* 0 … 1: the share of the answer that was right (game_answer.credit) */
    game_sure sure; /* how sure the player said they were (game_answer_sure) */
} ui_answer_record;

/* The kept results as the ui sees them: the app implements it over the store (app_records.c).
 * The ui never includes store/: the rows it reads are the model's (game/game_results.h).
 * Writing (run_begin … take_error) is NULL when runs are not recorded, reading (best, report)
 * when there is nothing to read; all NULL (a zeroed struct): nothing kept, and none of it
 * shows. Timestamps are the implementer's (wall clock), never the ui's. */
typedef struct {
    void *ud;
    /* Queue a record; never waits for the disk. */
    void (*run_begin)(void *ud, const ui_run_record *r);
    void (*answer)(void *ud, const ui_answer_record *a);
    void (*run_end)(void *ud, long score);
    /* Waits until what was queued is written, so that the next read counts it. */
    void (*flush)(void *ud);
    /* The first error writing met, once; false when none. */
    bool (*take_error)(void *ud, char *buf, size_t n);
    /* The best scores of a level (or, with level_id NULL, of a pack: each player's best per
     * level, summed) over period p ending now, best first; how many were written to out. */
    size_t (*best)(void *ud, const char *pack_id, const char *level_id, game_period p,
                   game_board_row *out, size_t max);
    /* The report of a trainer's session; free it with report_free (also after a failure). */
    bool (*report)(void *ud, const char *session, game_report *out, game_error *err);
    void (*report_free)(game_report *r);
    /* Checks and normalises a nickname (at most GAME_NICK_MAX bytes); false when refused. */
    bool (*nick_valid)(const char *in, char *out, size_t n);
    /* Keeps the accessibility settings the player chose on the settings screen. */
    void (*access_save)(void *ud, const ui_access *a);

    /* ---- the stand (kiosk); any may be NULL ---- */
    /* The run begun last was left before its end (the idle reset, the operator): kept as
     * abandoned, never as a finished score. */
    void (*run_abandon)(void *ud);
    /* Today's best finished runs of a pack (since local midnight, or since its board was reset
     * today), one row per run, best first: how many were written to out. */
    size_t (*day_best)(void *ud, const char *pack_id, game_board_row *out, size_t max);
    /* The rank of a finished score among today's finished runs of the pack (as day_best counts
     * them), from 1; *of gets how many there are. 0 when unknown. */
    int (*day_rank)(void *ud, const char *pack_id, long score, int *of);
    /* The operator resets today's board of the pack (NULL: every pack): day_best and day_rank
     * count from now on; the runs stay kept, and the day's figures still count them. */
    void (*board_reset)(void *ud, const char *pack_id);
    /* A day's figures of a pack (NULL: every pack); day_ms is any moment of that day (0:
     * today). False with err on failure. */
    bool (*stand_day)(void *ud, const char *pack_id, int64_t day_ms, game_stand *out,
                      game_error *err);
} ui_records;

/* The stand's kiosk (`vigie --kiosk`, docs/stand.md). Borrowed strings. */
typedef struct {
    bool on;
    const char *pack_id;   /* where rounds come from: "stand" by default, else the first pack */
    unsigned idle_reset_s; /* no input that long in a round: "Toujours là ?" (default 45) */
    const char *pin;       /* the operator's PIN, 4 to 8 digits; the kiosk does not start
                              without one */
    const char
        *help_url; /* the QR code's address (default https://www.cybermalveillance.gouv.fr) */
} ui_kiosk_config;

typedef struct {
    game_lang lang;
    uint64_t seed;
    bool skip_title; /* start at the menu */
    /* Kept results, all optional: the records (zeroed: none), a trainer's session name, a
     * notice to show once. */
    ui_records records;
    const char *session;
    const char *notice;
    ui_kiosk_config kiosk; /* zeroed: no kiosk */
    ui_access access;      /* zeroed: the defaults */
    ui_voice voice;        /* zeroed: no speech, whatever access.speech says */
} ui_config;

typedef struct ui ui;

/* The packs, the catalog and the audio are borrowed and must outlive the ui. */
ui *ui_create(gfx *g, audio *a, const game_catalog *cat, ui_pack *packs, size_t npacks,
              const ui_config *cfg);
void ui_destroy(ui *u);

/* Handles one input event at time now_ms. */
void ui_input(ui *u, const input_event *ev, uint64_t now_ms);
/* Advances time: expires the countdown, plays the sounds of what happened. */
void ui_update(ui *u, uint64_t now_ms);
/* Draws the current screen (does not present). */
void ui_draw(ui *u, uint64_t now_ms);
/* Milliseconds until the screen must be redrawn: 0 now, -1 when nothing moves (sleep
 * until the next event). */
int ui_wait_ms(ui *u, uint64_t now_ms);
/* True once after something changed that needs a redraw. */
bool ui_take_dirty(ui *u);
bool ui_quit_requested(const ui *u);
/* The accessibility settings in use, and changing them (the settings screen does, then keeps
 * them through ui_records.access_save): the theme, the text size and the font apply at the next
 * frame, on every screen. */
const ui_access *ui_access_get(const ui *u);
void ui_access_set(ui *u, const ui_access *a);
game_lang ui_lang(const ui *u);
/* The kiosk: true while a round (or a duel) is being played, false on the attract loop, the
 * end screen, the operator's menu (for the app: the pointer and the screen saver). */
bool ui_kiosk_playing(const ui *u);

/* ---- the trainer's loop: reloading a level ---- */

/* The app replaced ui_level (pack, level) with a freshly loaded one: if it is being
 * played, it restarts at the current question. Call before unloading the old one. */
void ui_level_reloaded(ui *u, size_t pack, size_t level, uint64_t now_ms);
/* A reload failed: the error shows over the game, which goes on with the old level
 * until a save fixes it. */
void ui_reload_failed(ui *u, const game_error *err, uint64_t now_ms);
/* True once after F5 asked to reload the level being played; names it. */
bool ui_take_reload_request(ui *u, size_t *pack, size_t *level);

/* ---- the live classroom ---- */

/* True once after the menu's "Classe en direct" (C, or its button) asked to open a live
 * classroom on the level chosen; names it. The app runs the room (ui_host.h). */
bool ui_take_host_request(ui *u, size_t *pack, size_t *level);
/* The trainer's session from now on (its report is the menu's R): after a live classroom, the
 * session the room was kept under. NULL or "": none. */
void ui_set_session(ui *u, const char *name);

/* ---- a pack dropped on the window (ui_install.c) ---- */

/* A file dropped on the window (path borrowed): a .vigie file asks whether to install the pack
 * (checked first, then added to the menu); any other file says that only .vigie packs can be
 * dropped. Taken on the title and the menu only; ignored (false) in the kiosk (a visitor
 * installs nothing), during a game and on the other screens, and while an install runs. */
bool ui_drop_file(ui *u, const char *path, uint64_t now_ms);
/* True once after the dialog's "Installer": the file to install in path (n bytes). The dialog
 * says "Vérification…" from then on: the app draws a frame, installs, gives the menu the new
 * packs (ui_set_packs), then calls ui_install_done. */
bool ui_take_install_request(ui *u, char *path, size_t n);
/* The install's outcome: ok with the pack's id and its title (the menu selects that pack), or
 * err (the reason, shown whole, in the player's language). Strings borrowed. */
void ui_install_done(ui *u, bool ok, const char *id, const char *title, const char *err,
                     uint64_t now_ms);
/* The menu lists these packs from now on (borrowed, as ui_create's; the old ones may be freed
 * after the call). Only while no level is played: from the title, the menu and the dialog. */
void ui_set_packs(ui *u, ui_pack *packs, size_t npacks);

/* Opens level j of pack i at its intro (the menu's "choose"). */
void ui_open_level(ui *u, size_t pack, size_t level, uint64_t now_ms);
/* Opens level j of pack i straight at its question (0-based; past the last: the last), with
 * no intro and without playing the ones before (`vigie --open LEVEL --question N`). A level
 * that fails shows its error, and starts at that question once a save fixes it. */
void ui_open_level_at(ui *u, size_t pack, size_t level, size_t question, uint64_t now_ms);

/* For `vigie shot` and the screenshot tests: puts the ui on a given screen at rest.
 * screen: "title", "menu", "intro", "question", "feedback", "results", "error".
 * question is 1-based; answer is what the player did on the feedback's question. *now_ms
 * is advanced to a moment where every animation is over. */
typedef enum { UI_ANSWER_RIGHT = 0, UI_ANSWER_WRONG, UI_ANSWER_TIMEOUT } ui_answer;
bool ui_goto(ui *u, const char *screen, size_t question, ui_answer answer, uint64_t *now_ms,
             game_error *err);
/* Before ui_goto, for a mini-game's question: what the player does (borrowed), and for the
 * "question" screen, the moment of game time to show (0: half a second after the last step). */
void ui_goto_play(ui *u, const game_play_step *steps, size_t n, uint32_t at_ms);
/* Before ui_goto("nick"): the name being typed there; also whose rank the results show. */
void ui_goto_nick(ui *u, const char *nick);

/* ---- `vigie check`: does every question fit? ---- */

/* One thing out of sight: a text cut ("…", wrapped past its room, drawn off it) or a mock-up's
 * part that cannot be seen whole. Borrowed strings, valid during the call. */
typedef struct {
    const game_question *q; /* in the level's data: its id and line */
    size_t number;          /* 1-based, in the level's order */
    game_lang lang;
    const char *state; /* "question" (as it first shows) or "feedback" */
    const char *part;  /* the parts out of sight (as answers files name them: "body.4 and
                        * attachments.1"), or NULL */
    size_t nparts;     /* how many */
    const char *where; /* the part's: "below", "above", "beside" */
    bool scrolls;      /* the mock-up scrolls (a long mail): the player must scroll to it */
    const char *text;  /* the text cut, when part is NULL */
} ui_layout_issue;
typedef void (*ui_layout_issue_fn)(void *ud, const ui_layout_issue *is);

/* Lays out every question of the first level the ui was given, in every language, as it
 * first shows and its feedback after a right and after a wrong answer (not a mini-game's: its
 * canvas and feedback are the game's own), with the code that draws them, and calls fn
 * with each text cut and each mock-up part out of sight, once per question, language and
 * state. False (err) when a screen could not be reached. */
bool ui_layout_check(ui *u, ui_layout_issue_fn fn, void *ud, game_error *err);
/* The same for the question screen of each mock-up question only (hotspots on a mail, a page,
 * a chat…): on a second, shorter screen size, where what a mock-up loses is its last parts. */
bool ui_layout_check_mockups(ui *u, ui_layout_issue_fn fn, void *ud, game_error *err);

#endif

/* ui.h — the screens: title, menu, level intro, question, feedback, results, error.
 *
 * Reads the game's state and draws it through gfx/; turns input events into game
 * actions. It knows nothing of Lua or SQL: the app hands it the levels, already loaded,
 * each with its scoring rule. Drawing never changes the game.
 */
#ifndef VIGIE_UI_H
#define VIGIE_UI_H

#include "audio/audio.h"
#include "game/game.h"
#include "game/game_play.h"
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
} ui_pack;

typedef struct {
    game_lang lang;
    uint64_t seed;
    bool skip_title; /* start at the menu */
    /* Kept results (store/), all optional: the database to read boards and reports from, the
     * writer that records runs, a trainer's session name, a notice to show once. */
    struct store *db;
    struct store_writer *writer;
    const char *session;
    const char *notice;
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
game_lang ui_lang(const ui *u);

/* ---- the trainer's loop: reloading a level ---- */

/* The app replaced ui_level (pack, level) with a freshly loaded one: if it is being
 * played, it restarts at the current question. Call before unloading the old one. */
void ui_level_reloaded(ui *u, size_t pack, size_t level, uint64_t now_ms);
/* A reload failed: the error shows over the game, which goes on with the old level
 * until a save fixes it. */
void ui_reload_failed(ui *u, const game_error *err, uint64_t now_ms);
/* True once after F5 asked to reload the level being played; names it. */
bool ui_take_reload_request(ui *u, size_t *pack, size_t *level);

/* Opens level j of pack i at its intro (the menu's "choose"). */
void ui_open_level(ui *u, size_t pack, size_t level, uint64_t now_ms);

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

#endif

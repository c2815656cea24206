/* game_play.h — mini-games: the questions of kind "game" whose behaviour is the level's code.
 *
 * Pure data and one driver, like the rest of game/: the level's code sits behind a host
 * (function pointers the script module fills), a frame is a list of drawing commands on a
 * 1200×600 canvas that the ui turns into pixels, and game_play_simulate plays a game headless
 * from scripted events at a fixed step, for `vigie run`, `vigie shot`, `vigie check` and the
 * tests.
 */
#ifndef VIGIE_GAME_PLAY_H
#define VIGIE_GAME_PLAY_H

#include "game.h"

#define GAME_CANVAS_W         1200
#define GAME_CANVAS_H         600
#define GAME_CANVAS_MAX_CMDS  2000  /* shapes and texts in one frame */
#define GAME_CANVAS_MAX_TEXT  65536 /* bytes of text in one frame */
#define GAME_CANVAS_SOUNDS    8     /* sounds kept between two frames */
#define GAME_PLAY_MAX_ITEMS   16    /* lines of a game's result */
#define GAME_PLAY_STEP_MS     (1000.0 / 60.0)
#define GAME_PLAY_MAX_GAME_MS (15u * 60u * 1000u) /* an untimed headless game must end by then */

/* ---- a frame ---- */

typedef enum {
    GAME_DRAW_RECT = 0,
    GAME_DRAW_PANEL,  /* rounded: size is the radius */
    GAME_DRAW_FRAME,  /* outline: size is the thickness */
    GAME_DRAW_CIRCLE, /* x, y the centre, w the radius */
    GAME_DRAW_LINE,   /* from x, y to w, h; size is the width */
    GAME_DRAW_TEXT,   /* `text` is an offset in the canvas' text; size in units */
    GAME_DRAW_IMAGE,  /* `text` is the index in the question's images */
} game_draw_kind;

typedef enum { GAME_VALIGN_TOP = 0, GAME_VALIGN_MIDDLE, GAME_VALIGN_BOTTOM } game_valign;

typedef struct {
    unsigned char kind;   /* game_draw_kind */
    unsigned char align;  /* text: 0 left, 1 centre, 2 right */
    unsigned char valign; /* text: game_valign */
    unsigned char bold;
    unsigned char theme; /* game_color: a theme colour, or GAME_COLOR_RGBA for rgba */
    uint32_t rgba;       /* 0xRRGGBBAA */
    float x, y, w, h, size;
    uint32_t text;
} game_draw;

typedef enum {
    GAME_SOUND_RIGHT = 0,
    GAME_SOUND_WRONG,
    GAME_SOUND_CLICK,
    GAME_SOUND_TIME,
} game_sound;

typedef struct {
    game_draw *cmds;
    size_t n, cap;
    char *text; /* NUL-separated strings */
    size_t tlen, tcap;
    unsigned char sounds[GAME_CANVAS_SOUNDS]; /* game_sound, played when the frame shows */
    size_t nsounds;
} game_canvas;

/* Empties the canvas for a new frame (keeps its memory; sounds are kept too). */
void game_canvas_reset(game_canvas *c);
/* Adds a command; for text, copies the string. False (nothing added) past the limits. */
bool game_canvas_add(game_canvas *c, const game_draw *d, const char *text);
void game_canvas_sound(game_canvas *c, game_sound s);
void game_canvas_deinit(game_canvas *c);

/* The theme's colours, by the names games use; the ui knows their values. */
typedef enum {
    GAME_COLOR_RGBA = 0,
    GAME_COLOR_BG,
    GAME_COLOR_PANEL,
    GAME_COLOR_PANEL_HI,
    GAME_COLOR_TEXT,
    GAME_COLOR_MUTED,
    GAME_COLOR_ACCENT,
    GAME_COLOR_RIGHT,
    GAME_COLOR_WRONG,
    GAME_COLOR_INK,
    GAME_COLOR_FOCUS,
    GAME_COLOR_COUNT
} game_color;

/* "text", "accent", … or "#rrggbb[aa]"; false when neither. */
bool game_color_parse(const char *s, unsigned char *theme, uint32_t *rgba);
/* The names, in game_color order (index 0 is unused). */
extern const char *const game_color_names[GAME_COLOR_COUNT];

/* ---- input ---- */

typedef enum {
    GAME_EV_KEY = 0, /* key: "up", "enter", "a", "7"… */
    GAME_EV_PRESS,
    GAME_EV_MOVE,
    GAME_EV_RELEASE,
} game_event_kind;

typedef struct {
    game_event_kind kind;
    char key[12];
    float x, y; /* canvas units */
} game_event;

/* True for the key names a game may receive. */
bool game_event_key_valid(const char *key);

/* ---- what a game gives at the end ---- */

typedef struct {
    game_text text;
    game_text why;
    bool ok;     /* all right */
    bool partly; /* half right, or some: neither ok nor a plain mistake */
} game_play_item;

typedef struct {
    double credit; /* 0 … 1 */
    game_text summary;
    game_play_item items[GAME_PLAY_MAX_ITEMS];
    size_t nitems;
} game_play_result;

void game_play_result_deinit(game_play_result *r);
/* Items that are right. */
size_t game_play_result_right(const game_play_result *r);

/* ---- the level's code, as the host runs it ---- */

/* Every call returns false with err filled when the game failed (a Lua error, its time or
 * memory budget); the game is then dead until the next start. *over is set when the game
 * says it is over. */
typedef struct {
    /* Starts question (written index) afresh: calls init. limit_ms: the question's time. */
    bool (*start)(void *ud, size_t question, game_lang lang, uint32_t limit_ms, game_error *err);
    bool (*update)(void *ud, double dt, uint32_t time_left_ms, bool *over, game_error *err);
    bool (*input)(void *ud, const game_event *ev, bool *over, game_error *err);
    /* Fills the canvas (reset first) with the frame, and the sounds asked since the last. */
    bool (*draw)(void *ud, game_lang lang, game_canvas *out, game_error *err);
    bool (*finish)(void *ud, bool timeout, game_play_result *out, game_error *err);
    /* The player's reduced motion (ui_access), for the games started from now on: the game
     * sees it as g.reduced_motion and keeps still (no shaking, flashing or fast scrolling). */
    void (*set_reduced_motion)(void *ud, bool on);
} game_play_host;

/* One scripted event: at `at_ms` of game time. A tap is a press and a release. */
struct game_play_step {
    uint32_t at_ms;
    game_event ev;
};

typedef struct {
    bool over;           /* the game said it was over */
    bool timeout;        /* the question's time ran out first */
    bool stopped;        /* stop_ms came first */
    uint32_t elapsed_ms; /* game time played */
} game_play_outcome;

/* Plays question from init, giving the steps at their time, updating and drawing at a
 * fixed 1/60 s, until the game is over, its time limit (limit_ms, 0: untimed) runs out, or
 * stop_ms of game time (0: no stop; an untimed game must then end within
 * GAME_PLAY_MAX_GAME_MS). Does not call finish. canvas holds the last frame. */
bool game_play_simulate(const game_play_host *h, void *ud, size_t question, game_lang lang,
                        uint32_t limit_ms, const game_play_step *steps, size_t n, uint32_t stop_ms,
                        game_canvas *canvas, game_play_outcome *out, game_error *err);

#endif

/* ui_host.h — the teacher's screens of the live classroom (`vigie host`): the lobby with the
 * join address, the room code and its QR code; each question with its countdown and how many
 * answered; the distribution of the answers; the podiums. They read a game_room (borrowed) and
 * turn the teacher's keys and clicks into commands that the app carries out (on the room, the
 * network, the records): the screens never change the room themselves.
 * Like the rest of ui/: the model, gfx, audio and input only (ui_host*.c).
 */
#ifndef VIGIE_UI_HOST_H
#define VIGIE_UI_HOST_H

#include "audio/audio.h"
#include "game/game.h"
#include "game/game_room.h"
#include "gfx/gfx.h"
#include "input/input.h"

#define UI_HOST_URLS    8 /* join addresses kept */
#define UI_HOST_URL_MAX 64

/* What the app tells the screens beside the room. Borrowed during the call: the screens copy
 * what they keep (ui_host_create, ui_host_set_info). */
typedef struct {
    game_lang lang;
    game_register reg;                   /* the hosted pack's: how the French addresses all */
    const char *code;                    /* the room code, 4 digits */
    const char (*urls)[UI_HOST_URL_MAX]; /* join addresses, likeliest first (the QR's: the
                                          * first) */
    size_t nurls;
    bool locked, untimed, paused; /* the room takes no newcomer; no countdown; paused */
    const char *notice;           /* a line to show a few seconds (an error, "mini-game
                                   * skipped"), NULL or "" none; shown again only when
                                   * it changes */
    uint32_t players_cap;         /* the most players the room takes (0: none said) */
    bool reduced_motion;          /* the countdown moves on the second only */
} ui_host_info;

/* What the teacher asked for. player: the room's player id (RENAME, REMOVE); nick: the new
 * nickname as typed (RENAME: the app checks it by the store's rules before game_room_rename). */
typedef enum {
    UI_HOST_NONE = 0,
    UI_HOST_START,   /* from the lobby: the first question */
    UI_HOST_NEXT,    /* close the open question, or go on: reveal → podium → next question */
    UI_HOST_PAUSE,   /* pause the countdown */
    UI_HOST_RESUME,  /* resume it */
    UI_HOST_UNTIMED, /* untimed mode on or off (the app flips info.untimed) */
    UI_HOST_SKIP,    /* skip the question open (or the next one) */
    UI_HOST_END,     /* end the game (confirmed): the final podium */
    UI_HOST_LOCK,    /* take no newcomer */
    UI_HOST_UNLOCK,
    UI_HOST_RENAME, /* player, nick */
    UI_HOST_REMOVE, /* player (confirmed) */
    UI_HOST_QUIT,   /* close the room (confirmed) */
    UI_HOST_CMD_COUNT
} ui_host_cmd_kind;

typedef struct {
    ui_host_cmd_kind kind;
    uint32_t player;
    char nick[GAME_NICK_MAX * 2 + 1];
} ui_host_cmd;

/* The name of a command as `vigie host`'s stdin writes it ("start", "next", …, "quit"). */
const char *ui_host_cmd_name(ui_host_cmd_kind k);

typedef struct ui_host ui_host;

/* The screens of room (borrowed: it must outlive them), drawn with g; a (may be NULL) plays
 * the sounds; cat gives every text (fr and en). NULL when out of memory. */
ui_host *ui_host_create(gfx *g, audio *a, const game_catalog *cat, const game_room *room,
                        const ui_host_info *info);
void ui_host_destroy(ui_host *h);

/* New information from the app (a lock, a pause, the language, a notice): copied. */
void ui_host_set_info(ui_host *h, const ui_host_info *info);
/* The room changed (a join, an answer, a phase): redraw, and follow the phase (a new
 * question drops a selection and a confirmation). */
void ui_host_changed(ui_host *h, uint64_t now_ms);
/* One input event from the teacher's keyboard or pointer. */
void ui_host_input(ui_host *h, const input_event *ev, uint64_t now_ms);
/* The next command the teacher gave, oldest first; false when none is waiting. */
bool ui_host_take_command(ui_host *h, ui_host_cmd *out);
/* Draws the screen of the room's phase (does not present). */
void ui_host_draw(ui_host *h, uint64_t now_ms);
/* Milliseconds until the next redraw: 0 now, -1 when nothing moves (the lobby with nobody
 * arriving, a reveal at rest); a running countdown redraws each tenth of a second at most. */
int ui_host_wait_ms(ui_host *h, uint64_t now_ms);
/* True once after something changed that needs a redraw. */
bool ui_host_take_dirty(ui_host *h);

/* For tests: which player (index in the room) has the focus (-1 none), and whether a
 * confirmation (of kind) is asked, and a rename typed. */
int ui_host_selected(const ui_host *h);
ui_host_cmd_kind ui_host_confirming(const ui_host *h);
bool ui_host_renaming(const ui_host *h);
/* For tests: whether the final podium shows its debrief (B); the questions it may list (played,
 * not skipped, answered by somebody), the least right first (ties in play order): their
 * indices into qs and the share right (0 … 1, the players' mean credit) into share, at most
 * max; how many. The debrief shows the first of them, up to six, as many as fit whole. */
bool ui_host_debriefing(const ui_host *h);
size_t ui_host_debrief_rows(const ui_host *h, size_t *qs, double *share, size_t max);
/* For tests: the centre of the on-screen keyboard's key that reads label ("a", "⌫", "OK"), as a
 * finger would find it; false when no such key shows. */
bool ui_host_key_at(ui_host *h, uint64_t now_ms, const char *label, int *x, int *y);

/* ---- the phones' picture of a hotspot question ---- */

/* Draws hotspot question q's mock-up for a phone into off (an offscreen gfx at least w wide and
 * 3 w high), w pixels wide and as high as its content (≤ 3 w, *h_out): the solo game's drawing
 * made for a phone's screen (its whole width, no phone drawn around an SMS, a mail's labels
 * over their values, text w/17 … w/24 high), nothing marked; rects[i] is part i's place as
 * shares of the picture (x, y, w, h in 0 … 1).
 * Then gfx_png_bytes(off, *h_out, …) makes the PNG the page shows. False when q is not a
 * hotspot question or off is too small. */
bool ui_host_mockup(gfx *off, const game_catalog *cat, const game_question *q, game_lang lang,
                    int w, int *h_out, float rects[][4]);

#endif

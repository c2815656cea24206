/* app_host.h — the live classroom's controller (app_host_ctl.c), shared by the window and the
 * headless host (app_host.c): it runs the rooms (game/game_room.h) of the levels hosted, one
 * after the other, with the players the network (net/net.h) brings, and keeps the session in
 * the results database. The teacher's commands come from the host window, a terminal or --auto.
 */
#ifndef VIGIE_APP_HOST_H
#define VIGIE_APP_HOST_H

#include "app.h"
#include "game/game_room.h"
#include "net/net.h"

#include <stdio.h>

struct store_writer;

typedef enum {
    HOST_CMD_START = 0, /* lobby → first question */
    HOST_CMD_NEXT,      /* question → reveal → podium → next question (or the end) */
    HOST_CMD_PAUSE,
    HOST_CMD_RESUME,
    HOST_CMD_UNTIMED, /* toggles: the questions from now on have no countdown */
    HOST_CMD_SKIP,
    HOST_CMD_LOCK,
    HOST_CMD_UNLOCK,
    HOST_CMD_REMOVE,
    HOST_CMD_RENAME,
    HOST_CMD_END,
} host_cmd;

typedef struct {
    /* what is hosted: the loaded levels, in order (borrowed) */
    const ui_level **levels;
    size_t nlevels;
    const char *pack_id;
    const game_catalog *cat;
    game_lang lang;
    game_register reg; /* the hosted pack's: the notices' French */
    uint64_t seed;
    bool untimed;
    game_pace pace; /* --time: the limits 1.5 or 2 times as long (untimed is `untimed` above) */
    bool auto_run;  /* --auto */
    unsigned auto_players;       /* --auto starts once this many joined */
    uint32_t reveal_ms;          /* --auto: how long the reveal and the podium show */
    struct store_writer *writer; /* NULL: nothing kept */
    FILE *events;                /* one JSON line per event (headless), or NULL */
    /* draws question `question` (0-based) of the level at level_path, a hotspot, as phones
     * show it: PNG bytes (malloc'd) and the parts' places; NULL: phones get no picture, only
     * the parts' names */
    bool (*mockup)(void *ud, const char *level_path, size_t question, game_lang lang, void **png,
                   size_t *len, int *w, int *h, float rects[][4]);
    void *mockup_ud;
} host_setup;

typedef struct host_ctl host_ctl;

host_ctl *host_ctl_create(const host_setup *s, net *n, game_error *err);
/* Records what was played (a level left half-way is kept as far as it went). */
void host_ctl_destroy(host_ctl *c);

/* The network's events (call when woken), the clock (the countdown, --auto): both at now_ms. */
void host_ctl_net(host_ctl *c, uint64_t now_ms);
void host_ctl_tick(host_ctl *c, uint64_t now_ms);
/* When host_ctl_tick must run next (UINT64_MAX: only on an event). */
uint64_t host_ctl_due(const host_ctl *c, uint64_t now_ms);
/* A teacher's command; player/nick for REMOVE and RENAME. False when it makes no sense now
 * (said in *why when why is not NULL). */
bool host_ctl_command(host_ctl *c, host_cmd cmd, uint32_t player, const char *nick, uint64_t now_ms,
                      char *why, size_t nwhy);
/* True once the last level's end was sent. */
bool host_ctl_over(const host_ctl *c);
/* True once after the room changed in a way the screen shows. */
bool host_ctl_take_changed(host_ctl *c);

const game_room *host_ctl_room(const host_ctl *c);
bool host_ctl_locked(const host_ctl *c);
bool host_ctl_untimed(const host_ctl *c);
/* The room's pace as the teacher's screen and the kept runs say it: UNTIMED while untimed. */
game_pace host_ctl_pace(const host_ctl *c);
/* The session the room is kept under ("classe 2026-12-06 10:02"). */
const char *host_ctl_session(const host_ctl *c);
/* A line for the teacher (a skipped mini-game, a refused rename), "" when none; cleared by
 * reading it. */
const char *host_ctl_notice(host_ctl *c);

#endif

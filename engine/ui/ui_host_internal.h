/* ui_host_internal.h — the teacher's screens' state, shared by ui_host.c (the controls: keys,
 * pointer, the commands' queue) and ui_host_draw.c (the screens, laid out and hit-tested by one
 * function). The widgets of the solo screens are borrowed through a ui with no level (base).
 */
#ifndef VIGIE_UI_HOST_INTERNAL_H
#define VIGIE_UI_HOST_INTERNAL_H

#include "ui_host.h"
#include "ui_mockup.h"
#include "ui_widgets.h"

/* The debrief's button: the screens' own, never a command for the app. */
#define UI_HOST_DEBRIEF ((ui_host_cmd_kind)UI_HOST_CMD_COUNT)

#define UI_HOST_QUEUE     32
#define UI_HOST_NOTICE_MS 6000

struct ui_host {
    ui base; /* catalogue, language, pointer, focus, on-screen keyboard: the widgets' state */
    const game_room *room;

    /* what the app said (ui_host_set_info), copied */
    char code[16];
    char urls[UI_HOST_URLS][UI_HOST_URL_MAX];
    size_t nurls;
    bool locked, untimed, paused;
    uint32_t players_cap;
    char notice[300];
    uint64_t notice_until; /* 0: to be set at the next draw; UINT64_MAX: none */

    /* the teacher's commands, waiting for the app */
    ui_host_cmd queue[UI_HOST_QUEUE];
    size_t qhead, qlen;

    /* a command that asks to be confirmed (END, REMOVE, QUIT), NONE when none */
    ui_host_cmd_kind confirm;
    uint32_t confirm_player;
    /* the player with the focus (lobby, podium), by id; has_sel false: none */
    bool has_sel;
    uint32_t sel;
    /* the final podium's debrief: the questions the class missed most (B) */
    bool debrief;
    /* a rename being typed */
    bool renaming;
    uint32_t rename_player;
    char draft[GAME_NICK_MAX * 2 + 1]; /* as a command carries it: longer is refused anyway */

    /* a hotspot question's mock-up as last laid out: a long mail scrolls (wheel, arrows) */
    ui_mockup_layout mock;
    bool has_mock;

    /* the phase the screens last followed, to drop what belonged to the last one */
    game_room_phase phase;
    size_t question;
};

/* Lays out (and with draw, draws) the screen of the room's phase and fills the targets: what is
 * drawn and what is clickable come from one function (ui_host_draw.c). */
void ui_host_layout(ui_host *h, uint64_t now, bool draw, ui_targets *t);
/* The players the focus moves through on this screen (not removed; on a podium, those shown),
 * in order, into ids (at most max); how many. */
size_t ui_host_focusable(const ui_host *h, uint32_t *ids, size_t max);
/* The final podium's debrief in area (ui_host_debrief.c): drawn with draw, else only laid
 * out. */
void ui_host_debrief_draw(ui_host *h, const ui_metrics *m, gfx_rect area, bool draw);
/* A command's button label (a catalogue key) as the phase and the state name it. */
const char *ui_host_cmd_label(const ui_host *h, ui_host_cmd_kind k);

#endif

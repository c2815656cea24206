/* ui_duel_internal.h — the duel's screen, shared by its flow (ui_duel.c: joining, keys and
 * buttons, time) and its drawing (ui_duel_draw.c). The model is game/game_duel.h.
 */
#ifndef VIGIE_UI_DUEL_INTERNAL_H
#define VIGIE_UI_DUEL_INTERNAL_H

#include "game/game_duel.h"
#include "ui_screens.h"

/* How a player answers. */
typedef enum {
    UI_DUEL_NONE = 0,
    UI_DUEL_KEYS, /* a group of four keys on the shared keyboard */
    UI_DUEL_PAD,  /* a gamepad or a USB buzzer */
} ui_duel_device;

#define UI_DUEL_GROUPS 4
/* The four key groups, by place (USB HID usage ids, which SDL_Scancode's values are): 1 2 3 4
 * top left, 7 8 9 0 top right, Z X C V bottom left (W X C V in AZERTY), M , . / bottom right
 * (, ; : ! in AZERTY). Their names come from the layout (input_scan_label). */
extern const int UI_DUEL_KEYS_AT[UI_DUEL_GROUPS][GAME_DUEL_MAX_CHOICES];

typedef struct {
    ui_duel_device dev;
    int group;      /* UI_DUEL_KEYS: which */
    int pad;        /* UI_DUEL_PAD: the device's id */
    bool buzzer;    /* UI_DUEL_PAD: a plain joystick (its buttons numbered), not a gamepad */
    bool unplugged; /* its pad was removed: "manette débranchée" until another takes its place */
} ui_duel_player;

/* Kiosk: the reveal moves on, the board goes back to the attract loop, by themselves. */
#define UI_DUEL_KIOSK_REVEAL_MS 15000
#define UI_DUEL_KIOSK_END_MS    20000
#define UI_DUEL_NOTICE_MS       4000

struct ui_duel {
    game_duel *d;
    size_t pack, level;
    ui_duel_player pl[GAME_DUEL_MAX_PLAYERS];
    char notice[160]; /* "Une manette remplace celle d'Équipe 2"… */
    uint64_t notice_until;
    int last_phase; /* for the sounds */
};

/* The player's name ("Équipe 2"), their keys or buttons in order ("1 2 3 4", "A B X Y"). */
void ui_duel_name(const ui *u, int p, char *buf, size_t n);
void ui_duel_key_name(const ui *u, int p, int pos, char *buf, size_t n);
/* Their colour and shape (circle, square, triangle, diamond), with their number in it. */
gfx_color ui_duel_color(int p);
void ui_duel_draw_mark(ui *u, int p, int cx, int cy, int size);

/* ui_duel_draw.c: the layouts of each phase. */
void ui_duel_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t);

#endif

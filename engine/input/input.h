/* input.h — SDL events become plain input events (keys by meaning, pointer positions in
 * window pixels). The UI turns these into game actions; nothing here knows the game.
 */
#ifndef VIGIE_INPUT_H
#define VIGIE_INPUT_H

#include <stdbool.h>
#include <stddef.h>

typedef union SDL_Event SDL_Event;

typedef enum {
    INPUT_NONE = 0,
    INPUT_KEY,
    INPUT_POINTER_MOVE,
    INPUT_POINTER_DOWN,
    INPUT_POINTER_UP,
    INPUT_WHEEL,
    INPUT_RESIZED,
    INPUT_EXPOSED,
    INPUT_QUIT,
    INPUT_TEXT,        /* typed text (UTF-8) */
    INPUT_PAD_BUTTON,  /* a gamepad's or a USB buzzer's button pressed: pad, button */
    INPUT_PAD_ADDED,   /* a gamepad or a buzzer plugged in (and opened): pad */
    INPUT_PAD_REMOVED, /* one unplugged: pad */
} input_type;

typedef enum {
    INPUT_KEY_OTHER = 0,
    INPUT_KEY_UP,
    INPUT_KEY_DOWN,
    INPUT_KEY_LEFT,
    INPUT_KEY_RIGHT,
    INPUT_KEY_ENTER,       /* Enter, keypad Enter, Space (its sym is ' ') */
    INPUT_KEY_BACK,        /* Escape */
    INPUT_KEY_ERASE,       /* Backspace: erases when typing, else as Escape */
    INPUT_KEY_CHOICE,      /* 1–6 or A–F: index 0–5 */
    INPUT_KEY_FULLSCREEN,  /* F11 */
    INPUT_KEY_RELOAD,      /* F5 */
    INPUT_KEY_MUTE,        /* M */
    INPUT_KEY_LANGUAGE,    /* L */
    INPUT_KEY_VOLUME_UP,   /* + */
    INPUT_KEY_VOLUME_DOWN, /* - */
    INPUT_KEY_QUIT,        /* Ctrl+Q */
    INPUT_KEY_DELETE,      /* Delete (Suppr) */
    INPUT_KEY_OPERATOR,    /* Ctrl+Alt+O: the stand's operator menu (kiosk) */
    INPUT_KEY_SPEAK_AGAIN, /* F2: the speech says it again */
    INPUT_KEY_SPEAK_PARTS, /* F3: the speech reads the mock-up's parts */
} input_key;

typedef struct {
    input_type type;
    input_key key;
    int index;      /* INPUT_KEY_CHOICE */
    int sym;        /* INPUT_KEY: the key's character for a–z, 0–9, space, \r, \b, \t; else 0 */
    bool printable; /* INPUT_KEY: it types a character, which SDL sends next as an INPUT_TEXT */
    bool shift;     /* INPUT_KEY: Shift was held (Shift+Enter: submit, not sure) */
    bool ctrl, alt; /* INPUT_KEY: Ctrl, Alt were held */
    int scan;       /* INPUT_KEY: the key's physical place (an SDL_Scancode), whatever the
                       layout: a duel's key groups are places on the keyboard */
    int x, y;       /* pointer events, window pixels */
    bool touch;     /* pointer events: a finger's (a touch screen), not the mouse's */
    int dy;         /* wheel */
    char text[32];  /* INPUT_TEXT */
    int pad;        /* pad events: the device's instance id (SDL_JoystickID), stable while
                       it stays plugged in */
    int button;     /* INPUT_PAD_BUTTON: 0 south (A), 1 east (B), 2 west (X), 3 north (Y),
                       then the others; a plain joystick's (a buzzer's) button number */
} input_event;

/* Maps one SDL event; returns false when it means nothing to us. win_w/win_h scale touch
 * positions; scale converts window points to drawable pixels (high-DPI). */
bool input_from_sdl(const SDL_Event *ev, int win_w, int win_h, float scale, input_event *out);

/* INPUT_PAD_BUTTON's buttons beyond the four faces (a game controller's, as SDL numbers them) */
#define INPUT_PAD_BACK  4
#define INPUT_PAD_START 6

/* Gamepads and buzzers (input_pads.c): opens each device SDL says was added (a game
 * controller when SDL knows it as one, else a plain joystick), closes each removed. Call with
 * every SDL event before input_from_sdl; input_pads_close_all at the end. */
void input_pads_event(const SDL_Event *ev);
void input_pads_close_all(void);
/* How many are open now. */
int input_pads_count(void);
/* input_from_sdl's part for the pads: a device opened or closed by input_pads_event (added,
 * removed), a game controller's button, a plain joystick's button (a game controller's own
 * joystick events are dropped: each press comes once). */
bool input_pad_from_sdl(const SDL_Event *ev, input_event *out);

/* The device is open as a plain joystick (a USB buzzer: its buttons are numbered), not as a
 * game controller (A B X Y). */
bool input_pad_plain(int pad);

/* The name of the key at a physical place (an SDL_Scancode) in the current keyboard layout,
 * as the keyboard shows it ("A", "Q", "1", ";"): what a duel's players are told to press. */
void input_scan_label(int scan, char *buf, size_t n);

#endif

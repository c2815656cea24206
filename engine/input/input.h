/* input.h — SDL events become plain input events (keys by meaning, pointer positions in
 * window pixels). The UI turns these into game actions; nothing here knows the game.
 */
#ifndef VIGIE_INPUT_H
#define VIGIE_INPUT_H

#include <stdbool.h>

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
    INPUT_TEXT, /* typed text (UTF-8) */
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
} input_key;

typedef struct {
    input_type type;
    input_key key;
    int index;      /* INPUT_KEY_CHOICE */
    int sym;        /* INPUT_KEY: the key's character for a–z, 0–9, space, \r, \b, \t; else 0 */
    bool printable; /* INPUT_KEY: it types a character, which SDL sends next as an INPUT_TEXT */
    bool shift;     /* INPUT_KEY: Shift was held (Shift+Enter: submit, not sure) */
    int x, y;       /* pointer events, window pixels */
    bool touch;     /* pointer events: a finger's (a touch screen), not the mouse's */
    int dy;         /* wheel */
    char text[32];  /* INPUT_TEXT */
} input_event;

/* Maps one SDL event; returns false when it means nothing to us. win_w/win_h scale touch
 * positions; scale converts window points to drawable pixels (high-DPI). */
bool input_from_sdl(const SDL_Event *ev, int win_w, int win_h, float scale, input_event *out);

#endif

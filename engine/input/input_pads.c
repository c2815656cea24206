/* input_pads.c — gamepads and USB buzzers opened and closed as SDL reports them, their events
 * as input events, and the names of keys by their place (a duel's key groups).
 *
 * SDL sends a game controller's every event twice: as a joystick's (SDL_JOY…) and as a
 * controller's (SDL_CONTROLLER…). A device SDL knows as a game controller is opened as one and
 * only its controller events count; any other (a USB buzzer, an unknown pad) is opened as a
 * plain joystick and its joystick events count. Each device is remembered by its instance id,
 * which SDL never reuses, also after it is closed: its removal is then told once.
 */
#include "input.h"

#include <SDL.h>

#include <stdio.h>
#include <string.h>

#define MAX_PADS 16

typedef struct {
    SDL_JoystickID id;
    bool used;       /* the slot says something: a device seen */
    bool open;       /* plugged in and opened */
    bool controller; /* opened as a game controller, else as a plain joystick */
    bool fresh;      /* opened, its INPUT_PAD_ADDED not told yet */
    SDL_GameController *gc;
    SDL_Joystick *js;
} pad;

static pad pads[MAX_PADS];

static pad *find(SDL_JoystickID id)
{
    for (int i = 0; i < MAX_PADS; i++)
        if (pads[i].used && pads[i].id == id) return &pads[i];
    return NULL;
}

/* A slot for a new device: a free one, else a closed one's. NULL when all are open. */
static pad *slot(void)
{
    for (int i = 0; i < MAX_PADS; i++)
        if (!pads[i].used) return &pads[i];
    for (int i = 0; i < MAX_PADS; i++)
        if (!pads[i].open) return &pads[i];
    return NULL;
}

static void close_pad(pad *p)
{
    if (p->gc) SDL_GameControllerClose(p->gc);
    if (p->js) SDL_JoystickClose(p->js);
    p->gc = NULL;
    p->js = NULL;
    p->open = p->fresh = false;
}

static void add(int index, bool controller)
{
    SDL_JoystickID id = SDL_JoystickGetDeviceInstanceID(index);
    if (id < 0) return;
    pad *p = find(id);
    if (p && p->open) return; /* told twice (at start-up) */
    if (!p) p = slot();
    if (!p) return;
    pad n = {.id = id, .used = true, .controller = controller};
    if (controller)
        n.gc = SDL_GameControllerOpen(index);
    else
        n.js = SDL_JoystickOpen(index);
    if (!n.gc && !n.js) return;
    n.open = n.fresh = true;
    *p = n;
}

void input_pads_event(const SDL_Event *ev)
{
    switch (ev->type) {
    case SDL_CONTROLLERDEVICEADDED:
        add(ev->cdevice.which, true);
        break;
    case SDL_JOYDEVICEADDED: /* a game controller comes as SDL_CONTROLLERDEVICEADDED too */
        if (!SDL_IsGameController(ev->jdevice.which)) add(ev->jdevice.which, false);
        break;
    case SDL_CONTROLLERDEVICEREMOVED:
    case SDL_JOYDEVICEREMOVED: {
        pad *p = find(ev->type == SDL_JOYDEVICEREMOVED ? ev->jdevice.which : ev->cdevice.which);
        if (p && p->open) close_pad(p);
        break;
    }
    default:
        break;
    }
}

void input_pads_close_all(void)
{
    for (int i = 0; i < MAX_PADS; i++) {
        if (pads[i].open) close_pad(&pads[i]);
        pads[i] = (pad){0};
    }
}

int input_pads_count(void)
{
    int n = 0;
    for (int i = 0; i < MAX_PADS; i++) n += pads[i].open;
    return n;
}

bool input_pad_from_sdl(const SDL_Event *ev, input_event *out)
{
    pad *p = NULL;
    switch (ev->type) {
    case SDL_CONTROLLERDEVICEADDED:
    case SDL_JOYDEVICEADDED: {
        bool controller = ev->type == SDL_CONTROLLERDEVICEADDED;
        int index = controller ? ev->cdevice.which : ev->jdevice.which;
        p = find(SDL_JoystickGetDeviceInstanceID(index));
        if (!p || !p->open || !p->fresh || p->controller != controller) return false;
        p->fresh = false;
        out->type = INPUT_PAD_ADDED;
        out->pad = (int)p->id;
        return true;
    }
    case SDL_CONTROLLERDEVICEREMOVED:
    case SDL_JOYDEVICEREMOVED: {
        bool controller = ev->type == SDL_CONTROLLERDEVICEREMOVED;
        SDL_JoystickID id = controller ? ev->cdevice.which : ev->jdevice.which;
        p = find(id);
        /* told once: by the kind of event that matches how it was opened */
        if (!p || p->open || p->controller != controller) return false;
        out->type = INPUT_PAD_REMOVED;
        out->pad = (int)id;
        return true;
    }
    case SDL_CONTROLLERBUTTONDOWN:
        p = find(ev->cbutton.which);
        if (!p || !p->open || !p->controller) return false;
        out->type = INPUT_PAD_BUTTON;
        out->pad = (int)p->id;
        out->button = ev->cbutton.button; /* SDL's A, B, X, Y are south, east, west, north */
        return true;
    case SDL_JOYBUTTONDOWN:
        p = find(ev->jbutton.which);
        if (!p || !p->open || p->controller) return false;
        out->type = INPUT_PAD_BUTTON;
        out->pad = (int)p->id;
        out->button = ev->jbutton.button;
        return true;
    default:
        return false;
    }
}

bool input_pad_plain(int id)
{
    const pad *p = find((SDL_JoystickID)id);
    return p && p->open && !p->controller;
}

void input_scan_label(int scan, char *buf, size_t n)
{
    if (!n) return;
    SDL_Keycode k = SDL_GetKeyFromScancode((SDL_Scancode)scan);
    const char *name = k != SDLK_UNKNOWN ? SDL_GetKeyName(k) : "";
    if (!name[0]) name = SDL_GetScancodeName((SDL_Scancode)scan);
    snprintf(buf, n, "%s", name && name[0] ? name : "?");
}

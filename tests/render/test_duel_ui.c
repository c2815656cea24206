/* test_duel_ui.c — duels and teams with buzzers through the input and the ui: the keys' places
 * and modifiers, the window's close, gamepads and buzzers (SDL's virtual joysticks) opened and
 * their buttons as events; then the duel's screen driven by events with a simulated clock. */
#include "ui_fixture.h"

#include "game/game_duel.h"

/* ==== input: keys, the window's close ========================================== */

static input_event key(SDL_Keycode sym, SDL_Scancode sc, Uint16 mod, bool *taken)
{
    SDL_Event ev = {0};
    ev.type = SDL_KEYDOWN;
    ev.key.keysym.sym = sym;
    ev.key.keysym.scancode = sc;
    ev.key.keysym.mod = mod;
    input_event ie;
    *taken = input_from_sdl(&ev, 1280, 720, 1.0f, &ie);
    return ie;
}

Test(duel_input, keys_carry_their_place_and_modifiers)
{
    bool taken;
    /* AZERTY: the key at QWERTY's Q place types "a": its place is still SDL_SCANCODE_Q */
    input_event ie = key(SDLK_a, SDL_SCANCODE_Q, KMOD_NONE, &taken);
    cr_assert(taken);
    cr_assert_eq(ie.scan, SDL_SCANCODE_Q);
    cr_assert_eq(ie.key, INPUT_KEY_CHOICE);
    cr_assert_not(ie.ctrl || ie.alt || ie.shift);
    ie = key(SDLK_7, SDL_SCANCODE_7, KMOD_LSHIFT, &taken);
    cr_assert(taken);
    cr_assert_eq(ie.scan, SDL_SCANCODE_7);
    cr_assert(ie.shift);
    ie = key(SDLK_o, SDL_SCANCODE_O, KMOD_LCTRL | KMOD_LALT, &taken);
    cr_assert(taken);
    cr_assert_eq(ie.key, INPUT_KEY_OPERATOR);
    cr_assert(ie.ctrl && ie.alt);
    ie = key(SDLK_o, SDL_SCANCODE_O, KMOD_RCTRL, &taken);
    cr_assert_neq(ie.key, INPUT_KEY_OPERATOR, "Ctrl alone is not the chord");
    ie = key(SDLK_o, SDL_SCANCODE_O, KMOD_LALT, &taken);
    cr_assert_neq(ie.key, INPUT_KEY_OPERATOR, "Alt alone is not the chord");
    ie = key(SDLK_q, SDL_SCANCODE_A, KMOD_LCTRL, &taken);
    cr_assert_eq(ie.key, INPUT_KEY_QUIT, "Ctrl+Q by the layout's Q");
    cr_assert(ie.ctrl);
}

Test(duel_input, window_close_is_quit)
{
    SDL_Event ev = {0};
    ev.type = SDL_WINDOWEVENT;
    ev.window.event = SDL_WINDOWEVENT_CLOSE;
    input_event ie;
    cr_assert(input_from_sdl(&ev, 1280, 720, 1.0f, &ie));
    cr_assert_eq(ie.type, INPUT_QUIT);
    ev.type = SDL_QUIT;
    cr_assert(input_from_sdl(&ev, 1280, 720, 1.0f, &ie));
    cr_assert_eq(ie.type, INPUT_QUIT);
}

Test(duel_input, scan_labels)
{
    char b[32];
    input_scan_label(SDL_SCANCODE_1, b, sizeof b);
    cr_assert_str_eq(b, "1");
    input_scan_label(SDL_SCANCODE_Z, b, sizeof b);
    cr_assert_str_eq(b, "Z"); /* the US layout SDL assumes without a keyboard */
    input_scan_label(SDL_SCANCODE_UNKNOWN, b, sizeof b);
    cr_assert_str_eq(b, "?");
}

/* ==== input: gamepads and buzzers (SDL's virtual joysticks) ==================== */

/* Every pending SDL event through input_pads_event then input_from_sdl, as the app's loop does;
 * the pad events kept in out. */
static int pump(input_event *out, int max)
{
    SDL_Event ev;
    int n = 0;
    SDL_GameControllerUpdate();
    while (SDL_PollEvent(&ev)) {
        input_pads_event(&ev);
        input_event ie;
        if (input_from_sdl(&ev, 1280, 720, 1.0f, &ie) &&
            (ie.type == INPUT_PAD_ADDED || ie.type == INPUT_PAD_REMOVED ||
             ie.type == INPUT_PAD_BUTTON) &&
            n < max)
            out[n++] = ie;
    }
    return n;
}

Test(duel_input, pads_and_buzzers)
{
    cr_assert_eq(SDL_Init(SDL_INIT_GAMECONTROLLER | SDL_INIT_JOYSTICK | SDL_INIT_EVENTS), 0, "%s",
                 SDL_GetError());
    input_event evs[16];
    pump(evs, 16);
    /* a gamepad: opened as a game controller, told once */
    int gi = SDL_JoystickAttachVirtual(SDL_JOYSTICK_TYPE_GAMECONTROLLER, 6, 15, 0);
    cr_assert_geq(gi, 0, "%s", SDL_GetError());
    int n = pump(evs, 16);
    cr_assert_eq(n, 1);
    cr_assert_eq(evs[0].type, INPUT_PAD_ADDED);
    int gpad = evs[0].pad;
    cr_assert_eq(input_pads_count(), 1);
    /* a buzzer: a plain joystick of 4 buttons */
    int bi = SDL_JoystickAttachVirtual(SDL_JOYSTICK_TYPE_UNKNOWN, 0, 4, 0);
    cr_assert_geq(bi, 0, "%s", SDL_GetError());
    n = pump(evs, 16);
    cr_assert_eq(n, 1);
    cr_assert_eq(evs[0].type, INPUT_PAD_ADDED);
    int bpad = evs[0].pad;
    cr_assert_neq(bpad, gpad);
    cr_assert_eq(input_pads_count(), 2);

    /* the gamepad's east button (B): once, as button 1, not also as a joystick's */
    SDL_Joystick *gj = SDL_JoystickFromInstanceID(gpad);
    cr_assert_not_null(gj);
    SDL_JoystickSetVirtualButton(gj, SDL_CONTROLLER_BUTTON_B, SDL_PRESSED);
    n = pump(evs, 16);
    cr_assert_eq(n, 1);
    cr_assert_eq(evs[0].type, INPUT_PAD_BUTTON);
    cr_assert_eq(evs[0].pad, gpad);
    cr_assert_eq(evs[0].button, 1);
    SDL_JoystickSetVirtualButton(gj, SDL_CONTROLLER_BUTTON_B, SDL_RELEASED);
    SDL_JoystickSetVirtualButton(gj, SDL_CONTROLLER_BUTTON_START, SDL_PRESSED);
    n = pump(evs, 16);
    cr_assert_eq(n, 1);
    cr_assert_eq(evs[0].button, INPUT_PAD_START);

    /* the buzzer's button 3: its raw number */
    SDL_Joystick *bj = SDL_JoystickFromInstanceID(bpad);
    cr_assert_not_null(bj);
    SDL_JoystickSetVirtualButton(bj, 3, SDL_PRESSED);
    n = pump(evs, 16);
    cr_assert_eq(n, 1);
    cr_assert_eq(evs[0].type, INPUT_PAD_BUTTON);
    cr_assert_eq(evs[0].pad, bpad);
    cr_assert_eq(evs[0].button, 3);

    /* unplugged: each told once, closed */
    cr_assert_eq(SDL_JoystickDetachVirtual(gi), 0, "%s", SDL_GetError());
    n = pump(evs, 16);
    cr_assert_eq(n, 1);
    cr_assert_eq(evs[0].type, INPUT_PAD_REMOVED);
    cr_assert_eq(evs[0].pad, gpad);
    cr_assert_eq(input_pads_count(), 1);
    input_pads_close_all();
    cr_assert_eq(input_pads_count(), 0);
    SDL_Quit();
}

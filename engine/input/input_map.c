/* input_map.c — keyboard, mouse and touch to input events.
 * Touch is handled from finger events; the mouse events SDL synthesises from touches
 * are dropped so that one tap is one press.
 */
#include "input.h"

#include <SDL.h>

#include <stdio.h>

/* Keys that type a character (then SDL sends it as SDL_TEXTINPUT): printable ASCII, a
 * layout's other characters (their keycode is their code point), the keypad's. */
static bool types_text(SDL_Keycode k, Uint16 mod)
{
    if (mod & (KMOD_CTRL | KMOD_ALT | KMOD_GUI)) return false;
    if ((k >= 0x20 && k < 0x7F) || (k >= 0xA0 && k < SDLK_SCANCODE_MASK)) return true;
    /* the keypad's / * - + 1 … 9 0 . (contiguous, Enter among them), and its = , */
    if (k >= SDLK_KP_DIVIDE && k <= SDLK_KP_PERIOD) return k != SDLK_KP_ENTER;
    return k == SDLK_KP_EQUALS || k == SDLK_KP_COMMA;
}

static bool map_key(SDL_Keycode k, SDL_Scancode sc, Uint16 mod, input_event *out)
{
    out->type = INPUT_KEY;
    out->key = INPUT_KEY_OTHER;
    out->printable = types_text(k, mod);
    out->scan = (int)sc;
    out->ctrl = (mod & KMOD_CTRL) != 0;
    out->alt = (mod & KMOD_ALT) != 0;
    out->shift = (mod & KMOD_SHIFT) != 0;
    /* the stand's operator: Ctrl+Alt+O, O where the layout has it */
    if (out->ctrl && out->alt && k == SDLK_o) {
        out->key = INPUT_KEY_OPERATOR;
        return true;
    }
    /* What the key is, for mini-games (letters are a–z whatever the layout maps them to). */
    if (!(mod & (KMOD_CTRL | KMOD_ALT | KMOD_GUI))) {
        if ((k >= SDLK_a && k <= SDLK_z) || (k >= SDLK_0 && k <= SDLK_9) || k == SDLK_SPACE ||
            k == SDLK_RETURN || k == SDLK_BACKSPACE || k == SDLK_TAB)
            out->sym = (int)k;
        else if (k >= SDLK_KP_1 && k <= SDLK_KP_9)
            out->sym = '1' + (int)(k - SDLK_KP_1);
        else if (k == SDLK_KP_0)
            out->sym = '0';
        else if (k == SDLK_KP_ENTER)
            out->sym = '\r';
    }
    if (k >= SDLK_1 && k <= SDLK_6) {
        out->key = INPUT_KEY_CHOICE;
        out->index = (int)(k - SDLK_1);
    } else if (k >= SDLK_KP_1 && k <= SDLK_KP_6) {
        out->key = INPUT_KEY_CHOICE;
        out->index = (int)(k - SDLK_KP_1);
    } else if (k >= SDLK_a && k <= SDLK_f && !(mod & (KMOD_CTRL | KMOD_ALT | KMOD_GUI))) {
        out->key = INPUT_KEY_CHOICE;
        out->index = (int)(k - SDLK_a);
    } else {
        switch (k) {
        case SDLK_UP:
            out->key = INPUT_KEY_UP;
            break;
        case SDLK_DOWN:
            out->key = INPUT_KEY_DOWN;
            break;
        case SDLK_LEFT:
            out->key = INPUT_KEY_LEFT;
            break;
        case SDLK_RIGHT:
            out->key = INPUT_KEY_RIGHT;
            break;
        case SDLK_TAB:
            out->key = (mod & KMOD_SHIFT) ? INPUT_KEY_UP : INPUT_KEY_DOWN;
            break;
        case SDLK_RETURN:
        case SDLK_KP_ENTER:
        case SDLK_SPACE:
            out->key = INPUT_KEY_ENTER;
            break;
        case SDLK_ESCAPE:
        case SDLK_AC_BACK:
            out->key = INPUT_KEY_BACK;
            break;
        case SDLK_BACKSPACE:
            out->key = INPUT_KEY_ERASE;
            break;
        case SDLK_F11:
            out->key = INPUT_KEY_FULLSCREEN;
            break;
        case SDLK_DELETE:
            out->key = INPUT_KEY_DELETE;
            break;
        case SDLK_F5:
            out->key = INPUT_KEY_RELOAD;
            break;
        case SDLK_F2:
            out->key = INPUT_KEY_SPEAK_AGAIN;
            break;
        case SDLK_F3:
            out->key = INPUT_KEY_SPEAK_PARTS;
            break;
        case SDLK_m:
            out->key = INPUT_KEY_MUTE;
            break;
        case SDLK_l:
            out->key = INPUT_KEY_LANGUAGE;
            break;
        case SDLK_PLUS:
        case SDLK_KP_PLUS:
        case SDLK_EQUALS:
            out->key = INPUT_KEY_VOLUME_UP;
            break;
        case SDLK_MINUS:
        case SDLK_KP_MINUS:
            out->key = INPUT_KEY_VOLUME_DOWN;
            break;
        case SDLK_q:
            if (mod & KMOD_CTRL) out->key = INPUT_KEY_QUIT;
            break;
        default:
            break;
        }
    }
    return out->key != INPUT_KEY_OTHER || out->sym != 0 || out->printable;
}

bool input_from_sdl(const SDL_Event *ev, int win_w, int win_h, float scale, input_event *out)
{
    *out = (input_event){0};
    switch (ev->type) {
    case SDL_QUIT:
        out->type = INPUT_QUIT;
        return true;
    case SDL_KEYDOWN:
        return map_key(ev->key.keysym.sym, ev->key.keysym.scancode, ev->key.keysym.mod, out);
    case SDL_TEXTINPUT:
        out->type = INPUT_TEXT;
        snprintf(out->text, sizeof out->text, "%s", ev->text.text);
        return true;
    case SDL_MOUSEMOTION:
        if (ev->motion.which == SDL_TOUCH_MOUSEID) return false;
        out->type = INPUT_POINTER_MOVE;
        out->x = (int)(ev->motion.x * scale);
        out->y = (int)(ev->motion.y * scale);
        return true;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        if (ev->button.which == SDL_TOUCH_MOUSEID || ev->button.button != SDL_BUTTON_LEFT)
            return false;
        out->type = ev->type == SDL_MOUSEBUTTONDOWN ? INPUT_POINTER_DOWN : INPUT_POINTER_UP;
        out->x = (int)(ev->button.x * scale);
        out->y = (int)(ev->button.y * scale);
        return true;
    case SDL_FINGERDOWN:
    case SDL_FINGERUP:
    case SDL_FINGERMOTION:
        out->type = ev->type == SDL_FINGERDOWN ? INPUT_POINTER_DOWN
                    : ev->type == SDL_FINGERUP ? INPUT_POINTER_UP
                                               : INPUT_POINTER_MOVE;
        out->x = (int)(ev->tfinger.x * (float)win_w * scale);
        out->y = (int)(ev->tfinger.y * (float)win_h * scale);
        out->touch = true; /* the ui shows its keyboard to fingers (ui_keyboard.c) */
        return true;
    case SDL_MOUSEWHEEL:
        out->type = INPUT_WHEEL;
        out->dy = ev->wheel.y;
        return true;
    case SDL_WINDOWEVENT:
        if (ev->window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
            out->type = INPUT_RESIZED;
            return true;
        }
        if (ev->window.event == SDL_WINDOWEVENT_CLOSE) { /* the window manager's close, Alt+F4 */
            out->type = INPUT_QUIT;
            return true;
        }
        if (ev->window.event == SDL_WINDOWEVENT_EXPOSED ||
            ev->window.event == SDL_WINDOWEVENT_SHOWN ||
            ev->window.event == SDL_WINDOWEVENT_RESTORED) {
            out->type = INPUT_EXPOSED;
            return true;
        }
        return false;
    default:
        return input_pad_from_sdl(ev, out);
    }
}

/* ui_keyboard.h — the on-screen keyboard of the text fields (the nickname, the session's name,
 * the typed answers) for a touch screen with no keyboard. The screens with a field lay
 * themselves out above it and add it last; ui_app.c hands it every event first
 * (ui_keyboard.c).
 */
#ifndef VIGIE_UI_KEYBOARD_H
#define VIGIE_UI_KEYBOARD_H

#include "ui_widgets.h"

/* Follows how the person presses, before anything else sees ev: a finger's press wants the
 * keyboard, a key of a physical keyboard does not (it hides it). */
void ui_keyboard_follow(ui *u, const input_event *ev);
/* A press and its release on a key or a text field among the targets ts of the screen shown:
 * a key types what the physical key types (its text, Backspace or Enter, into the screen's own
 * input, as SDL's text would come: never a shortcut); a field shows the keyboard (so a mouse
 * gets it too, on request). True when ev was the keyboard's; nothing else must see it. */
bool ui_keyboard_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now);
/* The top of the keyboard, m->H when it is not shown: a text field's screen lays out its
 * field and question above it. */
int ui_keyboard_top(const ui *u, const ui_metrics *m);
/* Adds a text field's target at r: a tap or a click there shows the keyboard. */
void ui_keyboard_field(ui_targets *t, gfx_rect r);
/* The keyboard's keys as targets and, with draw, drawn, when it is shown: a text field's
 * layout calls it last. */
void ui_keyboard_layout(ui *u, const ui_metrics *m, bool draw, ui_targets *t);
/* What key index of the page shown reads ("a", "A" with Shift, "⌫", "OK", "?123"…): a test
 * looks for a key as a person does. NULL when there is no such key. */
const char *ui_keyboard_label(const ui *u, int index);

#endif

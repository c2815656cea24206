/* ui_kiosk.c — the stand's kiosk: the attract loop, a walk-up round, its end, the idle reset
 * and the locks (docs/stand.md). Stub: filled in by issue 15's kiosk work. */
#include "ui_screens.h"

const ui_screen_view ui_screen_attract = {0}, ui_screen_kiosk_end = {0};

bool ui_kiosk_filter(ui *u, const input_event *ev, uint64_t now)
{
    (void)u, (void)ev, (void)now;
    return false;
}
void ui_kiosk_update(ui *u, uint64_t now)
{
    (void)u, (void)now;
}
int ui_kiosk_wait(ui *u, uint64_t now)
{
    (void)u, (void)now;
    return -1;
}
void ui_kiosk_attract(ui *u, uint64_t now)
{
    (void)u, (void)now;
}
bool ui_kiosk_playing(const ui *u)
{
    (void)u;
    return false;
}
